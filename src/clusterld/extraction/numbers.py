"""Numeric statements: value, qualifier, and what they measure (indicator, unit, sector from the ontology).

A number is read with its qualifier ("more than", "almost", "approximately", "roughly", "over"; "más de",
"més de", "unos", "uns"), a multiplier ("1.2 billion"), a currency or percent sign, and the words around it.
In Spanish and Catalan text a full stop groups thousands and a comma marks decimals ("120.000", "16,5").
The indicator is the concept of the project's indicator scheme whose label words (stemmed, with a few
general synonyms, English, Spanish and Catalan) best cover those words: adding a concept to
ontology/concepts.ttl teaches the extractor a new indicator, no code needed. Years, dates, ordinals inside names and numbers without a matching concept are left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal

from clusterld.extraction.gazetteer import Knowledge
from clusterld.extraction.lexicon import COLLECTIVE_NUMBERS, NUMBER_WORDS, ORDINALS, ROMANCE_NUMBER_WORDS
from clusterld.extraction.normalise import fold, stem

QUALIFIERS = (
    ("more-than", r"more than|over|above|in excess of|upwards of|just over|exceeding|más de|mas de|més de|mes de"),
    ("at-least", r"at least|no fewer than|no less than|al menos|como mínimo|almenys|com a mínim"),
    ("almost", r"almost|nearly|close to|just under|just shy of|casi|gairebé|quasi"),
    # 'cerca de' and 'prop de' say near, either side: about, not almost
    ("approximately", r"approximately|about|around|an estimated|some|circa|approx\.?|unos|unas|uns|unes|alrededor de|aproximadamente|aproximadament|al voltant de|cerca de|prop de"),
    ("roughly", r"roughly"),
    ("less-than", r"less than|fewer than|under|below|menos de|menys de"),
)
_QUALIFIER = "|".join(f"(?P<q_{slug.replace('-', '_')}>{words})" for slug, words in QUALIFIERS)
_MULTIPLIERS = {"thousand": 1000, "k": 1000, "million": 10**6, "m": 10**6, "mn": 10**6, "billion": 10**9, "bn": 10**9, "b": 10**9, "millones": 10**6, "milions": 10**6}
# Word numbers, longest first; of those with a space only the Spanish compounds ('treinta y cinco'), as 'a dozen' is read with its article
_WORD_NUMBERS = "|".join(sorted((w.replace(" ", r"[ \u00a0]") for w in NUMBER_WORDS if " " not in w or " y " in w), key=len, reverse=True))
_FRACTIONS = {"half": Decimal(50), "a third": Decimal("33.3"), "one third": Decimal("33.3"), "a quarter": Decimal(25), "one quarter": Decimal(25), "two thirds": Decimal("66.7")}
_TAIL = (
    r"(?:[ \u00a0]?(?P<multiplier>thousand|million|billion|bn|mn|millones|milions|[kmb])\b)?"
    r"(?:[ \u00a0]?(?P<percent>%|percent\b|per[ \u00a0]cent\b|por[ \u00a0]ciento\b))?"
)
# 'around a dozen': the qualifier reaches over the article
_HEAD = rf"(?:(?P<qualifier>{_QUALIFIER})[ \u00a0]+(?:a[ \u00a0]+(?=dozen|hundred|few))?)?(?P<currency>€|\$|£|EUR[ \u00a0]?|USD[ \u00a0]?|GBP[ \u00a0]?)?"
_WORDS = rf"\b(?:{_WORD_NUMBERS})\b|\b(?:{'|'.join(_FRACTIONS)})\b"
NUMBER = re.compile(rf"{_HEAD}(?P<number>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|{_WORDS}){_TAIL}", re.IGNORECASE)
# Spanish and Catalan: '120.000', '16,5'.
_ROMANCE_WORDS = rf"(?-i:\b(?:{'|'.join(ROMANCE_NUMBER_WORDS)})\b(?=[ \u00a0]+[a-zà-ÿ]))"  # 'once empresas', lowercase: not 'Set Robotics'
# Mexican Spanish writes thousands in words: '18 mil 700 empleos', 'mil 940 millones de dólares'.
_THOUSANDS_WORD = re.compile(r"(?P<thousands>\d{1,3})?[ \u00a0]*mil[ \u00a0]+(?P<units>\d{3})", re.IGNORECASE)
NUMBER_DECIMAL_COMMA = re.compile(rf"{_HEAD}(?P<number>\d{{1,3}}[ \u00a0]mil[ \u00a0]\d{{3}}|\bmil[ \u00a0]\d{{3}}|\d{{1,3}}(?:\.\d{{3}})+(?:,\d+)?|\d+(?:,\d+)?|{_WORDS}|{_ROMANCE_WORDS}){_TAIL}", re.IGNORECASE)
_EMPLOYMENT = ("employ", "job", "worker", "staff", "workforc", "emple", "trabaj", "treball", "ocup", "feina")  # not 'people': 'Twelve people … led by Dr. Kim' are visitors
# the nouns members are called by: not "empreses associades", the companies of a delegation
_SHOPS = ("comerc", "retailer", "shop", "store", "tiend", "botig")  # 'agrupa 2.500 comerços': shops are companies
_ORGANISATIONS = ("organis", "organiz", "compan", "firm", "institut", "member", "partner", "entit", "empres", "entidad", "socio", "soci", "miembro", "membre", "asociado", "associat", "integrant", *_SHOPS)
_TAKING_PART = ("participat", "travel", "fly", "flew", "flies", "took", "take", "attend", "joins", "joined", "delegat", "visit", "particip", "delegac", "asist", "assist", "viaj", "mission", "misi", "missi")
# General synonyms: a word of an indicator label (by its stem) is covered by any word starting with these.
SYNONYMS = {
    "company": ("compan", "firm", "business", "enterpris", "manufactur", "supplier", "startup", "start-up", "empres", "compañ", "producer", "productor", "fabricant", *_SHOPS),
    "member": ("member", "represent", "includ", "belong", "joins", "joined", "joining", "gather", "group", "unites", "compris", "bring", "count", "connect",
               "socio", "soci", "miembro", "membre", "asociad", "associats", "associades", "agrupa", "reun", "aplega", "integra"),
    "organis": _ORGANISATIONS,
    "organisation": _ORGANISATIONS,
    "participat": _TAKING_PART,
    "participating": _TAKING_PART,
    "participant": ("participant", "attend", "particip", "asist", "assist", "reuni", "visitor", "visitant", "delegat", "investor", "founder", "guest", "drew", "attract", "representant", "representative"),
    "employment": _EMPLOYMENT,
    "employee": _EMPLOYMENT,
    "employe": _EMPLOYMENT,  # the stem of "employees"
    "drug": ("drug", "medicin", "therap", "medication", "farmac", "medicament"),
    "meet": ("meet", "b2b", "matchmak", "reunion", "reunio", "encuentro", "trobad", "cita"),  # stem of "meetings"
    "b2b": ("b2b", "business", "individual", "bilateral", "one-to-one", "matchmak", "negoci", "empresarial"),
    "rank": ("second", "third", "fourth", "fifth", "largest", "biggest", "rank", "leading"),
    "size": ("largest", "biggest", "big", "larg", "size"),
    "national": ("usa", "us", "country", "nation", "united", "national"),
    "growth": ("growth", "grow", "grew", "grown", "increas", "rose", "rise"),
    "annual": ("annual", "year"),
    "turnover": ("turnover", "revenu", "sale", "factur"),
    "investment": ("invest", "fund", "financ"),
    "rd": ("r&d", "research", "rd"),
    "person": ("person", "people", "participant", "professional", "visitor", "attendee", "delegate", "expert", "employe", "emple", "job", "worker", "staff", "researcher", "representativ", "representant", "investor", "founder", "guest",
               "profesional", "asistent", "assistent", "trabajador", "treballador", "investigador", "persona", "persones", "directiv", "ingenier", "enginyer", "funcionari",
               "ejecutiv", "executiu", "empresari", "executive", "manager", "engineer", "official"),
    "cluster": ("cluster",),
    "project": ("project", "proyect", "projecte"),
    "state": ("state", "its", "massachusett"),
}
_IGNORED_LABEL_WORDS = frozenset({"number", "of", "the", "a", "share", "rate", "in", "by", "and", "measure", "unspecified", "total"})


@dataclass(frozen=True)
class NumberMention:
    """A number in the text with its qualifier and markers; `value` already multiplied out."""

    start: int
    end: int
    value: Decimal
    qualifier: str | None
    percent: bool
    currency: str | None
    surface: str


@dataclass(frozen=True)
class Measure:
    """What a number measures: indicator and unit concepts, optionally a sector concept."""

    indicator: str
    unit: str
    sector: str | None


def find_numbers(text: str, start: int, end: int, decimal_comma: bool = False) -> list[NumberMention]:
    """Numbers in text[start:end] that can be measurements (not years, dates, ordinals or parts of names);
    `decimal_comma` reads '120.000' as a hundred and twenty thousand, as Spanish and Catalan write it."""
    out = []
    for match in (NUMBER_DECIMAL_COMMA if decimal_comma else NUMBER).finditer(text, start, end):
        raw = match.group("number")
        if _not_a_measurement(text, match, raw):
            continue
        value = _value(_with_decimal_point(raw, match.group("multiplier")) if decimal_comma else raw, match.group("multiplier"))
        if value is None:
            continue
        qualifier = next((k[2:].replace("_", "-") for k, v in match.groupdict().items() if k.startswith("q_") and v), None)
        percent = bool(match.group("percent")) or raw.lower() in _FRACTIONS
        if raw.lower() in COLLECTIVE_NUMBERS and not qualifier:
            qualifier = "approximately"
        if raw.lower() == "half" and not qualifier:
            qualifier = "approximately" if "roughly" not in text[max(start, match.start() - 10) : match.start()] else "roughly"
        currency = (match.group("currency") or "").strip() or _currency_after(text, match.end())
        out.append(NumberMention(match.start(), match.end(), value, qualifier, percent, currency or None, match.group()))
    return out


def _with_decimal_point(raw: str, multiplier: str | None) -> str:
    """A Spanish or Catalan number written with a decimal point: '120.000' → '120000', '2,5' → '2.5', '18 mil 700' →
    '18700'; a comma before groups of three digits separates thousands, as Latin America writes it ('6,500 personas'),
    unless a multiplier follows ('1,250 millones')."""
    if _THOUSANDS_COMMA.fullmatch(raw) and not multiplier:
        return raw.replace(",", "")
    if words := _THOUSANDS_WORD.fullmatch(raw):
        return str(int(words.group("thousands") or 1) * 1000 + int(words.group("units")))
    return raw.replace(".", "").replace(",", ".")


_THOUSANDS_COMMA = re.compile(r"\d{1,3}(?:,\d{3})+")


def _not_a_measurement(text: str, match: re.Match[str], raw: str) -> bool:
    after = text[match.end() : match.end() + 30]
    before = text[max(0, match.start() - 2) : match.start()]
    if raw.isdigit() and len(raw) == 4 and 1900 <= int(raw) <= 2039 and not match.group("percent") and not match.group("currency"):
        return True  # a year
    if raw.lower() in NUMBER_WORDS and (re.match(r"^-\w|^ of\b", after) or re.search(r"(?:\b(?:the|these|those|both)|\w['’]s?)[ \u00a0]+$", text[max(0, match.start() - 7) : match.start()], re.IGNORECASE)):
        return True  # 'two-day', 'one of the clusters', 'the two organisations', "Belgium's two clusters"
    if (raw.lower() in NUMBER_WORDS or raw.lower() in ROMANCE_NUMBER_WORDS) and re.search(r"\b(?:tots|totes|ambdues|los|las|els|les|estos|estas|aquests|aquestes)[ \u00a0]+$", text[max(0, match.start() - 9) : match.start()], re.IGNORECASE):
        return True  # 'totes dues entitats', 'los cinco fabricantes': the ones named, not a count
    if re.search(r"(?:,[ \u00a0]*(?:a[ \u00a0]+més[ \u00a0]+de|además[ \u00a0]+de)|\b(?:as[ \u00a0]+well[ \u00a0]+as|in[ \u00a0]+addition[ \u00a0]+to|besides))[ \u00a0]+$", text[max(0, match.start("number") - 20) : match.start("number")], re.IGNORECASE):
        return True  # 'A, B i C, a més de set petits productors': the rest of a list, not a measurement (but 'donen feina a més de 4.500 persones')
    if re.match(r"^[ \u00a0]+(?:new|nuevos|nuevas|nous|noves)[ \u00a0]+(?:members|partners|member companies|socios|socis|miembros|membres|asociados|associats)\b", after, re.IGNORECASE):
        return True  # 'three new partners': who joined, not how many members there are
    if re.search(r"\b(?:one|1) in[ \u00a0]+$|\bde cada[ \u00a0]+$", text[max(0, match.start() - 12) : match.start()], re.IGNORECASE):
        return True  # 'one in three member companies', 'una de cada tres': a share, not a count
    if raw.lower() in ("one", "un", "una") and not match.group("percent"):
        return True  # 'at least one company': one of something is no count worth recording
    if re.match(r"^(?:st|nd|rd|th)\b|^[./-]\d|^[A-Za-z]", after) or re.search(r"[\w./-]$", before):
        return True  # '2nd', '04.07.2011', '4D', '2000-2009', part of a word
    if raw.isdigit() and re.match(r"^[ \u00a0]*(?:and|&|-|–|to)[ \u00a0]*\d{1,2}[ \u00a0]+(?:of[ \u00a0]+)?[A-Z][a-z]+", after):
        return True  # '20 and 21 of October'
    if not match.group("percent") and re.match(r"^[ \u00a0]+(?:days|weeks|months|hours|días|dies|semanas|setmanes|meses|mesos|horas|hores)\b", after, re.IGNORECASE):
        return True  # 'Over four days the visitors held …': how long, not how many
    return bool(re.match(r"^[ \u00a0]+(?:of[ \u00a0]+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b", after))


def _value(raw: str, multiplier: str | None) -> Decimal | None:
    lowered = " ".join(raw.lower().split())  # 'treinta y cinco' written with no-break spaces
    if lowered in _FRACTIONS:
        return _FRACTIONS[lowered]
    if lowered in NUMBER_WORDS or lowered in ROMANCE_NUMBER_WORDS:
        base = Decimal(NUMBER_WORDS.get(lowered) or ROMANCE_NUMBER_WORDS[lowered])
    else:
        base = Decimal(raw.replace(",", ""))
    return base * _MULTIPLIERS[multiplier.lower()] if multiplier else base


def _currency_after(text: str, end: int) -> str | None:
    """'2.000 milions d'euros', '45 millones de euros', '3 million euros': the currency named after the number."""
    match = re.match(r"[ \u00a0]*(?:(?:millones|milions|millions?|mil|billion|bn)[ \u00a0]*)?(?:de[ \u00a0]+|d['’])?(euros?|EUR|dollars?|dólares|dòlars|USD|pounds?|GBP)\b", text[end : end + 28])
    return match.group(1) if match else None


