"""The portal's core without a server: settings read from the environment, release statistics, citations, the
schema.org Dataset, VoID linksets, the catalogue's choices and the sitemaps' split."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pyshacl
import pytest
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, RDF

from clusterld.portal.catalog import catalog_graph
from clusterld.errors import InputError
from clusterld.pipeline import build
from clusterld.portal import citation, schema_org_dataset
from clusterld.settings import Settings, settings_from_env
from clusterld.portal.sitemap import parse_name, site_paths, sitemap_names
from clusterld.portal.void import void_graph
from clusterld.web.html import make_templates, render
from clusterld.web.urls import Urls

from conftest import FIXTURES

BASE = "https://example.org"
VOID = Namespace("http://rdfs.org/ns/void#")
SH = Namespace("http://www.w3.org/ns/shacl#")
MANIFEST: dict[str, Any] = {
    "release": "20260301T093000Z-0123abcd",
    "created": "2026-03-01T09:30:00Z",
    "counts": {"triples": 10, "graphs": {f"{BASE}/graph/registry": 10},
               "classes": {"https://schema.org/Organization": 2}},
    "statistics": {
        "properties": {"https://schema.org/name": 4, "https://schema.org/sameAs": 4,
                       "http://www.w3.org/1999/02/22-rdf-syntax-ns#type": 2},
        "entities": {"organisation": 2},
        "examples": {"organisation": f"{BASE}/id/organisation/acme"},
        "links": [{"predicate": "https://schema.org/sameAs", "host": "www.wikidata.org", "triples": 3},
                  {"predicate": "https://schema.org/sameAs", "host": "data.example.net", "triples": 1}],
        "published": {"first": "2011-07-04", "last": "2016-11-30"},
    },
    "dumps": [{"name": "clusterld.nt.gz", "media_type": "application/n-triples", "compressed": True, "size": 123,
               "sha256": "ab" * 32},
              {"name": "context.jsonld", "media_type": "application/ld+json", "compressed": False, "size": 45,
               "sha256": "cd" * 32}],
}


def test_list_settings_read_from_the_environment() -> None:
    settings = settings_from_env({
        "CLUSTERLD_THEMES": "ECON HEAL",
        "CLUSTERLD_TITLE": '{"en": "Clusters", "ca": "Clústers"}',
        "CLUSTERLD_KEYWORDS": '{"en": ["a", "b"], "es": "c"}',
        "CLUSTERLD_SPATIAL": '[["https://sws.geonames.org/1/", "Somewhere", "POINT(1 2)", "POLYGON((0 0, 1 0, 1 1, 0 0))"]]',
    })
    assert settings.themes == ("ECON", "HEAL")
    assert settings.title == (("en", "Clusters"), ("ca", "Clústers"))
    assert settings.keywords == (("en", "a"), ("en", "b"), ("es", "c"))
    assert settings.spatial == (("https://sws.geonames.org/1/", "Somewhere", "POINT(1 2)", "POLYGON((0 0, 1 0, 1 1, 0 0))"),)
    with pytest.raises(InputError) as error:
        settings_from_env({"CLUSTERLD_TITLE": '{"en": '})
    assert "CLUSTERLD_TITLE" in str(error.value)


def test_release_statistics(project: Path) -> None:
    release, _ = build(Settings(root=project, base=BASE))
    stats = release.manifest["statistics"]
    assert sum(stats["properties"].values()) == release.manifest["counts"]["triples"]
    assert stats["entities"]["organisation"] == 2 and stats["examples"]["organisation"].startswith(f"{BASE}/id/organisation/")
    assert stats["links"] == [  # the registry's same_as, and a link a publisher added in data/rdf/
        {"predicate": "http://www.w3.org/2004/02/skos/core#closeMatch", "host": "example.com", "triples": 1},
        {"predicate": "https://schema.org/sameAs", "host": "www.wikidata.org", "triples": 1}]
    assert stats["published"]["first"] <= stats["published"]["last"]


def test_citations_of_the_dataset_and_of_an_entity() -> None:
    settings = Settings(base=BASE)
    whole = citation(settings, MANIFEST)
    assert whole.text == ("clusterld project (2026). clusterld: business clusters in the news [Data set], release "
                          "20260301T093000Z-0123abcd. https://example.org/. Licensed under CC BY 4.0.")
    one = citation(settings, MANIFEST, f"{BASE}/id/organisation/acme", "ACME Cluster")
    assert one.text.startswith("clusterld project (2026). ACME Cluster. In clusterld: business clusters in the news")
    assert f"{BASE}/id/organisation/acme" in one.text
    assert one.bibtex.startswith("@misc{clusterld-acme,\n") and "author = {{clusterld project}}" in one.bibtex
    assert one.bibtex.rstrip().endswith("}")


def test_cite_this_block_renders() -> None:
    settings = Settings(base=BASE)
    html = render(make_templates(), "cite_this.html", urls=Urls(BASE, "", "http://127.0.0.1:1"), settings=settings,
                  citation=citation(settings, MANIFEST, f"{BASE}/id/organisation/acme", "ACME & Co"))
    text = html.decode()
    assert "Cite this" in text and "ACME &amp; Co" in text and "@misc{clusterld-acme" in text
    assert 'rel="license" href="https://creativecommons.org/licenses/by/4.0/"' in text


def test_schema_org_dataset_for_search_engines() -> None:
    data = schema_org_dataset(Settings(base=BASE), MANIFEST)
    assert data["@type"] == "Dataset" and data["name"] and data["description"]
    assert data["license"] == "https://creativecommons.org/licenses/by/4.0/" and data["isAccessibleForFree"] is True
    assert data["creator"]["name"] == "clusterld project"
    assert data["temporalCoverage"] == "2011-07-04/2016-11-30"
    assert {p["name"] for p in data["spatialCoverage"]} == {"Spain", "Catalonia", "United States", "Massachusetts"}
    assert data["distribution"] == [{
        "@type": "DataDownload", "name": "N-Triples dump (gzip)",
        "contentUrl": f"{BASE}/dumps/20260301T093000Z-0123abcd/clusterld.nt.gz",
        "encodingFormat": "application/n-triples", "contentSize": "123 B"}]


def test_void_linksets_name_known_and_unknown_targets() -> None:
    g = void_graph(MANIFEST, Settings(base=BASE))
    targets = {str(g.value(g.value(ls, VOID.objectsTarget), DCTERMS.title)): int(g.value(ls, VOID.triples))
               for ls in g.subjects(RDF.type, VOID.Linkset)}
    assert targets == {"Wikidata": 3, "data.example.net": 1}
    wikidata = URIRef(f"{BASE}/.well-known/void#target-wikidata")
    assert str(g.value(wikidata, VOID.uriSpace)) == "http://www.wikidata.org/entity/"
    assert g.value(URIRef(f"{BASE}/catalog#dataset"), VOID.exampleResource) == URIRef(f"{BASE}/id/organisation/acme")


def dcat_ap(graph: Graph) -> Counter[str]:
    shapes = Graph()
    for name in ("shapes.ttl", "shapes_recommended.ttl"):
        shapes.parse(FIXTURES / "dcat-ap" / name, format="turtle")
    _, report, _ = pyshacl.validate(graph, shacl_graph=shapes)
    return Counter(str(report.value(r, SH.resultSeverity)).rsplit("#", 1)[-1] for r in report.objects(None, SH.result))


def test_catalog_takes_first_issued_and_is_deterministic() -> None:
    settings = Settings(base=BASE, first_issued="2024-05-01")
    g = catalog_graph([MANIFEST], settings)
    assert g.value(URIRef(f"{BASE}/catalog"), DCTERMS.issued) == Literal("2024-05-01", datatype=URIRef(
        "http://www.w3.org/2001/XMLSchema#date"))
    assert dcat_ap(g) == Counter()
    assert sorted(g) == sorted(catalog_graph([MANIFEST], settings))
    assert not any(isinstance(term, BNode) for triple in g for term in triple)  # no blank nodes: stable bytes


def test_an_unknown_licence_still_validates_but_misses_its_type() -> None:
    g = catalog_graph([MANIFEST], Settings(base=BASE, licence="https://example.org/our-licence"))
    assert dcat_ap(g) == Counter({"Warning": 1})  # dct:type of the licence document: only known licences have one


def test_sitemaps_are_split_by_size() -> None:
    counts = {"cluster": 3, "organisation": 10}
    assert sitemap_names(counts, 4) == ["site-1", "site-2", "cluster-1", "organisation-1", "organisation-2",
                                        "organisation-3"]
    assert len(site_paths(counts)) == 6
    assert parse_name("organisation-3") == ("organisation", 3)
    assert parse_name("organisation-0") is None and parse_name("organisation") is None
