"""Missions: trips to a place and delegations, and what later sentences add to the mission in focus.

A trip ('X travelled to Boston', 'ten companies will travel with X to Lyon', 'a mission to Japan', 'una misión
comercial a Ontario', 'a delegation … spent this week in Tokyo', 'A TSIA delegation is expected at …') is a
mission to that place, attended by the organisations and people named before the verb or travelling 'with'. A
delegation led by someone ('The Dutch delegation was led by X's managing director', 'La delegación … estuvo
encabezada por el presidente del clúster') is a mission organised and attended by the organisation that leads it
(a person's organisation, from a drafted role), in the place of the agreement or event in focus; when a mission
is in focus already, it is that mission. Later sentences that say 'the mission', 'this trip', 'during the week',
or whose subject 'it'/'they' does what delegations do ('it toured …'), add to the mission in focus.
"""

from __future__ import annotations

import re

from clusterld.extraction.context import EVENT, ArticleState, FactDraft, SentenceView
from clusterld.extraction.events import complete_event, event_key, extend, group_parties
from clusterld.extraction.lexicon import EVENT_NOUN_KINDS, TOOK

# 'plans to bring a group of Finnish companies to', 'ha portat disset empreses associades a': then where to
_TAKES = r"\b(?:bring|brings|bringing|brought|will bring|take|takes|taking|will take|took|has taken|ha portat|han portat|va portar|portarà|ha llevado|llevó|llevará|lleva) (?:[^⟨.;]{1,50}? )?"
_COMPANY_NOUNS = (  # who a delegation is made of
    r"companies|firms|members|member companies|suppliers|businesses|exporters|start-?ups|empresas|empreses|firmas|firmes|socios|socis|proveedores|proveïdors|empresarios|empresaris|exportadores"
)
_TO = r"(?: [a-zà-ÿ]+)? (?:to|a|al) (?:the |la |el )?"
_TRAVEL = re.compile(
    r"\b(?:travel(?:l)?ed|travels|will travel|went|flew|will fly|headed|journeyed|(?:trade |business |study |economic )?(?:mission|trip|delegation|tour|visit)(?: of [^⟨.;,]{1,40}?)?)"
    r"(?: ⟨D\d+⟩)?(?: (?:together )?with (?:the )?(?P<with>⟨[OP]\d+⟩))? to (?:the )?(?P<place>⟨L\d+⟩)(?:(?: ⟨D\d+⟩)? with (?:the )?(?P<with2>⟨[OP]\d+⟩))?"
    r"|\b(?:delegation|mission)\b[^.;⟨]{0,60}(?:⟨[OPL]\d+⟩[^.;⟨]{0,40})?\b(?:spent|was|were|arrived|arrives|will arrive|landed|lands|will land|is expected|are expected|will be)\b"
    r"(?:[^⟨.;]|⟨D\d+⟩){0,60}?\b(?:in|at|across|around) (?:the )?(?P<place2>⟨L\d+⟩)"
    r"|\b(?:viaj(?:ó|aron|ará|arán|a|an)|se desplaz(?:ó|aron|ará|arán)|va viatjar|van viatjar|viatjarà|viatjaran|(?:misi[óo]n?|viaje|visita|delegaci[óo]n?|missió|viatge|delegació)"
    r"(?: comercial| empresarial| institucional| conjunta| de negocios)?(?: de [^⟨.;,]{1,30}?)?)(?: ⟨D\d+⟩)?(?: (?:amb|con) (?:la |el |l')?(?P<with3>⟨[OP]\d+⟩))? (?:a|al) (?:la |el )?(?:(?:provincia|región|ciudad|regió|ciutat|província)(?: [a-záéíóúàèòç]+)? (?:de |d['’]))?(?P<place3>⟨L\d+⟩)"
    # 'una misión empresarial que … llevó a Chile a 16 empresas', 'a mission that took 12 firms to Japan'
    rf"|\b(?:mission|delegation|misi[óo]n|delegaci[óo]n|missió|delegació)\b[^.;]{{0,140}}?\b{TOOK} (?:[^⟨.;]{{0,30}}? )?(?:to|a) (?:la |el )?(?P<place4>⟨L\d+⟩)"
    # 'plans to bring a group of Finnish companies to Karlstad', 'will take around a dozen member companies to Taipei'
    rf"|{_TAKES}(?:delegation|group|{_COMPANY_NOUNS}){_TO}(?P<place6>⟨L\d+⟩)"
    # 'A delegation from X visited Leeds on 4 March', 'una misión de empresas socias de X visitará Querétaro'
    r"|\b(?:delegation|mission|delegación|misión|delegació|missió) (?:from|of|de|del|d') ?(?:the |la |el )?(?:(?:[a-zà-ÿ]+ ){1,3}(?:from|of|de|del|d') ?(?:the |la |el )?)?(?P<guest>⟨O\d+⟩)(?: \(⟨O\d+⟩\))?,? "
    r"(?:visited|toured|came to|travelled to|traveled to|arrived in|will visit|visits|is visiting|was visiting|visitó|visitaron|visita|visitan|va visitar|van visitar|visitará|visitarán|visitarà|visitaran)(?: ⟨D\d+⟩)? (?:the )?(?P<place7>⟨L\d+⟩)"  # 'Una delegación del X (ACR) visita esta semana Y'
    # 'we take our own delegation to Korea International Water Week in Daegu'
    r"|\b(?:mission|delegation|misi[óo]n|delegaci[óo]n|missió|delegació) (?:to|a) (?:the |la |el )?⟨E\d+⟩,? (?:in|en|a) (?P<place5>⟨L\d+⟩)"
    # 'The cluster will take a delegation of 15 member companies to London Tech Week', '… lead a delegation … to the ONE Conference in The Hague'
    r"|\b(?:take|takes|took|will take|lead|leads|led|will lead|bring|brings|brought|will bring|send|sends|sent|will send) (?:a |an |its |their )?(?:[\w\-]+ )?(?:delegation|mission|group) of [^⟨.;]{1,50}? to (?:the )?(?P<event>⟨E\d+⟩)(?:,? (?:in|at) (?:the )?(?P<place8>⟨L\d+⟩))?"
    # 'una misión empresarial que AEICE organizará en Oporto', 'a trade mission that X will organise in Porto'
    r"|\b(?:misi[óo]n|missió|mission)(?: comercial| empresarial| institucional| de negocios| trade| business)? (?:que|that) (?:el |la |l')?(?P<org9>⟨O\d+⟩) (?:organizará|organiza|organizó|organitzarà|organitza|va organitzar|will organi[sz]e|organi[sz]es|organi[sz]ed)(?: ⟨D\d+⟩)?(?:(?:[^⟨.;]|⟨[OD]\d+⟩){0,80}?)? (?:en|a|in|to) (?:la |el )?(?P<place9>⟨L\d+⟩)"
    # 'una delegación de doce bodegueros que recorrió Mendoza', "una delegació … que va recórrer Sevilla"
    r"|\b(?:delegaci[óo]n|misi[óo]n|delegació|missió)\b[^.;⟨]{0,80}?\bque (?:recorrió|recorrerá|recorre|recorrieron|va recórrer|van recórrer|recorrerà|visitó|visitará|visitaron|va visitar|van visitar|visitarà) (?:la |el )?(?P<place10>⟨L\d+⟩)"
    # 'X has brought a delegation of 18 Welsh companies to this year's airshow', "L'entitat hi ha portat disset empreses": to the fair in focus
    r"|\b(?:has brought|brought|is bringing|has taken|took|is taking) (?:a |an |its )?(?:[\w\-]+ )?(?:delegation|group) of [^⟨.;]{1,40}? to (?:⟨D\d+⟩['’]s|this year's|the|this) (?:[a-z]+ )?(?P<here>airshow|show|fair|exhibition|expo|congress|market|summit|event)\b"
    r"|\b(?P<here2>hi) (?:ha portat|han portat|va portar|portarà|porta) (?:una delegació|un grup|[^⟨.;]{1,30}? (?:empreses|companyies|productores|firmes|socis|entitats)\b)"
    # 'plans to take about 15 member companies to Latitude59': to an event (a delegation taken to an event is read above, with its place)
    rf"|{_TAKES}(?:{_COMPANY_NOUNS}){_TO}(?P<event6>⟨E\d+⟩)"
    # 'The 38-strong party, drawn from 21 Japanese companies, was brought to Scotland by the JWPA': whoever brought it sent it
    r"|\b(?:delegation|party|group|delegación|comitiva|grupo|delegació|grup)\b[^.;⟨]{0,80}?\b(?:was|were|has been|have been|fue|va ser) (?:brought|taken|led|traíd[oa]|llevad[oa]|portad[oa]|portat)"
    r" (?:to|a|al) (?:the |la |el )?(?P<place11>⟨L\d+⟩)(?: (?:by|por|per) (?:the |la |el |l')?(?P<by11>⟨O\d+⟩))?"
)
# 'a delegation of 19 Estonian companies', 'una delegació de sis empreses italianes', 'a mission of about 15 Ohio
# companies': a mission however the sentence goes on; where to, if it says, else where the article's agreement or event was
_COUNTED_DELEGATION = re.compile(
    r"\b(?:delegation|delegación|delegació|comitiva|mission|misión|missió)(?: comercial| empresarial| trade| business)? (?:of|de|d') ?"
    r"(?:(?:about|around|some|roughly|nearly|almost|more than|over|unos|unas|una|un|cerca de|más de|uns|unes|més de|prop de) )?(?:\d+|[a-zà-ÿ\-]+)(?: de| d')? "
    rf"(?:(?:[\w\-]+|⟨L\d+⟩) ){{0,2}}?(?:{_COMPANY_NOUNS})\b",
    re.IGNORECASE,
)
_COUNTED_DESTINATION = re.compile(r"^[^.;]*?\b(?:to|a|al|en|in|at) (?:the |la |el |l')?(?P<to>⟨[LE]\d+⟩)")
_PUT_TOGETHER = re.compile(r"^,? (?:which|that|que) (?:the |el |la |l')?(?P<org>⟨O\d+⟩) (?:put together|organi[sz]ed|organi[sz]es|organizó|organiza|organitza|va organitzar|led|encabezó|lidera|va encapçalar)\b")
_ORGANISED_BY = re.compile(r"\b(?:organi[sz]ed|organizad[oa]|organitzad[oa]) (?:by|por|per|pel)(?: the| el| la| l')? ?(?P<org>⟨O\d+⟩)")
_HOSTED = re.compile(
    r"(?P<host>⟨O\d+⟩) (?:has |will )?(?:hosted|hosts|host|welcomed|welcomes|welcome|received|receives|recibió|recibirá|acogió|acogerá|va rebre|va acollir|rebrà|acollirà) "
    r"(?:[^⟨.;]{0,20}? )?(?:delegation|delegación|delegació|mission|misión|missió) (?:from|of|de|del|d') ?(?:the |la |el )?(?P<guest>⟨O\d+⟩)"
)
_LED = re.compile(
    r"\b(?:delegation|mission|delegación|misión|delegació|missió)\b[^.;⟨]{0,60}?\b(?:led|headed|organi[sz]ed|encabezad[oa]|liderad[oa]|presidid[oa]|dirigid[oa]|encapçalad[oa]|liderat|organizad[oa]|organitzad[oa])"
    r" (?:by|por|per|pel) (?P<rest>[^.;]*)"
)
_ANAPHORA = re.compile(r"\b(?P<article>the|this|that|our|its|during the|la|el|una|a|esta|este|aquesta|aquest|durante la|durante el|durant la|durant el)(?: [\w\-]+){0,2}? (?P<noun>mission|trip|visit|delegation|initiative|tour|journey|week|event|edition|stay|meeting|conference|summit|forum|misión|viaje|visita|delegación|comitiva|jornada|missió|viatge|delegació)\b", re.IGNORECASE)
_SPEECH = re.compile(r"\b(?:said|says|told|explained|added|announced|stated|noted|confirmed|dijo|explicó|afirmó|señaló|indicó|anunció|va dir|va explicar|va afirmar|va anunciar)\b(?: that| que)?")
# 'Besides the trade fair, it toured …': a pronoun doing what delegations do.
_PRONOUN_TRIP = re.compile(r"^(?:[^,⟨]{0,40}, )?(?:it|they|It|They) (?:also )?(?:toured|visited|met|held|travel(?:l)?ed|went|stopped|continued)\b")


