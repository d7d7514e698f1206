"""Agreements: parties, date, place, the event it was signed during, topics, what it concerns.

A sentence with an agreement word ('agreement', 'memorandum of understanding', 'MoU', 'accord', 'pact',
'partnership' after a signing verb, 'agreed to work together', 'teamed up with', 'joined forces with'; 'acuerdo', 'convenio', 'memorando de
entendimiento', 'acord', 'conveni') and at least two organisations drafts an agreement; later sentences that
say 'the agreement' ('el acuerdo', "l'acord") add their evidence, date, place, event and topics to the
agreement in focus. Parties are the organisations before the signing verb, after 'with'/'con'/'amb' or
'between'/'entre', after the verb when it comes first ('Van signar l'acord la presidenta del CIAC …'), those
whose representatives signed ('signed by X, head of Y'), and the organisation a signatory has a role in. A
sentence that names an agreement but only one party ('KBIC and BioM agreed on Monday …', where the cluster has
no known facilitator) lends its evidence and date to an agreement the next sentence drafts with that party. A
cluster named as a party stands for the organisation the registry says facilitates it.
"""

from __future__ import annotations

import re

from clusterld.extraction.context import ArticleState, FactDraft, SentenceView, without_appositions
from clusterld.extraction.participations import add_participation
from clusterld.extraction.topics import topics_in

_KEYWORD = re.compile(
    r"\b(?:(?:collaboration|cooperation|co-operation|partnership|framework|strategic|bilateral|twinning|joint)[ -])?(?P<kind>agreement|memorandum of understanding|memorandum|MoU|MOU|letter of intent|accord|pact|charter"
    r"|carta de intención|carta de intenciones|carta d'intencions|acuerdo|convenio|memorando de entendimiento|memorándum de entendimiento|memorando|protocolo|acord|conveni|memoràndum d'entesa|memoràndum|protocol)\b"
    r"|\b(?:signed|sign|signs|formed|forged|established|launched|sealed|struck|strikes|inked) (?:a |an |the )?(?:new |strategic |cooperation |partnership )?(?P<kind2>partnership|alliance|deal)\b"
    r"|\bagreed (?:on [^.;]{0,20})?to (?P<kind3>work together|cooperate|co-operate|collaborate|join forces|partner|[a-z]+)\b"
    r"|\b(?:teamed up|teams up|team up|joined forces|joins forces|join forces|partnered|partners|se han aliado|se alía|se alían|s'han aliat|s'alia) (?:with|con|amb)\b(?P<kind4>)"
)
_SIGNING = (
    r"(?:have |has |had |will |officially |formally |han |ha |van |va |hemos |se )*(?:signed|sign|signs|put their names to|put pen to paper on|concluded|concludes|entered into|enter into|formalised|formalized|sealed|renewed|inked|agreed on|agreed|forged|formed|established|launched|teamed up|teams up|joined forces|joins forces|partnered|partners|se han aliado|se alía|se alían|s'han aliat|s'alia"
    r"|firmó|firmaron|firmado|firman|firma|firmarán|suscribió|suscribieron|suscrito|renovaron|renovó|signar|signat|signen|signa|signaran|renovar|subscrit"
    r"|formalizó|formalizaron|formalizado|formaliza|formalitzar|formalitzat|formalitza|rubricó|rubricaron|rubricado|rubricar|rubricat)"
)
# A party may carry its demonym: 'el clúster queretano y Aerospace Valley firmaron …'
_LIST = r"(?:⟨[OC]\d+⟩(?: \(⟨[OC]\d+⟩\))?(?: [a-zà-ÿ]{2,}(?:ano|ana|ense|és|esa|ès|ino|ina|eño|eña|ià|enc|enca))?(?:,? (?:and|&|y|i) (?:l'|la |el )?|, (?:l'|la |el )?)?)+"
_WITH = re.compile(rf"\b(?:with|between|con|amb|entre) (?:the |its |their |la |el |los |las |l'|els |les )?(?:[\w\-]+ ){{0,3}}?(?P<b>{_LIST})")
_ANAPHORA = re.compile(r"\b(?:(?:the|this|that|its|their) (?:agreement|memorandum|MoU|MOU|accord|pact|partnership|alliance|collaboration|cooperation|deal)|(?:el|este|dicho) (?:acuerdo|convenio|memorando|protocolo)|(?:l'|aquest |el )(?:acord|conveni|memoràndum))\b")
_SIGNED_DURING = re.compile(r"\b(?:signed|firmad[oa]|signat|signada|es va fer|se firmó|va tenir lloc) (?:during|at|on the occasion of|in the framework of|within|durante|durant|en el marco de|en el marc de)(?: (?:la|el|the))? (?:[^⟨.;]{0,30})?(?P<event>⟨E\d+⟩)|\b(?:signed|signat|firmad[oa]|signatura|firma)\b[^.;]{0,60}?\b(?:during|durante|durant)\b (?:the |la |el )?(?:[^⟨.;]{0,30})?(?P<event2>⟨E\d+⟩)")
_PLACE = re.compile(r"(?<![OPGLCWE]\d⟩)(?<![OPGLCWE]\d\d⟩)(?<!based)(?<!headquartered)(?<!located)(?<!sede)(?<!seu) (?:in|en|a) (?:the )?(?P<place>⟨L\d+⟩)")  # not "X in Boston" or "X, based in Oslo", which locate X; a date may come before: 'van signar dimarts a Perpinyà'
_SIGNED_BY = re.compile(r"\b(?:signed|firmad[oa]|signat|signada)\b[^.;]{0,80}?\b(?:by|por|per)\b")
_CONCERNS = re.compile(r"\b(?:partner|cooperate|collaborate|work together|work jointly) (?:on|in|around) (?:the |their |its )?(?P<list>(?:⟨[GWE]\d+⟩(?:,? (?:and|&) |, )?)+)")
_PROGRAMME = re.compile(r"\b(?:under|within|as part of|in the framework of) (?:the )?(?P<ref>⟨G\d+⟩)")
_SIGNED_IT = re.compile(r"\b(?:signed|sign|will sign) it\b|\b(?:lo|la) (?:firmamos|firmaron|firmó|firmaremos)\b|\bl'(?:hem|han|ha|vam|van|va) signat\b|\bel (?:vam|van|va) signar\b")


