"""A document's graph: the document, the excerpts its facts quote, and each fact with its provenance."""

from __future__ import annotations

from typing import Any

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, PROV, RDF, SKOS, XSD

from clusterld.graph.vocabulary import CURIE, EVENT_TYPES, PARTICIPATION, SDO, add_langs, date_literal, decimal_literal
from clusterld.iris import CL, Minter, concept
from clusterld.records import Document, Fact, IsoDate
from clusterld.schemas import RELATIONS


def document_graph(document: Document, mint: Minter, ref: Any, publish_text: bool, sources: dict[str, str]) -> Graph:
    """A document's graph; `ref` gives an id's IRI, `sources` gets each subject's file:line."""
    g = Graph()
    v = document.values
    d = mint.thing("document", document.id)
    sources[str(d)] = str(document.origin)
    for t in (SDO.NewsArticle, FOAF.Document, PROV.Entity):
        g.add((d, RDF.type, t))
    language = v["language"]
    g.add((d, SDO.headline, Literal(v["title"], lang=language)))
    g.add((d, SDO.inLanguage, Literal(language)))
    g.add((d, DCTERMS.language, Literal(language)))
    g.add((d, CL.sha256, Literal(document.sha256, datatype=XSD.hexBinary)))
    g.add((d, CL.characterCount, Literal(len(document.text), datatype=XSD.nonNegativeInteger)))
    if document.published:
        g.add((d, SDO.datePublished, date_literal(document.published)))
    if "published_note" in v:
        g.add((d, CL.derivationNote, Literal(v["published_note"], lang="en")))
    if "author" in v:
        g.add((d, SDO.author, Literal(v["author"])))
    for key, predicate in (("author_id", SDO.author), ("publisher", SDO.publisher)):
        if key in v:
            g.add((d, predicate, ref(v[key])))
    if "source_url" in v:
        g.add((d, SDO.url, URIRef(v["source_url"])))
    if publish_text and v.get("publish_text"):
        g.add((d, CL.text, Literal(document.text)))
    for fact in document.facts:
        excerpts = []
        for ev in fact.evidence:
            e = mint.excerpt(document.id, ev.start, ev.end)
            excerpts.append(e)
            for t in (CL.Excerpt, SDO.CreativeWork):
                g.add((e, RDF.type, t))
            g.add((e, CL.inDocument, d))
            g.add((e, CL.charStart, Literal(ev.start, datatype=XSD.nonNegativeInteger)))
            g.add((e, CL.charEnd, Literal(ev.end, datatype=XSD.nonNegativeInteger)))
            g.add((e, CL.exactText, Literal(ev.quote)))
        for node in _fact(g, fact, mint, ref):
            sources[str(node)] = str(fact.origin)
            for e in excerpts:
                g.add((node, PROV.wasDerivedFrom, e))
            g.add((node, PROV.hadPrimarySource, d))
            if document.published:
                g.add((node, CL.attestedOn, date_literal(document.published)))
            if "note" in fact.values:
                g.add((node, CL.derivationNote, Literal(fact.values["note"], lang="en")))
            if "confidence" in fact.values:
                g.add((node, CL.confidence, decimal_literal(fact.values["confidence"])))
    return g


