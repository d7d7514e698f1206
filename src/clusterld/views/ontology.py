"""The ontology page, generated from the release's ontology graph: classes, properties, concept schemes, each
with labels, definitions and alignments, anchored so that data pages can link to each term."""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import Graph, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS

from clusterld.iris import CL, ONTOLOGY_IRI, SHAPES_IRI, VOCAB, split_concept
from clusterld.views.labels import Labels, Text

SDO = "https://schema.org/"
KINDS = (("Classes", OWL.Class), ("Object properties", OWL.ObjectProperty),
         ("Datatype properties", OWL.DatatypeProperty), ("Annotation properties", OWL.AnnotationProperty))
RELATIONS = (
    ("subclass of", RDFS.subClassOf), ("subproperty of", RDFS.subPropertyOf),
    ("equivalent to", OWL.equivalentClass), ("equivalent to", OWL.equivalentProperty),
    ("inverse of", OWL.inverseOf), ("domain includes", URIRef(SDO + "domainIncludes")),
    ("range includes", URIRef(SDO + "rangeIncludes")), ("exact match", SKOS.exactMatch),
    ("close match", SKOS.closeMatch), ("related match", SKOS.relatedMatch), ("broad match", SKOS.broadMatch),
    ("narrow match", SKOS.narrowMatch), ("broader", SKOS.broader),
)


@dataclass(frozen=True)
class Term:
    """A class, property or concept: its anchor, label, definition, comment and relations to other terms."""

    iri: URIRef
    anchor: str
    label: Text
    definition: Text | None
    comment: Text | None
    relations: tuple[tuple[str, tuple[URIRef, ...]], ...]


@dataclass(frozen=True)
class Section:
    """A heading and its terms."""

    title: str
    anchor: str
    description: Text | None
    terms: tuple[Term, ...]


@dataclass(frozen=True)
class OntologyView:
    """The whole ontology page."""

    iri: URIRef
    title: Text
    description: Text | None
    version: str | None
    licence: URIRef | None
    sections: tuple[Section, ...]


def term_anchor(iri: str) -> str | None:
    """The fragment of the ontology page that documents `iri`, if it is one of ours."""
    if iri.startswith(str(CL)):
        return iri[len(str(CL)):]
    concept = split_concept(iri)
    if concept:
        return f"{concept[0]}-{concept[1]}"
    rest = iri[len(VOCAB):] if iri.startswith(VOCAB) else ""
    if rest and "/" not in rest and "#" not in rest and iri not in (str(ONTOLOGY_IRI), str(SHAPES_IRI)):
        return rest  # a concept scheme
    return None


def _term(graph: Graph, iri: URIRef, label: Labels) -> Term:
    relations = []
    for name, predicate in RELATIONS:
        values = tuple(sorted((o for o in graph.objects(iri, predicate) if isinstance(o, URIRef)), key=str))
        if values:
            relations.append((name, values))
    return Term(iri, term_anchor(str(iri)) or str(iri), label(iri), label.text(graph.objects(iri, SKOS.definition)),
                label.text(graph.objects(iri, RDFS.comment)), tuple(relations))


def _terms(graph: Graph, subjects: set, label: Labels) -> tuple[Term, ...]:
    ours = (s for s in subjects if isinstance(s, URIRef) and term_anchor(str(s)))
    return tuple(sorted((_term(graph, s, label) for s in ours), key=lambda t: (str(t.label).casefold(), str(t.iri))))


def ontology_view(graph: Graph, label: Labels) -> OntologyView:
    """The ontology page from the ontology graph (the ontology and its concept schemes); `label` reads `graph`."""
    sections = []
    for title, kind in KINDS:
        terms = _terms(graph, set(graph.subjects(RDF.type, kind)), label)
        if terms:
            sections.append(Section(title, title.lower().replace(" ", "-"), None, terms))
    schemes = set(graph.subjects(RDF.type, SKOS.ConceptScheme)) | set(graph.objects(None, SKOS.inScheme))
    for scheme in sorted(schemes, key=str):
        terms = _terms(graph, set(graph.subjects(SKOS.inScheme, scheme)), label)
        sections.append(Section(str(label(scheme)), term_anchor(str(scheme)) or str(scheme),
                                label.text(graph.objects(scheme, DCTERMS.description)), terms))
    licence = graph.value(ONTOLOGY_IRI, DCTERMS.license)
    version = graph.value(ONTOLOGY_IRI, OWL.versionInfo)
    return OntologyView(
        iri=ONTOLOGY_IRI,
        title=label.text(graph.objects(ONTOLOGY_IRI, DCTERMS.title)) or Text("Ontology"),
        description=label.text(graph.objects(ONTOLOGY_IRI, DCTERMS.description)),
        version=str(version) if version is not None else None,
        licence=licence if isinstance(licence, URIRef) else None,
        sections=tuple(sections),
    )
