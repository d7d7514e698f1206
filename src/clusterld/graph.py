"""Stage 3, graph: records mapped to RDF, one named graph per document, one for the registry, one for the
ontology and one per extra RDF file. The README's "RDF model" tables describe the result.

Each graph is kept as canonical N-Triples (`ntriples.NamedGraph`). With a build cache, a document's graph (or
the registry's) is reused from an earlier build of the same file, base and publish_text setting when every id
it refers to is still of the kind it was (the kind decides the IRI).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, PROV, RDF, SKOS, XSD, Namespace

from clusterld.buildcache import BuildCache, lookup_cached
from clusterld.documents import RDF_SUFFIXES
from clusterld.errors import InputError, Problem
from clusterld.iris import CL, Minter, concept
from clusterld.ntriples import NamedGraph, NamedGraphs, named_graph
from clusterld.records import Document, Entity, Fact, IsoDate, Records
from clusterld.schemas import FACT_FIELDS, RELATIONS
from clusterld.store import reserialize, stored_lines

SDO = Namespace("https://schema.org/")
PREFIXES = {
    "cl": str(CL), "schema": str(SDO), "org": str(ORG), "prov": str(PROV), "skos": str(SKOS),
    "dct": str(DCTERMS), "foaf": str(FOAF), "xsd": str(XSD), "rdf": str(RDF),
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#", "owl": "http://www.w3.org/2002/07/owl#",
}
_CURIE = {"cl": CL, "schema": SDO, "org": ORG}

ENTITY_TYPES = {
    "cluster": (CL.Cluster, SDO.Thing),
    "cluster-organisation": (CL.ClusterOrganisation, ORG.FormalOrganization, ORG.Organization, SDO.Organization),
    "organisation": (ORG.Organization, SDO.Organization),
    "programme": (CL.Programme, SDO.Project),
    "person": (SDO.Person, FOAF.Person),
    "place": (SDO.Place,),
    "work": (SDO.CreativeWork,),
}
SUBTYPES = {
    "city": SDO.City, "region": SDO.AdministrativeArea, "country": SDO.Country, "continent": SDO.Continent,
    "book": SDO.Book, "report": SDO.Report, "newsletter": SDO.Periodical, "web-page": SDO.WebPage,
}
EVENT_TYPES = {
    "mission": (CL.Mission, SDO.BusinessEvent),
    "meeting": (CL.Meeting, SDO.BusinessEvent),
    "training": (CL.Meeting, SDO.EducationEvent),
    "conference": (SDO.BusinessEvent,),
}
PARTICIPATION = {"attendee": SDO.attendee, "organizer": SDO.organizer, "contributor": SDO.contributor,
                 "speaker": CL.speaker, "trainer": CL.trainer}


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


def date_literal(date: IsoDate) -> Literal:
    datatype = {"day": XSD.date, "month": XSD.gYearMonth, "year": XSD.gYear}[date.precision]
    return Literal(date.text, datatype=datatype)


def decimal_literal(value: Decimal) -> Literal:
    """xsd:decimal in canonical lexical form ("120.0", "16.5"), so every serialiser writes the same value."""
    text = format(Decimal(value), "f")
    return Literal(text if "." in text else f"{text}.0", datatype=XSD.decimal)


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
    graphs = {mint.registry_graph: mapped(("registry", base, files), lambda ref, found: _registry(records.entities, ref, found))}
    for document in records.documents:
        key = ("document", base, publish_text, str(document.origin.file), document.digest)
        graphs[mint.document_graph(document.id)] = mapped(key, lambda ref, found: _document(document, mint, ref, publish_text, found))
    graphs[mint.ontology_graph] = canonical(records.ontology)
    for name, graph in _extra_rdf(records.rdf_files, mint).items():
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


def _langs(g: Graph, subject: URIRef, predicates: tuple[URIRef, ...], values: Mapping[str, str]) -> None:
    for lang, text in values.items():
        for predicate in predicates:
            g.add((subject, predicate, Literal(text, lang=lang)))


def _registry(entities: Iterable[Entity], ref: Any, sources: dict[str, str]) -> Graph:
    g = Graph()
    for entity in entities:
        s = ref(entity.id)
        v = entity.values
        sources[str(s)] = str(entity.origin)
        for t in ENTITY_TYPES[entity.kind]:
            g.add((s, RDF.type, t))
        for key in ("place_type", "work_type"):
            if key in v and v[key] in SUBTYPES:
                g.add((s, RDF.type, SUBTYPES[v[key]]))
        _langs(g, s, (SKOS.prefLabel, SDO.name), v["name"])
        for lang, names in v.get("alt_names", {}).items():
            for name in names:
                _langs(g, s, (SKOS.altLabel, SDO.alternateName), {lang: name})
        _langs(g, s, (SDO.description,), v.get("description", {}))
        for slug in v.get("classification", ()):
            g.add((s, ORG.classification, concept("organisation-type", slug)))
        for slug in v.get("sectors", ()):
            g.add((s, CL.sector, concept("sector", slug)))
        for iri in v.get("websites", ()):
            g.add((s, SDO.url, URIRef(iri)))
        for iri in v.get("same_as", ()):
            g.add((s, SDO.sameAs, URIRef(iri)))
        for scheme, value in v.get("identifiers", {}).items():
            g.add((s, SDO.identifier, Literal(f"{scheme}:{value}")))
        links = {"based_in": CL.basedIn, "part_of": ORG.subOrganizationOf, "within": SDO.containedInPlace}
        for key, predicate in links.items():
            if key in v:
                g.add((s, predicate, ref(v[key])))
        many = {"regions": CL.region, "facilitated_by": CL.facilitatedBy, "operated_by": CL.operatedBy, "authors": SDO.author}
        for key, predicate in many.items():
            for ident in v.get(key, ()):
                g.add((s, predicate, ref(ident)))
        for ident in v.get("facilitated_by", ()):
            g.add((ref(ident), CL.facilitates, s))
        for key, predicate in (("founded", SDO.foundingDate), ("published", SDO.datePublished)):
            if v.get(key):
                g.add((s, predicate, date_literal(v[key])))
    return g


def _document(document: Document, mint: Minter, ref: Any, publish_text: bool, sources: dict[str, str]) -> Graph:
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
        _langs(g, node, (SKOS.prefLabel, SDO.name), v["label"])
        for predicate, key in ((CL.party, "parties"), (CL.signingDate, "date"), (SDO.location, "place"),
                               (CL.signedDuring, "signed_during"), (CL.concerns, "concerns"), (CL.partOfProgramme, "programme")):
            add(predicate, key)
        add(CL.topic, "topics", "topic")
    elif fact.type == "event":
        types(CL.Event, SDO.Event, *EVENT_TYPES.get(v["kind"], ()))
        _langs(g, node, (SKOS.prefLabel, SDO.name), v["label"])
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
        _langs(g, node, (CL.roleLabel,), v.get("role_label", {}))
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
        _langs(g, node, (SDO.text,), v["text"])
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
        triples = [(ref(v["subject"]), _CURIE[prefix][local], ref(v["object"]))]
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


def _extra_rdf(files: Iterable[Path], mint: Minter) -> dict[URIRef, Graph]:
    """data/rdf/: triples files into their own graph, quad files keep their graphs; no remote fetches."""
    out: dict[URIRef, Graph] = {}
    problems = []
    for path in files:
        fmt = RDF_SUFFIXES[path.suffix]
        try:
            if fmt == "json-ld":
                _refuse_remote_context(json.loads(path.read_text(encoding="utf-8")))
            if fmt in ("trig", "nquads"):
                ds = Dataset()
                ds.parse(path, format=fmt)
                for graph in ds.graphs():
                    name = graph.identifier if isinstance(graph.identifier, URIRef) and str(graph.identifier) != "urn:x-rdflib:default" else mint.rdf_graph(path.stem)
                    out.setdefault(name, Graph())
                    out[name] += graph
            else:
                graph = Graph()
                graph.parse(path, format=fmt)
                out[mint.rdf_graph(path.stem)] = graph
        except Exception as error:  # rdflib parsers raise many unrelated exception types
            problems.append(Problem(path, getattr(error, "lines", None), "", f"cannot read as {fmt}: {error}"))
    if problems:
        raise InputError(problems)
    return out


def _refuse_remote_context(data: Any) -> None:
    if isinstance(data, dict):
        context = data.get("@context")
        for item in context if isinstance(context, list) else [context]:
            if isinstance(item, str):
                raise ValueError(f"remote @context {item!r} is not fetched; inline the context")
        for value in data.values():
            _refuse_remote_context(value)
    elif isinstance(data, list):
        for value in data:
            _refuse_remote_context(value)
