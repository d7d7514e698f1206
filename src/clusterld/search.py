"""The search index: built once per release into the release folder (SQLite FTS5), read by the web pages.

Names, alternative names, acronyms and document titles are indexed with `unicode61 remove_diacritics 2`, so
"ACCIO" finds "ACCIÓ" and "massmedic" finds "MassMEDIC"; results are ranked by BM25 with a name weighing more
than an alternative name. Prefixes of one to three characters are indexed, so that a query with an initial
("S.L.") reads one list rather than every word starting with the letter. Every entity under `{base}/id/`
(excerpts aside) also gets a row for type listings. With the build cache, what each graph contributes (types and
labels) is read once per graph content.
"""

from __future__ import annotations

import json
import re
import sqlite3
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Mapping

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, SKOS

from clusterld.buildcache import BuildCache
from clusterld.errors import ReleaseError
from clusterld.iris import ENTITY_TYPES
from clusterld.ntriples import NamedGraph, NamedGraphs, terms

SEARCH_INDEX = "search.sqlite"
SDO = "https://schema.org/"
NAME_PREDICATES = (SKOS.prefLabel, URIRef(SDO + "name"), URIRef(SDO + "headline"))
ALT_PREDICATES = (SKOS.altLabel, URIRef(SDO + "alternateName"))
LISTED_TYPES = tuple(t for t in ENTITY_TYPES if t != "excerpt")
_WEIGHTS = (10.0, 8.0)  # bm25 weights of the name and alt columns
_TOKEN = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class Hit:
    """One entity found: its IRI, type segment, labels per language, and score (lower is better, as bm25)."""

    iri: str
    type: str
    labels: Mapping[str, str]
    score: float


@dataclass(frozen=True)
class Page:
    """A page of hits, the total number of matches, and matches per type (for the type filter)."""

    hits: tuple[Hit, ...]
    total: int
    per_type: Mapping[str, int]
    more: bool = False  # more entities match than were counted and ranked (`total` is then a lower bound)


def entity_type(iri: str, base: str) -> str | None:
    """The `{type}` segment of an entity IRI `{base}/id/{type}/{slug}`, or None."""
    prefix = f"{base}/id/"
    if not iri.startswith(prefix):
        return None
    kind, _, slug = iri[len(prefix):].partition("/")
    return kind if kind in LISTED_TYPES and slug and "/" not in slug else None


def sort_key(text: str) -> str:
    """Case- and accent-free text, so listings sort "Álava" next to "Alicante"."""
    decomposed = unicodedata.normalize("NFKD", " ".join(text.casefold().split()))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@dataclass(frozen=True)
class Labels:
    """What one graph gives the index: its entities' types, names (IRI, language, name) and alternative names."""

    types: tuple[tuple[str, str], ...]
    names: tuple[tuple[str, str, str], ...]
    alts: tuple[tuple[str, str], ...]


def labels(graph: Graph, base: str) -> Labels:
    """The types and labels of the entities in one graph, in a fixed order."""
    types = sorted((str(s), kind) for s in set(graph.subjects(RDF.type)) if (kind := entity_type(str(s), base)))
    names = sorted((str(s), label.language or "", str(label)) for p in NAME_PREDICATES
                   for s, label in graph.subject_objects(p) if isinstance(label, Literal))
    alts = sorted((str(s), str(label)) for p in ALT_PREDICATES for s, label in graph.subject_objects(p))
    return Labels(tuple(types), tuple(names), tuple(alts))


Inputs = tuple[dict[str, str], dict[str, dict[str, list[str]]], dict[str, list[str]]]  # types, names, alt names
Row = tuple[str, str, str, str, str | None, str]  # type, sort key, labels, keys, names and alt names (None: no row)
GAP = 1 << 32  # ids a new build leaves between two entities, so an updated index can keep ids in IRI order
SCHEMA = """
    CREATE TABLE entities (id INTEGER PRIMARY KEY, iri TEXT UNIQUE NOT NULL, type TEXT NOT NULL,
                           sort_key TEXT NOT NULL, labels TEXT NOT NULL, keys TEXT NOT NULL);
    CREATE INDEX entities_by_type ON entities (type, sort_key, iri);
    CREATE VIRTUAL TABLE names USING fts5(name, alt, tokenize = 'unicode61 remove_diacritics 2',
                                          prefix = '1 2 3');
"""


