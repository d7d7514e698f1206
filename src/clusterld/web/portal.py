"""The portal's routes: what other portals, harvesters, search engines and people use to find, download, cite
and link the data. Handlers parse, call the core (portal, catalog, void, sitemap) and respond.

    /dumps/  /dumps/{release}/           listing of the releases kept (JSON or HTML by Accept, or ?format=)
    /dumps/{release}/{file}              immutable files: strong ETag (their SHA-256), HEAD, Range; void.ttl
    /dumps/latest/…                      302 to the served release
    /.well-known/void  /void[.ext]       VoID of the served release (Turtle, JSON-LD, N-Triples, RDF/XML)
    /catalog[.ext]                       the DCAT-AP 3.0.1 catalogue
    /sitemap.xml  /sitemap-{name}.xml    sitemap index and sitemaps; /robots.txt names the index
    /context.jsonld  /CITATION.cff       the JSON-LD dump's context; how to cite the dataset

Every response carries the licence as `Link: <…>; rel="license"`.
"""

from __future__ import annotations

import hashlib
import json
import os
from email.utils import format_datetime
from typing import Callable

from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, PlainTextResponse, Response
from rdflib import Graph

from clusterld.portal.catalog import catalog_graph
from clusterld.iris import Minter
from clusterld.portal import METADATA_FILES, GZIP, available_releases, citation_cff, dumps_listing, rdf_bytes
from clusterld.release import Release
from clusterld.search import SEARCH_INDEX, SearchIndex
from clusterld.settings import Settings
from clusterld.portal.sitemap import SITE_SITEMAP, parse_name, robots, site_paths, sitemap_index, sitemap_names, urlset
from clusterld.store import ServedRelease
from clusterld.portal.void import void_graph
from clusterld.web.html import make_templates, render
from clusterld.web.negotiation import HTML_OFFER, LISTING_OFFERS, RDF_OFFERS, Offer, by_extension, negotiate
from clusterld.web.responses import KEPT_ON_304, alternates, is_fresh, link_header, release_time, representation
from clusterld.web.site import Site

IMMUTABLE = "public, max-age=31536000, immutable"
LATEST = "latest"
REDIRECT_CACHE = "public, max-age=60"  # /dumps/latest/… moves with every release


