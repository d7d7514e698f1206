"""A release's counts and statistics (its manifest's, VoID's and DCAT's figures) from its graphs' canonical lines.

Every figure but the triples per graph is over the distinct triples of the union, and each either counts
triples or distinct subjects, or collects values of one subject's triples: so the dumps' chunks, which hold the
union's distinct triples of runs of subjects, each give their share (`chunk_figures`), cached with the chunk, and
a release's figures are the sum of its chunks' (`release_figures`). They are the figures the store's SPARQL
queries give (`store.counts` and `store.statistics`; the tests hold the two to that), without asking the store.
"""

from __future__ import annotations

import calendar
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping

from clusterld.ntriples import NamedGraph, terms

RDF_TYPE = b"<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
NEWS_ARTICLE = b"<https://schema.org/NewsArticle>"
DATE_PUBLISHED = b"<https://schema.org/datePublished>"
# predicates that link an entity to the same thing in another dataset (as the store's statistics count them)
LINK_PREDICATES = (
    "http://www.w3.org/2002/07/owl#sameAs",
    "https://schema.org/sameAs",
    "http://www.w3.org/2004/02/skos/core#exactMatch",
    "http://www.w3.org/2004/02/skos/core#closeMatch",
)
_HOST = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://([^/?#]*).*$")
_ESCAPE = re.compile(r"\\(u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)")
_ESCAPES = {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f", '"': '"', "'": "'", "\\": "\\"}


@dataclass
class Figures:
    """One chunk's share of a release's figures (or, summed, the release's)."""

    triples: int = 0
    classes: Counter = field(default_factory=Counter)
    properties: Counter = field(default_factory=Counter)
    entities: Counter = field(default_factory=Counter)
    examples: dict = field(default_factory=dict)
    links: Counter = field(default_factory=Counter)
    dates: set = field(default_factory=set)


def chunk_figures(triples: Iterable[bytes], base: str) -> Figures:
    """The figures of distinct N-Triples lines (as the store keeps them) of whole subjects."""
    prefix, outside = f"{base}/id/", f"{base}/"
    links = {f"<{p}>".encode(): p for p in LINK_PREDICATES}
    found = Figures()
    typed: set[bytes] = set()
    articles: set[bytes] = set()
    published: dict[bytes, list[bytes]] = {}
    for line in triples:
        s, p, o = terms(line)
        found.triples += 1
        found.properties[value(p)] += 1
        if p == RDF_TYPE:
            found.classes[value(o)] += 1
            typed.add(s)
            if o == NEWS_ARTICLE:
                articles.add(s)
        elif p == DATE_PUBLISHED:
            published.setdefault(s, []).append(o)
        if p in links and s[:1] == b"<" and o[:1] == b"<":
            subject, obj = value(s), value(o)
            if subject.startswith(prefix) and not obj.startswith(outside):
                found.links[(links[p], _HOST.sub(r"\1", obj).lower())] += 1
    for s in typed:
        subject = value(s)
        if s[:1] == b"<" and subject.startswith(prefix):
            rest = subject[len(prefix):]
            kind = rest[:rest.index("/")] if "/" in rest else ""
            found.entities[kind] += 1
            found.examples[kind] = min(found.examples.get(kind, subject), subject)
    found.dates = {value(o) for s in articles for o in published.get(s, ())}
    return found


def release_figures(chunks: Iterable[Figures], graphs: Mapping[Any, NamedGraph]) -> tuple[dict, dict]:
    """The manifest's "counts" and "statistics" from every chunk's figures and the graphs as stored."""
    total = Figures()
    for chunk in chunks:
        total.triples += chunk.triples
        total.classes += chunk.classes
        total.properties += chunk.properties
        total.entities += chunk.entities
        for kind, example in chunk.examples.items():
            total.examples[kind] = min(total.examples.get(kind, example), example)
        total.links += chunk.links
        total.dates |= chunk.dates
    counts = {
        "triples": total.triples,
        "graphs": dict(sorted((str(name), len(graph.lines)) for name, graph in graphs.items() if graph.lines)),
        "classes": dict(sorted(total.classes.items())),
    }
    statistics = {
        "properties": dict(sorted(total.properties.items())),
        "entities": dict(sorted(total.entities.items())),
        "examples": dict(sorted(total.examples.items())),
        "links": sorted(({"predicate": p, "host": host, "triples": n} for (p, host), n in total.links.items()),
                        key=lambda link: (link["host"], link["predicate"])),
        "published": {"first": min(map(first_day, total.dates)), "last": max(map(last_day, total.dates))}
        if total.dates else None,
    }
    return counts, statistics


def value(term: bytes) -> str:
    """An N-Triples term's value as SPARQL's STR gives it: an IRI's text, a literal's lexical form, a blank
    node's label."""
    text = term.decode("utf-8")
    if text.startswith("<"):
        return text[1:-1]
    if text.startswith("_:"):
        return text[2:]
    return _ESCAPE.sub(_unescape, text[1:text.rindex('"')])


def _unescape(match: re.Match[str]) -> str:
    code = match.group(1)
    return chr(int(code[1:], 16)) if code[0] in "uU" and len(code) > 1 else _ESCAPES.get(code, code)


def first_day(date: str) -> str:
    """The first day of an ISO 8601 date at year, month or day precision."""
    return {4: f"{date}-01-01", 7: f"{date}-01"}.get(len(date), date[:10])


def last_day(date: str) -> str:
    """The last day of an ISO 8601 date at year, month or day precision."""
    if len(date) == 4:
        return f"{date}-12-31"
    if len(date) == 7:
        year, month = int(date[:4]), int(date[5:7])
        return f"{date}-{calendar.monthrange(year, month)[1]:02d}"
    return date[:10]