def write_search_index(graphs: Mapping[URIRef, Graph], path: Path, base: str) -> None:
    """Write the search index of a release's graphs to `path` (an SQLite file)."""
    types, names, alts = index_inputs(graphs, base)
    path.unlink(missing_ok=True)
    db = sqlite3.connect(path)
    try:
        db.executescript(SCHEMA)
        for rank, iri in enumerate(sorted(types), 1):
            insert(db, rank * GAP, iri, index_row(iri, (types, names, alts)))
        db.commit()
    finally:
        db.close()


def index_inputs(graphs: Mapping[URIRef, Graph], base: str) -> Inputs:
    """Every entity's type, names per language and alternative names, over all graphs."""
    names: dict[str, dict[str, list[str]]] = {}
    alts: dict[str, list[str]] = {}
    types: dict[str, str] = {}
    for found in _labels_of(graphs, base):
        types.update(found.types)
        for iri, language, label in found.names:
            names.setdefault(iri, {}).setdefault(language, []).append(label)
        for iri, label in found.alts:
            alts.setdefault(iri, []).append(label)
    return types, names, alts


def index_row(iri: str, inputs: Inputs) -> Row:
    """What the index holds of one entity."""
    types, names, alts = inputs
    labels = {lang: sorted(set(values))[0] for lang, values in sorted(names.get(iri, {}).items())}
    display = labels.get("en") or next(iter(labels.values()), None) or _from_slug(iri)
    all_names = sorted({v for values in names.get(iri, {}).values() for v in values})
    # whole names, normalised and newline-framed, so a query equal to a name or an acronym ranks first
    keys = "".join(f"\n{sort_key(n)}" for n in (*all_names, *alts.get(iri, ()))) + "\n"
    text = "\n".join(all_names) if all_names or iri in alts else None
    return (types[iri], sort_key(display), json.dumps(labels, ensure_ascii=False, sort_keys=True), keys, text,
            "\n".join(sorted(set(alts.get(iri, ())))))


def insert(db: sqlite3.Connection, ident: int, iri: str, row: Row) -> None:
    """Add one entity's row (and its names, if it has any) under the id `ident`."""
    db.execute("INSERT INTO entities (id, iri, type, sort_key, labels, keys) VALUES (?, ?, ?, ?, ?, ?)", (ident, iri, *row[:4]))
    if row[4] is not None:
        db.execute("INSERT INTO names (rowid, name, alt) VALUES (?, ?, ?)", (ident, row[4], row[5]))


def _labels_of(graphs: Mapping[URIRef, Graph], base: str) -> Iterator[Labels]:
    """Each graph's labels; of graphs kept as canonical lines, read from their typing and labelling lines only,
    or from the build cache when a graph with the same lines was read before."""
    if not isinstance(graphs, NamedGraphs):
        yield from (labels(graph, base) for graph in graphs.values())
        return
    for graph in graphs.named.values():
        yield graph_labels(graph, base, graphs.cache)


def graph_labels(graph: NamedGraph, base: str, cache: BuildCache | None) -> Labels:
    """What one graph gives the index, from the build cache when a graph with the same lines was read before."""
    key = cache.key(__name__, base, graph.digest) if cache is not None else ""
    found = cache.get("search", key) if cache is not None else None
    if found is None:
        found = labels(_labelling(graph), base)
        if cache is not None:
            cache.put("search", key, found)
    return found


_LABEL_PREDICATES = frozenset(f"<{p}>".encode() for p in (RDF.type, *NAME_PREDICATES, *ALT_PREDICATES))


def _labelling(graph: NamedGraph) -> Graph:
    """The lines of a graph that type or label something, as an rdflib graph."""
    lines = b"".join(line for line in graph.lines if terms(line)[1] in _LABEL_PREDICATES)
    return Graph().parse(data=lines, format="nt")


