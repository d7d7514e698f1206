"""Observations: a number with what it measures, about which entity, when, with its qualifier.

The entity is the sentence's subject (the first organisation, cluster, programme or place before the number,
not counting a source named after 'according to'/'según'; otherwise the first after it; otherwise the one the
article last named), except in a relative clause on an appositive ('LINK-J, the … network that brings
together 600 …'), which is about the organisation described. Counts of participants or meetings belong to
the event in focus. A rank ('the second biggest … in the USA') is about the cluster the registry
says the named organisation facilitates, when there is one: the organisation stands for its cluster.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from clusterld.extraction.clauses import relative_spans
from clusterld.extraction.context import ArticleState, FactDraft, SentenceView
from clusterld.extraction.cues import MEMBER_ADJECTIVES, MEMBER_NOUNS
from clusterld.extraction.lexicon import ORDINALS, TOOK
from clusterld.extraction.mentions import Mention
from clusterld.extraction.normalise import plain
from clusterld.extraction.numbers import MEETINGS_COUNTED, NumberMention, find_numbers, measure, sentence_stems
from clusterld.extraction.topics import topics_in

_SOURCE = re.compile(r"\b(?:according to|según|segons)[ \u00a0]+(?:the[ \u00a0]+|la[ \u00a0]+|el[ \u00a0]+|l['’])?$", re.IGNORECASE)  # who says, not what is measured
_APPOSITIVE_CLAUSE = re.compile(r",?[ \u00a0]+(?:(?:the|a|an|el|la|un|una|l['’])\b[^,;]{0,80}?\b)?(?:that|which|who|whose|que|qui|cuy[oa]s?)\b")  # '…, cuyas empresas dan trabajo a 36.000 personas': its members'
_TOOK_BEFORE = re.compile(rf"\b{TOOK}\b[^.;]{{0,40}}$")  # 'que llevó a Chile a 16 empresas'
_ATTENDED_BEFORE = re.compile(r"\b(?:asistieron|asistió|assistiren|van assistir|attended|participaron|van participar|took part|amb|con|with)\b[^.;⟨]{0,40}$")
# What comes before a count of who went: the delegation ("La delegación …, integrada por 15 empresas") or their participation.
_TRAVELLERS_BEFORE = re.compile(
    r"\b(?:delegation|delegación|delegació|mission|misión|missió)\b[^.;⟨]{0,60}$"
    r"|\b(?:misión|missió|mission)\b[^.;⟨]{0,80}\b(?:en la que|a la que|on|in which)[ \u00a0]+(?:espera[ \u00a0]+|preveu[ \u00a0]+|expects[ \u00a0]+to[ \u00a0]+)?(?:reunir|portar|llevar|bring|take)[ \u00a0]+(?:a[ \u00a0]+)?(?:una[ \u00a0]+|unas[ \u00a0]+|unes[ \u00a0]+|some[ \u00a0]+)?$"  # 'una misión a Corea …, en la que espera reunir a una quincena de empresas'
    r"|\b(?:con la participación de|amb la participació de|with the participation of|en la que participaron|en la que participan|on van participar)[ \u00a0]+(?:[a-z]+[ \u00a0]+)?$",  # '…, con la participación de una veintena de empresas'
    re.IGNORECASE,
)
# A count of companies, then their going or showing: 'Una quincena de empresas valencianas expondrá …', 'Twelve firms will fly …'
_GOING_AFTER = re.compile(
    r"[^.;⟨]{0,80}?\b(?:expondr\w*|exhibir\w*|exhibit\w*|will exhibit|will travel|will fly|will take part|travel\w*|flew|viajar\w*|viatjar\w*|participar\w*|participaran|participaron|van participar|took part|showcas\w*)\b",
    re.IGNORECASE,
)
# A sentence opening with the members of the organisation the text is about: 'Its member companies employed …'.
_MEMBERS_OPEN = re.compile(
    rf"(?:(?:Its|Their|The|Les|Los|Las|Els|Sus|Seves) (?:member |associated )?(?:companies|firms|members|empreses|empresas|{MEMBER_NOUNS})(?: {MEMBER_ADJECTIVES})?\b"
    r"|(?:Between them|Together|Entre todas|Entre todos|Entre totes|Entre tots|En conjunto|En total|En conjunt),? (?:they|ellas|ellos)?)"  # 'Between them they employ more than 30,000 people'
)
_BELONG_TO = re.compile(r"[^.;⟨]{0,80}?\b(?:belong to|belongs to|are members of|are part of|pertenecen a|pertanyen a|forman parte de|formen part de)[ \u00a0]+(?:the[ \u00a0]+|la[ \u00a0]+|el[ \u00a0]+|l['’])?")
_WITH_OPENING = re.compile(r"(?:With|Con|Amb)[ \u00a0]")
_SOURCE_OPENING = re.compile(r"(?:According to|Según|Segons|De acuerdo con|D'acord amb)[^,;]{1,60}, ")
_COUNT_OF = re.compile(r"[ \u00a0]+(?:[\w\-]+[ \u00a0]+)?(?:members|member companies|companies|partners|firms|socios|miembros|socis|membres|empresas|empreses)[ \u00a0]+(?:of|de|del|d['’])[ \u00a0]*(?:the[ \u00a0]+|la[ \u00a0]+|el[ \u00a0]+|l['’])?")
_IN_PLACE = re.compile(r"[^.;,⟨]{0,60}\b(?:in|en|a)[ \u00a0]+(?:the[ \u00a0]+|la[ \u00a0]+|el[ \u00a0]+)?")  # what a count is of, then the place it is in
_MEMBERS_BEFORE = re.compile(r"\b(?:members?|member firms|member companies|socis|socios|miembros|membres|asociad[oa]s|associad[ea]s|associats)\b", re.IGNORECASE)
_TARGET_BEFORE = re.compile(
    r"\b(?:target|targets|goal|aim|aims|would like|hopes? to reach|wants? to reach|objetivo|objectiu|meta|aspira a|espera llegar a|vol arribar a|quiere llegar a)\b[^.;]{0,40}$",
    re.IGNORECASE,
)
# The verbs of an association that gathers companies: what it counts then are its members
_GATHERS = re.compile(
    r"\b(?:represents|represent|representa|representen|represento|speaks for|spans|span|agrupa|agrupen|reúne|reuneix|aglutina|aplega|brings together|groups|gathers|unites|amb|con)"
    r"(?: a| al voltant de| unas| unes| cerca de| some| around| about| more than| más de| més de| almost| casi| gairebé)*[ \u00a0]+$",
)
_SUBJECT_KINDS = {"cluster", "cluster-organisation", "organisation", "programme", "place"}
_RANK = re.compile(rf"\bthe (?P<ordinal>{'|'.join(ORDINALS)}) (?:biggest|largest|most important|leading|most significant|top)\b(?P<what>[^.;]{{0,80}}?)\bin (?:the )?", re.IGNORECASE)


def extract_observations(view: SentenceView, state: ArticleState, mentions_in_sentence: list[Mention]) -> None:
    """Draft observation facts for the numbers of the sentence that a concept of the ontology measures."""
    start, end = view.span
    relatives = relative_spans(view)
    unnamed = _without_names(state.text, start, end, mentions_in_sentence)
    context = sentence_stems(unnamed)  # once per sentence: a sentence may hold many numbers
    for number in find_numbers(state.text, start, end, decimal_comma=state.language in ("es", "ca")):
        if any(d.start <= number.start < d.end for d in view.dates):
            continue  # part of a date ('20 and 21 of October')
        if _TARGET_BEFORE.search(state.text, max(start, number.start - 50), number.start):
            continue  # 'the target is 150 members by 2028', 'I would like us at 300 members': a goal, not a count
        travellers = _counts_attendees(view, state, number)
        # on the sentence alone: the number's offsets moved to it
        found = measure(replace(number, start=number.start - start, end=number.end - start), unnamed, 0, end - start, state.knowledge, travellers, context)
        if found is None:
            if any(ch.isdigit() for ch in number.surface):
                state.unmatched_numbers.append(f"'{plain(number.surface)}' in: {plain(view.sentence.text)[:140]}")
            continue
        # What a relative clause names is not the subject of a number outside it ('X, which was created under the
        # Marshall Plan, counts 280 members'), nor does its date ('se constituyó en 1997') date the number.
        outside = [s for s in relatives if not s[0] <= number.start < s[1]]
        mentions = [m for m in mentions_in_sentence if not any(s < m.start < e for s, e in outside)]
        about = state.focus_event[1] if travellers and state.focus_event else _about(number, found.indicator, mentions, state, start)
        if about is None:
            continue
        indicator = found.indicator
        if travellers and indicator in ("number-of-member-organisations", "number-of-companies") and state.knowledge.has_concept("indicator", "number-of-participating-companies"):
            indicator = "number-of-participating-companies"  # 'hi ha portat disset empreses associades': members, but counted as those who went
        if state.kind_of(about) == "programme" and indicator == "number-of-companies" and state.knowledge.has_concept("indicator", "number-of-participating-companies"):
            indicator = "number-of-participating-companies"  # the companies a programme counts are those taking part in it
        if state.kind_of(about) in ("cluster-organisation", "organisation") and indicator == "number-of-companies" and _GATHERS.search(state.text, max(start, number.start - 40), number.start):
            indicator = "number-of-member-organisations"  # 'ACMA representa a más de 900 fabricantes', 'speaks for some 600 companies': its members
        companies = re.match(r"[ \u00a0]+(?:companies|firms|empresas|empreses|compañías)\b", state.text[number.end : number.end + 20])
        if state.kind_of(about) == "cluster" and indicator == "number-of-member-organisations" and companies and state.knowledge.has_concept("indicator", "number-of-companies"):
            indicator, found = "number-of-companies", replace(found, unit="companies")  # a cluster (not an organisation) has companies, not members
        fields: dict[str, object] = {"about": about, "indicator": indicator, "value": _number(number.value), "unit": found.unit}
        qualifier = number.qualifier or "exact"
        if state.knowledge.has_concept("qualifier", qualifier):
            fields["qualifier"] = qualifier
        if found.sector and state.knowledge.has_concept("sector", found.sector):
            fields["sector"] = found.sector
        fact = FactDraft("observation", ("observation", about, indicator, str(number.value)), fields, [view.span], 0.6)
        inside = [s for s in relatives if s[0] <= number.start < s[1]]
        _when(fact, view, state, tuple(outside), inside[0] if inside else None)
        state.add(fact)
    _rank(view, state, mentions_in_sentence)


def _without_names(text: str, start: int, end: int, mentions: list[Mention]) -> str:
    """The sentence text[start:end] with its names blanked: 'Silesian Energy Cluster' says nothing of what '150
    members' counts."""
    sentence = text[start:end]
    for mention in mentions:
        if mention.kind != "place":  # 'the Basque region': a place's words may name what is counted
            a, b = mention.start - start, mention.end - start
            sentence = sentence[:a] + "_" * (b - a) + sentence[b:]  # still a word: the windows keep their size
    return sentence


