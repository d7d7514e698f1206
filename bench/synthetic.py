"""A large synthetic release shaped like clusterld's data, written straight as N-Quads (no YAML, no SHACL).

Organisations with names, sectors and places; clusters facilitated by them; agreements between two of them,
signed at a place; events they attend; and for every agreement an excerpt it was derived from. Facts are
grouped into document graphs of 50, entities into the registry graph, as a real release does.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import pyoxigraph as ox

from clusterld import store as rdfstore

BASE = "https://clusterld.org"
CL = "https://w3id.org/clusterld/def/cluster#"
SDO = "https://schema.org/"
PROV = "http://www.w3.org/ns/prov#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
XSD = "http://www.w3.org/2001/XMLSchema#"
SECTORS, PLACES = 20, 50


def _iri(kind: str, ident: object) -> str:
    return f"<{BASE}/id/{kind}/{ident}>"


def _literal(text: str, lang: str | None = "en") -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"@{lang}' if lang else f'"{escaped}"'


def nquads(organisations: int, seed: int = 7) -> bytes:
    """The synthetic dataset as N-Quads: about 28 quads per organisation."""
    rng = random.Random(seed)
    lines: list[str] = []
    registry = f"<{BASE}/graph/registry>"

    def add(s: str, p: str, o: str, g: str) -> None:
        lines.append(f"{s} <{p}> {o} {g} .\n")

    for place in range(PLACES):
        add(_iri("place", f"p{place}"), RDF_TYPE, f"<{SDO}Place>", registry)
        add(_iri("place", f"p{place}"), SDO + "name", _literal(f"Place {place}"), registry)
    for org in range(organisations):
        node = _iri("organisation", org)
        add(node, RDF_TYPE, f"<{CL}ClusterOrganisation>" if org % 5 == 0 else f"<{SDO}Organization>", registry)
        add(node, SDO + "name", _literal(f"{rng.choice(['Bio', 'Med', 'Tech', 'Agri'])} {org} Council"), registry)
        add(node, CL + "basedIn", _iri("place", f"p{rng.randrange(PLACES)}"), registry)
        for sector in rng.sample(range(SECTORS), rng.randint(1, 3)):
            add(node, CL + "sector", f"<https://w3id.org/clusterld/def/sector/s{sector}>", registry)
        if org % 10 == 0:
            cluster = _iri("cluster", org)
            add(cluster, RDF_TYPE, f"<{CL}Cluster>", registry)
            add(cluster, CL + "facilitatedBy", node, registry)
    for fact in range(organisations * 2):
        graph = f"<{BASE}/graph/doc-{fact // 50}>"
        agreement, excerpt = _iri("agreement", fact), _iri("excerpt", f"doc-{fact // 50}-{fact}")
        a, b = rng.sample(range(organisations), 2)
        add(agreement, RDF_TYPE, f"<{CL}Agreement>", graph)
        add(agreement, CL + "party", _iri("organisation", a), graph)
        add(agreement, CL + "party", _iri("organisation", b), graph)
        add(agreement, CL + "signingDate", f'"{2000 + fact % 25}-{1 + fact % 12:02d}"^^<{XSD}gYearMonth>', graph)
        add(agreement, SDO + "location", _iri("place", f"p{rng.randrange(PLACES)}"), graph)
        add(agreement, PROV + "wasDerivedFrom", excerpt, graph)
        add(excerpt, RDF_TYPE, f"<{CL}Excerpt>", graph)
        add(excerpt, CL + "exactText", _literal(f"Organisations {a} and {b} signed agreement {fact}.", None), graph)
        if fact % 2 == 0:
            event = _iri("event", fact)
            add(event, RDF_TYPE, f"<{CL}Event>", graph)
            add(event, SDO + "name", _literal(f"Meeting {fact}"), graph)
            for attendee in rng.sample(range(organisations), 5):
                add(event, SDO + "attendee", _iri("organisation", attendee), graph)
    return "".join(lines).encode()


def write_release(root: Path, data: bytes) -> Path:
    """A release folder under root/build (store and manifest) with build/current pointing at it."""
    release = root / "build" / "releases" / "bench"
    (release / "store").mkdir(parents=True)
    store = ox.Store(str(release / "store"))
    store.bulk_load(data, ox.RdfFormat.N_QUADS)
    store.flush()
    manifest = {"release": "bench", "created": "2026-01-01T00:00:00Z", "base": BASE, "counts": rdfstore.counts(store)}
    del store
    (release / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    (root / "build" / "current").symlink_to(Path("releases") / "bench", target_is_directory=True)
    return release
