"""Events, missions and visits (who took part in them is in participations.py).

Named events ('2nd Strategic Meeting of the HT Cluster', '… Summit 2019', 'la jornada Automoció 2030') become
event facts; so do trips ('X travelled to Boston', 'a mission to Japan', 'una misión comercial a Ontario', 'a
delegation … spent this week in Tokyo') and visits; meetings are in meetings.py. The event most recently
drafted is 'in focus': later sentences that say 'the mission', 'this trip', 'durante la misión' or 'during
the week' add to it (programme, organisers, contributors, places visited, sub-events). 'The two clusters'
(or 'les dues entitats', 'both organisations') stands for the parties of the agreement in focus.
"""

from __future__ import annotations

import re

from clusterld.extraction.context import EVENT, ORG, ArticleState, FactDraft, SentenceView
from clusterld.extraction.mentions import EventName
from clusterld.extraction.normalise import slugify
from clusterld.extraction.topics import topics_in

_GROUP = re.compile(r"\b(?:the two|both|both the|les dues|los dos|las dos|ambdues|ambos|ambas|els dos) (?:clusters|organi[sz]ations|partners|parties|associations|entitats|entidades|clústers|clústeres|organitzacions|organizaciones|socis|socios)\b", re.IGNORECASE)
_PART_OF = re.compile(r"\bpart of (?:the |an? )?(?P<ref>⟨[GE]\d+⟩)")
_ORGANISED_BY = re.compile(r"\b(?:[Oo]rgani[sz]ed|[Hh]osted|[Cc]onvened|[Cc]oordinated|run|led|[Oo]rganizad[oa]|[Oo]rganitzat|[Oo]rganitzada|[Cc]oordinad[oa]|[Cc]oordinat|[Cc]oordinada|[Ll]iderad[oa]|[Ll]iderat) (?:by|por|per|pel) (?:the |la |el |l')?(?P<list>⟨[OPG]\d+⟩(?:(?:,? (?:and|&|together with|along with|jointly with) (?:the )?|, (?:the )?)⟨[OPG]\d+⟩|(?: \(⟨[OPG]\d+⟩\)))*)")
_WITH_COLLABORATION = re.compile(r"\bin (?:collaboration|cooperation|partnership|association) with (?:the )?(?P<list>(?:⟨[OP]\d+⟩(?:,? (?:and|&) |, )?)+)")
_VISITED = re.compile(r"\b(?:visited|visit(?! (?:of|by|from)\b)|visits|toured|got to know(?: first-hand)?|went to see|stopped at|started with|visitó|visitaron|visitará|visitarán|va visitar|van visitar|visitarà|visitaran)\b(?P<rest>[^;]*)")
_NEXT_VERB = re.compile(r"\b(?:and|y|i) (?:also |también |també )?(?:held|met|signed|se reuni\w*|es va reunir|firm\w*|va signar)\b")
_HELD_IN = re.compile(r"\b(?:held|took place|takes place|take place|hosted|organi[sz]ed|staged|celebr(?:a|ó|ará|arà|en|aron)|va celebrar|organiz(?:a|ó|ará)|organitz(?:a|arà)|va organitzar)(?: ⟨D\d+⟩)? (?:in|en|a) (?:the )?(?P<place>⟨L\d+⟩)|^(?:[^⟨]|⟨D\d+⟩)*(?:⟨E\d+⟩)[^⟨.]{0,20}\bin (?P<place2>⟨L\d+⟩)|⟨E\d+⟩ (?:in|en) (?P<place3>⟨L\d+⟩)")
_PHRASE_EVENT = re.compile(
    r"(?:\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Aa]|[Aa]n)|(?P<owner>⟨O\d+⟩)['’]s?)(?P<mods>(?: (?:first|second|third|\d+(?:st|nd|rd|th)|annual|joint|international|\d{4}))*(?: (?!(?:and|or|of|for|to|in|on|with|next|last|same|other)\b)[a-z][a-z\-]{3,})??) "  # 'its annual bioeconomy conference'

    r"(?P<head>general assembly|annual meeting|general meeting|next meeting|joint meeting|matchmaking day|matchmaking event|networking event|investor day|innovation day|networking day|open day|b2b meeting|business forum|trade mission|business mission|study visit|conference|summit|workshop|forum|congress|symposium|convention|event|gathering|breakfast seminar|seminar|webinar series|webinar)"
    r"(?: (?:for|on) (?P<topic>[a-z][a-z ]{2,30}?))?(?: of (?:the )?(?P<of>⟨O\d+⟩))?(?=[ ,.;]|$)"
)
# 'la jornada inaugural' is a day of the fair in view, no event of its own
_PHRASE_EVENT_ROMANCE = re.compile(
    r"\b(?:(?:[Uu]n|[Uu]na|[Ee]l|[Ll]a|[Ss]u|[Ll]a seva|[Ee]l seu) |[Ll]')(?:(?:próxima|próximo|primera|primer|nueva|nuevo|segunda|propera|proper|nova|nou|segona) )?"
    r"(?P<head>foro|fòrum|feria|fira|jornada(?! (?:inaugural|de cloenda|de clausura|final|següent|siguiente))|encuentro|trobada|reunión|reunió|congreso|congrés|asamblea general|assemblea general|asamblea|assemblea|cumbre|cimera|taller|rueda|ronda(?= de negocios))"
    r"(?P<mods>(?: (?!entre\b|con\b|amb\b|en\b)[a-záéíóúàèòç]+){0,2}?)(?: (?:de|sobre) [a-záéíóúàèòç]+(?: (?!entre\b|con\b|amb\b|en\b)[a-záéíóúàèòç]+)?)?(?: (?:del|de la|de l'|de) (?P<of>⟨O\d+⟩))?(?=[ ,.;]|$)"
)
_BUSINESS_MEETINGS = re.compile(r"\b(?:rueda|ronda|jornada) de (?:negocios|negocis)\b|\b(?:b2b|matchmaking|networking)\b", re.IGNORECASE)
_PHRASE_KINDS = (("investor day", "conference"), ("matchmaking", "meeting"), ("networking", "meeting"), ("b2b", "meeting"), ("innovation day", "conference"), ("mission", "mission"), ("visit", "mission"), ("conference", "conference"), ("summit", "conference"), ("forum", "conference"), ("workshop", "training"),
                 ("congress", "conference"), ("symposium", "conference"), ("convention", "conference"),
                 ("foro", "conference"), ("fòrum", "conference"), ("jornada", "conference"), ("congr", "conference"), ("cumbre", "conference"), ("cimera", "conference"),
                 ("feria", "event"), ("fira", "event"), ("encuentro", "meeting"), ("trobada", "meeting"), ("reuni", "meeting"), ("taller", "training"),
                 ("event", "event"), ("gathering", "event"), ("seminar", "event"), ("webinar", "event"))