def measure(number: NumberMention, text: str, sentence_start: int, sentence_end: int, knowledge: Knowledge, participants: bool = False, context: frozenset[str] | None = None) -> Measure | None:
    """The indicator, unit and sector of `number`, from the words near it; None when no concept fits.

    Every content word of the indicator's label must occur in the sentence, and one of them among the words
    right after the number (or just before it): '480 companies with 900 drugs' gives 480 companies, 900 drugs.
    With `participants` (the number counts who goes on a mission), an indicator of participants is taken
    when one fits, whatever else the words say ('ten member companies will travel …'). `context` is the
    sentence's stems (sentence_stems), computed once for all its numbers.
    """
    if re.match(r"-(?:member|strong|person|people|company)\b", text[number.end : number.end + 12]):
        return None  # 'the 20-member delegation' says how big the delegation is, not how many members something has
    if MEETINGS_COUNTED.match(text, number.end):  # '120 reuniones', '80 one-to-one meetings': the meetings indicator, whoever held them
        meetings = next((slug for slug in knowledge.concepts.get("indicator", {}) if "meeting" in slug), None)
        if meetings:
            return Measure(meetings, "meetings", None) if "meetings" in knowledge.concepts.get("unit", {}) else None
    if participants:
        found = measure(number, text, sentence_start, sentence_end, _participant_indicators(knowledge), context=context)
        if found is not None:
            return found
    family = "percent" if number.percent else ("money" if number.currency else "count")
    # A list of nouns may stand between a count and its verb: '120 companies, universities and labs belong to …'.
    after_words = {"count": 7, "percent": 6, "money": 8}[family]
    after = " ".join(re.findall(r"[\w&'’\-]+", re.sub(r"\b([dl])['’]", r"\1 ", text[number.end : sentence_end]))[:after_words])  # "d'empreses": de empreses
    before = " ".join(re.findall(r"[\w&'’\-]+", text[sentence_start : number.start])[-5:])
    near_after, near_before = _stems(after), _stems(before)
    pieces = re.split(r"\b(?:of|de|del|dels|from|in|en|at|d)\b", " ".join(after.split()[:4]))
    counted = _stems(pieces[0] if pieces[0].strip() or len(pieces) == 1 else pieces[1])  # '18 empresas del Clúster …', 'una veintena de empresas': empresas
    near = near_after | near_before
    context = context if context is not None else sentence_stems(text[sentence_start:sentence_end])
    best: tuple[int, int, int, int, str] | None = None
    for slug, labels in knowledge.concepts.get("indicator", {}).items():
        if _family(slug, labels) != family:
            continue
        for label in labels:
            words = [w for w in re.findall(r"[\w&]+", label) if w not in _IGNORED_LABEL_WORDS]
            close = sum(2 if _covered(w, near_after) else 1 for w in words if _covered(w, near))
            close -= sum(1 for w in words if not _covered(w, near))  # a label word far from the number counts against
            if words and close > 0 and all(_covered(w, context) for w in words) and _counts_unit(slug, family, counted, knowledge):
                score = (close, len(words), -_distance(words, after, before), -len(labels[0]), slug)
                if best is None or score > best:
                    best = score
    if best is None:
        return None
    unit = _unit(best[4], number, counted, knowledge) or _unit(best[4], number, near, knowledge)  # the noun counted first: '60 representants de les empreses' are persons
    if unit is None or (unit == "meetings" and "meeting" not in best[4]):
        return None  # 'una trentena de comandes' near 'reunions' counts no participants
    return Measure(best[4], unit, _sector(f"{before} {after}", knowledge))


