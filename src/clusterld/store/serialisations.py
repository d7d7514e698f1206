"""Serialisations by the store's own writers: pieces of the Turtle, TriG and JSON-LD dumps, and N-Triples written
again in another syntax."""

from __future__ import annotations

import json
from typing import Iterable, Iterator, Mapping, Sequence, cast

import pyoxigraph as ox

from clusterld.store.terms import FORMATS, XSD_STRING


def as_bytes(document: bytes | None) -> bytes:
    """The document a store writer returns when it is given no output to write to."""
    assert document is not None  # the writers return None only when they write to an output, never given here
    return document


def _triples(nt_lines: Iterable[bytes]) -> Iterator[ox.Triple]:
    return ox.parse(b"".join(nt_lines), format=ox.RdfFormat.N_TRIPLES)


def prefix_lines(prefixes: Mapping[str, str]) -> bytes:
    """The @prefix declarations of `prefixes`: the head of a file put together from `write_turtle` (or
    `write_trig`) pieces written with them."""
    return "".join(f"@prefix {prefix}: <{namespace}> .\n" for prefix, namespace in prefixes.items()).encode()


def write_turtle(nt_lines: Sequence[bytes], prefixes: Mapping[str, str]) -> bytes:
    """Turtle statements from sorted N-Triples, subjects in order, without @prefix lines (`prefix_lines`)."""
    return _statements(as_bytes(ox.serialize(_triples(nt_lines), format=ox.RdfFormat.TURTLE, prefixes=dict(prefixes))))


def write_trig(nq_lines: Sequence[bytes], prefixes: Mapping[str, str]) -> bytes:
    """TriG statements from sorted N-Quads, without @prefix lines (`prefix_lines`)."""
    quads = ox.parse(b"".join(nq_lines), format=ox.RdfFormat.N_QUADS)
    return _statements(as_bytes(ox.serialize(quads, format=ox.RdfFormat.TRIG, prefixes=dict(prefixes))))


def _statements(document: bytes) -> bytes:
    """A Turtle or TriG document without the @prefix lines it starts with (pieces of one file share a head)."""
    end = 0
    while document.startswith(b"@prefix ", end):
        end = document.index(b"\n", end) + 1
    return document[end:]


def write_jsonld(nt_lines: Sequence[bytes], prefixes: Mapping[str, str]) -> bytes:
    """Compact JSON-LD node objects from sorted N-Triples, one per subject, joined by commas and newlines: members
    of the @graph of a document whose @context declares `prefixes`."""
    compact = _Compactor(prefixes)
    nodes: list[bytes] = []
    node: dict | None = None
    for triple in _triples(nt_lines):
        # the lines are the store's N-Triples of rdflib graphs, which hold no triple terms (a cast: no test per triple)
        subject = compact.iri(cast("ox.NamedNode | ox.BlankNode", triple.subject).value)
        if node is None or node["@id"] != subject:
            if node is not None:
                nodes.append(json.dumps(node, ensure_ascii=False, sort_keys=True).encode())
            node = {"@id": subject}
        predicate = triple.predicate.value
        if predicate == "http://www.w3.org/1999/02/22-rdf-syntax-ns#type" and isinstance(triple.object, ox.NamedNode):
            node.setdefault("@type", []).append(compact.iri(triple.object.value))
        else:
            node.setdefault(compact.iri(predicate), []).append(
                compact.value(cast("ox.NamedNode | ox.Literal | ox.BlankNode", triple.object)))
    if node is not None:
        nodes.append(json.dumps(node, ensure_ascii=False, sort_keys=True).encode())
    return b",\n".join(nodes)


def context_document(prefixes: Mapping[str, str]) -> dict:
    """The JSON-LD @context the JSON-LD dump refers to."""
    return {"@context": dict(sorted(prefixes.items()))}


class _Compactor:
    def __init__(self, prefixes: Mapping[str, str]) -> None:
        # longest namespace first, so a nested namespace wins over its parent
        self.prefixes = sorted(prefixes.items(), key=lambda item: -len(item[1]))
        self.namespaces = tuple(namespace for _, namespace in self.prefixes)

    def iri(self, iri: str) -> str:
        if not iri.startswith(self.namespaces):  # most IRIs (the entities') are in no namespace: one test, not one each
            return iri
        for prefix, namespace in self.prefixes:
            if iri.startswith(namespace) and len(iri) > len(namespace):
                local = iri[len(namespace):]
                if "/" not in local and "#" not in local:
                    return f"{prefix}:{local}"
        return iri

    def value(self, term: ox.NamedNode | ox.Literal | ox.BlankNode) -> dict:
        if isinstance(term, ox.NamedNode):
            return {"@id": self.iri(term.value)}
        if isinstance(term, ox.BlankNode):
            return {"@id": f"_:{term.value}"}
        if term.language:
            return {"@value": term.value, "@language": term.language}
        datatype = term.datatype.value
        return {"@value": term.value} if datatype == XSD_STRING else {"@value": term.value, "@type": self.iri(datatype)}


def reserialize(ntriples: bytes, extension: str, prefixes: Mapping[str, str]) -> bytes:
    """N-Triples written again in another syntax by the store's own writers, which keep every literal's lexical form."""
    triples = ox.parse(ntriples, format=ox.RdfFormat.N_TRIPLES)
    return as_bytes(ox.serialize(triples, format=FORMATS[extension], prefixes=dict(prefixes)))


def graph_as_quads(ntriples: bytes, graph: str, extension: str, prefixes: Mapping[str, str]) -> bytes:
    """The triples of one named graph written in a dataset format (N-Quads, TriG) under the graph's name."""
    name = ox.NamedNode(graph)
    quads = (ox.Quad(t.subject, t.predicate, t.object, name) for t in ox.parse(ntriples, format=ox.RdfFormat.N_TRIPLES))
    return as_bytes(ox.serialize(quads, format=FORMATS[extension], prefixes=dict(prefixes)))
