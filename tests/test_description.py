"""Descriptions, sentences, views, the network and charts: the core behind the pages, read from a real release."""

from __future__ import annotations


import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import PROV, RDF, SKOS

from clusterld.views.chart import decimal_year, observation_charts
from clusterld.description import describe, named_graph
from clusterld.views.document import Span, document_view, segments
from clusterld.views.entity import entity_view
from clusterld.iris import CL
from clusterld.views.labels import Labels, Text, pick
from clusterld.views.network import layout, neighbourhood, whole_network
from clusterld.views.schemaorg import schema_org
from clusterld.views.sentences import sentence
from clusterld.serialize import serialize
from clusterld.store import ReleaseStore

from site_helpers import BASE, fixture_release

SDO = "https://schema.org/"


def iri(kind: str, slug: str) -> URIRef:
    return URIRef(f"{BASE}/id/{kind}/{slug}")


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> ReleaseStore:
    return fixture_release(tmp_path_factory.mktemp("release"))


def said(store: ReleaseStore, graph: Graph, fact: URIRef, languages: list[str] | None = None) -> str:
    labels = Labels(store, languages or ["en"], graph)
    return "".join(str(labels(p)) if isinstance(p, URIRef) else str(p) for p in sentence(graph, fact, languages or ["en"]))


def test_description_holds_own_triples_links_incoming_and_provenance(store: ReleaseStore) -> None:
    org = iri("organisation", "north-med")
    g = describe(store, str(org))
    assert g is not None
    assert (org, SKOS.prefLabel, Literal("North Medical Council", lang="en")) in g
    assert (org, SKOS.prefLabel, Literal("Consejo Médico del Norte", lang="es")) in g
    porto = iri("place", "porto")
    assert (org, CL.basedIn, porto) in g and (porto, SKOS.prefLabel, Literal("Porto", lang="en")) in g
    assert (porto, RDF.type, URIRef(SDO + "City")) in g
    agreement = iri("agreement", "north-south-pact-2020")
    assert (agreement, CL.party, org) in g  # incoming link
    assert (agreement, CL.party, iri("organisation", "south-health")) in g  # the fact in full
    excerpt = next(g.objects(agreement, PROV.wasDerivedFrom))
    document = iri("document", "north-south-pact")
    assert (excerpt, CL.inDocument, document) in g and (excerpt, CL.exactText, None) in g
    assert (document, URIRef(SDO + "headline"), Literal("North and South sign a pact", lang="en")) in g
    assert (iri("cluster", "porto-medtech"), CL.facilitatedBy, org) in g


def test_unknown_entities_have_no_description(store: ReleaseStore) -> None:
    assert describe(store, f"{BASE}/id/organisation/nobody") is None
    assert named_graph(store, f"{BASE}/graph/nothing") is None


def test_serialisations_are_byte_identical_and_round_trip(store: ReleaseStore) -> None:
    g = describe(store, str(iri("organisation", "north-med")))
    assert g is not None
    for extension, fmt in (("ttl", "turtle"), ("nt", "nt"), ("rdf", "xml"), ("jsonld", "json-ld")):
        first, second = serialize(g, extension), serialize(describe(store, str(iri("organisation", "north-med"))), extension)  # type: ignore[arg-type]
        assert first == second, extension
        assert isomorphic(Graph().parse(data=first, format=fmt), g), extension


def test_facts_read_as_sentences(store: ReleaseStore) -> None:
    g = describe(store, str(iri("organisation", "north-med")))
    assert g is not None
    sentences = {said(store, g, f) for f in set(g.subjects(PROV.hadPrimarySource, None))}
    assert "North Medical Council and South Health Cluster signed an agreement on 2020-05-03 in Porto during " \
           "Joint meeting of NMC and South Health Cluster about networking." in sentences
    assert "Ana Silva is president of North Medical Council." in sentences
    assert "North Medical Council was founded in 1999." in sentences
    assert "Joint meeting of NMC and South Health Cluster (meeting) took place from 2020-05-02 to 2020-05-03 in Porto. " \
           "Attended by North Medical Council and South Health Cluster." in sentences


def test_observation_sentence_and_chart(store: ReleaseStore) -> None:
    cluster = iri("cluster", "porto-medtech")
    g = describe(store, str(cluster))
    assert g is not None
    fact = iri("observation", "porto-medtech-companies-2020")
    assert said(store, g, fact) == "number of companies of Porto medical technology cluster: more than 120 companies (2020-05-04)."
    (chart,) = observation_charts(g, cluster)
    assert chart.indicator == URIRef("https://w3id.org/clusterld/def/indicator/number-of-companies")
    assert [(p.date, p.value) for p in chart.points] == [("2020-05-04", "120")]
    assert decimal_year("2016-07") == pytest.approx(2016.5)


