"""Names the registry does not know: capitalised spans, and the cue that says what each one is.

A span becomes a proposal only with a cue: a head word ("… Council", "… Programme", "… Report", "Clúster …"),
a country or continent, a person cue (an honorific, a role next to it, a speech verb), a place cue ("in …",
"…-based", "the city of …", "the … region"), a descriptor ("the research centre …", "… plant"), a verb only
organisations take ("funded by …", "… works on") or a list of companies or members it stands in. Spans with an
event head word ("… Summit", "… conference", "la jornada …") are event names instead; a conference centre is a
place. Without a cue a capitalised span is left alone: precision matters more than recall for a curator's queue.
Spanish and Catalan cues are read alongside the English ones; head words are compared without accents.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from clusterld.extraction import cues, event_cues
from clusterld.extraction.cues import (
    GENERIC,
    ROLE_OF,
    ROLE_WORD,
    country_of,
    country_or_region_of,
    looks_like_person,
)
from clusterld.extraction.lexicon import (
    AREA_HEADS,
    BYLINE_OPENERS,
    CLUSTER_HEADS,
    CLUSTER_ORGANISATION_HEADS,
    COMPANY_DESCRIPTORS,
    CONTINENTS,
    DEMONYMS,
    EVENT_HEADS,
    EVENT_KIND,
    HONORIFICS,
    MONTH_FIRST_NAMES,
    NOT_NAMES,
    ORDINALS,
    ORGANISATION_DESCRIPTORS,
    ORGANISATION_HEADS,
    PLACE_HEADS,
    PROGRAMME_HEADS,
    ROMANCE_CALENDAR,
    ROMANCE_COUNTRY_NAMES,
    ROMANCE_FUNCTION_WORDS,
    WATER_HEADS,
    WORK_HEADS,
)
from clusterld.extraction.forenames import is_forename
from clusterld.extraction.names import abbreviates, initials_match
from clusterld.extraction.normalise import UPPER, clean_label, strip_accents
from clusterld.extraction.regions import region_of

# A place abbreviated with its next word ('St. Gallen'); a dotted acronym ('CL.A.N.', not the initials before a surname);
# a capitalised word; a Catalan elided one ("d'Automoció", "l'Associació"); "e-mobil" before a capital (a word of
# its own: not the end of 'director-general'); 'Mann+Hummel' (not 'I+D'); 'Intel·ligent'; a brand opening with one lowercase letter ('dLocal', 'eBay'). A word
# ends before '-based' or '-headquartered': 'Zagreb-based Lumen Cluster' is a place and a name.
_SEATED = r"-(?:based|headquartered)\b"  # 'the Zagreb-based cluster', 'the Stockholm-headquartered platform'
_TOKEN = rf"(?:(?:St|Ste|Mt|Ft)\.[ \u00a0]+[{UPPER}][\w’'\-~]*|(?:[{UPPER}]{{1,3}}\.){{2,}}(?![ \u00a0]*[{UPPER}][a-z])|[{UPPER}](?:[\w’'~]|(?!{_SEATED})-|–(?=[{UPPER}])|(?<=[a-z])\+(?=[{UPPER}][a-z])|(?<=l)·(?=l))*|[dl][’'][{UPPER}][\w’'\-~]*|\d+[A-Za-z][\w\-]*|[{UPPER}]{{2,}}(?:&[{UPPER}]+)?|(?<![\w\-])[a-z]-[A-Za-z][\w\-]*(?=[ \u00a0]+[{UPPER}])|(?<![\w\-’'])[a-z][{UPPER}]{{1,3}}[a-z][\w\-]*)"  # 'eDreams', 'iNNpulsa'
_GLUE = r"(?:(?<=[a-z])[ \u00a0]+[A-Z]\.[ \u00a0]+(?=[A-Z][a-z])|[ \u00a0]+(?:i|y|e)[ \u00a0]+el[ \u00a0]+|[ \u00a0]+(?:(?:of|for|and|de|del|dels|della|di|da|do|dos|das|la|las|los|els|le|les|du|des|für|der|van|von|the|y|i|e)[ \u00a0]+)*|[ \u00a0]*&[ \u00a0]*)"  # a middle initial first: 'Earl E. Bakken'
NAME_SPAN = re.compile(rf"{_TOKEN}(?:{_GLUE}{_TOKEN})*")
_WORK_BEFORE = re.compile(r"\b(?:the|its|their|a|an|new)[ \u00a0]+(?:[a-z\-]+[ \u00a0]+){0,2}$", re.IGNORECASE)  # 'its annual Robotics Report'
_STUDY_BEFORE = re.compile(r"\b(?:study|report|survey|roadmap|barometer|white paper|estudio|informe|estudi|barómetro|baròmetre)\b[^.;,⟨]{0,60},[ \u00a0]+(?:the|el|la|l['’])[ \u00a0]*$")  # 'a study on skills, the Skills Outlook 2030'
_BYLINE_BEFORE = re.compile(rf"(?:^|\n)[ \u00a0]*{BYLINE_OPENERS}[ \u00a0]+$")
_BYLINE_AFTER = re.compile(r"^[ \u00a0]+[·|][ \u00a0]")  # 'Laia Soler · Barcelona · …', 'Ramon Sala | Vilafranca | …'
WEAK_REASONS = frozenset({"place preposition", "listed with a name of the same kind", "defines an acronym"})
VERB_SUBJECT = "subject of an organisation's verb"  # a cue a place reading of the same name outvotes ('Milwaukee showed us')
__all__ = ["NAME_SPAN", "ROLE_WORD", "VERB_SUBJECT", "WEAK_REASONS", "Candidate", "classify", "trim_span"]


def _opens_with_country(span: str) -> bool:
    """The span's first two or three words name a country ('New Zealand Trade and Enterprise')."""
    words = span.split()
    return len(words) >= 2 and any(country_or_region_of(" ".join(words[:n])) for n in (2, 3))


