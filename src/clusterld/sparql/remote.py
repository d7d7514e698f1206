"""SPARQL queries answered by a remote store, under the same checks and caps as the embedded workers.

Each query is parsed and checked here (sparql/check.py: updates, SERVICE, LOAD and graphs outside the release
are refused before anything is sent), rewritten onto the release's scoped graphs (sparql/rewrite.py) and sent
with the dataset the embedded store would use: the union graph as default graph, the named graphs the query
can reach. The answer streams back in a line-per-row format (TSV, N-Triples) that is cut after `max_rows`;
clusterld's own deadline closes the connection at `query_timeout` (a store that supports a timeout of its
own, such as `oxigraph serve --timeout-s`, should be given the same one so it stops the work too).

    admission   at most `max_concurrent_queries` at once, more get 429 with Retry-After
    running     at most `query_timeout` from admission to the last byte (503)
    results     at most `max_rows` rows or triples (`truncated` says when more were cut)
"""

from __future__ import annotations

import asyncio
import functools

import httpx

from clusterld.errors import QueryError
from clusterld.graph import PREFIXES
from clusterld.remote import RemoteReleaseStore, scoped_prefix, union_graph
from clusterld.settings import Settings
from clusterld.sparql.check import GRAPH_FORMS, CheckedQuery, check_graphs, check_query
from clusterld.sparql.pool import QueryRequest, QueryResult
from clusterld.sparql.rewrite import Rewritten, rewrite
from clusterld.store import convert_results

EMPTY_GRAPH = "urn:clusterld:empty"  # names no graph: a dataset whose default graph is empty
INLINE_BYTES = 64 * 1024  # answers smaller than this are converted on the event loop: cheaper than a thread hop
ACCEPT = {"tsv": "text/tab-separated-values", "srj": "application/sparql-results+json", "nt": "application/n-triples"}


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
        self._client: httpx.AsyncClient | None = None
        # the same queries come again and again; both steps depend on the text alone
        self._check = functools.lru_cache(maxsize=1024)(check_query)
        self._rewrite = functools.lru_cache(maxsize=1024)(self._rewrite_text)

    def start(self) -> None:
        """Open the connection pool to the store."""
        self._client = httpx.AsyncClient(
            auth=self._credentials.auth(), headers=self._credentials.headers(), timeout=None,
            limits=httpx.Limits(max_connections=self._settings.max_concurrent_queries),
        )

    def close(self) -> None:
        """Forget the connection pool (its sockets close with it)."""
        self._client = None

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
        try:
            async with asyncio.timeout(settings.query_timeout):
                return await self._run(request)
        except TimeoutError:
            raise QueryError(
                f"the query ran longer than {settings.query_timeout:g} s, the most this endpoint allows "
                "(setting query_timeout), and was stopped",
                503,
            ) from None
        finally:
            self._running -= 1

    async def _run(self, request: QueryRequest) -> QueryResult:
        checked = self._check(request.text)
        extension = request.graph_format if checked.form in GRAPH_FORMS else request.results_format
        if extension is None:
            return QueryResult(checked.form, None)
        rewritten = self._rewrite(request.text)
        params = {"query": [rewritten.text], **self._dataset(request, checked, rewritten)}
        source = "nt" if checked.form in GRAPH_FORMS else "srj" if checked.form == "ASK" else "tsv"
        lines = None if source == "srj" else self._settings.max_rows + (source == "tsv")  # TSV: + the header
        data, truncated = await self._fetch(params, source, lines)
        if len(data) < INLINE_BYTES:
            body = convert_results(data, source, extension, PREFIXES)
        else:  # a large answer is written again off the event loop
            body = await asyncio.to_thread(convert_results, data, source, extension, PREFIXES)
        return QueryResult(checked.form, extension, body, truncated)

    def _rewrite_text(self, text: str) -> Rewritten:
        return rewrite(text, self._prefix, self._graphs)

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
        named = self._graphs if rewritten.graph_variable else rewritten.graphs
        return {
            "default-graph-uri": [union_graph(self._release)],
            "named-graph-uri": [self._prefix + g for g in sorted(named)],
        }

    async def _fetch(self, params: dict[str, list[str]], source: str, limit: int | None) -> tuple[bytes, bool]:
        """The store's answer in `source` format: at most `limit` lines (None: all), and whether more were cut."""
        if self._client is None:
            raise QueryError("the endpoint is not started", 503)
        async with self._client.stream(
            "POST", self._url, data=params, headers={"Accept": ACCEPT[source]}
        ) as response:
            if response.status_code >= 400:
                message = (await response.aread()).decode("utf-8", "replace").strip()[:1000]
                status = 400 if response.status_code == 400 else 502
                raise QueryError(f"the store could not run the query ({response.status_code}): {message}", status)
            return await _capped_lines(response, limit)


async def _capped_lines(response: httpx.Response, limit: int | None) -> tuple[bytes, bool]:
    """The body's first `limit` lines (None: all of it), and whether there were more."""
    chunks: list[bytes] = []
    lines = 0
    async for chunk in response.aiter_bytes():
        chunks.append(chunk)
        lines += chunk.count(b"\n")
        if limit is not None and lines > limit:
            kept = b"".join(chunks).split(b"\n", limit)[:limit]
            return b"\n".join(kept) + b"\n", True
    return b"".join(chunks), False
