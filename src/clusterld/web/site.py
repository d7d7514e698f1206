"""The linked-data site of one release: what every page handler shares (store, settings, templates, the search
index, the network picture) and the few steps they all take (labels, validators, HTML, 404, 406)."""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass
from datetime import datetime
from functools import cached_property
from typing import Any, Callable, Generic, Hashable, Mapping, TypeVar

from fastapi import Request
from fastapi.responses import PlainTextResponse, Response
from fastapi.templating import Jinja2Templates
from rdflib import Graph

from clusterld.description import Triples
from clusterld.views.labels import Labels
from clusterld.views.network import Network, Picture, layout, neighbourhood, whole_network
from clusterld.search import SEARCH_INDEX, SearchIndex
from clusterld.settings import Settings
from clusterld.store import ServedRelease
from clusterld.web.html import languages, render
from clusterld.web.negotiation import DESCRIPTION_OFFERS, HTML_OFFER, Offer, by_extension, negotiate, offered
from clusterld.web.responses import CSP, alternates, link_header, release_time, representation, strong_etag
from clusterld.web.urls import Urls, urls_for

NETWORK_SIZE = (960, 640)
NEIGHBOURHOOD_SIZE = (720, 420)
NEIGHBOURHOOD_NODES = 30
Value = TypeVar("Value")