def _from_slug(iri: str) -> str:
    slug = iri.rsplit("/", 1)[-1].replace("-", " ")
    return slug[:1].upper() + slug[1:]


def match_expression(query: str) -> str | None:
    """An FTS5 query from free text: every word must occur, as a word or the start of one; None if no words."""
    words = _TOKEN.findall(query)
    return " ".join(f'"{word}"*' for word in words) if words else None


class SearchIndex:
    """A release's search index, opened read-only for each question (cheap, and safe across threads).

    A query matching more than `max_matches` entities (a common word, a one-letter prefix) counts and ranks only
    the first `max_matches` of them in the index's order (by IRI) and says there are more: ranking costs a
    lookup per match, and so a search takes a bounded time whatever it matches. 0: every match is ranked."""

    def __init__(self, path: Path, max_matches: int = 0) -> None:
        self.path = path
        self.max_matches = max_matches

    def _connect(self) -> sqlite3.Connection:
        if not self.path.is_file():
            raise ReleaseError(f"this release has no search index ({self.path.name}); rebuild it with `clusterld build`")
        return sqlite3.connect(f"{self.path.as_uri()}?mode=ro", uri=True)

    def search(self, query: str, kind: str | None, limit: int, offset: int) -> Page:
        """Entities whose names match `query`, best first, optionally of one type."""
        expression = match_expression(query)
        if expression is None:
            return Page((), 0, {})
        db = self._connect()
        try:
            beyond = None
            if self.max_matches > 0:  # the first match past the cap, found by stepping through at most the cap
                beyond = db.execute("SELECT rowid FROM names WHERE names MATCH ? ORDER BY rowid LIMIT 1 OFFSET ?",
                                    (expression, self.max_matches)).fetchone()
            # the cap as a rowid range, which the full-text index applies while reading its lists
            capped, cap = (" AND names.rowid < ?", beyond) if beyond is not None else ("", ())
            per_type = dict(db.execute(
                "SELECT e.type, COUNT(*) FROM names JOIN entities e ON e.id = names.rowid"
                f" WHERE names MATCH ?{capped} GROUP BY e.type ORDER BY e.type", (expression, *cap)))
            rows = db.execute(
                "SELECT e.iri, e.type, e.labels, bm25(names, ?, ?) AS score"
                " FROM names JOIN entities e ON e.id = names.rowid"
                f" WHERE names MATCH ?{capped} AND (? IS NULL OR e.type = ?)"
                " ORDER BY instr(e.keys, ?) = 0, score, e.sort_key, e.iri LIMIT ? OFFSET ?",
                (*_WEIGHTS, expression, *cap, kind, kind, f"\n{sort_key(query.strip())}\n", limit, offset),
            ).fetchall()
        finally:
            db.close()
        total = per_type.get(kind, 0) if kind else sum(per_type.values())
        return Page(tuple(Hit(iri, t, json.loads(labels), score) for iri, t, labels, score in rows), total, per_type,
                    beyond is not None)

    def listing(self, kind: str, limit: int, offset: int) -> Page:
        """Entities of one type in alphabetical order."""
        db = self._connect()
        try:
            (total,) = db.execute("SELECT COUNT(*) FROM entities WHERE type = ?", (kind,)).fetchone()
            rows = db.execute(
                "SELECT iri, type, labels FROM entities WHERE type = ? ORDER BY sort_key, iri LIMIT ? OFFSET ?",
                (kind, limit, offset),
            ).fetchall()
        finally:
            db.close()
        return Page(tuple(Hit(iri, t, json.loads(labels), 0.0) for iri, t, labels in rows), total, {kind: total})

    def counts(self) -> dict[str, int]:
        """Number of entities per type, in the order of `LISTED_TYPES`."""
        db = self._connect()
        try:
            found = dict(db.execute("SELECT type, COUNT(*) FROM entities GROUP BY type"))
        finally:
            db.close()
        return {kind: found[kind] for kind in LISTED_TYPES if kind in found}
