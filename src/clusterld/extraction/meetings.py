"""Meetings: one meeting event per counterpart ('X met with A, B and C' is three meetings).

The subject is the organisation or person named just before the verb; 'the Danish delegation' is the
organisation (a party of the agreement in focus, or one named before) whose name holds 'Denmark'; when the
sentence says 'the delegation', 'it' or 'los participantes' instead, or a trip goes on 'to meet …', it is
whoever attends (or organises) the mission in focus.
Counterparts are the organisations and people named after the verb, up to the end of the sentence or clause
('to discuss …', 'para …', ', where …'); a person comes with the organisation the sentence gives them a role
in ('Ben Bradford, VP of MassBio'), and that organisation is not a counterpart of its own. Attendees are the
subject and the counterpart, each with their organisation. Each meeting is part of the event in focus.
Roles are drafted before meetings, so the organisations are known. What the parties of the agreement in focus will
hold together ('the two boards will meet in Valga', 'will hold a workshop in Montréal') is their meeting or workshop.
"""

from __future__ import annotations

import re

from clusterld.extraction.context import AGENT, ArticleState, FactDraft, SentenceView, without_appositions
from clusterld.extraction.events import complete_event, event_key, group_parties
from clusterld.extraction.gazetteer import name_key
from clusterld.extraction.lexicon import DEMONYMS

_VERB = re.compile(
    r"\b(?:met|meets|meet|will meet|held (?:talks|meetings|a meeting)|had talks|includes? talks|se reuni(?:ó|eron|rá|rán)|mantuvo reuniones|mantuvieron reuniones|"
    r"es va reunir|es van reunir|es reunirà|es reuniran|es reuneix|(?:held|had) a meeting|mantuvo una reunión|mantuvieron una reunión|va mantenir una reunió|van mantenir una reunió"
    r"|(?<=previsto )(?:un|una) (?:encuentro|reunión)(?= con)|(?<=prevista )una (?:reunión|trobada)(?= (?:con|amb))|(?<=planned )a meeting(?= with))\b(?: (?:with|con|amb))?"
)
_CLAUSE_END = re.compile(r"\.|, (?:where|which|donde|on|who|que)\b|\b(?:to discuss|to explore|in order to|para|per a|per)\b")
_SUBORDINATE = re.compile(r";|, (?=(?:where|which|who|while|when|and|but|donde|on|que|y|i)\b)")
# A list of agents right before the verb, with nobody met 'with': they met each other.
_TOGETHER = re.compile(r"(?:^|[,;] |\b(?:that|when|after|como|cuando) )(?P<list>⟨[OP]\d+⟩(?:(?:,| and| y| i) ⟨[OP]\d+⟩)+) (?:(?:first|already|have|had|has|will|also|regularly|last|primero|ya|se|es|van|va) )*$")
_PREPOSITIONAL = re.compile(rf"\b(?:of|with|to|in|at|de|del|con|amb|a|en|al) (?:the |la |el |l')?{AGENT}(?: \({AGENT}\))?")
_NATIONAL_DELEGATION = re.compile(r"\bthe (?P<adjective>[A-Z][a-z]+) (?:delegation|delegates|companies|participants|group)\b|\b(?:la|les) (?:delegación|delegació|delegaciones|delegacions) (?P<adjective2>[a-zà-ÿ]+)\b")
_DELEGATION = re.compile(r"\b(?:delegation|delegates|participants|it|they|the companies|delegación|delegació|participantes|participants|la comitiva|las empresas|les empreses|los empresarios|els empresaris|business leaders|the programme|the program|el programa|the (?:[A-Z][a-z]+ )?group)\b", re.IGNORECASE)


