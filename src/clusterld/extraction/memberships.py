"""Memberships: "X belongs to Y", "X is a member of Y", "X joined Y", "Y's members include A, B and C", "entre sus
socios a A, B y C", "X forma part del programa Y", "Forman parte del clúster, entre otros, A, B y C", and lists
that lean on the sentence before: "… reúne ya a 142 empresas. Entre ellos figuran A y B", "A and B are members too";
and the organisations listed beside a sentence's own count of members ("Agrupa a 74 asociados …, entre ellos A y B")."""

from __future__ import annotations

import re

from clusterld.extraction.context import COUNTED_LIST, COUNTED_LIST_OPENING, ORG_OR_PROGRAMME, PROGRAMME, ArticleState, FactDraft, SentenceView, without_appositions
from clusterld.extraction.cues import MEMBER_ADJECTIVES, MEMBER_NOUNS, MEMBER_RANGE_BEFORE, RANGE_SPAN

# 'is part of', 'forma parte', 'es socio': a member's verb whatever names it
_MEMBER_KIND = r"(?: afiliad[oa]| asociad[oa]| associat| associada| de pleno derecho| de ple dret)"  # 'es miembro afiliado de'
_PART_OF_VERB = rf"(?:is part of|forms part of|forma part|forma parte|hace parte|(?:és|es) (?:membre|miembro|soci|socio){_MEMBER_KIND}?)"
_MEMBERSHIP_PATTERNS = tuple(
    re.compile(p)
    for p in (
        rf"(?P<member>⟨[OP]\d+⟩),? (?:which |who )?(?:also )?(?:belongs|belong|belonged) to (?:the )?(?P<org>{ORG_OR_PROGRAMME})",
        rf"(?P<member>⟨[OP]\d+⟩),? (?:which |who )?(?:is|are|was|has been|became|becomes|will become) (?:also |now |already )?(?:a |an |the )?(?:new |founding |full |associate |active )?members? of (?:the )?(?P<org>{ORG_OR_PROGRAMME})",
        rf"(?P<member>⟨[OP]\d+⟩),? (?:which |who )?(?:has |have |recently )?(?:officially )?(?:joined|joins) (?:the )?(?P<org>{ORG_OR_PROGRAMME})(?! as )",
        rf"(?P<member>⟨[OP]\d+⟩), (?:a |an |one of the )?(?:founding |full |associate )?members? of (?:the )?(?P<org>{ORG_OR_PROGRAMME})",
        rf"(?P<member>⟨[OP]\d+⟩),? (?:also )?{_PART_OF_VERB} (?:of )?(?:del |de la |de l'|de |the )?(?:programa |programme |program |xarxa |red )?(?P<org>{ORG_OR_PROGRAMME})",
        rf"(?P<member>⟨O\d+⟩) represents (?:the )?⟨L\d+⟩ (?:in|on|at|within) (?:the )?(?P<org>{ORG_OR_PROGRAMME})",
        rf"(?P<member>⟨O\d+⟩) is one of (?:the )?(?:[\w\-]+ ){{0,3}}?(?:clusters|members|organi[sz]ations|partners|companies)(?: [a-z ]{{0,25}}?)? (?:of|in|under|within|supported by|selected for) (?:the )?(?P<org>{ORG_OR_PROGRAMME})",
        # 'El clúster està inscrit al registre d'Agrupacions Empresarials Innovadores', 'X is listed in the register of …'
        rf"(?P<member>⟨O\d+⟩),? (?:està|está|is|was|es) (?:inscrit|inscrita|inscrito|registered|listed|registrad[oa]) (?:al|en el|a l'|in the|on the) (?:registre|registro|register) (?:d'|de |of )(?:the )?(?P<org>{PROGRAMME})",
        # 'L'entitat és un dels clústers reconeguts per ACCIÓ dins del programa Catalonia Clusters'
        rf"(?P<member>⟨O\d+⟩) (?:és|es) un(?:o)? (?:dels|de los|de las|de les) (?:[\w\-]+ ){{0,3}}?(?:clústers|clústeres|clusters|socis|miembros|membres|entitats|entidades)(?: [^⟨.;]{{0,30}}?(?:⟨O\d+⟩)?)? (?:dins del|dentro del|del|de la|de l'|en el) (?:programa |xarxa |red )?(?P<org>{ORG_OR_PROGRAMME})",
    )
)
_MEMBER_LIST = re.compile(
    rf"(?P<org>{ORG_OR_PROGRAMME})[^;.]{{0,60}}?\b(?:members|partners|member companies|member organi[sz]ations|founding members|shareholders)"
    rf"(?: [\w\- ]{{0,20}})?,? (?:include|includes|including|are|such as|like|comprise|among them|among others|notably)[: ]+(?P<list>[^;.]+)"
)
_MEMBER_LIST_ROMANCE = re.compile(
    rf"(?P<org>{ORG_OR_PROGRAMME})[^;.]{{0,80}}?(?:\b(?:empreses|empresas|socis|socios|miembros|membres|asociados|associats|entitats|entidades)\b[^;.⟨]{{0,40}}?"
    rf"(?:entre els quals|entre les quals|entre ellos|entre ellas|entre los que|entre las que|entre los cuales|com ara|como|incloent|incluidos|incluidas)"
    rf"|\bentre (?:sus|els seus|les seves) (?:socios|miembros|socis|membres|asociados|associats)(?: a| figuran| destacan| hi ha)?)[: ]+(?P<list>[^;.]+)"
)
_ITS = re.compile(r"\b(?:its|their)\b")
# 'Members of X include A, B and C', 'Entre los socios del X figuran A, B y C', 'Forman parte del X empresas como A y B':
# the organisation is named before the list.
_AMONG_OTHERS = r",? (?:entre otros|entre otras|entre d'altres|among others),"  # 'Forman parte del clúster, entre otros, A, B y C'
_MEMBERS_OF_LIST = re.compile(
    rf"(?:\b(?:[Mm]embers|[Pp]artners|[Mm]ember companies|[Mm]ember organi[sz]ations|[Ss]hareholders) of (?:the )?(?P<org>{ORG_OR_PROGRAMME}) (?:include|are|comprise)"
    rf"|\b[Ee]ntre (?:los|las|els|les) (?:socios|miembros|socis|membres|asociados|associats) (?:del |de la |de l'|de )(?P<org2>{ORG_OR_PROGRAMME})(?: (?:figuran|destacan|están|se encuentran|hi ha|hi figuren|destaquen))?"
    rf"|\b[Ff]orman? part(?:e)? (?:del |de la |de l'|de )(?P<org3>{ORG_OR_PROGRAMME})(?:(?: [a-záéíóúàèòç]+){{0,3}}? (?:como|com ara|entre (?:ellas|ellos|elles))?|{_AMONG_OTHERS})"
    # 'Some 45 firms are members of the cluster today, including A, B and C'
    rf"|\b(?:members|partners|member companies|member organi[sz]ations) of (?:the )?(?P<org4>{ORG_OR_PROGRAMME})(?: ⟨D\d+⟩| now| at present)?, (?:including|such as|among them))[: ]+(?P<list>[^;.]+)"
)
# Who joins: 'se han incorporado como nuevos socios A, B y C', 'A y B se han sumado al clúster', 'A joined the network in
# March', 'X welcomed A and B as new members', 'New members include A and B', 'Otras empresas asociadas son A y B'. The
# organisation is the one named, else the cluster the sentences before are about.
_NEW_MEMBER_NOUNS = rf"(?:{MEMBER_NOUNS}|{MEMBER_ADJECTIVES}|members|member companies|partners)"
_JOINING = r"(?:se (?:han |ha )?(?:incorporado|incorporan|incorporaron|incorpora|sumado|suman|sumaron|suma)|s'(?:hi )?(?:han |ha )?(?:incorporat|incorporen|incorpora|afegit|afegeix|sumat)|han entrado|han entrat|(?:has |have )?(?:joined|join|joins))"
_OWNER = rf"(?:(?:al|a la|a l'|the|en el|en la) )?(?:(?P<org>{ORG_OR_PROGRAMME})|(?:clúster|cluster|network|association|alliance|asociación|associació|entidad|entitat|red|xarxa)\b)"
_NEW_MEMBERS = (
    re.compile(rf"\b{_JOINING}(?: {_OWNER})? (?:como|com a|as) (?:nuevos|nuevas|nous|noves|new) {_NEW_MEMBER_NOUNS},? (?P<list>⟨[OP]\d+⟩[^;.]*)"),
    re.compile(rf"(?P<list>⟨O\d+⟩(?:(?:,| y| i| and) (?:la |el |l'|the )?⟨O\d+⟩)*),? {_JOINING} {_OWNER}"),
    re.compile(rf"(?P<org>{ORG_OR_PROGRAMME}) (?:has )?(?:welcomed|welcomes|da la bienvenida a|dio la bienvenida a|incorpora a|ha incorporado a|va donar la benvinguda a) (?P<list>⟨O\d+⟩[^;.]*?) (?:as (?:its )?(?:new )?{_NEW_MEMBER_NOUNS}|como (?:nuevos )?{_NEW_MEMBER_NOUNS})"),
    # 'We also used the summit to welcome three new partners: A, B and C'
    re.compile(rf"(?P<org>{ORG_OR_PROGRAMME})(?:[^.;⟨]|⟨[EDL]\d+⟩){{0,50}}?\b(?:to welcome|welcomed|welcomes|welcoming) (?:[a-z]+ )?(?:new )?{_NEW_MEMBER_NOUNS}[:,]? (?P<list>(?:the |[a-z]+ ){{0,3}}⟨O\d+⟩[^;.]*)"),
    re.compile(rf"^(?:Los nuevos|Las nuevas|Els nous|Les noves|New|Other|Otras|Otros|Altres)(?: empresas| empreses| entidades| entitats)? (?:{_NEW_MEMBER_NOUNS}|empresas asociadas|empreses associades)(?: [a-z ]{{0,20}}?)? (?:include|are|were|son|són|fueron|van ser)[: ]+(?P<list>[^;.]+)"),
)
# Openings of a list of the members of the organisation the sentence before is about, when 'its' was not read as a name.
_AMONG_ITS_MEMBERS = rf"(?:Entre (?:sus|los|els seus|els|les seves) {MEMBER_NOUNS}|Among (?:its|the) (?:members|partners)(?: [a-z ]{{0,20}}?)?)"
_EN_FORMEN = r"(?:(?:Entre d'altres|Entre otr[oa]s), )?[Ee]n formen part"  # "En formen part, entre d'altres, A, B i C": 'en' is the organisation
_ITS_MEMBERS = r"(?:Its|Their) (?:members|partners|member companies)"
_MOST_OF_THEM = r"(?:Most|Many|Some) of them are"
# 'Entre sus socios figuran A, B y C', 'Its members include …', 'They range from software houses such as A to B'
_THEIR_MEMBERS = re.compile(
    rf"^(?:{_AMONG_ITS_MEMBERS} (?:figuran|destacan|están|se encuentran|hi ha|hi figuren|destaquen|are|were)|{_EN_FORMEN}(?:{_AMONG_OTHERS})?|{_ITS_MEMBERS} (?:include|are)"
    rf"|(?:Members|Member companies|Partners) include|(?:They|Its members|Their members|Our members|Members) (?:range|ranged) from|{_MOST_OF_THEM} (?:companies|firms)[^⟨;.]{{0,40}}?(?:such as|including|like))[: ]+(?P<list>[^;.]+)"
)
# What an organisation's size is counted in: whose members the next sentence lists (not 'X, which set up 50 meetings')
_SIZE_INDICATORS = frozenset({"number-of-member-organisations", "number-of-companies", "number-of-employees", "turnover"})
# 'Reúne a casi 150 empresas …, entre ellas A, B y C' and 'It brings together 300 firms, including …': the counted
# members of the organisation the sentence before is about.
_COUNTED_VERB = (
    r"(?:represents|counts|brings together|groups|gathers|unites|has|(?:agrupa|reúne|representa|aglutina)(?: ⟨D\d+⟩)? a|aplega|compta amb|reuneix)"  # 'Reúne hoy a …'
)
# What a count of members is followed by when it lists some: '… 74 asociados entre operadores …, entre ellos A y B', '300
# firms, including A', '400 members, from A and B to small firms': the noun counted, then a word opening the list
_COUNTED_NOUNS = rf"(?:members|member companies|companies|firms|organi[sz]ations|partners|businesses|empresas|empreses|entidades|entitats|{MEMBER_NOUNS}|{MEMBER_ADJECTIVES})"
_LIST_AFTER_COUNT = (
    rf"\b{_COUNTED_NOUNS}\b(?:[^;.⟨]|⟨L\d+⟩){{0,120}}?(?:; )?\b(?:such as|including|among them|like|notably|from(?={RANGE_SPAN}{{1,120}}? to )|como|com ara|entre (?:ellos|ellas|ells|elles|els quals|les quals|los que|las que|los cuales|las cuales))"
    r"(?: (?:hi ha|figuran|destacan|se encuentran|están))?[: ]+(?P<list>[^;.]+)"
)
_COUNTED_TAIL = rf" [^;.⟨]{{0,40}}?{_LIST_AFTER_COUNT}"
_COUNTED_THEIR = re.compile(rf"^(?:It |Today it |Ahora |Hoy |Avui |⟨D\d+⟩ )?(?i:{_COUNTED_VERB}){_COUNTED_TAIL}")  # 'Hoy' may be read as a date
# '… y cuenta también como socia con la UPV', 'compta com a soci amb X': a member of the sentence's organisation, or of
# the one the article is about
_COUNTS_AS_MEMBER = re.compile(r"\b(?:cuenta|compta|counts) (?:también |també |also )?(?:como|com a|as) (?:socio|socia|socios|soci|sòcia|socis|miembro|membre|a member|members) (?:con|amb|with)? ?(?:la |el |l'|the )?(?P<list>⟨O\d+⟩(?: \(⟨O\d+⟩\))?(?:(?:,| y| i| and) (?:la |el |l'|the )?⟨O\d+⟩)*)")
# '… y forma parte de la X', 'La iniciativa hace parte de X': a member left unnamed, the sentence's opening organisation or
# the one the sentence before is about
_NOUN_OPENING = re.compile(r"(?:La|El|L'|The) [a-zà-ÿ]+ ")  # 'La iniciativa', 'The cluster'
_OPENING_ORG = re.compile(r"^(?:(?:El|La|Los|Las|L'|Els|Les|The) )?(?P<org>⟨[OG]\d+⟩)")
# 'i és un dels membres fundadors de', 'y es socio de', 'and was one of the founding members of', 'it has been a member of'
_MEMBER_SINCE = r"(?:has been|had been|became|has become)"
_FOUNDING_MEMBER = (
    rf"(?:és|es|is|was|{_MEMBER_SINCE}) (?:un(?:o|a)? (?:dels|de los|de las|de les) |one of the |a |an )?(?:founding |full |associate |affiliate )?(?:membres|miembros|socios|socis|members|member|soci|socio|socia|sòcia)"
    rf"(?: fundadors| fundadores| fundador| fundadora|{_MEMBER_KIND})?"
)
_UNNAMED_PART = re.compile(
    rf"(?:^(?:{_NOUN_OPENING.pattern}|It |Also )?| (?:y|i|and) |\bit (?={_MEMBER_SINCE} ))(?:también |també |also )?(?:{_PART_OF_VERB}|{_FOUNDING_MEMBER}) "
    rf"(?:de |del |de la |de l'|of )?(?:the |la |el |l')?(?P<org>{ORG_OR_PROGRAMME})"
)
# 'The X and Y are members too', 'A, B and C are all members.': members of the organisation the text was about.
_MEMBERS_TOO = re.compile(r"^(?:The )?(?P<list>⟨[OP]\d+⟩(?:[^;.]{0,60}?⟨[OP]\d+⟩)*) (?:are|is) (?:also |all )?(?:members|a member)(?: too| as well)?\.?$")
# 'UiT is among its members.', 'Tecnalia figura entre sus socios', 'A i B són dos dels seus socis': of the organisation before.
_ONE_OF_ITS_MEMBERS = re.compile(
    r"^(?:The |El |La |L')?(?P<list>⟨O\d+⟩(?:(?:,| and| y| i) (?:the |el |la |l')?⟨O\d+⟩)*),? (?:is|are|was|were|figura|figuran|es|son|és|són) (?:also |también |també )?"
    rf"(?:among|one of|entre|uno de|una de|un dels|una de les|dos de|dos dels)(?: the)? (?:its|their|sus|els seus|les seves) (?:members|partners|member companies|{MEMBER_NOUNS})\b"
)
# A sentence that opens with a list of someone's members is about that someone, not its first member.
_LIST_OPENING = re.compile(rf"(?:{_EN_FORMEN}|{_AMONG_ITS_MEMBERS}|{_ITS_MEMBERS} (?:include|are|range)|They range from|{_MOST_OF_THEM}|{COUNTED_LIST_OPENING})\b")