def _counts_attendees(view: SentenceView, state: ArticleState, number: NumberMention) -> bool:
    """The number counts who goes on the mission this sentence drafted: it opens the sentence ('In June, ten member
    companies will travel …', 'A group of 18 suppliers will fly …') or follows the delegation ('La delegación …, integrada
    por 15 empresas'); or who attended another event it drafted ('a la que asistieron representantes de unas 90 empresas')."""
    mission = state.facts.get(state.focus_event) if state.focus_event else None
    if mission is None or MEETINGS_COUNTED.match(state.text, number.end):
        return False  # '80 reunions de negocis' counts meetings, not who went
    if view.span not in mission.evidence:  # 'Una quincena de empresas valencianas expondrá en un estand agrupado': a sentence after the mission's own
        opening = re.fullmatch(r"\W*(?:(?:Un|Una|A|An|Some|Unos|Unas|Uns|Unes)\W+)?", state.text[view.sentence.start : number.start], re.IGNORECASE)
        return bool(opening and _GOING_AFTER.match(state.text, number.end))
    if mission.fields.get("kind") != "mission":  # 'la asamblea …, a la que asistieron representantes de unas 90 empresas': who attended the event
        # '… has brought 24 of its member companies to this year's SMM', 'twelve member companies will exhibit … at productronica'
        near = max(view.sentence.start, number.start - 60)
        return bool(_ATTENDED_BEFORE.search(state.text, near, number.start) or _TOOK_BEFORE.search(state.text, near, number.start) or _GOING_AFTER.match(state.text, number.end))
    dated = [(d.start, d.end) for d in view.dates if d.end <= number.start]
    before = "".join(ch for i, ch in enumerate(state.text[view.sentence.start : number.start], view.sentence.start) if not any(s <= i < e for s, e in dated))
    return bool(re.fullmatch(r"[\W]*(?:(?:In|En|Al|El)\W*)?(?:(?:A|The) (?:group|party|total) of )?", before) or _TRAVELLERS_BEFORE.search(before) or _TOOK_BEFORE.search(before))


