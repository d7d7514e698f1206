"""The network picture: clusters, programmes, organisations and people linked by agreements, events, memberships
and roles, read with direct pattern lookups and laid out deterministically (a Fruchterman–Reingold force layout
started from a circle in IRI order, so the same release always gives the same picture)."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Iterable, Iterator

from rdflib import URIRef
from rdflib.namespace import ORG

from clusterld.description import Triples
from clusterld.iris import CL
from clusterld.search import entity_type
from clusterld.store import ServedRelease

SDO = "https://schema.org/"
NODE_KINDS = ("cluster", "organisation", "programme", "person", "agreement", "event")
ACTOR_KINDS = ("cluster", "organisation", "programme")
GRAVITY = 0.06
EDGE_PREDICATES = tuple(str(p) for p in (
    CL.party, URIRef(SDO + "organizer"), URIRef(SDO + "attendee"), URIRef(SDO + "contributor"), CL.speaker,
    CL.trainer, CL.visited, CL.partOfProgramme, CL.signedDuring, URIRef(SDO + "superEvent"), CL.facilitates,
    ORG.memberOf, ORG.subOrganizationOf, CL.operatedBy, URIRef(SDO + "alumniOf"), CL.launchedBy, CL.promotedBy,
))
_EDGES = frozenset(EDGE_PREDICATES)
_ROLE_ENDS = frozenset((str(ORG.member), str(ORG.organization)))  # a role node links its member and organisation


@dataclass(frozen=True)
class Edge:
    """An undirected link between two nodes (source < target), named by a predicate or a role node."""

    source: str
    target: str
    via: str


@dataclass(frozen=True)
class Network:
    """Nodes (IRI → kind) and the edges between them."""

    nodes: dict[str, str]
    edges: tuple[Edge, ...]

    def degree(self) -> dict[str, int]:
        """Number of edges at each node."""
        counts = dict.fromkeys(self.nodes, 0)
        for edge in self.edges:
            counts[edge.source] += 1
            counts[edge.target] += 1
        return counts


@dataclass(frozen=True)
class PlacedNode:
    """A node in the picture: where it is drawn and how big."""

    iri: str
    kind: str
    x: float
    y: float
    r: float
    degree: int


@dataclass(frozen=True)
class PlacedEdge:
    """A line of the picture."""

    x1: float
    y1: float
    x2: float
    y2: float
    via: str


@dataclass(frozen=True)
class Picture:
    """A laid-out network, in the coordinates of an SVG viewBox."""

    width: int
    height: int
    nodes: tuple[PlacedNode, ...]
    edges: tuple[PlacedEdge, ...]


Link = tuple[str, str, str, str, str]  # (a, kind of a, b, kind of b, via)


def _links(base: str, quads: Iterable[tuple]) -> Iterator[Link]:
    for s, p, o, _ in quads:
        ks, ko = entity_type(str(s), base), entity_type(str(o), base)
        if ks in NODE_KINDS and ko in NODE_KINDS and s != o:
            yield str(s), ks, str(o), ko, str(p)  # type: ignore[misc]


def _role_links(store: ServedRelease, base: str, roles: Iterable[str]) -> Iterator[Link]:
    """A role or membership node becomes one link between the member and the organisation."""
    for role in roles:
        for _, _, member, _ in store.quads(role, str(ORG.member)):
            for _, _, organisation, _ in store.quads(role, str(ORG.organization)):
                yield from _links(base, [(member, role, organisation, None)])


def _network(links: Iterable[Link]) -> Network:
    nodes, edges = _nodes_and_edges(links)
    return Network(nodes, tuple(sorted(edges, key=_edge_order)))


def _nodes_and_edges(links: Iterable[Link]) -> tuple[dict[str, str], set[Edge]]:
    nodes: dict[str, str] = {}
    edges: set[Edge] = set()
    for a, kind_a, b, kind_b, via in links:
        nodes[a], nodes[b] = kind_a, kind_b
        first, second = sorted((a, b))
        edges.add(Edge(first, second, via))
    return nodes, edges


def _edge_order(edge: Edge) -> tuple[str, str, str]:
    return edge.source, edge.target, edge.via


def whole_network(store: ServedRelease, base: str, max_nodes: int) -> Network:
    """The release's network, cut to the `max_nodes` best-connected nodes.

    Read with one lookup per predicate: role nodes from their members and their organisations, joined here (not
    two lookups per role); only the edges kept are sorted."""
    links = [link for p in EDGE_PREDICATES for link in _links(base, store.quads(None, p))]
    ends: tuple[dict[str, list], dict[str, list]] = ({}, {})
    for found, predicate in zip(ends, (ORG.member, ORG.organization)):
        for role, _, end, _ in store.quads(None, str(predicate)):
            found.setdefault(str(role), []).append(end)
    members, organisations = ends
    links += [link for role in sorted(members) for member in members[role] for organisation in organisations.get(role, ())
              for link in _links(base, [(member, role, organisation, None)])]
    nodes, edges = _nodes_and_edges(links)
    degree = dict.fromkeys(nodes, 0)
    for edge in edges:
        degree[edge.source] += 1
        degree[edge.target] += 1
    kept = set(sorted(nodes, key=lambda n: (-degree[n], n))[:max_nodes])
    return Network({n: k for n, k in nodes.items() if n in kept},
                   tuple(sorted((e for e in edges if e.source in kept and e.target in kept), key=_edge_order)))


def neighbourhood(store: ServedRelease, base: str, iri: str, max_nodes: int, description: Triples | None = None
                  ) -> Network:
    """`iri`, what it links to and what links to it, and the other ends of the agreements and events among those.

    `description`, when given, holds every triple of `iri` and every triple linking to it (a page's description):
    those are read from it rather than the store."""
    def around(node: str, known: Triples | None = None) -> list[Link]:
        term = URIRef(node)
        if known is not None:
            outgoing = [(term, p, o, None) for p, o in known.predicate_objects(term)]
            incoming = [(s, p, term, None) for s, p, _ in known.triples((None, None, term))]
        else:  # one lookup each way (kept by the store), filtered here, rather than one per predicate
            outgoing, incoming = list(store.quads(node)), list(store.quads(obj=term))
        found = [link for quad in (*outgoing, *incoming) if str(quad[1]) in _EDGES for link in _links(base, [quad])]
        roles = {str(s) for s, p, _, _ in incoming if str(p) in _ROLE_ENDS}
        return found + list(_role_links(store, base, sorted(roles)))

    first = around(iri, description)
    hubs = sorted({n for a, ka, b, kb, _ in first for n, k in ((a, ka), (b, kb)) if k in ("agreement", "event") and n != iri})
    full = _network([*first, *(link for hub in hubs for link in around(hub))])
    degree = full.degree()
    direct = {n for a, _, b, _, _ in first for n in (a, b)}
    kept = set(sorted(full.nodes, key=lambda n: (n != iri, n not in direct, -degree[n], n))[:max_nodes])
    return Network({n: k for n, k in full.nodes.items() if n in kept},
                   tuple(e for e in full.edges if e.source in kept and e.target in kept))


def layout(network: Network, width: int, height: int, iterations: int = 120, pinned: str | None = None) -> Picture:
    """Node positions from a force layout that always gives the same result for the same network."""
    order = sorted(network.nodes)
    n = len(order)
    index = {iri: i for i, iri in enumerate(order)}
    xs = [math.cos(2 * math.pi * i / max(n, 1)) * width * 0.35 for i in range(n)]
    ys = [math.sin(2 * math.pi * i / max(n, 1)) * height * 0.35 for i in range(n)]
    if pinned in index:
        xs[index[pinned]] = ys[index[pinned]] = 0.0
    k = math.sqrt(width * height / max(n, 1)) * 0.9
    pairs = [(index[e.source], index[e.target]) for e in network.edges]
    fixed = index.get(pinned, -1) if pinned is not None else -1
    step = width / 8
    # the hot loop of a page: locals instead of repeated indexing, the same operations in the same order as
    # the plain formulas (repulsion k²/d along the unit vector e/d, attraction d²/k), so the same picture
    k2, nodes, hypot = k * k, range(n), math.hypot
    for _ in range(iterations):
        dx, dy = [0.0] * n, [0.0] * n
        for i in nodes:
            xi, yi, dxi, dyi = xs[i], ys[i], dx[i], dy[i]
            for j in range(i + 1, n):
                ex, ey = xi - xs[j], yi - ys[j]
                dist2 = ex * ex + ey * ey
                force = k2 / (dist2 if dist2 > 0.01 else 0.01)
                fx, fy = ex * force, ey * force
                dxi += fx
                dyi += fy
                dx[j] -= fx
                dy[j] -= fy
            dx[i], dy[i] = dxi, dyi
        for i, j in pairs:
            ex, ey = xs[i] - xs[j], ys[i] - ys[j]
            dist = hypot(ex, ey)
            force = (dist if dist > 0.1 else 0.1) / k
            fx, fy = ex * force, ey * force
            dx[i] -= fx
            dy[i] -= fy
            dx[j] += fx
            dy[j] += fy
        for i in nodes:
            mx = dx[i] - xs[i] * GRAVITY  # gravity keeps unconnected parts of the network close to the rest
            my = dy[i] - ys[i] * GRAVITY
            length = hypot(mx, my)
            if length < 1e-9:
                length = 1e-9
            if i != fixed:
                move = length if length < step else step
                xs[i] += mx / length * move
                ys[i] += my / length * move
        step = max(step * 0.96, 0.5)
    return _fit(network, order, xs, ys, width, height)


def _fit(network: Network, order: list[str], xs: list[float], ys: list[float], width: int, height: int) -> Picture:
    """Scale positions into the canvas, leaving a margin for node labels."""
    margin_x, margin_y = 90.0, 30.0
    span_x = (max(xs) - min(xs)) or 1.0 if xs else 1.0
    span_y = (max(ys) - min(ys)) or 1.0 if ys else 1.0
    # each axis scaled on its own: a picture that fills the canvas reads better than one with exact proportions
    scale_x, scale_y = (width - 2 * margin_x) / span_x, (height - 2 * margin_y) / span_y
    cx, cy = (max(xs) + min(xs)) / 2 if xs else 0.0, (max(ys) + min(ys)) / 2 if ys else 0.0
    degree = network.degree()
    pos = {iri: (round(width / 2 + (x - cx) * scale_x, 1), round(height / 2 + (y - cy) * scale_y, 1))
           for iri, x, y in zip(order, xs, ys)}
    nodes = tuple(PlacedNode(iri, network.nodes[iri], *pos[iri], round(5 + 2.2 * math.sqrt(degree[iri]), 1), degree[iri])
                  for iri in order)
    edges = tuple(PlacedEdge(*pos[e.source], *pos[e.target], e.via) for e in network.edges)
    return Picture(width, height, nodes, edges)


def featured(network: Network, count: int) -> list[str]:
    """The best-connected clusters, programmes and organisations of a network."""
    degree = network.degree()
    actors = [n for n, kind in network.nodes.items() if kind in ACTOR_KINDS]
    return sorted(actors, key=lambda n: (-degree[n], n))[:count]