def _distance(words: list[str], after: str, before: str) -> int:
    """How many words lie between the number and the nearest word that covers a label word: in 'la sesión de trabajo,
    que reunió a 90 profesionales', 'reunió' (participants) is nearer than 'trabajo' (employees)."""
    sides = (after.split(), before.split()[::-1])  # each side read outwards from the number
    positions = [i for side in sides for i, word in enumerate(side) if any(_covered(w, _stems(word)) for w in words)]
    return min(positions, default=len(sides[0]) + len(sides[1]))


MEETINGS_COUNTED = re.compile(r"[ \u00a0]+(?:(?:business|b2b|B2B|bilateral|one-to-one|individual|pre-arranged|bilaterales|bilaterals|individuales|individuals|de negocios|de negocis)[ \u00a0]+)?(?:meetings|reunions|reuniones|encuentros|trobades|entrevistas)\b")


def _participant_indicators(knowledge: Knowledge) -> Knowledge:
    """The knowledge with only the indicators that count participants."""
    indicators = {slug: labels for slug, labels in knowledge.concepts.get("indicator", {}).items() if "particip" in slug}
    return replace(knowledge, concepts={**knowledge.concepts, "indicator": indicators})


def _counts_unit(indicator: str, family: str, counted: set[str], knowledge: Knowledge) -> bool:
    """For a count, the noun right after the number must be what the indicator's unit counts ('250 professionals'
    are persons, not clusters); an indicator whose unit cannot be told is not held to this."""
    if family != "count" or "rank" in indicator:
        return True
    if any(w.startswith(("countr", "pais", "nation", "citi", "ciudad", "ciutat")) for w in counted) and not any(w in indicator for w in ("countr", "nation")):
        return False  # '300 visitors from 20 countries': the countries are not what is counted
    units = [u for u in knowledge.concepts.get("unit", {}) if u in indicator.split("-")]
    if not units:  # '300 robotics companies employing 12,000 people': companies are not employees
        return not ("employ" in indicator and any(_covered(noun, counted) for noun in ("company", "organisation")))
    return any(_covered(stem(unit), counted) or _covered(unit.rstrip("s"), counted) for unit in units)


