"""The shape of a name: where a coordination splits it ('LEO Pharma and Lund University'), whether an acronym after
it spells its initials, where it begins when a leading word only says whose it is, and the surnames a person
is called by alone, and a registry place that is only part of a longer name ('Québec City', 'Ford España')."""

from __future__ import annotations

import re

from clusterld.extraction import cues
from clusterld.extraction.cues import country_of, country_or_region_of
from clusterld.extraction.forenames import is_forename
from clusterld.extraction.lexicon import (
    AREA_HEADS,
    DEMONYMS,
    NOT_NAMES,
    ORGANISATION_HEADS,
    PLACE_HEADS,
    PORTFOLIO_WORDS,
    PROGRAMME_HEADS,
    ROMANCE_FUNCTION_WORDS,
)
from clusterld.extraction.normalise import UPPER, strip_accents

_CITY_AFTER = re.compile(r"[ \u00a0]+City\b")
_WORD_BEFORE = re.compile(rf"(?<![\w\-])([{UPPER}][\w\-]+)[ \u00a0]$")
_ROMANCE_ADJECTIVE = re.compile(r"[A-ZÀ-Þ]\w+(?:ico|ica|ics|al|ari|ària|ario|aria|ivo|iva|iu)")


def split_coordination(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split 'LEO Pharma and Lund University' (or '… y …', '… i …') in two; keep 'Foreign Trade and Investment
    Office' and 'Institute of Science and Technology' whole (the part after 'and' carries the head, or 'of'
    precedes), but not 'Capital Region of Denmark and Skåne' (a country before 'and' ends a name), nor the end of
    a list after a comma, nor an acronym before 'and'; nor two Spanish or Catalan infinitives ('Innovar y Emprender')."""
    if (initials_match(text, start, end) or _spelt_whole(text, start, end)) and not _second_spelt(text, start, end):
        return [(start, end)]  # 'Agència de Qualitat i Avaluació Sanitàries de Catalunya (AQuAS)': one name, its acronym says
    if country_or_region_of(text[start:end]):
        return [(start, end)]  # 'Castilla y León', 'Trinidad and Tobago': one place
    for match in re.finditer(r"[ \u00a0]+(?:and|y|i|e|et|und)[ \u00a0]+", text[start:end]):
        left, right = text[start : start + match.start()], text[start + match.end() : end]
        right_head = any(w.casefold() in ORGANISATION_HEADS | PROGRAMME_HEADS | PLACE_HEADS | AREA_HEADS for w in right.split())
        if re.search(r"\b(?:of|for|de|del|für)\b|\bd['’]", left) and (len(right.split()) <= 2 or _WORD_THEN_OF.match(right)) and not right_head and country_of(left.split()[-1]) is None:
            continue  # 'Institute of Science and Technology', '… Institute for Applied Optics and Precision Engineering', 'Clúster de Automoción y Movilidad de Castilla y León'
        if _ROMANCE_ADJECTIVE.fullmatch(right.split()[0]) and strip_accents(left.split()[0]).casefold() in AREA_HEADS | ORGANISATION_HEADS and len(left.split()) == 2:
            continue  # two adjectives of one head: 'Parque Científico y Tecnológico de Gipuzkoa', 'Institut Botànic i Zoològic'
        if match.group().strip() == "i" and len(left.split()) >= 2 and is_forename(left.split()[0]) and re.fullmatch(r"[A-ZÀ-Þ][\w’'\-]+", right) and not is_forename(right):
            continue  # a Catalan full name joins its two surnames with 'i': 'Marta Ferrer i Soler'
        if re.search(r"\w{3,}(?:ar|er|ir)$", left) and re.fullmatch(r"\w{3,}(?:ar|er|ir)", right) and match.group().strip() in ("y", "i"):
            continue  # two infinitives make one name: 'Agencia Córdoba Innovar y Emprender'
        leading = re.match(r"(?:(?:of|de|del)[ \u00a0]+)?(?:(?:the|la|el|les|els|los|las)[ \u00a0]+|l['’])?", right)
        if leading is not None and leading.group():  # 'A and the B', 'a member of A and of the B'
            return [(start, start + match.start()), *split_coordination(text, start + match.end() + leading.end(), end)]  # 'A i la B' too
        left_head = any(w.casefold() in ORGANISATION_HEADS | PROGRAMME_HEADS for w in left.split())
        acronym = re.fullmatch(r"[A-Z][A-Z.&\-]+", left) is not None or (cues.INNER_CAPITAL.match(left) is not None and " " not in left)  # 'KPN and …', 'HelioBio and …': a name of its own
        listed = re.search(r",[ \u00a0]*$", text[max(0, start - 3) : start]) is not None  # 'A, Kraken Robotics and Memorial University': a list's last 'and'
        if not left_head and right_head and not acronym and not listed:
            continue
        return [(start, start + match.start()), *split_coordination(text, start + match.end(), end)]
    return [(start, end)]


_WORD_THEN_OF = re.compile(r"[\w\-]+[ \u00a0]+(?:of|de|del|d['’])\b")  # a second field, then where: 'Movilidad de Castilla y León'


def _second_spelt(text: str, start: int, end: int) -> bool:
    """The acronym spells the name after 'y la', 'and the' alone: 'CMC y la Cámara de Comercio de Sotavento (CCS)' is two."""
    second = re.search(r"[ \u00a0]+(?:and|y|i|et|und)[ \u00a0]+(?:(?:the|la|el|les|els|los|las)[ \u00a0]+|l['’])", text[start:end])
    return second is not None and initials_match(text, start + second.end(), end)


def abbreviates(short: str, name: str) -> bool:
    """Schwartz and Hearst's test for a short form: its letters occur in the name in order, the first of them at the
    start of a word of the name, and the name has words enough for its letters ('Croem' in 'Confederación Regional de
    Organizaciones Empresariales de Murcia')."""
    letters, whole = strip_accents(short.casefold()), strip_accents(name.casefold())
    if len(re.findall(r"\w+", whole)) < 3:
        return False
    at = len(whole) - 1
    for index in range(len(letters) - 1, -1, -1):
        while at >= 0 and (whole[at] != letters[index] or (index == 0 and at > 0 and whole[at - 1].isalnum())):
            at -= 1
        if at < 0:
            return False
        at -= 1
    return True


def _spelt_whole(text: str, start: int, end: int) -> bool:
    """'Institut Català de la Vinya i el Vi (INCAVI)': an acronym in capitals spelt from the whole name's syllables, and
    not from what follows one of its 'and's ('… and Trade and the Wallonia Export and Investment Agency (AWEX)')."""
    closing = re.match(r"[ \u00a0]*\(([A-Z]{4,8})\)", text[end : end + 12])
    name = text[start:end]
    if closing is None or strip_accents(name[:1]).upper() != closing.group(1)[0] or not abbreviates(closing.group(1), name):
        return False  # the acronym opens with the name's first letter ('BioWin and the Wallonia … Agency (AWEX)' is two)
    return not any(abbreviates(closing.group(1), name[m.end() :]) for m in re.finditer(r"[ \u00a0]+(?:and|y|i|e)[ \u00a0]+", name))


def initials_match(text: str, start: int, end: int) -> bool:
    """The span is followed by '(ACRONYM)' whose capitals are the initials of its capitalised words, in order,
    from the first ('Barcelona Health Hub (BHH)', 'Agència de Qualitat i Avaluació Sanitàries (AQuAS)')."""
    acronym = re.match(r"[ \u00a0]*\(([A-Z][A-Za-z0-9&\-]{1,11})\)", text[end : end + 16])
    if acronym is None:
        return False
    capitals = [c for c in acronym.group(1) if c.isupper()]
    words = [re.sub(r"^[dlDL][’']", "", w) for w in re.findall(r"[\w’'\-]+", text[start:end])]  # "l'Agència"
    initials = [w[0] for w in words if w[:1].isupper()]
    if len(capitals) < 2 or not initials or initials[0] != capitals[0]:
        return False
    remaining = iter(initials)
    return all(any(c == i for i in remaining) for c in capitals) and len(initials) - len(capitals) <= 1


def head_start(text: str, start: int, end: int, after_role: bool = False) -> int:
    """Where the name begins when a leading word without a head only says whose it is: 'Industria de la Junta de
    Andalucía' is the Junta's (a councillor 'de Industria'), 'Universidad de Sevilla' stays whole. After a role's
    'de' the portfolio may be longer: 'el regidor de Promoció Econòmica de l'Ajuntament de Vilafranca'."""
    first = re.match(r"[\w’'\-]+", text[start:end])
    if after_role and first and strip_accents(first.group().casefold()) not in ORGANISATION_HEADS | AREA_HEADS:
        inners = list(re.finditer(r"[ \u00a0]+(?:of the|de la|de l['’]|del|de|d['’])[ \u00a0]*(?P<head>[\w’'\-]+)", text[start:end]))
        for inner in inners:
            if strip_accents(inner.group("head").casefold()) in ORGANISATION_HEADS:
                return start + inner.start("head")
        # 'vicepresidenta de Exportaciones de ProColombia': after a department, the organisation is the name's last word
        portfolio = strip_accents(first.group().casefold()) in PORTFOLIO_WORDS
        if inners and portfolio and re.fullmatch(r"[A-ZÀ-Þ][\w’'\-]*", text[start + inners[-1].start("head") : end]):
            return start + inners[-1].start("head")
    match = re.match(r"[\w’'\-]+[ \u00a0]+(?:of the|de la|de l['’]|del|de|d['’])[ \u00a0]*(?=[\w’'\-]+)", text[start:end])
    if match is None or strip_accents(match.group().split()[0].casefold()) in ORGANISATION_HEADS | AREA_HEADS:
        return start
    following = re.match(r"[\w’'\-]+", text[start + match.end() : end])
    return start + match.end() if following and strip_accents(following.group().casefold()) in ORGANISATION_HEADS else start


def person_surnames(name: str) -> tuple[str, ...]:
    """The words a person is called by alone: the last ('Sommer' for 'Tom Sommer'), the first of two surnames and both
    ('Piñeiro', 'Piñeiro Castro' for 'Rosa Piñeiro Castro'; not an initial: 'Earl E. Bakken'), and a family name written first before a
    hyphenated given name ('Chen' for 'Chen Yu-hsuan'); a Catalan name's surnames joined by 'i' each and together; after
    two given names, the first surname too ('Almánzar' for 'Julio César Almánzar Peña')."""
    words = name.split()
    if len(words) == 2 and re.fullmatch(r"[A-Z][a-z]+-[a-z]+", words[1]):
        return (words[0],)
    if len(words) == 4 and words[2] == "i":  # a Catalan 'Jordi Casals i Ferrer': 'Casals', 'Ferrer', 'Casals i Ferrer' and 'Casals Ferrer'
        return (words[3], words[1], f"{words[1]} i {words[3]}", f"{words[1]} {words[3]}")
    if len(words) == 4 and is_forename(words[1]) and re.fullmatch(r"[A-ZÀ-Þ][\w’'\-]{2,}", words[2]):  # 'Julio César Almánzar Peña'
        words = words[1:]
    last = re.findall(r"[\w’'\-]+", name)[-1]
    middle = words[1] if len(words) == 3 and re.fullmatch(r"[A-ZÀ-Þ][\w’'\-]{2,}", words[1]) else None
    return (last, middle, f"{middle} {words[2]}") if middle else (last,)  # both surnames too: 'Rodríguez Piñeyro'


def inside_a_name(text: str, start: int, end: int, kind: str) -> bool:
    """A registry place that is only part of a longer name: 'Québec City', 'Mexico City' (a city the registry's
    region or country does not name) or a company's national arm ('Ford España', 'Siemens Deutschland')."""
    if kind != "place":
        return False
    word = _WORD_BEFORE.search(text, max(0, start - 40), start)
    company = word is not None and country_of(text[start:end]) is not None and strip_accents(word.group(1).casefold()) not in NOT_NAMES | ROMANCE_FUNCTION_WORDS and word.group(1) not in DEMONYMS
    return bool(_CITY_AFTER.match(text, end)) or company
