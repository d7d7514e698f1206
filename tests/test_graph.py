"""Mapping: the fixture project's graphs equal the expected graphs (isomorphism, not strings)."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import graph_diff, isomorphic, to_isomorphic
from rdflib.namespace import PROV, RDF, XSD

from clusterld.buildcache import BuildCache
from clusterld.documents import read_sources
from clusterld.graph import ReleaseGraphs, map_records
from clusterld.iris import CL
from clusterld.records import build_records

from conftest import FIXTURES

BASE = "https://example.org"


def mapped(project: Path, publish_text: bool = False, base: str = BASE) -> ReleaseGraphs:
    return map_records(build_records(read_sources(project)), base, publish_text)


def assert_isomorphic(actual: Graph, expected: Graph) -> None:
    if not isomorphic(actual, expected):
        _, missing, extra = graph_diff(to_isomorphic(expected), to_isomorphic(actual))
        pytest.fail(f"missing:\n{missing.serialize(format='nt')}\nunexpected:\n{extra.serialize(format='nt')}")


@pytest.mark.parametrize(
    ("graph", "expected"),
    [("registry", "registry.ttl"), ("north-south-pact", "north-south-pact.ttl"), ("rdf/links", "links.ttl")],
)
def test_graphs_match_expected(project: Path, graph: str, expected: str) -> None:
    actual = mapped(project).graphs[URIRef(f"{BASE}/graph/{graph}")]
    assert_isomorphic(actual, Graph().parse(FIXTURES / "expected" / expected))


def test_one_graph_per_document_plus_registry_ontology_and_extra_rdf(project: Path) -> None:
    names = {str(n) for n in mapped(project).graphs}
    assert names == {f"{BASE}/graph/{n}" for n in ("registry", "ontology", "north-south-pact", "rdf/links")}


def test_base_is_a_setting(project: Path) -> None:
    graphs = mapped(project, base="http://localhost:8000")
    minted = [g for name, g in graphs.graphs.items() if "/graph/rdf/" not in name]  # data/rdf is loaded as it is
    subjects = {str(s) for g in minted for s in g.subjects() if "/id/" in str(s)}
    assert subjects and all(s.startswith("http://localhost:8000/id/") for s in subjects)


def test_full_text_is_published_only_when_allowed(project: Path) -> None:
    doc = project / "data/documents/north-south-pact.md"
    document = URIRef(f"{BASE}/id/document/north-south-pact")
    graph = f"{BASE}/graph/north-south-pact"
    assert mapped(project, publish_text=True).graphs[URIRef(graph)].value(document, CL.text) is None
    doc.write_text(doc.read_text(encoding="utf-8").replace("author: Staff writer", "author: Staff writer\npublish_text: true"), encoding="utf-8")
    assert mapped(project, publish_text=False).graphs[URIRef(graph)].value(document, CL.text) is None
    text = mapped(project, publish_text=True).graphs[URIRef(graph)].value(document, CL.text)
    assert str(text).startswith("North and South sign a pact")


def test_every_fact_node_has_provenance(project: Path) -> None:
    graph = mapped(project).graphs[URIRef(f"{BASE}/graph/north-south-pact")]
    fact_classes = [CL.Agreement, CL.Event, CL.Observation, CL.Assertion, URIRef("http://www.w3.org/ns/org#Membership")]
    facts = {s for c in fact_classes for s in graph.subjects(RDF.type, c)}
    assert len(facts) == 5
    for fact in facts:
        excerpts = list(graph.objects(fact, PROV.wasDerivedFrom))
        assert excerpts, fact
        for excerpt in excerpts:
            assert (excerpt, RDF.type, CL.Excerpt) in graph


def test_excerpt_offsets_point_at_the_quote(project: Path) -> None:
    records = build_records(read_sources(project))
    text = records.documents[0].text
    graph = map_records(records, BASE, False).graphs[URIRef(f"{BASE}/graph/north-south-pact")]
    excerpts = list(graph.subjects(RDF.type, CL.Excerpt))
    assert excerpts
    for excerpt in excerpts:
        start, end = (int(graph.value(excerpt, p)) for p in (CL.charStart, CL.charEnd))
        assert text[start:end] == str(graph.value(excerpt, CL.exactText))
        assert str(excerpt).endswith(f"-{start}-{end}")


def test_dates_keep_their_precision(project: Path) -> None:
    graph = mapped(project).graphs[URIRef(f"{BASE}/graph/north-south-pact")]
    founding = graph.value(URIRef(f"{BASE}/id/organisation/north-med"), URIRef("https://schema.org/foundingDate"))
    assert founding == Literal("1999", datatype=XSD.gYear)


def test_a_cached_graph_follows_the_kind_of_what_it_refers_to(project: Path, tmp_path: Path) -> None:
    """A document's graph is cached with the kind of every id it refers to: when one changes, it is mapped again."""
    def graph_with_cache() -> Graph:
        cache = BuildCache(tmp_path / "cache")
        return map_records(build_records(read_sources(project, cache), cache), BASE, False, cache).graphs[URIRef(f"{BASE}/graph/north-south-pact")]

    observation = URIRef(f"{BASE}/id/observation/porto-medtech-companies-2020")
    assert graph_with_cache().value(observation, CL.observedEntity) == URIRef(f"{BASE}/id/cluster/porto-medtech")
    registry = project / "data/entities/registry.yaml"
    cluster = "- id: porto-medtech\n  type: cluster\n  name: {en: Porto medical technology cluster}\n  regions: [porto]\n  sectors: [medical-devices]\n  facilitated_by: [north-med]\n"
    text = registry.read_text(encoding="utf-8")
    assert cluster in text
    registry.write_text(text.replace(cluster, "- id: porto-medtech\n  type: programme\n  name: {en: Porto medtech programme}\n"), encoding="utf-8")
    cached = graph_with_cache()
    assert cached.value(observation, CL.observedEntity) == URIRef(f"{BASE}/id/programme/porto-medtech")
    assert set(cached) == set(mapped(project).graphs[URIRef(f"{BASE}/graph/north-south-pact")])
