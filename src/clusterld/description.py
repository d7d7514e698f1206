"""An entity's description: the graph a `/doc/` page serves, built from direct index lookups on the store.

It holds the entity's own triples; the types and labels of everything it links to and of everything that
links to it; its incoming links; and its provenance: every fact node that mentions it (with the fact's own
triples, so a page can say the fact as a sentence), the excerpts those facts were derived from, and the
documents the excerpts are in.

Pages read it as a `Description`, a plain index of its triples; RDF representations get it as an rdflib graph.
"""

from __future__ import annotations

from typing import Any, Iterator, Union

from rdflib import Graph, URIRef
from rdflib.namespace import PROV, RDF, RDFS, SKOS

from clusterld.iris import CL
from clusterld.store import ServedRelease

SDO = "https://schema.org/"
LABEL_PREDICATES = (SKOS.prefLabel, RDFS.label, URIRef(SDO + "name"), URIRef(SDO + "headline"))
SUMMARY_PREDICATES = (RDF.type, *LABEL_PREDICATES)
DOCUMENT_PREDICATES = (*SUMMARY_PREDICATES, URIRef(SDO + "datePublished"), URIRef(SDO + "url"),
                       URIRef(SDO + "author"), URIRef(SDO + "publisher"))
_PRIMARY_SOURCE = str(PROV.hadPrimarySource)
Triple = tuple[Any, Any, Any]
Pattern = tuple[Any, Any, Any]


class Description:
    """Triples indexed as rdflib's memory store indexes them (subject, predicate-object and object-subject
    dictionaries, so a pattern gives its matches in the same order) without its per-triple bookkeeping
    (contexts, events), which made building a page's graph the slowest step of a page.

    Built by `description` only, so every subject in it has all its types and labels with it.
    """

    def __init__(self) -> None:
        self._spo: dict[Any, dict[Any, dict[Any, None]]] = {}
        self._pos: dict[Any, dict[Any, dict[Any, None]]] = {}
        self._osp: dict[Any, dict[Any, dict[Any, None]]] = {}
        self._size = 0

    def add(self, triple: Triple) -> None:
        """Add one triple (a triple already there is not added twice)."""
        s, p, o = triple
        objects = self._spo.setdefault(s, {}).setdefault(p, {})
        if o not in objects:
            objects[o] = None
            self._pos.setdefault(p, {}).setdefault(o, {})[s] = None
            self._osp.setdefault(o, {}).setdefault(s, {})[p] = None
            self._size += 1

    def __len__(self) -> int:
        return self._size

    def __iter__(self) -> Iterator[Triple]:
        return self.triples((None, None, None))

    def __contains__(self, pattern: Pattern) -> bool:
        return next(self.triples(pattern), None) is not None

    def describes(self, node: Any) -> bool:
        """Whether `node` is a subject here (and so has all its labels here)."""
        return node in self._spo

    def triples(self, pattern: Pattern) -> Iterator[Triple]:
        """The triples matching a pattern (None as wildcard)."""
        s, p, o = pattern
        if s is not None:
            for predicate, objects in (self._spo.get(s, {}).items() if p is None else [(p, self._spo.get(s, {}).get(p, {}))]):
                if o is None:
                    yield from ((s, predicate, obj) for obj in objects)
                elif o in objects:
                    yield s, predicate, o
        elif p is not None:
            by_object = self._pos.get(p, {})
            for obj, subjects in (by_object.items() if o is None else [(o, by_object.get(o, {}))]):
                yield from ((subject, p, obj) for subject in subjects)
        elif o is not None:
            for subject, predicates in self._osp.get(o, {}).items():
                yield from ((subject, predicate, o) for predicate in predicates)
        else:
            for subject, by_predicate in self._spo.items():
                for predicate, objects in by_predicate.items():
                    yield from ((subject, predicate, obj) for obj in objects)

    def objects(self, subject: Any = None, predicate: Any = None) -> Iterator[Any]:
        """Objects of the triples matching (subject, predicate, *)."""
        return (o for _, _, o in self.triples((subject, predicate, None)))

    def subjects(self, predicate: Any = None, object: Any = None) -> Iterator[Any]:  # noqa: A002 (rdflib's name)
        """Subjects of the triples matching (*, predicate, object)."""
        return (s for s, _, _ in self.triples((None, predicate, object)))

    def predicate_objects(self, subject: Any = None) -> Iterator[tuple[Any, Any]]:
        """Predicates and objects of the triples matching (subject, *, *)."""
        return ((p, o) for _, p, o in self.triples((subject, None, None)))

    def value(self, subject: Any = None, predicate: Any = None) -> Any:
        """One object of (subject, predicate, *), the first rdflib's memory store would give, or None."""
        return next(self.objects(subject, predicate), None)

    def graph(self) -> Graph:
        """The same triples as an rdflib graph (for its serialisers)."""
        graph = Graph()
        graph.addN((s, p, o, graph) for s, p, o in self)
        return graph