# Companies counted as an organisation's members: 'fifteen member companies', 'disset empreses associades'
_MEMBER_COMPANIES = re.compile(rf"\b(?:member (?:companies|firms|organi[sz]ations)|(?:empresas|empreses|firmas|firmes|compañías|companyies) {MEMBER_ADJECTIVES})\b", re.IGNORECASE)


# '… reúne a 118 socios; entre ellos figuran A y B', '… 92 companies, among them A': members listed before any other name
_LISTED_BEFORE_NAMES = re.compile(r"\b(?:entre (?:ellos|ellas|ells|elles|els quals|les quals)|among them|including|such as)\b")


def lists_members_first(text: str, start: int, first: int) -> bool:
    """Whether the sentence at `start` opens with the members of an organisation named before it, or lists members
    before `first`, the first organisation it names."""
    ranged = MEMBER_RANGE_BEFORE.search(text, start, first)  # 'two-thirds are companies, from start-ups to CSL'
    return _LIST_OPENING.match(text, start) is not None or _LISTED_BEFORE_NAMES.search(text, start, first) is not None or (ranged is not None and ranged.group("to") is not None)


# 'Integran la institución la Municipalidad de Rosario, la UNR y …', 'La integren A, B i C': the members of the organisation
# the sentence before is about, named by a noun or a pronoun.
_MAKE_IT_UP = re.compile(
    r"(?:\b(?:[Ll]a |[Ll]o |[Ll]')(?:integran|conforman|componen|forman|integren|conformen|formen)|\b(?:integran|conforman|componen|integren|conformen))"  # not 'A y B forman la X'
    r"(?: (?:la|el|l') ?(?:institución|entidad|asociación|agrupación|clúster|cluster|institució|entitat|associació|agrupació|alianza|aliança|consorcio|consorci|red|xarxa))?[: ]+(?P<list>(?:la |el |los |las |l'|les |els )?⟨O\d+⟩[^;.]*)"
)
# 'A and B, both members of the Basel cluster', 'A, B y C, todos socios del clúster', 'A and circuit-board maker B, all partners
# of the cluster', 'A and B, all of them ITL members': each is a member.
_BOTH_MEMBERS = re.compile(
    rf"(?P<list>⟨[OP]\d+⟩(?:(?:,| and| y| i)(?: [a-z\-]+){{0,4}} ⟨[OP]\d+⟩)+), (?:both|all|all of them|ambos|ambas|todos|todas|tots|totes) "
    rf"(?:(?:members|partners|socios|socias|miembros|socis|sòcies|membres) (?:of|del|de la|de) (?:the )?(?:⟨L\d+⟩ )?(?P<org>{ORG_OR_PROGRAMME})|(?P<org2>{ORG_OR_PROGRAMME}) (?:members|partners))"
)
# 'X represents roughly 500 companies …, from multinationals such as A and B', 'agrupa a 130 empresas, como A y B'.
_COUNTED_MEMBERS = re.compile(rf"(?P<org>{ORG_OR_PROGRAMME}) (?:now |today |already |currently |ahora |hoy |avui )?{_COUNTED_VERB}{_COUNTED_TAIL}")
_MORE_ORGS = re.compile(r"(?:(?:,| and| and of| y| y de| i| i de) (?:the |la |el |l')?⟨[OG]\d+⟩)+")
_BELONG_LIST = re.compile(rf"\b(?:belong|belongs|pertenecen|pertanyen) (?:to|a) (?:the |la |el |l')?(?P<org>{ORG_OR_PROGRAMME}),? (?:among them|including|such as|among others|notably|entre ellos|entre ellas|entre els quals|entre les quals)[: ]+(?P<list>[^;.]+)")
# 'A, B and C are all members of X', 'A and B are among the 140 members of X', 'A is one of the partners of X'
_LIST_MEMBER_OF = re.compile(
    rf"(?P<list>(?:⟨O\d+⟩(?:, | and | & |, and ))*⟨O\d+⟩) (?:is|are|was|were|have become|became) (?:all |among |one of )?(?:the )?(?:\d[\d,.]* |[a-z]+ )?(?:founding )?"
    rf"(?:members|member companies|partners|companies|firms|organi[sz]ations) of (?:the )?(?P<org>{ORG_OR_PROGRAMME})"
)

