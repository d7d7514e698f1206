"""The portal over a real uvicorn server: dumps (HEAD, GET, Range, latest), VoID, the DCAT-AP catalogue (with
the DCAT-AP 3.0.1 shapes), sitemaps, robots.txt, the JSON-LD context and CITATION.cff, on two seed releases."""

from __future__ import annotations

import gzip
import hashlib
import json
from collections import Counter
from pathlib import Path
from typing import Iterator

import httpx
import pyshacl
import pytest
import yaml
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, RDF

from clusterld.portal import DUMP_FORMATS, citation_cff
from clusterld.release import Release
from clusterld.search import SEARCH_INDEX, SearchIndex
from clusterld.settings import Settings
from clusterld.store import ReleaseStore
from clusterld.web.app import create_app

from conftest import FIXTURES, REPO
from remote_helpers import BACKENDS, on_backend
from portal_helpers import BASE, RDF_FORMATS, parse_rdf, seed_with_two_releases, sitemap_locs
from web_helpers import running_server

DCAT = Namespace("http://www.w3.org/ns/dcat#")
VOID = Namespace("http://rdfs.org/ns/void#")
SPDX = Namespace("http://spdx.org/rdf/terms#")
SH = Namespace("http://www.w3.org/ns/shacl#")
SCHEMA = Namespace("https://schema.org/")
XSD_DATE_TIME = URIRef("http://www.w3.org/2001/XMLSchema#dateTime")
XSD_NON_NEGATIVE = URIRef("http://www.w3.org/2001/XMLSchema#nonNegativeInteger")
LICENCE = "https://creativecommons.org/licenses/by/4.0/"
SITEMAP_SIZE = 7
DATA_FILES = sorted(DUMP_FORMATS)


@pytest.fixture(scope="module")
def releases(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Release, Release]:
    return seed_with_two_releases(tmp_path_factory.mktemp("portal"))


@pytest.fixture(scope="module")
def current(releases: tuple[Path, Release, Release]) -> Release:
    return releases[2]


@pytest.fixture(scope="module")
def older(releases: tuple[Path, Release, Release]) -> Release:
    return releases[1]


@pytest.fixture(scope="module", params=BACKENDS)
def server(request: pytest.FixtureRequest, releases: tuple[Path, Release, Release]) -> Iterator[str]:
    """The portal of the current release, on the embedded store and then published into a remote store."""
    project, _, current = releases
    settings = Settings(root=project, base=BASE, query_workers=1, sitemap_size=SITEMAP_SIZE)
    with running_server(create_app(on_backend(request, ReleaseStore(current.path), settings), settings)) as root:
        yield root


def local(url: str, server: str) -> str:
    """A canonical URL under {base}, fetched from the test server."""
    assert url.startswith(BASE + "/"), url
    return server + url[len(BASE):]


def licensed(response: httpx.Response) -> bool:
    return f'<{LICENCE}>; rel="license"' in response.headers.get("link", "")


# --- dumps -------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", [*DATA_FILES, "context.jsonld", "SHA256SUMS"])
def test_head_and_get_give_exact_lengths_and_checksums_that_verify(server: str, current: Release, name: str) -> None:
    url = f"{server}/dumps/{current.id}/{name}"
    on_disk = (current.dumps_path / name).read_bytes()
    head = httpx.head(url)
    assert head.status_code == 200 and head.content == b""
    assert int(head.headers["content-length"]) == len(on_disk)
    assert head.headers["cache-control"] == "public, max-age=31536000, immutable"
    assert head.headers["accept-ranges"] == "bytes" and "content-encoding" not in head.headers
    assert head.headers["etag"] == f'"{hashlib.sha256(on_disk).hexdigest()}"' and licensed(head)
    get = httpx.get(url)
    assert get.status_code == 200 and get.content == on_disk
    assert get.headers["etag"] == head.headers["etag"] and get.headers["content-length"] == head.headers["content-length"]
    sums = dict(reversed(line.split("  ")) for line in (current.dumps_path / "SHA256SUMS").read_text().splitlines())
    if name != "SHA256SUMS":
        assert hashlib.sha256(get.content).hexdigest() == sums[name]
        assert {d["name"]: d["size"] for d in current.manifest["dumps"]}[name] == len(get.content)
    if name.endswith(".gz"):
        # served as the gzip file it is: no Content-Encoding, so a client keeps the bytes the checksum is about
        assert get.headers["content-type"] == "application/gzip"
        assert get.headers["content-disposition"] == f'attachment; filename="{name}"'
        assert gzip.decompress(get.content)
    else:
        assert get.headers["content-type"].startswith("application/ld+json" if name.endswith(".jsonld") else "text/plain")


