"""Mentions: every span of the text that names an entity, linked to the registry or proposed as new.

Order of evidence: registry names and alternative names (case, accent and spacing variants); acronyms the
article defines in parentheses ("… Council (MassMEDIC)") or a full name set after one ("VITARTIS, la Asociación …,"); surnames of people named in full earlier
("Mr. Sommer"); then capitalised spans with a cue (candidates.py), proposed as new entries with a
suggested type and id. Overlaps keep the earliest, then the longest span.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from typing import Callable, Sequence

from clusterld.extraction.candidates import NAME_SPAN, VERB_SUBJECT, WEAK_REASONS, Candidate, classify, trim_span
from clusterld.extraction.cues import ROLE_OF_BEFORE, looks_like_person, person_cue
from clusterld.extraction.event_cues import DURING_BEFORE
from clusterld.extraction.forenames import is_forename
from clusterld.extraction.gazetteer import Knowledge, compile_names, find_names, fold_text, name_key
from clusterld.extraction.lexicon import DEMONYMS, EVENT_HEADS, HONORIFICS, MINISTRY_HEADS, NOT_NAMES, OFFICE_HEADS, ORGANISATION_HEADS, PROGRAMME_HEADS
from clusterld.extraction.names import head_start, initials_match, inside_a_name, person_surnames, split_coordination
from clusterld.extraction.normalise import clean_label, strip_accents
from clusterld.extraction.proposals import Proposal, ProposalIndex, acronym_near, base_key, defined_acronym, full_names_in_apposition, propose, with_alternative, with_article, with_short_forms
from clusterld.extraction.sentences import Sentence

# A ministry's portfolios go on over commas: 'Ministerio de Comercio, Industria y Turismo', 'Department for Science, Innovation and Technology'
_PORTFOLIO = r"[A-ZÀ-Þ][\w’'\-]+(?:[ \u00a0]+[A-ZÀ-Þ][\w’'\-]+)*"  # 'Economía Social'
_PORTFOLIOS_GO_ON = re.compile(rf"(?:,[ \u00a0]+{_PORTFOLIO})+,?[ \u00a0]+(?:i|y|e|and|&)[ \u00a0]+{_PORTFOLIO}")
# A name goes on over 'en'/'para'/'per a'/'al', or over a list of capitalised words, when a short name in parentheses
# closes the whole ('… en Turisme de les Illes Balears (Turistec)', "Institut Tecnològic de l'Embalatge, Transport i Logística (ITENE)",
# 'Fraunhofer Institute for Casting, Composite and Processing Technology (IGCV)').
_NAME_GOES_ON = re.compile(
    rf"(?:[ \u00a0]+(?:en|para|per[ \u00a0]+a|per[ \u00a0]+al|al|a)[ \u00a0]+(?:el[ \u00a0]+|la[ \u00a0]+|les[ \u00a0]+|los[ \u00a0]+|l['’])?(?:{NAME_SPAN.pattern})|{_PORTFOLIOS_GO_ON.pattern})"
    r"(?=[ \u00a0]*\([A-Za-z][\w&\-]{1,11}\))"  # '(dtic)' too
)
_OFFICE_IN = re.compile(rf"[ \u00a0]+(?:en|in|a)[ \u00a0]+(?:la[ \u00a0]+|the[ \u00a0]+)?(?:{NAME_SPAN.pattern})")  # an office's city closes its name (lexicon.OFFICE_HEADS)
_POSSESSIVE = re.compile(r"(?:['’]s?)[ \u00a0]+(?=[A-Z])")
# What an owner's possessive may name besides an event: a unit ("the University of Minnesota's … Center") or a
# programme ("the European Union's Interreg programme").
_OWNED_HEAD = re.compile(r"\b(?:Institute|Center|Centre|School|Faculty|Department|Laboratory|Lab|Hospital|College|Clinic)\b|[ \u00a0](?:programme|program|Programme|Program)\b")
_ORGANISATIONS = ("organisation", "cluster-organisation")
_COORDINATED = re.compile(r"[ \u00a0]+(?:i|y|and|&)[ \u00a0]+(?:l['’]|el[ \u00a0]+|la[ \u00a0]+|the[ \u00a0]+)?")


@dataclass(frozen=True)
class Mention:
    """A span of the raw text naming an entity (a registry id, or a proposal's id when `proposed`)."""

    start: int
    end: int
    entity: str
    kind: str
    proposed: bool


@dataclass(frozen=True)
class EventName:
    """A named event ('2nd Strategic Meeting of the HT Cluster'): a fact to draft, not a registry entry."""

    start: int
    end: int
    label: str
    kind: str
    of_entity: str | None  # the organisation in "… of the X", taken as its organiser


@dataclass(frozen=True)
class Mentions:
    """All mentions of a text, sorted by offset, with the proposals and event names found."""

    items: tuple[Mention, ...]
    proposals: tuple[Proposal, ...]
    event_names: tuple[EventName, ...]

    def within(self, start: int, end: int) -> list[Mention]:
        """Mentions inside [start, end), in order."""
        return mentions_within(self.items, start, end)


def mentions_within(items: Sequence[Mention], start: int, end: int) -> list[Mention]:
    """The mentions of `items` (sorted by offset) inside [start, end), found by bisection, not a walk over all."""
    first = bisect.bisect_left(items, start, key=lambda m: m.start)
    last = bisect.bisect_left(items, end, key=lambda m: m.start)
    return [m for m in items[first:last] if m.end <= end]


def find_mentions(text: str, sentences: tuple[Sentence, ...], knowledge: Knowledge, language: str = "en") -> Mentions:
    """Link and propose every entity mention in `text` (written in `language`)."""
    folded = fold_text(text)
    kinds = {e.id: e.kind for e in knowledge.entities.values()}
    pattern, table = compile_names((e.id, n) for e in knowledge.entities.values() for n in e.names)
    inside = _sentence_filter(sentences)
    linked = sorted((Mention(m.start, m.end, m.entity, kinds[m.entity], False) for m in find_names(text, folded, pattern, table) if inside(m.start, m.end) and not inside_a_name(text, m.start, m.end, kinds[m.entity])), key=lambda m: m.start)
    aliases: list[tuple[str, str]] = [(mention.entity, acronym) for mention, acronym in _acronym_definitions(text, linked)]
    proposals: dict[str, Proposal] = {}
    taken = set(knowledge.used_ids) | set(kinds)
    events: list[EventName] = []
    registry_keys = {name_key(n): e.id for e in knowledge.entities.values() for n in e.names}
    found_by_name: dict[str, list[Candidate]] = {}
    event_keys: set[str] = set()  # names an event head word made events ('al MIPCOM, el mercat internacional …')
    surnames = {name_key(surname) for _, surname in _surnames(knowledge, {}, linked)}  # 'Sato' after 'Hiroshi Sato'
    for sentence in sentences:
        for found in _unlinked(text, sentence, mentions_within(linked, sentence.start, sentence.end), language):
            if found.kind == "event":
                events.append(_event_name(text, found, linked))
                event_keys.update([base_key(found.name)] if found.reason == "event head word" else [])
            else:
                found_by_name.setdefault(base_key(found.name), []).append(found)
    found_by_name = with_short_forms(found_by_name)
    known = ProposalIndex()
    alias_keys = {name_key(n) for _, n in aliases}
    ends = {m.end: m.entity for m in linked if m.kind in _ORGANISATIONS}  # where each organisation's name ends: for names set beside it
    for key, found_list in found_by_name.items():
        if key in event_keys and all(f.kind == "place" and f.reason == "place preposition" for f in found_list):
            continue  # 'porta 22 productores al MIPCOM' in a headline, 'al MIPCOM, el mercat internacional …' below: the fair
        strong = [f for f in found_list if f.reason not in WEAK_REASONS] or found_list
        if all(f.reason == VERB_SUBJECT for f in strong) and any(f.kind == "place" for f in found_list):
            strong = [f for f in found_list if f.kind == "place"]  # 'Milwaukee showed us …' and 'came to Milwaukee': a city
        found = next((f for f in strong if f.kind == "cluster-organisation" and strong[0].kind == "organisation"), strong[0])  # the most specific cue
        found = replace(found, kind="cluster-organisation") if found.kind == "cluster" and any(f.reason == "defines an acronym" for f in found_list) else found  # 'X Valley (XV)': an association
        if key in registry_keys:
            ref = registry_keys[key]
        elif key in alias_keys or key in surnames:
            continue
        elif (earlier := known.find(key, found.kind)) is not None:  # another form of an earlier proposal
            ref = earlier
            proposals[ref] = with_article(proposals[ref], found_list)
        else:
            defined = acronym_near(text, found.end, found.name) or next((a for f in found_list if (a := acronym_near(text, f.end, f.name)) and a[0] == f.name[0]), None)  # or defined where the name was first written, away from its cue
            short = known.find(name_key(defined), found.kind) if defined else None
            if short is None:
                proposal = with_article(propose(found, defined, taken, [text[f.start : f.end] for f in found_list]), found_list)
                taken.add(proposal.id)
                proposals[proposal.id] = proposal
                known.add(proposal)
                ends.update((f.end, proposal.id) for f in found_list if proposal.kind in _ORGANISATIONS)
                continue
            ref = short  # 'la Fundació BIT' proposed first, its full name later: "… d'Innovació i Tecnologia (Fundació BIT)"
            proposals[ref] = with_alternative(proposals[ref], found.name)
        aliases += [(ref, f.name) for f in found_list]
        alias_keys.update(name_key(f.name) for f in found_list)
        ends.update((f.end, ref) for f in found_list if found.kind in _ORGANISATIONS)
    for full, short in full_names_in_apposition(text, proposals, ends).items():
        aliases += [(short, n) for n in (proposals[full].name, *proposals.pop(full).alt_names)]
    extra = [(p.id, n) for p in proposals.values() for n in (p.name, *p.alt_names)]
    extra += aliases + _surnames(knowledge, proposals, linked)
    kinds.update({p.id: p.kind for p in proposals.values()})
    pattern, table = compile_names(extra)
    more = [Mention(m.start, m.end, m.entity, kinds[m.entity], m.entity in proposals) for m in find_names(text, folded, pattern, table) if inside(m.start, m.end)]
    items = _without_overlaps(linked + more)
    return Mentions(tuple(items), tuple(proposals.values()), tuple(events))


def _sentence_filter(sentences: tuple[Sentence, ...]) -> Callable[[int, int], bool]:
    """A test: does [start, end) lie inside one sentence?"""
    starts = [s.start for s in sentences]

    def inside(start: int, end: int) -> bool:
        index = bisect.bisect_right(starts, start) - 1
        return index >= 0 and end <= sentences[index].end

    return inside


def _acronym_definitions(text: str, linked: list[Mention]) -> list[tuple[Mention, str]]:
    """Registry names followed by '(ACRONYM)': the acronym names the same entity in this article."""
    out = []
    for mention in linked:
        acronym = defined_acronym(text, mention.end, text[mention.start : mention.end])
        if acronym:
            out.append((mention, acronym))
    return out


def _unlinked(text: str, sentence: Sentence, linked: list[Mention], language: str) -> list[Candidate]:
    """Candidates of a sentence (`linked`: the registry mentions that start in it), cut where a linked mention
    begins so a name never swallows another."""
    if (sentence.index == 0 or sentence.standalone_line) and _title_case(sentence.text):
        return []  # in a headline every word is capitalised, so capitals are no cue; the body names the same entities
    spans = [(m.start, m.end) for m in linked]
    previous: list[tuple[int, str]] = [(m.end, m.kind) for m in linked]
    places = {m.start: m.kind == "place" for m in linked}
    out: list[Candidate] = []
    taken_until = sentence.start
    for match in NAME_SPAN.finditer(text, sentence.start, sentence.end):
        start, end = match.start(), match.end()
        if start < taken_until:
            continue  # the rest of a name that goes on over 'en' (below)
        leading = trim_span(text, start, end, language, sentence.start)
        start = leading[0] if leading else start  # 'El Barcelona Health Hub': the article does not open the name
        last = _COORDINATED.split(text[start:end])[-1]  # "El CEEC i l'Institut de Recerca en …": the name after the 'i'
        going_on = _NAME_GOES_ON.match(text, end, sentence.end) if _headed_first(last) else None
        if going_on is None and _ministry(text[start:end]):
            going_on = _PORTFOLIOS_GO_ON.match(text, end, sentence.end)
        if going_on is None and OFFICE_HEADS & {strip_accents(w.casefold()) for w in text[start:end].split()}:
            going_on = _OFFICE_IN.match(text, end, sentence.end)
        if going_on:  # "Clúster d'Innovació Tecnològica en Turisme de les Illes Balears (Turistec)": its short name says where it ends
            end = taken_until = going_on.end()
        for s, e in spans:
            if s == start and ((places.get(s) and (_headed(text[e:end]) or initials_match(text, start, end))) or _event_headed(text[e:end])):
                continue  # 'Baden-Württemberg Mobility Forum': a place opening an event's or organisation's name; 'BioWin Day': an organisation's event
            if s > start and places.get(s) and DURING_BEFORE.search(text[sentence.start : start]):
                continue  # 'during SEMICON Taiwan': an event named after a place
            owned = _POSSESSIVE.match(text, e, end) if s == start else None
            if owned:
                start = owned.end()  # "Scottish Renewables' Offshore Wind Conference": the name after the owner's
            elif s < end and e > start and not (s > start and places.get(s) and re.search(r"[ \u00a0](?:of[ \u00a0]+(?:the[ \u00a0]+)?|de[ \u00a0]+|del[ \u00a0]+|de la[ \u00a0]+|d['’])$", text[start:s])):
                end = min(end, s) if s > start else start
        head = re.match(r"[ \u00a0]+(program|programme|initiative|cluster|alliance|association|network|project|conference|summit|forum|congress|convention|fair|expo)\b(?![ \u00a0]+(?:centre|center|hall|director|manager|coordinator|officer|leader|head)\b)", text[end : end + 24])
        opening_word = start == sentence.start and " " not in text[start:end].strip()  # 'Food cluster leaders meet …'
        if head and end > start and not text[start:end].endswith(("-based", "-headquartered", "'s", "’s")) and not opening_word and text[start:end].split()[-1] not in DEMONYMS:
            end += head.end()  # 'Global Innovation Clusters program'
        for piece_start, piece_end, owner in _pieces(text, start, _strip_connector(text, start, end), sentence.start):
            span = trim_span(text, piece_start, piece_end, language, sentence.start)
            if span is None or span[1] - span[0] < 2:
                continue
            found = classify(text, span[0], span[1], sentence.start, language) or _coordinated(text, span, previous)
            if found is None and owner:
                found = Candidate(span[0], span[1], text[span[0] : span[1]], "organisation", None, "owner of a named event")
            if found is not None:
                out.append(found)
                previous.append((found.end, found.kind))
    return out


def _ministry(name: str) -> bool:
    """A department opens the name ('Ministerio de …') or heads it before its 'of' ('Bavarian State Ministry of …')."""
    return _head_opens(name, MINISTRY_HEADS)


def _headed_first(name: str) -> bool:
    """A Romance name opened by its head word ('Clúster …', 'Asociación …', 'Fundació …'), or an English one whose
    head comes before its 'of' or 'for' ('Fraunhofer Institute for Casting, …')."""
    return _head_opens(name, ORGANISATION_HEADS)


def _head_opens(name: str, heads: frozenset[str]) -> bool:
    words = [strip_accents(w.casefold()) for w in re.findall(r"[\w’'\-]+", name)]
    return bool(words) and (words[0] in heads or any(w in heads and after in ("of", "for") for w, after in zip(words, words[1:])))


def _pieces(text: str, start: int, end: int, sentence_start: int) -> list[tuple[int, int, bool]]:
    """The names a capitalised span holds: split at 'and' (split_coordination), after an owner's possessive
    when an event, unit or programme follows ("Scottish Renewables' Offshore Wind Conference", the owner flagged) and at the 'of'
    after a person's name ('Cluster manager Sara Quinn of Northwind Robotics'); a leading word that only says what
    the name is 'of' is dropped ('consejero de Industria de la Junta de Andalucía')."""
    out = []
    person_of = re.search(r"[ \u00a0]+(?:of|from|at)[ \u00a0]+(?:the[ \u00a0]+)?", text[start:end])
    person = text[start : start + person_of.start()].split() if person_of else []
    if person_of and looks_like_person(person) and (is_forename(person[0]) or person_cue(text[sentence_start:start], text[start + person_of.start() : end])):
        return [(start, start + person_of.start(), False), *_pieces(text, start + person_of.end(), end, sentence_start)]
    for piece_start, piece_end in split_coordination(text, start, end):
        owned = _POSSESSIVE.search(text, piece_start, piece_end)
        if owned and (_event_headed(text[owned.end() : piece_end]) or _OWNED_HEAD.search(text, owned.end(), piece_end)):
            out += [(piece_start, owned.start(), True), (owned.end(), piece_end, False)]  # "the University of Minnesota's Earl E. Bakken Medical Devices Center": two
        else:
            after_role = ROLE_OF_BEFORE.search(text[max(sentence_start, piece_start - 40) : piece_start]) is not None
            out.append((head_start(text, piece_start, piece_end, after_role), piece_end, False))
    return out


def _event_headed(rest: str) -> bool:
    words = [w.casefold() for w in re.findall(r"[\w’'\-]+", rest)]
    return bool(words) and words[-1] in EVENT_HEADS


def _headed(rest: str) -> bool:
    words = [w.casefold() for w in re.findall(r"[\w’'\-]+", rest)]
    return bool(words) and words[-1] in EVENT_HEADS | ORGANISATION_HEADS | PROGRAMME_HEADS


def _coordinated(text: str, span: tuple[int, int], previous: list[tuple[int, str]]) -> Candidate | None:
    """A name listed right after a place or organisation ('Siemens Gamesa, Ingeteam and Arteche', 'with the
    ITRI (ITRI) and with TSMC', 'Carnegie Robotics; Near Earth Autonomy') is one too."""
    for end, kind in previous:
        if kind in ("place", "organisation", "cluster-organisation") and re.fullmatch(r"(?:[ \u00a0]*\([^)]{1,15}\))?(?:,|;|[,;]? and|,? or|,? &| y| i)(?:[ \u00a0]+(?:with|con|amb))?[ \u00a0]+(?:the[ \u00a0]+)?", text[end : span[0]]):
            name = text[span[0] : span[1]]
            if all(w.casefold() in NOT_NAMES for w in re.findall(r"[\w’'\-]+", name)) or name in DEMONYMS or name.casefold() in HONORIFICS:
                return None  # 'Australia, Dr. Jones': a title
            if re.search(r"\bthe[ \u00a0]+$", text[end : span[0]]) and " " not in name and re.match(r"[ \u00a0]+[a-z]{3,}", text[span[1] : span[1] + 20]):
                return None  # an adjective in an apposition: 'X, the Romanian timber cluster'
            if len(name.split()) <= 4 and not re.match(r"[ \u00a0]+\d", text[span[1] : span[1] + 3]):  # not a street address
                return Candidate(span[0], span[1], name, "organisation" if kind != "place" else "place", None, "listed with a name of the same kind")
    return None


def _title_case(sentence: str) -> bool:
    words = [w for w in re.findall(r"[A-Za-z][\w’'\-]*", sentence) if len(w) > 3]
    return len(words) >= 3 and sum(1 for w in words if w[0].isupper()) >= 0.7 * len(words)


def _strip_connector(text: str, start: int, end: int) -> int:
    while True:
        tail = re.search(r"[ \u00a0]+(?:of|for|and|de|del|la|le|du|des|the|&|[dl]['’])?[ \u00a0]*$", text[start:end])  # "… Vitícola d'" cut before 'ACCIÓ'"
        if not tail or tail.start() == len(text[start:end]):
            return end
        end = start + tail.start()


def _event_name(text: str, found: Candidate, linked: list[Mention]) -> EventName:
    """An event name, extended over "of (the) X" when X is a linked organisation."""
    for mention in linked:
        gap = text[found.end : mention.start]
        if mention.start >= found.end and re.fullmatch(r"[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?", gap):
            return EventName(found.start, mention.end, clean_label(text[found.start : mention.end]), found.detail or "event", mention.entity)
    prefix = re.search(r"(?:\b\d+(?:st|nd|rd|th)|\b(?:first|second|third|fourth|fifth))[ \u00a0]+$", text[max(0, found.start - 12) : found.start])
    start = found.start - (len(prefix.group()) if prefix else 0)
    return EventName(start, found.end, clean_label(text[start : found.end]), found.detail or "event", None)


def _surnames(knowledge: Knowledge, proposals: dict[str, Proposal], linked: list[Mention]) -> list[tuple[str, str]]:
    """Surnames of the people this article names in full, as names of those people."""
    people = {m.entity for m in linked if m.kind == "person"}
    out = [(pid, surname) for pid in people for surname in person_surnames(knowledge.entities[pid].name)]
    out += [(p.id, surname) for p in proposals.values() if p.kind == "person" for surname in person_surnames(p.name)]
    counts: dict[str, int] = {}
    for _, surname in out:
        counts[surname] = counts.get(surname, 0) + 1
    return [(pid, surname) for pid, surname in out if counts[surname] == 1]


def _without_overlaps(items: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    for mention in sorted(items, key=lambda m: (m.start, -(m.end - m.start), m.proposed)):
        if not out or mention.start >= out[-1].end:
            out.append(mention)
    return out