def extract_agreements(view: SentenceView, state: ArticleState) -> None:
    """Draft or complete agreement facts from the sentence."""
    keyword = _KEYWORD.search(view.masked)
    fact = None
    pending, state.pending_agreement = state.pending_agreement, None
    if keyword:
        parties = _parties(view, state)
        if len(parties) >= 2:
            kind = keyword.group("kind") or keyword.group("kind2") or ("cooperation agreement" if keyword.group("kind3") else "partnership" if keyword.group("kind4") is not None else "agreement")
            fact = _draft(view, state, parties, kind)
            if pending is not None and set(pending[1]) & set(parties):  # 'X and Y agreed on Monday … The agreement was signed by …'
                fact.add_evidence(pending[0].span)
                _complete(fact, pending[0], state)
        elif state.focus_agreement is None:
            state.pending_agreement = (view, parties, keyword.group("kind") or "agreement")
    elif pending is not None and pending[1] and (signed := _SIGNED_IT.search(view.masked)):  # 'A cooperation agreement with X. We signed it at …'
        parties = list(dict.fromkeys([*pending[1], *(p for ref in view.refs(view.masked[: signed.start()], "OC")[:1] if (p := _organisation(ref, state)))]))
        if len(parties) >= 2:
            fact = _draft(pending[0], state, parties, pending[2])
            fact.add_evidence(view.span)
            _complete(fact, pending[0], state)
    if fact is None and state.focus_agreement and (_ANAPHORA.search(view.masked) or (keyword and "signed" in view.masked)):
        fact = state.facts[state.focus_agreement]
        fact.add_evidence(view.span)
    if fact is not None:
        _complete(fact, view, state)