# what views read a description from: a `Description`, or any rdflib graph
Triples = Union[Description, Graph]


def is_fact(store: ServedRelease, node: URIRef) -> bool:
    """Whether `node` is a fact node: it carries provenance back to a source document."""
    return next(iter(store.quads(str(node), _PRIMARY_SOURCE)), None) is not None


def exists(store: ServedRelease, iri: str) -> bool:
    """Whether the release says anything about `iri` (as a subject)."""
    return next(iter(store.quads(iri)), None) is not None


def _add_quads(store: ServedRelease, graph: Description, subject: Any, predicates: tuple[URIRef, ...] = ()) -> None:
    """Add the triples of `subject`: all of them, or those with one of `predicates`."""
    for predicate in predicates or (None,):
        for s, p, o, _ in store.quads(str(subject), None if predicate is None else str(predicate)):
            graph.add((s, p, o))


def description(store: ServedRelease, iri: str) -> Description | None:
    """The description of `iri`, or None when the release has no triple about it.

    Every lookup but the one for incoming links names a subject (and a predicate, for the types and labels of
    linked entities): those are the questions a store answers fastest, and keeps the answers to.
    """
    node = URIRef(iri)
    graph = Description()
    _add_quads(store, graph, node)
    if not graph:
        return None
    summarised: set[Any] = set()
    for s, p, _, _ in store.quads(obj=node):
        graph.add((s, p, node))
        summarised.add(s)
    facts = {s for s in summarised if isinstance(s, URIRef) and is_fact(store, s)}
    if is_fact(store, node):
        facts.add(node)
    for fact in sorted(facts - {node}):
        _add_quads(store, graph, fact)
    rdf_type = RDF.type  # named once: through its namespace, a term is looked up anew at each use
    linked = {o for s in facts | {node} for p, o in graph.predicate_objects(s) if isinstance(o, URIRef) and p != rdf_type}
    excerpts = {o for s in facts for o in graph.objects(s, PROV.wasDerivedFrom)}
    for excerpt in sorted(excerpts):
        _add_quads(store, graph, excerpt)
    documents = {o for p in (PROV.hadPrimarySource, CL.inDocument) for o in graph.objects(None, p) if isinstance(o, URIRef)}
    for document in sorted(documents - {node}):
        _add_quads(store, graph, document, DOCUMENT_PREDICATES)
    for other in sorted((linked | summarised) - facts - excerpts - documents - {node}):
        _add_quads(store, graph, other, SUMMARY_PREDICATES)
    return graph


def describe(store: ServedRelease, iri: str) -> Graph | None:
    """The description graph of `iri`, or None when the release has no triple about it."""
    found = description(store, iri)
    return None if found is None else found.graph()


def named_graph(store: ServedRelease, name: str) -> Graph | None:
    """Every triple of one named graph of the release, or None if it has no such graph."""
    graph = Graph()
    for s, p, o, _ in store.quads(graph=name):
        graph.add((s, p, o))
    return graph if len(graph) else None
