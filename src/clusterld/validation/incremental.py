"""Validation of a rebuild: only the focus nodes a change may affect, the earlier findings kept for the rest.

The build cache keeps, under a key digesting the shapes, the ontology and the validation's code, the findings of
the last validated union (each with the query that found it) and every graph's lines. A rebuild compares the
graphs with those: the triples added or removed are the change. For each query of the plan (a check, with the
targets of the shapes it checks), `scope` says which triple patterns it reads around its focus node; walking
from every changed triple a pattern matches back to ?this along the routes of that query gives the focus nodes
whose findings may differ, in the old union or the new one. Those nodes are validated again, with the same
compiled queries, on a small store holding every triple those queries can read for them (walking the routes
forward from them) and the class hierarchy; every other finding is the earlier one.

Whenever that cannot be bounded — no earlier run, a shape left to pyshacl, a query `scope` cannot bound, a
change to the class hierarchy or the ontology, a focus node that is not an IRI, or more affected nodes than
`LIMIT` allows — the whole union is validated, as without a cache; the result is the same either way.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Mapping, Sequence

from rdflib import Graph

from clusterld.buildcache import BuildCache
from clusterld.ntriples import NamedGraph, is_node, terms
from clusterld.validation.plan import Plan
from clusterld.validation.data import load
from clusterld.validation.engine import run_indexed
from clusterld.validation.findings import Finding
from clusterld.validation.scope import ANY, Scope, Step, Unbounded, scope

SUBCLASS = b"<http://www.w3.org/2000/01/rdf-schema#subClassOf>"
LIMIT = 0.2  # share of the union's subjects above which validating everything is as cheap
Indexed = list[tuple[int, Finding]]  # findings with the index of the check that found them


@dataclass(frozen=True)
class State:
    """What a validation leaves for the next: each graph's digest, the findings, the class hierarchy's lines and
    the scopes of the plan's checks (parsing the queries takes seconds)."""

    digests: Mapping[str, str]
    findings: tuple[tuple[int, Finding], ...]
    hierarchy: tuple[bytes, ...]
    scopes: tuple[tuple[Scope, ...], ...] | None  # each check's, as `plan_scopes` gives them


class Union:
    """The union of a release's graphs, looked up by subject and by object without loading it anywhere."""

    def __init__(self, graphs: Iterable[NamedGraph]) -> None:
        self.graphs = list(graphs)
        self.described: dict[bytes, list[NamedGraph]] = {}
        self.pointing: dict[bytes, list[bytes]] = {}  # each object looked up → the lines pointing at it
        for graph in self.graphs:
            for subject in graph.subjects:
                self.described.setdefault(subject, []).append(graph)

    def outgoing(self, nodes: set[bytes]) -> Iterable[bytes]:
        """Every line whose subject is one of `nodes`."""
        return (line for node in nodes for graph in self.described.get(node, ()) for line in graph.about(node))

    def incoming(self, nodes: set[bytes]) -> Iterable[bytes]:
        """Every line whose object is one of `nodes` (only graphs mentioning one are read, unless one is a literal)."""
        missing = nodes - self.pointing.keys()
        if missing:
            for node in missing:
                self.pointing[node] = []
            literal = any(not is_node(n) for n in missing)
            for graph in self.graphs:
                if literal or not graph.nodes.isdisjoint(missing):
                    for line in graph.lines:
                        obj = line[line.index(b" ", line.index(b" ") + 1) + 1:-3]
                        if obj in missing:
                            self.pointing[obj].append(line)
        return (line for node in nodes for line in self.pointing[node])


def follow(union: Union, nodes: set[bytes], step: Step, from_a: bool, lines: set[bytes] | None = None) -> set[bytes]:
    """The terms one step from `nodes` (standing at the step's a-end if `from_a`), the lines walked kept in `lines`."""
    found: set[bytes] = set()
    if not nodes:
        return found
    by_subject = {p for p, backward in step.ways if backward != from_a}  # the nodes are the triples' subjects
    by_object = {p for p, backward in step.ways if backward == from_a}
    for predicates, walked, end in ((by_subject, union.outgoing, 2), (by_object, union.incoming, 0)):
        if not predicates:
            continue
        for line in walked(nodes):
            triple = terms(line)
            if triple[1] in predicates or ANY in predicates:
                found.add(triple[end])  # the object when walking out of the nodes, the subject when walking in
                if lines is not None:
                    lines.add(line)
    return found


def affected(union: Union, scopes: Sequence[Scope], changed: set[bytes], cap: int) -> set[bytes]:
    """The focus nodes whose findings under queries of `scopes` a changed line may alter (walked in `union`)."""
    split = [terms(line) for line in changed]
    found: set[bytes] = set()
    for query in scopes:
        for route in query.routes:
            target, backward = route[-1]
            ends = _bindings(split, target, backward)
            for step, walked_back in reversed(route[:-1]):
                ends = follow(union, ends, step, from_a=walked_back)
            found |= ends
            if len(found) > cap:
                raise Unbounded("more affected focus nodes than validating everything costs")
    return found


