"""The embedded store (the only module that uses pyoxigraph): load a release, dump it, open it, query it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import IO, Any, Iterable, Iterator, Mapping

import pyoxigraph as ox
import rdflib
from rdflib import Graph, URIRef

FORMATS = {
    "nt": ox.RdfFormat.N_TRIPLES,
    "nq": ox.RdfFormat.N_QUADS,
    "ttl": ox.RdfFormat.TURTLE,
    "trig": ox.RdfFormat.TRIG,
    "rdf": ox.RdfFormat.RDF_XML,
    "jsonld": ox.RdfFormat.JSON_LD,
}
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


def write_store(path: Path, graphs: Mapping[URIRef, Graph]) -> ox.Store:
    """Create an on-disk store at `path` holding every named graph."""
    store = ox.Store(str(path))
    for name, graph in graphs.items():
        data = graph.serialize(format="nt", encoding="utf-8")
        store.bulk_load(data, ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(str(name)))
    store.flush()
    return store


def open_store(path: Path) -> ox.Store:
    """Open a release's store read-only (several processes may do so at once)."""
    return ox.Store.read_only(str(path))


def sorted_lines(store: ox.Store, quads: bool) -> list[bytes]:
    """Every quad (N-Quads) or every distinct triple of the union (N-Triples), as sorted lines."""
    if quads:
        data = store.dump(format=ox.RdfFormat.N_QUADS)
    else:
        result = store.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", use_default_graph_as_union=True)
        data = result.serialize(format=ox.RdfFormat.N_TRIPLES)
    return sorted(set(data.splitlines(keepends=True)))


def _triples(nt_lines: Iterable[bytes]) -> Iterator[ox.Triple]:
    return ox.parse(b"".join(nt_lines), format=ox.RdfFormat.N_TRIPLES)


def write_turtle(nt_lines: list[bytes], out: IO[bytes], prefixes: Mapping[str, str]) -> None:
    """Turtle from sorted N-Triples: subjects in order, so the bytes depend only on the data."""
    out.write(ox.serialize(_triples(nt_lines), format=ox.RdfFormat.TURTLE, prefixes=dict(prefixes)))


def write_trig(nq_lines: list[bytes], out: IO[bytes], prefixes: Mapping[str, str]) -> None:
    """TriG from sorted N-Quads."""
    quads = ox.parse(b"".join(nq_lines), format=ox.RdfFormat.N_QUADS)
    out.write(ox.serialize(quads, format=ox.RdfFormat.TRIG, prefixes=dict(prefixes)))


def write_jsonld(nt_lines: list[bytes], out: IO[bytes], context_url: str, prefixes: Mapping[str, str]) -> None:
    """Compact JSON-LD from sorted N-Triples, one node object per subject, using the published @context."""
    compact = _Compactor(prefixes)
    out.write(b'{\n"@context": ' + json.dumps(context_url).encode() + b',\n"@graph": [\n')
    first = True
    node: dict | None = None
    for triple in _triples(nt_lines):
        subject = compact.iri(triple.subject.value)
        if node is None or node["@id"] != subject:
            if node is not None:
                out.write((b"" if first else b",\n") + json.dumps(node, ensure_ascii=False, sort_keys=True).encode())
                first = False
            node = {"@id": subject}
        predicate = triple.predicate.value
        if predicate == "http://www.w3.org/1999/02/22-rdf-syntax-ns#type" and isinstance(triple.object, ox.NamedNode):
            node.setdefault("@type", []).append(compact.iri(triple.object.value))
        else:
            node.setdefault(compact.iri(predicate), []).append(compact.value(triple.object))
    if node is not None:
        out.write((b"" if first else b",\n") + json.dumps(node, ensure_ascii=False, sort_keys=True).encode())
    out.write(b"\n]\n}\n")


def context_document(prefixes: Mapping[str, str]) -> dict:
    """The JSON-LD @context the JSON-LD dump refers to."""
    return {"@context": dict(sorted(prefixes.items()))}


class _Compactor:
    def __init__(self, prefixes: Mapping[str, str]) -> None:
        # longest namespace first, so a nested namespace wins over its parent
        self.prefixes = sorted(prefixes.items(), key=lambda item: -len(item[1]))

    def iri(self, iri: str) -> str:
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
        return {"@value": term.value} if datatype == _XSD_STRING else {"@value": term.value, "@type": self.iri(datatype)}


def counts(store: ox.Store) -> dict:
    """Triples per graph, instances per class and distinct triples in the union."""
    per_graph = {
        str(row["g"].value): int(row["n"].value)
        for row in store.query("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
    }
    per_class = {
        str(row["c"].value): int(row["n"].value)
        for row in store.query(
            "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c } GROUP BY ?c", use_default_graph_as_union=True
        )
    }
    (row,) = store.query(
        "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }", use_default_graph_as_union=True
    )
    return {
        "triples": int(row["n"].value),
        "graphs": dict(sorted(per_graph.items())),
        "classes": dict(sorted(per_class.items())),
    }


class ReleaseStore:
    """A published release opened for reading: manifest, dumps folder and the read-only store."""

    def __init__(self, release_path: Path) -> None:
        self.path = release_path.resolve()
        self.manifest: dict = json.loads((self.path / "manifest.json").read_text(encoding="utf-8"))
        self.store_path = self.path / "store"
        self.dumps_path = self.path / "dumps"
        self._store = open_store(self.store_path)

    @property
    def release_id(self) -> str:
        return str(self.manifest["release"])

    def quads(
        self, subject: str | None = None, predicate: str | None = None, obj: Any = None, graph: str | None = None
    ) -> Iterator[tuple[Any, Any, Any, Any]]:
        """Quads matching a pattern (IRIs as strings, None as wildcard), as rdflib terms."""
        pattern = (
            ox.NamedNode(subject) if subject else None,
            ox.NamedNode(predicate) if predicate else None,
            _to_ox(obj) if obj is not None else None,
            ox.NamedNode(graph) if graph else None,
        )
        for quad in self._store.quads_for_pattern(*pattern):
            yield _to_rdflib(quad.subject), _to_rdflib(quad.predicate), _to_rdflib(quad.object), _to_rdflib(quad.graph_name)

    def graph_names(self) -> list[str]:
        return sorted(str(g.value) for g in self._store.named_graphs())


def _to_ox(term: Any) -> Any:
    if isinstance(term, rdflib.Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)) if term.datatype else None)
    if isinstance(term, rdflib.BNode):
        return ox.BlankNode(str(term))
    return ox.NamedNode(str(term))


def _to_rdflib(term: Any) -> Any:
    if isinstance(term, ox.NamedNode):
        return rdflib.URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return rdflib.BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return rdflib.Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        return rdflib.Literal(term.value, datatype=None if datatype == _XSD_STRING else rdflib.URIRef(datatype))
    return None  # the default graph
