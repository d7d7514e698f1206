"""Sentence splitting over the raw text, with the hazards of scraped news (research §2.12).

Handled: no-break and double spaces (kept in the span, never a boundary), bullets without a final full stop
("•", "-", "*", "1."), Markdown headings, title lines, abbreviations with dots ("Mr.", "Dr.", "U.S."),
initials, decimals ("16.5"), dotted dates ("04.07.2011"), ellipses ("Danieles… on"), and hard-wrapped plain
text, where a single line break does not end a sentence. Spans are offsets into the raw text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from clusterld.extraction.normalise import UPPER

MAX_SENTENCE = 1500  # longer runs without a boundary are cut at a space, so each rule sees a bounded string
ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof st jr sr inc ltd co corp plc bros vs etc eg ie al no nos fig approx dept est "
    "jan feb mar apr jun jul aug sep sept oct nov dec gov univ assoc intl mt ft rev gen col lt sgt "
    "dra sra srta sres dña lic ing arq mtro mtra profa excmo excma".split()  # 'la Dra. Ilídia Moreira', 'el Lic. …', 'el Mtro. …'

)
_BULLET = re.compile(r"^[ \t\u00a0]*(?:[•·▪►‣◦●■□\-\*+]|\d{1,2}[.)]|#{1,6})[ \t\u00a0]+")
_BOUNDARY = re.compile(rf"[.!?]+[\"”’')\]»]*(?=[ \t\u00a0]+[\"“‘'(\[«¿¡]?[{UPPER}0-9•])")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\.?$")


@dataclass(frozen=True)
class Sentence:
    """One sentence: [start, end) in the raw text; `text` is exactly that slice."""

    index: int
    start: int
    end: int
    text: str
    standalone_line: bool  # a heading, title, bullet or other line that ends without a full stop


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """Every sentence of `text`, in order, as spans of the raw text."""
    spans: list[tuple[int, int, bool]] = []
    for seg_start, seg_end, line_like in _segments(text):
        pieces = [piece for start, end in _split_segment(text, seg_start, seg_end) for piece in _bounded(text, start, end)]
        spans.extend((s, e, line_like and len(pieces) == 1) for s, e in pieces)
    return tuple(Sentence(i, s, e, text[s:e], line) for i, (s, e, line) in enumerate(spans))


def _segments(text: str) -> list[tuple[int, int, bool]]:
    """Runs of text that no sentence crosses: paragraphs, bullet items, headings; lines unless hard-wrapped."""
    lines = _lines(text)
    wrapped = _is_hard_wrapped([text[s:e] for s, e in lines])
    segments: list[tuple[int, int, bool]] = []
    paragraph: list[int] = []  # [start, end] of the wrapped paragraph being joined
    for start, end in lines:
        line = text[start:end]
        marker = _BULLET.match(line)
        if wrapped and line.strip(" \t\u00a0") and not marker:
            paragraph = [paragraph[0] if paragraph else start, end]
            continue
        if paragraph:
            segments.append((paragraph[0], paragraph[1], False))
            paragraph = []
        if line.strip(" \t\u00a0"):
            segments.append((start + (marker.end() if marker else 0), end, not _ends_sentence(line)))
    if paragraph:
        segments.append((paragraph[0], paragraph[1], False))
    return segments


def _lines(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for match in re.finditer("\n", text):
        out.append((start, match.start()))
        start = match.end()
    out.append((start, len(text)))
    return out


def _is_hard_wrapped(lines: list[str]) -> bool:
    """Plain text wrapped at a fixed width: most long lines end mid-sentence."""
    body = [line.strip() for line in lines if len(line.strip()) > 0 and not _BULLET.match(line)]
    long_lines = [line for line in body if 55 <= len(line) <= 100]
    if len(long_lines) < 3 or len(long_lines) < len(body) / 2:
        return False
    open_ended = sum(1 for line in long_lines if not _ends_sentence(line))
    return open_ended > len(long_lines) / 2


def _ends_sentence(line: str) -> bool:
    return bool(re.search(r"[.!?:][\"”’')\]]*\s*$", line))


def _split_segment(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out = []
    cursor = start
    for match in _BOUNDARY.finditer(text, start, end):
        if _is_abbreviation(text, cursor, match.start(), match.group()):
            continue
        out.append((cursor, match.end()))
        cursor = match.end()
    out.append((cursor, end))
    return [trimmed for s, e in out if (trimmed := _trim(text, s, e))]


def _is_abbreviation(text: str, sentence_start: int, dot: int, punctuation: str) -> bool:
    """A full stop that belongs to an abbreviation or an initial, not to the end of a sentence."""
    if not punctuation.startswith(".") or punctuation.startswith(".."):
        return punctuation.startswith("..")  # an ellipsis rarely ends a news sentence
    word = _WORD_BEFORE.search(text, max(sentence_start, dot - 12), dot)
    if not word:
        return False
    token = word.group(1)
    if "." in token:  # U.S., e.g., i.e.
        return True
    if token.lower() in ABBREVIATIONS:
        return True
    return len(token) == 1 and token.isupper()  # an initial: "Michael E. Porter"


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start] in " \t\u00a0\n":
        start += 1
    while end > start and text[end - 1] in " \t\u00a0\n":
        end -= 1
    return (start, end) if end > start else None


def _bounded(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split a run longer than MAX_SENTENCE at spaces, so no rule ever sees an unbounded string."""
    out = []
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        cut = cut if cut > start else start + MAX_SENTENCE
        if (piece := _trim(text, start, cut)) is not None:
            out.append(piece)
        start = cut
    if (piece := _trim(text, start, end)) is not None:
        out.append(piece)
    return out