def test_chart_geometry() -> None:
    g = Graph()
    about = URIRef(f"{BASE}/id/cluster/c")
    for slug, date, value in (("a", "2019", "10"), ("b", "2016-07", "4"), ("c", "2018-01-01", "-2")):
        fact = iri("observation", slug)
        g.add((fact, CL.observedEntity, about))
        g.add((fact, CL.value, Literal(value, datatype=URIRef("http://www.w3.org/2001/XMLSchema#decimal"))))
        g.add((fact, URIRef(SDO + "observationDate"), Literal(date)))
    (chart,) = observation_charts(g, about)
    assert chart.is_series and [p.date for p in chart.points] == ["2016-07", "2018-01-01", "2019"]
    xs = [p.x for p in chart.points]
    assert xs == sorted(xs) and xs[0] < xs[-1] <= chart.width
    lowest = min(chart.points, key=lambda p: p.y)
    assert lowest.value == "10"  # SVG y grows downwards: the highest value is drawn highest
    assert [text for _, text in chart.y_ticks] == ["10", "-2"]  # top to bottom
    assert chart.line == " ".join(f"{p.x},{p.y}" for p in chart.points)


def test_language_fallback() -> None:
    names = [Literal("North Medical Council", lang="en"), Literal("Consejo Médico del Norte", lang="es")]
    assert pick(names, ["es", "en"]) == Text("Consejo Médico del Norte", "es")
    assert pick(names, ["es-MX"]) == Text("Consejo Médico del Norte", "es")
    assert pick(names, ["fr", "en"]) == Text("North Medical Council", "en")
    assert pick(names, ["fr"]) == Text("North Medical Council", "en")  # stable order when nothing fits
    assert pick([Literal("plain"), *names], ["fr"]) == Text("plain", "")


def test_entity_view_groups_facts_incoming_and_sources(store: ReleaseStore) -> None:
    org = iri("organisation", "north-med")
    g = describe(store, str(org))
    assert g is not None
    view = entity_view(g, org, Labels(store, ["es", "en"], g))
    assert view.title == Text("Consejo Médico del Norte", "es")
    assert [group.title for group in view.groups][:2] == ["Names", "Organisation and network"]
    assert {f.kind for f in view.facts} == {"agreement", "event", "role", "assertion"}
    agreement = next(f for f in view.facts if f.kind == "agreement")
    assert {e.quote for e in agreement.evidence} == {"signed an agreement in Porto on 3 May 2020", "the pact will foster networking"}
    assert view.documents == (iri("document", "north-south-pact"),)
    assert [row.predicate for row in view.incoming] == [CL.facilitatedBy]


def test_document_view_links_spans_to_facts(store: ReleaseStore) -> None:
    document = iri("document", "north-south-pact")
    g = describe(store, str(document))
    assert g is not None
    view = document_view(g, document, Labels(store, ["en"], g))
    assert [(s.start, s.end) for s in view.spans][:2] == [(33, 54), (90, 132)]
    pact = next(s for s in view.spans if s.quote == "signed an agreement in Porto on 3 May 2020")
    assert [f.kind for f in pact.facts] == ["agreement"]
    assert view.segments is None  # the text is not published


def test_segments_cover_the_text_and_mark_overlaps() -> None:
    spans = (Span(URIRef("e:1"), 2, 6, "", ()), Span(URIRef("e:2"), 4, 8, "", ()))
    cut = segments("0123456789", spans)
    assert "".join(s.text for s in cut) == "0123456789"
    assert [(s.text, s.anchors, s.starts) for s in cut] == [
        ("01", (), ()), ("23", ("excerpt-2-6",), ("excerpt-2-6",)), ("45", ("excerpt-2-6", "excerpt-4-8"), ("excerpt-4-8",)),
        ("67", ("excerpt-4-8",), ()), ("89", (), ())]


def test_schema_org_view(store: ReleaseStore) -> None:
    org = iri("organisation", "north-med")
    g = describe(store, str(org))
    assert g is not None
    data = schema_org(g, org, BASE, Labels(store, ["en"], g))
    assert data["@context"] == "https://schema.org" and data["@type"] == "Organization"
    assert data["name"] == "North Medical Council" and data["alternateName"] == ["NMC"]
    assert data["location"]["name"] == "Porto" and data["foundingDate"] == "1999"
    assert data["subjectOf"][0]["headline"] == "North and South sign a pact"


def test_network_and_its_layout_are_deterministic(store: ReleaseStore) -> None:
    network = whole_network(store, BASE, 60)
    assert network.nodes[str(iri("agreement", "north-south-pact-2020"))] == "agreement"
    assert str(iri("place", "porto")) not in network.nodes  # places are not part of the picture
    role_edge = [e for e in network.edges if e.via == str(iri("role", "ana-silva-president-north-med"))]
    assert [(e.source, e.target) for e in role_edge] == [(str(iri("organisation", "north-med")), str(iri("person", "ana-silva")))]
    first, second = layout(network, 800, 500), layout(whole_network(store, BASE, 60), 800, 500)
    assert first == second
    assert all(0 <= n.x <= 800 and 0 <= n.y <= 500 for n in first.nodes)
    assert len(whole_network(store, BASE, 2).nodes) == 2


def test_neighbourhood_reaches_the_other_parties(store: ReleaseStore) -> None:
    around = neighbourhood(store, BASE, str(iri("organisation", "south-health")), 30)
    assert str(iri("organisation", "north-med")) in around.nodes  # through the agreement and the meeting
    assert str(iri("person", "ana-silva")) not in around.nodes