# "… hi havia A, B i C. Totes són sòcies del clúster.", 'All are members of the network': the organisations the sentence
# before names are members
_ALL_OF_THEM = re.compile(
    r"^(?:All|Both|Totes|Tots|Todas|Todos|Ambas|Ambos)(?: (?:of them|ellas|ellos|elles|ells|dues|dos))? (?:are|were|son|són|eran|eren) "
    rf"(?:members|partners|socias|socios|sòcies|socis|miembros|membres) (?:of|de|del|de la|de l') ?(?:the |la |el |l')?(?P<org>{ORG_OR_PROGRAMME})"
)
_SENTENCE_BREAK = re.compile(r"(?:[.!?]\s|\n)(?=[^.!?\n]*$)")

# 'Renault, Grupo Antolin y la Universidad de Valladolid forman parte de la asociación', 'A i B són socis del clúster'
_LIST_PART_OF = re.compile(
    rf"(?P<list>⟨O\d+⟩(?:(?:,| y| i| e) (?:la |el |l'|los |las |els |les )?⟨O\d+⟩)+),? (?:también |també |ya |ja )?"
    rf"(?:forman parte|formen part|son socios|són socis|son miembros|són membres|pertenecen|pertanyen) (?:de la |de l'|del |de |a la |a l'|al |a )(?P<org>{ORG_OR_PROGRAMME})"
)


