"""An entity's description: the graph a `/doc/` page serves, built from direct index lookups on the store.

It holds the entity's own triples; the types and labels of everything it links to and of everything that
links to it; its incoming links; and its provenance: every fact node that mentions it (with the fact's own
triples, so a page can say the fact as a sentence), the excerpts those facts were derived from, and the
documents the excerpts are in.
"""

from __future__ import annotations

from typing import Iterable

from rdflib import Graph, URIRef
from rdflib.namespace import PROV, RDF, RDFS, SKOS

from clusterld.iris import CL
from clusterld.store import ServedRelease

SDO = "https://schema.org/"
LABEL_PREDICATES = (SKOS.prefLabel, RDFS.label, URIRef(SDO + "name"), URIRef(SDO + "headline"))
SUMMARY_PREDICATES = (RDF.type, *LABEL_PREDICATES)
DOCUMENT_PREDICATES = (*SUMMARY_PREDICATES, URIRef(SDO + "datePublished"), URIRef(SDO + "url"),
                       URIRef(SDO + "author"), URIRef(SDO + "publisher"))


def _triples(store: ServedRelease, subject: str | None = None, predicate: str | None = None,
             obj: URIRef | None = None) -> Iterable[tuple]:
    for s, p, o, _ in store.quads(subject, predicate, obj):
        yield s, p, o


def _add_summary(store: ServedRelease, graph: Graph, node: URIRef, predicates: Iterable[URIRef]) -> None:
    for predicate in predicates:
        for triple in _triples(store, str(node), str(predicate)):
            graph.add(triple)


def is_fact(store: ServedRelease, node: URIRef) -> bool:
    """Whether `node` is a fact node: it carries provenance back to a source document."""
    return next(iter(store.quads(str(node), str(PROV.hadPrimarySource))), None) is not None


def exists(store: ServedRelease, iri: str) -> bool:
    """Whether the release says anything about `iri` (as a subject)."""
    return next(iter(store.quads(iri)), None) is not None


def describe(store: ServedRelease, iri: str) -> Graph | None:
    """The description graph of `iri`, or None when the release has no triple about it."""
    node = URIRef(iri)
    graph = Graph()
    for triple in _triples(store, iri):
        graph.add(triple)
    if not graph:
        return None
    summarised: set[URIRef] = set()
    for s, p, _ in list(_triples(store, obj=node)):
        graph.add((s, p, node))
        summarised.add(s)
    facts = {s for s in summarised if isinstance(s, URIRef) and is_fact(store, s)}
    if is_fact(store, node):
        facts.add(node)
    for fact in facts:
        for triple in _triples(store, str(fact)):
            graph.add(triple)
    linked = {o for s, p, o in graph if s in facts | {node} and isinstance(o, URIRef) and p != RDF.type}
    excerpts = {o for s, p, o in graph if s in facts and p == PROV.wasDerivedFrom}
    for excerpt in excerpts:
        for triple in _triples(store, str(excerpt)):
            graph.add(triple)
    documents = {o for s, p, o in graph if p in (PROV.hadPrimarySource, CL.inDocument) and isinstance(o, URIRef)}
    for document in sorted(documents - {node}):
        _add_summary(store, graph, document, DOCUMENT_PREDICATES)
    for other in sorted((linked | summarised) - facts - excerpts - documents - {node}):
        _add_summary(store, graph, other, SUMMARY_PREDICATES)
    return graph


def named_graph(store: ServedRelease, name: str) -> Graph | None:
    """Every triple of one named graph of the release, or None if it has no such graph."""
    graph = Graph()
    for s, p, o, _ in store.quads(graph=name):
        graph.add((s, p, o))
    return graph if len(graph) else None
