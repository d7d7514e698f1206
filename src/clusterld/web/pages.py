"""The browsing pages: home, type listings, search (HTML and JSON) and the ontology (HTML and RDF)."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import PlainTextResponse, Response
from rdflib import Graph

from clusterld.description import named_graph
from clusterld.views.labels import Labels
from clusterld.views.network import featured
from clusterld.views.ontology import ontology_view
from clusterld.portal import schema_org_dataset
from clusterld.search import LISTED_TYPES, Page
from clusterld.serialize import serialize
from clusterld.web.negotiation import HTML_OFFER, LISTING_OFFERS, PAGE_OFFERS, by_extension, negotiate
from clusterld.web.responses import alternates, link_header, representation
from clusterld.web.site import Site
from clusterld.web.urls import Urls

FEATURED = 6


def _page_number(request: Request) -> int:
    try:
        return max(int(request.query_params.get("page", "1")), 1)
    except ValueError:
        return 1


def _paging_links(urls: Urls, path: str, params: dict[str, str], page: int, total: int, size: int) -> dict[str, str]:
    """Where the previous and next pages are (absent at the ends)."""
    links = {}
    if page > 1:
        links["prev"] = urls.local(f"{path}?{urlencode({**params, 'page': page - 1})}")
    if page * size < total:
        links["next"] = urls.local(f"{path}?{urlencode({**params, 'page': page + 1})}")
    return links


def _hits_json(urls: Urls, labels: Labels, found: Page) -> list[dict[str, Any]]:
    return [{"iri": hit.iri, "url": urls.href(hit.iri), "type": hit.type, "label": str(labels(hit.iri)),
             "labels": dict(hit.labels)} for hit in found.hits]


def router(site: Site) -> APIRouter:
    """The browsing routes of `site`."""
    routes = APIRouter()

    def listing_response(request: Request, template: str, path: str, params: dict[str, str], page: int,
                         found: Page, extra: dict[str, Any]) -> Response:
        urls = site.urls(request)
        chosen = request.query_params.get("format")
        offer = by_extension(chosen, LISTING_OFFERS) if chosen else negotiate(request.headers.get("accept"), LISTING_OFFERS)
        paging = _paging_links(urls, path, params, page, found.total, site.settings.page_size)
        links = [*alternates(lambda o: urls.local(f"{path}?{urlencode({**params, 'page': page, 'format': o.extension})}"),
                             LISTING_OFFERS), *((url, rel, None) for rel, url in paging.items())]
        if offer is None:
            return site.not_acceptable(LISTING_OFFERS, link_header(links))
        headers = {"Vary": "Accept, Accept-Language", "Link": link_header(links)}
        labels = site.labels(request)
        if offer is HTML_OFFER:
            return site.html(request, template, labels, headers,
                             lambda: {**extra, "found": found, "page": page, "paging": paging, "params": params})

        def body() -> bytes:
            data = {**params, "page": page, "page_size": site.settings.page_size,
                    "total": found.total, "more": found.more, "per_type": dict(found.per_type),
                    "results": _hits_json(urls, labels, found),
                    **{rel: url for rel, url in paging.items()}}
            return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode()

        return representation(request, body, offer.media_type, site.etag(request, offer.media_type), site.modified,
                              headers)

    @routes.api_route("/", methods=["GET", "HEAD"])
    def home(request: Request) -> Response:
        """The home page."""
        if negotiate(request.headers.get("accept"), PAGE_OFFERS) is None:
            return site.not_acceptable(PAGE_OFFERS, "")
        labels = site.labels(request)

        def build() -> dict[str, Any]:
            network = site.network
            return {"counts": site.counts, "picture": site.network_picture,
                    "featured": [(iri, network.nodes[iri]) for iri in featured(network, FEATURED)],
                    "dataset_schema": schema_org_dataset(site.settings, site.store.manifest)}

        return site.html(request, "home.html", labels, {"Vary": "Accept-Language"}, build)

    @routes.api_route("/list/{kind}", methods=["GET", "HEAD"])
    def listing(kind: str, request: Request) -> Response:
        """Everything of one type, a page at a time."""
        if kind not in LISTED_TYPES:
            return site.not_found(request, f"type {kind}")
        page = _page_number(request)
        size = site.settings.page_size
        found = site.search.listing(kind, size, (page - 1) * size)
        if page > 1 and not found.hits:
            return site.not_found(request, f"page {page} of {kind}")
        return listing_response(request, "listing.html", f"/list/{kind}", {}, page, found, {"kind": kind})

    @routes.api_route("/search", methods=["GET", "HEAD"])
    def search(request: Request) -> Response:
        """Search results, as HTML or JSON."""
        query = request.query_params.get("q", "").strip()
        kind = request.query_params.get("type") or None
        if kind is not None and kind not in LISTED_TYPES:
            return PlainTextResponse(f"unknown type {kind!r}; use one of: {', '.join(LISTED_TYPES)}\n", 400)
        page = _page_number(request)
        size = site.settings.page_size
        found = site.search.search(query, kind, size, (page - 1) * size)
        params = {"q": query, **({"type": kind} if kind else {})}
        return listing_response(request, "search.html", "/search", params, page, found, {"query": query, "kind": kind})

    @routes.api_route("/ontology", methods=["GET", "HEAD"])
    def ontology(request: Request) -> Response:
        """The ontology, negotiated."""
        return ontology_response(request, None)

    @routes.api_route("/ontology.{extension}", methods=["GET", "HEAD"])
    def ontology_file(extension: str, request: Request) -> Response:
        """The ontology in the format its extension names."""
        return ontology_response(request, extension)

    def ontology_response(request: Request, extension: str | None) -> Response:
        graph_iri = f"{site.base}/graph/ontology"
        if graph_iri not in site.graph_names:
            return site.not_found(request, "the ontology")

        def page(labels: Labels, headers: dict[str, str]) -> Response:
            def build() -> dict[str, Any]:
                graph = named_graph(site.store, graph_iri) or Graph()
                reading = labels.using(graph)
                return {"ontology": ontology_view(graph, reading), "label": reading}
            return site.html(request, "ontology.html", labels, headers, build)

        return site.negotiated(request, "/ontology", extension, None,
                               lambda extension: serialize(named_graph(site.store, graph_iri) or Graph(), extension), page)

    return routes