@dataclass(frozen=True)
class Candidate:
    """A classified name span: kind is a registry type, or 'event' for an event name."""

    start: int
    end: int
    name: str
    kind: str
    detail: str | None  # place_type, work_type or event kind
    reason: str


def _after_office(text: str, start: int, end: int) -> int | None:
    """Where the person starts in 'Minister of Trade and Industry Eirik Haugstad', a public office and its portfolio
    capitalised before the name: at the first known given name, else at the last two words."""
    if not cues.OFFICE.match(text, start, end):
        return None
    words = list(re.finditer(r"[\w’'\-]+", text[start:end]))
    capitalised = [w for w in words[1:] if w.group()[:1].isupper()]
    given = next((w for w in capitalised if is_forename(w.group())), None)
    if given is None and len(words) >= 4 and all(w.group()[:1].isupper() for w in words[-2:]):
        given = words[-2]
    return start + given.start() if given else None


def trim_span(text: str, start: int, end: int, language: str = "en", sentence_start: int | None = None) -> tuple[int, int] | None:
    """Drop leading function words ('The', 'In'; 'El' in Spanish or Catalan), elisions ("l'", "d'") and roles
    ('CEO of'), a trailing possessive, '-based' and trailing connectors. A capitalised article inside a sentence
    belongs to the name ('in The Hague', 'en La Rinconada', 'home of Cluster Mechatronik'): there it is written lowercase otherwise."""
    function_words = NOT_NAMES - ROMANCE_CALENDAR if language == "en" else NOT_NAMES | ROMANCE_FUNCTION_WORDS  # 'Mayo Clinic' in English text
    while True:
        if _opens_with_country(text[start:end]):
            break  # 'New Zealand', 'Nueva Zelanda': 'New' is no function word there
        word = re.match(r"[\w’'\-]+[ \u00a0]*", text[start:end])
        bare = word.group().strip() if word else ""
        shouted = len(bare) > 1 and bare.isupper()  # 'ALL IN'
        inner_article = sentence_start is not None and bare[:1].isupper() and (bare.casefold() not in NOT_NAMES or bare in ("The", "Cluster")) and not re.search(r"(?:^|[.:;–—\-«\"“(])[ \u00a0]*$", text[sentence_start:start])
        dotted = text[start + len(bare) : start + len(bare) + 1] == "."  # 'A.G.R.O.N.': no article
        first_name = (bare.casefold() in MONTH_FIRST_NAMES or (bare[:1].isupper() and is_forename(bare))) and not re.match(r"\.|[ \u00a0]+\d", text[start + len(bare) : end])  # 'Jan de Groot', 'Marc Delvaux', 'Julio César …', not 'Jan. 5'
        headed = bare.casefold() in ORGANISATION_HEADS | PROGRAMME_HEADS and (re.match(r"[ \u00a0]+(?:of|for|de|del|d['’])[ \u00a0]?", text[start + len(bare) : end]) or initials_match(text, start, end))  # 'Ministry of …', 'Cluster de …', 'Cluster Fabbrica Intelligente (CFI)'
        if word and not shouted and not inner_article and not dotted and not headed and not first_name and bare.casefold() in function_words and " " in text[start:end].strip():
            start += word.end()
            continue
        opening = sentence_start is not None and re.search(r"(?:^|[.:;–—«\"“(])[ \u00a0]*$", text[sentence_start:start])
        if word and opening and (bare.casefold() in COMPANY_DESCRIPTORS or bare.casefold().endswith("maker")) and re.match(rf"[{UPPER}]", text[start + word.end() : end]):
            start += word.end()  # 'Chipmaker Smart Photonics and …' opening a sentence: the company is Smart Photonics (Spanish
            # and Catalan names open with their descriptor, 'Compañía Española de …', and keep it: the words are English)
            continue
        person = _after_office(text, start, end)
        if person is not None:
            start = person
            continue
        if word and bare.casefold() in HONORIFICS and bare[:1].isupper() and re.match(rf"[{UPPER}][a-zà-ÿ]", text[start + word.end() : end]):
            start += word.end()  # 'Dr Naomi Whitfield', without the stop British style leaves out
            continue
        glue = re.match(r"(?:of|for|and|from|de|del|dels|the|y|i)[ \u00a0]+(?=\S)", text[start:end])
        if glue:  # what is left after a dropped word: 'Members of X include' is X
            start += glue.end()
            continue
        elision = re.match(r"[dlDL][’']", text[start:end]) or ROLE_OF.match(text, start, end)
        if elision:
            start = elision.end() if elision.re is ROLE_OF else start + elision.end()
            continue
        described = re.match(rf"([a-zà-ÿ][\w’'\-]*)[ \u00a0]+(?=[{UPPER}])", text[start:end])
        if described and described.group(1) in ORGANISATION_DESCRIPTORS:  # "L'empresa Endesa": a lowercase descriptor left by the elision ('e-mobil BW' stays)
            start += described.end()
            continue
        break
    possessive = re.search(rf"[’']s$|{_SEATED}$", text[start:end])
    if possessive:
        end = start + possessive.start()
    while True:
        tail = re.search(r"[ \u00a0]+(?:of|for|and|de|del|dels|la|le|les|du|des|the|y|i|&)$", text[start:end])
        if not tail:
            break
        end = start + tail.start()
    return (start, end) if end > start else None