def extract_memberships(view: SentenceView, state: ArticleState) -> None:
    """Draft membership facts from the sentence."""
    pairs: list[tuple[str, str, float]] = []
    for pattern in _MEMBERSHIP_PATTERNS:
        for match in pattern.finditer(view.masked):
            more = _MORE_ORGS.match(view.masked, match.end())  # 'a member of A and of B'
            for org in [view.slot(match.group("org")).ref, *(view.refs(more.group(), "OG") if more else [])]:
                pairs.append((view.slot(match.group("member")).ref, org, 0.8))
    lists = (_MEMBER_LIST, _MEMBER_LIST_ROMANCE, _BELONG_LIST, _COUNTED_MEMBERS, _MEMBERS_OF_LIST)
    for match in (m for pattern in lists for m in pattern.finditer(view.masked)):
        if match.re is _MEMBER_LIST and _ITS.search(view.masked, match.end("org"), match.end()) and match.start("org") != view.masked.find("⟨"):
            continue  # '… at the operator ⟨O⟩, and its members include …': 'its' is the sentence's subject's, not ⟨O⟩'s
        org = view.slot(next(token for name in ("org", "org2", "org3", "org4") if (token := match.groupdict().get(name)))).ref
        pairs += [(member, org, 0.7) for member in view.refs(_without_owners(without_appositions(match.group("list"))), "OP")]  # an apposition says what a member is
    for match in _BOTH_MEMBERS.finditer(view.masked):
        org = view.slot(match.group("org") or match.group("org2")).ref
        pairs += [(member, org, 0.7) for member in view.refs(match.group("list"), "OP")]
    whose = _THEIR_MEMBERS.match(view.masked) or _COUNTED_THEIR.match(view.masked)
    counted = state.counted_before(view.sentence.start) if whose else None  # 'X aplega 124 socis … donen feina a 9.500 persones. Entre els socis hi ha …': X's
    sized = counted and counted[1] in _SIZE_INDICATORS and state.kind_of(counted[0]) in ("organisation", "cluster-organisation")
    owner = counted[0] if counted and sized else state.cluster_before(view.sentence.start) if whose else None
    if whose and owner:
        pairs += [(member, owner, 0.6) for member in view.refs(_without_owners(whose.group("list")), "OP")]
    among = COUNTED_LIST.match(view.masked)
    if among:
        listed = view.refs(_without_owners(without_appositions(among.group("list"))), "OP")
        pairs += [(member, owner, 0.6) for owner in _owners_of_listed(among, view, state) for member in listed]
    item = _OPENING_ORG.match(view.masked)
    if item and _opened_by_members_line(state.text, view.sentence.start) and (owner := state.main_subject()):  # not the item before
        pairs.append((view.slot(item.group("org")).ref, owner, 0.5))
    for match in _COUNTS_AS_MEMBER.finditer(view.masked):
        owner = _unsaid_subject(view, state)  # the sentence's subject, not a member it lists
        pairs += [(member, owner, 0.6) for member in view.refs(without_appositions(match.group("list")), "O") if owner]
    for match in _MAKE_IT_UP.finditer(view.masked):
        if owner := state.subject_before(view.sentence.start):
            pairs += [(member, owner, 0.6) for member in view.refs(without_appositions(match.group("list")), "O")]
    for match in _UNNAMED_PART.finditer(view.masked):
        if member := _unsaid_subject(view, state):  # 'X está inscrita en … y forma parte de Y', 'La iniciativa hace parte de Y'
            pairs.append((member, view.slot(match.group("org")).ref, 0.6))
    too = _MEMBERS_TOO.match(view.masked) or _ONE_OF_ITS_MEMBERS.match(view.masked)
    owner = state.subject_before(view.sentence.start) if too else None
    if too and owner:
        pairs += [(member, owner, 0.6) for member in view.refs(too.group("list"), "OP")]
    for match in (*_LIST_MEMBER_OF.finditer(view.masked), *_LIST_PART_OF.finditer(view.masked)):
        org = view.slot(match.group("org")).ref
        pairs += [(member, org, 0.7) for member in view.refs(match.group("list"), "O")]
    for match in (m for pattern in _NEW_MEMBERS for m in pattern.finditer(view.masked)):
        named = match.groupdict().get("org")
        owner = view.slot(named).ref if named else state.cluster_before(view.sentence.start)
        pairs += [(member, owner, 0.6) for member in view.refs(without_appositions(match.group("list")), "O") if owner]
    pairs += _members_on_its_trip(view, state) + _members_listed_before(view, state)
    for member, org, confidence in pairs:
        add_membership(view, state, member, org, confidence)


