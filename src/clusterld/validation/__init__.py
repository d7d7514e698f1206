"""SHACL validation of a release's data (the only code that uses pyshacl): the validate stage.

Two tiers, as DCAT-AP does: `sh:Violation` fails the build, `sh:Warning` and `sh:Info` are reported.

The shapes are compiled to SPARQL (`compile`, `sparql`, into a `plan`) and run on an in-memory store holding the
union of the release's graphs and the ontology (`data`, `engine`), so the whole release is checked at once,
cross-document constraints included. The findings are exactly those pyshacl reports on the same union (tests hold the two
to that): values are tested as pyshacl reads them (`terms`), and every targeted shape that uses something the
compiler does not support — or whose findings depend on values the store cannot tell apart — is validated by
pyshacl itself (`reference`). A build with its cache validates again only the focus nodes a change since the last
build may affect, and keeps the other findings (`incremental`, `scope`); the report is the same.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Callable, Mapping, Sequence

from rdflib import Graph

from clusterld.buildcache import BuildCache
from clusterld.ntriples import NamedGraph
from clusterld.validation import incremental, reference
from clusterld.validation.compile import compile_shapes
from clusterld.validation.plan import Plan
from clusterld.validation.data import load
from clusterld.validation.engine import run, run_indexed
from clusterld.validation.findings import Finding, Report, report

__all__ = ["Finding", "Report", "load_shapes", "plan", "shapes_digest", "validate", "validate_graph", "validate_release"]


def load_shapes(shapes_dir: Path) -> Graph:
    """Parse every Turtle file in shapes/ into one shapes graph."""
    shapes = Graph()
    for path in sorted(shapes_dir.glob("*.ttl")):
        shapes.parse(path, format="turtle")
    return shapes


def shapes_digest(shapes_dir: Path) -> str:
    """A digest of the shapes files (names and bytes): the shapes a cached validation was made with."""
    digest = hashlib.sha256()
    for path in sorted(shapes_dir.glob("*.ttl")):
        digest.update(f"{path.name}\n".encode() + hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def plan(shapes: Graph) -> Plan:
    """The SPARQL queries the shapes compile to, and the targeted shapes left to pyshacl (with the reason)."""
    return compile_shapes(shapes)


def validate(
    graphs: Sequence[Sequence[bytes]], shapes: Graph, ontology: Graph, sources: Mapping[str, str] | None = None
) -> Report:
    """Validate the union of graphs given as N-Triples lines, with `ontology` mixed in as pyshacl mixes it (for the
    class hierarchy); `sources` names the file each focus node came from."""
    union = lambda: Graph().parse(data=b"".join(line for lines in graphs for line in lines), format="nt")  # noqa: E731
    return _validate(graphs, shapes, ontology, sources or {}, union)


def validate_release(
    graphs: Mapping[str, NamedGraph], shapes: Graph, ontology: Graph, sources: Mapping[str, str],
    cache: BuildCache | None = None, shapes_key: str = "",
) -> Report:
    """Validate a release's graphs (by name) as `validate` does; with the build's cache, only the focus nodes the
    change since the last validation with the same shapes (`shapes_key`), ontology and code may affect
    (`incremental`)."""
    if cache is None:
        return validate([g.lines for g in graphs.values()], shapes, ontology, sources)
    compiled = compile_shapes(shapes)
    lines = incremental.ontology_lines(ontology)
    # a change to the ontology (blank nodes aside, its lines' order is fixed) validates everything again
    key = cache.key(incremental.__name__, shapes_key, hashlib.sha256(b"".join(sorted(lines))).digest())
    state = cache.get("validation", key)
    found = None
    if isinstance(state, incremental.State) and not compiled.reference:
        found = incremental.revalidate(compiled, graphs, lines, state, cache)
    if found is None and not compiled.reference:
        data = load([*(g.lines for g in graphs.values()), lines])
        try:
            indexed, unclear = run_indexed(compiled, data)
        finally:
            data.store.close()
        found = None if unclear else indexed
        made_from = None
    else:
        made_from = state
    if found is None:  # pyshacl has a part: as without a cache, nothing kept
        return validate([g.lines for g in graphs.values()], shapes, ontology, sources)
    scopes = state.scopes if isinstance(state, incremental.State) else incremental.plan_scopes(compiled)
    incremental.remember(graphs, found, scopes, made_from, cache, key)
    return report((finding for _, finding in found), sources)


def validate_graph(data: Graph, shapes: Graph, ontology: Graph, sources: Mapping[str, str] | None = None) -> Report:
    """Validate an rdflib graph, the same way as `validate`."""
    return _validate([_lines(data)], shapes, ontology, sources or {}, lambda: data)


def _validate(
    graphs: Sequence[Sequence[bytes]], shapes: Graph, ontology: Graph, sources: Mapping[str, str], union: Callable[[], Graph]
) -> Report:
    data = load([*graphs, _lines(ontology)])
    excluded: set = set()
    try:
        while True:
            compiled = compile_shapes(shapes, excluded)
            found, unclear = run(compiled, data)
            if not unclear:
                break
            excluded |= unclear
    finally:
        data.store.close()  # before pyshacl, which reads the union itself, and the stages after this one
    if compiled.reference:
        found += reference.validate(union(), shapes, ontology, only=compiled.reference)
    return report(found, sources)


def _lines(graph: Graph) -> list[bytes]:
    return graph.serialize(format="nt", encoding="utf-8").splitlines(keepends=True)