def classify(text: str, start: int, end: int, sentence_start: int, language: str = "en") -> Candidate | None:
    """What the name span text[start:end] is, from its words and its context; None without a cue. `language`
    (of the article) says whether 'a' and 'en' are prepositions."""
    name = text[start:end]
    words = re.findall(r"[\w’'\-]+|&", name)
    lowered = [strip_accents(w.casefold()) for w in words]
    shouted = len(words) > 1 and all(w.isupper() for w in words if w[0].isupper())  # 'ALL IN': capitals make a name of common words
    before, after = _around(text, start, end, sentence_start)
    head = lowered[-1] if lowered else ""
    titled = len(words) > 1 and head in WORK_HEADS and _WORK_BEFORE.search(before)  # 'its annual Robotics Report': capitals make a title of common words
    # 'the ONE Conference', 'the Robotics Summit' (common words, but capitalised inside a sentence), 'el Foro Internacional del Vino'
    event_head = head in EVENT_HEADS or (lowered[0] in EVENT_HEADS and len([w for w in words if w[:1].isupper()]) > 1)
    capitalised_event = event_head and len(words) > 1 and (any(len(w) > 1 and w.isupper() for w in words[:-1]) or (start > sentence_start and words[0][:1].isupper() and words[-1][:1].isupper()))
    if not words or (all(w in GENERIC or w in ORDINALS or w in ROMANCE_FUNCTION_WORDS for w in lowered) and not shouted and not titled and not capitalised_event) or not re.search(f"[{UPPER}]", name):
        return None
    if name in DEMONYMS:
        return None  # 'Italian', 'Scottish': an adjective
    venue = event_cues.VENUE.match(after)
    held_at = _HELD_AT.search(before) and any(w in EVENT_HEADS for w in lowered)  # 'took place on 14 May at the Mons International Congress Xperience'
    if venue or held_at or (any(w in _VENUE_WORDS for w in lowered) and any(w in EVENT_HEADS or w in ("festivals", "congresos", "congres") for w in lowered)):  # 'International Convention Centre Wales', 'Palais des Festivals'

        end += venue.end() if venue else 0
        return Candidate(start, end, text[start:end], "place", "area", "conference centre")
    if any(w in EVENT_HEADS for w in lowered[1:]) or (head in EVENT_HEADS and len(words) > 1) or (capitalised_event and lowered[0] in EVENT_HEADS):
        kind = next(EVENT_KIND[w] for w in reversed(lowered) if w in EVENT_KIND)
        return Candidate(start, end, name, "event", kind, "event head word")
    event = None if country_or_region_of(name) else _event_around(text, start, end, before, after)  # 'esta vez a Colombia, que se celebrará en junio': the trip's country
    if event is not None:
        return event
    if ROLE_WORD.search(name) and head not in ORGANISATION_HEADS:
        return None  # "Life Science Ambassador", "Accelerator Community Manager": a role, not a name
    country = country_of(name)
    if country is not None:
        written = strip_accents(name) != name or name in ROMANCE_COUNTRY_NAMES  # 'Japó', 'Cabo Verde' as written; 'USA' as United States
        return Candidate(start, end, name if written else country, "place", "continent" if country in CONTINENTS else "country", "country or continent")
    if region_of(name) is not None:
        return Candidate(start, end, name, "place", "region", "region of a country")
    if head in PROGRAMME_HEADS:
        return Candidate(start, end, name, "programme", None, f"head word '{words[-1]}'")
    if (head in WORK_HEADS and _WORK_BEFORE.search(before)) or _STUDY_BEFORE.search(before):
        year = re.match(r"^[ \u00a0]+\d{4}\b", after)  # 'its annual Robotics Report 2025'
        end += year.end() if year else 0
        return Candidate(start, end, text[start:end], "work", WORK_HEADS.get(head, "report"), f"head word '{words[-1]}'" if head in WORK_HEADS else "named after 'a study …, the'")
    if cues.PROGRAMME_BEFORE.search(before) or cues.PROGRAMME_AFTER.match(after):
        return Candidate(start, end, name, "programme", None, "named as a programme")
    if any(w in AREA_HEADS for w in lowered) or cues.SITE_BEFORE.search(before) or cues.SITE_NOUN_AFTER.match(after):
        return Candidate(start, end, name, "place", "area", "a park, campus or site")
    return _by_organisation_head(text, start, end, words, lowered) or _by_context(text, start, end, sentence_start, words, language)