def extract_meetings(view: SentenceView, state: ArticleState) -> None:
    """Draft one meeting event per counterpart named after a meeting verb."""
    for match in _VERB.finditer(view.masked):
        together = _TOGETHER.search(view.masked[: match.start()])
        if together and not re.match(r"\S* ?(?:with|con|amb)\b", view.masked[match.start() :].split(" ", 1)[-1]):
            _meeting_of(view, state, view.refs(together.group("list"), "OP"))  # 'The two clusters first met …': they met each other
            continue
        subjects = _subjects(view, state, view.masked[: match.start()])
        if not subjects:
            continue
        rest = without_appositions(view.masked[match.end() :])  # 'con AREX, la agencia … del Gobierno de Aragón': AREX alone
        cut = _CLAUSE_END.search(rest)
        named = [r for r in view.refs(rest[: cut.start()] if cut else rest, "OP") if r not in subjects]
        attached = {org for person in named for org in state.organisations_of(person)}
        for other in named:
            if other not in attached:
                _meeting(view, state, subjects, other)


# What the parties of an agreement will hold together next ('In January, the two boards will meet in Valga', 'Their next
# joint meeting is planned in Freiburg', 'the two clusters will hold a workshop in Montréal', 'Les dues entitats preveuen
# celebrar a Bolonya un taller tècnic', 'la mesa de trabajo binacional sesionará por primera vez en Santiago')
_JOINT_GATHERING = re.compile(
    r"\b(?:(?:will meet|are to meet|plan to meet|will first meet|se reunirán|es reuniran|sesionará|sesionarán|sessionarà|(?:next|first) joint meeting|"
    r"(?:primera|próxima) reunión conjunta|(?:primera|propera) reunió conjunta)"
    r"|(?:will hold|are to hold|plan to hold|celebrar|celebrarán|celebraran|organizarán|organitzaran|organizar|organitzar)\b(?:[^.;⟨]|⟨[LD]\d+⟩){0,60}?"
    r"\b(?:a|an|their|un|una) (?:first |joint |primer |primera )?(?P<noun>meeting|workshop|seminar|taller|reunión|reunió|seminario|seminari|jornada técnica|jornada tècnica))\b",
    re.IGNORECASE,
)
_JOINT = re.compile(r"\b(?:their|joint|conjunta|conjunto|conjunt|binacional|bilateral|bilaterals)\b", re.IGNORECASE)


def extract_joint_gatherings(view: SentenceView, state: ArticleState) -> None:
    """Draft the meeting or workshop that the parties of the agreement in focus will hold together, where and when
    the sentence says."""
    gathering = _JOINT_GATHERING.search(view.masked)
    parties = group_parties(view, state) or (list(state.focus_parties()) if gathering and _JOINT.search(view.masked) else [])
    if gathering is None or len(parties) < 2:
        return
    noun = (gathering.group("noun") or "").lower()
    kind = "event" if noun and not noun.startswith(("meeting", "reuni")) else "meeting"
    names = [state.name_of(ref) for ref in parties]
    label = f"{'Meeting' if kind == 'meeting' else 'Workshop'} of {', '.join(names[:-1])} and {names[-1]}"
    fields: dict[str, object] = {"label": {"en": label}, "kind": kind if state.knowledge.has_concept("event-type", kind) else "event", "organizers": parties}
    if kind == "meeting":
        fields["attendees"] = list(parties)
    places = view.refs(view.masked[gathering.start() :], "L") or view.refs(view.masked, "L")
    if places:
        fields["places"] = places
    fact = state.add(FactDraft("event", ("event", event_key(label)), fields, [view.span], 0.6))
    complete_event(fact, view, state, view.masked)


def _meeting_of(view: SentenceView, state: ArticleState, who: list[str]) -> None:
    """One meeting whose attendees are the agents listed as the subject."""
    names = [_name(view, state, ref) for ref in who]
    label = f"Meeting of {', '.join(names[:-1])} and {names[-1]}"
    fields: dict[str, object] = {"label": {"en": label}, "kind": "meeting" if state.knowledge.has_concept("event-type", "meeting") else "event", "attendees": who}
    if state.focus_event:
        fields["super_event"] = state.focus_event[1]
    state.add(FactDraft("event", ("event", event_key(label)), fields, [view.span], 0.6))