def extract_missions(view: SentenceView, state: ArticleState) -> None:
    """Draft a mission from a trip, a led or a hosted delegation, or add the sentence to the mission in focus."""
    masked = view.masked
    travel = _TRAVEL.search(masked)
    led = _LED.search(masked)
    hosted = _HOSTED.search(masked)
    if travel:
        _trip(view, state, travel)
    elif hosted:
        _hosted_delegation(view, state, hosted)
    elif led:
        _led_delegation(view, state, led)
    elif counted := _COUNTED_DELEGATION.search(masked):
        _counted_delegation(view, state, counted)
    elif state.focus_event and not re.search(EVENT, masked) and _refers_to_focus(masked, state):
        complete_event(state.facts[state.focus_event], view, state, masked)


def _refers_to_focus(masked: str, state: ArticleState) -> bool:
    """'the mission', 'this trip', 'during the week' … naming an event of the kind in focus; 'it toured' for a mission."""
    kind = state.facts[state.focus_event].fields.get("kind") if state.focus_event else None
    if kind == "mission" and _PRONOUN_TRIP.search(masked):
        return True
    for match in _ANAPHORA.finditer(masked):
        wanted = EVENT_NOUN_KINDS.get(match.group("noun").lower())
        indefinite = match.group("article").lower() in ("a", "una")  # 'una misión comercial' told again: only a noun of the kind in focus
        if (wanted is None and not indefinite) or wanted == kind:
            return True
    return False


