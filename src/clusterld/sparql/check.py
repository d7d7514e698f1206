"""What a SPARQL request asks for, found by parsing it before anything runs; refusals are raised here.

The parser is rdflib's SPARQL 1.1 grammar (a full parser: a keyword inside a string, an IRI or a comment
is never mistaken for one in the query). Refused, before any evaluation:

    SPARQL Update                          405, with Allow (the endpoint is read-only)
    LOAD                                   400 (it would fetch a remote document)
    SERVICE                                400 (it would send a request to another server)
    FROM / FROM NAMED / default-graph-uri  400 unless the graph is one of the release's named graphs
    / named-graph-uri
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable, Iterator

from pyparsing import ParseBaseException, ParseResults
from rdflib.plugins.sparql.algebra import translatePrologue
from rdflib.plugins.sparql.parser import parseQuery, parseUpdate
from rdflib.plugins.sparql.parserutils import CompValue

from clusterld.errors import QueryError

ALLOW = "GET, HEAD, POST, OPTIONS"
FORMS = {"SelectQuery": "SELECT", "AskQuery": "ASK", "ConstructQuery": "CONSTRUCT", "DescribeQuery": "DESCRIBE"}
GRAPH_FORMS = frozenset({"CONSTRUCT", "DESCRIBE"})


@dataclass(frozen=True)
class CheckedQuery:
    """A query that may run: its form and the dataset its own FROM / FROM NAMED clauses name (None: none)."""

    form: str
    default_graphs: tuple[str, ...] | None
    named_graphs: tuple[str, ...] | None


def update_refused() -> QueryError:
    """The refusal of any SPARQL Update, however it was sent."""
    return QueryError(
        "SPARQL Update is not accepted: this endpoint is read-only (the data changes only through a new release)",
        405,
        {"Allow": ALLOW},
    )


def check_query(text: str) -> CheckedQuery:
    """Parse a query and refuse what clusterld never runs; return its form and its own dataset clauses."""
    try:
        prologue, query = parseQuery(text)
    except ParseBaseException as error:
        raise _not_a_query(text, error) from None
    except RecursionError:
        raise QueryError("the query is nested too deeply to be checked", 400) from None
    if "ServiceGraphPattern" in _names(query):
        raise QueryError(
            "SERVICE is not allowed: this endpoint never sends requests to other servers because of a query", 400
        )
    default, named = _dataset(prologue, query)
    return CheckedQuery(FORMS[query.name], default, named)


def check_graphs(default: Iterable[str], named: Iterable[str], available: frozenset[str], feature: str) -> None:
    """Refuse a dataset naming any graph outside the release; `feature` names where it came from."""
    outside = sorted({*default, *named} - available)
    if outside:
        raise QueryError(
            f"{feature} may only name graphs of this release, which never loads remote data; "
            f"not in the release: {', '.join(f'<{iri}>' for iri in outside)}",
            400,
        )


def _not_a_query(text: str, error: ParseBaseException) -> QueryError:
    """The error for text that is no query: an update is refused as such, anything else gets the parser's message."""
    try:
        update = parseUpdate(text)
    except (ParseBaseException, RecursionError):
        return QueryError(f"malformed query: {error}", 400)
    if "request" not in update:  # an empty text (or only comments) parses as an update with no operation
        return QueryError("the query is empty", 400)
    if "Load" in _names(update):
        return QueryError("LOAD is not allowed: this endpoint never fetches remote data (and is read-only)", 400)
    return update_refused()


def _dataset(prologue: Any, query: CompValue) -> tuple[tuple[str, ...] | None, tuple[str, ...] | None]:
    """The absolute IRIs of the query's FROM and FROM NAMED clauses, or (None, None) when it has none."""
    if "datasetClause" not in query:
        return None, None
    try:
        resolve = translatePrologue(prologue, None).absolutize
        clauses = [(kind, str(resolve(iri))) for clause in query["datasetClause"] for kind, iri in clause.items()]
    except Exception as error:  # rdflib raises a bare Exception for an undeclared prefix
        raise QueryError(f"malformed query: {error}", 400) from None
    return (
        tuple(iri for kind, iri in clauses if kind == "default"),
        tuple(iri for kind, iri in clauses if kind == "named"),
    )


def _names(tree: Any) -> set[str]:
    """The name of every rule in a parse tree (ServiceGraphPattern, Load, …)."""
    return set(_walk(tree))


def _walk(tree: Any) -> Iterator[str]:
    stack = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, CompValue):
            yield node.name
            stack.extend(dict.values(node))
        elif isinstance(node, (list, tuple, ParseResults)):
            stack.extend(node)
