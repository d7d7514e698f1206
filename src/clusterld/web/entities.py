"""Dereferencing: `/id/{type}/{slug}` → 303 → `/doc/{type}/{slug}` (negotiated, or `.ext`), and named graphs at
`/graph/{name}`. Handlers parse, call the core, render."""

from __future__ import annotations

import re

from fastapi import APIRouter, Request
from fastapi.responses import PlainTextResponse, Response
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import SKOS

from clusterld.views.chart import observation_charts
from clusterld.description import Description, describe, description, exists, named_graph
from clusterld.views.document import document_view
from clusterld.views.entity import entity_view
from clusterld.iris import ENTITY_TYPES
from clusterld.views.labels import Labels
from clusterld.portal import citation
from clusterld.views.schemaorg import schema_org
from clusterld.serialize import graph_document, serialize
from clusterld.web.responses import CACHE_CONTROL
from clusterld.web.site import Site

SDO_NAME = URIRef("https://schema.org/name")
SLUG = re.compile(r"[A-Za-z0-9_~-]+")  # what may follow /id/{type}/ (a dot would start an extension)


def entity_iri(base: str, kind: str, slug: str) -> str | None:
    """`{base}/id/{kind}/{slug}`, or None when the segments could not be part of an IRI clusterld mints."""
    return f"{base}/id/{kind}/{slug}" if kind in ENTITY_TYPES and SLUG.fullmatch(slug) else None


def split_extension(name: str) -> tuple[str, str | None]:
    """"massmedic.ttl" → ("massmedic", "ttl"); slugs never hold a dot, so the last one starts an extension."""
    stem, dot, extension = name.rpartition(".")
    return (stem, extension) if dot else (name, None)


def router(site: Site) -> APIRouter:
    """The dereferencing routes of `site`."""
    routes = APIRouter()

    @routes.api_route("/id/{kind}/{slug}", methods=["GET", "HEAD"])
    def thing(kind: str, slug: str, request: Request) -> Response:
        """An entity IRI: 303 to its description."""
        return see_other(site, kind, slug, request)

    @routes.api_route("/doc/{kind}/{name}", methods=["GET", "HEAD"])
    def description(kind: str, name: str, request: Request) -> Response:
        """An entity's description, negotiated or in the format its extension names."""
        return described(site, kind, name, request)

    @routes.api_route("/graph/{name:path}", methods=["GET", "HEAD"])
    def graph(name: str, request: Request) -> Response:
        """One named graph of the release."""
        names = site.graph_names
        stem, extension = split_extension(name)
        if f"{site.base}/graph/{name}" in names:
            stem, extension = name, None
        iri = f"{site.base}/graph/{stem}"
        if iri not in names:
            return site.not_found(request, iri)

        def page(labels: Labels, headers: dict[str, str]) -> Response:
            return site.html(request, "graph.html", labels, headers, lambda: graph_page(site, iri, labels))

        def rdf(extension: str) -> bytes:
            if large_graph(site, iri):
                return graph_document(site.store, iri, extension)
            return serialize(named_graph(site.store, iri) or Graph(), extension)

        return site.negotiated(request, f"/graph/{stem}", extension, None, rdf, page)

    return routes


def see_other(site: Site, kind: str, slug: str, request: Request) -> Response:
    """The 303 from an entity IRI to its description (404 when the release has no such entity)."""
    iri = entity_iri(site.base, kind, slug)
    if iri is None or not exists(site.store, iri):
        return site.not_found(request, iri or request.url.path)
    target = site.urls(request).local(f"/doc/{kind}/{slug}")
    # 303: the IRI names a thing (an organisation, an agreement), not a document; its description is elsewhere
    return PlainTextResponse(f"303 See Other: {target}\n", 303,
                             {"Location": target, "Vary": "Accept", "Cache-Control": CACHE_CONTROL})


def described(site: Site, kind: str, name: str, request: Request) -> Response:
    """An entity's description at /doc/{kind}/{name}: negotiated, or in the format the name's extension names."""
    slug, extension = split_extension(name)
    iri = entity_iri(site.base, kind, slug)
    if iri is None or not exists(site.store, iri):
        return site.not_found(request, iri or request.url.path)
    found: str = iri

    def page(labels: Labels, headers: dict[str, str]) -> Response:
        return site.html(request, "document.html" if kind == "document" else "entity.html", labels, headers,
                         lambda: entity_page(site, found, kind, labels))

    return site.negotiated(request, f"/doc/{kind}/{slug}", extension, found,
                           lambda extension: serialize(describe(site.store, found) or Graph(), extension), page)


def entity_page(site: Site, iri: str, kind: str, labels: Labels) -> dict[str, object]:
    """The template context of an entity's (or a document's) page."""
    graph = description(site.store, iri) or Description()
    node = URIRef(iri)
    labels = labels.using(graph)
    picture = site.neighbourhood_picture(iri, graph)
    context: dict[str, object] = {
        "kind": kind,
        "schema": schema_org(graph, node, site.base, labels),
        "charts": observation_charts(graph, node),
        "picture": picture,
        "focus": iri,
        "path": f"/doc/{kind}/{iri.rsplit('/', 1)[-1]}",
        "label": labels,
        "label_languages": sorted({o.language for p in (SKOS.prefLabel, SDO_NAME) for o in graph.objects(node, p)
                                   if isinstance(o, Literal) and o.language}),
        "citation": citation(site.settings, site.store.manifest, iri, str(labels(node))),
    }
    if kind == "document":
        document = document_view(graph, node, labels)
        context.update(view=document.entity, document=document)
    else:
        context["view"] = entity_view(graph, node, labels)
    return context


def large_graph(site: Site, iri: str) -> bool:
    """Whether a named graph holds more than `graph_page_max_triples` triples (as the release counted them)."""
    return site.store.manifest["counts"]["graphs"].get(iri, 0) > site.settings.graph_page_max_triples


def graph_page(site: Site, iri: str, labels: Labels) -> dict[str, object]:
    """The template context of a named graph's page: its subjects, with links; of a large graph, a summary (its
    size, the type listings) whose making reads nothing from the store."""
    path = iri[len(site.base):]
    if large_graph(site, iri):
        return {"iri": iri, "triples": site.store.manifest["counts"]["graphs"][iri], "subjects": None, "path": path,
                "counts": site.counts, "label": labels}
    graph = named_graph(site.store, iri) or Graph()
    labels = labels.using(graph)
    # by label, then IRI: subjects with the same label (two people of one name) come in the same order every time
    subjects = sorted({s for s in graph.subjects() if isinstance(s, URIRef)}, key=lambda s: (str(labels(s)).casefold(), str(s)))
    return {"iri": iri, "triples": len(graph), "subjects": subjects, "path": path, "label": labels}