def test_range_requests(server: str, current: Release) -> None:
    url = f"{server}/dumps/{current.id}/clusterld.nt.gz"
    data = (current.dumps_path / "clusterld.nt.gz").read_bytes()
    size = len(data)
    first = httpx.get(url, headers={"Range": "bytes=0-99"})
    assert first.status_code == 206 and first.content == data[:100]
    assert first.headers["content-range"] == f"bytes 0-99/{size}" and first.headers["content-length"] == "100"
    middle = httpx.get(url, headers={"Range": f"bytes=100-{size - 1}"})
    assert middle.status_code == 206 and first.content + middle.content == data
    assert httpx.get(url, headers={"Range": "bytes=-10"}).content == data[-10:]
    assert httpx.get(url, headers={"Range": f"bytes={size - 5}-"}).content == data[-5:]
    head = httpx.head(url, headers={"Range": "bytes=10-19"})
    assert head.status_code == 206 and head.headers["content-length"] == "10" and head.content == b""
    beyond = httpx.get(url, headers={"Range": f"bytes={size}-"})
    assert beyond.status_code == 416 and beyond.headers["content-range"] == f"bytes */{size}"
    # If-Range names another version: the whole (current) file, not a piece of it
    stale = httpx.get(url, headers={"Range": "bytes=0-9", "If-Range": '"not-this-one"'})
    assert stale.status_code == 200 and stale.content == data
    fresh = httpx.get(url, headers={"Range": "bytes=0-9", "If-Range": first.headers["etag"]})
    assert fresh.status_code == 206 and fresh.content == data[:10]