def _parties(view: SentenceView, state: ArticleState) -> list[str]:
    """The organisations before the signing verb in its clause, and those after 'with' or 'between'."""
    refs: list[str] = []
    verb = re.search(rf"\b{_SIGNING}\b", view.masked)
    if verb:
        clause = view.masked[: verb.start()]
        clause = clause[max(clause.rfind(". "), clause.rfind("; "), clause.rfind(" - ")) + 1 :]
        clause = without_appositions(clause, closed=True)  # 'the AIDC-EC, a subsidiary of the ECDC, signed': the ECDC signed nothing
        named = view.refs(clause, "OC") or _signatories(view, state, view.refs(clause, "P"))
        if len(set(named)) < 2:  # 'Pop and Marek Hudák, executive director of Košice IT Valley, signed': each signatory's latest organisation
            named = [*named, *(org for person in view.refs(clause, "P") for org in state.organisations_of(person)[-1:])]
        refs += list(dict.fromkeys(named))
        other = _WITH.search(view.masked[verb.end() :])
        if other:
            refs += view.refs(other.group("b"), "OC")
        if not view.refs(clause, "OCP"):  # the verb comes first: 'Van signar l'acord la presidenta del CIAC …'
            refs += view.refs(view.masked[verb.end() :], "OC")
    elif (other := _WITH.search(view.masked)) is not None:  # no verb: 'A cooperation agreement with X, …' (an interview's answer)
        refs += view.refs(other.group("b"), "OC")
    by = _SIGNED_BY.search(view.masked)
    if by and len(set(refs)) < 2:
        refs = view.refs(view.masked[by.end() :], "OC") or _signatories(view, state, view.refs(view.masked[by.end() :], "P"))
    between = re.search(rf"\b(?:between|entre) (?:the |la |el |l')?(?P<list>{_LIST})", view.masked)
    if between and len(set(refs)) < 2:
        refs = view.refs(between.group("list"), "OC")
    parties = [_organisation(ref, state) for ref in refs]
    return list(dict.fromkeys(p for p in parties if p))


def _signatories(view: SentenceView, state: ArticleState, people: list[str]) -> list[str]:
    """The organisations the people signing have a role in (roles drafted so far, this sentence included)."""
    return [org for person in people for org in state.organisations_of(person)]


def _organisation(ref: str, state: ArticleState) -> str | None:
    """The party an id stands for: itself if an organisation; a cluster's single facilitating organisation."""
    kind = state.kind_of(ref)
    if kind in ("organisation", "cluster-organisation"):
        return ref
    entity = state.knowledge.entities.get(ref)
    if kind == "cluster" and entity and len(entity.facilitated_by) == 1:
        return entity.facilitated_by[0]
    return None


def _draft(view: SentenceView, state: ArticleState, parties: list[str], kind: str) -> FactDraft:
    key = ("agreement", frozenset(parties))
    names = [_name(p, state) for p in parties]
    noun = "memorandum of understanding" if kind.lower() in ("mou", "memorandum", "memorandum of understanding") else kind.lower()
    label = f"{' – '.join(names)} {noun}" if state.language == "en" else f"{noun[:1].upper()}{noun[1:]} {' – '.join(names)}"
    fact = state.add(FactDraft("agreement", key, {"label": {state.language: label}, "parties": parties}, [view.span], 0.75))
    state.focus_agreement = key
    return fact


# 'X and Y signed …', 'signed by X and Y', 'el van rubricar X i Y': who signs in person
_SIGNED_IN_PERSON = re.compile(r"\b(?:signed|signs|sign|inked|put on paper|rubricar|rubricaron|rubricó|van rubricar|va rubricar|firmaron|firmó|van signar|va signar|signaren|subscribed)\b")
# 'at X', 'during X', 'en el marco de X': the event the sentence names as where it was signed
_AT_EVENT = re.compile(r"\b(?:at|during|on the sidelines of|durante|durant|en el marco de|en el marc de)(?: (?:the|la|el|l'))? (?P<event>⟨E\d+⟩)")  # not 'a foro …': what it is for