def _by_organisation_head(text: str, start: int, end: int, words: list[str], lowered: list[str]) -> Candidate | None:
    compound = any(w.endswith("cluster") and len(w) > len("cluster") for w in lowered)  # 'Heidner Biocluster', 'InovCluster'
    if not compound and not any(w in ORGANISATION_HEADS for w in lowered):
        return None
    first_head = lowered[0] in CLUSTER_ORGANISATION_HEADS and len(words) > 1  # Romance order: 'Clúster Automotriz …'
    kind = "cluster-organisation" if compound or first_head or any(w in CLUSTER_ORGANISATION_HEADS for w in lowered[1:]) else "organisation"
    return Candidate(start, end, text[start:end], kind, None, "organisation head word")


def _by_context(text: str, start: int, end: int, sentence_start: int, words: list[str], language: str) -> Candidate | None:
    """The cues around a name without a head word, strongest first."""
    name = text[start:end]
    lowered = [strip_accents(w.casefold()) for w in words]
    before, after = _around(text, start, end, sentence_start)
    if cues.PLACE_OF.search(before) and not cues.ROLE_OF_BEFORE.search(before):  # 'director de Ciudades Inteligentes de Ayesa': a portfolio
        return Candidate(start, end, name, "place", None, "'the city of …', 'la provincia de …'")
    if _OWN_SITE.search(before):
        return Candidate(start, end, name, "place", None, "where its own plant or office is ('su planta de Illescas')")
    if cues.PLACE_WITHIN_AFTER.match(after) and len(words) <= 3:
        return Candidate(start, end, name, "place", None, "', en el estado alemán de …', ', in the north of …' after it")
    if looks_like_person(words) and is_forename(words[0]) and not re.match(rf"^(?:['’]s\b|{_SEATED})", after) and not _BYLINE_BEFORE.search(before) and not _BYLINE_AFTER.match(after) and not cues.DESCRIPTOR_BEFORE.search(before):  # not 'the venture firm Brandon Capital'
        return Candidate(start, end, name, "person", None, "opens with a given name")  # not the author of a by-line: metadata
    bracketed = _BRACKETED.search(before) if after[:1] == ")" and not name.isupper() and len(words) <= 3 else None
    if bracketed:  # 'Presidente: Juan Ortega (Aguas del Sur)' is where he comes from; 'Secmotic (Sevilla)' where it is
        owner = bracketed.group("owner").split()
        if looks_like_person(owner) and is_forename(owner[0]):
            return Candidate(start, end, name, "organisation", None, "in brackets after a person: where they come from")
        if not looks_like_person(words) and len(owner) <= 3 and not abbreviates(name, bracketed.group("owner")):  # not 'Asociación … de Murcia (Agrupal)'
            return Candidate(start, end, name, "place", None, "in brackets after an organisation: where it is")
    described = cues.DESCRIPTOR_BEFORE.search(before) or cues.MAKER_BEFORE.search(before) or cues.DESCRIPTOR_AFTER.match(after) or cues.DEMONYM_BEFORE.search(before)
    if described and described.groupdict().get("copula") and re.search(r"\b(?:of|for|in|at|de|del|para|per|en|a)[ \u00a0]+$", before):
        described = None  # '… de Medellín para Antioquia es una entidad': the end of a longer name is not the subject
    elif described and described.re is cues.DESCRIPTOR_AFTER and re.match(r"(?:Founded|Established|Created|Set up|Launched|Formed)\b[^,;.]*$", text[sentence_start:start]):
        described = None  # 'Founded in 2006 under the Marshall Plan, the Gosselies-based cluster …': the subject follows the opening phrase
    elif described and described.re is cues.DESCRIPTOR_AFTER and re.search(r"\b(?:in|at|near|en)[ \u00a0]+$", before) and re.match(r"[ \u00a0]+(?:now |also |still )?(?:is|are|was|has|have|had|will|[a-z]+(?:s|ed))\b", after[described.end() :]):
        described = None  # '… and headquartered in Erlangen, the association now brings …': a place, then the subject
    if described and not (looks_like_person(words) and cues.person_cue(before, after)):  # 'Pedro Alves, the alliance's director'
        # before the place head words: 'Paper Province, the bioeconomy cluster of …' is an organisation
        noun = strip_accents(described.group("noun").casefold())
        return Candidate(start, end, name, "cluster-organisation" if noun in CLUSTER_ORGANISATION_HEADS else "organisation", None, "described as an organisation")
    if any(w in PLACE_HEADS for w in lowered) or lowered[-1] in WATER_HEADS or cues.PLACE_HEAD_AFTER.match(after):
        return Candidate(start, end, name, "place", "region", "place head word")
    if cues.PLACE_ROLE_OF.search(before):
        return Candidate(start, end, name, "place", None, "what a mayor or governor is of")
    if cues.PORTFOLIO_OF.search(before) and len(words) == 1:
        return None  # 'el consejero de Industria': a portfolio, not an organisation
    if cues.ROLE_OF_BEFORE.search(before) and not re.match(r"^[ \u00a0]+(?:of|de|del|d['’])\b|^" + _SEATED, after):  # 'president of the Milan-based cluster': a place  # not a portfolio: 'consejero de Industria de la Junta'
        return Candidate(start, end, name, "organisation", None, "what a role is of ('managing director of …')")
    if cues.WORKS_FOR.search(before) or cues.PART_OF_BEFORE.search(before) or cues.SUPPORT_BEFORE.search(before) or (cues.PARTNER_BEFORE.search(before) and not (looks_like_person(words) and cues.person_cue(before, after))):
        return Candidate(start, end, name, "organisation", None, "what somebody works for, is part of, is backed by, partners or signs with")
    if looks_like_person(words) and cues.person_cue(before, after):
        return Candidate(start, end, name, "person", None, "person cue (honorific, role, 'who' or speech verb)")
    if re.match(rf"^{_SEATED}", after) or re.match(r"^,[ \u00a0]+where\b", after):
        return Candidate(start, end, name, "place", None, "'-based' or ', where'")
    first_on_line = start == sentence_start or re.fullmatch(r"(?:[A-Z][\w\-]+/)+", text[sentence_start:start])
    if first_on_line and len(words) <= 3 and cues.DATELINE_AFTER.match(after):
        return Candidate(start, end, name.title() if name.isupper() else name, "place", None, "dateline")
    if len(words) <= 3 and cues.DATELINE_REGION.fullmatch(text[sentence_start:start]) and cues.DATELINE_AFTER.match(after):
        return Candidate(start, end, name, "place", "region", "dateline")
    person = looks_like_person(words)
    if cues.NEWS_FROM.search(before) and not person:
        return Candidate(start, end, name, "organisation", None, "whose news the article is ('News from …')")
    if cues.SITE_AFTER.match(after) or cues.OFFICES_OF.search(before) or (cues.LED_BEFORE.search(before) and not person) or (cues.ORGANISATION_BY.search(before) and not person) or (cues.SOURCE_BEFORE.search(before) and not person):
        return Candidate(start, end, name, "organisation", None, "an organisation's site, agency, leader or source ('… plant', 'funded by …', 'will chair …', 'according to …')")
    if len(words) >= 2 and cues.CLUSTER_NOUN_AFTER.match(after):
        return Candidate(start, end, name, "cluster", None, "followed by 'cluster'")
    ranged = cues.MEMBER_RANGE_BEFORE.search(before)
    if ranged and (ranged.group("to") or cues.MEMBER_RANGE_AFTER.match(after)) and not (person and cues.person_cue(before, after)):
        return Candidate(start, end, name, "organisation", None, "an end of a range of members ('from A and B to small firms')")
    opens_list = any(m.end() == len(before.rstrip()) for m in cues.LIST_TRIGGER_ROMANCE.finditer(before))  # 'entre sus socios a Ternium': no place
    place = (cues.PLACE_BEFORE.search(before) and not cues.HOME_TO.search(before)) or (language != "en" and cues.PLACE_BEFORE_ROMANCE.search(before) and not opens_list)
    initial = text[sentence_start:start] == "In " and re.match(r"^[ \u00a0]+[a-z]", after)  # 'In Lombardy it has …'
    capitalised = [w for w in words if w[:1].isupper()]  # 'Castellón de la Plana' is two words long
    short = len(capitalised) <= 3 or (language != "en" and len(capitalised) == 4 and " de " in name)  # 'Las Palmas de Gran Canaria'
    if short and (place or initial) and not re.match(r"^[’']s\b", after) and start > sentence_start:
        if _FAIR_IN_CAPITALS.fullmatch(name):  # 'a l'ISPO de Munic', 'to SEMICON Taiwan in Taipei', 'en el SIAL París': a fair and its city
            return Candidate(start, end, name, "event", "event", "a name in capitals with its place")
        return Candidate(start, end, name, "place", None, "place preposition")
    if len(words) <= 3 and cues.ORGANISATION_OF.search(before):
        return Candidate(start, end, name, "place", None, "what an organisation is 'of'")
    if cues.MET_WITH.search(before) and not (person and cues.person_cue(before, after)):
        return Candidate(start, end, name, "organisation", None, "met with")
    listed = cues.in_company_list(before)
    if listed and len(words) <= 3 and cues.ORIGIN_IN_LIST.search(before):
        return Candidate(start, end, name, "place", None, "where a listed company is from")
    if listed or cues.MEMBERS_AFTER.match(after):
        return Candidate(start, end, name, "organisation", None, "listed among companies or members")
    where = _PLACE_IN_BRACKETS.match(after)
    if where and not (person and is_forename(words[0])) and country_or_region_of(where.group("place")) is None:  # 'Bioazul (Málaga)'; not 'Sevilla (España)'
        return Candidate(start, end, name, "organisation", None, "where it is, in brackets after it")
    if (cues.VERB_AFTER.match(after) and not person) or cues.FOUNDED_AFTER.match(after):
        return Candidate(start, end, name, "organisation", None, VERB_SUBJECT)
    if cues.ACRONYM_AFTER.match(after):  # before the cluster head: 'Swiss Food & Nutrition Valley (SFNV)' is an association
        return Candidate(start, end, name, "organisation", None, "defines an acronym")
    if lowered[-1] in CLUSTER_HEADS:  # 'Medicon Valley'; after the context cues, since 'Aerospace Valley' is an organisation
        return Candidate(start, end, name, "cluster", None, f"head word '{words[-1]}'")
    if cues.INNER_CAPITAL.match(words[0]) and not person:
        return Candidate(start, end, name, "organisation", None, "a brand's inner capital ('BioValley')")
    return None


