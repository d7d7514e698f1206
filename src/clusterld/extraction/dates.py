"""Dates in a sentence, absolute or relative, resolved against the article date with the derivation said.

Absolute: 2016-11-09, 09 November 2016, November 9, 2016, 20 and 21 of October 2016, October 2016, dotted
04.07.2011 (read day first, as European publishers write it; said in the note), year ranges 2000-2009, and
years after 'in', 'since', 'from' … Relative: a day or month without a year ('last 20 and 21 of October'),
a weekday ('on Tuesday', 'el pasado viernes', 'dimarts'), today, yesterday, this past week, last week,
this/last/next month, this/last/next year, 'hoy'/'ayer' ('avui'/'ahir'), 'la semana pasada' ('la setmana passada'), later this year, during the past N years, N years ago. Spanish and
Catalan forms are read too ('7 de març de 2024', 'el 14 de marzo', 'al mes d'octubre').

A day, month or weekday without a year is the latest one on or before the article date, unless the clause is
about the future ('will', 'next', a Spanish or Catalan future tense, a present-tense schedule such as 'holds' or
'is expected'): then it is the next one after it. A date that opens its sentence takes the tense of the clause
after it ('In June, ten companies will travel …'). Without
an article date a relative expression stays unresolved, and its note says so.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Callable, Optional

from clusterld.extraction.lexicon import MONTHS, NUMBER_WORDS, ROMANCE_MONTHS, WEEKDAYS

_ROMANCE = "|".join(sorted(ROMANCE_MONTHS, key=len, reverse=True))
_MONTH = rf"(?P<month>(?:{_ROMANCE})\b|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_DAY2 = r"(?:[ \u00a0]*(?:-|–|and|&|to|y|i|al)[ \u00a0]*(?P<day2>\d{1,2})(?:st|nd|rd|th)?)?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"
_S = r"[ \u00a0]+"
_RELATIVE_WORD = r"(?:(?P<rel>last|next|this past|past|this|coming)[ \u00a0]+)?"
_OF = r"(?:of[ \u00a0]+|de[ \u00a0]+|d['’])"  # '20 of October', '7 de març', "3 d'abril"
_YEAR_OF = r"(?:,?[ \u00a0]+|[ \u00a0]+del?[ \u00a0]+)"  # 'March 2024', 'marzo de 2024', 'març del 2024'
_WEEKDAY = "|".join(WEEKDAYS)
_LOWERCASE_NAMES = frozenset(ROMANCE_MONTHS) | {w for w, _ in WEEKDAYS.items() if not w.endswith("day")}  # Spanish and Catalan
_FUTURE_WORDS = {"next", "coming", "próximo", "próxima", "proper", "vinent", "que ve"}
_PAST_WORDS = {"last", "past", "this past", "pasado", "pasada", "passat", "passada"}
# Future tense in the clause before a date: English auxiliaries and plans; Spanish and Catalan future endings
# ('firmarán', 'organitzaran'), read only in those languages ('veteran' is no future).
# A present-tense event verb with a date is a schedule: 'The association holds its general assembly on 18 May'; reported
# speech puts the future in 'would': 'she said the cluster would send a delegation in September'.
_FUTURE = re.compile(r"\b(?:will|would|shall|plans?|planned|is scheduled|are scheduled|upcoming|is set to|are set to|is expected|are expected|holds|hosts|takes place|opens|kicks off|próximo|próxima|proper|vinent)\b|['’]ll\b", re.IGNORECASE)
_OPENS = re.compile(r"[\W_]*(?:(?:in|on|en|el|al|during|durante|durant)[ \u00a0]+)?", re.IGNORECASE)
_FUTURE_ROMANCE = re.compile(r"\b\w{2,}(?:ará|erá|irá|arán|erán|irán|arà|erà|irà|aran|eran|iran)\b", re.IGNORECASE)
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern, re.IGNORECASE))
    for name, pattern in (
        ("iso", r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})\b"),
        ("numeric", r"\b(?P<day>\d{1,2})[./](?P<month>\d{1,2})[./](?P<year>\d{4})\b"),
        ("day-month-year", rf"\b{_DAY}{_DAY2}{_S}{_OF}?{_MONTH}{_YEAR_OF}{_YEAR}\b"),
        ("month-day-year", rf"\b{_MONTH}{_S}{_DAY}{_DAY2},?{_S}{_YEAR}\b"),
        ("month-year", rf"(?:\b|(?<=d['’])){_MONTH}{_S}(?:of{_S}|del?{_S})?{_YEAR}\b"),
        ("day-month", rf"\b{_RELATIVE_WORD}{_DAY}{_DAY2}{_S}{_OF}?{_MONTH}\b"),
        ("month-day", rf"\b{_RELATIVE_WORD}{_MONTH}{_S}{_DAY}{_DAY2}\b(?![,\.]?[ \u00a0]*\d)"),
        ("year-range", rf"\b(?:from{_S}|between{_S})?(?P<year>(?:19|20)\d{{2}})[ \u00a0]*(?:-|–|to|and|until)[ \u00a0]*(?P<year2>(?:19|20)\d{{2}})\b"),
        ("past-years", rf"\b(?:during|over|in|for){_S}the{_S}(?:past|last|previous){_S}(?P<count>\d+|[a-z]+){_S}years\b"),
        ("years-ago", rf"\b(?P<count>\d+|[a-z]+){_S}years{_S}ago\b"),
        ("relative-year", rf"\b(?P<rel>later this|earlier this|this|last|next|past){_S}year\b"),
        ("relative-month", rf"\b(?P<rel>this|last|next|past){_S}month\b"),
        ("relative-week", rf"\b(?P<rel>this past|last|past|this|next){_S}week\b"),
        ("relative-week", r"\b(?P<rel>la semana pasada|la setmana passada|esta semana|aquesta setmana|la próxima semana|la propera setmana|la semana que viene|la setmana que ve|la setmana vinent)\b"),
        ("month", rf"\b(?P<rel>(?:last|next|this|in|since|until|by|en|desde|hasta|al){_S}|a{_S}l['’]|(?:el|al)(?:{_S}(?:pasado|próximo|passat|proper))?{_S}mes{_S}(?:de{_S}|d['’])){_MONTH}\b(?![ \u00a0]*\d)"),
        ("weekday", rf"\b(?:(?P<rel>last|next|this|this past|this coming|coming|pasado|próximo|passat|proper)[ \u00a0]+)?(?P<weekday>{_WEEKDAY})\b(?:[ \u00a0]+(?P<rel2>pasado|próximo|passat|vinent|que ve)\b)?(?![,\u00a0 ]+(?:the[ \u00a0]+)?\d)"),
        ("season", rf"\b(?P<rel>last|next|this|in the|later this|coming){_S}(?P<season>spring|summer|autumn|fall|winter)\b"),
        ("day-word", r"\b(?P<word>today|yesterday|tomorrow|hoy|ayer|avui|ahir)\b"),
        ("year", rf"\b(?P<lead>in|since|from|by|until|of|during|early|late|mid|before|after|year|back{_S}to|en|desde|hasta|de|del|año|l['’]any|el){_S}{_YEAR}\b(?![ \u00a0]*(?:%|percent\b|per[ \u00a0]cent\b|por[ \u00a0]ciento\b))"),  # not '2009 per cent'; '2009 perquè' is a year
    )
)


@dataclass(frozen=True)
class DateMention:
    """A date expression: raw span, resolved start/end (ISO, any precision; None if unresolved) and a note."""

    start: int
    end: int
    kind: str
    begin: str | None
    finish: str | None
    note: str | None
    surface: str

    @property
    def relative(self) -> bool:
        """True when the value was derived from the article date."""
        return self.note is not None and "article date" in self.note


def find_dates(text: str, start: int, end: int, article_date: date | None, language: str = "en") -> list[DateMention]:
    """Date expressions in text[start:end], leftmost first, without overlaps; `language` is the article's."""
    found: list[DateMention] = []
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(text, start, end):
            if any(d.start < match.end() and match.start() < d.end for d in found):
                continue
            clause = re.split(r"[,;:]", text[start : match.start()])[-1]
            if _OPENS.fullmatch(text[start : match.start()]):  # 'In June, ten companies will travel …': the clause after it
                clause += re.split(r"[.;:]", text[match.end() : end])[0]
            future = bool(_FUTURE.search(clause) or (language != "en" and _FUTURE_ROMANCE.search(clause)))
            mention = _resolve(kind, match, article_date, future)
            if mention is not None:
                found.append(mention)
    return sorted(found, key=lambda d: d.start)


