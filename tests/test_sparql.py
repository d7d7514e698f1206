"""The SPARQL endpoint over a real uvicorn server: protocol forms, formats, negotiation, dataset, service
description, query page, Graph Store Protocol read side, row cap and HTTP details; on the embedded store, then on
the release published into an Oxigraph server, every answer compared with the release's own store."""

from __future__ import annotations

import io
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Iterator

import httpx
import pytest
from rdflib import Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF
from rdflib.query import Result

from clusterld.release import Release
from clusterld.settings import Settings
from clusterld.store import ReleaseStore
from clusterld.web.app import create_app
from clusterld.web.responses import release_time
from clusterld.web.sparql_page import load_examples
from remote_helpers import BACKENDS, on_backend
from sparql_helpers import BASE, REPO, SD, build_release, sparql
from web_helpers import running_server

SCHEMA = Namespace("https://schema.org/")
MAX_ROWS = 100
NAMES = "PREFIX schema: <https://schema.org/> SELECT ?s ?name WHERE { ?s schema:name ?name }"
NORTH_MED = URIRef(f"{BASE}/id/organisation/north-med")
REGISTRY = f"{BASE}/graph/registry"
DOCUMENT_GRAPH = f"{BASE}/graph/north-south-pact"
RESULT_TYPES = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
}
GRAPH_TYPES = {
    "turtle": "text/turtle",
    "nt": "application/n-triples",
    "json-ld": "application/ld+json",
    "xml": "application/rdf+xml",
    "nquads": "application/n-quads",
    "trig": "application/trig",
}
BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"


@pytest.fixture(scope="module")
def release(tmp_path_factory: pytest.TempPathFactory) -> Release:
    return build_release(tmp_path_factory.mktemp("sparql") / "project")


@pytest.fixture(scope="module")
def store(release: Release) -> ReleaseStore:
    """The release's embedded store: what the answers of either backend are compared with."""
    return ReleaseStore(release.path)


@pytest.fixture(scope="module", params=BACKENDS)
def url(request: pytest.FixtureRequest, release: Release, store: ReleaseStore) -> Iterator[str]:
    """The endpoint on the embedded store, then on the release published into the module's remote store."""
    settings = Settings(root=release.path.parent.parent.parent, base=BASE, max_rows=MAX_ROWS)
    with running_server(create_app(on_backend(request, store, settings), settings)) as root:
        yield root


def expected_names(store: ReleaseStore) -> set[tuple[str, str]]:
    """Every (subject, name) of the release, read straight from the store (no SPARQL)."""
    return {(str(s), str(o)) for s, _, o, _ in store.quads(predicate=str(SCHEMA.name))}


def rows(response: httpx.Response, fmt: str) -> set[tuple[str, str]]:
    result = Result.parse(io.BytesIO(response.content), format=fmt)
    return {(str(row[0]), str(row[1])) for row in result}


def graph_of(response: httpx.Response, fmt: str) -> set:
    if fmt in ("nquads", "trig"):
        dataset = Dataset()
        dataset.parse(data=response.content, format=fmt)
        return {(s, p, o) for s, p, o, _ in dataset.quads()}
    return set(Graph().parse(data=response.content, format=fmt))


# ---- protocol forms -------------------------------------------------------------------------------------


def test_every_protocol_form_gives_the_same_results(url: str, store: ReleaseStore) -> None:
    expected = expected_names(store)
    assert expected
    get = sparql(url, NAMES)
    form = httpx.post(f"{url}/sparql", data={"query": NAMES})
    direct = httpx.post(f"{url}/sparql", content=NAMES.encode(), headers={"Content-Type": "application/sparql-query"})
    for response in (get, form, direct):
        assert response.status_code == 200, response.text
        assert response.headers["content-type"] == "application/sparql-results+json"
        assert rows(response, "json") == expected


@pytest.mark.parametrize("fmt", RESULT_TYPES)
def test_select_in_every_results_format(url: str, store: ReleaseStore, fmt: str) -> None:
    response = sparql(url, NAMES, accept=RESULT_TYPES[fmt])
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].split(";")[0] == RESULT_TYPES[fmt]
    assert rows(response, fmt) == expected_names(store)


@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_ask(url: str, fmt: str) -> None:
    yes = sparql(url, f"ASK {{ <{NORTH_MED}> ?p ?o }}", accept=RESULT_TYPES[fmt])
    no = sparql(url, "ASK { <urn:nothing> ?p ?o }", accept=RESULT_TYPES[fmt])
    assert Result.parse(io.BytesIO(yes.content), format=fmt).askAnswer is True
    assert Result.parse(io.BytesIO(no.content), format=fmt).askAnswer is False