_OWN_SITE = re.compile(r"\b(?:su|sus|its|their|la seva|les seves|el seu|els seus)[ \u00a0]+(?:planta|plantas|fábrica|plant|plants|factory|fàbrica|sede|seu|oficinas|oficines|offices)[ \u00a0]+(?:de|d['’]|en|in|at|a)[ \u00a0]*$")
_SENTENCE_END = re.compile(rf"[.!?][ \u00a0]+(?=[{UPPER}])|\n")


def _around(text: str, start: int, end: int, sentence_start: int) -> tuple[str, str]:
    """The words a name's cues are read in: up to 90 characters before it in its sentence, and after it up to the end
    of its sentence (a role opening the next one is no cue for this name)."""
    after = text[end : end + 90]
    stop = _SENTENCE_END.search(after)
    return text[max(sentence_start, start - 90) : start], after[: stop.start() + 1] if stop else after


_BRACKETED = re.compile(r"(?<![\w’'\-])(?P<owner>[A-ZÀ-Þ][\w’'\-]*(?:[ \u00a0]+(?:[A-ZÀ-Þ][\w’'\-]*|de|del|la|y|i))*)[ \u00a0]+\($")
_PLACE_IN_BRACKETS = re.compile(r"[ \u00a0]+\((?P<place>[A-ZÀ-Þ][\w’'\-]*[a-zà-ÿ](?:[ \u00a0]+[A-ZÀ-Þ][\w’'\-]+)?)\)")
_FAIR_IN_CAPITALS = re.compile(r"[A-Z]{3,}(?:[ \u00a0]+(?:de[ \u00a0]+)?[A-ZÀ-Þ][\w\-]+)+")
_EVENT_APPOSITION = re.compile(
    r",[ \u00a0]+(?:the|a|an|la|el|l['’]|una|un)[ \u00a0]+(?:[\w’'\-]+[ \u00a0]+){0,4}?(?:trade[ \u00a0]+)?"
    r"(?P<head>fair|exhibition|conference|congress|summit|expo|show|airshow|convention|festival|feria|fira|congreso|congrés|cumbre|salón|saló|mercat(?= internacional)|mercado(?= internacional))\b"
)
_HELD_AT = re.compile(r"\b(?:took place|takes place|was held|is held|will be held|tuvo lugar|se celebró|se celebrará|va tenir lloc|es va celebrar|se celebra)\b[^.;]{0,40}?\b(?:at|en|a) (?:the |el |la |l['’])?$")
_VENUE_WORDS = frozenset({"centre", "center", "hall", "palais", "palacio", "palau", "centro", "auditorium", "arena"})


