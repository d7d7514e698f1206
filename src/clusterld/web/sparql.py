"""/sparql: the SPARQL 1.1 Protocol for queries, the service description and the query page.

    GET  /sparql?query=…                          query in the URL (414 past max_query_bytes)
    POST /sparql  application/x-www-form-urlencoded  query=… in the body (413 past max_query_bytes)
    POST /sparql  application/sparql-query         the body is the query (any other type is read the same way)
    POST /sparql  application/sparql-update, or update=…  405: the endpoint is read-only
    GET  /sparql                                   service description (RDF by Accept) or, for browsers, the query page

`default-graph-uri` and `named-graph-uri` set the dataset; `format=` (a format's extension) overrides Accept.
The service description and the query page are made once per release, on first request (a large release's
description lists thousands of graphs), and carry validators (a strong ETag of their bytes, the release's time
as Last-Modified): a conditional GET or HEAD gets 304.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from email.utils import format_datetime
from typing import Protocol
from urllib.parse import parse_qsl

from fastapi import APIRouter, Request
from fastapi.responses import Response
from fastapi.staticfiles import StaticFiles
from rdflib import Graph
from starlette.concurrency import run_in_threadpool
from starlette.routing import Route

from clusterld.errors import QueryError
from clusterld.settings import Settings
from clusterld.sparql.check import GRAPH_FORMS, update_refused
from clusterld.sparql.description import service_description
from clusterld.sparql.pool import QueryRequest, QueryResult
from clusterld.store import ServedRelease
from clusterld.web.negotiation import (
    DATASET_OFFERS, DESCRIPTION_OFFERS, HTML_OFFER, RDF_OFFERS, RESULTS_OFFERS, Offer, by_extension, content_type,
    negotiate, offered,
)
from clusterld.web.responses import CACHE_CONTROL, is_fresh, release_time, strong_etag
from clusterld.web.sparql_page import STATIC, SparqlPages, load_examples

TRUNCATED = "SPARQL-Results-Truncated"
GRAPH_OFFERS = RDF_OFFERS + DATASET_OFFERS
ALL_OFFERS = RESULTS_OFFERS + GRAPH_OFFERS + (HTML_OFFER,)
SYNTAXES = {"ttl": "turtle", "nt": "nt", "rdf": "xml", "jsonld": "json-ld"}
Params = Mapping[str, list[str]]


class QueryRunner(Protocol):
    """What answers queries: the pool of worker processes, or a runner on a remote store."""

    async def run(self, request: QueryRequest) -> QueryResult:
        """Run one query; raise QueryError for a refusal, the caps and the deadline."""
        ...


@dataclass(frozen=True)
class _Document:
    """A representation of GET /sparql without a query, made once: its bytes and validators."""

    body: bytes
    media_type: str
    headers: Mapping[str, str]


def sparql_router(pool: QueryRunner, store: ServedRelease, settings: Settings) -> APIRouter:
    """The /sparql routes answering from `pool` for the release in `store`."""
    router = APIRouter()
    formats = [o.extension for o in RESULTS_OFFERS + GRAPH_OFFERS]
    modified = release_time(str(store.manifest["created"]))
    pages = SparqlPages(load_examples(), store.release_id, settings)
    last_modified = format_datetime(modified, usegmt=True)

    @functools.cache
    def described() -> Graph:
        return service_description(f"{settings.base}/sparql", store.manifest["counts"], formats, settings)

    @functools.cache
    def document(offer: Offer) -> _Document:
        if offer is HTML_OFFER:
            return _document(pages.query_page(), offer, store.release_id, last_modified)
        body = described().serialize(format=SYNTAXES[offer.extension], encoding="utf-8")
        return _document(body, offer, store.release_id, last_modified)

    async def sparql(request: Request) -> Response:
        try:
            if request.method == "POST":
                return await answer(request, await _post_params(request, settings.max_query_bytes))
            query_string = request.scope["query_string"]
            if len(query_string) > settings.max_query_bytes:
                raise QueryError(
                    f"the request URI is longer than {settings.max_query_bytes} bytes, the most this endpoint "
                    "reads (setting max_query_bytes); send a long query with POST",
                    414,
                )
            return await answer(request, _params(query_string.decode("latin-1")))
        except QueryError as error:
            error.headers.setdefault("Vary", "Accept")
            raise

    async def answer(request: Request, params: Params) -> Response:
        if "update" in params:
            raise update_refused()
        accept = request.headers.get("accept")
        requested = _single(params, "format")
        if requested is not None and by_extension(requested, ALL_OFFERS) is None:
            raise QueryError(f"unknown format {requested!r}; known: {', '.join(formats)}, html", 400)
        text = _single(params, "query")
        if text is None:
            offer = _choose(accept, requested, DESCRIPTION_OFFERS)
            if offer is None:
                raise QueryError(_not_acceptable("the service description", DESCRIPTION_OFFERS), 406)
            found = await run_in_threadpool(document, offer)
            if is_fresh(request, found.headers["ETag"], modified):
                return Response(status_code=304, headers=found.headers)
            return Response(found.body, media_type=found.media_type, headers=found.headers)
        if len(text.encode()) > settings.max_query_bytes:
            raise QueryError(
                f"the query is longer than {settings.max_query_bytes} bytes (setting max_query_bytes)", 413
            )
        results_offer, graph_offer = _query_offers(accept, requested)
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
        headers = {"Vary": "Accept", TRUNCATED: "true"} if result.truncated else {"Vary": "Accept"}
        return Response(body, media_type=content_type(offer.media_type), headers=headers)

    # a plain route: the endpoint reads the request itself, so FastAPI's parameter machinery would only cost time
    router.routes.append(Route("/sparql", sparql, methods=["GET", "HEAD", "POST"]))
    return router


def sparql_static() -> dict[str, StaticFiles]:
    """The query page's own files (its script, stylesheet and examples, and YASGUI), by URL folder under /static/."""
    return {name: StaticFiles(directory=str(STATIC / name)) for name in ("sparql", "yasgui")}