@pytest.mark.parametrize("fmt", GRAPH_TYPES)
def test_construct_in_every_rdf_format(url: str, store: ReleaseStore, fmt: str) -> None:
    response = sparql(url, f"CONSTRUCT WHERE {{ <{NORTH_MED}> ?p ?o }}", accept=GRAPH_TYPES[fmt])
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].split(";")[0] == GRAPH_TYPES[fmt]
    expected = {(s, p, o) for s, p, o, _ in store.quads(subject=str(NORTH_MED))}
    assert graph_of(response, fmt) == expected


def test_describe(url: str) -> None:
    response = sparql(url, f"DESCRIBE <{NORTH_MED}>", accept="application/n-triples")
    graph = Graph().parse(data=response.content, format="nt")
    assert (NORTH_MED, SCHEMA.name, Literal("North Medical Council", lang="en")) in graph


# ---- content negotiation --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("accept", "query", "media"),
    [
        (None, NAMES, "application/sparql-results+json"),
        ("*/*", NAMES, "application/sparql-results+json"),
        (None, "CONSTRUCT WHERE { ?s ?p ?o }", "text/turtle"),
        ("*/*", "CONSTRUCT WHERE { ?s ?p ?o }", "text/turtle"),
        ("text/csv;q=0.5, application/sparql-results+xml;q=0.9", NAMES, "application/sparql-results+xml"),
        ("application/sparql-results+xml;q=0.2, text/tab-separated-values", NAMES, "text/tab-separated-values"),
        ("application/json", NAMES, "application/sparql-results+json"),
        ("text/turtle;q=0.1, application/n-triples", "CONSTRUCT WHERE { ?s ?p ?o }", "application/n-triples"),
        ("application/ld+json;q=0.9, text/turtle;q=0.4", "CONSTRUCT WHERE { ?s ?p ?o }", "application/ld+json"),
        (BROWSER, NAMES, "text/html"),
    ],
)
def test_negotiation(url: str, accept: str | None, query: str, media: str) -> None:
    response = sparql(url, query, accept=accept)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].split(";")[0] == media
    assert "Accept" in response.headers["vary"]


def test_406_lists_what_is_offered(url: str) -> None:
    response = sparql(url, NAMES, accept="image/png")
    assert response.status_code == 406
    assert "application/sparql-results+json" in response.text and "text/csv" in response.text
    assert "Accept" in response.headers["vary"]
    graph = sparql(url, "CONSTRUCT WHERE { ?s ?p ?o }", accept="text/csv")
    assert graph.status_code == 406 and "text/turtle" in graph.text


def test_format_parameter_overrides_accept(url: str) -> None:
    response = sparql(url, NAMES, accept="application/sparql-results+json", format="csv")
    assert response.headers["content-type"] == "text/csv; charset=utf-8"
    assert sparql(url, NAMES, format="png").status_code == 400


def test_malformed_query_gets_the_parser_message(url: str) -> None:
    response = sparql(url, "SELECT * WHERE { ?s ?p ")
    assert response.status_code == 400
    assert "malformed query" in response.text and "col" in response.text
    undeclared = sparql(url, "SELECT * WHERE { ?s x:p ?o }")  # rdflib's grammar lets this pass; the engine does not
    assert undeclared.status_code == 400 and "malformed query" in undeclared.text


# ---- the dataset ----------------------------------------------------------------------------------------


def count(url: str, query: str, **params: str | list[str]) -> int:
    response = sparql(url, query, **params)
    assert response.status_code == 200, response.text
    return int(response.json()["results"]["bindings"][0]["n"]["value"])


def test_default_graph_is_the_union(url: str, release: Release) -> None:
    distinct = "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }"
    assert count(url, distinct) == release.manifest["counts"]["triples"]


