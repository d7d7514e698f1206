"""Extraction: a draft document (data/documents format) from a raw article, for a curator to accept.

Deterministic and offline: the registry is the gazetteer, the ontology's concept schemes name indicators,
units, qualifiers, roles, topics and event types, and rules over sentences draft the facts. See README.md,
"Extraction", for the method and its limits.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from clusterld.errors import InputError, Problem
from clusterld.extraction.extractor import Draft, extract
from clusterld.extraction.source import read_article
from clusterld.records import parse_date

__all__ = ["Draft", "extract", "extract_article", "read_article"]


def extract_article(raw: bytes, source: Path, root: Path, date_text: str | None = None) -> Draft:
    """Read the article bytes from `source` and draft a document against project `root`."""
    given = _article_date(date_text) if date_text else None
    return extract(read_article(raw, source), root, given)


def _article_date(text: str) -> date:
    try:
        parsed = parse_date(text)
    except ValueError as error:
        raise InputError([Problem(Path("--date"), None, "date", str(error))]) from error
    if parsed.precision != "day":
        raise InputError([Problem(Path("--date"), None, "date", f"{text!r}: give the article's full date, YYYY-MM-DD, so relative dates can be resolved")])
    return date.fromisoformat(parsed.text)
