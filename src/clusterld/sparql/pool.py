"""SPARQL queries run in worker processes, so that a runaway query can really be stopped.

pyoxigraph cannot be interrupted inside a query (no timeout, and signals do not reach it), so every query runs
in a worker process (sparql/worker.py); a worker past its deadline is killed and a fresh one started in its
place, while the other workers go on answering. Each worker opens the release store read-only by path (copying
it into memory when `query_memory_store` is set and the release holds at most `query_memory_max_quads`), checks
every query (sparql/check.py) before evaluating it, and first moves itself into a network namespace of its own
where the kernel allows it, so that no query can reach another host.

The workers start in the background: the server answers pages while they open the store, and a query that
arrives meanwhile waits for one within its deadline (503 with Retry-After if none is ready by then).

The pool lives on the server's event loop: a request goes to an idle worker over a socket and its reply is read
as it arrives, with no thread in between. A query's check is remembered here, so that whichever worker gets the
same text next does not parse it again.

    admission   at most `max_concurrent_queries` at once, more get 429 with Retry-After
    deadline    `query_timeout` from admission, for the wait for a free worker and the run together (503; a
                worker still running then is killed and replaced)
    memory      at most `query_memory_mb` beyond the store (500, the worker ends and is replaced)
    results     at most `max_rows` rows or triples (`truncated` says when more were cut)
"""

from __future__ import annotations

import asyncio
import collections
import hashlib
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from clusterld.errors import QueryError
from clusterld.settings import Settings
from clusterld.sparql.processes import LOG, Worker, WorkerProcesses
from clusterld.sparql.worker import WorkerConfig, encode

REMEMBERED_CHECKS = 4096


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