def _trip(view: SentenceView, state: ArticleState, travel: re.Match[str]) -> None:
    token = next((travel.group(g) for g in ("place", "place2", "place3", "place4", "place5", "place6", "place7", "place8", "place9", "place10", "place11") if travel.group(g)), None)
    if travel.group("here") or travel.group("here2"):  # the fair the article is about
        event = _fair_before(state, travel.group("here") or "")
        if event is None:
            return
        name = next(iter(event.fields["label"].values()))
    else:
        destination = view.slot(token or travel.group("event") or travel.group("event6"))  # a place, or the event the delegation goes to
        name = state.text[destination.start : destination.end]
        event = state.facts.get(("event", destination.ref)) if token is None else None
    places = [view.slot(token).ref] if token else list(event.fields.get("places", [])) if event else []  # a place, else the event's
    place = places[0] if places else None
    ref = event_key(f"mission to {name}")
    fields: dict[str, object] = {"label": {"en": f"Mission to {' '.join(name.split())}"}, "kind": _kind(state)}
    if places:
        fields["places"] = places
    before = view.masked[: travel.start()]
    speech = list(_SPEECH.finditer(before))
    before = before[speech[-1].end() :] if speech else before  # 'X said the cluster would send …': X speaks, the cluster travels
    clause = max((m.end() for m in re.finditer(r", (?:after|when|before|while|once)\b", before)), default=0)
    if clause and not view.refs(before[clause:], "OP") and re.search(r"\b(?:its|their)\b", before[clause:] + travel.group()):
        before = before[:clause]  # 'A will work with B, after a delegation of its member companies travelled …': A's
        attendees = view.refs(before, "O")[:1]
    else:
        attendees = view.refs(before[clause:], "OP") or view.refs(before, "OP") or group_parties(view, state)
        attendees = attendees or (_subject(view, state) if travel.group("here2") else [])  # "L'entitat hi ha portat …"
    attendees += [view.slot(travel.group(g)).ref for g in ("with", "with2", "with3", "guest", "by11") if travel.group(g)]  # 'will fly to Montreal next month with Aviation Valley'
    phrased = state.facts.get(state.focus_event) if state.focus_event else None
    if phrased is not None and phrased.fields.get("kind") == fields["kind"] and view.span in phrased.evidence:
        extend(phrased, "places", [place] if place else [])  # 'A trade mission organised by X took 12 companies to Tokyo': the mission the sentence named
        extend(phrased, "attendees", attendees)
        complete_event(phrased, view, state, view.masked)
        return
    if attendees:
        fields["attendees"] = attendees
    organised = _ORGANISED_BY.search(travel.group())  # 'Una missió comercial organitzada pel clúster va portar …'
    organiser = organised.group("org") if organised else travel.group("org9") or travel.group("guest") or travel.group("by11")  # '… que AEICE organizará en Oporto', 'a delegation of X': X's own
    if organiser:
        fields["organizers"] = [view.slot(organiser).ref]
    fact = state.add(FactDraft("event", ("event", ref), fields, [view.span], 0.7))
    complete_event(fact, view, state, view.masked)
    state.focus_event = ("event", ref)


