"""Names the registry does not know: capitalised spans, and the cue that says what each one is.

A span becomes a proposal only with a cue: a head word ("… Council", "… Programme", "… Report"), a country
or continent, a person cue (an honorific, a role next to it, a speech verb), a place cue ("in …", "…-based")
or a list of companies or members it stands in. Spans with an event head word are event names instead.
Without a cue a capitalised span is left alone: precision matters more than recall for a curator's queue.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from clusterld.extraction.lexicon import (
    CLUSTER_HEADS,
    CLUSTER_ORGANISATION_HEADS,
    CONTINENTS,
    COUNTRIES,
    COUNTRY_ALIASES,
    EVENT_HEADS,
    EVENT_KIND,
    HONORIFICS,
    NOT_NAMES,
    ORDINALS,
    ORGANISATION_DESCRIPTORS,
    ORGANISATION_HEADS,
    ORGANISATION_VERBS,
    PLACE_HEADS,
    PROGRAMME_HEADS,
    ROLE_HEADS,
    SPEECH_VERBS,
    WORK_HEADS,
)

_UPPER = "A-ZÀ-ÖØ-Þ"
_TOKEN = rf"(?:[{_UPPER}][\w’'\-~]*|\d+[A-Za-z][\w\-]*|[{_UPPER}]{{2,}}(?:&[{_UPPER}]+)?|[a-z]-[A-Za-z][\w\-]*(?=[ \u00a0]+[{_UPPER}]))"
_GLUE = r"(?:[ \u00a0]+(?:(?:of|for|and|de|del|della|la|le|du|des|für|der|van|von|the|y|i)[ \u00a0]+)*|[ \u00a0]*&[ \u00a0]*)"
NAME_SPAN = re.compile(rf"{_TOKEN}(?:{_GLUE}{_TOKEN})*")
_ROLES = "|".join(re.escape(r) for r in sorted(ROLE_HEADS, key=len, reverse=True))
ROLE_WORD = re.compile(rf"\b(?:{_ROLES})\b", re.IGNORECASE)
_ROLE_AFTER = re.compile(rf"^,?[ \u00a0]+(?:the |a |an |our |its )?(?:[\w&\-’'.]+[ \u00a0]+){{0,5}}?(?:{_ROLES})\b", re.IGNORECASE)
_ROLE_BEFORE = re.compile(rf"\b(?:{_ROLES})\b[^.;:!?]{{0,70}}?(?:,|\b)[ \u00a0]*$", re.IGNORECASE)
_HONORIFIC_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Prof|Professor|professor|Sir|Dame)\.?[ \u00a0]+$")
_SPEECH_AFTER = re.compile(rf"^,?[ \u00a0]+(?:{'|'.join(SPEECH_VERBS)})\b")
_SPEECH_BEFORE = re.compile(r"\b(?:said|says|according to|explained|added)[ \u00a0]+$")
_PLACE_BEFORE = re.compile(r"\b(?:in|to|from|across|near|throughout|around|within|outside|towards|via)[ \u00a0]+(?:the[ \u00a0]+)?$")
_LIST_TRIGGER = re.compile(
    r"\b(?:companies|firms|members|partners|manufacturers|suppliers|organi[sz]ations|corporations|players|groups|"
    r"OEMs|start-?ups|startups|carmakers|automakers|shipbuilders|utilities|businesses)\b[^.;:]{0,25}?"
    r"(?:\b(?:such as|including|include|includes|included|like|are|namely|among them|among others|notably)\b|:)",
    re.IGNORECASE,
)
_LIST_GLUE = frozenset({"and", "as", "well", "the", "or", "plus"})
_COUNTRIES = {c.casefold(): c for c in (*COUNTRIES, *CONTINENTS)} | {a.casefold(): c for a, c in COUNTRY_ALIASES.items()}
_DESCRIPTOR_BEFORE = re.compile(rf"\b(?:the|its|their|a|an|our)[ \u00a0]+(?:[\w\-]+[ \u00a0]+){{0,4}}?(?:{'|'.join(sorted(ORGANISATION_DESCRIPTORS))})[ \u00a0]+$", re.IGNORECASE)
_DESCRIPTOR_AFTER = re.compile(rf"^(?:[ \u00a0]*\([^)]{{1,15}}\))?,[ \u00a0]+(?:the|a|an|its|[A-Z][\w\-]*['’]s)[ \u00a0]+(?:[\w\-]+[ \u00a0]+){{0,4}}?(?:{'|'.join(sorted(ORGANISATION_DESCRIPTORS))})\b", re.IGNORECASE)
_VERB_AFTER = re.compile(rf"^(?:[ \u00a0]*\([^)]{{1,15}}\))?(?:[ \u00a0]+(?:has[ \u00a0]+|have[ \u00a0]+|also[ \u00a0]+|today[ \u00a0]+)?(?:{'|'.join(ORGANISATION_VERBS)})\b|,[ \u00a0]+(?:founded|established|set up|created)[ \u00a0]+in\b)")
_ACRONYM_AFTER = re.compile(r"^[ \u00a0]*\([A-Z][A-Za-z0-9&\-]{1,11}\)")
WEAK_REASONS = frozenset({"place preposition", "listed with a name of the same kind", "defines an acronym"})
_DATELINE_AFTER = re.compile(r"^(?:/[A-Z][\w\-]+)*(?:,[ \u00a0]+(?:\d{1,2}[ \u00a0]+[A-Z][a-z]+|[A-Z][a-z]{2,8}\.?[ \u00a0]+\d{1,2})|[ \u00a0]+[–—-][ \u00a0]+)")
_GENERIC = ORGANISATION_HEADS | PROGRAMME_HEADS | EVENT_HEADS | NOT_NAMES | set(WORK_HEADS)


@dataclass(frozen=True)
class Candidate:
    """A classified name span: kind is a registry type, or 'event' for an event name."""

    start: int
    end: int
    name: str
    kind: str
    detail: str | None  # place_type, work_type or event kind
    reason: str


def trim_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Drop leading function words ('The', 'In'), a trailing possessive and trailing connectors."""
    while True:
        word = re.match(r"[\w’'\-]+[ \u00a0]*", text[start:end])
        if word and word.group().strip().casefold() in NOT_NAMES and " " in text[start:end].strip():
            start += word.end()
            continue
        break
    possessive = re.search(r"[’']s$", text[start:end])
    if possessive:
        end = start + possessive.start()
    while True:
        tail = re.search(r"[ \u00a0]+(?:of|for|and|de|del|la|le|du|des|the|&)$", text[start:end])
        if not tail:
            break
        end = start + tail.start()
    return (start, end) if end > start else None