def _signatories_attend(fact: FactDraft, view: SentenceView, state: ArticleState) -> None:
    """The people of the parties who sign in person attend the event it is signed at: the one the sentence names after
    'at' or 'during', else the conference or meeting in focus that the sentences just before describe."""
    if not _SIGNED_IN_PERSON.search(view.masked):
        return
    at = _AT_EVENT.search(view.masked)
    event = view.slot(at.group("event")).ref if at else fact.fields.get("signed_during") or _gathering_just_described(view, state)
    if event is None:
        return
    parties = set(fact.fields["parties"])
    for person in view.refs(view.masked, "P"):
        if parties & set(state.organisations_of(person)):
            add_participation(view, state, person, event, "attendee", 0.6)


def _gathering_just_described(view: SentenceView, state: ArticleState) -> str | None:
    """The conference or meeting in focus, when the sentences just before describe it and this one does not say the
    signing was somewhere else ('firmó en Toronto'); on a trip, who signs went on it already."""
    focus = state.facts[state.focus_event] if state.focus_event else None
    if focus is None or focus.fields.get("kind") == "mission" or _PLACE.search(view.masked):
        return None
    return str(focus.key[1]) if any(view.span[0] - 600 < end for _, end in focus.evidence) else None


def _name(ident: str, state: ArticleState) -> str:
    """The shortest fitting name: an acronym or a one-word alternative name, else the name."""
    if ident in state.knowledge.entities:
        name, names = state.knowledge.entities[ident].name, state.knowledge.entities[ident].names
    elif ident in state.proposals:
        name, names = state.proposals[ident].name, (state.proposals[ident].name, *state.proposals[ident].alt_names)
    else:
        return ident
    short = [n for n in names if n.isupper() or (len(n) < len(name) and " " not in n)]
    return short[0] if short else name


def _complete(fact: FactDraft, view: SentenceView, state: ArticleState) -> None:
    masked = view.masked
    during = _SIGNED_DURING.search(masked)
    if during:
        event = view.slot(during.group("event") or during.group("event2")).ref
        fact.fields.setdefault("signed_during", event)
    if "date" not in fact.fields:
        dated = [d for d in view.dates if d.begin is not None and d.kind not in ("past-years", "year-range")]
        if dated and re.search(r"\bsign|\bagreement\b|\bmemorandum\b|\bMoU\b|\bagreed\b|\bfirm|\bacuerdo\b|\bconvenio\b|\bmemorando\b|\bacord\b|\bconveni\b|\bsubscri", masked):
            first = dated[0]
            if first.begin is not None and first.begin != first.finish:
                fact.fields["date"] = first.begin[:7] if first.begin[:7] == (first.finish or "")[:7] else first.begin[:4]
                fact.note(f"Signed during '{first.surface}', which spans more than one day; the text does not say which, so the date is recorded at {'month' if len(fact.fields['date']) == 7 else 'year'} precision.")
            elif first.begin is not None:
                fact.fields["date"] = first.begin
            fact.note(first.note)
    _signatories_attend(fact, view, state)
    place = _PLACE.search(masked)
    if place and "place" not in fact.fields:
        fact.fields["place"] = view.slot(place.group("place")).ref
    concerns = _CONCERNS.search(masked)
    if concerns:
        current = fact.fields.setdefault("concerns", [])
        current += [r for r in view.refs(concerns.group("list"), "GWE") if r not in current]
    programme = _PROGRAMME.search(masked)
    if programme:
        fact.fields.setdefault("programme", view.slot(programme.group("ref")).ref)
    topics = topics_in(view.sentence.text, state.knowledge, "topic")
    if topics:
        current = fact.fields.setdefault("topics", [])
        current += [t for t in topics if t not in current]
