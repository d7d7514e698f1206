"""Article metadata the text itself carries: title, publication date, author and publisher lines."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from clusterld.extraction.dates import find_dates
from clusterld.extraction.gazetteer import Knowledge, name_key
from clusterld.extraction.lexicon import BYLINE_OPENERS
from clusterld.extraction.normalise import clean_label, plain
from clusterld.extraction.sentences import Sentence

_ABSOLUTE = ("iso", "numeric", "day-month-year", "month-day-year")
_LINES = (
    re.compile(r"^Submitted by (?P<author>.+?) on (?P<date>.+)$", re.IGNORECASE),
    re.compile(r"^(?:Source|Publisher|From):\s*(?P<publisher>[^,]+?)(?:,\s*(?P<date>.+))?$", re.IGNORECASE),
    re.compile(r"^(?:Published|Posted|Date|Updated|Publication date)(?: on)?:?\s+(?P<date>.+?)(?:\s+by\s+(?P<author>.+))?$", re.IGNORECASE),
    re.compile(rf"^{BYLINE_OPENERS}\s+(?P<author>[A-ZÀ-Þ][^,|]{{2,60}}?)(?:(?:\s*[,|]\s*|\s+[–—-]\s+)(?P<date>.+))?$"),
    re.compile(r"^(?P<date>(?:\w+,? )?\d{1,2}[ ./-]\w+[ ./-]\d{4}|\w+ \d{1,2}, \d{4}|\d{4}-\d{2}-\d{2})$"),
    # 'Laia Soler · Barcelona · Dijous, 12 de març de 2026': author, place, date between spaced middle dots (not the
    # Catalan 'l·l' of 'col·lectiu', which a sentence may hold).
    re.compile(r"^(?P<author>[A-ZÀ-Þ][^·|,]{2,60}?)\s+·\s+(?:[^·|]{2,40}?\s+·\s+)?(?P<date>[^·|]{4,60})$"),
)


# A news dateline opening the first paragraph: "Stuttgart, 14 March 2019 – …", "MONTREAL, Nov. 8, 2021 /CNW/ - …",
# "Barcelona, 7 de març de 2024", "Hermosillo, Sonora, 7 de junio de 2024.–".
_DATELINE = re.compile(
    r"^[A-Z][\w/ .’'\-]{1,40}(?:,\s+[A-Z][\w .’'\-]{1,30})?,\s+(?P<date>(?:\d{1,2}\s+[A-Z][a-z]+\.?\s+\d{4})|(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4})"
    r"|(?:\d{1,2}\s+(?:de\s+|d['’])?[a-zà-ÿ]{3,}\s+(?:de\s+|del\s+)?\d{4}))"
)


@dataclass(frozen=True)
class Metadata:
    """What the article says about itself; `published_note` says where each value was read."""

    title: str
    published: date | None
    published_note: str | None
    author: str | None
    publisher: str | None
    metadata_sentences: frozenset[int]
    dateline: tuple[int, str] | None = None  # the sentence opening with the dateline, and the date as written there


def read_metadata(sentences: tuple[Sentence, ...], knowledge: Knowledge, given_date: date | None) -> Metadata:
    """Title from the first line (or heading), date, author and publisher from by-lines and source lines."""
    title = clean_label(sentences[0].text) if sentences and sentences[0].standalone_line and len(sentences[0].text) <= 250 else ""
    if not title and sentences:
        title = clean_label(" ".join(sentences[0].text.split()[:14]))
    published, note, author, publisher = given_date, None, None, None
    if given_date is not None:
        note = "Given on the command line (--date)."
    used: set[int] = set()
    candidates = [s for s in sentences[:12]] + [s for s in sentences[-6:] if s.index >= 12]
    for sentence in candidates:
        line = plain(sentence.text)
        for pattern in _LINES:
            match = pattern.match(line)
            if not match:
                continue
            used.add(sentence.index)
            groups = match.groupdict()
            if groups.get("author") and author is None:
                author = clean_label(groups["author"]) if not groups["author"].rstrip().endswith("…") else groups["author"].strip()
            if groups.get("publisher") and publisher is None:
                publisher = _organisation(groups["publisher"], knowledge)
            if groups.get("date") and published is None:
                found = [d for d in find_dates(line, 0, len(line), None) if d.kind in _ABSOLUTE and d.begin]
                if found:
                    published = date.fromisoformat(str(found[0].begin))
                    note = f'Read from "{line}"' + (f"; {found[0].note}." if found[0].note else ".")
            break
    dateline = None
    if published is None:
        published, note, dateline = _dateline(sentences[1:6])
    return Metadata(title, published, note, author, publisher, frozenset(used), dateline)


def _dateline(sentences: tuple[Sentence, ...]) -> tuple[date | None, str | None, tuple[int, str] | None]:
    """The date of a dateline, and where it was read; the sentence stays a sentence of the article (it usually
    carries facts), but its dateline date dates none of them."""
    for sentence in sentences:
        match = _DATELINE.match(plain(sentence.text))
        if match:
            found = [d for d in find_dates(match.group("date"), 0, len(match.group("date")), None) if d.kind in _ABSOLUTE and d.begin]
            if found:
                return date.fromisoformat(str(found[0].begin)), f'Read from the dateline "{plain(match.group())}".', (sentence.index, str(found[0].begin))
    return None, None, None


def _organisation(name: str, knowledge: Knowledge) -> str | None:
    key = name_key(name.strip())
    for entity in knowledge.entities.values():
        if entity.kind in ("organisation", "cluster-organisation") and any(name_key(n) == key for n in entity.names):
            return entity.id
    return None
