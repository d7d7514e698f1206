"""The ASGI application: built from a served release and the settings, nothing else."""

from __future__ import annotations

import asyncio
from contextlib import asynccontextmanager
from typing import Any, AsyncIterator, Callable, Mapping

from fastapi import FastAPI, Request
from fastapi.responses import PlainTextResponse, Response
from starlette.datastructures import MutableHeaders
from starlette.middleware.cors import CORSMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from clusterld.errors import ClusterldError, QueryError, ReleaseError, StoreError
from clusterld.remote import RemoteReleaseStore
from clusterld.sparql.pool import QueryPool
from clusterld.sparql.remote import RemoteQueries
from clusterld.settings import Settings
from clusterld.store import ReleaseStore
from clusterld.web.html import make_templates
from clusterld.web.linkeddata import linked_data_router, static_files
from clusterld.web.portal import portal_router
from clusterld.web.site import Site
from clusterld.web.sparql import sparql_router, sparql_static
from clusterld.web.store_protocol import store_router

# seconds an application waits at start for its query workers to open the store, by default: with a small
# release it starts with its endpoint ready (`clusterld serve` waits for nothing and serves pages at once)
START_WAIT = 10.0
EXPOSED_HEADERS = ["ETag", "Link", "Location", "Content-Location", "Last-Modified", "Retry-After",
                   "SPARQL-Results-Truncated", "Vary", "Content-Range", "Accept-Ranges", "Content-Disposition"]


def create_app(store: ReleaseStore | RemoteReleaseStore, settings: Settings,
               ready: Callable[[], None] | None = None, workers_wait: float | None = None) -> FastAPI:
    """The clusterld web application serving `store` (embedded or remote) under `settings.base`. It starts once
    its query workers have opened the store or after `workers_wait` seconds (START_WAIT if None), and calls
    `ready` once they all have."""
    pool: QueryPool | RemoteQueries
    if isinstance(store, RemoteReleaseStore):
        pool = RemoteQueries(store, settings)
    else:
        pool = QueryPool(store.store_path, settings, copied_into_memory(store.manifest, settings), store.nquads_dump)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if isinstance(pool, QueryPool):
            await pool.open(START_WAIT if workers_wait is None else workers_wait)
        else:
            await asyncio.to_thread(pool.start)
        # with pages from memory the home page's network (seconds to read on a large release) and the counts of
        # entities are made before the server says it is ready, not on the first visit
        warm = (lambda: (site.network_picture, site.counts)) if isinstance(store, ReleaseStore) and store.in_memory else None
        announced = asyncio.create_task(_announce(pool, ready, warm))
        try:
            yield
        finally:
            announced.cancel()
            pool.close()

    site = Site(store, settings, make_templates())
    app = FastAPI(title="clusterld", docs_url=None, redoc_url=None, openapi_url=None, lifespan=lifespan)
    app.state.store = store
    app.state.settings = settings
    # public read-only data: any origin, never credentials (so "*" is safe)
    app.add_middleware(
        CORSMiddleware,
        allow_origins=["*"],
        allow_methods=["GET", "HEAD", "POST", "OPTIONS"],
        allow_headers=["Accept", "Accept-Language", "Content-Type", "If-None-Match", "If-Modified-Since"],
        expose_headers=EXPOSED_HEADERS,
        max_age=3600,
    )

    app.add_middleware(StandardHeaders, licence=settings.licence)

    app.include_router(linked_data_router(site))
    app.mount("/static/clusterld", static_files(), name="clusterld-static")
    app.include_router(sparql_router(pool, store, settings))
    app.include_router(store_router(store))
    app.include_router(portal_router(store, settings))
    for name, folder in sparql_static().items():
        app.mount(f"/static/{name}", folder, name=f"{name}-static")

    @app.exception_handler(ClusterldError)
    async def clusterld_error(request: Request, error: ClusterldError) -> Response:
        return PlainTextResponse(f"{error}\n", status_code=http_status(error), headers=getattr(error, "headers", None))

    return app


async def _announce(pool: QueryPool | RemoteQueries, ready: Callable[[], None] | None,
                    warm: Callable[[], object] | None) -> None:
    """Call `ready` once every query worker is open (and `warm` has run, off the event loop)."""
    if isinstance(pool, QueryPool):
        await pool.opened()
    if warm is not None:
        await asyncio.to_thread(warm)
    if ready is not None:
        ready()


def copied_into_memory(manifest: Mapping[str, Any], settings: Settings) -> bool:
    """Whether query workers copy the release store into memory: when allowed and it holds few enough quads."""
    quads = sum(manifest["counts"]["graphs"].values())
    return settings.query_memory_store and quads <= settings.query_memory_max_quads


class StandardHeaders:
    """On every response: `X-Content-Type-Options: nosniff`; on every HTML and RDF response, the licence as
    `Link: <…>; rel="license"` unless the handler already sent one. Plain ASGI: no per-request task overhead."""

    LICENSED = ("text/html", "text/turtle", "application/ld+json", "application/n-triples", "application/rdf+xml",
                "application/n-quads", "application/trig", "application/sparql-results")

    def __init__(self, app: ASGIApp, licence: str) -> None:
        self.app = app
        self.link = f'<{licence}>; rel="license"'

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                headers.setdefault("X-Content-Type-Options", "nosniff")
                licensed = headers.get("content-type", "").startswith(self.LICENSED)
                if licensed and 'rel="license"' not in ", ".join(headers.getlist("link")):
                    headers.append("Link", self.link)
            await send(message)

        await self.app(scope, receive, send_with_headers)


def http_status(error: ClusterldError) -> int:
    """The one mapping from clusterld's errors to HTTP statuses."""
    if isinstance(error, QueryError):
        return error.status
    if isinstance(error, ReleaseError):
        return 503
    if isinstance(error, StoreError):
        return 502
    return 500
