"""Stage 3, graph: records mapped to RDF, one named graph per document, one for the registry, one for the
ontology and one per extra RDF file (`registry`, `documents`, `extra`, in the words of `vocabulary`). The
README's "RDF model" tables describe the result.

Each graph is kept as canonical N-Triples (`ntriples.NamedGraph`). With a build cache, a document's graph (or
the registry's) is reused from an earlier build of the same file, base and publish_text setting when every id
it refers to is still of the kind it was (the kind decides the IRI).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Mapping

from rdflib import Graph, URIRef

from clusterld.buildcache import BuildCache, lookup_cached
from clusterld.graph.documents import document_graph
from clusterld.graph.extra import extra_graphs
from clusterld.graph.registry import registry_graph
from clusterld.graph.vocabulary import PREFIXES, SDO, date_literal, decimal_literal
from clusterld.iris import Minter
from clusterld.ntriples import NamedGraph, NamedGraphs, named_graph
from clusterld.records import Records
from clusterld.store import reserialize, stored_lines

__all__ = ["PREFIXES", "SDO", "Canonical", "ReleaseGraphs", "canonical", "date_literal", "decimal_literal", "map_records"]

Canonical = tuple[NamedGraph, NamedGraph]  # a graph's lines as mapped and as the store keeps them


@dataclass(frozen=True)
class ReleaseGraphs:
    """The mapped dataset: named graphs, and the source file:line of every subject minted from the input."""

    graphs: NamedGraphs
    sources: Mapping[str, str] = field(repr=False)

    def union(self) -> Graph:
        """All triples of all graphs in one graph."""
        return Graph().parse(data=b"".join(line for g in self.graphs.named.values() for line in g.lines), format="nt")

    def quads(self) -> Iterable[tuple[Any, Any, Any, URIRef]]:
        for name, graph in self.graphs.items():
            for s, p, o in graph:
                yield s, p, o, name


def map_records(records: Records, base: str, publish_text: bool, cache: BuildCache | None = None) -> ReleaseGraphs:
    """Map checked records to named graphs under `base`."""
    mint = Minter(base)
    kinds = records.kinds()
    sources: dict[str, str] = {}

    def mapped(key: tuple[Any, ...], make: Callable[[Callable[[str], URIRef], dict[str, str]], Graph]) -> Canonical:
        """`make(ref, sources)` as canonical lines, or what an earlier build made if every id it looked up is unchanged."""

        def compute(looked_up: Mapping[str, str]) -> tuple[Canonical, dict[str, str]]:
            found: dict[str, str] = {}
            graph = make(lambda ident: mint.thing(looked_up[ident], ident), found)
            return canonical(graph), found

        graph, found = lookup_cached(cache, "map", cache.key(__name__, *key) if cache is not None else "", kinds, compute)
        sources.update(found)
        return graph

    files = tuple(dict.fromkeys((str(e.origin.file), e.digest) for e in records.entities))
    graphs = {mint.registry_graph: mapped(("registry", base, files), lambda ref, found: registry_graph(records.entities, ref, found))}
    for document in records.documents:
        key = ("document", base, publish_text, str(document.origin.file), document.digest)
        graphs[mint.document_graph(document.id)] = mapped(key, lambda ref, found: document_graph(document, mint, ref, publish_text, found))
    graphs[mint.ontology_graph] = canonical(records.ontology)
    for name, graph in extra_graphs(records.rdf_files, mint).items():
        extra = canonical(graph)
        if name in graphs:  # a quads file may add to a graph the mapping made
            extra = (named_graph(graphs[name][0].lines + extra[0].lines), named_graph(graphs[name][1].lines + extra[1].lines))
        graphs[name] = extra
    named = {name: pair[0] for name, pair in graphs.items()}
    return ReleaseGraphs(NamedGraphs(named, {name: pair[1] for name, pair in graphs.items()}, cache), sources)


def canonical(graph: Graph) -> Canonical:
    """A graph as canonical N-Triples, as mapped (what validation reads) and as the store keeps it."""
    ntriples = graph.serialize(format="nt", encoding="utf-8")
    mapped = named_graph(reserialize(ntriples, "nt", {}).splitlines(keepends=True))
    same = {line: line for line in mapped.lines}  # most lines are stored as mapped: keep them once in memory and cache
    return mapped, named_graph(same.get(line, line) for line in stored_lines(ntriples))
