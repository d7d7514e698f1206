"""What an entity page shows, read from its description graph: grouped properties, facts as sentences with
their evidence, incoming links and the documents it is mentioned in. Templates only lay this out."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterable, cast

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, ORG, OWL, PROV, RDF, RDFS, SKOS

from clusterld.description import Triples
from clusterld.iris import CL
from clusterld.views.labels import Labels, Text, pick
from clusterld.views.sentences import Part, fact_kind, sentence

SDO = "https://schema.org/"


def _s(*locals_: str) -> tuple[URIRef, ...]:
    return tuple(URIRef(SDO + name) for name in locals_)


GROUPS: tuple[tuple[str, tuple[URIRef, ...]], ...] = (
    ("Names", (SKOS.prefLabel, *_s("name"), SKOS.altLabel, *_s("alternateName", "description", "headline"), RDFS.label)),
    ("Organisation and network", (CL.facilitates, CL.facilitatedBy, ORG.subOrganizationOf, ORG.memberOf, CL.operatedBy,
                                  *_s("alumniOf"), CL.launchedBy, CL.promotedBy, CL.party, ORG.member, ORG.organization,
                                  ORG.role, CL.roleLabel)),
    ("Event", (CL.eventType, *_s("organizer", "attendee", "contributor"), CL.speaker, CL.trainer, CL.visited,
               *_s("superEvent", "subEvent"), CL.signedDuring, CL.partOfProgramme, CL.edition, CL.concerns)),
    ("Figures", (CL.observedEntity, CL.indicator, CL.qualifier, CL.value, CL.unit)),
    ("Topics and sectors", (CL.sector, ORG.classification, CL.topic, *_s("about", "text"))),
    ("Places", (CL.basedIn, CL.region, *_s("location", "containedInPlace"))),
    ("Dates", (*_s("foundingDate", "startDate", "endDate", "datePublished", "observationDate"), CL.signingDate,
               CL.startDate, CL.endDate, CL.periodStart, CL.periodEnd)),
    ("Publication", (*_s("author", "publisher", "inLanguage"), DCTERMS.language, CL.characterCount, CL.sha256)),
    ("Statement", (RDF.subject, RDF.predicate, RDF.object)),
    ("Excerpt", (CL.inDocument, CL.charStart, CL.charEnd, CL.exactText)),
    ("Links", (*_s("url", "sameAs", "identifier"), OWL.sameAs, SKOS.exactMatch, SKOS.closeMatch)),
)
# shown elsewhere on the page: types in the heading, provenance in its own section, full text on the document page
SHOWN_ELSEWHERE = {RDF.type, PROV.wasDerivedFrom, PROV.hadPrimarySource, CL.attestedOn, CL.derivationNote,
                   CL.confidence, CL.text}


@dataclass(frozen=True)
class Row:
    """One property and its values (or, for incoming links, the subjects that point here with it)."""

    predicate: URIRef
    values: tuple[object, ...]


@dataclass(frozen=True)
class Group:
    """Properties that belong together under one heading."""

    title: str
    rows: tuple[Row, ...]


@dataclass(frozen=True)
class Evidence:
    """A quote a fact was derived from, where it is in which document."""

    excerpt: URIRef
    quote: str
    document: URIRef
    start: int
    end: int


@dataclass(frozen=True)
class FactView:
    """A fact node said as a sentence, with its evidence and the qualifiers of its derivation."""

    iri: URIRef
    kind: str
    sentence: tuple[Part, ...]
    evidence: tuple[Evidence, ...]
    documents: tuple[URIRef, ...]
    attested: str | None
    note: Text | None
    confidence: str | None


@dataclass(frozen=True)
class EntityView:
    """Everything an entity page shows."""

    iri: URIRef
    title: Text
    types: tuple[URIRef, ...]
    description: Text | None
    groups: tuple[Group, ...]
    own: FactView | None
    facts: tuple[FactView, ...]
    incoming: tuple[Row, ...]
    documents: tuple[URIRef, ...]


# Every order below is total (labels tie-broken by IRI): the store's order of a pattern's matches differs between
# the on-disk store, a copy in memory and a remote store, and a page must be the same bytes from each.


def _sorted_values(values: Iterable[object], label: Callable[[object], Text]) -> tuple[object, ...]:
    def key(value: object) -> tuple:
        if isinstance(value, Literal):
            return (1, value.language or "", str(value))
        return (0, str(label(value)).casefold(), str(value))
    return tuple(sorted(set(values), key=key))


def property_groups(graph: Triples, iri: URIRef, label: Labels) -> tuple[Group, ...]:
    """The entity's own properties under headings, unknown properties last under "Other"."""
    by_predicate: dict[URIRef, list[object]] = {}
    for p, o in graph.predicate_objects(iri):
        if p not in SHOWN_ELSEWHERE:
            by_predicate.setdefault(cast(URIRef, p), []).append(o)  # a predicate is always an IRI
    groups = []
    placed: set[URIRef] = set()
    for title, predicates in GROUPS:
        rows = tuple(Row(p, _sorted_values(by_predicate[p], label)) for p in predicates if p in by_predicate)
        placed.update(predicates)
        if rows:
            groups.append(Group(title, rows))
    others = sorted((p for p in by_predicate if p not in placed), key=lambda p: (str(label(p)), str(p)))
    if others:
        groups.append(Group("Other", tuple(Row(p, _sorted_values(by_predicate[p], label)) for p in others)))
    return tuple(groups)


