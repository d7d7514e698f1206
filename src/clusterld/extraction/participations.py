"""Participations: who attended, spoke at, exhibited at or sent a delegation to an event, named with the event
('A took part in X', 'A spoke at X', 'the stand of A at X') or added to the event in focus ('Among the members on the
stand are A and B', 'Al acto asistió X', 'A, who closed the assembly')."""

from __future__ import annotations

import re

from clusterld.extraction.context import AGENT, COUNTED_LIST, EVENT, ORG, ArticleState, FactDraft, SentenceView
from clusterld.extraction.events import event_key, group_parties
from clusterld.extraction.cues import DESCRIPTOR_NOUNS
from clusterld.extraction.lexicon import EVENT_HEADS, EVENT_NOUN_KINDS

_EVENT_HEADS = "|".join(sorted(EVENT_HEADS, key=len, reverse=True))  # 'participó en la feria Genera 2026'
_TRAINING = re.compile(r"\b(?:received|attended|got|followed|took part in) (?:a |an )?(?:[a-z]+ )?(?:training|workshop|masterclass|course)s?\b")
_PARTICIPATED = re.compile(
    rf"(?P<who>{AGENT})(?:[^⟨.;]{{0,50}}?)\b(?:participated|took part|takes part|take part|taking part|participates|participate|attended|attends|attend|joined|has participated|have participated|exhibited|exhibits|exhibit"
    r"|particip(?:ó|aron|a|an|ará|arán|arà|aran)|ha participado|han participado|va participar|van participar|ha participat|han participat|asisti(?:ó|eron)|va assistir|van assistir"
    rf"|expuso|expusieron|expone|exponen|va exposar|van exposar|exposa|exposen)(?: in| at| en| a| al| a la| en el| en la)? (?:the |el |la |l')?"
    rf"(?:(?:trade )?(?:{_EVENT_HEADS}) )?(?P<what>{EVENT})"  # 'X participó en la feria Y', "A i B han participat a l'Y"
)
_PARTICIPATED_FOCUS = re.compile(rf"(?P<who>{AGENT})(?: is one of the [a-z ]+ that| was among the [a-z ]+ that)? (?:has |have )?(?:participated|took part|taken part|joined) in (?:the|this) (?:initiative|mission|trip|event)")
# Who went: a sentence about the trip or the stand (a word of travelling, of a delegation or of taking part) that
# lists organisations after a word that opens a list ('incluyó a firmas como A, de Adelaida, y B', 'Del lado navarro han
# viajado A, B y C', 'Participants included A and B', 'La delegació la formaven catorze empreses …: A, … i B'). The list
# must follow the opening word, so those named after 'coordinated by' or 'with the support of' (who ran or backed it) are not read
_TRIP_CUE = re.compile(r"\b(?:viaj\w*|viat\w*|delegaci\w*|delegation|comitiva|trip|misi[óo]n|missió|mission|particip\w*|tak(?:e|es|ing) part|took part|estand|stand|pabell[óo]n|pavelló|pavilion|expositor\w*|exhibitor\w*|desplaza\w*|desplaça\w*|comprador\w*|buyers?)\b", re.IGNORECASE)
_LIST_OPENER = (
    r"(?:\b(?:como|com ara|com|such as|including|included|include|incluyó a|incluía a|incluyeron a|figuran|figuraban|figuraron|figuren|figuraven|estuvieron|estaban|están|"
    r"hi havia|hi ha|hi van ser|han viajado|viajaron|viajó|van viatjar|han viatjat|were|was|are|are among them|entre otras,|entre otros,|entre d'altres,):?|:)"
)
# A described organisation opens the list too: 'included the power generator A, the marine contractor B'
_TRAVELLERS_LISTED = re.compile(
    rf"{_LIST_OPENER} (?:(?:the |la |el |l')?(?:[a-zá-ú\-]+ ){{0,2}}(?:{DESCRIPTOR_NOUNS}) |[a-zá-ú]+ |l')?(?P<list>⟨O\d+⟩(?:(?:[^.;⟨]|⟨L\d+⟩|;(?= (?:and )?⟨O)){{0,80}}?⟨O\d+⟩)*)"  # 'A, which builds robots; B; and C'
)
_SPOKE = re.compile(rf"(?P<who>{AGENT})(?:[^⟨.;]{{0,30}}?)\b(?:spoke|speaks|presented|gave (?:a |the )?(?:keynote|talk|presentation|speech|lecture|conference))(?: [a-z ]{{0,30}})? at (?:the )?(?P<what>{EVENT})")
_PRESENTED = re.compile(rf"(?P<who>{AGENT}) (?:also )?(?:presented|showed|demonstrated|exhibited|gave (?:a |the )?(?:talk|presentation|keynote|speech))\b")
# 'X, the federation of …, will present its figures there': a speaker at the event in focus, said to be there.
_PRESENTS_THERE = re.compile(
    rf"(?P<who>{AGENT})(?:, [^,;⟨]{{1,80}},)? (?:also )?(?:will |is to |is set to |plans to )?(?:present|presents|presented|speak|speaks|spoke|give a talk|gives a talk)\b"
    r"[^⟨.;]{0,60}?\b(?:there|at the (?:forum|conference|fair|event|summit|congress|meeting))\b"
)
# 'Executives from A and B were among the speakers', 'A and B were among the exhibitors'
# A list of organisations and people, an acronym after a name allowed: 'A, B and C (ACR)'
_AGENT_IN_LIST = r"⟨[OP]\d+⟩(?: \(⟨O\d+⟩\))?(?:,? (?:and|&|y|i) |, )?"
_AGENTS_LISTED = rf"(?:{_AGENT_IN_LIST})+"
_DESCRIBED_AGENTS_LISTED = rf"(?:(?:[a-z][\w\-]* ){{0,3}}{_AGENT_IN_LIST})+"  # 'feed maker A and B', 'battery maker A, B'
_AMONG_THE = re.compile(rf"(?P<list>{_AGENTS_LISTED}) (?:were|was) (?:also )?among the (?P<as>speakers|panellists|panelists|exhibitors|participants|attendees|sponsors)\b")
# 'A and B were among the firms on the trip', 'A, B and C (ACR) were part of the group', 'A and B were in the group', 'Twelve member companies, A and
# B among them, will exhibit', 'X, who closed the assembly', 'Speakers at the week included researchers from A and managers
# from B', 'X, la Dra. Y, acompañó a la delegación', 'X ran a workshop': a part in the event in focus ('who' names them)
_TRAVELLERS_NAMED = re.compile(
    rf"(?P<who>{_DESCRIBED_AGENTS_LISTED})(?:, [a-z][^,;⟨]{{0,40}}(?:⟨[OL]\d+⟩[^,;⟨]{{0,30}})*,)? (?:(?:were|was) (?:also )?(?:among the (?:firms|companies|businesses|organi[sz]ations|members|participants) (?:on|in|of) the|part of the|in the)"
    r"|(?:formaron|formaban|forman|van formar|formen) parte? (?:de|del) (?:la|el)) (?:trip|mission|delegation|visit|group|delegación|misión|grupo|viaje|delegació|missió|grup|viatge)\b"
)
_TRAVELLERS_AMONG = re.compile(rf"(?P<who>{_AGENTS_LISTED}) (?:among them|entre ellas|entre ellos|entre elles),? (?:will |also )?(?:exhibit|travel|fly|take part|expondrán|viajarán|participarán|exposaran|viatjaran|participaran)")
# 'X fue el encargado de clausurar la asamblea', "L'acte es va cloure amb la intervenció del director de Y, X": a speaker
_CLOSED = re.compile(
    r"(?P<who>⟨P\d+⟩)[^.;⟨]{0,40}?\b(?:clausurar|clausuró|inaugurar|inauguró|cerrar|cerró|abrir|abrió|cloure|va cloure|tancar|va tancar|obrir|va obrir|closed|opened) (?:la |el |l'|the )?(?:asamblea|assemblea|acto|acte|jornada|encuentro|trobada|event|meeting|assembly|conference|session)\b"
)
# 'Tindall told the meeting that …', 'X told delegates': a speaker
_TOLD_THEM = re.compile(r"(?P<who>⟨P\d+⟩)(?:, [^,;⟨]{1,60},)? (?:told|addressed|urged|reminded) (?:the )?(?:meeting|assembly|audience|delegates|members|conference|guests|attendees|room)\b")
_CLOSING_SPEECH = re.compile(r"\b(?:intervenció|intervención|discurso|discurs|ponencia|ponència|speech|address) (?:de|del|de la|d'|by|of)(?: the| la| el)? (?:(?:[^⟨.;]|⟨[OL]\d+⟩){0,80}?, )?(?P<who>⟨P\d+⟩)")
# 'X va tancar ahir la seva participació al MIPCOM', "X's presence at Y": taking part
_PRESENCE_AT = re.compile(rf"(?P<who>{AGENT})(?:[^.;⟨]|⟨D\d+⟩){{0,40}}?\b(?:participació|participación|participation|presència|presencia|presence) (?:al|a la|a l'|en el|en la|en|at|in) (?:the )?(?P<what>{EVENT})")
# A lowercase apposition after a name in a list says who they are: 'Speakers included A, head of B's office, and C'
_APPOSED = re.compile(r", (?!(?:and|y|i|e) )[a-z][^,;⟨]{0,40}(?:⟨[OL]\d+⟩[^,;⟨]{0,30})*(?=,)")  # ', y la cadena X,' goes on the list
_DESCRIBED = rf"(?:{_APPOSED.pattern})?"
_SPEAKERS_INCLUDED = re.compile(rf"\b(?:[Ss]peakers|[Pp]anellists|[Pp]anelists|[Ll]os ponentes|[Ee]ls ponents)(?: (?:at|in|de|en|a) (?:the|this|la|el) [a-z]+)? (?:included|were|incluyeron|fueron|van ser|incloïen) (?P<who>(?:(?:[a-z]+ (?:from|of|de|d') )?(?:the )?⟨[OP]\d+⟩{_DESCRIBED}(?:,? (?:and|y|i) |, )?)+)")
_ACCOMPANIED = re.compile(
    r"(?P<who>⟨P\d+⟩)(?:, [^,;⟨]{1,60}(?:⟨O\d+⟩[^,;⟨]{0,20})?,)?,? (?:also |también |també )?(?:accompanied|accompanies|will accompany|acompañó|acompaña|acompañará|va acompanyar|acompanya|acompanyarà"
    r"|(?:traveled|travelled|travels|will travel|flew|viajó|viajará|va viatjar|viatjarà) (?:with|con|amb)) (?:a )?(?:the |la |el )?(?:delegation|mission|group|delegación|misión|comitiva|grupo|delegació|missió|grup)\b"
)  # 'X, director of the Office, traveled with the group'
# 'The delegation of 17 companies, accompanied by researchers from A, landed …'
_ACCOMPANIED_BY = re.compile(r"\b(?:delegation|mission|group|delegación|misión|grupo|delegació|missió|grup)\b[^.;⟨]{0,60}?,? (?:accompanied by|acompañad[ao]s? (?:por|de)|acompanyad[ao]s? (?:per|de)) (?:[a-z]+ (?:from|of|de|del) )?(?:the |la |el |l')?(?P<who>⟨[OP]\d+⟩(?:(?:,? (?:and|y|i)|,) (?:[a-z]+ (?:from|of|de|del) )?(?:the |la |el |l')?⟨[OP]\d+⟩)*)")
_RAN_SESSION = re.compile(r"(?P<who>⟨O\d+⟩)(?:, [^,;⟨]{1,60},)? (?:ran|led|hosted|offered|organi[sz]ed|impartió|va impartir) (?:a|an|un|una) (?:[a-z\-]+ )?(?:workshop|session|masterclass|taller|sesión|sessió)\b")
_PARTICIPANT_ROLE = {"speakers": "speaker", "panellists": "speaker", "panelists": "speaker", "sponsors": "contributor"}  # of the roles a participation may have; else attendee
_JOINED = re.compile(
    rf"(?P<who>{_AGENTS_LISTED}) (?:also |también |també )?(?:joined|attended|took part in|participated in|particip(?:ó|aron) en|asisti(?:ó|eron) a|va participar a|van participar a|va assistir a|van assistir a"
    r"|(?:travell?ed|came|went|viajaron|viajó|vinieron|van viatjar|va viatjar) (?:with|con|amb) (?:them|the group|the delegation|ellos|ellas|el grupo|la delegación|ells|elles|el grup|la delegació))"  # 'Two researchers from X travelled with them'
    r"(?! (?:the |el |la |l')?⟨[OG])"
)
# 'El ITA presentó varios proyectos', 'Los responsables de A y de B explicaron …', 'la gerenta del clúster, X, expuso cómo
# …': who presents or explains something at a day or an assembly speaks there (not on a trip, where 'explicó' reports)
_PRESENTED_ROMANCE = re.compile(
    r"(?P<who>⟨[OP]\d+⟩(?: \(⟨O\d+⟩\))?(?:(?:,| y| i) (?:de |d')?(?:la |el |l')?⟨[OP]\d+⟩(?: \(⟨O\d+⟩\))?)*),? (?:también |també )?"
    r"(?:presentó|presentaron|expuso|expusieron|explicó|explicaron|detalló|detallaron|va presentar|van presentar|va exposar|van exposar|va explicar|van explicar|"
    r"va repassar|va detallar|intervino|intervinieron|va intervenir|van intervenir) (?!que\b)"
)
# 'un panel … moderado por X', 'the session was chaired by X': who moderates speaks
_MODERATED = re.compile(r"\b(?:moderad[oa]s? por|moderat(?:s|da|des)? per|moderated by|chaired by|presidid[oa] por|presidit per) (?:la |el |the )?(?:[^⟨.;]{0,60}?, )?(?P<who>⟨P\d+⟩)")
# 'Al acto asistió la directora general de Transportes del Gobierno de Aragón, X', 'al que asistieron también investigadores
# de A', 'The dinner was attended by X'
_ATTENDED = re.compile(
    r"\b(?:asisti(?:ó|eron)|acudi(?:ó|eron)|(?:hi )?va assistir|(?:hi )?van assistir|(?:was|were) (?:also )?attended by|"
    r"cont(?:ó|aron) con la (?:presencia|asistencia|participación) de|va comptar amb la (?:presència|assistència|participació) de)\b(?P<who>[^.;]+)"
)
# A speaker named after the verb, Romance order, perhaps after their post ('…, el Sr. X': the view has dropped the title):
_SPEAKER_AFTER = r"(?:(?:[^⟨.;]|⟨[OL]\d+⟩){0,120}?, | )(?:el |la |l')?(?P<who>⟨P\d+⟩)"
# 'Va obrir la sessió el regidor de … de l'Ajuntament de Vilafranca, X', 'Hi van intervenir X, director tècnic de A, i Y'
_OPENED_BY = re.compile(
    r"\b(?:Va obrir|Va inaugurar|Va cloure|Va tancar|Abrió|Inauguró|Clausuró|Cerró)(?: (?:la |el |l')?(?:sessió|sesión|jornada|acte|acto|trobada|encuentro|assemblea|asamblea)\b)?"
    + _SPEAKER_AFTER
)
_SPOKE_AFTER = re.compile(r"\b(?:Hi van intervenir|Hi va intervenir|Van intervenir|Intervinieron|Intervino|Hablaron|Van parlar)\b(?P<who>.+)")
# 'X, que encabezó la delegación' (went on the trip), 'X, que coordinó la jornada' (organised the day in focus), 'Y, que
# coordinó la agenda de la misión' (organised the trip), 'X, executive director of Y, who led the delegation'
_RAN_IT = re.compile(
    r"(?P<who>⟨P\d+⟩)(?:, [^,;⟨]{1,60}(?:⟨O\d+⟩[^,;⟨]{0,20})?,)?,? (?:que|who|quien|qui) (?:(?P<led>encabezó|encabeza|encabezará|lideró|lidera|liderará|led|leads|will lead|headed|heads|va encapçalar|encapçala|encapçalarà)"
    r"|coordinó|coordina|coordinará|va coordinar|coordinated|coordinates|organi[sz]ed|organizó|va organitzar) (?:la |el |the |l'|una |un |a )?(?P<what>[\w·]+)(?: (?:de la|del|de l'|of the) (?P<whose>[\w·]+))?"
)
_TRIP_NOUNS = frozenset(noun for noun, kind in EVENT_NOUN_KINDS.items() if kind == "mission")
_DAY_NOUNS = frozenset(EVENT_NOUN_KINDS) - _TRIP_NOUNS
# 'The keynote was given by X', 'La cloenda va anar a càrrec del director de Y, X', 'La ponencia inaugural corrió a cargo
# de …, X': a speaker; 'Guests at the meeting included …, X': an attendee; 'The event was sponsored by A and B': contributors
_GIVEN_BY = re.compile(
    r"\b(?:keynote|talk|presentation|speech|address|lecture|welcome|ponencia|ponència|conferencia|conferència|discurso|discurs"
    r"|cloenda|clausura|inauguració|inauguración|benvinguda|bienvenida|apertura|obertura)\b[^.;⟨]{0,40}? "
    r"(?:(?:was|were) (?:given|delivered|made) by(?: the)?|fue (?:impartida|pronunciada|ofrecida) por(?: la| el)?"
    r"|(?:va anar|anirà|ha anat|corrió|correrá|estuvo|estará|va estar) a (?:càrrec|cargo) (?:de|d'))"
    + _SPEAKER_AFTER
)
_GUESTS = re.compile(
    r"\b(?:[Gg]uests|[Aa]ttendees|[Ii]nvitados|[Aa]sistentes|[Cc]onvidats|[Aa]ssistents)(?: (?:at|of|a|en|de) (?:the|this|la|el|l') ?[a-zà-ÿ]+)? (?:also )?(?:included|include|were|incluyeron|fueron|van ser|eren|incloïen)[: ]+(?P<who>.+)"
)
_SPONSORED = re.compile(
    r"^(?:The|This|El|La|L'|Aquest|Aquesta) (?:event|meeting|conference|forum|day|assembly|gathering|encuentro|acto|jornada|foro|asamblea|acte|trobada|fòrum|assemblea)\b[^.;⟨]{0,40}? "
    r"(?:was|is|will be|fue|ha sido|és|va ser|ha estat) (?:sponsored|co-sponsored|patrocinad[oa]|copatrocinad[oa]|patrocinat|patrocinada) (?:by|por|per) (?:the )?(?P<who>⟨O\d+⟩(?:(?:,| and| y| i) (?:the )?⟨O\d+⟩)*)"
)
# (pattern, role, read on a trip too, the people named before the organisations): who closed something spoke at an
# assembly or a conference, not on a trip; where the organisations only name the posts of the people named
# ('la directora general de Transportes del Gobierno de Aragón, X'), the people take part, else the organisations
_PARTS_IN_FOCUS = (
    (_PRESENTED, "speaker", True, False), (_PRESENTS_THERE, "speaker", True, False), (_JOINED, "attendee", True, False), (_TRAVELLERS_NAMED, "attendee", True, False),
    (_TRAVELLERS_AMONG, "attendee", True, False), (_CLOSED, "speaker", False, False), (_TOLD_THEM, "speaker", False, False), (_CLOSING_SPEECH, "speaker", False, False), (_SPEAKERS_INCLUDED, "speaker", True, False),
    (_ACCOMPANIED, "attendee", True, False), (_ACCOMPANIED_BY, "attendee", True, False), (_RAN_SESSION, "contributor", True, False), (_MODERATED, "speaker", True, False),
    (_ATTENDED, "attendee", False, True), (_PRESENTED_ROMANCE, "speaker", False, True), (_OPENED_BY, "speaker", False, True),
    (_SPOKE_AFTER, "speaker", False, True), (_GIVEN_BY, "speaker", False, True), (_GUESTS, "attendee", False, True), (_SPONSORED, "contributor", False, False),
)
_ON_THE_TRIP = (_ACCOMPANIED, _ACCOMPANIED_BY, _TRAVELLERS_NAMED)  # who went with the delegation went on the trip
_DELEGATION = re.compile(rf"(?P<who>{AGENT})(?:, [^,⟨]{{1,40}} (?:of|at) (?:the )?{ORG},)?[^⟨.;]{{0,40}}?\b(?:will )?(?:lead|leads|led|head|heads|headed|join|joins) (?:a|the|our) delegation to (?:the )?(?P<what>{EVENT})")
# "X heads to Automechanika Frankfurt, …, where the DAC will exhibit on a shared stand"
_EXHIBITS_THERE = re.compile(
    rf"(?P<what>{EVENT})[^.;]{{0,120}}?, where (?:the )?(?P<who>{AGENT}) (?:will |also )?(?:exhibit|exhibits|exhibited|have a stand|has a stand|had a stand|showcase|showcases|showcased)\b"
)
# 'La fira X, que se celebra a Barcelona …, comptarà amb un estand del clúster', 'X will host the stand of Y'
_STAND_OF = re.compile(rf"(?P<what>{EVENT})[^.;]{{0,120}}?\b(?:stand|estand|pabellón|pavelló|pavilion) (?:of the |of |del |de la |de l'|de )(?P<who>{AGENT})")
# 'El clúster tindrà un estand col·lectiu al 4YFN', 'X will have a shared stand at Y'
_HAS_STAND = re.compile(
    rf"(?P<who>{AGENT}) (?:will have|has|had|tindrà|tendrá|tiene|té|tenia|tenía|va tenir|tuvo|comptarà amb|contará con) (?:un |una |a |an |its own |its |their |su |el seu )?(?:[a-zà-ÿ·]+ )?"
    rf"(?:estand|stand|pabellón|pavelló|pavilion|espai|espacio)(?: [a-zà-ÿ·]+)? (?:at|al|a la|en el|en la|a l'|en|a) (?:the )?(?P<what>{EVENT})"
)
_GROUP_SENDS = re.compile(rf"\b(?:will |would )?(?:send|sent|sends|attend|attended|attends|travel to|exhibit at|take part in|participate in)\b[^⟨.;]{{0,40}}?\b(?:to|at|in)? ?(?:the )?(?P<what>{EVENT})")
_TRIP_WORD = re.compile(r"delegaci|delegation|viat|viaj|trip")


