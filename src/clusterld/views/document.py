"""What a document page shows: the article's metadata, the evidence spans facts cite (each with the facts it
supports) and, when the release publishes the text, the full text cut into segments with the spans marked."""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import URIRef
from rdflib.namespace import PROV

from clusterld.description import Triples
from clusterld.iris import CL
from clusterld.views.entity import EntityView, FactView, entity_view, fact_view
from clusterld.views.labels import Labels

SDO = "https://schema.org/"


@dataclass(frozen=True)
class Span:
    """An excerpt of the document and the facts derived from it."""

    excerpt: URIRef
    start: int
    end: int
    quote: str
    facts: tuple[FactView, ...]

    @property
    def anchor(self) -> str:
        """The fragment id of the span on the document page."""
        return anchor(self.start, self.end)


@dataclass(frozen=True)
class Segment:
    """A stretch of the text, the anchors of the spans covering it (none: plain text) and of those starting here."""

    text: str
    anchors: tuple[str, ...]
    starts: tuple[str, ...]


@dataclass(frozen=True)
class DocumentView:
    """Everything a document page shows."""

    entity: EntityView
    spans: tuple[Span, ...]
    segments: tuple[Segment, ...] | None
    source: str | None


def anchor(start: int, end: int) -> str:
    """The fragment id of an evidence span on its document page."""
    return f"excerpt-{start}-{end}"


def segments(text: str, spans: tuple[Span, ...]) -> tuple[Segment, ...]:
    """`text` cut at every span boundary; overlapping spans give segments carrying several anchors."""
    cuts = sorted({0, len(text), *(s.start for s in spans), *(s.end for s in spans)})
    out = []
    for start, end in zip(cuts, cuts[1:]):
        covering = tuple(s.anchor for s in spans if s.start <= start and end <= s.end)
        out.append(Segment(text[start:end], covering, tuple(s.anchor for s in spans if s.start == start)))
    return tuple(out)


def document_view(graph: Triples, iri: URIRef, label: Labels) -> DocumentView:
    """The page of document `iri` from its description graph."""
    languages = list(label.languages)
    views: dict[URIRef, FactView] = {}
    for fact in set(graph.subjects(PROV.wasDerivedFrom, None)):
        view = fact_view(graph, fact, languages) if isinstance(fact, URIRef) else None
        if view is not None:
            views[fact] = view
    spans = []
    for excerpt in set(graph.subjects(CL.inDocument, iri)):
        start, end, quote = (graph.value(excerpt, p) for p in (CL.charStart, CL.charEnd, CL.exactText))
        if start is None or end is None or not isinstance(excerpt, URIRef):
            continue
        supported = tuple(views[f] for f in sorted(graph.subjects(PROV.wasDerivedFrom, excerpt), key=str) if f in views)
        spans.append(Span(excerpt, int(start), int(end), str(quote or ""), supported))
    spans.sort(key=lambda s: (s.start, s.end, str(s.excerpt)))
    text = graph.value(iri, CL.text)
    source = graph.value(iri, URIRef(SDO + "url"))
    return DocumentView(
        entity=entity_view(graph, iri, label),
        spans=tuple(spans),
        segments=segments(str(text), tuple(spans)) if text is not None else None,
        source=str(source) if source is not None else None,
    )