def portal_router(store: ServedRelease, settings: Settings) -> APIRouter:
    """The portal routes for the release `store` serves, under `settings.base`."""
    routes = APIRouter()
    site = Site(store, settings, make_templates())
    mint = Minter(settings.base)
    served = Release(store.path, store.manifest)
    licence = (settings.licence, "license", None)
    search = SearchIndex(store.path / SEARCH_INDEX)

    def releases() -> list[Release]:
        return available_releases(settings.build_dir, served)

    def catalog_now() -> Graph:
        return catalog_graph([r.manifest for r in releases()], settings)

    def void_now() -> Graph:
        return void_graph(store.manifest, settings)

    def generated(request: Request, body: bytes, media_type: str, links: list[tuple[str, str, str | None]],
                  headers: dict[str, str] | None = None) -> Response:
        """A document made on request: strong ETag of its bytes, the served release's Last-Modified, 304 if fresh."""
        etag = '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
        return representation(request, lambda: body, media_type, etag, site.modified,
                              {"Link": link_header([*links, licence]), **(headers or {})})

    def redirect(request: Request, path: str) -> Response:
        target = site.urls(request).local(path)
        headers = {"Location": target, "Cache-Control": REDIRECT_CACHE, "Link": link_header([licence])}
        return PlainTextResponse(f"302 Found: {target}\n", 302, headers)

    def rdf_document(request: Request, path: str, extension: str | None, graph: Callable[[], Graph]) -> Response:
        """An RDF document at `path` (negotiated), `path.{ext}` and `path?format={ext}`."""
        urls = site.urls(request)
        links = alternates(lambda o: urls.local(f"{path}.{o.extension}"), RDF_OFFERS)
        requested = extension or request.query_params.get("format")
        offer: Offer | None
        if requested is not None:
            offer = by_extension(requested, RDF_OFFERS)
            if offer is None and extension is not None:
                return site.not_found(request, urls.local(f"{path}.{extension}"))
            if offer is None:
                return PlainTextResponse("unknown format; use one of: " + ", ".join(o.extension for o in RDF_OFFERS)
                                         + "\n", 400)
            vary = {}
        else:
            offer = negotiate(request.headers.get("accept"), RDF_OFFERS)
            if offer is None:
                return site.not_acceptable(RDF_OFFERS, link_header([*links, licence]))
            vary = {"Vary": "Accept"}
        headers = {"Content-Location": urls.local(f"{path}.{offer.extension}"), **vary}
        return generated(request, rdf_bytes(graph(), offer.extension), offer.media_type, links, headers)

    def listing(request: Request, release: str | None) -> Response:
        kept = releases()
        chosen = [r for r in kept if r.id == release] if release else kept
        if not chosen:
            return site.not_found(request, f"release {release}")
        urls = site.urls(request)
        path = f"/dumps/{release}/" if release else "/dumps/"
        requested = request.query_params.get("format")
        offer = by_extension(requested, LISTING_OFFERS) if requested else negotiate(request.headers.get("accept"),
                                                                                    LISTING_OFFERS)
        links = alternates(lambda o: urls.local(f"{path}?format={o.extension}"), LISTING_OFFERS)
        if offer is None:
            return site.not_acceptable(LISTING_OFFERS, link_header([*links, licence]))
        data = dumps_listing(chosen, settings)
        headers = {"Vary": "Accept, Accept-Language", "Link": link_header([*links, licence])}
        if offer is HTML_OFFER:
            labels = site.labels(request)
            etag = site.etag(request, "text/html", *(r.id for r in kept))
            return representation(
                request, lambda: render(site.templates, "dumps.html", **site.context(request, labels, listing=data,
                                                                                      one=release)),
                "text/html", etag, site.modified, headers)
        body = (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode()
        return generated(request, body, offer.media_type, links, {"Vary": "Accept"})

    def dump_file(request: Request, release: Release, name: str) -> Response:
        """One file of a release's dumps folder, as it is on disk: immutable, with HEAD and Range requests."""
        sizes = {d["name"]: (int(d["size"]), str(d["sha256"])) for d in release.manifest.get("dumps", ())}
        path = release.dumps_path / name
        if name == "SHA256SUMS" and path.is_file():
            sizes[name] = (path.stat().st_size, hashlib.sha256(path.read_bytes()).hexdigest())
        if name not in sizes:
            return site.not_found(request, f"{name} in release {release.id}")
        size, digest = sizes[name]
        stat = os.stat(path) if path.is_file() else None
        if stat is None or stat.st_size != size:
            return PlainTextResponse(f"release {release.id} is damaged: {name} is missing or not {size} bytes\n", 503)
        etag, modified = f'"{digest}"', release_time(str(release.manifest["created"]))
        headers = {"ETag": etag, "Last-Modified": format_datetime(modified, usegmt=True), "Cache-Control": IMMUTABLE,
                   "Link": link_header([licence, (str(mint.void(release.id)), "describedby", "text/turtle")])}
        if is_fresh(request, etag, modified):
            return Response(status_code=304, headers={k: v for k, v in headers.items() if k.lower() in KEPT_ON_304})
        compressed = name.endswith(".gz")
        # application/gzip and no Content-Encoding: clients keep the bytes the checksum is about
        return FileResponse(path, headers=headers, stat_result=stat, filename=name,
                            media_type=GZIP if compressed else METADATA_FILES.get(name, "application/octet-stream"),
                            content_disposition_type="attachment" if compressed else "inline")

    @routes.api_route("/dumps/", methods=["GET", "HEAD"])
    def dumps(request: Request) -> Response:
        return listing(request, None)

    @routes.api_route("/dumps/{release}/", methods=["GET", "HEAD"])
    def dumps_of_release(release: str, request: Request) -> Response:
        if release == LATEST:
            return redirect(request, f"/dumps/{served.id}/")
        return listing(request, release)

    @routes.api_route("/dumps/{release}/{name}", methods=["GET", "HEAD"])
    def dumps_file(release: str, name: str, request: Request) -> Response:
        if release == LATEST:
            return redirect(request, f"/dumps/{served.id}/{name}")
        found = next((r for r in releases() if r.id == release), None)
        if found is None:
            return site.not_found(request, f"release {release}")
        if name == "void.ttl":
            graph = void_graph(found.manifest, settings, current=False)
            return generated(request, rdf_bytes(graph, "ttl"), "text/turtle", [])
        return dump_file(request, found, name)

    @routes.api_route("/.well-known/void", methods=["GET", "HEAD"])
    def well_known_void(request: Request) -> Response:
        return rdf_document(request, "/void", None, void_now)

    @routes.api_route("/void", methods=["GET", "HEAD"])
    def void(request: Request) -> Response:
        return rdf_document(request, "/void", None, void_now)

    @routes.api_route("/void.{extension}", methods=["GET", "HEAD"])
    def void_file(extension: str, request: Request) -> Response:
        return rdf_document(request, "/void", extension, void_now)

    @routes.api_route("/catalog", methods=["GET", "HEAD"])
    def catalog(request: Request) -> Response:
        return rdf_document(request, "/catalog", None, catalog_now)

    @routes.api_route("/catalog.{extension}", methods=["GET", "HEAD"])
    def catalog_file(extension: str, request: Request) -> Response:
        return rdf_document(request, "/catalog", extension, catalog_now)

    @routes.api_route("/sitemap.xml", methods=["GET", "HEAD"])
    def sitemap(request: Request) -> Response:
        names = sitemap_names(search.counts(), settings.sitemap_size)
        body = sitemap_index((mint.page(f"/sitemap-{name}.xml") for name in names), str(store.manifest["created"]))
        return generated(request, body, "application/xml", [])

    @routes.api_route("/sitemap-{name}.xml", methods=["GET", "HEAD"])
    def sitemap_page(name: str, request: Request) -> Response:
        counts, size = search.counts(), settings.sitemap_size
        part = parse_name(name)
        if part is None or name not in sitemap_names(counts, size):
            return site.not_found(request, f"sitemap {name}")
        kind, offset = part[0], (part[1] - 1) * size
        if kind == SITE_SITEMAP:
            urls = [mint.page(path) for path in site_paths(counts)[offset:offset + size]]
        else:
            urls = [str(mint.description(hit.iri)) for hit in search.listing(kind, size, offset).hits]
        return generated(request, urlset(urls, str(store.manifest["created"])), "application/xml", [])

    @routes.api_route("/robots.txt", methods=["GET", "HEAD"])
    def robots_txt(request: Request) -> Response:
        return generated(request, robots(mint.page("/sitemap.xml")), "text/plain", [])

    @routes.api_route("/context.jsonld", methods=["GET", "HEAD"])
    def context(request: Request) -> Response:
        body = (store.dumps_path / "context.jsonld").read_bytes()
        return generated(request, body, "application/ld+json", [])

    @routes.api_route("/CITATION.cff", methods=["GET", "HEAD"])
    def citation_file(request: Request) -> Response:
        return generated(request, citation_cff(settings, store.manifest).encode(), "application/yaml", [])

    return routes