def _subjects(view: SentenceView, state: ArticleState, before: str) -> list[str]:
    """Who met: the agent right before the verb; else, for 'the Danish delegation', the organisation named after
    Denmark; else, when the delegation is the subject ('it', 'los participantes', or a trip 'to meet …'), the
    mission in focus."""
    clause = _SUBORDINATE.split(before)[-1]
    direct = re.search(rf"(?P<who>{AGENT})(?:,? [^⟨]{{1,40}}(?:of|at|de|del|d') (?:the )?⟨O\d+⟩,?)?[^⟨]{{0,40}}$", clause)
    delegates = direct and re.search(r"\b(?:delegation|delegates|representatives|delegación|delegació|representantes) (?:of|from|de|del|d') ?(?:the )?$", clause[: direct.start()])
    led = direct and re.search(r"\b(?:led|headed|encabezad[ao]|liderad[ao]|encapçalad[ao]) (?:by|por|per)\b", clause[: direct.start()])
    if led and _DELEGATION.search(clause[: led.start()]):
        direct = None  # 'La delegación, encabezada por la presidenta del clúster, X, se reunió con …': the delegation met
    if direct and (delegates or not re.search(r"\b(?:with|con|amb|of|de)\s+(?:the\s+|la\s+|el\s+)?$|\b(?:with|con|amb|of|de)$|\bd['’]$", clause[: direct.start()])):  # 'the delegation of X met …': X
        return [view.slot(direct.group("who")).ref]
    national = _NATIONAL_DELEGATION.search(before)
    place = DEMONYMS.get(national.group("adjective") or national.group("adjective2")) if national else None
    named = _named_after(state, place) if place else None
    if named:
        return [named]
    mission = _mission_in_view(view, state)
    if mission is None:
        return []
    if _DELEGATION.search(before) or (re.search(r"\bto $", before) and view.span in mission.evidence) or not re.search(AGENT, _PREPOSITIONAL.sub("", before)):
        # 'Mañana visitará la planta de X y se reunirá con Y', 'Allí está previsto un encuentro con Y': no subject but the delegation
        return list(mission.fields.get("attendees") or mission.fields.get("organizers") or [])
    return []


def _mission_in_view(view: SentenceView, state: ArticleState) -> FactDraft | None:
    """The mission in focus; or, when this sentence named an event of its own ('un encuentro con …'), the mission drafted last."""
    focus = state.facts[state.focus_event] if state.focus_event else None
    if focus is not None and focus.fields.get("kind") == "mission":
        return focus
    if focus is not None and view.span in focus.evidence:
        return next((f for f in reversed(list(state.facts.values())) if f.type == "event" and f.fields.get("kind") == "mission"), None)
    return None


def _named_after(state: ArticleState, place: str) -> str | None:
    """The party of the agreement in focus, else the organisation named last, whose name holds the place ('Energy
    Cluster Denmark' for the Danish delegation)."""
    parties = state.focus_parties()
    recent = [m.entity for m in reversed(state.recent) if m.kind in ("organisation", "cluster-organisation")]
    key = f" {name_key(place)} "
    return next((ref for ref in (*parties, *recent) if any(key in f" {name_key(n)} " for n in state.names_of(ref))), None)


def _meeting(view: SentenceView, state: ArticleState, subjects: list[str], other: str) -> None:
    names = [_name(view, state, ref) for ref in (*subjects, other)]
    label = f"Meeting of {' and '.join(names[:-1])} with {names[-1]}"
    organisations = [org for ref in (*subjects, other) for org in state.organisations_of(ref)]
    attendees = list(dict.fromkeys([*subjects, other, *organisations]))
    fields: dict[str, object] = {"label": {"en": label}, "kind": "meeting" if state.knowledge.has_concept("event-type", "meeting") else "event", "attendees": attendees}
    if state.focus_event:
        fields["super_event"] = state.focus_event[1]
    fact = state.add(FactDraft("event", ("event", event_key(label)), fields, [view.span], 0.6))
    if state.focus_event:
        fact.note("Taken as part of the event the article is describing at this point.")


def _name(view: SentenceView, state: ArticleState, ref: str) -> str:
    """How the sentence (or the registry, or the proposal) names an entity."""
    slot = next((s for s in view.slots if s.ref == ref), None)
    if slot is not None:
        return " ".join(state.text[slot.start : slot.end].split())
    entity = state.knowledge.entities.get(ref)
    return entity.name if entity else (state.proposals[ref].name if ref in state.proposals else ref)
