"""SPARQL queries answered by a remote store, under the same checks and caps as the embedded workers.

Each query is parsed and checked here (sparql/check.py: updates, SERVICE, LOAD and graphs outside the release
are refused before anything is sent), rewritten onto the release's scoped graphs (sparql/rewrite.py) and sent
with the dataset the embedded store would use: the union graph as default graph, the named graphs the query
can reach. The answer (SPARQL JSON results, N-Triples: formats every store writes the same way) is parsed by
pyoxigraph as it streams in, on a thread, and written in the client's format; reading stops after `max_rows`.
clusterld's own deadline closes the connection at `query_timeout`, and no wait on the store (connecting,
sending, each read) outlasts it, so a query's thread and connection are free again by then even while the store
goes on working (a store that supports a timeout of its own, such as `oxigraph serve --timeout-s`, should be
given the same one so that it stops the work too, where it can).

    admission   at most `max_concurrent_queries` at once, more get 429 with Retry-After
    running     at most `query_timeout` from admission to the last byte (503)
    results     at most `max_rows` rows or triples (`truncated` says when more were cut)
"""

from __future__ import annotations

import asyncio
import functools
import io
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Iterator

import httpx

from clusterld.errors import QueryError
from clusterld.graph import PREFIXES
from clusterld.remote import RemoteReleaseStore, scoped_prefix, union_graph
from clusterld.settings import Settings
from clusterld.sparql.check import GRAPH_FORMS, CheckedQuery, check_graphs, check_query
from clusterld.sparql.pool import QueryRequest, QueryResult
from clusterld.sparql.rewrite import Rewritten, rewrite
from clusterld.store import read_answer

EMPTY_GRAPH = "urn:clusterld:empty"  # names no graph: a dataset whose default graph is empty
PARTIAL_ANSWER = "S1TAT"  # Virtuoso's "anytime query" answer: cut at its time limit, sent as a 200
ACCEPT = {"srj": "application/sparql-results+json", "nt": "application/n-triples"}


