"""The query store: SPARQL queries evaluated on a release's store (or another store's answers read), their results
written in the format asked for, cut after a number of rows."""

from __future__ import annotations

from pathlib import Path
from typing import IO, Any, Callable, Iterator, Mapping, Sequence

import pyoxigraph as ox

from clusterld.errors import QueryError, StoreError
from clusterld.store.disk import in_memory_copy, open_store
from clusterld.store.serialisations import as_bytes
from clusterld.store.terms import FORMATS, RESULT_FORMATS, to_rdflib


def select(store: ox.Store, text: str, **options: Any) -> ox.QuerySolutions:
    """The solutions of a SELECT query (`options` as `Store.query` takes them); QueryError for any other form."""
    solutions = store.query(text, **options)
    if not isinstance(solutions, ox.QuerySolutions):
        raise QueryError("a SELECT query was expected")
    return solutions


class QueryStore:
    """The store a query worker evaluates queries on: the release's, copied into memory when asked to."""

    def __init__(self, path: Path, in_memory: bool, dump: Path | None = None) -> None:
        disk = open_store(path)
        self._store = in_memory_copy(disk, dump) if in_memory else disk
        self.graphs = frozenset(str(g.value) for g in self._store.named_graphs())

    def run(
        self,
        text: str,
        extension: str,
        default_graphs: Sequence[str] | None,
        named_graphs: Sequence[str] | None,
        max_rows: int,
        prefixes: Mapping[str, str],
    ) -> tuple[bytes, bool]:
        """Evaluate a checked query; its results (at most `max_rows` rows or triples) and whether some were cut.

        Without a dataset the default graph is the union of all graphs. The engine's own serialisers write
        every format: rows go through TSV (and triples through N-Triples), one per line, into a sink that
        stops the engine — and with it the evaluation — after `max_rows` + 1.
        """
        try:
            if default_graphs is None and named_graphs is None:
                result = self._store.query(text, use_default_graph_as_union=True)
            else:
                result = self._store.query(
                    text,
                    default_graph=[ox.NamedNode(iri) for iri in default_graphs or ()],
                    named_graphs=[ox.NamedNode(iri) for iri in named_graphs or ()],
                )
        except SyntaxError as error:
            raise QueryError(f"malformed query: {error}", 400) from None
        return _written(result, extension, max_rows, prefixes)


def _written(result: Any, extension: str, max_rows: int, prefixes: Mapping[str, str]) -> tuple[bytes, bool]:
    """A boolean, solutions or triples in the format of `extension`: at most `max_rows` rows or triples, and
    whether some were cut. Rows go through TSV (and triples through N-Triples), one per line, into a sink
    that stops the producer — the engine, or a parser reading another store's answer — after `max_rows` + 1."""
    if isinstance(result, ox.QueryBoolean):
        return as_bytes(result.serialize(format=RESULT_FORMATS[extension])), False
    if isinstance(result, ox.QuerySolutions):
        rows, truncated = _capped(result.serialize, ox.QueryResultsFormat.TSV, max_rows + 1)  # + the header line
        if extension == "tsv":
            return rows, truncated
        solutions = ox.parse_query_results(rows, ox.QueryResultsFormat.TSV)
        return as_bytes(solutions.serialize(format=RESULT_FORMATS[extension])), truncated
    write = result.serialize if isinstance(result, ox.QueryTriples) else (
        lambda sink, format: ox.serialize(result, sink, format=format))
    lines, truncated = _capped(write, ox.RdfFormat.N_TRIPLES, max_rows)
    triples = ox.parse(lines, format=ox.RdfFormat.N_TRIPLES)
    return as_bytes(ox.serialize(triples, format=FORMATS[extension], prefixes=dict(prefixes))), truncated


def read_answer(
    body: IO[bytes], source: str, extension: str, max_rows: int, prefixes: Mapping[str, str]
) -> tuple[bytes, bool]:
    """Another store's answer, read as it streams in (`source`: srj for solutions and booleans, nt for triples),
    written in the format of `extension`: at most `max_rows` rows or triples, and whether some were cut."""
    try:
        if source == "nt":
            return _written(ox.parse(body, format=ox.RdfFormat.N_TRIPLES), extension, max_rows, prefixes)
        return _written(ox.parse_query_results(body, format=RESULT_FORMATS[source]), extension, max_rows, prefixes)
    except SyntaxError as error:
        raise QueryError(f"the store sent an answer that cannot be read: {error}", 502) from None


class _Enough(Exception):
    """The sink has all the lines it wants: raised through the engine's serialiser to stop it."""


class _LineSink:
    """A binary output that keeps the first `limit` lines and stops the writer after one more."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.lines = 0
        self.chunks: list[bytes] = []

    def write(self, data: bytes) -> int:
        self.chunks.append(bytes(data))
        self.lines += data.count(b"\n")
        if self.lines > self.limit:
            raise _Enough
        return len(data)

    def flush(self) -> None:
        """Nothing to flush: the chunks are kept in memory."""


def _capped(write: Callable[..., Any], line_format: Any, limit: int) -> tuple[bytes, bool]:
    """The first `limit` lines `write(sink, format=…)` writes in a line-per-row format, and whether there were more."""
    sink = _LineSink(limit)
    try:
        write(sink, format=line_format)
    except _Enough:
        kept = b"".join(sink.chunks).split(b"\n", limit)[:limit]
        return b"\n".join(kept) + b"\n", True
    return b"".join(sink.chunks), False


def parse_rows(json_results: bytes) -> Iterator[dict[str, Any]]:
    """SPARQL JSON results as rows of rdflib terms by variable name (unbound variables left out)."""
    solutions = ox.parse_query_results(json_results, format=ox.QueryResultsFormat.JSON)
    if not isinstance(solutions, ox.QuerySolutions):
        raise StoreError("the store answered a SELECT query with a boolean")
    names = [v.value for v in solutions.variables]
    for solution in solutions:
        yield {name: to_rdflib(solution[name]) for name in names if solution[name] is not None}
