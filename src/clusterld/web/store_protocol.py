"""/store: the read side of the SPARQL 1.1 Graph Store HTTP Protocol (indirect graph identification).

    GET/HEAD /store?graph=IRI   one named graph of the release, in any RDF format by Accept (404 if unknown)
    GET/HEAD /store?default     the default graph: the union of all graphs, as the SPARQL endpoint sees it
    PUT/POST/DELETE/PATCH       405: the graph store is read-only

A graph's bytes depend only on the release, the graph and the format: each representation has a strong ETag
from those, and the release's time as Last-Modified; a conditional GET or HEAD gets 304 without serialising.
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from clusterld.errors import QueryError
from clusterld.graph import PREFIXES
from clusterld.store import ServedRelease
from clusterld.web.negotiation import DATASET_OFFERS, RDF_OFFERS, by_extension, negotiate, offered
from clusterld.web.responses import release_time, representation, strong_etag

GRAPH_STORE_OFFERS = RDF_OFFERS + DATASET_OFFERS
ALLOW = "GET, HEAD, OPTIONS"


def store_router(store: ServedRelease) -> APIRouter:
    """The /store routes serving the graphs of the release in `store`."""
    router = APIRouter()
    graphs = frozenset(store.graph_names())
    modified = release_time(str(store.manifest["created"]))

    @router.api_route("/store", methods=["GET", "HEAD"])
    def read_graph(request: Request) -> Response:
        params = request.query_params
        names = params.getlist("graph")
        if ("default" in params) == bool(names) or len(names) > 1:
            raise QueryError("name exactly one graph: ?graph=IRI (one of the release's named graphs) or ?default", 400)
        graph = names[0] if names else None
        if graph is not None and graph not in graphs:
            raise QueryError(f"the release has no graph <{graph}>", 404)
        requested = params.get("format")
        offer = (by_extension(requested, GRAPH_STORE_OFFERS) if requested is not None
                 else negotiate(request.headers.get("accept"), GRAPH_STORE_OFFERS))
        if offer is None:
            raise QueryError(f"none of the media types in Accept (or format=) can be served; offered:\n"
                             f"{offered(GRAPH_STORE_OFFERS)}", 406, {"Vary": "Accept"})
        etag = strong_etag(store.release_id, "store", graph or "default", offer.media_type)
        return representation(request, lambda: store.graph_document(graph, offer.extension, PREFIXES),
                              offer.media_type, etag, modified, {"Vary": "Accept"})

    @router.api_route("/store", methods=["PUT", "POST", "DELETE", "PATCH"])
    def refuse_write() -> Response:
        raise QueryError(
            "the graph store is read-only: the data changes only through a new release", 405, {"Allow": ALLOW}
        )

    return router
