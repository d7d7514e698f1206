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
    for offer in offers:
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