def _about(number: NumberMention, indicator: str, mentions: list[Mention], state: ArticleState, sentence_start: int) -> str | None:
    if state.focus_event and any(word in indicator for word in ("particip", "meeting", "attendee", "delegat")):
        return state.focus_event[1]
    before = [m for m in mentions if m.end <= number.start and m.kind in _SUBJECT_KINDS and not _SOURCE.search(state.text[max(0, m.start - 20) : m.start])]
    owner = _COUNT_OF.match(state.text, number.end)
    counted = next((m.entity for m in mentions if owner and m.start == owner.end() and m.kind in _SUBJECT_KINDS - {"place"}), None)
    belong = _BELONG_TO.match(state.text, number.end)
    counted = counted or next((m.entity for m in mentions if belong and m.start == belong.end() and m.kind in _SUBJECT_KINDS - {"place"}), None)
    if counted:
        return counted  # 'A and B are among the 140 members of X', '90 companies … belong to the association': X's
    source = _SOURCE_OPENING.match(state.text, sentence_start)  # "Segons dades de l'entitat, les empreses associades …"
    members_at = source.end() if source else sentence_start
    if _MEMBERS_OPEN.match(state.text, members_at) and not [m for m in before if m.end > members_at] and state.subject_before(sentence_start):
        # 'Les empreses associades ocupen més de 9.500 persones': the members of what the sentence before is about if it is a
        # cluster organisation or what the text is about, else of such an organisation the two before or the text are
        # about (not a ministry or chamber named there)
        main = state.main_subject()
        said = (state.subject_before(sentence_start), state.cluster_before(sentence_start), main)
        return next((ref for ref in said if ref and (ref == main or state.kind_of(ref) == "cluster-organisation")), said[0])
    owners = [m for m in before if m.kind != "place"]
    if owners and _APPOSITIVE_CLAUSE.match(state.text[owners[-1].end : number.start]):
        return owners[-1].entity  # 'LINK-J, the … network that brings together more than 600 …'
    opening = before[0] if before and re.fullmatch(r"\W*(?:(?:The|El|La|L['’]|Els|Los)\s*)?", state.text[sentence_start : before[0].start]) else None
    if "member" in indicator and opening is not None and opening.kind != "place":
        return opening.entity  # 'El Clúster Energía Sostenible, que …, cuenta con el respaldo de la Alcaldía y reúne a 2.500 empresas': the subject
    if "member" in indicator:  # what has members: a programme, then a cluster organisation, then any organisation
        for kind in ("programme", "cluster-organisation", "organisation", "cluster"):
            having = [m for m in before if m.kind == kind]
            if having:
                return having[0].entity
    places_first = any(word in indicator for word in ("state", "world", "national", "region"))  # a share of a state's economy is about the state
    preferred = [m for m in before if (m.kind == "place") == places_first] or ([] if "member" in indicator else before)  # a place has no members
    if preferred:
        return preferred[0].entity
    located = next((m for m in mentions if m.start >= number.end and m.kind == "place"), None)
    members = _MEMBERS_BEFORE.search(state.text, sentence_start, number.start)  # "the network's member firms employed 21,000 people in Normandy": the network's
    if located and "member" not in indicator and not members and _IN_PLACE.fullmatch(state.text, number.end, located.start):
        return located.entity  # 'The report lists more than 250 food start-ups in Switzerland': the country's
    after = [m for m in mentions if m.start >= number.end and m.kind in _SUBJECT_KINDS - {"place"}]
    listed = re.match(r"[^.;]{0,80}?\b(?:among them|entre (?:ellas|ellos|elles|ells))\b", state.text[after[0].start : after[0].start + 90]) if after else None  # 'Eighteen members, A and B among them, …': A is one of them
    # An opening 'With …' phrase may hold several figures: 'Con 52 empresas socias, cerca de 18 mil 700 empleos directos y …, el Clúster …'
    reach = 240 if _WITH_OPENING.match(state.text, sentence_start) else 60
    if after and not places_first and not listed and re.match(rf"[^.;⟨]{{0,{reach}}},[ \u00a0]*(?:the[ \u00a0]+|el[ \u00a0]+|la[ \u00a0]+)?$", state.text[number.end : after[0].start]):
        return after[0].entity  # 'With 150 members, X is …': the subject after the opening phrase
    if "member" in indicator and (subject := state.subject_before(sentence_start)):
        return subject  # 'Constituït el 2011, té la seu a Lleida i aplega 90 socis': the organisation before
    earlier = state.last_of({"place"} if places_first else _SUBJECT_KINDS - {"place"}, before=number.start)
    if earlier:
        return earlier
    after = [m for m in mentions if m.start >= number.end and m.kind in _SUBJECT_KINDS]
    return after[0].entity if after else state.last_of(_SUBJECT_KINDS, before=number.start)


