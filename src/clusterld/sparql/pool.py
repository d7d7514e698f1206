"""SPARQL queries run in worker processes, so that a runaway query can really be stopped.

pyoxigraph cannot be interrupted inside a query (no timeout, and signals do not reach it), so every query runs
in a worker process; a worker past its deadline is killed and a fresh one started in its place, while the other
workers go on answering. Each worker opens the release store read-only by path (copying it into memory when
`query_memory_store` is set), checks every query (sparql/check.py) before evaluating it, and first moves itself
into a network namespace of its own where the kernel allows it, so that no query can reach another host.

    admission   at most `max_concurrent_queries` at once, more get 429 with Retry-After
    waiting     for a free worker, at most `query_timeout` (503)
    running     at most `query_timeout` (503, the worker is killed and replaced)
    memory      at most `query_memory_mb` beyond the store (500, the worker ends and is replaced)
    results     at most `max_rows` rows or triples (`truncated` says when more were cut)
"""

from __future__ import annotations

import asyncio
import ctypes
import functools
import logging
import multiprocessing
import queue
import resource
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Callable, Mapping

from clusterld.errors import QueryError
from clusterld.graph import PREFIXES
from clusterld.settings import Settings
from clusterld.sparql.check import GRAPH_FORMS, CheckedQuery, check_graphs, check_query
from clusterld.store import QueryStore

LOG = logging.getLogger("clusterld.sparql.pool")
CLONE_NEWUSER = 0x10000000
CLONE_NEWNET = 0x40000000


@dataclass(frozen=True)
class QueryRequest:
    """One query to run, with the formats the client accepts for each kind of result (None: nothing fits)."""

    text: str
    results_format: str | None  # for SELECT and ASK: srj, srx, csv or tsv
    graph_format: str | None  # for CONSTRUCT and DESCRIBE: ttl, nt, jsonld, rdf, nq or trig
    default_graphs: tuple[str, ...] | None = None  # the protocol's default-graph-uri (overrides FROM)
    named_graphs: tuple[str, ...] | None = None  # the protocol's named-graph-uri (overrides FROM NAMED)


@dataclass(frozen=True)
class QueryResult:
    """A query's answer: its form, the format used (None: nothing acceptable, not run) and the bytes."""

    form: str
    format: str | None
    body: bytes = b""
    truncated: bool = False


@dataclass(frozen=True)
class _Refusal:
    """A QueryError as it crosses the pipe (exceptions with extra fields do not pickle faithfully)."""

    message: str
    status: int
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class _WorkerConfig:
    store_path: Path
    in_memory: bool
    max_rows: int
    memory_mb: int


@dataclass(frozen=True)
class _Worker:
    process: BaseProcess
    conn: Connection


class QueryPool:
    """Worker processes that run queries under the concurrency cap, the deadline and the row cap."""

    def __init__(self, store_path: Path, settings: Settings) -> None:
        self._config = _WorkerConfig(
            store_path, settings.query_memory_store, settings.max_rows, settings.query_memory_mb
        )
        self._settings = settings
        self._context = multiprocessing.get_context("spawn")  # a fresh interpreter: no locks or threads inherited
        self._slots = threading.BoundedSemaphore(settings.max_concurrent_queries)
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._workers: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = False
        self._executor = ThreadPoolExecutor(settings.max_concurrent_queries, thread_name_prefix="clusterld-query")

    def start(self) -> None:
        """Start every worker and wait until each has opened the store."""
        starting = [self._spawn() for _ in range(max(self._settings.query_workers, 1))]
        for worker in starting:
            if worker is not None:
                self._await_ready(worker)

    def close(self) -> None:
        """Stop every worker, busy or not."""
        with self._lock:
            self._closed = True
            workers = list(self._workers)
        for worker in workers:
            self._stop(worker)
        self._executor.shutdown(wait=False, cancel_futures=True)

    async def run(self, request: QueryRequest) -> QueryResult:
        """Run one query in a worker; raise QueryError for a refusal, the caps and the deadline."""
        if not self._slots.acquire(blocking=False):
            retry = self._settings.retry_after
            raise QueryError(
                f"{self._settings.max_concurrent_queries} queries are already running, the most this endpoint "
                f"runs at once (setting max_concurrent_queries); retry in {retry} s",
                429,
                {"Retry-After": str(retry)},
            )
        return await asyncio.get_running_loop().run_in_executor(self._executor, self._run_admitted, request)

    def _run_admitted(self, request: QueryRequest) -> QueryResult:
        try:
            return self._run(request)
        finally:
            self._slots.release()  # here, not in `run`: a client that hangs up does not free a busy worker

    def _run(self, request: QueryRequest) -> QueryResult:
        timeout = self._settings.query_timeout
        worker = self._free_worker(timeout)
        try:
            worker.conn.send(request)
            if not worker.conn.poll(timeout):
                self._replace(worker)
                raise QueryError(
                    f"the query ran longer than {timeout:g} s, the limit of this endpoint (setting query_timeout), "
                    "and was stopped",
                    503,
                )
            reply = worker.conn.recv()
        except (EOFError, OSError):
            self._replace(worker)
            raise QueryError(
                "the query worker stopped while running the query, most likely because the query needed more "
                "memory than a query may take (setting query_memory_mb); it was not answered",
                500,
            ) from None
        self._idle.put(worker)
        if isinstance(reply, _Refusal):
            raise QueryError(reply.message, reply.status, dict(reply.headers))
        return reply

    def _free_worker(self, timeout: float) -> _Worker:
        """The next idle worker that is still alive (one that died while idle is replaced), waiting at most `timeout`."""
        deadline = time.monotonic() + timeout
        while True:
            try:
                worker = self._idle.get(timeout=max(deadline - time.monotonic(), 0))
            except queue.Empty:
                raise QueryError(
                    f"no query worker became free within {timeout:g} s (setting query_timeout)", 503
                ) from None
            if worker.process.is_alive():
                return worker
            self._replace(worker)

    def _spawn(self) -> _Worker | None:
        """Start a worker process, unless the pool is closed (under the lock, so `close` cannot miss it)."""
        with self._lock:
            if self._closed:
                return None
            parent, child = self._context.Pipe()
            process = self._context.Process(
                target=_serve, args=(child, self._config), name="clusterld-query", daemon=True
            )
            process.start()
            child.close()
            worker = _Worker(process, parent)
            self._workers.add(worker)
            return worker

    def _await_ready(self, worker: _Worker) -> None:
        """Wait for a worker's hello, then make it available; a worker that never says it is stopped."""
        timeout = self._settings.query_worker_start_timeout
        try:
            hello = worker.conn.recv() if worker.conn.poll(timeout) else None
        except (EOFError, OSError):
            hello = None
        if hello is None:
            self._stop(worker)
            if not self._closed:
                raise RuntimeError(
                    f"a query worker did not start: it failed or could not open {self._config.store_path} "
                    f"within {timeout:g} s (setting query_worker_start_timeout)"
                )
            return
        if not hello["network_isolated"]:
            LOG.warning("query worker runs without network isolation (no network namespace available); "
                        "SERVICE and LOAD are still refused before evaluation")
        self._idle.put(worker)

    def _replace(self, worker: _Worker) -> None:
        """Kill a worker (a deadline passed, or it died) and start another in the background."""
        self._stop(worker)
        threading.Thread(target=self._start_replacement, name="clusterld-query-start", daemon=True).start()

    def _start_replacement(self) -> None:
        worker = self._spawn()
        if worker is None:
            return
        try:
            self._await_ready(worker)
        except RuntimeError:
            LOG.exception("could not replace a query worker; the pool has one worker fewer")

    def _stop(self, worker: _Worker) -> None:
        with self._lock:
            self._workers.discard(worker)
        worker.process.kill()
        worker.process.join()
        worker.conn.close()