def add_membership(view: SentenceView, state: ArticleState, member: str, org: str, confidence: float) -> None:
    """Draft the membership, one per member and organisation; none of an organisation in itself."""
    if member != org:
        state.add(FactDraft("membership", ("membership", member, org), {"member": member, "organisation": org}, [view.span], confidence))


# 'Agrupa a 74 asociados entre operadores …, entre ellos A y B', 'has more than 1,300 members …; A and B are among them',
# 'speaks for some 600 companies, A and the trading house B among them': some of the members the sentence counts
_LISTED_AFTER_COUNT = re.compile(_LIST_AFTER_COUNT)
_COUNTED_NOUN = re.compile(rf"\b{_COUNTED_NOUNS}\b")
_PLURAL_SUBJECT = re.compile(r"(?:The|Los|Las|Els|Les|These|Estos|Estas|Aquests|Aquestes) (?:[a-zà-ÿ\-]+ )?[a-zà-ÿ\-]+s\b")
_LISTED_BEFORE_AMONG = re.compile(
    r"(?P<list>⟨O\d+⟩(?: \(⟨O\d+⟩\))?(?:(?:,| and| y| i| &)(?: the| la| el| l')?(?: [a-z\- ]{1,30}?)? ⟨O\d+⟩(?: \(⟨O\d+⟩\))?)*) (?:(?:are|is|were|figuran|están|són|son) )?(?:among them|entre ellos|entre ellas|entre ells|entre elles)\b"
)


