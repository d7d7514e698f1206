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
    ROMANCE_FUNCTION_WORDS,
    SPEECH_VERBS,
    WORK_HEADS,
)
from clusterld.extraction.normalise import clean_label, strip_accents

_UPPER = "A-ZÀ-ÖØ-Þ"
# A capitalised word; a Catalan elided one ("d'Automoció", "l'Associació"); "e-mobil" before a capital.
_TOKEN = rf"(?:[{_UPPER}][\w’'\-~]*|[dl][’'][{_UPPER}][\w’'\-~]*|\d+[A-Za-z][\w\-]*|[{_UPPER}]{{2,}}(?:&[{_UPPER}]+)?|[a-z]-[A-Za-z][\w\-]*(?=[ \u00a0]+[{_UPPER}]))"
_GLUE = r"(?:[ \u00a0]+(?:(?:of|for|and|de|del|dels|della|la|le|les|du|des|für|der|van|von|the|y|i)[ \u00a0]+)*|[ \u00a0]*&[ \u00a0]*)"
NAME_SPAN = re.compile(rf"{_TOKEN}(?:{_GLUE}{_TOKEN})*")
_ROLES = "|".join(re.escape(r) for r in sorted(ROLE_HEADS, key=len, reverse=True))
ROLE_WORD = re.compile(rf"\b(?:{_ROLES})\b", re.IGNORECASE)
_ROLE_AFTER = re.compile(rf"^,?[ \u00a0]+(?:the |a |an |our |its )?(?:[\w&\-’'.]+[ \u00a0]+){{0,5}}?(?:{_ROLES})\b", re.IGNORECASE)
_ROLE_OF = re.compile(rf"(?:{_ROLES})[ \u00a0]+(?:(?:of|at|for|de|del|de la)[ \u00a0]+(?:the[ \u00a0]+)?|d['’])", re.IGNORECASE)  # 'CEO of Acme Corporation'
_HONORIFIC_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Prof|Professor|professor|Sir|Dame|Sr|Sra|Dra)\.?[ \u00a0]+$")
_SPEECH = "|".join(SPEECH_VERBS)
_SPEECH_AFTER = re.compile(rf"^,?[ \u00a0]+(?:{_SPEECH})\b")
_SPEECH_BEFORE = re.compile(rf"\b(?:{_SPEECH}|according to|según|segons)[ \u00a0]+$")
_PLACE_BEFORE = re.compile(r"\b(?:in|to|from|across|near|throughout|around|within|outside|towards|via)[ \u00a0]+(?:the[ \u00a0]+)?$")
_PLACE_BEFORE_ROMANCE = re.compile(r"\b(?:en|a|desde|hacia|fins a|hasta|cap a|des de)[ \u00a0]+$")  # 'a' and 'en' are English words too
# "the city of …", "la provincia canadiense de …", "la regió d'…": a place whatever its name.
_PLACE_OF = re.compile(
    r"\b(?:city|town|village|region|province|state|county|coast|port|island|municipality|ciudad|provincia|región|estado|"
    r"municipio|comunidad|ciutat|província|regió|comarca|municipi|costa|puerto)(?:[ \u00a0]+[a-záéíóúàèòç]+)?[ \u00a0]+"
    r"(?:(?:of|de|del)[ \u00a0]+(?:the[ \u00a0]+)?|d['’])$",
    re.IGNORECASE,
)
_PLACE_HEAD_AFTER = re.compile(r"^[ \u00a0]+(?:region|province|area|metropolitan area)\b")
_VENUE = re.compile(r"^[ \u00a0]+(?:conference|convention|congress|exhibition|events?)[ \u00a0]+(?:centre|center|hall)\b", re.IGNORECASE)
_EVENT_HEAD_AFTER = re.compile(r"^[ \u00a0]+(?:[a-z]+[ \u00a0]+)?(?P<head>conference|summit|forum|fair|congress|convention|expo|exhibition|festival)\b")
_PROGRAMME_BEFORE = re.compile(r"\b(?:programa|programme|program|iniciativa|initiative)[ \u00a0]+$", re.IGNORECASE)  # 'el programa Catalonia Clusters'
_EVENT_NOUN_BEFORE = re.compile(r"\b(?:la|el|les|los|las)[ \u00a0]+(?P<head>jornadas?|congreso|congrés|feria|fira|fòrum|foro|cumbre|cimera)[ \u00a0]+$", re.IGNORECASE)
# Verbs whose agent is an organisation more often than a person: "funded by …", "financiado por …".
_ORGANISATION_BY = re.compile(
    r"\b(?:supported|funded|financed|backed|sponsored|operated|promoted|financiad[oa]|apoyad[oa]|impulsad[oa]|"
    r"promovid[oa]|finançat|finançada|impulsat|impulsada|promogut|promoguda)[ \u00a0]+(?:in part[ \u00a0]+|en parte[ \u00a0]+|jointly[ \u00a0]+)?"
    r"(?:by|por|per)[ \u00a0]+(?:the[ \u00a0]+|el[ \u00a0]+|la[ \u00a0]+|l['’])?$",
    re.IGNORECASE,
)
_LIST_TRIGGER = re.compile(
    r"\b(?:companies|firms|members|partners|manufacturers|suppliers|organi[sz]ations|corporations|players|groups|"
    r"OEMs|start-?ups|startups|carmakers|automakers|shipbuilders|utilities|businesses)\b[^.;:]{0,25}?"
    r"(?:\b(?:such as|including|include|includes|included|like|are|namely|among them|among others|notably)\b|:)",
    re.IGNORECASE,
)
# Spanish and Catalan lists need no noun before them: "entre els quals …", "entre sus socios a …".
_LIST_TRIGGER_ROMANCE = re.compile(
    r"\b(?:entre (?:los|las|els|les) (?:que|cuales|quals)|entre (?:ellos|ellas|ells|elles)|"
    r"entre (?:sus|els seus|les seves) (?:socios|miembros|asociados|socis|membres|associats|empresas|empreses)(?: (?:a|figuran|destacan|hi ha))?|"
    r"(?:empresas|empreses|socios|socis|miembros|membres) (?:como|com ara|com)|tales como|incluidas|incluidos|incloent)\b",
    re.IGNORECASE,
)
_LIST_GLUE = frozenset({"and", "as", "well", "the", "or", "plus", "y", "i", "a", "el", "la"})
_COUNTRIES = {c.casefold(): c for c in (*COUNTRIES, *CONTINENTS)} | {a.casefold(): c for a, c in COUNTRY_ALIASES.items()}
_DESCRIPTORS = "|".join(sorted(ORGANISATION_DESCRIPTORS))
_DETERMINER = r"(?:(?:the|its|their|a|an|our|el|la|los|las|els|les|un|una|su|sus)[ \u00a0]+|\bl['’])"
# "the research centre Tecnalia", "el centre tecnològic Eurecat": a descriptor, at most one word after it.
_DESCRIPTOR_BEFORE = re.compile(rf"{_DETERMINER}(?:[\w\-]+[ \u00a0]+){{0,4}}?(?P<noun>{_DESCRIPTORS})(?:[ \u00a0]+[a-zà-ÿ\-]+)?[ \u00a0]+$", re.IGNORECASE)
_DESCRIPTOR_AFTER = re.compile(rf"^(?:[ \u00a0]*\([^)]{{1,15}}\))?,[ \u00a0]+(?:{_DETERMINER}|[A-Z][\w\-]*['’]s[ \u00a0]+)(?:[\w\-’']+[ \u00a0]+){{0,4}}?(?P<noun>{_DESCRIPTORS})\b", re.IGNORECASE)
_SITE_AFTER = re.compile(r"^[ \u00a0]+(?:plant|factory|facility|subsidiary|headquarters|head office)\b")
_APPOSITIVE_PLACE = r"(?:,[ \u00a0]+(?:in|en|a)[ \u00a0]+[A-Z][\w\-]+(?:[ \u00a0]+[A-Z][\w\-]+)?,)?"
_VERB_AFTER = re.compile(
    rf"^(?:[ \u00a0]*\([^)]{{1,15}}\))?{_APPOSITIVE_PLACE}(?:[ \u00a0]+(?:has[ \u00a0]+|have[ \u00a0]+|also[ \u00a0]+|today[ \u00a0]+)?(?:{'|'.join(ORGANISATION_VERBS)})\b"
    r"|,[ \u00a0]+(?:based|headquartered|located)[ \u00a0]+in\b)"
)
_FOUNDED_AFTER = re.compile(r"^(?:[ \u00a0]*\([^)]{1,15}\))?,[ \u00a0]+(?:founded|established|set up|created|fundad[oa]|cread[oa]|creat|fundat|constituïda|constituida)[ \u00a0]+(?:in|en|l['’]any)\b")
_ACRONYM_AFTER = re.compile(r"^[ \u00a0]*\([A-Z][A-Za-z0-9&\-]{1,11}\)")
WEAK_REASONS = frozenset({"place preposition", "listed with a name of the same kind", "defines an acronym"})
_DATELINE_AFTER = re.compile(r"^(?:/[A-Z][\w\-]+)*(?:,[ \u00a0]+(?:\d{1,2}[ \u00a0]+[A-Z][a-z]+|\d{1,2}[ \u00a0]+(?:de[ \u00a0]+)?[a-zà-ÿ]{3,}|[A-Z][a-z]{2,8}\.?[ \u00a0]+\d{1,2})|[ \u00a0]+[–—-][ \u00a0]+)")
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


