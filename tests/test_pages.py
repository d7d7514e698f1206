"""What the HTML pages say (in-process: HTTP is not the point here, tests/test_linked_data_http.py covers it)."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from rdflib import Graph
from rdflib.compare import isomorphic

from clusterld.pipeline import build
from clusterld.settings import Settings
from clusterld.store import ReleaseStore
from clusterld.web.app import create_app
from clusterld.web.html import script_json

from remote_helpers import BACKENDS, on_backend
from site_helpers import BASE, fixture_release

HTML = {"Accept": "text/html"}


def client_for(store: ReleaseStore) -> TestClient:
    return TestClient(create_app(store, Settings(root=store.path, base=BASE)))


@pytest.fixture(scope="module", params=BACKENDS)
def client(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    """Pages of the fixture release on the embedded store, then published into an Oxigraph server."""
    release = fixture_release(tmp_path_factory.mktemp("pages"))
    return client_for(on_backend(request, release, Settings(root=release.path, base=BASE)))


def page(client: TestClient, path: str, **headers: str) -> str:
    r = client.get(path, headers={**HTML, **headers})
    assert r.status_code == 200, r.text
    return r.text


def json_ld(html: str) -> dict:
    (block,) = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return json.loads(block)


def test_entity_page_says_facts_with_evidence_and_sources(client: TestClient) -> None:
    html = page(client, "/doc/organisation/north-med")
    assert '<h1 id="entity-title" lang="en">North Medical Council</h1>' in html
    text = re.sub(r"<[^>]+>", "", html)
    assert "North Medical Council and South Health Cluster signed an agreement on 2020-05-03 in Porto" in text
    assert "Ana Silva is president of North Medical Council." in text
    assert "“signed an agreement in Porto on 3 May 2020”" in text
    assert 'href="/doc/document/north-south-pact#excerpt-90-132"' in html
    assert 'href="/doc/agreement/north-south-pact-2020"' in html
    assert 'via <a href="/ontology#facilitatedBy"' in html  # incoming link from the cluster
    assert ">cl:ClusterOrganisation<" not in html and ">Cluster organisation<" in html and ">schema:Organization<" in html


def test_entity_page_head_links_and_schema_org(client: TestClient) -> None:
    html = page(client, "/doc/organisation/north-med")
    assert f'<link rel="canonical" href="{BASE}/doc/organisation/north-med.html">' in html
    for media, extension in (("text/turtle", "ttl"), ("application/ld+json", "jsonld"),
                             ("application/n-triples", "nt"), ("application/rdf+xml", "rdf")):
        assert f'<link rel="alternate" type="{media}" href="/doc/organisation/north-med.{extension}">' in html
    data = json_ld(html)
    assert data["@type"] == "Organization" and data["@id"] == f"{BASE}/id/organisation/north-med"
    assert data["alternateName"] == ["NMC"] and data["location"]["name"] == "Porto"


def test_neighbourhood_picture_links_every_node(client: TestClient) -> None:
    html = page(client, "/doc/organisation/south-health")
    svg = html[html.index("<svg"):html.index("</svg>")]
    nodes = re.findall(r'<a href="([^"]+)" class="node kind-(\w+)( focus)?"', svg)
    assert ("/doc/organisation/south-health", "organisation", " focus") in nodes
    assert ("/doc/organisation/north-med", "organisation", "") in nodes
    assert ("/doc/agreement/north-south-pact-2020", "agreement", "") in nodes


@pytest.mark.parametrize("query, headers, title, lang", [
    ("", {}, "North Medical Council", "en"),
    ("?lang=es", {}, "Consejo Médico del Norte", "es"),
    ("", {"Accept-Language": "es-ES,es;q=0.9,en;q=0.5"}, "Consejo Médico del Norte", "es"),
    ("?lang=en", {"Accept-Language": "es"}, "North Medical Council", "en"),
    ("?lang=fr", {}, "North Medical Council", "en"),
])
def test_label_language_fallback(client: TestClient, query: str, headers: dict[str, str], title: str, lang: str) -> None:
    html = page(client, f"/doc/organisation/north-med{query}", **headers)
    assert f'<h1 id="entity-title" lang="{lang}">{title}</h1>' in html
    assert 'href="/doc/organisation/north-med?lang=es"' in html


def test_a_single_observation_is_a_figure(client: TestClient) -> None:
    html = page(client, "/doc/cluster/porto-medtech")
    figures = html[html.index('<table class="figures">'):]
    assert 'href="/ontology#indicator-number-of-companies"' in figures
    assert '<a href="/doc/observation/porto-medtech-companies-2020">120</a> companies' in figures
    assert '<figure class="chart">' not in html


def test_observations_over_time_become_a_chart(tmp_path: Path) -> None:
    store = fixture_release(tmp_path)
    project = store.path.parents[2]
    article = project / "data" / "documents" / "north-south-pact.md"
    article.write_text(article.read_text(encoding="utf-8").replace("      - North Medical Council\n---\n", """\
      - North Medical Council
  - type: observation
    id: porto-medtech-companies-2018
    about: porto-medtech
    indicator: number-of-companies
    value: 95
    unit: companies
    date: 2018
    evidence:
      - The Porto cluster counts more than 120 companies.