_HOLDS = re.compile(rf"(?P<org>{ORG})(?: \({ORG}\))?(?: [^⟨.;,]{{0,20}}?)? (?:will |is to |plans to |is set to )?(?:hold|holds|held|host|hosts|hosted|organi[sz]es?|organi[sz]ed|convenes?|convened|celebra|celebró|celebrará|organiza|organizó|organizará|organitza|organitzarà|celebrarà|va celebrar|va organitzar)(?: ⟨D\d+⟩)?(?: (?:in|en|a) ⟨L\d+⟩)?(?: ⟨D\d+⟩)? $")
_HOSTS = re.compile(rf"(?P<org>{ORG}) (?:will |is to |plans to |is set to )?(?:co-)?(?:organi[sz]ed|organi[sz]es?|hosted|hosts?|held|holds?|convened|convenes?|stages?|staged) (?:the |its )?(?:[^⟨.;]{{0,20}}?)(?P<what>{EVENT})(?: (?:together )?with (?:the )?(?P<partner>{ORG}))?")


def event_key(label: str) -> str:
    """The reference an event fact is known by while drafting."""
    return slugify(label, limit=70)


def draft_named_event(name: EventName, state: ArticleState) -> str:
    """An event fact for a named event; returns its key. A fair named in capitals with its city is one event however
    the city is written ('l'ISPO de Munic' in a headline, 'ISPO Munich' below)."""
    capitals = re.match(r"[A-Z]{3,}[ \u00a0]", name.label)
    same = next((f.key[1] for f in state.facts.values() if f.type == "event" and _label(f).startswith(capitals.group())), None) if capitals else None
    ref = same or event_key(name.label)
    kind = name.kind if state.knowledge.has_concept("event-type", name.kind) else "event"
    fields: dict[str, object] = {"label": {state.language: name.label}, "kind": kind}
    if name.of_entity and state.kind_of(name.of_entity) in ("organisation", "cluster-organisation", "programme", "person"):
        fields["organizers"] = [name.of_entity]
    fact = state.add(FactDraft("event", ("event", ref), fields, [], 0.7))
    if name.of_entity and "organizers" in fields:
        fact.note(f"'{name.label}': the organisation it is 'of' is taken as organiser.")
    return ref


