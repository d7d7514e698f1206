"""The served release: what the web layer reads of a release, and the embedded store that answers it."""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping, Protocol

import pyoxigraph as ox

from clusterld.store.disk import in_memory_copy, open_store
from clusterld.store.serialisations import as_bytes
from clusterld.store.terms import DATASET_EXTENSIONS, FORMATS, to_ox, to_rdflib

SUBJECT_CACHE = 20_000  # subjects whose quads a web process keeps (a few kB each)
TERM_CACHE = 100_000  # store terms whose rdflib terms a web process keeps
Quad = tuple[Any, Any, Any, Any]


class ServedRelease(Protocol):
    """What the web layer reads of a release, wherever its triples live (embedded `ReleaseStore`, or
    `remote.RemoteReleaseStore`)."""

    path: Path
    manifest: dict
    dumps_path: Path

    @property
    def release_id(self) -> str: ...

    def quads(
        self, subject: str | None = None, predicate: str | None = None, obj: Any = None, graph: str | None = None
    ) -> Iterator[Quad]: ...

    def graph_names(self) -> list[str]: ...

    def graph_document(self, graph: str | None, extension: str, prefixes: Mapping[str, str]) -> bytes: ...


class ReleaseStore:
    """A published release opened for reading: manifest, dumps folder and the read-only store.

    Reading a quad costs more than finding it (each term is made an rdflib term), and pages ask the same small
    questions again and again (the types and labels of the places, sectors, documents and vocabulary terms most
    pages show): all quads of the `SUBJECT_CACHE` most recently read subjects are kept, as rdflib terms (the
    release never changes), so a page asking for a subject's types, then its labels, reads it once.
    """

    def __init__(self, release_path: Path, in_memory: bool = False) -> None:
        self.path = release_path.resolve()
        self.manifest: dict = json.loads((self.path / "manifest.json").read_text(encoding="utf-8"))
        self.store_path = self.path / "store"
        self.dumps_path = self.path / "dumps"
        self._store = open_store(self.store_path)
        self.in_memory = in_memory
        if in_memory:  # a copy in memory reads a quad many times faster than the on-disk store
            self._store = in_memory_copy(self._store, self.nquads_dump)
        self._terms: dict[Any, Any] = {}
        self._about = functools.lru_cache(maxsize=SUBJECT_CACHE)(self._subject_quads)

    @property
    def release_id(self) -> str:
        return str(self.manifest["release"])

    @property
    def nquads_dump(self) -> Path | None:
        """The release's gzipped N-Quads dump (the same quads as the store), if it has one."""
        return next((self.dumps_path / d["name"] for d in self.manifest.get("dumps", ())
                     if d["media_type"] == "application/n-quads"), None)

    def quads(
        self, subject: str | None = None, predicate: str | None = None, obj: Any = None, graph: str | None = None
    ) -> Iterator[Quad]:
        """Quads matching a pattern (IRIs as strings, None as wildcard), as rdflib terms."""
        if subject:
            everything, by_predicate = self._about(subject)
            for known in everything if predicate is None else by_predicate.get(predicate, ()):
                if (obj is None or known[2] == obj) and (graph is None or str(known[3]) == graph):
                    yield known
            return
        pattern = (
            None,
            ox.NamedNode(predicate) if predicate else None,
            to_ox(obj) if obj is not None else None,
            ox.NamedNode(graph) if graph else None,
        )
        term = self._rdflib
        for quad in self._store.quads_for_pattern(*pattern):
            yield term(quad.subject), term(quad.predicate), term(quad.object), term(quad.graph_name)

    def _subject_quads(self, subject: str) -> tuple[tuple[Quad, ...], dict[str, tuple[Quad, ...]]]:
        """The quads of `subject` as rdflib terms (the subject converted once), and the same by predicate IRI:
        read whole, since a page asks for several predicates of one subject (its types, then its labels)."""
        term, node = self._rdflib, ox.NamedNode(subject)
        converted = term(node)
        everything = tuple((converted, term(q.predicate), term(q.object), term(q.graph_name))
                           for q in self._store.quads_for_pattern(node, None, None))
        by_predicate: dict[str, list[Quad]] = {}
        for known in everything:
            by_predicate.setdefault(str(known[1]), []).append(known)
        return everything, {p: tuple(found) for p, found in by_predicate.items()}

    def _rdflib(self, term: Any) -> Any:
        """The rdflib term of a store term; the most used are kept, since making a literal parses its value."""
        known = self._terms.get(term)
        if known is None:
            if len(self._terms) >= TERM_CACHE:
                self._terms.clear()
            known = self._terms[term] = to_rdflib(term)
        return known

    def graph_names(self) -> list[str]:
        return sorted(str(g.value) for g in self._store.named_graphs())

    def graph_document(self, graph: str | None, extension: str, prefixes: Mapping[str, str]) -> bytes:
        """One named graph (None: the default graph, the union of all) in the RDF format of `extension`."""
        rdf_format = FORMATS[extension]
        if graph is not None and extension in DATASET_EXTENSIONS:
            data: Iterable[Any] = self._store.quads_for_pattern(None, None, None, ox.NamedNode(graph))
        else:
            triples = (self._store.query("CONSTRUCT WHERE { ?s ?p ?o }", default_graph=ox.NamedNode(graph))
                       if graph is not None else self._store.query(_UNION_TRIPLES, use_default_graph_as_union=True))
            assert isinstance(triples, ox.QueryTriples)  # both queries are CONSTRUCT queries
            data = triples
        return as_bytes(ox.serialize(data, format=rdf_format, prefixes=dict(prefixes)))


_UNION_TRIPLES = "CONSTRUCT { ?s ?p ?o } WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }"