def test_named_graphs_stay_addressable(url: str, release: Release) -> None:
    response = sparql(url, "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
    counts = {b["g"]["value"]: int(b["n"]["value"]) for b in response.json()["results"]["bindings"]}
    assert counts == release.manifest["counts"]["graphs"]


def test_protocol_dataset_overrides_the_union(url: str, release: Release) -> None:
    graphs = release.manifest["counts"]["graphs"]
    everything = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    assert count(url, everything, **{"default-graph-uri": REGISTRY}) == graphs[REGISTRY]
    assert count(url, everything, **{"default-graph-uri": [REGISTRY, DOCUMENT_GRAPH]}) == (
        graphs[REGISTRY] + graphs[DOCUMENT_GRAPH]
    )
    # named-graph-uri alone: those named graphs, and an empty default graph
    assert count(url, everything, **{"named-graph-uri": DOCUMENT_GRAPH}) == 0
    in_graphs = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    assert count(url, in_graphs, **{"named-graph-uri": DOCUMENT_GRAPH}) == 1


def test_from_clauses_inside_the_release(url: str, release: Release) -> None:
    graphs = release.manifest["counts"]["graphs"]
    assert count(url, f"SELECT (COUNT(*) AS ?n) FROM <{REGISTRY}> WHERE {{ ?s ?p ?o }}") == graphs[REGISTRY]
    named = f"SELECT (COUNT(DISTINCT ?g) AS ?n) FROM NAMED <{DOCUMENT_GRAPH}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}"
    assert count(url, named) == 1
    # the protocol's dataset wins over the query's
    overridden = f"SELECT (COUNT(*) AS ?n) FROM <{REGISTRY}> WHERE {{ ?s ?p ?o }}"
    assert count(url, overridden, **{"default-graph-uri": DOCUMENT_GRAPH}) == graphs[DOCUMENT_GRAPH]


# ---- service description and the query page ---------------------------------------------------------------


@pytest.mark.parametrize(("media", "fmt"), [("text/turtle", "turtle"), ("application/ld+json", "json-ld"),
                                            ("application/rdf+xml", "xml"), ("application/n-triples", "nt")])
def test_service_description(url: str, release: Release, media: str, fmt: str) -> None:
    response = httpx.get(f"{url}/sparql", headers={"Accept": media})
    assert response.status_code == 200 and response.headers["content-type"].split(";")[0] == media
    graph = Graph().parse(data=response.content, format=fmt)
    sd = Namespace(SD)
    service = URIRef(f"{BASE}/sparql")
    assert (service, RDF.type, sd.Service) in graph
    assert (service, sd.endpoint, service) in graph
    assert set(graph.objects(service, sd.supportedLanguage)) == {sd.SPARQL11Query}
    assert set(graph.objects(service, sd.feature)) == {sd.UnionDefaultGraph}
    assert not list(graph.triples((None, None, sd.BasicFederatedQuery)))
    formats = {str(f).rsplit("/", 1)[1] for f in graph.objects(service, sd.resultFormat)}
    assert {"SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
            "Turtle", "N-Triples", "JSON-LD", "RDF_XML"} <= formats
    names = {str(n) for n in graph.objects(None, sd.name)}
    assert names == set(release.manifest["counts"]["graphs"])


def test_no_accept_gets_turtle_description(url: str) -> None:
    response = httpx.get(f"{url}/sparql")
    assert response.headers["content-type"] == "text/turtle; charset=utf-8"
    assert "Accept" in response.headers["vary"]


def test_browser_gets_the_query_page_with_local_assets(url: str) -> None:
    response = httpx.get(f"{url}/sparql", headers={"Accept": BROWSER})
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/html; charset=utf-8"
    page = response.text
    assert '<form class="sparql-form" action="sparql" method="get">' in page  # works without JavaScript
    assert 'name="query"' in page and 'data-query="' in page
    for asset in ("static/yasgui/yasgui.min.js", "static/yasgui/yasgui.min.css", "static/sparql/sparql.js",
                  "static/sparql/sparql.css"):
        assert f'"{asset}"' in page
        served = httpx.get(f"{url}/{asset}")
        assert served.status_code == 200 and len(served.content) > 100, asset
    assert "src=\"http" not in page and "href=\"http" not in page.split("<main>")[0]  # nothing from a CDN


def test_html_results_view(url: str) -> None:
    response = httpx.get(f"{url}/sparql", params={"query": NAMES, "format": "html"})
    assert response.status_code == 200 and response.headers["content-type"] == "text/html; charset=utf-8"
    assert "North Medical Council" in response.text and 'href="/id/organisation/north-med"' in response.text
    assert 'class="truncated"' not in response.text
    cut = httpx.get(f"{url}/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o }"}, headers={"Accept": BROWSER})
    assert cut.headers["SPARQL-Results-Truncated"] == "true"
    assert 'class="truncated"' in cut.text and cut.text.count("<tr>") == MAX_ROWS + 1  # + the header row
    ask = httpx.get(f"{url}/sparql", params={"query": f"ASK {{ <{NORTH_MED}> ?p ?o }}", "format": "html"})
    assert '<p class="boolean">yes</p>' in ask.text
    graph = httpx.get(f"{url}/sparql", params={"query": f"DESCRIBE <{NORTH_MED}>"}, headers={"Accept": BROWSER})
    assert graph.headers["content-type"] == "text/html; charset=utf-8"
    assert '<pre class="turtle">' in graph.text and "North Medical Council" in graph.text


