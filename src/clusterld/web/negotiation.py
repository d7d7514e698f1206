"""Content negotiation: one table of what is offered, one pure function that picks from it.

Server-side quality (`qs`) breaks ties the way linked-data clients expect: with no Accept header or only
`*/*`, the first offer wins (Turtle for descriptions), and `application/xml` (which browsers list) can never
beat their explicit `text/html`.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Offer:
    """A representation a resource can be served as."""

    media_type: str
    extension: str
    qs: float = 1.0
    aliases: tuple[tuple[str, float], ...] = ()  # other media types that select it, with their own qs


RDF_OFFERS = (
    Offer("text/turtle", "ttl", 1.0, (("application/x-turtle", 0.9),)),
    Offer("application/ld+json", "jsonld", 0.95, (("application/json", 0.5),)),
    Offer("application/n-triples", "nt", 0.9, (("text/plain", 0.3),)),
    Offer("application/rdf+xml", "rdf", 0.8, (("application/xml", 0.3), ("text/xml", 0.3))),
)
HTML_OFFER = Offer("text/html", "html", 1.0, (("application/xhtml+xml", 0.9),))
DATASET_OFFERS = (
    Offer("application/n-quads", "nq", 0.85),
    Offer("application/trig", "trig", 0.85),
)
# an entity's description, a named graph, the ontology: RDF first, so no Accept (or */*) gets Turtle
DESCRIPTION_OFFERS = (*RDF_OFFERS, HTML_OFFER)
JSON_OFFER = Offer("application/json", "json", 1.0)
# search results and type listings: a script asking for anything gets JSON, a browser gets HTML
LISTING_OFFERS = (JSON_OFFER, HTML_OFFER)
PAGE_OFFERS = (HTML_OFFER,)
RESULTS_OFFERS = (  # SPARQL SELECT and ASK results
    Offer("application/sparql-results+json", "srj", 1.0, (("application/json", 0.9),)),
    Offer("application/sparql-results+xml", "srx", 0.9, (("application/xml", 0.3), ("text/xml", 0.3))),
    Offer("text/csv", "csv", 0.8),
    Offer("text/tab-separated-values", "tsv", 0.8),
)


def parse_accept(header: str | None) -> list[tuple[str, float]]:
    """Media ranges of an Accept header with their q-values, in header order (malformed parts skipped)."""
    if not header or not header.strip():
        return [("*/*", 1.0)]
    ranges = []
    for part in header.split(","):
        fields = [f.strip() for f in part.split(";")]
        media = fields[0].lower()
        if "/" not in media:
            continue
        q = 1.0
        for param in fields[1:]:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    q = min(max(float(value), 0.0), 1.0)
                except ValueError:
                    q = 0.0
        ranges.append((media, q))
    return ranges or [("*/*", 1.0)]


def _quality(media: str, ranges: list[tuple[str, float]]) -> float:
    """The q of the most specific range matching `media` (RFC 9110 §12.5.1)."""
    kind = media.split("/")[0]
    best, specificity = 0.0, -1
    for range_, q in ranges:
        if range_ == media:
            level = 2
        elif range_ == f"{kind}/*":
            level = 1
        elif range_ == "*/*":
            level = 0
        else:
            continue
        if level > specificity:
            best, specificity = q, level
    return best if specificity >= 0 else 0.0


def negotiate(accept: str | None, offers: tuple[Offer, ...]) -> Offer | None:
    """The offer the client prefers most (its q times our qs), earlier offers winning ties; None if none fits."""
    ranges = parse_accept(accept)
    best: Offer | None = None
    best_score = 0.0
    refused = {media for media, q in ranges if q == 0.0}
    for offer in offers:
        if offer.media_type in refused:  # an alias must not bring back what the client turned down by name
            continue
        candidates = [(offer.media_type, offer.qs), *offer.aliases]
        score = max(_quality(media, ranges) * qs for media, qs in candidates)
        if score > best_score:
            best, best_score = offer, score
    return best


def by_extension(extension: str, offers: tuple[Offer, ...]) -> Offer | None:
    """The offer for a file extension or `?format=` value."""
    return next((o for o in offers if o.extension == extension), None)


def offered(offers: tuple[Offer, ...]) -> str:
    """What is offered, for a 406 body."""
    return "\n".join(o.media_type for o in offers) + "\n"


def content_type(media_type: str) -> str:
    """The Content-Type header for a media type: charset=utf-8 on text and XML (JSON, N-Triples are UTF-8 anyway)."""
    if media_type.startswith("text/") or media_type.endswith("xml"):
        return f"{media_type}; charset=utf-8"
    return media_type


def parse_accept_language(header: str | None) -> list[str]:
    """Language tags of an Accept-Language header, most preferred first (q=0 and `*` dropped)."""
    ranked = []
    for position, part in enumerate((header or "").split(",")):
        tag, *params = [f.strip() for f in part.split(";")]
        q = 1.0
        for param in params:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        if tag and tag != "*" and q > 0:
            ranked.append((-q, position, tag.lower()))
    return [tag for _, _, tag in sorted(ranked)]