def _hosted_delegation(view: SentenceView, state: ArticleState, hosted: re.Match[str]) -> None:
    """'X hosted a delegation from Y last week': Y's mission, visiting X."""
    guest, host = view.slot(hosted.group("guest")).ref, view.slot(hosted.group("host")).ref
    label = f"Delegation of {state.name_of(guest)}"
    fields: dict[str, object] = {"label": {"en": label}, "kind": _kind(state), "attendees": [guest], "visited": [host]}
    places = view.refs(view.masked, "L")[:1]
    if places:
        fields["places"] = places
    fact = state.add(FactDraft("event", ("event", event_key(label)), fields, [view.span], 0.6))
    complete_event(fact, view, state, view.masked)
    state.focus_event = fact.key


def _led_delegation(view: SentenceView, state: ArticleState, led: re.Match[str]) -> None:
    """'The Dutch delegation was led by X's managing director': X organises and attends the mission."""
    leader = view.refs(led.group("rest"), "OP")[:1]
    leaders = [org for ref in leader for org in ([ref] if state.kind_of(ref) in ("organisation", "cluster-organisation") else state.organisations_of(ref))]
    leaders += [r for r in view.refs(view.masked[: led.start()], "O") if r not in leaders]  # 'An Acme delegation led by …'
    if not leaders:
        return
    focus = state.facts.get(state.focus_event) if state.focus_event else None
    if focus is not None and focus.fields.get("kind") == "mission":
        fact = focus
    else:
        fields: dict[str, object] = {"label": {"en": f"Delegation of {state.name_of(leaders[0])}"}, "kind": _kind(state)}
        places = view.refs(view.masked, "L")[:1] or _places_in_focus(state)  # 'La firma es va fer a Paterna, … en el marc d'una missió …'
        if places:
            fields["places"] = places
        fact = state.add(FactDraft("event", ("event", event_key(f"delegation of {state.name_of(leaders[0])}")), fields, [view.span], 0.6))
        fact.note("A delegation led by the organisation; the place is that of the agreement or event the article was describing.")
    extend(fact, "organizers", leaders)
    extend(fact, "attendees", leaders)
    complete_event(fact, view, state, view.masked)
    state.focus_event = fact.key