# ---- row cap --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", RESULT_TYPES)
def test_row_cap_cuts_and_says_so(url: str, fmt: str) -> None:
    response = sparql(url, "SELECT * WHERE { ?s ?p ?o }", accept=RESULT_TYPES[fmt])
    assert response.status_code == 200
    assert response.headers["SPARQL-Results-Truncated"] == "true"
    assert len(Result.parse(io.BytesIO(response.content), format=fmt).bindings) == MAX_ROWS


def test_row_cap_on_graphs(url: str) -> None:
    response = sparql(url, "CONSTRUCT WHERE { ?s ?p ?o }", accept="application/n-triples")
    assert response.headers["SPARQL-Results-Truncated"] == "true"
    assert len(Graph().parse(data=response.content, format="nt")) == MAX_ROWS


@pytest.mark.parametrize("limit", [10, MAX_ROWS])
def test_no_truncation_signal_when_nothing_was_cut(url: str, limit: int) -> None:
    response = sparql(url, f"SELECT * WHERE {{ ?s ?p ?o }} LIMIT {limit}")
    assert "SPARQL-Results-Truncated" not in response.headers
    assert len(response.json()["results"]["bindings"]) == limit
    assert sparql(url, f"SELECT * WHERE {{ ?s ?p ?o }} LIMIT {MAX_ROWS + 1}").headers["SPARQL-Results-Truncated"] == "true"


# ---- Graph Store Protocol, read side ----------------------------------------------------------------------


@pytest.mark.parametrize("fmt", GRAPH_TYPES)
def test_graph_store_named_graph(url: str, store: ReleaseStore, fmt: str) -> None:
    response = httpx.get(f"{url}/store", params={"graph": REGISTRY}, headers={"Accept": GRAPH_TYPES[fmt]})
    assert response.status_code == 200 and response.headers["content-type"].split(";")[0] == GRAPH_TYPES[fmt]
    assert graph_of(response, fmt) == {(s, p, o) for s, p, o, _ in store.quads(graph=REGISTRY)}
    if fmt in ("nquads", "trig"):
        dataset = Dataset()
        dataset.parse(data=response.content, format=fmt)
        assert {str(g) for _, _, _, g in dataset.quads()} == {REGISTRY}


def test_graph_store_default_graph_is_the_union(url: str, store: ReleaseStore) -> None:
    response = httpx.get(f"{url}/store?default", headers={"Accept": "application/n-triples"})
    assert response.status_code == 200
    assert set(Graph().parse(data=response.content, format="nt")) == {(s, p, o) for s, p, o, _ in store.quads()}


def test_graph_store_errors(url: str) -> None:
    assert httpx.get(f"{url}/store", params={"graph": f"{BASE}/graph/nothing"}).status_code == 404
    assert httpx.get(f"{url}/store").status_code == 400
    assert httpx.get(f"{url}/store?default&graph={REGISTRY}").status_code == 400
    for method in ("PUT", "POST", "DELETE", "PATCH"):
        response = httpx.request(method, f"{url}/store", params={"graph": REGISTRY}, content=b"<a> <b> <c> .",
                                 headers={"Content-Type": "application/n-triples"})
        assert response.status_code == 405 and response.headers["allow"] == "GET, HEAD, OPTIONS", method


# ---- validators and conditional requests ------------------------------------------------------------------


DESCRIPTION_TYPES = ["text/turtle", "application/ld+json", "application/n-triples", "application/rdf+xml", BROWSER]


def assert_revalidates(url: str, params: dict[str, str], accept: str, release: Release) -> str:
    """200 with a strong ETag and the release's Last-Modified, then 304 (GET and HEAD) with either validator; the ETag."""
    first = httpx.get(url, params=params, headers={"Accept": accept})
    assert first.status_code == 200, first.text
    etag, modified = first.headers["etag"], first.headers["last-modified"]
    assert etag.startswith('"') and etag.endswith('"'), etag  # strong, not W/
    assert parsedate_to_datetime(modified) == release_time(release.manifest["created"])
    for validator in ({"If-None-Match": etag}, {"If-None-Match": f'"other", W/{etag}'}, {"If-Modified-Since": modified}):
        for method in ("GET", "HEAD"):
            again = httpx.request(method, url, params=params, headers={"Accept": accept, **validator})
            assert again.status_code == 304, (method, validator, again.text)
            assert again.content == b""
            assert again.headers["etag"] == etag and again.headers["last-modified"] == modified
            assert "Accept" in again.headers["vary"]
    stale = ({"If-None-Match": '"something-else"'}, {"If-Modified-Since": "Mon, 01 Jan 2001 00:00:00 GMT"})
    for validator in stale:
        changed = httpx.get(url, params=params, headers={"Accept": accept, **validator})
        assert changed.status_code == 200 and changed.content == first.content, validator
    return etag