def _label(fact: FactDraft) -> str:
    return next(iter(fact.fields.get("label", {}).values()), "")


def extract_events(view: SentenceView, state: ArticleState) -> None:
    """Draft and complete the named events of the sentence and the events it names by a common noun."""
    for token in re.findall(EVENT, view.masked):
        ref = view.slot(token).ref
        complete_event(state.facts[("event", ref)], view, state, view.masked)
        state.focus_event = ("event", ref)
    _phrase_events(view, state)


def _phrase_events(view: SentenceView, state: ArticleState) -> None:
    """Events named by a common noun ('the annual general assembly of X', 'a matchmaking day … in Hamburg',
    'un foro binacional de proveedores en 2024') when the sentence also says whose, where or when."""
    for match in (*_PHRASE_EVENT.finditer(view.masked), *_PHRASE_EVENT_ROMANCE.finditer(view.masked)):
        places = view.refs(view.masked[match.end() :], "L")[:1]
        dated = [d for d in view.dates if d.begin and d.kind not in ("past-years", "year-range")]
        of_token = match.group("of") or (match.group("owner") if match.re is _PHRASE_EVENT else None)  # "… of X", "X's annual investor day"
        owner = view.slot(of_token).ref if of_token else None
        holder = _HOLDS.search(view.masked[: match.start()])  # 'X will hold its annual forum …': X organises it
        owner = owner or (view.slot(holder.group("org")).ref if holder else None)
        indefinite = re.match(r"(?:[Uu]na?|[Aa]n?) ", match.group())  # 'La trobada, organitzada per …' is the event in view
        organised = _ORGANISED_BY.match(view.masked[match.end() :].removeprefix(",").lstrip()) if indefinite else None  # 'una jornada de negocios organizada por X'
        if organised and owner is None:
            owner = next(iter(view.refs(organised.group("list"), "O")), None)
        if owner is None and re.match(r"(?:[Ii]ts|[Tt]heir|[Ss]u|[Ll]a seva|[Ee]l seu)\b", match.group()):
            owner = next(iter(view.refs(view.masked[: match.start()], "O")), None)  # 'El clúster va reunir 150 persones en la seva jornada anual'
        if not (owner or places or dated) or (owner is None and re.search(EVENT, view.masked)):
            continue
        if match.group("head") in ("event", "gathering") and state.focus_event:
            continue  # 'the event' with an event in view is that event
        head = match.group("head").lower()
        named = " ".join(state.text[view.slot(of_token).start : view.slot(of_token).end].split()) if of_token else None
        if match.re is _PHRASE_EVENT:
            words = " ".join(w for w in (match.group("mods").strip(), head, f"for {match.group('topic')}" if match.group("topic") else "") if w)
            label, language = f"{words[0].upper()}{words[1:]}" + (f" of {named}" if named else ""), "en"
        else:
            words = view.masked[match.start("head") : match.start("of") if match.group("of") else match.end()].strip()
            label, language = f"{words[0].upper()}{words[1:]}" + (f" {named}" if named else ""), state.language
        business = _BUSINESS_MEETINGS.search(match.group())  # 'una rueda de negocios', 'a B2B matchmaking event': meetings between companies
        kind = "meeting" if business else next((k for word, k in _PHRASE_KINDS if word in head), "meeting")
        if kind == "meeting" and not business and re.match(r" (?:de|d') ?(?!(?:la|el|los|las|les|els|l')\b)[a-záéíóúàèòç]+", view.masked[match.end("head") :]) and not re.search(r"\b(?:between|entre)\b", view.masked[match.end() :]):
            kind = "conference"  # 'un encuentro de proveedores': a gathering of many, not a meeting of two parties
        fields: dict[str, object] = {"label": {language: label}, "kind": kind if state.knowledge.has_concept("event-type", kind) else "event"}
        if owner and state.kind_of(owner) in ("organisation", "cluster-organisation"):
            fields["organizers"] = [owner]
        fact = state.add(FactDraft("event", ("event", event_key(label)), fields, [view.span], 0.6))
        complete_event(fact, view, state, view.masked)
        if places:
            extend(fact, "places", places)
        between = kind == "meeting" and re.match(r"[^.;⟨]{0,40}?\b(?:between|entre)\b", view.masked[match.end() :])
        extend(fact, "attendees" if between else "organizers", group_parties(view, state))  # 'la reunión entre ambos clústeres
        trip = state.facts.get(state.focus_event) if business and state.focus_event else None
        if trip is not None and trip.fields.get("kind") == "mission" and trip is not fact:  # a round of business meetings on the trip: the delegation's
            fact.fields.setdefault("super_event", trip.key[1])
            extend(fact, "attendees", list(trip.fields.get("attendees", [])))
        state.focus_event = ("event", event_key(label))