def fact_view(graph: Triples, fact: URIRef, languages: list[str]) -> FactView | None:
    """One fact node as a sentence with its evidence, or None if it is no fact."""
    kind = fact_kind(graph, fact)
    if kind is None:
        return None
    evidence = []
    for excerpt in graph.objects(fact, PROV.wasDerivedFrom):
        quote, document = graph.value(excerpt, CL.exactText), graph.value(excerpt, CL.inDocument)
        start, end = graph.value(excerpt, CL.charStart), graph.value(excerpt, CL.charEnd)
        if (quote is not None and isinstance(excerpt, URIRef) and isinstance(document, URIRef)
                and isinstance(start, Literal) and isinstance(end, Literal)):
            evidence.append(Evidence(excerpt, str(quote), document, int(start), int(end)))
    evidence.sort(key=lambda e: (str(e.document), e.start, e.end, str(e.excerpt)))
    documents = sorted({e.document for e in evidence} | {d for d in graph.objects(fact, PROV.hadPrimarySource)
                                                         if isinstance(d, URIRef)}, key=str)
    attested = graph.value(fact, CL.attestedOn)
    confidence = graph.value(fact, CL.confidence)
    note = pick(graph.objects(fact, CL.derivationNote), languages)
    return FactView(fact, kind, sentence(graph, fact, languages), tuple(evidence), tuple(documents),
                    str(attested) if attested is not None else None, note,
                    str(confidence) if confidence is not None else None)


# the dates facts are ordered by, the first a fact has (made once: every fact of a page is dated)
FACT_DATES = (CL.signingDate, URIRef(SDO + "startDate"), URIRef(SDO + "observationDate"), CL.periodEnd,
              CL.startDate, CL.attestedOn)


def _fact_date(graph: Triples, fact: URIRef) -> str:
    for predicate in FACT_DATES:
        value = graph.value(fact, predicate)
        if value is not None:
            return str(value)
    return ""


def entity_view(graph: Triples, iri: URIRef, label: Labels) -> EntityView:
    """The page of `iri` from its description graph."""
    languages = list(label.languages)
    facts = sorted({s for s, _, _ in graph.triples((None, None, iri)) if isinstance(s, URIRef) and s != iri
                    and (s, PROV.hadPrimarySource, None) in graph},
                   key=lambda f: (_fact_date(graph, f), str(f)))
    fact_views = tuple(v for v in (fact_view(graph, f, languages) for f in facts) if v is not None)
    incoming: dict[URIRef, list[object]] = {}
    for s, p, _ in graph.triples((None, None, iri)):
        if s not in facts and p not in (CL.inDocument, PROV.hadPrimarySource) and s != iri:
            incoming.setdefault(cast(URIRef, p), []).append(s)  # a predicate is always an IRI
    own = fact_view(graph, iri, languages) if (iri, PROV.hadPrimarySource, None) in graph else None
    documents = {d for view in (*fact_views, *((own,) if own else ())) for d in view.documents}
    return EntityView(
        iri=iri,
        title=label(iri),
        types=tuple(sorted((t for t in graph.objects(iri, RDF.type) if isinstance(t, URIRef)),
                           key=lambda t: (str(label(t)), str(t)))),
        description=label.text(graph.objects(iri, URIRef(SDO + "description"))),
        groups=property_groups(graph, iri, label),
        own=own,
        facts=fact_views,
        incoming=tuple(Row(p, _sorted_values(subjects, label))
                       for p, subjects in sorted(incoming.items(), key=lambda item: (str(label(item[0])), str(item[0])))),
        documents=tuple(sorted(documents, key=str)),
    )