def _serve(conn: Connection, config: _WorkerConfig) -> None:
    """A worker's life: leave the network, open the store, say hello, then answer requests until the pipe closes."""
    isolated = _leave_network()
    store = QueryStore(config.store_path, config.in_memory)
    _limit_memory(config.memory_mb)
    check = functools.lru_cache(maxsize=1024)(check_query)  # the same queries come again and again
    conn.send({"network_isolated": isolated})
    while True:
        try:
            request = conn.recv()
        except EOFError:
            return
        conn.send(_answer(request, store, check, config.max_rows))


def _answer(
    request: QueryRequest, store: QueryStore, check: Callable[[str], CheckedQuery], max_rows: int
) -> QueryResult | _Refusal:
    try:
        checked = check(request.text)
        if request.default_graphs is not None or request.named_graphs is not None:
            default, named = request.default_graphs or (), request.named_graphs or ()
            check_graphs(default, named, store.graphs, "default-graph-uri and named-graph-uri")
        else:
            default, named = checked.default_graphs, checked.named_graphs
            check_graphs(default or (), named or (), store.graphs, "FROM and FROM NAMED")
        extension = request.graph_format if checked.form in GRAPH_FORMS else request.results_format
        if extension is None:
            return QueryResult(checked.form, None)
        body, truncated = store.run(request.text, extension, default, named, max_rows, PREFIXES)
        return QueryResult(checked.form, extension, body, truncated)
    except QueryError as error:
        return _Refusal(str(error), error.status, error.headers)
    except Exception as error:  # anything else the engine raises is the server's fault, reported as such
        return _Refusal(f"the query failed in the engine: {error}", 500)


def _limit_memory(headroom_mb: int) -> None:
    """Cap this worker's address space at its size now (the store loaded) plus `headroom_mb` (Linux; 0: no cap).

    A query that needs more then fails to allocate and ends this worker, which is replaced, instead of
    driving the machine out of memory before its deadline.
    """
    if headroom_mb <= 0:
        return
    try:
        status = Path("/proc/self/status").read_text(encoding="ascii")
    except OSError:
        return
    size_kb = next(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmSize:"))
    limit = (size_kb + headroom_mb * 1024) * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def _leave_network() -> bool:
    """Move this process into a network namespace of its own (no interface up): nothing it runs can reach a host.

    Linux only; with CAP_SYS_ADMIN a network namespace alone, otherwise inside a new user namespace.
    Returns False where the kernel allows neither.
    """
    try:
        unshare = ctypes.CDLL(None, use_errno=True).unshare
    except (AttributeError, OSError):
        return False
    return any(unshare(flags) == 0 for flags in (CLONE_NEWNET, CLONE_NEWUSER | CLONE_NEWNET))