def trim_span(text: str, start: int, end: int, language: str = "en") -> tuple[int, int] | None:
    """Drop leading function words ('The', 'In'; 'El' in Spanish or Catalan), elisions ("l'", "d'") and roles
    ('CEO of'), a trailing possessive, '-based' and trailing connectors."""
    function_words = NOT_NAMES if language == "en" else NOT_NAMES | ROMANCE_FUNCTION_WORDS
    while True:
        word = re.match(r"[\w’'\-]+[ \u00a0]*", text[start:end])
        shouted = word is not None and len(word.group().strip()) > 1 and word.group().strip().isupper()  # 'ALL IN'
        if word and not shouted and word.group().strip().casefold() in function_words and " " in text[start:end].strip():
            start += word.end()
            continue
        elision = re.match(r"[dlDL][’']", text[start:end]) or _ROLE_OF.match(text, start, end)
        if elision:
            start = elision.end() if elision.re is _ROLE_OF else start + elision.end()
            continue
        break
    possessive = re.search(r"[’']s$|-based$", text[start:end])
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
    if not words or (all(w in _GENERIC or w in ORDINALS or w in ROMANCE_FUNCTION_WORDS for w in lowered) and not shouted) or not re.search(f"[{_UPPER}]", name):
        return None
    before, after = text[max(sentence_start, start - 90) : start], text[end : end + 90]
    head = lowered[-1]
    venue = _VENUE.match(after)
    if venue or (head in ("centre", "center", "hall") and any(w in EVENT_HEADS for w in lowered)):
        end += venue.end() if venue else 0
        return Candidate(start, end, text[start:end], "place", "area", "conference centre")
    if any(w in EVENT_HEADS for w in lowered[1:]) or (head in EVENT_HEADS and len(words) > 1):
        kind = next(EVENT_KIND[w] for w in reversed(lowered) if w in EVENT_KIND)
        return Candidate(start, end, name, "event", kind, "event head word")
    event = _event_around(text, start, end, before, after)
    if event is not None:
        return event
    if ROLE_WORD.search(name) and head not in ORGANISATION_HEADS:
        return None  # "Life Science Ambassador", "Accelerator Community Manager": a role, not a name
    if name.casefold() in _COUNTRIES:
        kind_of_place = "continent" if _COUNTRIES[name.casefold()] in CONTINENTS else "country"
        return Candidate(start, end, _COUNTRIES[name.casefold()], "place", kind_of_place, "country or continent")
    if head in PROGRAMME_HEADS:
        return Candidate(start, end, name, "programme", None, f"head word '{words[-1]}'")
    if head in WORK_HEADS and re.search(r"\b(?:the|its|their|a|an|new)[ \u00a0]+$", before, re.IGNORECASE):
        return Candidate(start, end, name, "work", WORK_HEADS[head], f"head word '{words[-1]}'")
    if _PROGRAMME_BEFORE.search(before):
        return Candidate(start, end, name, "programme", None, "named as a programme")
    if any(w in ORGANISATION_HEADS for w in lowered):
        first_head = lowered[0] in CLUSTER_ORGANISATION_HEADS and len(words) > 1  # Romance order: 'Clúster Automotriz …'
        kind = "cluster-organisation" if first_head or any(w in CLUSTER_ORGANISATION_HEADS for w in lowered[1:]) else "organisation"
        return Candidate(start, end, name, kind, None, "organisation head word")
    if _PLACE_OF.search(before):
        return Candidate(start, end, name, "place", None, "'the city of …', 'la provincia de …'")
    if any(w in PLACE_HEADS for w in lowered) or _PLACE_HEAD_AFTER.match(after):
        return Candidate(start, end, name, "place", "region", "place head word")
    if _looks_like_person(words) and _person_cue(before, after):
        return Candidate(start, end, name, "person", None, "person cue (honorific, role or speech verb)")
    if re.match(r"^-based\b", after) or re.match(r"^,[ \u00a0]+where\b", after):
        return Candidate(start, end, name, "place", None, "'-based' or ', where'")
    first_on_line = start == sentence_start or re.fullmatch(r"(?:[A-Z][\w\-]+/)+", text[sentence_start:start])
    if first_on_line and len(words) <= 3 and _DATELINE_AFTER.match(after):
        return Candidate(start, end, name.title() if name.isupper() else name, "place", None, "dateline")
    described = _DESCRIPTOR_BEFORE.search(before) or _DESCRIPTOR_AFTER.match(after)
    if described:
        noun = strip_accents(described.group("noun").casefold())
        return Candidate(start, end, name, "cluster-organisation" if noun in CLUSTER_ORGANISATION_HEADS else "organisation", None, "described as an organisation")
    if _SITE_AFTER.match(after) or (_ORGANISATION_BY.search(before) and not _looks_like_person(words)):
        return Candidate(start, end, name, "organisation", None, "an organisation's site or agency ('… plant', 'funded by …')")
    opens_list = any(m.end() == len(before.rstrip()) for m in _LIST_TRIGGER_ROMANCE.finditer(before))  # 'entre sus socios a Ternium': no place
    place = _PLACE_BEFORE.search(before) or (language != "en" and _PLACE_BEFORE_ROMANCE.search(before) and not opens_list)
    if len(words) <= 3 and place and not re.match(r"^[’']s\b", after) and start > sentence_start:
        return Candidate(start, end, name, "place", None, "place preposition")
    if _in_company_list(before):
        return Candidate(start, end, name, "organisation", None, "listed among companies or members")
    if (_VERB_AFTER.match(after) and not _looks_like_person(words)) or _FOUNDED_AFTER.match(after):
        return Candidate(start, end, name, "organisation", None, "subject of an organisation's verb")
    if head in CLUSTER_HEADS:  # 'Medicon Valley'; after the context cues, since 'Aerospace Valley' is an organisation
        return Candidate(start, end, name, "cluster", None, f"head word '{words[-1]}'")
    if _ACRONYM_AFTER.match(after):
        return Candidate(start, end, name, "organisation", None, "defines an acronym")
    return None