def extract_counted_members(view: SentenceView, state: ArticleState) -> None:
    """Draft memberships for the organisations a sentence lists beside its count of an organisation's members (run
    after the sentence's observations, which say whose members are counted)."""
    owners = [about for about, indicator in state.counted_in(view.span) if indicator == "number-of-member-organisations"
              or (indicator == "number-of-companies" and state.kind_of(about) in ("organisation", "cluster-organisation"))]  # an association's companies are its members
    # 'The projects bring together 40 companies, including …': not members; but 'Los visitantes se reunieron con 31 empresas asociadas, entre ellas …' are
    if not owners or (_PLURAL_SUBJECT.match(view.masked) and not _MEMBER_COMPANIES.search(view.masked)):
        return
    after, before = _LISTED_AFTER_COUNT.search(view.masked), _LISTED_BEFORE_AMONG.search(view.masked)
    listed = [after.group("list")] if after else []
    if before and _COUNTED_NOUN.search(view.masked, 0, before.start()):  # the count comes first, then 'A and B are among them'
        listed.append(before.group("list"))
    for members in listed:
        for member in view.refs(_without_owners(without_appositions(members)), "O"):
            add_membership(view, state, member, owners[-1], 0.6)



def _owners_of_listed(among: re.Match[str], view: SentenceView, state: ArticleState) -> list[str]:
    """Whose members 'Entre ellos figuran …' lists: the organisation the sentence before counted the members of; for
    'Among the newcomers are …', the one it counted anything of, else the cluster the text is about."""
    counted = state.counted_before(view.sentence.start)
    newcomers = _NEWCOMERS.search(among.group()) is not None
    if counted and (counted[1] == "number-of-member-organisations" or newcomers):
        return [counted[0]]
    owner = state.cluster_before(view.sentence.start) if newcomers else None
    return [owner] if owner else []


