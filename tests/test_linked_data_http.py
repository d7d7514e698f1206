"""Every HTTP rule of the linked-data front, over a real uvicorn server on a loopback port."""

from __future__ import annotations

from email.utils import format_datetime
from pathlib import Path
from typing import Iterator

import httpx
import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from clusterld.description import describe, named_graph
from clusterld.settings import Settings
from clusterld.store import ReleaseStore
from clusterld.web.app import create_app

from remote_helpers import BACKENDS, on_backend
from site_helpers import BASE, BUILT_AT, fixture_release
from web_helpers import loopback_socket, running_server, socket_url

BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8"
ENTITY = f"{BASE}/id/organisation/north-med"
RDF_SYNTAX = {"text/turtle": "turtle", "application/ld+json": "json-ld", "application/n-triples": "nt",
              "application/rdf+xml": "xml"}
EXTENSIONS = {"ttl": "text/turtle", "jsonld": "application/ld+json", "nt": "application/n-triples",
              "rdf": "application/rdf+xml", "html": "text/html"}


@pytest.fixture(scope="module", params=BACKENDS)
def store(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> ReleaseStore:
    """The fixture release on the embedded store, then published into an Oxigraph server."""
    release = fixture_release(tmp_path_factory.mktemp("http"))
    return on_backend(request, release, Settings(root=release.path, base=BASE))


@pytest.fixture(scope="module")
def server(store: ReleaseStore) -> Iterator[str]:
    settings = Settings(root=store.path, base=BASE, page_size=2, query_workers=1)
    with running_server(create_app(store, settings)) as root:
        yield root


def get(url: str, accept: str | None = None, **headers: str) -> httpx.Response:
    if accept is not None:
        headers["Accept"] = accept
    return httpx.get(url, headers=headers, timeout=30)


def media(response: httpx.Response) -> str:
    return response.headers["content-type"].split(";")[0]


def test_entity_iri_redirects_with_303(server: str) -> None:
    for method in ("GET", "HEAD"):
        r = httpx.request(method, f"{server}/id/organisation/north-med", headers={"Accept": BROWSER})
        assert r.status_code == 303
        # served away from {base}: a reference the client resolves against the URL it asked for
        assert r.headers["location"] == "/doc/organisation/north-med"
        assert "Accept" in r.headers["vary"]
    followed = httpx.get(f"{server}/id/organisation/north-med", follow_redirects=True)
    assert str(followed.url) == f"{server}/doc/organisation/north-med" and media(followed) == "text/turtle"


def test_served_at_its_base_the_redirect_names_the_base(tmp_path: Path) -> None:
    sock = loopback_socket()
    base = socket_url(sock)
    store = fixture_release(tmp_path, base=base)
    with running_server(create_app(store, Settings(root=tmp_path, base=base, query_workers=1)), sock=sock) as root:
        r = httpx.get(f"{root}/id/organisation/north-med")
        assert r.status_code == 303 and r.headers["location"] == f"{base}/doc/organisation/north-med"
        page = httpx.get(f"{root}/doc/organisation/north-med.html").text
        assert f'href="{base}/doc/organisation/south-health"' in page or f'href="{base}/doc/cluster/porto-medtech"' in page


@pytest.mark.parametrize("accept, expected", [
    (None, "text/turtle"),
    ("*/*", "text/turtle"),
    (BROWSER, "text/html"),
    ("text/html", "text/html"),
    ("application/xhtml+xml", "text/html"),
    ("text/turtle", "text/turtle"),
    ("application/ld+json", "application/ld+json"),
    ("application/json", "application/ld+json"),
    ("application/n-triples", "application/n-triples"),
    ("application/rdf+xml", "application/rdf+xml"),
    ("application/xml", "application/rdf+xml"),
    ("text/turtle;q=0.5, application/ld+json;q=0.9", "application/ld+json"),
    ("text/html;q=0.1, text/turtle", "text/turtle"),
    ("application/rdf+xml, text/html;q=0.5", "application/rdf+xml"),
    ("text/*", "text/turtle"),
    ("TEXT/HTML", "text/html"),
])
def test_content_negotiation(server: str, store: ReleaseStore, accept: str | None, expected: str) -> None:
    r = get(f"{server}/doc/organisation/north-med", accept)
    assert r.status_code == 200 and media(r) == expected
    extension = {v: k for k, v in EXTENSIONS.items()}[expected]
    assert r.headers["content-location"] == f"/doc/organisation/north-med.{extension}"
    assert "Accept" in r.headers["vary"]
    if expected in RDF_SYNTAX:
        assert isomorphic(Graph().parse(data=r.content, format=RDF_SYNTAX[expected]), describe(store, ENTITY))
    else:
        assert "<h1" in r.text and "North Medical Council" in r.text


def test_nothing_acceptable_is_406_listing_the_offers(server: str) -> None:
    r = get(f"{server}/doc/organisation/north-med", "image/png, application/pdf;q=0.5")
    assert r.status_code == 406
    for media_type in EXTENSIONS.values():
        assert media_type in r.text
    assert 'rel="alternate"; type="text/turtle"' in r.headers["link"] and "Accept" in r.headers["vary"]


@pytest.mark.parametrize("extension", sorted(EXTENSIONS))
def test_fixed_format_urls(server: str, store: ReleaseStore, extension: str) -> None:
    r = get(f"{server}/doc/organisation/north-med.{extension}", "image/png")  # the URL decides, not Accept
    assert r.status_code == 200 and media(r) == EXTENSIONS[extension]
    assert r.headers["content-location"] == f"/doc/organisation/north-med.{extension}"
    assert "Accept" not in r.headers.get("vary", "").split(", ")
    if extension != "html":
        assert isomorphic(Graph().parse(data=r.content, format=RDF_SYNTAX[EXTENSIONS[extension]]), describe(store, ENTITY))


def test_format_parameter_overrides_accept(server: str) -> None:
    r = get(f"{server}/doc/organisation/north-med?format=jsonld", "text/html")
    assert r.status_code == 200 and media(r) == "application/ld+json"
    assert r.headers["content-location"] == "/doc/organisation/north-med.jsonld"
    bad = get(f"{server}/doc/organisation/north-med?format=png")
    assert bad.status_code == 400 and "ttl" in bad.text
    assert get(f"{server}/doc/organisation/north-med.png").status_code == 404


def test_text_types_say_utf8_and_html_has_a_strict_csp(server: str) -> None:
    assert get(f"{server}/doc/organisation/north-med.ttl").headers["content-type"] == "text/turtle; charset=utf-8"
    page = get(f"{server}/doc/organisation/north-med.html")
    assert page.headers["content-type"] == "text/html; charset=utf-8"
    csp = page.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert page.headers["x-content-type-options"] == "nosniff"


def test_strong_etags_differ_per_representation_and_give_304(server: str) -> None:
    tags = {}
    for extension in EXTENSIONS:
        r = get(f"{server}/doc/organisation/north-med.{extension}")
        tag = r.headers["etag"]
        assert tag.startswith('"') and not tag.startswith("W/")
        assert r.headers["last-modified"] == format_datetime(BUILT_AT, usegmt=True)
        tags[extension] = tag
        again = get(f"{server}/doc/organisation/north-med.{extension}", **{"If-None-Match": tag})
        assert again.status_code == 304 and again.content == b""
        assert again.headers["etag"] == tag and "cache-control" in again.headers
        assert again.headers["content-location"] == f"/doc/organisation/north-med.{extension}"
        weak = get(f"{server}/doc/organisation/north-med.{extension}", **{"If-None-Match": f'"other", W/{tag}'})
        assert weak.status_code == 304
        assert get(f"{server}/doc/organisation/north-med.{extension}", **{"If-None-Match": '"other"'}).status_code == 200
    assert len(set(tags.values())) == len(EXTENSIONS)
    negotiated = get(f"{server}/doc/organisation/north-med", "text/turtle")
    assert get(f"{server}/doc/organisation/north-med", "text/turtle", **{"If-None-Match": negotiated.headers["etag"]}).status_code == 304
    assert get(f"{server}/doc/organisation/north-med", "application/ld+json",
               **{"If-None-Match": negotiated.headers["etag"]}).status_code == 200
    assert get(f"{server}/doc/organisation/north-med", "text/turtle").content == negotiated.content


def test_if_modified_since(server: str) -> None:
    url = f"{server}/doc/organisation/north-med.ttl"
    assert get(url, **{"If-Modified-Since": format_datetime(BUILT_AT, usegmt=True)}).status_code == 304
    assert get(url, **{"If-Modified-Since": "Sat, 01 Mar 2025 09:30:00 GMT"}).status_code == 200
    assert get(url, **{"If-Modified-Since": "not a date"}).status_code == 200


def test_html_etag_depends_on_the_language(server: str) -> None:
    english = get(f"{server}/doc/organisation/north-med.html")
    spanish = get(f"{server}/doc/organisation/north-med.html", **{"Accept-Language": "es"})
    assert english.headers["etag"] != spanish.headers["etag"]
    assert "Accept-Language" in english.headers["vary"]
    assert "Consejo Médico del Norte</h1>" in spanish.text and "North Medical Council</h1>" in english.text


@pytest.mark.parametrize("path", [
    "/", "/id/organisation/north-med", "/doc/organisation/north-med", "/doc/organisation/north-med.ttl",
    "/doc/organisation/north-med.html", "/doc/document/north-south-pact", "/graph/north-south-pact",
    "/graph/registry.nt", "/search?q=porto", "/search?q=porto&format=json", "/list/organisation",
    "/list/organisation?page=2", "/ontology", "/ontology.html", "/ontology.jsonld", "/static/clusterld/style.css",
    "/doc/organisation/nobody", "/id/organisation/nobody",
])
def test_head_answers_like_get_with_exact_length(server: str, path: str) -> None:
    for accept in (None, BROWSER):
        headers = {"Accept": accept} if accept else {}
        full = httpx.get(f"{server}{path}", headers=headers)
        head = httpx.head(f"{server}{path}", headers=headers)
        assert head.status_code == full.status_code
        assert head.content == b""
        assert int(head.headers["content-length"]) == len(full.content)
        assert head.headers.get("etag") == full.headers.get("etag")


def test_cors(server: str) -> None:
    r = get(f"{server}/doc/organisation/north-med.ttl", Origin="https://elsewhere.example")
    assert r.headers["access-control-allow-origin"] == "*"
    assert "access-control-allow-credentials" not in r.headers
    for exposed in ("ETag", "Link", "Content-Location", "Last-Modified"):
        assert exposed.lower() in r.headers["access-control-expose-headers"].lower()
    preflight = httpx.options(f"{server}/doc/organisation/north-med", headers={
        "Origin": "https://elsewhere.example", "Access-Control-Request-Method": "GET",
        "Access-Control-Request-Headers": "Accept, If-None-Match"})
    assert preflight.status_code in (200, 204)
    assert preflight.headers["access-control-allow-origin"] == "*"
    assert "GET" in preflight.headers["access-control-allow-methods"]


def test_link_headers(server: str) -> None:
    for url in (f"{server}/doc/organisation/north-med", f"{server}/doc/organisation/north-med.html"):
        link = get(url).headers["link"]
        for extension, media_type in EXTENSIONS.items():
            assert f'</doc/organisation/north-med.{extension}>; rel="alternate"; type="{media_type}"' in link
        assert f'<{ENTITY}>; rel="describes"' in link
        assert '<https://creativecommons.org/licenses/by/4.0/>; rel="license"' in link


def test_unknown_ids_are_404_in_html_and_text(server: str) -> None:
    for path in ("/id/organisation/nobody", "/doc/organisation/nobody", "/doc/organisation/nobody.ttl",
                 "/graph/nothing", "/list/unicorn", "/id/nokind/north-med"):
        page = get(f"{server}{path}", BROWSER)
        assert page.status_code == 404 and media(page) == "text/html" and "Not found" in page.text
        rdf = get(f"{server}{path}", "text/turtle")
        assert rdf.status_code == 404 and media(rdf) == "text/plain" and rdf.headers["cache-control"] == "max-age=60"


@pytest.mark.parametrize("path", ["/doc/organisation/a%20b", "/id/organisation/a%3Cb%3E", "/doc/organisation/%22x.ttl",
                                  "/graph/a%20b", "/doc/organisation/north-med.ttl.ttl", "/id/unicorn/north-med"])
def test_odd_paths_are_404_never_500(server: str, path: str) -> None:
    assert get(f"{server}{path}").status_code == 404


def test_named_graphs(server: str, store: ReleaseStore) -> None:
    r = get(f"{server}/graph/north-south-pact", "text/turtle")
    assert r.status_code == 200 and r.headers["content-location"] == "/graph/north-south-pact.ttl"
    assert isomorphic(Graph().parse(data=r.text, format="turtle"), named_graph(store, f"{BASE}/graph/north-south-pact"))
    extra = get(f"{server}/graph/rdf/links.nt")
    assert extra.status_code == 200 and "closeMatch" in extra.text
    page = get(f"{server}/graph/north-south-pact", BROWSER)
    assert page.status_code == 200 and 'href="/doc/agreement/north-south-pact-2020"' in page.text


def test_served_elsewhere_html_links_stay_local_and_rdf_canonical(server: str) -> None:
    page = get(f"{server}/doc/organisation/north-med", BROWSER).text
    assert 'href="/doc/cluster/porto-medtech"' in page and f'<a href="{BASE}' not in page
    assert f'<link rel="canonical" href="{BASE}/doc/organisation/north-med.html">' in page
    assert f"curl -L -H &#39;Accept: text/turtle&#39; {server}/id/organisation/north-med" in page
    turtle = get(f"{server}/doc/organisation/north-med", "text/turtle").text
    assert f"<{BASE}/id/cluster/porto-medtech>" in turtle and "127.0.0.1" not in turtle


def test_search_as_json_and_html(server: str) -> None:
    data = get(f"{server}/search?q=nmc").json()
    assert data["results"][0]["iri"] == ENTITY and data["results"][0]["url"] == "/doc/organisation/north-med"
    assert data["q"] == "nmc" and data["total"] >= 1
    typed = get(f"{server}/search?q=porto&type=place", "application/json").json()
    assert [hit["type"] for hit in typed["results"]] == ["place"]
    page = get(f"{server}/search?q=consejo%20medico", BROWSER)
    assert media(page) == "text/html" and 'href="/doc/organisation/north-med"' in page.text
    assert get(f"{server}/search?q=porto&type=unicorn").status_code == 400


def test_listing_pages_with_next_and_prev(server: str) -> None:
    first = get(f"{server}/list/organisation", "application/json")
    assert first.json()["total"] == 2 and len(first.json()["results"]) == 2
    assert 'rel="next"' not in first.headers["link"]
    assert get(f"{server}/list/place?page=1", BROWSER).status_code == 200
    everything = get(f"{server}/search?q=south", "application/json").json()
    assert everything["total"] >= 3 and "next" in everything
    second = get(f"{server}{everything['next']}", "application/json")
    assert 'rel="prev"' in second.headers["link"] and second.json()["page"] == 2
    assert get(f"{server}/list/organisation?page=9", "application/json").status_code == 404


def test_ontology_in_every_format(server: str) -> None:
    page = get(f"{server}/ontology", BROWSER)
    assert page.status_code == 200 and 'id="Cluster"' in page.text
    turtle = get(f"{server}/ontology")
    assert media(turtle) == "text/turtle" and turtle.headers["content-location"] == "/ontology.ttl"
    assert len(Graph().parse(data=get(f"{server}/ontology.jsonld").content, format="json-ld")) == len(
        Graph().parse(data=turtle.content, format="turtle"))


@pytest.mark.parametrize(
    ("path", "accept"),
    [("/", "text/html"), ("/sparql", "text/html"), ("/sparql", "text/turtle"),
     ("/sparql?query=CONSTRUCT%20%7B%3Fs%20%3Fp%20%3Fo%7D%20WHERE%20%7B%3Fs%20%3Fp%20%3Fo%7D%20LIMIT%201", "text/turtle"),
     ("/sparql?query=SELECT%20*%20WHERE%20%7B%3Fs%20%3Fp%20%3Fo%7D%20LIMIT%201", "application/sparql-results+json"),
     ("/store?default", "application/n-triples"), ("/doc/organisation/north-med", "text/turtle")],
)
def test_licence_link_on_every_html_and_rdf_response(server: str, path: str, accept: str) -> None:
    response = httpx.get(server + path, headers={"Accept": accept})
    assert response.status_code == 200
    links = response.headers.get_list("link")
    assert sum('rel="license"' in link for link in ", ".join(links).split(",")) == 1, links