def _resolve(kind: str, match: re.Match[str], today: date | None, future: bool) -> DateMention | None:
    g = match.groupdict()
    surface = match.group().strip()
    named = g.get("month") or g.get("weekday") or ""
    if named and not named.isdigit() and not named[0].isupper() and named.casefold() not in _LOWERCASE_NAMES:
        return None  # English month and day names are capitalised: 'this may help' names no month

    def make(begin: str | None, finish: str | None = None, note: str | None = None) -> DateMention | None:
        if begin is not None and not _valid(begin):
            return None
        return DateMention(match.start(), match.end(), kind, begin, finish or begin, note, surface)

    month = _month(g.get("month"))
    if kind in ("iso", "numeric"):
        day, mon = int(g["day"]), int(g["month"])
        note = None
        if kind == "numeric":
            if mon > 12 and day <= 12:
                day, mon = mon, day
                note = f"'{surface}' read as MM.DD.YYYY (the second number cannot be a month)"
            else:
                note = f"'{surface}' read as DD.MM.YYYY, the European order; the US reading would be {g['year']}-{day:02d}-{mon:02d}" if day <= 12 and day != mon else None
        return make(f"{g['year']}-{mon:02d}-{day:02d}", None, note)
    if kind in ("day-month-year", "month-day-year"):
        first = f"{g['year']}-{month:02d}-{int(g['day']):02d}"
        last = f"{g['year']}-{month:02d}-{int(g['day2']):02d}" if g.get("day2") else None
        return make(first, last)
    if kind == "month-year":
        return make(f"{g['year']}-{month:02d}")
    if kind == "year-range":
        return make(g["year"], g["year2"]) if g["year"] <= g["year2"] else None
    if kind == "year":
        return make(g["year"])
    if today is None:
        return DateMention(match.start(), match.end(), kind, None, None, f"'{surface}' cannot be resolved: the article has no date", surface)
    if kind == "weekday":
        return _weekday(g, today, make, surface, future)
    return _relative(kind, g, month, today, make, surface, future)