def _members_listed_before(view: SentenceView, state: ArticleState) -> list[tuple[str, str, float]]:
    """'Totes són sòcies del clúster': the organisations the sentence before names, members of the one this one names."""
    match = _ALL_OF_THEM.match(view.masked)
    if match is None:
        return []
    org = view.slot(match.group("org")).ref
    previous = _SENTENCE_BREAK.search(state.text, max(0, view.sentence.start - 600), max(0, view.sentence.start - 2))
    start = previous.end() if previous else max(0, view.sentence.start - 600)
    named = dict.fromkeys(m.entity for m in state.mentions_in(start, view.sentence.start) if m.kind == "organisation" and m.entity != org)
    return [(member, org, 0.5) for member in named]


def _unsaid_subject(view: SentenceView, state: ArticleState) -> str | None:
    """What a clause without a subject of its own is about: the organisation that opens the sentence; after a noun
    ('La iniciativa', 'The cluster') the cluster before; else what the sentence before is about."""
    opening = _OPENING_ORG.match(view.masked)
    if opening:
        return view.slot(opening.group("org")).ref
    return state.cluster_before(view.sentence.start) if _NOUN_OPENING.match(view.masked) else state.subject_before(view.sentence.start)


def _members_on_its_trip(view: SentenceView, state: ArticleState) -> list[tuple[str, str, float]]:
    """Who the sentence puts on a trip that an organisation made with its member companies ('ha desplaçat disset
    empreses associades … Entre elles hi ha A i B') is one of its members."""
    pairs = []
    for fact in (state.facts[key] for key in state.participations.get(view.span, [])):
        trip = state.facts.get(("event", fact.fields["event"]))
        if trip is None or trip.fields.get("kind") != "mission" or not any(_MEMBER_COMPANIES.search(state.text, s, e) for s, e in trip.evidence):
            continue
        senders = [r for r in [*trip.fields.get("organizers", []), *trip.fields.get("attendees", [])] if state.kind_of(r) in ("cluster-organisation", "organisation")]
        if senders and fact.fields["participant"] not in senders and state.kind_of(fact.fields["participant"]) == "organisation":
            pairs.append((fact.fields["participant"], senders[0], 0.5))
    return pairs