def _when(fact: FactDraft, view: SentenceView, state: ArticleState, skip: tuple[tuple[int, int], ...] = (), within: tuple[int, int] | None = None) -> None:
    """Period for changes over time ('growth from 2000-2009'); else the sentence's date (not one inside a clause
    in `skip`; for a number inside a relative clause, `within`, one in that clause: 'X, which represents 200
    companies, will open an office next year' counts them now); else the article's."""
    changes = any(word in fact.fields["indicator"] for word in ("growth", "rate", "change", "increase"))
    period = [d for d in view.dates if d.kind in ("year-range", "past-years") and d.begin]
    if period and changes:
        fact.fields["period_start"], fact.fields["period_end"] = period[0].begin, period[0].finish
        fact.note(period[0].note)
        return
    dated = [d for d in view.dates if d.begin and d.kind not in ("year-range", "past-years") and not _founding_date(state.text, d.start) and not _compared_date(state.text, d.start) and not any(s < d.start < e for s, e in skip)
             and (within is None or within[0] <= d.start < within[1])]
    if dated and dated[0].begin:
        fact.fields["date"] = dated[0].begin
        fact.note(dated[0].note)
    elif state.article_date is not None:
        fact.fields["date"] = state.article_date.isoformat()
        fact.note(f"No date in the sentence; the reference date is the article date, {state.article_date.isoformat()}.")