class QueryPool:
    """Worker processes that run queries under the concurrency cap, the deadline and the row cap."""

    def __init__(self, store_path: Path, settings: Settings, in_memory: bool, dump: Path | None = None) -> None:
        config = WorkerConfig(store_path, in_memory, dump, settings.max_rows, settings.query_memory_mb)
        self._processes = WorkerProcesses(config, settings.query_worker_start_timeout)
        self._settings = settings
        self._loop: asyncio.AbstractEventLoop | None = None
        self._running = 0
        self._idle: collections.deque[Worker] = collections.deque()
        self._waiting: collections.deque[asyncio.Future[Worker]] = collections.deque()
        self._checks: collections.OrderedDict[bytes, Any] = collections.OrderedDict()
        self._opening = True  # until every first worker has opened the store (or failed to)
        self._opened: asyncio.Event | None = None
        self._failure: str | None = None

    async def open(self, wait: float) -> None:
        """Start every worker in the background, each joining the pool once it has opened the store; return when
        all have, or after `wait` seconds (the rest keep opening it); raise if they could not open it by then."""
        loop = self._loop = asyncio.get_running_loop()
        opened = self._opened = asyncio.Event()
        threading.Thread(target=self._start_all, args=(loop, opened), name="clusterld-query-start", daemon=True).start()
        try:
            await asyncio.wait_for(opened.wait(), wait)
        except TimeoutError:
            if wait > 0:
                LOG.warning("the query workers are still opening the release store after %g s; pages are served "
                            "meanwhile, SPARQL queries wait for them", wait)
        if self._failure is not None:
            raise RuntimeError(self._failure)

    def _start_all(self, loop: asyncio.AbstractEventLoop, opened: asyncio.Event) -> None:
        """Start the first workers (in a thread) and hand each to the pool once it is ready."""
        try:
            starting = [self._processes.spawn() for _ in range(max(self._settings.query_workers, 1))]
            for worker in starting:
                if worker is None:  # the pool was closed meanwhile
                    continue
                try:
                    ready = self._processes.await_ready(worker)
                except RuntimeError as error:
                    self._failure = str(error)
                    LOG.error("%s", error)
                    continue
                if ready:
                    loop.call_soon_threadsafe(self._hand_over, worker)
        finally:
            self._opening = False
            try:
                loop.call_soon_threadsafe(opened.set)
            except RuntimeError:  # the event loop is closed: the server has stopped
                pass

    async def opened(self) -> None:
        """Wait until every first worker has opened the store (or failed to); `open` first."""
        assert self._opened is not None
        await self._opened.wait()

    def close(self) -> None:
        """Stop every worker, busy or not."""
        self._processes.close()

    async def run(self, request: QueryRequest) -> QueryResult:
        """Run one query in a worker; raise QueryError for a refusal, the caps and the deadline."""
        settings = self._settings
        if self._running >= settings.max_concurrent_queries:
            raise QueryError(
                f"{settings.max_concurrent_queries} queries are already running, the most this endpoint "
                f"runs at once (setting max_concurrent_queries); retry in {settings.retry_after} s",
                429,
                {"Retry-After": str(settings.retry_after)},
            )
        if self._failure is not None and not self._processes.any_started:
            raise self._no_worker()
        self._loop = loop = asyncio.get_running_loop()
        self._running += 1
        # a task of its own, shielded: a client that hangs up neither frees a busy worker nor loses its reply
        task = loop.create_task(self._run(request, loop.time() + settings.query_timeout))
        task.add_done_callback(self._finished)
        return await asyncio.shield(task)

    def _finished(self, task: asyncio.Task[QueryResult]) -> None:
        self._running -= 1
        if not task.cancelled():
            task.exception()  # retrieved here, in case the client that asked is gone

    async def _run(self, request: QueryRequest, deadline: float) -> QueryResult:
        timeout = self._settings.query_timeout
        text = request.text.encode()
        key = hashlib.blake2b(text, digest_size=16).digest()
        meta = {"results_format": request.results_format, "graph_format": request.graph_format,
                "default_graphs": request.default_graphs, "named_graphs": request.named_graphs,
                "checked": self._checks.get(key)}
        worker = await self._free_worker(deadline)
        try:
            async with asyncio.timeout_at(deadline):
                reply, body = await worker.channel.ask(encode(meta, text))
        except TimeoutError:
            await self._retire(worker)
            raise QueryError(
                f"the query was not answered within {timeout:g} s, the limit of this endpoint (setting "
                "query_timeout, counted from its arrival), and was stopped",
                503,
            ) from None
        except (ConnectionError, OSError):
            await self._retire(worker)
            raise QueryError(
                "the query worker stopped while running the query, most likely because the query needed more "
                "memory than a query may take (setting query_memory_mb); it was not answered",
                500,
            ) from None
        self._hand_over(worker)
        if "checked" in reply:
            self._remember(key, reply["checked"])
        if "status" in reply:
            raise QueryError(reply["message"], reply["status"], reply["headers"])
        return QueryResult(reply["form"], reply["format"], body, reply["truncated"])

    def _remember(self, key: bytes, checked: Any) -> None:
        """Keep a check's outcome by the digest of the query text (the most recent REMEMBERED_CHECKS)."""
        self._checks[key] = checked
        self._checks.move_to_end(key)
        if len(self._checks) > REMEMBERED_CHECKS:
            self._checks.popitem(last=False)

    async def _free_worker(self, deadline: float) -> Worker:
        """The next idle worker that is still alive (one that died while idle is replaced), by the deadline."""
        loop = asyncio.get_running_loop()
        while True:
            if self._idle:
                worker = self._idle.popleft()
            else:
                waiter: asyncio.Future[Worker] = loop.create_future()
                self._waiting.append(waiter)
                try:
                    async with asyncio.timeout_at(deadline):
                        worker = await waiter
                except BaseException as error:
                    if waiter.done() and not waiter.cancelled():
                        self._hand_over(waiter.result())  # handed over just too late: the next query gets it
                    elif waiter in self._waiting:
                        self._waiting.remove(waiter)
                    if isinstance(error, TimeoutError):
                        raise self._no_worker() from None
                    raise
            if not worker.alive:
                await self._retire(worker)
                continue
            if worker.channel.transport is None:
                await worker.attach()
            return worker

    def _no_worker(self) -> QueryError:
        """503 for a query no worker took by its deadline: all busy, still opening the store, or failed to."""
        settings = self._settings
        if self._failure is not None and not self._processes.any_started:
            return QueryError(f"the SPARQL endpoint is not available: {self._failure}", 503)
        if self._opening:
            return QueryError(
                "the query workers are still opening the release store (copying it into memory when settings "
                "query_memory_store and query_memory_max_quads allow); none was free within "
                f"{settings.query_timeout:g} s (setting query_timeout); retry in {settings.retry_after} s",
                503,
                {"Retry-After": str(settings.retry_after)},
            )
        return QueryError(
            f"no query worker became free within {settings.query_timeout:g} s (setting query_timeout)", 503
        )

    def _hand_over(self, worker: Worker) -> None:
        """Give a free worker to the longest-waiting query, or make it idle (on the event loop's thread)."""
        while self._waiting:
            waiter = self._waiting.popleft()
            if not waiter.done():
                waiter.set_result(worker)
                return
        self._idle.append(worker)

    async def _retire(self, worker: Worker) -> None:
        """Kill a worker (a deadline passed, or it died), wait until it is gone and start another in the background."""
        self._processes.kill(worker)
        await asyncio.to_thread(worker.process.join)  # off the event loop: tearing down a large store takes a while
        threading.Thread(target=self._start_replacement, name="clusterld-query-start", daemon=True).start()

    def _start_replacement(self) -> None:
        worker = self._processes.spawn()
        if worker is None:
            return
        try:
            ready = self._processes.await_ready(worker)
        except RuntimeError:
            LOG.exception("could not replace a query worker; the pool has one worker fewer")
            return
        if ready and self._loop is not None:
            try:
                self._loop.call_soon_threadsafe(self._hand_over, worker)
            except RuntimeError:  # the event loop is closed: the server has stopped
                self._processes.kill(worker)