# A line that announces the members listed on the lines after it: 'Entre las entidades que se han sumado a la asociación
# figuran:', 'Our new members are:'
_MEMBERS_LINE = re.compile(
    rf"(?:\b(?:{MEMBER_NOUNS}|members|newcomers|new members|member companies)\b|\b{_JOINING}\b)[^\n:]{{0,80}}:[ \u00a0]*$", re.IGNORECASE
)
_NEWCOMERS = re.compile(r"\b(?:newcomers|new members)\b")
_BULLET = re.compile(r"[ \u00a0]*[-•*–][ \u00a0]+")


def _opened_by_members_line(text: str, start: int) -> bool:
    """Whether the sentence at `start` is an item of a bulleted list that a line announcing members opens."""
    line_start = text.rfind("\n", 0, start) + 1
    if not _BULLET.match(text, line_start):
        return False
    while line_start > 0:  # back over the list's other items and blank lines to the line that opens it
        line_start = text.rfind("\n", 0, line_start - 1) + 1
        line = text[line_start:].split("\n", 1)[0]
        if line.strip() and not _BULLET.match(line):
            return _MEMBERS_LINE.search(line) is not None
    return False


def _without_owners(masked: str) -> str:
    """A list without the owners of its members: in "A, B and C's Institute", the institute is the member, not C."""
    return re.sub(r"⟨[OP]\d+⟩['’]s ", "", masked)
