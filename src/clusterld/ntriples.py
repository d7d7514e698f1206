"""Graphs as canonical N-Triples: the form every stage after mapping works on.

A mapped graph is kept as sorted, distinct N-Triples lines written by the store's writer, so the same triple
is the same bytes in every graph and every build, twice: as mapped (what validation and search read) and as
the store keeps it (what the store and the dumps hold: the store writes every integer type as xsd:integer and
"1.50" as "1.5"). Validation parts, the store and the dumps are cut from, and cached under digests of, these
lines without parsing RDF again. In an N-Triples line neither the subject nor the predicate contains a space,
so a line's terms are found by splitting at its first two spaces, and in a sorted graph all lines about one
subject are next to each other.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Mapping

from rdflib import Graph, URIRef

from clusterld.buildcache import BuildCache

RDF_TYPE = b"<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"


def terms(line: bytes) -> tuple[bytes, bytes, bytes]:
    """Subject, predicate and object of a canonical N-Triples line."""
    subject, predicate, rest = line.split(b" ", 2)
    return subject, predicate, rest[:-3]  # the object without the closing " .\n"


def is_node(term: bytes) -> bool:
    """True for an IRI or a blank node, false for a literal."""
    return term[:1] in (b"<", b"_")


@dataclass(frozen=True, eq=False)
class NamedGraph:
    """One graph as sorted, distinct canonical N-Triples lines, indexed as the later stages read it."""

    lines: tuple[bytes, ...]
    digest: str  # SHA-256 of the lines: the graph's identity in every cache
    subjects: Mapping[bytes, tuple[int, int]]  # each subject → the [start, end) of its lines
    types: Mapping[bytes, tuple[bytes, ...]]  # each subject → the classes this graph says it has
    nodes: frozenset[bytes]  # every IRI and blank node of the graph, as subject or object

    def about(self, subject: bytes) -> tuple[bytes, ...]:
        """The lines whose subject is `subject` (none when the graph does not describe it)."""
        start, end = self.subjects.get(subject, (0, 0))
        return self.lines[start:end]


def named_graph(lines: Iterable[bytes]) -> NamedGraph:
    """The graph of canonical N-Triples lines given in any order, duplicates allowed."""
    ordered = tuple(sorted(set(lines)))
    subjects: dict[bytes, tuple[int, int]] = {}
    types: dict[bytes, list[bytes]] = {}
    nodes: set[bytes] = set()
    current, start = b"", 0
    for i, line in enumerate(ordered):
        subject, predicate, obj = terms(line)
        if subject != current:
            if i:
                subjects[current] = (start, i)
            current, start = subject, i
            nodes.add(subject)
        if is_node(obj):
            nodes.add(obj)
        if predicate == RDF_TYPE:
            types.setdefault(subject, []).append(obj)
    if ordered:
        subjects[current] = (start, len(ordered))
    digest = hashlib.sha256(b"".join(ordered)).hexdigest()
    return NamedGraph(ordered, digest, subjects, {s: tuple(t) for s, t in types.items()}, frozenset(nodes))


class NamedGraphs(Mapping[URIRef, Graph]):
    """A release's named graphs as canonical lines, as mapped (`named`) and as stored (`stored`); a graph is
    parsed into an rdflib graph (as mapped) only when read.

    With the build's cache, the stages that write the release reuse what earlier builds made of the same lines.
    """

    def __init__(
        self, named: Mapping[URIRef, NamedGraph], stored: Mapping[URIRef, NamedGraph], cache: BuildCache | None = None
    ) -> None:
        self.named = named
        self.stored = stored
        self.cache = cache
        self._parsed: dict[URIRef, Graph] = {}

    def __getitem__(self, name: URIRef) -> Graph:
        if name not in self._parsed:
            self._parsed[name] = Graph().parse(data=b"".join(self.named[name].lines), format="nt")
        return self._parsed[name]

    def __contains__(self, name: object) -> bool:
        return name in self.named  # without parsing the graph, as Mapping's own test would

    def __iter__(self) -> Iterator[URIRef]:
        return iter(self.named)

    def __len__(self) -> int:
        return len(self.named)

    def digests(self) -> dict[str, str]:
        """Each graph's name and the digest of its lines as stored."""
        return {str(name): graph.digest for name, graph in self.stored.items()}

    def published_store(self) -> tuple[Path, dict[str, str]] | None:
        """The store of the release last published with this cache, and the digest of each graph it holds."""
        if self.cache is None:
            return None
        return self.cache.get("store", self.cache.key("clusterld.store", "published"))  # type: ignore[no-any-return]

    def remember_store(self, path: Path) -> None:
        """Note that the store at `path`, now published, holds exactly these graphs."""
        if self.cache is not None:
            self.cache.put("store", self.cache.key("clusterld.store", "published"), (path, self.digests()))