---
""", 1), encoding="utf-8")
    release, _ = build(Settings(root=project, base=BASE))
    html = page(client_for(ReleaseStore(release.path)), "/doc/cluster/porto-medtech")
    chart = html[html.index('<figure class="chart">'):html.index("</figure>", html.index('<figure class="chart">'))]
    assert '<polyline class="series"' in chart
    assert "2018: 95" in chart and "2020-05-04: 120" in chart
    assert chart.index("2018: 95") < chart.index("2020-05-04: 120")


def test_document_page_links_evidence_to_facts(client: TestClient) -> None:
    html = page(client, "/doc/document/north-south-pact")
    span = html[html.index('id="excerpt-90-132"'):]
    span = span[:span.index("</li>\n      <li")] if "</li>\n      <li" in span else span
    assert "“signed an agreement in Porto on 3 May 2020”" in span
    assert 'href="/doc/agreement/north-south-pact-2020"' in span
    assert "<mark>" not in html and "The full text is not published here" in html
    assert json_ld(html)["@type"] == ["NewsArticle"] or json_ld(html)["@type"] == "NewsArticle"


def test_published_text_is_shown_with_highlighted_spans(tmp_path: Path) -> None:
    client = client_for(fixture_release(tmp_path, publish_text=True))
    html = page(client, "/doc/document/north-south-pact")
    assert '<span id="text-excerpt-90-132"></span><mark><a href="#excerpt-90-132">signed an agreement in Porto on 3 May 2020</a></mark>' in html
    assert "The Porto cluster counts more than 120 companies." in html


def test_home_page(client: TestClient) -> None:
    html = page(client, "/")
    assert re.search(r'href="/list/organisation"><span class="count">2</span> Organisations', html)
    assert '<svg xmlns="http://www.w3.org/2000/svg"' in html and 'class="node kind-agreement"' in html
    assert "curl -L -H &#39;Accept: text/turtle&#39; http://testserver/id/" in html
    assert 'action="/search"' in html and 'href="/sparql"' in html


def test_listing_and_search_pages(client: TestClient) -> None:
    listing = page(client, "/list/organisation")
    assert listing.index("North Medical Council") < listing.index("South Health Cluster")
    found = page(client, "/search?q=Medico")
    assert 'href="/doc/organisation/north-med"' in found and "1 result for “Medico”" in found


def test_ontology_page(client: TestClient) -> None:
    html = page(client, "/ontology")
    assert '<article class="term" id="Cluster">' in html and '<article class="term" id="facilitatedBy">' in html
    assert "A geographic concentration of interconnected firms" in html
    assert "subclass of" in html and "close match" in html
    assert 'id="sector-medical-devices"' in html


def test_graph_page_lists_its_subjects(client: TestClient) -> None:
    html = page(client, "/graph/registry")
    assert 'href="/doc/person/ana-silva"' in html and "triples about" in html


def test_a_large_graph_page_is_a_summary_and_its_rdf_the_whole_graph(client: TestClient) -> None:
    store, settings = client.app.state.store, client.app.state.settings
    small = TestClient(create_app(store, replace(settings, graph_page_max_triples=10)))
    html = page(small, "/graph/registry")
    assert "triples about" not in html and 'href="/doc/person/ana-silva"' not in html
    assert 'href="/list/organisation"><span class="count">2</span>' in html and 'href="/dumps/"' in html
    for extension, syntax in (("nt", "nt"), ("ttl", "turtle")):
        whole = small.get(f"/graph/registry.{extension}")
        assert whole.status_code == 200 and whole.content == small.get(f"/graph/registry.{extension}").content
        listed = client.get(f"/graph/registry.{extension}")
        assert isomorphic(Graph().parse(data=whole.text, format=syntax), Graph().parse(data=listed.text, format=syntax))


def test_network_pictures_kept_or_not_give_the_same_page(client: TestClient) -> None:
    store, settings = client.app.state.store, client.app.state.settings
    uncached = TestClient(create_app(store, replace(settings, page_network_cache=0)))
    for _ in range(2):  # the second time from the pictures kept
        assert page(client, "/doc/organisation/north-med") == page(uncached, "/doc/organisation/north-med")
    assert '<figure class="network">' in page(client, "/doc/organisation/north-med")


def test_search_page_says_when_a_query_matches_more_than_it_ranks(client: TestClient) -> None:
    store, settings = client.app.state.store, client.app.state.settings
    capped = TestClient(create_app(store, replace(settings, search_max_matches=1)))
    assert "More than 1 results" in page(capped, "/search?q=north")
    answer = capped.get("/search?q=north&format=json").json()
    assert answer["more"] is True and answer["total"] == 1 and len(answer["results"]) == 1
    assert client.get("/search?q=north&format=json").json()["more"] is False


def test_not_found_page(client: TestClient) -> None:
    r = client.get("/doc/organisation/nobody", headers=HTML)
    assert r.status_code == 404 and f"{BASE}/id/organisation/nobody" in r.text


def test_text_from_the_data_is_escaped(tmp_path: Path) -> None:
    store = fixture_release(tmp_path)
    registry = store.path.parents[2] / "data" / "entities" / "registry.yaml"
    registry.write_text(registry.read_text(encoding="utf-8").replace(
        "name: {en: South Health Cluster}", "name: {en: 'South <script>alert(1)</script> & Co'}"), encoding="utf-8")
    release, _ = build(Settings(root=store.path.parents[2], base=BASE))
    html = page(client_for(ReleaseStore(release.path)), "/doc/organisation/south-health")
    assert "<script>alert(1)" not in html
    assert "South &lt;script&gt;alert(1)&lt;/script&gt; &amp; Co" in html
    assert json_ld(html)["name"] == "South <script>alert(1)</script> & Co"


def test_script_json_cannot_close_its_script() -> None:
    assert str(script_json({"a": "</script><b>&"})) == '{\n  "a": "\\u003c/script\\u003e\\u003cb\\u003e\\u0026"\n}'


def test_home_page_describes_the_dataset_for_search_engines(client: TestClient) -> None:
    dataset = json_ld(page(client, "/"))
    assert dataset["@type"] == "Dataset" and dataset["name"] and dataset["description"]
    assert dataset["license"].startswith("https://creativecommons.org/licenses/by/4.0")
    downloads = {d["encodingFormat"]: d["contentUrl"] for d in dataset["distribution"]}
    assert any(url.endswith("clusterld.nt.gz") for url in downloads.values())


def test_entity_page_says_how_to_cite_it(client: TestClient) -> None:
    text = re.sub(r"<[^>]+>", "", page(client, "/doc/organisation/north-med"))
    assert "Cite this" in text and "North Medical Council" in text.split("Cite this", 1)[1]