class Recent(Generic[Value]):
    """The `size` most recently used values made for keys, kept for reuse (a release never changes, so neither
    do they); safe across the threads a web process answers in."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._kept: OrderedDict[Hashable, Value] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Hashable, make: Callable[[], Value]) -> Value:
        """The value kept for `key`, else `make()` (kept from now on)."""
        with self._lock:
            if key in self._kept:
                self._kept.move_to_end(key)
                return self._kept[key]
        value = make()  # outside the lock: two threads may make the same value, never wait on each other
        if self.size > 0:
            with self._lock:
                self._kept[key] = value
                if len(self._kept) > self.size:
                    self._kept.popitem(last=False)
        return value


@dataclass(frozen=True)
class Site:
    """One release served under one base."""

    store: ServedRelease
    settings: Settings
    templates: Jinja2Templates

    @property
    def base(self) -> str:
        """The canonical base of every IRI served."""
        return self.settings.base

    @cached_property
    def modified(self) -> datetime:
        """When the release was made: the Last-Modified of every page."""
        return release_time(str(self.store.manifest["created"]))

    @cached_property
    def search(self) -> SearchIndex:
        """The release's search index."""
        return SearchIndex(self.store.path / SEARCH_INDEX, self.settings.search_max_matches)

    @cached_property
    def graph_names(self) -> frozenset[str]:
        """The release's named graphs (read once per process: a large release has tens of thousands)."""
        return frozenset(self.store.graph_names())

    @cached_property
    def counts(self) -> dict[str, int]:
        """Entities per type (read once per process: counting a large release's index takes a tenth of a second)."""
        return self.search.counts()

    @cached_property
    def network(self) -> Network:
        """The whole network, cut to the best-connected nodes (computed once per process)."""
        return whole_network(self.store, self.base, self.settings.network_max_nodes)

    @cached_property
    def network_picture(self) -> Picture:
        """The home page's picture of the whole network (laid out once per process)."""
        return layout(self.network, *NETWORK_SIZE)

    @cached_property
    def _pictures(self) -> Recent[Picture | None]:
        return Recent(self.settings.page_network_cache)

    def neighbourhood_picture(self, iri: str, description: Triples) -> Picture | None:
        """The picture of an entity's neighbourhood (None when it links to no other node), laid out once while it
        is among the `page_network_cache` most recently shown; `description` is the entity's description."""
        def make() -> Picture | None:
            network = neighbourhood(self.store, self.base, iri, NEIGHBOURHOOD_NODES, description)
            return layout(network, *NEIGHBOURHOOD_SIZE, pinned=iri) if len(network.nodes) > 1 else None
        return self._pictures.get(iri, make)

    def urls(self, request: Request) -> Urls:
        """Where links point for this request."""
        return urls_for(request, self.base)

    def labels(self, request: Request, graph: Graph | None = None) -> Labels:
        """Labels in the reader's languages, read from `graph` first."""
        return Labels(self.store, languages(request, self.settings.default_language), graph if graph is not None else Graph())

    def etag(self, request: Request, media_type: str, *extra: str) -> str:
        """The strong ETag of one representation: release, serving site, URL, media type and languages decide its bytes."""
        langs = ",".join(languages(request, self.settings.default_language)) if media_type == "text/html" else ""
        return strong_etag(self.store.release_id, str(request.base_url), str(request.url.path), str(request.url.query),
                           media_type, langs, *extra)

    def context(self, request: Request, labels: Labels, **extra: Any) -> dict[str, Any]:
        """What every template gets."""
        return {"urls": self.urls(request), "label": labels, "settings": self.settings,
                "manifest": self.store.manifest, "languages": labels.languages, **extra}

    def html(self, request: Request, template: str, labels: Labels, headers: Mapping[str, str],
             build: Callable[[], Mapping[str, Any]]) -> Response:
        """An HTML page with validators; `build` makes its template context, only when the client has no fresh copy."""
        licence = (self.settings.licence, "license", None)
        link = link_header([licence])
        all_headers = {**headers, "Link": f"{headers['Link']}, {link}" if "Link" in headers else link}
        return representation(
            request, lambda: render(self.templates, template, **self.context(request, labels, **build())),
            "text/html", self.etag(request, "text/html"), self.modified, all_headers)

    def negotiated(self, request: Request, path: str, extension: str | None, describes: str | None,
                   rdf: Callable[[str], bytes], page: Callable[[Labels, dict[str, str]], Response]) -> Response:
        """A resource offered as RDF (`rdf` writes it in the syntax of an extension) and HTML at `path`
        (negotiated), `path.{ext}` and `path?format={ext}`."""
        urls = self.urls(request)
        links = [*alternates(lambda o: urls.local(f"{path}.{o.extension}"), DESCRIPTION_OFFERS)]
        if describes:
            links.append((describes, "describes", None))
        requested = extension or request.query_params.get("format")
        if requested is not None:
            offer = by_extension(requested, DESCRIPTION_OFFERS)
            if offer is None and extension is not None:
                return self.not_found(request, urls.local(f"{path}.{extension}"))
            if offer is None:
                return PlainTextResponse(
                    "unknown format; use one of: " + ", ".join(o.extension for o in DESCRIPTION_OFFERS) + "\n", 400)
            vary = "Accept-Language" if offer is HTML_OFFER else None
        else:
            offer = negotiate(request.headers.get("accept"), DESCRIPTION_OFFERS)
            if offer is None:
                return self.not_acceptable(DESCRIPTION_OFFERS, link_header(links))
            vary = "Accept, Accept-Language"
        headers = {"Content-Location": urls.local(f"{path}.{offer.extension}"), "Link": link_header(links)}
        if vary:
            headers["Vary"] = vary
        if offer is HTML_OFFER:
            return page(self.labels(request), headers)
        link = link_header([*links, (self.settings.licence, "license", None)])
        return representation(request, lambda: rdf(offer.extension), offer.media_type,
                              self.etag(request, offer.media_type), self.modified, {**headers, "Link": link})

    def not_found(self, request: Request, what: str) -> Response:
        """404: a page for a browser, plain text for anyone else; cached briefly, since a new release may add it."""
        headers = {"Cache-Control": "max-age=60", "Vary": "Accept"}
        if negotiate(request.headers.get("accept"), DESCRIPTION_OFFERS) == HTML_OFFER:
            body = render(self.templates, "not_found.html",
                          **self.context(request, self.labels(request), what=what))
            return Response(body, 404, {**headers, "Content-Security-Policy": CSP}, media_type="text/html; charset=utf-8")
        return PlainTextResponse(f"not found: {what}\n", 404, headers)

    def not_acceptable(self, offers: tuple[Offer, ...], links: str, vary: str = "Accept") -> Response:
        """406 listing what is offered, as text and as Link alternates."""
        headers = {"Vary": vary, **({"Link": links} if links else {})}
        return PlainTextResponse("Not acceptable. This resource is offered as:\n" + offered(offers), 406, headers)