class RemoteQueries:
    """Runs checked, rewritten queries on the remote store for one release."""

    def __init__(self, store: RemoteReleaseStore, settings: Settings) -> None:
        self._settings = settings
        self._credentials = store.remote.credentials
        self._url = store.remote.settings.store_query_url
        self._release = store.release_id
        self._prefix = scoped_prefix(store.release_id)
        self._graphs = frozenset(store.graph_names())
        self._running = 0
        self._client: httpx.Client | None = None
        self._executor = ThreadPoolExecutor(settings.max_concurrent_queries, thread_name_prefix="clusterld-remote")
        # the same queries come again and again; both steps depend on the text (and whether the request has a
        # dataset of its own) alone
        self._check = functools.lru_cache(maxsize=1024)(check_query)
        self._rewrite = functools.lru_cache(maxsize=1024)(self._rewrite_text)

    def start(self) -> None:
        """Open the connection pool to the store."""
        self._client = httpx.Client(
            auth=self._credentials.auth(), headers=self._credentials.headers(), timeout=None,
            limits=httpx.Limits(max_connections=self._settings.max_concurrent_queries),
        )

    def close(self) -> None:
        """Close the connection pool and the threads that read answers."""
        self._executor.shutdown(wait=False, cancel_futures=True)
        if self._client is not None:
            self._client.close()

    async def run(self, request: QueryRequest) -> QueryResult:
        """Run one query on the store; raise QueryError for a refusal, the caps and the deadline."""
        settings = self._settings
        if self._running >= settings.max_concurrent_queries:
            raise QueryError(
                f"{settings.max_concurrent_queries} queries are already running, the most this endpoint runs at "
                f"once (setting max_concurrent_queries); retry in {settings.retry_after} s",
                429,
                {"Retry-After": str(settings.retry_after)},
            )
        self._running += 1
        exchange = _Exchange(time.monotonic() + settings.query_timeout)
        try:
            async with asyncio.timeout(settings.query_timeout):
                return await self._run(request, exchange)
        except TimeoutError:
            raise _past_deadline(settings) from None
        finally:
            exchange.stop()  # after a deadline or a client gone: the store's connection is closed, the thread ends
            self._running -= 1

    async def _run(self, request: QueryRequest, exchange: "_Exchange") -> QueryResult:
        checked = self._check(request.text)
        extension = request.graph_format if checked.form in GRAPH_FORMS else request.results_format
        if extension is None:
            return QueryResult(checked.form, None)
        protocol_dataset = request.default_graphs is not None or request.named_graphs is not None
        rewritten = self._rewrite(request.text, protocol_dataset)
        params = {"query": [rewritten.text], **self._dataset(request, checked, rewritten)}
        if self._settings.store_timeout_parameter:
            params[self._settings.store_timeout_parameter] = [str(int(self._settings.query_timeout * 1000))]
        source = "nt" if checked.form in GRAPH_FORMS else "srj"
        loop = asyncio.get_running_loop()
        body, truncated = await loop.run_in_executor(self._executor, self._fetch, params, source, extension, exchange)
        return QueryResult(checked.form, extension, body, truncated)

    def _rewrite_text(self, text: str, protocol_dataset: bool) -> Rewritten:
        # the request's default-graph-uri / named-graph-uri replace the query's FROM clauses, which then go
        return rewrite(text, self._prefix, self._graphs, without_dataset=protocol_dataset)

    def _dataset(self, request: QueryRequest, checked: CheckedQuery, rewritten: Rewritten) -> dict[str, list[str]]:
        """The protocol's dataset parameters: the request's (scoped), none when the query has FROM clauses of its
        own (scoped in its text), else the embedded store's dataset: the union as default graph, and as named
        graphs those the query can reach."""
        if request.default_graphs is not None or request.named_graphs is not None:
            default, named = request.default_graphs or (), request.named_graphs or ()
            check_graphs(default, named, self._graphs, "default-graph-uri and named-graph-uri")
            return {
                "default-graph-uri": [self._prefix + g for g in default] or [EMPTY_GRAPH],
                "named-graph-uri": [self._prefix + g for g in named],
            }
        if checked.default_graphs is not None or checked.named_graphs is not None:
            check_graphs(checked.default_graphs or (), checked.named_graphs or (), self._graphs, "FROM and FROM NAMED")
            return {}
        reachable = self._graphs if rewritten.graph_variable else rewritten.graphs
        return {
            "default-graph-uri": [union_graph(self._release)],
            "named-graph-uri": [self._prefix + g for g in sorted(reachable)],
        }

    def _fetch(self, params: dict[str, list[str]], source: str, extension: str, exchange: "_Exchange") -> tuple[bytes, bool]:
        """The store's answer in the client's format, read as it streams in: at most `max_rows`, and whether more were cut."""
        client = self._client
        if client is None:
            raise QueryError("the endpoint is not started", 503)
        # a store still working past the deadline must not hold this thread and its connection: each wait
        # (connecting, sending, every read) ends by the deadline, as closing the response wakes no blocked read
        timeout = max(exchange.deadline - time.monotonic(), 0.001)
        try:
            return self._read(client, params, source, extension, exchange, timeout)
        except httpx.TimeoutException:
            raise _past_deadline(self._settings) from None
        except httpx.TransportError as error:
            raise QueryError(f"the store did not answer at {self._url}: {error}", 502) from None

    def _read(self, client: httpx.Client, params: dict[str, list[str]], source: str, extension: str,
              exchange: "_Exchange", timeout: float) -> tuple[bytes, bool]:
        headers = {"Accept": ACCEPT[source]}
        with client.stream("POST", self._url, data=params, headers=headers, timeout=timeout) as response:
            exchange.watch(response)
            if response.headers.get("X-SQL-State") == PARTIAL_ANSWER:
                raise QueryError(
                    f"the store stopped the query at its own time limit (query_timeout {self._settings.query_timeout:g} s "
                    "or the store's); its answer would be partial, so none is given",
                    503,
                )
            if response.status_code >= 400:
                message = response.read().decode("utf-8", "replace").strip()[:1000]
                if response.status_code == 400:  # the dataset was checked here: it is the store's parser refusing
                    raise QueryError(f"malformed query, as the store reads it: {message}", 400)
                raise QueryError(f"the store could not run the query ({response.status_code}): {message}", 502)
            stream = io.BufferedReader(_ChunkReader(response.iter_bytes()))
            return read_answer(stream, source, extension, self._settings.max_rows, PREFIXES)


def _past_deadline(settings: Settings) -> QueryError:
    return QueryError(
        f"the query ran longer than {settings.query_timeout:g} s, the most this endpoint allows "
        "(setting query_timeout), and was stopped",
        503,
    )


class _Exchange:
    """One query's connection to the store, which the event loop may close while a thread is reading it, and
    its deadline (time.monotonic())."""

    def __init__(self, deadline: float) -> None:
        self.deadline = deadline
        self._lock = threading.Lock()
        self._response: httpx.Response | None = None
        self._stopped = False

    def watch(self, response: httpx.Response) -> None:
        with self._lock:
            self._response = response
            stopped = self._stopped
        if stopped:
            response.close()

    def stop(self) -> None:
        with self._lock:
            self._stopped = True
            response = self._response
        if response is not None:
            response.close()


class _ChunkReader(io.RawIOBase):
    """A readable binary stream over the chunks of a response body, for the parsers."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks
        self._pending = b""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        while not self._pending:
            chunk = next(self._chunks, None)
            if chunk is None:
                return 0
            self._pending = chunk
        size = min(len(buffer), len(self._pending))
        buffer[:size] = self._pending[:size]
        self._pending = self._pending[size:]
        return size
