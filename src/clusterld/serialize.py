"""RDF representations of a description or a graph: the same triples always give the same bytes.

Strong ETags are derived from the release id, so a representation must be byte-identical every time it is
made from one release: triples are sorted before any serialiser sees them, and JSON-LD nodes are ordered by id.
"""

from __future__ import annotations

import json

from rdflib import Graph

from clusterld.graph import PREFIXES
from clusterld.store import ServedRelease, reserialize


def ordered(graph: Graph) -> Graph:
    """A copy of `graph` with its triples inserted in sorted order and the project's prefixes bound."""
    out = Graph(bind_namespaces="none")
    for prefix, namespace in PREFIXES.items():
        out.bind(prefix, namespace)
    for triple in sorted(graph, key=lambda t: tuple(term.n3() for term in t)):
        out.add(triple)
    return out


def serialize(graph: Graph, extension: str) -> bytes:
    """`graph` in the syntax named by a file extension (ttl, nt, rdf, jsonld)."""
    if extension == "nt":
        lines = graph.serialize(format="nt", encoding="utf-8").splitlines(keepends=True)
        return b"".join(sorted(line for line in lines if line.strip()))
    if extension == "jsonld":
        # an inline @context: a client never has to fetch anything to read the document
        text = ordered(graph).serialize(format="json-ld", context=dict(PREFIXES), auto_compact=True)
        data = json.loads(text)
        if isinstance(data.get("@graph"), list):
            data["@graph"].sort(key=lambda node: str(node.get("@id", "")))
        return (json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n").encode()
    # rdflib's Turtle writer rewrites "120"^^xsd:decimal as 120.0; the store's writers keep literals as they are
    return reserialize(serialize(graph, "nt"), extension, PREFIXES)


def graph_document(store: ServedRelease, name: str, extension: str) -> bytes:
    """One named graph of the release in the syntax named by `extension`: its N-Triples as the store writes them,
    sorted, then written again by the store's writers (no rdflib graph: a graph may hold a million triples)."""
    lines = sorted(line + b"\n" for line in store.graph_document(name, "nt", PREFIXES).splitlines() if line.strip())
    ntriples = b"".join(lines)
    return ntriples if extension == "nt" else reserialize(ntriples, extension, PREFIXES)