def test_conditional_requests_get_304(server: str, current: Release) -> None:
    url = f"{server}/dumps/{current.id}/clusterld.ttl.gz"
    etag = httpx.head(url).headers["etag"]
    again = httpx.get(url, headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.content == b"" and again.headers["etag"] == etag
    assert again.headers["cache-control"] == "public, max-age=31536000, immutable"
    assert httpx.get(url, headers={"If-None-Match": '"other"'}).status_code == 200


def test_latest_redirects_with_302_to_the_current_release(server: str, current: Release) -> None:
    for method in ("GET", "HEAD"):
        r = httpx.request(method, f"{server}/dumps/latest/clusterld.nq.gz")
        assert r.status_code == 302 and r.headers["location"] == f"/dumps/{current.id}/clusterld.nq.gz"
        assert licensed(r)
    followed = httpx.get(f"{server}/dumps/latest/clusterld.nq.gz", follow_redirects=True)
    assert followed.content == (current.dumps_path / "clusterld.nq.gz").read_bytes()
    listing = httpx.get(f"{server}/dumps/latest/")
    assert listing.status_code == 302 and listing.headers["location"] == f"/dumps/{current.id}/"


def test_earlier_releases_stay_downloadable(server: str, older: Release, current: Release) -> None:
    assert older.id < current.id
    r = httpx.get(f"{server}/dumps/{older.id}/clusterld.nt.gz")
    assert r.status_code == 200 and r.content == (older.dumps_path / "clusterld.nt.gz").read_bytes()
    assert r.content != (current.dumps_path / "clusterld.nt.gz").read_bytes()
    for path in ("/dumps/20990101T000000Z-00000000/clusterld.nt.gz", f"/dumps/{current.id}/manifest.json",
                 f"/dumps/{current.id}/..%2Fmanifest.json", f"/dumps/{current.id}/store", "/dumps/nope/"):
        assert httpx.get(server + path).status_code == 404, path


def test_listing_as_json_and_html(server: str, older: Release, current: Release) -> None:
    r = httpx.get(f"{server}/dumps/")
    assert r.status_code == 200 and r.headers["content-type"] == "application/json" and licensed(r)
    assert "Accept" in r.headers["vary"]
    data = r.json()
    assert [x["release"] for x in data["releases"]] == [current.id, older.id] and data["latest"] == current.id
    assert data["licence"] == LICENCE
    for entry, release in zip(data["releases"], (current, older), strict=True):
        assert entry["current"] == (release is current)
        files = {f["name"]: f for f in entry["files"]}
        assert set(files) == {d["name"] for d in release.manifest["dumps"]}
        for name, f in files.items():
            on_disk = (release.dumps_path / name).read_bytes()
            assert f["size"] == len(on_disk) and f["sha256"] == hashlib.sha256(on_disk).hexdigest()
            assert f["url"] == f"{BASE}/dumps/{release.id}/{name}"
        assert files["clusterld.nt.gz"]["format"] == "N-Triples" and files["clusterld.nt.gz"]["compression"] == "gzip"
    one = httpx.get(f"{server}/dumps/{older.id}/", headers={"Accept": "application/json"}).json()
    assert [x["release"] for x in one["releases"]] == [older.id]
    page = httpx.get(f"{server}/dumps/", headers={"Accept": "text/html,*/*;q=0.8"})
    assert page.status_code == 200 and page.headers["content-type"] == "text/html; charset=utf-8" and licensed(page)
    for release in (current, older):
        assert release.id in page.text
        for d in release.manifest["dumps"]:
            assert d["sha256"] in page.text
    assert f'href="/dumps/{current.id}/clusterld.nt.gz"' in page.text
    assert httpx.get(f"{server}/dumps/?format=html").headers["content-type"].startswith("text/html")
    assert httpx.get(f"{server}/dumps/", headers={"Accept": "image/png"}).status_code == 406


# --- VoID --------------------------------------------------------------------------------------------------------

def sameas_links(release: Release) -> Counter[str]:
    """schema:sameAs links from entities, per host, counted independently of the store, from the N-Triples dump."""
    graph = Graph().parse(data=gzip.decompress((release.dumps_path / "clusterld.nt.gz").read_bytes()), format="nt")
    return Counter(str(o).split("/")[2] for s, o in graph.subject_objects(SCHEMA.sameAs)
                   if str(s).startswith(f"{BASE}/id/"))


@pytest.mark.parametrize("media_type", sorted(RDF_FORMATS))
def test_void_parses_in_every_format_and_agrees_with_the_release(server: str, current: Release, media_type: str) -> None:
    r = httpx.get(f"{server}/.well-known/void", headers={"Accept": media_type})
    assert r.status_code == 200 and r.headers["content-type"].split(";")[0] == media_type and licensed(r)
    assert "Accept" in r.headers["vary"]
    alias = httpx.get(f"{server}/void", headers={"Accept": media_type})
    assert alias.content == r.content and alias.headers["content-location"] == r.headers["content-location"]
    g = parse_rdf(r.content, media_type)
    dataset = URIRef(f"{BASE}/catalog#dataset")
    assert (dataset, RDF.type, VOID.Dataset) in g and (dataset, RDF.type, DCAT.Dataset) in g
    assert g.value(dataset, VOID.sparqlEndpoint) == URIRef(f"{BASE}/sparql")
    assert str(g.value(dataset, VOID.uriSpace)) == f"{BASE}/id/"
    assert g.value(dataset, DCTERMS.license) == URIRef(LICENCE)
    counts = current.manifest["counts"]
    assert int(g.value(dataset, VOID.triples)) == counts["triples"]
    assert int(g.value(dataset, VOID.entities)) == sum(current.manifest["statistics"]["entities"].values())
    dumps = {str(o) for o in g.objects(dataset, VOID.dataDump)}
    assert dumps == {f"{BASE}/dumps/{current.id}/{name}" for name in DATA_FILES}
    for url in dumps:  # the dumps VoID names are the files themselves, and they are there
        assert httpx.head(local(url, server)).status_code == 200
    classes = {str(g.value(p, VOID["class"])): int(g.value(p, VOID.entities)) for p in g.objects(dataset, VOID.classPartition)}
    assert classes == counts["classes"]
    properties = {str(g.value(p, VOID.property)): int(g.value(p, VOID.triples))
                  for p in g.objects(dataset, VOID.propertyPartition)}
    assert sum(properties.values()) == counts["triples"] and len(properties) == int(g.value(dataset, VOID.properties))
    linksets = {str(g.value(g.value(ls, VOID.objectsTarget), DCTERMS.title)): int(g.value(ls, VOID.triples))
                for ls in g.subjects(RDF.type, VOID.Linkset)}
    links = sameas_links(current)
    assert linksets == {"Wikidata": links["www.wikidata.org"], "GeoNames": links["sws.geonames.org"],
                        "DBpedia": links["dbpedia.org"]}
    assert all(n > 0 for n in linksets.values())
    for ls in g.subjects(RDF.type, VOID.Linkset):
        assert g.value(ls, VOID.subjectsTarget) == dataset and g.value(ls, VOID.linkPredicate) == SCHEMA.sameAs
    examples = list(g.objects(dataset, VOID.exampleResource))
    assert examples
    for example in examples:  # example resources dereference
        assert httpx.get(local(str(example), server)).status_code == 303
    assert URIRef("https://w3id.org/clusterld/def/cluster#") in set(g.objects(dataset, VOID.vocabulary))


def test_void_fixed_formats_and_406(server: str) -> None:
    for extension, media_type in (("ttl", "text/turtle"), ("jsonld", "application/ld+json"),
                                  ("rdf", "application/rdf+xml"), ("nt", "application/n-triples")):
        r = httpx.get(f"{server}/void.{extension}", headers={"Accept": "text/html"})
        assert r.status_code == 200 and r.headers["content-type"].split(";")[0] == media_type
        assert r.headers["content-location"] == f"/void.{extension}"
    assert httpx.get(f"{server}/void.png").status_code == 404
    refused = httpx.get(f"{server}/.well-known/void", headers={"Accept": "image/png"})
    assert refused.status_code == 406 and "text/turtle" in refused.text


def test_void_of_a_release_is_in_its_dumps_folder(server: str, older: Release) -> None:
    r = httpx.get(f"{server}/dumps/{older.id}/void.ttl")
    assert r.status_code == 200 and r.headers["content-type"] == "text/turtle; charset=utf-8" and licensed(r)
    g = Graph().parse(data=r.content, format="turtle")
    dataset = URIRef(f"{BASE}/catalog#release-{older.id}")
    assert int(g.value(dataset, VOID.triples)) == older.manifest["counts"]["triples"]
    assert {str(o) for o in g.objects(dataset, VOID.dataDump)} == {f"{BASE}/dumps/{older.id}/{n}" for n in DATA_FILES}
    assert g.value(dataset, DCTERMS.isVersionOf) == URIRef(f"{BASE}/catalog#dataset")


# --- DCAT-AP ---------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("media_type", sorted(RDF_FORMATS))
def test_catalog_parses_in_every_format_and_agrees_with_the_files(server: str, older: Release, current: Release,
                                                                  media_type: str) -> None:
    r = httpx.get(f"{server}/catalog", headers={"Accept": media_type})
    assert r.status_code == 200 and r.headers["content-type"].split(";")[0] == media_type and licensed(r)
    head = httpx.head(f"{server}/catalog", headers={"Accept": media_type})
    assert int(head.headers["content-length"]) == len(r.content) and head.headers["etag"] == r.headers["etag"]
    g = parse_rdf(r.content, media_type)
    catalog, dataset = URIRef(f"{BASE}/catalog"), URIRef(f"{BASE}/catalog#dataset")
    assert (catalog, DCAT.dataset, dataset) in g
    distributions = set(g.objects(dataset, DCAT.distribution))
    assert len(distributions) == len(DATA_FILES)
    for release in (current, older):
        release_dataset = URIRef(f"{BASE}/catalog#release-{release.id}")
        assert (release_dataset, DCAT.inSeries, URIRef(f"{BASE}/catalog#releases")) in g
        assert (dataset, DCTERMS.hasVersion, release_dataset) in g
        files = set(g.objects(release_dataset, DCAT.distribution))
        assert len(files) == len(DATA_FILES)
        if release is current:
            assert files == distributions
        for distribution in files:
            url = str(g.value(distribution, DCAT.downloadURL))
            name = url.rsplit("/", 1)[-1]
            assert url == f"{BASE}/dumps/{release.id}/{name}" and g.value(distribution, DCAT.accessURL) == URIRef(url)
            on_disk = (release.dumps_path / name).read_bytes()
            size = g.value(distribution, DCAT.byteSize)
            assert int(size) == len(on_disk) and size.datatype == XSD_NON_NEGATIVE
            checksum = g.value(distribution, SPDX.checksum)
            assert str(g.value(checksum, SPDX.checksumValue)) == hashlib.sha256(on_disk).hexdigest()
            assert g.value(checksum, SPDX.algorithm) == SPDX.checksumAlgorithm_sha256
            fmt = DUMP_FORMATS[name]
            assert g.value(distribution, DCAT.mediaType) == URIRef(
                f"http://www.iana.org/assignments/media-types/{fmt.media_type}")
            assert g.value(distribution, DCAT.compressFormat) == URIRef(
                "http://www.iana.org/assignments/media-types/application/gzip")
            assert g.value(distribution, DCTERMS.format) == URIRef(
                f"http://publications.europa.eu/resource/authority/file-type/{fmt.file_type}")
            assert g.value(distribution, DCTERMS.license) == URIRef(LICENCE)
            assert g.value(distribution, DCTERMS.issued) == Literal(release.manifest["created"], datatype=XSD_DATE_TIME)
            served = httpx.head(local(url, server))
            assert served.status_code == 200 and int(served.headers["content-length"]) == len(on_disk)
    service = URIRef(f"{BASE}/catalog#sparql")
    assert g.value(service, DCAT.endpointURL) == URIRef(f"{BASE}/sparql")
    assert g.value(service, DCAT.endpointDescription) == URIRef(f"{BASE}/sparql")
    assert g.value(service, DCAT.servesDataset) == dataset
    assert g.value(service, DCTERMS.conformsTo) == URIRef("https://www.w3.org/TR/sparql11-protocol/")
    assert {l.language for l in g.objects(dataset, DCAT.keyword)} == {"en", "ca", "es"}
    assert str(g.value(dataset, DCTERMS.identifier)) == str(dataset)


def test_catalog_fixed_formats(server: str) -> None:
    for extension, media_type in (("ttl", "text/turtle"), ("jsonld", "application/ld+json"), ("rdf", "application/rdf+xml")):
        r = httpx.get(f"{server}/catalog.{extension}")
        assert r.status_code == 200 and r.headers["content-type"].split(";")[0] == media_type
        assert len(parse_rdf(r.content, media_type)) > 100
    assert httpx.get(f"{server}/catalog", headers={"Accept": "image/png"}).status_code == 406


def dcat_ap_results(graph: Graph) -> Counter[str]:
    """Results per severity of validating `graph` with the DCAT-AP 3.0.1 shapes (mandatory and recommended)."""
    shapes = Graph()
    for name in ("shapes.ttl", "shapes_recommended.ttl"):
        shapes.parse(FIXTURES / "dcat-ap" / name, format="turtle")
    _, report, _ = pyshacl.validate(graph, shacl_graph=shapes)
    # the report's own results only: a failed sh:node also nests its details, with their own severity
    return Counter(str(report.value(result, SH.resultSeverity)).rsplit("#", 1)[-1]
                   for result in report.objects(None, SH.result))


def test_catalog_passes_the_dcat_ap_shapes_without_violations_or_warnings(server: str) -> None:
    catalog = Graph().parse(data=httpx.get(f"{server}/catalog.ttl").content, format="turtle")
    assert dcat_ap_results(catalog) == Counter()


def test_the_dcat_ap_shapes_find_what_is_missing(server: str) -> None:
    catalog = Graph().parse(data=httpx.get(f"{server}/catalog.ttl").content, format="turtle")
    dataset = URIRef(f"{BASE}/catalog#dataset")
    catalog.remove((dataset, DCTERMS.title, None))  # mandatory
    catalog.remove((dataset, DCAT.theme, None))  # recommended
    catalog.set((dataset, DCTERMS.modified, Literal("last spring")))  # not an ISO 8601 date
    assert dcat_ap_results(catalog) == Counter({"Violation": 2, "Warning": 1})


# --- sitemap, robots, context, citation ------------------------------------------------------------------------------

def test_sitemaps_are_well_formed_and_every_url_answers(server: str, current: Release) -> None:
    index = httpx.get(f"{server}/sitemap.xml")
    assert index.status_code == 200 and index.headers["content-type"] == "application/xml; charset=utf-8"
    sitemaps = sitemap_locs(index.content, "sitemap")
    assert len(sitemaps) > 2 and all(lastmod == current.manifest["created"] for _, lastmod in sitemaps)
    pages: list[str] = []
    for loc, _ in sitemaps:
        r = httpx.get(local(loc, server))
        assert r.status_code == 200 and licensed(r)
        urls = sitemap_locs(r.content, "url")
        assert 0 < len(urls) <= SITEMAP_SIZE and all(lastmod for _, lastmod in urls)
        pages += [url for url, _ in urls]
    assert len(pages) == len(set(pages))
    entities = SearchIndex(current.path / SEARCH_INDEX).counts()
    described = [url for url in pages if "/doc/" in url]
    assert len(described) == sum(entities.values())  # every entity page (excerpts aside) is listed
    assert f"{BASE}/doc/work/portal-test-report" in described
    with httpx.Client() as client:
        for url in pages:
            r = client.get(local(url, server), headers={"Accept": "text/html"})
            assert r.status_code == 200, url
            assert r.headers["content-type"].startswith("text/html"), url
    assert httpx.get(f"{server}/sitemap-cluster-99.xml").status_code == 404
    assert httpx.get(f"{server}/sitemap-nothing-1.xml").status_code == 404


def test_robots_names_the_sitemap(server: str) -> None:
    r = httpx.get(f"{server}/robots.txt")
    assert r.status_code == 200 and r.headers["content-type"] == "text/plain; charset=utf-8"
    lines = r.text.splitlines()
    assert f"Sitemap: {BASE}/sitemap.xml" in lines and "User-agent: *" in lines and "Disallow: /sparql?" in lines


def test_context_is_the_one_the_jsonld_dump_refers_to(server: str, current: Release) -> None:
    r = httpx.get(f"{server}/context.jsonld")
    assert r.status_code == 200 and r.headers["content-type"] == "application/ld+json" and licensed(r)
    assert r.content == (current.dumps_path / "context.jsonld").read_bytes()
    dump = json.loads(gzip.decompress((current.dumps_path / "clusterld.jsonld.gz").read_bytes()))
    assert dump["@context"] == f"{BASE}/context.jsonld"
    dump["@context"] = r.json()["@context"]
    assert len(Graph().parse(data=json.dumps(dump), format="json-ld")) == current.manifest["counts"]["triples"]


def test_citation_file(server: str, current: Release) -> None:
    r = httpx.get(f"{server}/CITATION.cff")
    assert r.status_code == 200 and licensed(r)
    cff = yaml.safe_load(r.text)
    assert cff["cff-version"] == "1.2.0" and cff["type"] == "dataset" and cff["license"] == "CC-BY-4.0"
    assert cff["version"] == current.id and cff["date-released"] == current.manifest["created"][:10]
    assert cff["authors"] == [{"name": "clusterld project"}] and cff["url"] == f"{BASE}/"
    # the repository's own CITATION.cff is what the default settings give
    assert (REPO / "CITATION.cff").read_text(encoding="utf-8") == citation_cff(Settings(), None)


@pytest.mark.parametrize("path", ["/dumps/", "/catalog", "/catalog.rdf", "/void", "/.well-known/void", "/sitemap.xml",
                                  "/robots.txt", "/context.jsonld", "/CITATION.cff", "/dumps/latest/SHA256SUMS"])
def test_every_portal_response_names_the_licence_and_answers_head(server: str, path: str) -> None:
    get = httpx.get(server + path, follow_redirects=True)
    head = httpx.head(server + path, follow_redirects=True)
    assert get.status_code == head.status_code == 200 and licensed(get) and licensed(head)
    assert int(head.headers["content-length"]) == len(get.content) and head.content == b""
    cross = httpx.get(server + path, headers={"Origin": "https://elsewhere.example"}, follow_redirects=True)
    assert cross.headers["access-control-allow-origin"] == "*"