def _family(slug: str, labels: tuple[str, ...]) -> str:
    if slug.startswith(("share-of", "percent")) or "growth" in slug or "rate" in slug:
        return "percent"
    if any(w in slug for w in ("turnover", "revenue", "investment", "budget", "funding")):
        return "money"
    return "count"


def _covered(word: str, words: set[str] | frozenset[str]) -> bool:
    key = stem(word)
    options = SYNONYMS.get(key, SYNONYMS.get(word, ())) + (key,)
    return any(w.startswith(o) for w in words for o in options)


def sentence_stems(text: str) -> frozenset[str]:
    """The words of a sentence and their stems, as measure() compares indicator labels with them."""
    return frozenset(_stems(text))


def _stems(text: str) -> set[str]:
    folded = fold(text)
    words = re.findall(r"[\w&]+", folded.replace("-", " "))
    hyphenated = {w.strip("-'") for w in folded.split() if "-" in w.strip("-'")}  # 'one-to-one' as a whole too (a split, not a regex: linear on long runs)
    return {stem(w) for w in words} | set(words) | hyphenated


def _unit(indicator: str, number: NumberMention, near: set[str], knowledge: Knowledge) -> str | None:
    units = knowledge.concepts.get("unit", {})
    if number.percent:
        per_year = indicator.startswith("annual") or bool(near & {"annual", "annually", "yearly"})
        for slug in (("percent-per-year", "percent") if per_year else ("percent",)):
            if slug in units:
                return slug
        return None
    if number.currency:
        code = {"€": "eur", "eur": "eur", "euro": "eur", "euros": "eur", "$": "usd", "usd": "usd", "dollar": "usd", "dollars": "usd", "£": "gbp", "gbp": "gbp"}
        currency = code.get(number.currency.lower())
        return currency if currency in units else None
    if "rank" in indicator:
        return "rank" if "rank" in units else None
    parts = indicator.split("-")
    for slug in units:
        if slug in parts:
            return slug
    for slug, labels in units.items():
        if any(_covered(stem(label), near) for label in labels if label):  # '%' folds to nothing
            return slug
    return None


def _sector(window: str, knowledge: Knowledge) -> str | None:
    folded = f" {fold(window)} "
    for slug, labels in knowledge.concepts.get("sector", {}).items():
        if any(f" {label} " in folded for label in labels if len(label) > 3):
            return slug
    return None


def ordinal_rank(word: str) -> int | None:
    """The rank an ordinal word names: 'second' → 2."""
    return ORDINALS.get(word.lower())