def group_parties(view: SentenceView, state: ArticleState) -> list[str]:
    """The organisations a plural of the sentence stands for ('the two clusters', 'both organisations', 'They');
    else, when it says so, the parties of the agreement in focus."""
    spans = [(s.start, s.end) for s in view.slots]
    group = [s.ref for s in view.slots if spans.count((s.start, s.end)) > 1]
    if group:
        return group
    return list(state.focus_parties()) if _GROUP.search(view.masked) else []


def complete_event(fact: FactDraft, view: SentenceView, state: ArticleState, masked: str) -> None:
    """Add what the sentence says about an event: dates, places, programme, organisers, visits, topics."""
    fact.add_evidence(view.span)
    dated = [d for d in view.dates if d.kind not in ("year", "year-range", "past-years")]
    if dated and "start" not in fact.fields:
        first = dated[0]
        fact.note(first.note)
        if first.begin is not None:
            fact.fields["start"], fact.fields["end"] = first.begin, first.finish
    for match in _HELD_IN.finditer(masked):
        token = match.group("place") or match.group("place2") or match.group("place3")
        extend(fact, "places", [view.slot(token).ref])
    part_of = _PART_OF.search(masked)
    if part_of:
        slot = view.slot(part_of.group("ref"))
        if slot.kind == "programme":
            fact.fields.setdefault("programme", slot.ref)
        elif ("event", slot.ref) != fact.key:
            fact.fields.setdefault("super_event", slot.ref)
    for match in _ORGANISED_BY.finditer(masked):
        extend(fact, "organizers", view.refs(match.group("list"), "OPG"))
        if fact.fields.get("kind") == "mission" and not fact.fields.get("attendees"):  # 'la comitiva, coordinada por X': X's delegation
            extend(fact, "attendees", view.refs(match.group("list"), "O")[:1])
    for match in _WITH_COLLABORATION.finditer(masked):
        extend(fact, "contributors", view.refs(match.group("list"), "OP"))
    for match in _HOSTS.finditer(masked):
        if view.slot(match.group("what")).ref == fact.key[1]:  # 'X co-organised the Y Day with Z': both organise it
            extend(fact, "organizers", [view.slot(match.group(g)).ref for g in ("org", "partner") if match.group(g)])
    visited = _VISITED.search(masked)
    if visited and fact.fields.get("kind") == "mission":
        rest = _NEXT_VERB.split(visited.group("rest"))[0]  # 'toured X and held talks with Y': Y is met, not visited
        extend(fact, "visited", view.refs(rest, "OGL"))
    extend(fact, "topics", topics_in(view.sentence.text, state.knowledge, "topic"))


def extend(fact: FactDraft, name: str, values: list[str]) -> None:
    if values:
        current = fact.fields.setdefault(name, [])
        current += [v for v in values if v not in current]