def _fact(g: Graph, fact: Fact, mint: Minter, ref: Any) -> list[URIRef]:
    """Add a fact's own triples; return the nodes that carry its provenance."""
    v = fact.values
    node = mint.thing(fact.type, fact.id)

    def add(predicate: URIRef, key: str, scheme: str | None = None) -> None:
        values = v.get(key)
        for item in values if isinstance(values, tuple) else ([values] if values is not None else []):
            obj = concept(scheme, item) if scheme else (date_literal(item) if isinstance(item, IsoDate) else ref(item))
            g.add((node, predicate, obj))

    def types(*classes: URIRef) -> None:
        for t in classes:
            g.add((node, RDF.type, t))

    if fact.type == "agreement":
        types(CL.Agreement, ORG.OrganizationalCollaboration, SDO.Intangible)
        add_langs(g, node, (SKOS.prefLabel, SDO.name), v["label"])
        for predicate, key in ((CL.party, "parties"), (CL.signingDate, "date"), (SDO.location, "place"),
                               (CL.signedDuring, "signed_during"), (CL.concerns, "concerns"), (CL.partOfProgramme, "programme")):
            add(predicate, key)
        add(CL.topic, "topics", "topic")
    elif fact.type == "event":
        types(CL.Event, SDO.Event, *EVENT_TYPES.get(v["kind"], ()))
        add_langs(g, node, (SKOS.prefLabel, SDO.name), v["label"])
        add(CL.eventType, "kind", "event-type")
        add(CL.topic, "topics", "topic")
        for predicate, key in ((SDO.startDate, "start"), (SDO.endDate, "end"), (SDO.location, "places"),
                               (SDO.organizer, "organizers"), (SDO.contributor, "contributors"), (SDO.attendee, "attendees"),
                               (SDO.superEvent, "super_event"), (CL.partOfProgramme, "programme"), (CL.visited, "visited")):
            add(predicate, key)
        if "super_event" in v:
            g.add((ref(v["super_event"]), SDO.subEvent, node))
        if "edition" in v:
            g.add((node, CL.edition, Literal(v["edition"])))
    elif fact.type in ("role", "membership"):
        types(ORG.Membership, SDO.OrganizationRole)
        member = v.get("person") or v["member"]
        g.add((node, ORG.member, ref(member)))
        add(ORG.organization, "organisation")
        add(ORG.role, "role", "role")
        add_langs(g, node, (CL.roleLabel,), v.get("role_label", {}))
        add(CL.startDate, "start")
        add(CL.endDate, "end")
        if fact.type == "membership":
            g.add((ref(member), ORG.memberOf, ref(v["organisation"])))
    elif fact.type == "observation":
        types(CL.Observation, SDO.Observation)
        add(CL.observedEntity, "about")
        g.add((node, CL.value, decimal_literal(v["value"])))
        for predicate, key, scheme in ((CL.indicator, "indicator", "indicator"), (CL.unit, "unit", "unit"),
                                       (CL.qualifier, "qualifier", "qualifier"), (CL.sector, "sector", "sector")):
            add(predicate, key, scheme)
        for predicate, key in ((CL.region, "place"), (SDO.observationDate, "date"),
                               (CL.periodStart, "period_start"), (CL.periodEnd, "period_end")):
            add(predicate, key)
    elif fact.type == "claim":
        types(CL.Claim, SDO.Claim, *((SDO.Quotation,) if v.get("kind") == "quotation" else ()))
        add(SDO.about, "about")
        add(SDO.author, "by")
        add_langs(g, node, (SDO.text,), v["text"])
    else:
        return _assertions(g, fact, mint, ref)
    return [node]


def _assertions(g: Graph, fact: Fact, mint: Minter, ref: Any) -> list[URIRef]:
    """Founding, publication, participation, relation: the direct triple plus a reified cl:Assertion."""
    v = fact.values
    triples: list[tuple[URIRef, URIRef, Any]]
    if fact.type == "founding":
        triples = [(ref(v["organisation"]), SDO.foundingDate, date_literal(v["date"]))]
    elif fact.type == "publication":
        work = ref(v["work"])
        triples = [(work, SDO.datePublished, date_literal(v["date"]))]
        triples += [(work, SDO.author, ref(a)) for a in v.get("authors", ())]
    elif fact.type == "participation":
        triples = [(ref(v["event"]), PARTICIPATION[v.get("as", "attendee")], ref(v["participant"]))]
    else:
        prefix, local = RELATIONS[v["property"]].split(":")
        triples = [(ref(v["subject"]), CURIE[prefix][local], ref(v["object"]))]
    nodes = []
    for i, (s, p, o) in enumerate(triples):
        node = mint.thing(fact.type, fact.id if i == 0 else f"{fact.id}-{i + 1}")
        g.add((s, p, o))
        for t in (CL.Assertion, RDF.Statement, SDO.Claim):
            g.add((node, RDF.type, t))
        g.add((node, RDF.subject, s))
        g.add((node, RDF.predicate, p))
        g.add((node, RDF.object, o))
        nodes.append(node)
    return nodes