def _document(body: bytes, offer: Offer, release: str, modified: str) -> _Document:
    """The service description (or the query page) in one format, with a strong ETag of its bytes."""
    etag = strong_etag(release, "sparql", offer.media_type, hashlib.sha256(body).hexdigest())
    headers = {"ETag": etag, "Last-Modified": modified, "Cache-Control": CACHE_CONTROL, "Vary": "Accept"}
    return _Document(body, content_type(offer.media_type), headers)


def _choose(accept: str | None, requested: str | None, offers: tuple[Offer, ...]) -> Offer | None:
    """`format=` when given (None if it does not fit these offers), else content negotiation on Accept."""
    return by_extension(requested, offers) if requested is not None else negotiate(accept, offers)


@functools.lru_cache(maxsize=256)  # the same few Accept headers come again and again
def _query_offers(accept: str | None, requested: str | None) -> tuple[Offer | None, Offer | None]:
    """What a SELECT or ASK result and what a CONSTRUCT or DESCRIBE result would be served as."""
    return (_choose(accept, requested, RESULTS_OFFERS + (HTML_OFFER,)),
            _choose(accept, requested, GRAPH_OFFERS + (HTML_OFFER,)))


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


async def _post_params(request: Request, limit: int) -> dict[str, list[str]]:
    """The parameters of a POST: the URL's, and the form's or the query that is the whole body."""
    body = await _read_body(request, limit)
    media = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media == "application/sparql-update":
        raise update_refused()
    query_string = request.scope["query_string"].decode("latin-1")
    if media == "application/x-www-form-urlencoded":
        return {**_params(query_string), **_params(_utf8(body))}
    return {**_params(query_string), "query": [_utf8(body)]}


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