def classify(text: str, start: int, end: int, sentence_start: int) -> Candidate | None:
    """What the name span text[start:end] is, from its words and its context; None without a cue."""
    name = text[start:end]
    words = re.findall(r"[\w’'\-]+|&", name)
    lowered = [w.casefold() for w in words]
    if not words or all(w in _GENERIC or w in ORDINALS for w in lowered) or not re.search(f"[{_UPPER}]", name):
        return None
    before, after = text[max(sentence_start, start - 90) : start], text[end : end + 90]
    head = lowered[-1]
    if any(w in EVENT_HEADS for w in lowered[1:]) or (head in EVENT_HEADS and len(words) > 1):
        kind = next(EVENT_KIND[w] for w in reversed(lowered) if w in EVENT_KIND)
        return Candidate(start, end, name, "event", kind, "event head word")
    if ROLE_WORD.search(name) and head not in ORGANISATION_HEADS:
        return None  # "Life Science Ambassador", "Accelerator Community Manager": a role, not a name
    if name.casefold() in _COUNTRIES:
        kind_of_place = "continent" if _COUNTRIES[name.casefold()] in CONTINENTS else "country"
        return Candidate(start, end, _COUNTRIES[name.casefold()], "place", kind_of_place, "country or continent")
    if head in PROGRAMME_HEADS:
        return Candidate(start, end, name, "programme", None, f"head word '{words[-1]}'")
    if head in WORK_HEADS and re.search(r"\b(?:the|its|their|a|an|new)[ \u00a0]+$", before, re.IGNORECASE):
        return Candidate(start, end, name, "work", WORK_HEADS[head], f"head word '{words[-1]}'")
    if any(w in ORGANISATION_HEADS for w in lowered):
        kind = "cluster-organisation" if any(w in CLUSTER_ORGANISATION_HEADS for w in lowered[1:]) else "organisation"
        return Candidate(start, end, name, kind, None, "organisation head word")
    if any(w in PLACE_HEADS for w in lowered):
        return Candidate(start, end, name, "place", "region", "place head word")
    if _looks_like_person(words) and _person_cue(before, after):
        return Candidate(start, end, name, "person", None, "person cue (honorific, role or speech verb)")
    if re.match(r"^-based\b", after) or re.match(r"^,[ \u00a0]+where\b", after):
        return Candidate(start, end, name, "place", None, "'-based' or ', where'")
    first_on_line = start == sentence_start or re.fullmatch(r"(?:[A-Z][\w\-]+/)+", text[sentence_start:start])
    if first_on_line and len(words) <= 3 and _DATELINE_AFTER.match(after):
        return Candidate(start, end, name.title() if name.isupper() else name, "place", None, "dateline")
    if _DESCRIPTOR_BEFORE.search(before) or _DESCRIPTOR_AFTER.match(after):
        return Candidate(start, end, name, "organisation", None, "described as an organisation")
    if len(words) <= 3 and _PLACE_BEFORE.search(before) and not re.match(r"^[’']s\b", after) and start > sentence_start:
        return Candidate(start, end, name, "place", None, "place preposition")
    if _in_company_list(before):
        return Candidate(start, end, name, "organisation", None, "listed among companies or members")
    if _VERB_AFTER.match(after) and not _looks_like_person(words):
        return Candidate(start, end, name, "organisation", None, "subject of an organisation's verb")
    if head in CLUSTER_HEADS:  # 'Medicon Valley'; after the context cues, since 'Aerospace Valley' is an organisation
        return Candidate(start, end, name, "cluster", None, f"head word '{words[-1]}'")
    if _ACRONYM_AFTER.match(after):
        return Candidate(start, end, name, "organisation", None, "defines an acronym")
    return None


