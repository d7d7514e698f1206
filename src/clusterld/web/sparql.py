"""/sparql: the SPARQL 1.1 Protocol for queries, the service description and the query page.

    GET  /sparql?query=…                          query in the URL (414 past max_query_bytes)
    POST /sparql  application/x-www-form-urlencoded  query=… in the body (413 past max_query_bytes)
    POST /sparql  application/sparql-query         the body is the query (any other type is read the same way)
    POST /sparql  application/sparql-update, or update=…  405: the endpoint is read-only
    GET  /sparql                                   service description (RDF by Accept) or, for browsers, the query page

`default-graph-uri` and `named-graph-uri` set the dataset; `format=` (a format's extension) overrides Accept.
"""

from __future__ import annotations

from typing import Mapping
from urllib.parse import parse_qsl

from fastapi import APIRouter, Request
from fastapi.responses import Response
from fastapi.staticfiles import StaticFiles
from starlette.concurrency import run_in_threadpool

from clusterld.errors import QueryError
from clusterld.sparql.pool import QueryPool, QueryRequest
from clusterld.sparql.description import service_description
from clusterld.settings import Settings
from clusterld.sparql.check import GRAPH_FORMS, update_refused
from clusterld.store import ReleaseStore
from clusterld.web.negotiation import (
    DATASET_OFFERS, DESCRIPTION_OFFERS, HTML_OFFER, RDF_OFFERS, RESULTS_OFFERS, Offer, by_extension, content_type,
    negotiate, offered,
)
from clusterld.web.sparql_page import STATIC, SparqlPages, load_examples

TRUNCATED = "SPARQL-Results-Truncated"
GRAPH_OFFERS = RDF_OFFERS + DATASET_OFFERS
SYNTAXES = {"ttl": "turtle", "nt": "nt", "rdf": "xml", "jsonld": "json-ld"}
Params = Mapping[str, list[str]]


def sparql_router(pool: QueryPool, store: ReleaseStore, settings: Settings) -> APIRouter:
    """The /sparql routes answering from `pool` for the release in `store`."""
    router = APIRouter()
    formats = [o.extension for o in RESULTS_OFFERS + GRAPH_OFFERS]
    described = service_description(f"{settings.base}/sparql", store.manifest["counts"], formats, settings)
    descriptions = {ext: described.serialize(format=syntax, encoding="utf-8") for ext, syntax in SYNTAXES.items()}
    pages = SparqlPages(load_examples(), store.release_id, settings)
    query_page = pages.query_page()

    @router.api_route("/sparql", methods=["GET", "HEAD"])
    async def sparql_get(request: Request) -> Response:
        if len(request.url.query.encode()) > settings.max_query_bytes:
            raise QueryError(
                f"the request URI is longer than {settings.max_query_bytes} bytes, the most this endpoint reads "
                "(setting max_query_bytes); send a long query with POST",
                414,
            )
        return await answer(request, _params(request.url.query))

    @router.post("/sparql")
    async def sparql_post(request: Request) -> Response:
        body = await _read_body(request, settings.max_query_bytes)
        media = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if media == "application/sparql-update":
            raise update_refused()
        if media == "application/x-www-form-urlencoded":
            params = {**_params(request.url.query), **_params(_utf8(body))}
        else:
            params = {**_params(request.url.query), "query": [_utf8(body)]}
        return await answer(request, params)

    async def answer(request: Request, params: Params) -> Response:
        try:
            return await _answer(request, params)
        except QueryError as error:
            error.headers.setdefault("Vary", "Accept")
            raise

    async def _answer(request: Request, params: Params) -> Response:
        if "update" in params:
            raise update_refused()
        accept = request.headers.get("accept")
        requested = _single(params, "format")
        if requested is not None and by_extension(requested, RESULTS_OFFERS + GRAPH_OFFERS + (HTML_OFFER,)) is None:
            raise QueryError(f"unknown format {requested!r}; known: {', '.join(formats)}, html", 400)
        text = _single(params, "query")
        if text is None:
            offer = _choose(accept, requested, DESCRIPTION_OFFERS)
            if offer is None:
                raise QueryError(_not_acceptable("the service description", DESCRIPTION_OFFERS), 406)
            body = query_page if offer is HTML_OFFER else descriptions[offer.extension]
            return _response(body, offer)
        if len(text.encode()) > settings.max_query_bytes:
            raise QueryError(
                f"the query is longer than {settings.max_query_bytes} bytes (setting max_query_bytes)", 413
            )
        results_offer = _choose(accept, requested, RESULTS_OFFERS + (HTML_OFFER,))
        graph_offer = _choose(accept, requested, GRAPH_OFFERS + (HTML_OFFER,))
        result = await pool.run(
            QueryRequest(
                text,
                "srj" if results_offer is HTML_OFFER else getattr(results_offer, "extension", None),
                "ttl" if graph_offer is HTML_OFFER else getattr(graph_offer, "extension", None),
                _graphs(params, "default-graph-uri"),
                _graphs(params, "named-graph-uri"),
            )
        )
        offer = graph_offer if result.form in GRAPH_FORMS else results_offer
        if result.format is None or offer is None:
            offers = GRAPH_OFFERS if result.form in GRAPH_FORMS else RESULTS_OFFERS
            raise QueryError(_not_acceptable(f"a {result.form} result", offers + (HTML_OFFER,)), 406)
        body = result.body
        if offer is HTML_OFFER:  # a table of up to max_rows rows: rendered off the event loop
            body = await run_in_threadpool(pages.results_page, text, result.form, result.body, result.truncated)
        response = _response(body, offer)
        if result.truncated:
            response.headers[TRUNCATED] = "true"
        return response

    return router


def sparql_static() -> dict[str, StaticFiles]:
    """The query page's own files (its script, stylesheet and examples, and YASGUI), by URL folder under /static/."""
    return {name: StaticFiles(directory=str(STATIC / name)) for name in ("sparql", "yasgui")}


def _response(body: bytes, offer: Offer) -> Response:
    return Response(body, media_type=content_type(offer.media_type), headers={"Vary": "Accept"})


def _choose(accept: str | None, requested: str | None, offers: tuple[Offer, ...]) -> Offer | None:
    """`format=` when given (None if it does not fit these offers), else content negotiation on Accept."""
    return by_extension(requested, offers) if requested is not None else negotiate(accept, offers)


def _not_acceptable(what: str, offers: tuple[Offer, ...]) -> str:
    return f"none of the media types in Accept (or format=) can be served for {what}; offered:\n{offered(offers)}"


def _params(query_string: str) -> dict[str, list[str]]:
    params: dict[str, list[str]] = {}
    for name, value in parse_qsl(query_string, keep_blank_values=True):
        params.setdefault(name, []).append(value)
    return params


def _single(params: Params, name: str) -> str | None:
    values = params.get(name, [])
    if len(values) > 1:
        raise QueryError(f"the parameter {name} is given {len(values)} times; give it at most once", 400)
    return values[0] if values else None


def _graphs(params: Params, name: str) -> tuple[str, ...] | None:
    return tuple(params[name]) if name in params else None


def _utf8(body: bytes) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as error:
        raise QueryError(f"the request body is not UTF-8 ({error})", 400) from None


async def _read_body(request: Request, limit: int) -> bytes:
    """The request body, refused with 413 as soon as it is known to exceed `limit` bytes."""
    too_large = QueryError(
        f"the request body is larger than {limit} bytes, the most this endpoint reads (setting max_query_bytes)", 413
    )
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise too_large
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise too_large
        chunks.append(chunk)
    return b"".join(chunks)