Maker = Callable[[Optional[str], Optional[str], Optional[str]], Optional["DateMention"]]


def _weekday(g: dict[str, Any], today: date, make: Maker, surface: str, future: bool) -> DateMention | None:
    """The weekday before the article date (the article's own day counts, unless 'last'), or after it when
    the clause speaks of the future or says 'next'."""
    rel = {(g.get("rel") or "").lower(), (g.get("rel2") or "").lower()}
    wanted = WEEKDAYS[g["weekday"].casefold()]
    name = calendar.day_name[wanted]
    if rel & _FUTURE_WORDS or (future and not rel & _PAST_WORDS):
        value = today + timedelta(days=(wanted - today.weekday() - 1) % 7 + 1)
        how = f"the next {name} after it"
    else:
        value = today - timedelta(days=(today.weekday() - wanted) % 7 or (7 if rel & _PAST_WORDS else 0))
        how = "the same day" if value == today else f"the {name} before it"
    note = f"'{surface}' resolved against the article date {today.isoformat()}, a {calendar.day_name[today.weekday()]}: {how}, {value.isoformat()}"
    return make(value.isoformat(), None, note)


def _relative(kind: str, g: dict[str, Any], month: int | None, today: date, make: Maker, surface: str, future: bool) -> DateMention | None:
    against = f"resolved against the article date {today.isoformat()}"
    rel = (g.get("rel") or "").lower().strip()
    if kind in ("day-month", "month-day", "month") and month is not None:
        if kind == "month" and not rel.startswith(("last", "next", "this")):
            rel = "next" if any(word in rel for word in _FUTURE_WORDS) else ("last" if any(word in rel for word in _PAST_WORDS) else "")
        forward = rel in ("next", "coming") or (future and rel not in ("last", "past", "this past"))
        year = today.year
        day = int(g["day"]) if g.get("day") else 1
        if forward and (month, day) <= (today.month, today.day):
            year += 1
        if not forward and (month, day) > (today.month, today.day):
            year -= 1
        if kind == "month":
            return make(f"{year}-{month:02d}", None, f"'{surface}' {against}: the {'next' if forward else 'latest'} {calendar.month_name[month]} is {year}-{month:02d}")
        first = f"{year}-{month:02d}-{day:02d}"
        last = f"{year}-{month:02d}-{int(g['day2']):02d}" if g.get("day2") else None
        return make(first, last, f"'{surface}' {against}: the year is {year}")
    if kind == "season":
        begins = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}[g["season"].lower()]
        year = today.year + (1 if rel in ("next", "coming") and today.month >= begins else 0) - (1 if rel == "last" and today.month < begins else 0)
        if rel == "in the" and today.month >= begins + 3:
            year += 1
        return make(str(year), None, f"'{surface}' {against}: {year}")
    if kind == "day-word":
        shift = {"today": 0, "yesterday": -1, "tomorrow": 1, "hoy": 0, "avui": 0, "ayer": -1, "ahir": -1}[g["word"].lower()]
        value = (today + timedelta(days=shift)).isoformat()
        return make(value, None, f"'{surface}' {against}: {value}")
    if kind == "relative-week":
        rel = {"pasada": "last", "passada": "last", "esta": "this", "aquesta": "this"}.get(rel.split()[-1] if rel.startswith("la se") else rel.split()[0], "next") if " " in rel and rel != "this past" else rel
        if rel == "next":
            begin, finish = today + timedelta(days=1), today + timedelta(days=7)
        elif rel == "this":
            begin, finish = today - timedelta(days=today.weekday()), today
        else:
            begin, finish = today - timedelta(days=7), today
        return make(begin.isoformat()[:7], finish.isoformat()[:7], f"'{surface}' {against}: the week from {begin.isoformat()} to {finish.isoformat()}, recorded at month precision")
    if kind == "relative-month":
        month_start = today.replace(day=1)
        chosen = {"this": month_start, "next": (month_start + timedelta(days=32)).replace(day=1)}.get(rel, (month_start - timedelta(days=1)).replace(day=1))
        return make(chosen.isoformat()[:7], None, f"'{surface}' {against}: {chosen.isoformat()[:7]}")
    if kind == "relative-year":
        year = today.year + {"last": -1, "past": -1, "next": 1}.get(rel, 0)
        return make(str(year), None, f"'{surface}' {against}: {year}")
    count = _count(g.get("count"))
    if count is None:
        return None
    if kind == "past-years":
        return make(str(today.year - count), str(today.year), f"'{surface}' {against}: about {today.year - count} to {today.year}, recorded at year precision")
    return make(str(today.year - count), None, f"'{surface}' {against}: {today.year - count}")


def _month(raw: str | None) -> int | None:
    if raw is None:
        return None
    if raw.isdigit():
        return int(raw)
    if raw.casefold() in ROMANCE_MONTHS:
        return ROMANCE_MONTHS[raw.casefold()]
    prefix = raw.lower().rstrip(".")[:3]
    return next((i + 1 for i, name in enumerate(MONTHS) if name.startswith(prefix)), None)


def _count(raw: str | None) -> int | None:
    if raw is None:
        return None
    return int(raw) if raw.isdigit() else NUMBER_WORDS.get(raw.lower())


def _valid(value: str) -> bool:
    parts = [int(p) for p in value.split("-")]
    if len(parts) >= 2 and not 1 <= parts[1] <= 12:
        return False
    return len(parts) < 3 or 1 <= parts[2] <= calendar.monthrange(parts[0], parts[1])[1]