def _last_mission(state: ArticleState) -> tuple[str, ...] | None:
    """The key of the mission drafted last, if any."""
    return next((key for key, fact in reversed(state.facts.items()) if fact.type == "event" and fact.fields.get("kind") == "mission"), None)


def extract_participation(view: SentenceView, state: ArticleState) -> None:
    """Draft participation facts: who attended, spoke at or sent a delegation to an event."""
    masked = view.masked
    for match in _PARTICIPATED.finditer(masked):
        add_participation(view, state, view.slot(match.group("who")).ref, view.slot(match.group("what")).ref, "attendee")
    for match in _SPOKE.finditer(masked):
        add_participation(view, state, view.slot(match.group("who")).ref, view.slot(match.group("what")).ref, "speaker")
    for match in (*_DELEGATION.finditer(masked), *_EXHIBITS_THERE.finditer(masked), *_STAND_OF.finditer(masked), *_HAS_STAND.finditer(masked), *_PRESENCE_AT.finditer(masked)):
        add_participation(view, state, view.slot(match.group("who")).ref, view.slot(match.group("what")).ref, "attendee")
    group = group_parties(view, state)
    for match in _GROUP_SENDS.finditer(masked) if group else ():
        for who in group:
            add_participation(view, state, who, view.slot(match.group("what")).ref, "attendee")
    if state.focus_event and not re.search(EVENT, masked):
        trip = state.facts[state.focus_event].fields.get("kind") == "mission"
        for pattern, role, on_trips, people_first in _PARTS_IN_FOCUS:
            for match in pattern.finditer(masked) if on_trips or not trip else ():
                named = match.group("who") if people_first else _APPOSED.sub("", match.group("who"))  # not whom the appositions name
                went = (_last_mission(state) if pattern in _ON_THE_TRIP else None) or state.focus_event  # the trip's, not the fair's in focus
                for who in (view.refs(named, "P") or view.refs(named, "O")) if people_first else view.refs(named, "OP"):
                    add_participation(view, state, who, went[1], role)
        for match in _AMONG_THE.finditer(masked):
            for who in view.refs(match.group("list"), "OP"):
                add_participation(view, state, who, state.focus_event[1], _PARTICIPANT_ROLE.get(match.group("as"), "attendee"))
    for match in _RAN_IT.finditer(masked):
        nouns = {match.group("what").casefold(), (match.group("whose") or "").casefold()}
        day = state.focus_event if nouns & _DAY_NOUNS and state.focus_event and state.facts[state.focus_event].fields.get("kind") != "mission" else None
        event = _last_mission(state) if nouns & _TRIP_NOUNS else day
        if event:
            add_participation(view, state, view.slot(match.group("who")).ref, event[1], "attendee" if match.group("led") else "organizer")
    listed = _TRAVELLERS_LISTED.search(masked) if _TRIP_CUE.search(masked) else None  # 'Entre las compañías participantes estuvieron Celsia y Erco Energía'
    trip = listed is not None and _TRIP_WORD.search(masked[: listed.start("list")]) is not None  # 'La delegació la formaven …'
    into = (_last_mission(state) if trip else None) or state.focus_event  # the trip's, not the fair's in focus
    if listed and into:
        for who in view.refs(_APPOSED.sub("", masked[listed.start("list") : listed.end("list") + 1]), "O"):  # not 'all of them ITL members'
            add_participation(view, state, who, into[1], "attendee")
    among = COUNTED_LIST.match(masked)  # '… hi ha portat disset empreses. Entre elles hi ha A i B': some of those who went
    counted = state.counted_before(view.sentence.start) if among else None
    if among and counted and counted[1] == "number-of-participating-companies":
        for who in view.refs(among.group("list"), "O"):
            add_participation(view, state, who, counted[0], "attendee")
    focus = _PARTICIPATED_FOCUS.search(masked)
    if focus and state.focus_event:
        add_participation(view, state, view.slot(focus.group("who")).ref, state.focus_event[1], "attendee")
    if _TRAINING.search(masked) and state.focus_event:
        parent = state.facts[state.focus_event]
        label = f"Training during {next(iter(parent.fields['label'].values()))}"
        ref = event_key(label)
        kind = "training" if state.knowledge.has_concept("event-type", "training") else "event"
        state.add(FactDraft("event", ("event", ref), {"label": {"en": label}, "kind": kind, "super_event": state.focus_event[1]}, [view.span], 0.6))
        for person in view.refs(masked, "P"):
            add_participation(view, state, person, ref, "trainer")


def add_participation(view: SentenceView, state: ArticleState, who: str, event: str, role: str, confidence: float = 0.7) -> None:
    """Draft who took part in the event and as what, one fact per event and participant, with the sentence as evidence."""
    key = ("participation", event, who)
    state.add(FactDraft("participation", key, {"event": event, "participant": who, "as": role}, [view.span], confidence))