def _compared_date(text: str, start: int) -> bool:
    """A date after 'up from 150' dates the number compared with, not the figure ('almost 200, up from 150 two years ago')."""
    return bool(re.search(r"\b(?:up from|down from|compared (?:with|to)|against|frente a|respecto a|en comparación con|davant)\b[^.;,]{0,30}$", text[max(0, start - 45) : start], re.IGNORECASE))


def _founding_date(text: str, start: int) -> bool:
    """A date introduced by a founding word ('Founded in 1985', 'dates from 2018') dates the founding, not the numbers."""
    return bool(re.search(r"(?:founded|established|created|set up|launched|since|inception|formed|born|dates(?: back)?|dating(?: back)?|fundad[oa]|cread[oa]|constituid[oa]|fundat|fundada|creat|creada|constituït|constituïda|desde|néixer|nació|nacid[oa]|nascut|nascuda)\W*(?:in|on|en|el|l['’]any)?\W*$", text[max(0, start - 25) : start], re.IGNORECASE))


def _rank(view: SentenceView, state: ArticleState, mentions: list[Mention]) -> None:
    indicator = next((slug for slug in state.knowledge.concepts.get("indicator", {}) if "rank" in slug), None)
    if indicator is None or not state.knowledge.has_concept("unit", "rank"):
        return
    for match in _RANK.finditer(state.text, *view.span):
        place = next((m for m in mentions if m.start == match.end() and m.kind == "place"), None)
        subject = next((m for m in mentions if m.end <= match.start() and m.kind in _SUBJECT_KINDS - {"place"}), None)
        if place is None or subject is None:
            continue
        about = _cluster_of(subject.entity, state)
        fields: dict[str, object] = {"about": about, "indicator": indicator, "value": ORDINALS[match.group("ordinal").lower()], "unit": "rank", "place": place.entity}
        if state.knowledge.has_concept("qualifier", "exact"):
            fields["qualifier"] = "exact"
        sector = _sector(match.group("what"), state)
        if sector:
            fields["sector"] = sector
        fact = FactDraft("observation", ("observation", about, indicator, str(fields["value"])), fields, [view.span], 0.6)
        if about != subject.entity:
            fact.note("Said of the organisation and recorded for the cluster it facilitates (the organisation stands for its cluster).")
        _when(fact, view, state)
        state.add(fact)


def _cluster_of(ident: str, state: ArticleState) -> str:
    clusters = [e.id for e in state.knowledge.entities.values() if e.kind == "cluster" and ident in e.facilitated_by]
    return clusters[0] if len(clusters) == 1 else ident


def _sector(words: str, state: ArticleState) -> str | None:
    found = topics_in(words, state.knowledge, "sector")
    return found[0] if found else None


def _number(value: Decimal) -> int | float:
    """A YAML number: an int when whole, else a float with the same digits."""
    return int(value) if value == value.to_integral_value() else float(value)