def _bindings(split: list[tuple[bytes, bytes, bytes]], target: Step, backward: bool) -> set[bytes]:
    """The terms changed triples matching `target` bind at the end a route reaches it from (b if `backward`)."""
    ends: set[bytes] = set()
    for s, p, o in split:
        for predicate, inverse in target.ways:
            if predicate in (p, ANY):
                a, b = (o, s) if inverse else (s, o)
                ends.add(b if backward else a)
    return ends


def neighbourhood(union: Union, scopes: Sequence[Scope], focus: set[bytes]) -> set[bytes]:
    """Every line queries of `scopes` can read for the focus nodes `focus`: each route walked forward from them."""
    lines: set[bytes] = set(union.outgoing(focus))
    for query in scopes:
        for route in query.routes:
            nodes = set(focus)
            for step, walked_back in route:
                nodes = follow(union, nodes, step, from_a=not walked_back, lines=lines)
    return lines


def changed_lines(graphs: Mapping[str, NamedGraph], state: State, cache: BuildCache) -> set[bytes] | None:
    """The lines added to or removed from the union since `state` (None when an earlier graph's lines are gone)."""
    changed: set[bytes] = set()
    for name in state.digests.keys() | graphs.keys():
        old, new = state.digests.get(name), graphs.get(name)
        if new is not None and old == new.digest:
            continue
        # read, not kept: the graph as it was is kept only if the union still has it
        before = cache.get("validation-graphs", old, keep=False) if old is not None else ()
        if before is None:
            return None
        changed |= set(before).symmetric_difference(new.lines if new is not None else ())
    return changed


def plan_scopes(plan: Plan) -> tuple[tuple[Scope, ...], ...] | None:
    """Each check's scope and its targeted shapes' targets' (None when one cannot be bounded)."""
    try:
        focus = {f.marker: scope(f"{f.prologue}SELECT ?this WHERE {{ {f.pattern} }}") for f in plan.focus}
        queries = {check.query: scope(check.query) for check in plan.checks}
    except Unbounded:
        return None
    return tuple((queries[check.query], *(focus[plan.markers[top]] for top in sorted(check.tops, key=str)))
                 for check in plan.checks)


def revalidate(plan: Plan, graphs: Mapping[str, NamedGraph], ontology: list[bytes], state: State,
               cache: BuildCache) -> Indexed | None:
    """The findings of the union from `state` and the focus nodes the change affects, or None when they cannot
    be bounded (the caller validates everything)."""
    changed = changed_lines(graphs, state, cache)
    if state.scopes is None or changed is None or any(SUBCLASS in line for line in changed):
        return None
    union = Union(graphs.values())
    try:
        per_check = [affected(union, scopes, changed, int(LIMIT * len(union.described))) for scopes in state.scopes]
    except Unbounded:
        return None
    every = set().union(*per_check)
    if any(not node.startswith(b"<") for node in every):
        return None
    lines: set[bytes] = set()
    for index, nodes in enumerate(per_check):
        if nodes:
            lines |= neighbourhood(union, state.scopes[index], nodes)
    data = load([sorted(lines), state.hierarchy, ontology])
    try:
        found, unclear = run_indexed(plan, data)
    finally:
        data.store.close()
    if unclear:
        return None
    focus = [{node[1:-1].decode() for node in nodes} for nodes in per_check]
    kept = [(i, f) for i, f in state.findings if f.focus not in focus[i]]
    return kept + [(i, f) for i, f in found if f.focus in focus[i]]


def remember(graphs: Mapping[str, NamedGraph], findings: Indexed, scopes: tuple[tuple[Scope, ...], ...] | None,
             state: State | None, cache: BuildCache, key: str) -> None:
    """Keep what the next rebuild's validation starts from (each graph's lines once, under its digest); `state`
    is the one the findings were made from, if they were not made on the whole union."""
    known = set(state.digests.values()) if state is not None else set()
    for graph in graphs.values():
        if graph.digest not in known:
            cache.put("validation-graphs", graph.digest, graph.lines)
        else:
            cache.keep("validation-graphs", graph.digest)
    hierarchy = state.hierarchy if state is not None else tuple(
        line for graph in graphs.values() for line in graph.lines if SUBCLASS in line)
    digests = {name: graph.digest for name, graph in graphs.items()}
    cache.put("validation", key, State(digests, tuple(findings), hierarchy, scopes))


def ontology_lines(ontology: Graph) -> list[bytes]:
    """The ontology as N-Triples lines, mixed into the data as pyshacl mixes it."""
    return ontology.serialize(format="nt", encoding="utf-8").splitlines(keepends=True)