def _looks_like_person(words: list[str]) -> bool:
    if not 2 <= len(words) <= 4:
        return False
    lowered = [w.casefold() for w in words]
    if any(w in _GENERIC or w in HONORIFICS for w in lowered):
        return False
    return all(w[0].isupper() and not w.isupper() for w in words)


def _person_cue(before: str, after: str) -> bool:
    return bool(
        _HONORIFIC_BEFORE.search(before) or _ROLE_AFTER.match(after) or _SPEECH_AFTER.match(after)
        or _SPEECH_BEFORE.search(before) or _role_just_before(before)
    )


def _role_just_before(before: str) -> bool:
    """'CEO Jane Doe', 'President of X, Jane Doe', 'Harvard Business School professor Christian Ketels'."""
    match = _ROLE_BEFORE.search(before)
    return match is not None and len(re.findall(r"\w+", before[match.start() :])) <= 9


def _in_company_list(before: str) -> bool:
    triggers = list(_LIST_TRIGGER.finditer(before))
    if not triggers:
        return False
    between = before[triggers[-1].end() :]
    if re.search(r"[.;:!?]", between) or len(between) > 200:
        return False
    lower_words = [w for w in re.findall(r"\b[a-z][\w\-]*", between) if w not in _LIST_GLUE]
    return len(lower_words) <= 1


def split_coordination(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split 'LEO Pharma and Lund University' in two; keep 'Foreign Trade and Investment Office' and
    'Institute of Science and Technology' whole (the part after 'and' carries the head, or 'of' precedes)."""
    for match in re.finditer(r"[ \u00a0]+and[ \u00a0]+", text[start:end]):
        left, right = text[start : start + match.start()], text[start + match.end() : end]
        if re.search(r"\bof\b", left) and len(right.split()) == 1:
            continue  # 'Institute of Science and Technology', 'Ministry of Economy and Finance'
        if right.startswith(("the ", "the\u00a0")):
            return [(start, start + match.start()), *split_coordination(text, start + match.end(), end)]
        left_head = any(w.casefold() in ORGANISATION_HEADS | PROGRAMME_HEADS for w in left.split())
        right_head = any(w.casefold() in ORGANISATION_HEADS | PROGRAMME_HEADS | PLACE_HEADS for w in right.split())
        if not left_head and right_head:
            continue
        return [(start, start + match.start()), *split_coordination(text, start + match.end(), end)]
    return [(start, end)]


def person_surname(name: str) -> str:
    """The last word of a person's name: 'Sommer' for 'Tom Sommer'."""
    return re.findall(r"[\w’'\-]+", name)[-1]
