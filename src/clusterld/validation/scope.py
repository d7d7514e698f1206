"""What a compiled query reads around a focus node: its triple patterns as steps from ?this, so that a rebuild
can tell which focus nodes a changed triple may affect, and which triples their validation reads.

A query's triple patterns (in its group, in FILTER [NOT] EXISTS, OPTIONAL and subqueries alike) become atomic
steps between terms: one predicate (or several alternatives) followed forward or backward. A sequence path is
cut into steps through fresh terms; `rdfs:subClassOf*` is the class hierarchy, which the caller keeps whole (a
change to it revalidates everything). A query the analysis cannot bound — a term not connected to ?this by
steps, a repeated path other than the hierarchy, a negated property set — raises `Unbounded`, and the caller
validates everything.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterator

from rdflib import RDFS, BNode, Variable
from rdflib.paths import AlternativePath, InvPath, MulPath, Path, SequencePath
from rdflib.plugins.sparql import prepareQuery
from rdflib.term import URIRef

from clusterld.validation.plan import FOCUS_OF

THIS = Variable("this")
ANY = b"*"  # a variable predicate: any predicate
Direction = tuple[bytes, bool]  # a predicate as an N-Triples IRI, and whether the step follows it backward


class Unbounded(Exception):
    """What a query reads around its focus node cannot be bounded."""


@dataclass(frozen=True)
class Step:
    """One atomic step of a pattern: from term `a` to term `b` along any of `ways` (a triple s p o matches
    forward as a=s, b=o, and backward as a=o, b=s; ANY matches every predicate)."""

    a: Any
    ways: frozenset[Direction]
    b: Any


@dataclass(frozen=True)
class Scope:
    """A query's steps, and every simple route of steps from ?this to each step (the step itself last)."""

    steps: tuple[Step, ...]
    routes: tuple[tuple[tuple[Step, bool], ...], ...]  # each hop: the step, and whether it is walked from b to a


def scope(query: str) -> Scope:
    """The steps a query reads from ?this, and the routes to each; raises Unbounded."""
    try:
        algebra = prepareQuery(query).algebra
    except Exception as error:  # the parser raises many unrelated types; the caller then validates everything
        raise Unbounded(f"a query rdflib cannot parse: {error}") from error
    steps: list[Step] = []
    for s, p, o in _patterns(algebra):
        if p == URIRef(FOCUS_OF):
            continue  # the focus marker, written by the validation itself
        steps += _steps(s, p, o)
    routes = tuple(route for step in steps for route in _routes(steps, step))
    reached = {step for route in routes for step, _ in route}
    if set(steps) - reached:
        raise Unbounded("a triple pattern not connected to ?this")
    return Scope(tuple(steps), routes)


def _patterns(node: Any) -> Iterator[tuple[Any, Any, Any]]:
    """Every triple pattern anywhere in a query's algebra."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "triples":
                yield from (tuple(t) for t in value)  # type: ignore[misc]
            else:
                yield from _patterns(value)
    elif isinstance(node, (list, tuple)):
        for item in node:
            yield from _patterns(item)


def _steps(s: Any, p: Any, o: Any) -> list[Step]:
    """A triple pattern as atomic steps (a sequence path through fresh terms)."""
    if isinstance(p, Variable):
        return [Step(s, frozenset({(ANY, False)}), o)]
    parts = p.args if isinstance(p, SequencePath) else [p]
    hops = [ways for part in parts if (ways := _ways(part)) is not None]
    if not hops:
        return []
    terms = [s, *(BNode() for _ in hops[1:]), o]
    return [Step(terms[i], ways, terms[i + 1]) for i, ways in enumerate(hops)]


def _ways(part: Any) -> frozenset[Direction] | None:
    """One part of a path as the directions it may step (None: the class hierarchy, kept whole)."""
    if isinstance(part, URIRef):
        return frozenset({(f"<{part}>".encode(), False)})
    if isinstance(part, InvPath) and isinstance(part.arg, URIRef):
        return frozenset({(f"<{part.arg}>".encode(), True)})
    if isinstance(part, MulPath) and part.path == RDFS.subClassOf and part.mod == "*":
        return None
    if isinstance(part, MulPath) and part.mod == "?":
        inner = _ways(part.path)
        if inner is not None:
            return inner
    if isinstance(part, AlternativePath):
        found = [_ways(arg) for arg in part.args]
        if all(ways is not None for ways in found):
            return frozenset(way for ways in found for way in ways)  # type: ignore[union-attr]
    if isinstance(part, Path):
        raise Unbounded(f"the path {part.n3()}")
    raise Unbounded(f"the predicate {part!r}")


def _routes(steps: list[Step], target: Step) -> Iterator[tuple[tuple[Step, bool], ...]]:
    """Every simple route from ?this to `target`, ending with `target` walked away from ?this."""
    def walk(term: Any, seen: frozenset[Any], route: tuple[tuple[Step, bool], ...]) -> Iterator[tuple[tuple[Step, bool], ...]]:
        for end, backward in ((target.a, False), (target.b, True)):
            if term == end:
                yield (*route, (target, backward))
        for step in steps:
            if step is target or not _is_node(step.a) or not _is_node(step.b):
                continue
            for start, end, backward in ((step.a, step.b, False), (step.b, step.a, True)):
                if term == start and end not in seen:
                    yield from walk(end, seen | {end}, (*route, (step, backward)))

    yield from walk(THIS, frozenset({THIS}), ())


def _is_node(term: Any) -> bool:
    """A term a route may pass through: a variable or a fresh term of a path (a constant binds nothing)."""
    return isinstance(term, (Variable, BNode))