def _event_around(text: str, start: int, end: int, before: str, after: str) -> Candidate | None:
    """An event named before its lowercase head ('its ALL IN conference') or after one ('la jornada Automoció
    2030'), or named after 'during' ('during SEMICON Taiwan'); the span takes in the head after it, or a year or
    number that ends the name."""
    head_after = event_cues.EVENT_HEAD_AFTER.match(after)
    head_before = event_cues.EVENT_NOUN_BEFORE.search(before)
    if head_after is not None:
        end += head_after.end()
        head = head_after.group("head")
    elif head_before is not None:
        number = re.match(r"^[ \u00a0]+\d{1,4}\b", after)
        end += number.end() if number else 0
        head = strip_accents(head_before.group("head").casefold())
    elif (event_cues.DELEGATION_TO_BEFORE.search(before) or event_cues.AT_EVENT_BEFORE.search(before) or event_cues.PART_IN_BEFORE.search(before)) and event_cues.IN_PLACE_AFTER.match(after) and not _headed_name(text[start:end]):
        year = re.match(r"^[ \u00a0]+\d{4}\b", after)
        end += year.end() if year else 0  # 'Automatica 2026'
        head = "event"
    elif (event_cues.EXHIBIT_IN_BEFORE.search(before) and not re.match(r"^['’]s\b", after) or event_cues.EVENT_CLAUSE_AFTER.match(after)) and not _headed_name(text[start:end]):
        year = re.match(r"^[ \u00a0]+\d{4}\b", after)
        end += year.end() if year else 0
        head = "event"
    elif event_cues.DURING_BEFORE.search(before):
        number = re.match(r"^[ \u00a0]+\d{4}\b", after)
        end += number.end() if number else 0
        head = "event"
    elif described := _EVENT_APPOSITION.match(after):  # "Automechanika Frankfurt, the world's largest trade fair for …"
        head = strip_accents(described.group("head").casefold())
    else:
        return None
    return Candidate(start, end, clean_label(text[start:end]), "event", EVENT_KIND.get(head, "event"), "event head word" if head != "event" else "named after 'during'")


def _headed_name(name: str) -> bool:
    """A name whose words say what it is (a park, a campus, an agency): no event, whatever happens at it."""
    lowered = {strip_accents(w.casefold()) for w in re.findall(r"[\w’'\-]+", name)}
    return bool(lowered & (AREA_HEADS | ORGANISATION_HEADS | PLACE_HEADS))