def test_service_description_and_query_page_revalidate(url: str, release: Release) -> None:
    etags = [assert_revalidates(f"{url}/sparql", {}, accept, release) for accept in DESCRIPTION_TYPES]
    assert len(set(etags)) == len(DESCRIPTION_TYPES)  # one per representation
    # the same bytes chosen by format= instead of Accept: the same tag
    assert httpx.get(f"{url}/sparql", params={"format": "nt"}).headers["etag"] == etags[2]


@pytest.mark.parametrize("params", [{"graph": REGISTRY}, {"graph": DOCUMENT_GRAPH}, {"default": ""}])
def test_graph_store_revalidates(url: str, release: Release, params: dict[str, str]) -> None:
    etags = [assert_revalidates(f"{url}/store", params, media, release) for media in GRAPH_TYPES.values()]
    assert len(set(etags)) == len(GRAPH_TYPES)


def test_graph_store_tags_differ_by_graph(url: str) -> None:
    tags = {httpx.get(f"{url}/store", params=params, headers={"Accept": "text/turtle"}).headers["etag"]
            for params in ({"graph": REGISTRY}, {"graph": DOCUMENT_GRAPH}, {"default": ""})}
    assert len(tags) == 3


# ---- HTTP details ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/sparql?query=SELECT+*+WHERE+%7B%3Fs+%3Fp+%3Fo%7D+LIMIT+5", "/sparql",
                                  f"/store?graph={REGISTRY}"])
def test_head_sends_the_headers_of_get(url: str, path: str) -> None:
    get = httpx.get(url + path)
    head = httpx.head(url + path)
    assert head.status_code == get.status_code == 200
    assert head.content == b""
    assert int(head.headers["content-length"]) == len(get.content)
    assert head.headers["content-type"] == get.headers["content-type"]


def test_cors(url: str) -> None:
    response = httpx.get(f"{url}/sparql", params={"query": NAMES}, headers={"Origin": "https://elsewhere.example"})
    assert response.headers["access-control-allow-origin"] == "*"
    assert "SPARQL-Results-Truncated" in response.headers["access-control-expose-headers"]
    preflight = httpx.options(f"{url}/sparql", headers={
        "Origin": "https://elsewhere.example",
        "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type",
    })
    assert preflight.status_code == 200
    assert preflight.headers["access-control-allow-origin"] == "*"
    assert "POST" in preflight.headers["access-control-allow-methods"]
    assert "content-type" in preflight.headers["access-control-allow-headers"].lower()


@pytest.mark.parametrize(("accept", "media"), [("text/csv", "text/csv"), ("text/tab-separated-values", "text/tab-separated-values"),
                                               ("application/sparql-results+xml", "application/sparql-results+xml")])
def test_text_types_say_utf8(url: str, accept: str, media: str) -> None:
    response = sparql(url, NAMES, accept=accept)
    assert response.headers["content-type"] == f"{media}; charset=utf-8"


def test_examples_run(url: str) -> None:
    examples = load_examples()
    assert len(examples) >= 5
    for example in examples:
        response = httpx.post(f"{url}/sparql", data={"query": example.query})
        assert response.status_code == 200, (example.title, response.text)


@pytest.fixture(params=BACKENDS)
def seed_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The endpoint on a release of the repository's own seed data, on either backend."""
    seed = tmp_path / "seed"
    seed.mkdir()
    for folder in ("data", "ontology"):
        (seed / folder).symlink_to(REPO / folder)
    release = build_release(tmp_path / "release", data_from=seed, base="https://clusterld.org")
    settings = Settings(root=tmp_path / "release", base="https://clusterld.org", query_workers=1)
    with running_server(create_app(on_backend(request, ReleaseStore(release.path), settings), settings)) as root:
        yield root


def test_examples_find_something_in_the_seed_data(seed_url: str) -> None:
    """Every example query has answers on the repository's own seed data."""
    for example in load_examples():
        response = httpx.post(f"{seed_url}/sparql", data={"query": example.query},
                              headers={"Accept": "application/sparql-results+json, application/n-triples"})
        assert response.status_code == 200, (example.title, response.text)
        if response.headers["content-type"] == "application/n-triples":
            assert len(Graph().parse(data=response.content, format="nt")), example.title
        else:
            data = response.json()
            assert data.get("boolean") or data.get("results", {}).get("bindings"), example.title