def _counted_delegation(view: SentenceView, state: ArticleState, counted: re.Match[str]) -> None:
    """'a three-day visit by a delegation of 19 Estonian companies, which ITL put together': a mission, attended and
    organised by who sends or puts it together, to where the sentence says or where the article's event was."""
    focus = state.facts.get(state.focus_event) if state.focus_event else None
    if focus is not None and focus.fields.get("kind") == "mission" and view.span in focus.evidence:
        return  # the mission the sentence has drafted already
    after = view.masked[counted.end() :]
    destination = _COUNTED_DESTINATION.search(after)
    target = view.slot(destination.group("to")) if destination else None
    event = state.facts.get(("event", target.ref)) if target and target.kind == "event" else None
    if event is not None:
        places = list(event.fields.get("places", []))  # to a fair: where it is held
    else:
        places = [target.ref] if target else _places_in_focus(state)
    put = _PUT_TOGETHER.match(after)
    senders = [view.slot(put.group("org")).ref] if put else view.refs(view.masked[: counted.start()], "O")[-1:]
    label = f"Mission to {state.name_of(places[0])}" if places else counted.group()[:1].upper() + counted.group()[1:]
    fields: dict[str, object] = {"label": {"en": label}, "kind": _kind(state)}
    if places:
        fields["places"] = places
    if event is not None:
        fields["super_event"] = event.key[1]
    if senders:
        fields["organizers"], fields["attendees"] = senders, list(senders)
    fact = state.add(FactDraft("event", ("event", event_key(label)), fields, [view.span], 0.6))
    if not destination:
        fact.note("A delegation the sentence counts; the place is that of the agreement or event the article was describing.")
    complete_event(fact, view, state, view.masked)
    state.focus_event = fact.key


def _fair_before(state: ArticleState, head: str) -> FactDraft | None:
    """The event drafted last that is no mission, preferring one named by `head` ('this year's airshow')."""
    events = [f for f in reversed(state.facts.values()) if f.type == "event" and f.fields.get("kind") != "mission" and f.fields.get("label")]
    named = [f for f in events if head and head in next(iter(f.fields["label"].values())).casefold()]
    return next(iter(named or events), None)


def _subject(view: SentenceView, state: ArticleState) -> list[str]:
    """The organisation the text is about, for 'L'entitat hi ha portat …' when 'l'entitat' was not read as a name."""
    return [ref] if (ref := state.subject_before(view.sentence.start)) else []


def _places_in_focus(state: ArticleState) -> list[str]:
    if state.focus_agreement and state.facts[state.focus_agreement].fields.get("place"):
        return [state.facts[state.focus_agreement].fields["place"]]
    if state.focus_event:
        return list(state.facts[state.focus_event].fields.get("places", []))
    return []


def _kind(state: ArticleState) -> str:
    return "mission" if state.knowledge.has_concept("event-type", "mission") else "event"
