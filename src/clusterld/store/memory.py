"""Stores in memory for one computation: the store's own form of lines and literals, and SHACL validation's store."""

from __future__ import annotations

import ctypes
from typing import Any, Callable, Mapping, Sequence

import pyoxigraph as ox

from clusterld.store.queries import select
from clusterld.store.serialisations import as_bytes
from clusterld.store.terms import XSD_STRING, to_rdflib


def stored_lines(ntriples: bytes) -> list[bytes]:
    """N-Triples lines as the store gives them back: its own term syntax and its canonical form of values (every
    integer type becomes xsd:integer, "1.50" becomes "1.5"), so lines and a dump of the store agree exactly."""
    store = ox.Store()
    store.load(ntriples, ox.RdfFormat.N_TRIPLES)
    return as_bytes(store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())).splitlines(keepends=True)


_KEPT = "urn:x-clusterld:literal:"


def kept_literals(literals: Sequence[bytes]) -> list[tuple[str, Any]]:
    """Each N-Triples literal's lexical form as written, and the literal as the store keeps it (an rdflib term):
    the store writes every integer type as xsd:integer, "1.50" as "1.5" and language tags in lower case."""
    lines = b"".join(b"<%s> <%s%d> %s .\n" % (_KEPT.encode(), _KEPT.encode(), i, text) for i, text in enumerate(literals))
    written = [triple.object.value for triple in ox.parse(lines, format=ox.RdfFormat.N_TRIPLES)]
    store = ox.Store()
    store.load(lines, ox.RdfFormat.N_TRIPLES)
    kept = {int(q.predicate.value[len(_KEPT):]): to_rdflib(q.object) for q in store}
    return [(value, kept[i]) for i, value in enumerate(written)]


class MemoryStore:
    """A store in memory for one computation (SHACL validation): N-Triples loaded into named graphs, SELECT
    queries over a chosen union of them, and Python predicates on rdflib terms that queries can call."""

    def __init__(self) -> None:
        self._store = ox.Store()

    def load(self, ntriples: bytes, graph: str) -> None:
        """Add N-Triples to the named graph `graph`, blank nodes keeping their labels (the loader would rename them)."""
        name = ox.NamedNode(graph)
        if b"_:" in ntriples:
            triples = ox.parse(ntriples, format=ox.RdfFormat.N_TRIPLES, lenient=True)
            self._store.bulk_extend(ox.Quad(t.subject, t.predicate, t.object, name) for t in triples)
        else:
            self._store.load(ntriples, ox.RdfFormat.N_TRIPLES, to_graph=name, lenient=True)

    def update(self, text: str) -> None:
        """Run a SPARQL update (its USING clauses choose the graphs it reads)."""
        self._store.update(text)

    def close(self) -> None:
        """Drop the store's data and hand the memory back to the system.

        The C library keeps freed memory for the thread that freed it, and the stages after validation allocate
        on other threads (the on-disk store's loader): without this, the peak memory of a build is the sum of the
        two, not the larger (about 2.1 GiB instead of 1.3 at a million triples).
        """
        self._store = ox.Store()
        try:
            ctypes.CDLL("libc.so.6").malloc_trim(0)
        except (OSError, AttributeError):  # not the GNU C library: its allocator decides
            pass

    def select(
        self, text: str, graphs: Sequence[str], functions: Mapping[str, Callable[..., bool]] | None = None
    ) -> list[tuple[Any, ...]]:
        """The rows of a SELECT query as rdflib terms (None when unbound), with the union of `graphs` as its
        default graph; `functions` maps IRIs the query calls to Python predicates, which get each argument as a
        pair: an IRI, a blank node's label or a literal's lexical form, and "iri", "blank", "@" + its language
        tag, "" for a plain string or its datatype IRI (cheaper than rdflib terms, for calls once per value)."""
        failures: list[Exception] = []

        def call(predicate: Callable[..., bool]) -> Callable[..., Any]:
            def evaluate(*args: Any) -> ox.Literal:
                try:
                    return _TRUE if predicate(*(_pair(a) for a in args)) else _FALSE
                except Exception as error:  # the engine would take it for an unbound value: raised below instead
                    failures.append(error)
                    raise

            return evaluate

        custom = {ox.NamedNode(iri): call(f) for iri, f in (functions or {}).items()}
        solutions = select(self._store, text, default_graph=[ox.NamedNode(g) for g in graphs], custom_functions=custom)
        variables = solutions.variables
        rows = [tuple(None if s[v] is None else to_rdflib(s[v]) for v in variables) for s in solutions]
        if failures:
            raise failures[0]
        return rows


def _pair(term: Any) -> tuple[str, str]:
    if isinstance(term, ox.NamedNode):
        return term.value, "iri"
    if isinstance(term, ox.BlankNode):
        return term.value, "blank"
    if term.language:
        return term.value, "@" + term.language
    datatype = term.datatype.value
    return term.value, "" if datatype == XSD_STRING else datatype


_BOOLEAN = ox.NamedNode("http://www.w3.org/2001/XMLSchema#boolean")
_TRUE, _FALSE = ox.Literal("true", datatype=_BOOLEAN), ox.Literal("false", datatype=_BOOLEAN)