def _event_around(text: str, start: int, end: int, before: str, after: str) -> Candidate | None:
    """An event named before its lowercase head ('its ALL IN conference') or after one ('la jornada Automoció
    2030'); the span takes in the head after it, or a year or number that ends the name."""
    head_after = _EVENT_HEAD_AFTER.match(after)
    head_before = _EVENT_NOUN_BEFORE.search(before)
    if head_after is not None:
        end += head_after.end()
        head = head_after.group("head")
    elif head_before is not None:
        number = re.match(r"^[ \u00a0]+\d{1,4}\b", after)
        end += number.end() if number else 0
        head = strip_accents(head_before.group("head").casefold())
    else:
        return None
    return Candidate(start, end, clean_label(text[start:end]), "event", EVENT_KIND.get(head, "event"), "event head word")


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
    """'CEO Jane Doe', 'President of X, Jane Doe', 'Harvard Business School professor Christian Ketels': the last
    role word before the name, at most nine words back and in the same clause."""
    roles = list(ROLE_WORD.finditer(before))
    if not roles:
        return False
    rest = before[roles[-1].start() :]
    return not re.search(r"[.;:!?]", rest) and len(re.findall(r"\w+", rest)) <= 9


def _in_company_list(before: str) -> bool:
    triggers = sorted([*_LIST_TRIGGER.finditer(before), *_LIST_TRIGGER_ROMANCE.finditer(before)], key=lambda m: m.end())
    if not triggers:
        return False
    between = before[triggers[-1].end() :]
    if re.search(r"[.;:!?]", between) or len(between) > 200:
        return False
    lower_words = [w for w in re.findall(r"\b[a-z][\w\-]*", between) if w not in _LIST_GLUE]
    return len(lower_words) <= 1


def split_coordination(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split 'LEO Pharma and Lund University' (or '… y …', '… i …') in two; keep 'Foreign Trade and Investment
    Office' and 'Institute of Science and Technology' whole (the part after 'and' carries the head, or 'of'
    precedes), but not 'Capital Region of Denmark and Skåne' (a country before 'and' ends a name)."""
    for match in re.finditer(r"[ \u00a0]+(?:and|y|i|et|und)[ \u00a0]+", text[start:end]):
        left, right = text[start : start + match.start()], text[start + match.end() : end]
        if re.search(r"\b(?:of|for|de|del|für)\b", left) and len(right.split()) == 1 and left.split()[-1].casefold() not in _COUNTRIES:
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
