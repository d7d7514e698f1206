"""Roles ("Jane Doe, CEO of Acme", "Acme's president, Mr. Doe", "Acme professor Jane Doe", "la presidenta del
CIAC, Montserrat Puig", "su presidente, Javier Treviño", "X sits on the board of Y", "X, …, is Acme's president",
"X, who heads Acme's supply chain team", "El clúster, que preside X")."""

from __future__ import annotations

import re

from clusterld.extraction.cues import DESCRIPTOR_NOUNS, ROLE_WORD, SPEECH
from clusterld.extraction.context import ORG, ORG_OR_PROGRAMME, PERSON, ArticleState, FactDraft, SentenceView
from clusterld.extraction.normalise import clean_label, fold

_HONORIFIC = r"(?:[Pp]rofessor )?"  # the one title the masked view keeps before a name (context drops 'la Dra.', 'Mr')
_OF = r"(?:(?:of|at|for|with|de|del|de la|de los|de las) (?:the |la |el |l')?|d'|de l'|(?:a|en) (?:la |el |l')?)"  # 'of the', 'del', "d'"; 'professora a la UPF', 'investigador en el CSIC'
_LABEL = r"[^,;:()⟨⟩\"]{2,80}?"
# What the organisation is, between the preposition and its name: 'at distribution system operator Fluvius', 'del fabricant Rieju'
_DESCRIBED = rf"(?:(?!(?:de|del|dels|d|of|at|for|the|la|el|les|els)\b)[a-zà-ÿ\-]+ ){{0,2}}(?:{DESCRIPTOR_NOUNS}) "
_ANAPHORA = r"association|organi[sz]ation|cluster|alliance|network|council|company|group|institute|agency|federation|foundation|board"
_NOT_MODIFIERS = frozenset(
    """the a an by to of and with for from at in on as is was who has have his her its their our also now new former current
    el la los las els les l' un una del de d' y i con amb en a al su sus seu seva per para por que es és ha van va
    también també además quien""".split()
)
_CHOSEN = (
    r"(?:was|were|has been|have been|had been|will be|is) (?:re-?)?(?:elected|appointed|named|nominated|chosen|designated|confirmed)"
    r"|(?:fue|ha sido|será) (?:re)?(?:elegid[oa]|nombrad[oa]|designad[oa]|escogid[oa])|(?:va ser|ha estat|serà) (?:re)?(?:elegit|elegida|escollit|escollida|nomenat|nomenada|designat|designada)"
)
_CHOOSE = r"elected|re-elected|reelected|appointed|named|chose|reeligieron|reeligió|(?:van|va) reelegir|(?:van|va|han|ha) (?:escollir|elegir|triar|nomenar|escollit|elegit|triat|nomenat)|eligieron|eligió|escogieron|nombraron|nombró|han elegido|ha elegido"
_ROLE_PATTERNS = tuple(
    re.compile(p)
    for p in (
        rf"(?P<person>{PERSON}), (?!(?:and|or|y|i|o) )(?:the |a |an |who (?:is|was|has been|had been) (?:the )?|now )?(?P<label>{_LABEL}) {_OF}(?:⟨L\d+⟩-based |{_DESCRIBED})?(?P<org>{ORG_OR_PROGRAMME})(?! at ⟨O)",
        # 'X, vice-president for Central Europe at Schneider Electric': the organisation after 'at'
        rf"(?P<person>{PERSON}), (?:the )?(?P<label>{_LABEL}) for (?:the )?⟨[OL]\d+⟩ at (?:the )?(?P<org>{ORG})",
        # 'Medical Valley EMN … has a new chairwoman: Katrin Hollmann'
        rf"(?P<org>{ORG}) (?:has|gets|welcomes) (?:a |its )?new (?P<label>{_LABEL}): {_HONORIFIC}(?P<person>{PERSON})",
        rf"(?P<org>{ORG})(?:'s|s) (?:new |current |former )?(?P<label>{_LABEL}),? {_HONORIFIC}(?P<person>{PERSON})",
        # 'Según el gerente del clúster aragonés, X', "la intervenció del director de l'ICAEN (…), X"
        rf"(?:^|[,;] |⟨D\d+⟩ |\b(?:and|by|with|por|per|con|amb|y|i|según|segons|according to|del|de la|de l'|dels|of the|to the|from the|al|a la|{SPEECH}) )"  # after a verb of saying too: 'explicaba el gerente del clúster, X'
        rf"(?:[Tt]he |[Ee]l |[Ll]a )?(?P<label>[A-Za-z][^,;:()⟨⟩\"]{{1,60}}?) {_OF}(?P<org>{ORG})(?: \({ORG}\))?(?: [a-záéíóúàèòç]+(?=,))?,? {_HONORIFIC}(?P<person>{PERSON})",
        rf"(?P<org>{ORG}) (?P<label>(?:[A-Za-z][\w\-]* ){{0,3}}?[A-Za-z][\w\-]*) {_HONORIFIC}(?P<person>{PERSON})",
        # 'our CEO, Kjersti Fjeldstad', 'our board chair, X' ('our' read as the organisation writing)
        rf"(?P<org>{ORG}) (?P<label>(?:[a-z][\w\-]* )?(?:CEO|[a-z][a-z\- ]{{1,30}})), {_HONORIFIC}(?P<person>{PERSON})(?=[,;.]|$| and )",
        rf"(?P<label>\b[A-Za-z][\w\-]*(?: [A-Za-z][\w\-]*){{0,2}}) (?P<person>{PERSON}) (?:of|at|from) (?:the )?(?P<org>{ORG})",
        rf"(?P<person>{PERSON}), (?P<org>{ORG}) (?P<label>(?:[A-Za-z][\w\-]* ){{0,4}}?[A-Za-z][\w\-]*)(?=[,;.)]|$| and )",
        rf"(?P<person>{PERSON}),? (?:is|was|has been|became|becomes|will be|serves as|acts as|as|es|és|fue|será|com a|como) (?:the |a |an |its |el |la |l')?(?:new |newly appointed |current |nuevo |nueva |nou |nova )?(?P<label>{_LABEL}) {_OF}(?P<org>{ORG_OR_PROGRAMME})",
        rf"(?P<person>{PERSON}),? (?:also )?(?:sits|sat|serves|served|is|was) on the (?P<label>board|executive board|supervisory board|steering committee) of (?:the )?(?P<org>{ORG_OR_PROGRAMME})",
        rf"(?P<org>{ORG}) (?:has )?(?:appointed|named|elected|hired) {_HONORIFIC}(?P<person>{PERSON})(?:, [^,;⟨]{{1,60}}(?:⟨O\d+⟩)?,)? (?:as )?(?:its |the )?(?:new )?(?P<label>{_LABEL})(?=[,;.]|$| and | to | on | in | from | effective | ⟨D)",
        # 'X, who joined Y as managing director in 2021', 'X has been at the helm of Y since 2021'
        rf"(?P<person>{PERSON}),? (?:who )?(?:has |had )?(?:joined|joins|came to) (?:the )?(?P<org>{ORG_OR_PROGRAMME}) as (?:its |the )?(?:new )?(?P<label>{_LABEL})(?=[,;.]|$| and | in | from | ⟨D)",
        rf"(?P<person>{PERSON}),? (?:who )?(?:has been |is |was |had been )?(?P<label>at the helm) of (?:the )?(?P<org>{ORG_OR_PROGRAMME})",
        # 'X takes over as managing director of Y', 'In March, X took over as managing director from Z' (no Y: the
        # organisation the sentence before is about), 'X was promoted to chief executive of Y'
        rf"(?P<person>{PERSON}),? (?:[^,;⟨]{{1,40}}, )?(?:takes|took|will take|has taken) over as (?:the )?(?:new )?(?P<label>{_LABEL})(?: {_OF}(?P<org>{ORG_OR_PROGRAMME})|(?= from |[,;.]|$))",
        rf"(?P<person>{PERSON}),? (?:has been |was |is )?promoted to (?:the )?(?:post of )?(?P<label>{_LABEL}) {_OF}(?P<org>{ORG_OR_PROGRAMME})",
        rf"(?P<person>{PERSON}),? (?:[^;]{{0,120}}?, )?(?:is|was|has been|became|becomes|will be|remains) (?:the )?(?P<org>{ORG})'s (?:new |current )?(?P<label>[^,;:()⟨⟩\"]{{2,40}}?)(?=[,;.]|$| and | (?:(?:in|on|since|from) )?⟨D)",
        rf"(?P<org>{ORG})(?:, [^,;⟨]{{1,80}}(?:⟨[LO]\d+⟩[^,;⟨]{{0,30}})?)?, (?:whose|cuyo|cuya|el (?:seu|qual)) (?P<label>[^,;:()⟨⟩\"]{{2,40}}?),? (?P<person>{PERSON})",
        # 'Siân Morgan, communications manager, Aerospace Wales' (a contact block)
        rf"(?P<person>{PERSON}), (?P<label>[a-z][a-z\- ]{{2,40}}?), (?P<org>{ORG})(?=[,;.]|$)",
        # 'According to X, the alliance's director, …'
        rf"(?P<person>{PERSON}), (?:the )?(?P<org>{ORG})'s (?:new |current )?(?P<label>[^,;:()⟨⟩\"]{{2,40}}?)(?=[,;.]|$| and )",
        # 'X is headed by managing director Y', 'X está presidido por su presidenta, Y'.
        rf"(?P<org>{ORG}),? (?:is|was|has been|will be|está|es|fue|ha sido) (?:headed|led|chaired|directed|managed|run|encabezad[oa]|dirigid[oa]|presidid[oa]|liderad[oa]) (?:by|por) (?:its |the |su |el |la )?(?:new |current )?(?P<label>[a-záéíóú][a-záéíóú\- ]{{1,40}}?),? {_HONORIFIC}(?P<person>{PERSON})",
        # 'X, an agronomist who …, was elected president of Y', 'X fue nombrada directora del Y': the verb gives the role.
        rf"(?P<person>{PERSON})(?:, (?:[^;,⟨]|⟨[OLD]\d+⟩){{1,150}}?,)? (?:{_CHOSEN}) (?:as |como |com a )?(?:the |its |a |an |el |la |l')?(?:new |nuevo |nueva |nou |nova )?(?P<label>{_LABEL}) {_OF}(?P<org>{ORG_OR_PROGRAMME})",
        # 'Paul Irving of Redcar Polymers becomes vice-chair', 'X, finance director at Y, is the new treasurer': a seat of
        # the organisation the article is about (the one they come from is not the one they serve)
        rf"(?P<person>{PERSON})(?: (?:of|from) (?:the )?(?:{ORG}|[A-Z][\w&\-]*(?: [A-Z][\w&\-]*){{0,3}})|, (?:[^;,⟨]|⟨[OLD]\d+⟩){{1,80}}?,)? (?P<elected>{_CHOSEN}|becomes|became|will become|is the new|was the new|(?:pasa|passa) a ser)"
        rf" (?:as |como |com a )?(?:the |its |el |la |l')?(?:new |nuevo |nueva |nou |nova )?(?P<label>[a-záéíóúàèòç][a-záéíóúàèòç\- ]{{1,30}}?)(?=[,;.]|$| and | y | i | after | in | on | at | ⟨D)",
        # 'Allí fue elegido presidente Federico Ábalos': an election of the organisation the article is about
        rf"\b(?P<elected>fue|ha sido|será|va ser|ha estat|serà) (?:re)?(?:elegid[oa]|nombrad[oa]|designad[oa]|escogid[oa]|elegit|elegida|escollit|escollida|nomenat|nomenada)(?: por unanimidad| per unanimitat)? (?:nuevo |nueva |nou |nova )?(?P<label>[a-záéíóúàèòç][a-záéíóúàèòç ]{{1,30}}?) {_HONORIFIC}(?P<person>{PERSON})",
        # 'El clúster nombró el lunes a Sara Quintana nueva directora gerente', 'X ha nomenat Y nova directora'
        rf"(?P<org>{ORG}) (?:nombró|eligió|designó|ha nombrado|ha elegido|ha designado|va nomenar|ha nomenat|va escollir|ha escollit)(?: (?:el |la )?⟨D\d+⟩)? (?:a )?{_HONORIFIC}(?P<person>{PERSON}),? (?:como |com a )?(?:su |el seu |la seva )?(?:nuevo |nueva |nou |nova )?(?P<label>{_LABEL})(?=[,;.]|$| y | i | en | a partir)",
        # 'Sara Quintana sustituye a Tomás Hidalgo al frente del clúster', 'X takes the helm of Y'
        rf"(?P<person>{PERSON})(?:, [^,;⟨]{{1,60}},)? (?:sustituye|sustituirá|sustituyó|releva|relevará|relevó|substitueix|substituirà|rellevarà|rellevà) (?:a )?{PERSON} (?P<label>al frente|a la presidencia|a la dirección|al capdavant) (?:del |de la |de l')(?P<org>{ORG_OR_PROGRAMME})",
        # 'El nuevo presidente, Pedro Ruiz, sustituye a …', 'The new chair, Jane Doe, …': of the organisation the sentence before is about
        rf"^(?:The|El|La) (?:new|nuevo|nueva|nou|nova) (?P<label>[a-z][a-z ]{{2,30}}?), {_HONORIFIC}(?P<person>{PERSON})",
        # 'El clúster, que preside Tomás Hidalgo, …'
        rf"(?P<org>{ORG}), que (?P<label>preside|presideix|dirige|dirigeix|lidera|encabeza) {_HONORIFIC}(?P<person>{PERSON})",
        # "Els socis van elegir per unanimitat X, …, per presidir l'entitat", 'eligieron a X para dirigir el clúster'
        rf"\b(?:{_CHOOSE})(?: per unanimitat| por unanimidad| unanimously)? (?:a )?{_HONORIFIC}(?P<person>{PERSON})(?:, (?:[^;,⟨]|⟨[OLD]\d+⟩){{1,150}}?,)? (?:per a |per |para |to )(?P<label>presidir|dirigir|chair|lead|head) (?:el |la |l'|the )?(?P<org>{ORG_OR_PROGRAMME})",
        # 'Els socis hi van escollir X, …, com a nova presidenta del clúster', 'members elected X as chair of Y'; with 'its' and no
        # organisation ('the board elected Dr. X as its chair'), the organisation the sentence before is about
        rf"\b(?:{_CHOOSE})(?: per unanimitat| por unanimidad| unanimously)? (?:a )?{_HONORIFIC}(?P<person>{PERSON})(?:, (?:[^;,⟨]|⟨[OLD]\d+⟩){{1,150}}?,)? (?:as|como|com a) (?:the |el |la |l')?(?P<its>its |their )?(?:new |nuevo |nueva |nou |nova )?(?P<label>{_LABEL})(?: {_OF}(?P<org>{ORG_OR_PROGRAMME})|(?(its)(?=[,;.]|$)|(?!)))",
        # 'Los asociados reeligieron por unanimidad como presidente a X': of the organisation the sentence before is about
        rf"\b(?:{_CHOOSE})(?: per unanimitat| por unanimidad)? (?:como|com a) (?:su |el seu |la seva )?(?:nuevo |nueva |nou |nova )?(?P<label>[a-záéíóúàèòç][a-záéíóúàèòç ]{{1,30}}?) (?:a )?{_HONORIFIC}(?P<person>{PERSON})",
    )
)
# "su presidente, Javier Treviño", 'Por parte de GAIA firmó su directora general, Itziar Lasa': the organisation the
# sentence (or the one before) is about.
_POSSESSIVE = re.compile(rf"(?:^|[,;] |\b[a-záéíóúàèòç]+ )(?:[Ss]us?|[Ee]l seu|[Ll]a seva|[Ii]ts) (?:new |nuevo |nueva |nou |nova )?(?P<label>[^,⟨]{{2,40}}?), {_HONORIFIC}(?P<person>{PERSON})")
# 'Ingrid Haugland, its managing director, said …': the organisation named last in the sentence, else the one before.
_POSSESSIVE_AFTER = re.compile(
    rf"(?P<person>{PERSON}), (?:who (?:has been|is|was) )?(?:its|their|su|sus|el seu|la seva) (?:new |current |nuevo |nueva |nou |nova )?(?P<label>[^,;⟨()\"]{{2,40}}?)(?=[,;.]|$| since | ⟨D)"  # 'Dr. X, who has been its director since 2021'
)
# 'Andrew Mackay, who heads the catapult's supply chain team', 'Tomeu Vidal, que havia presidit l'entitat des del 2018', 'Chiara Bellini, a chemist who heads the bioeconomy
# unit at Innovhub-SSI', 'Nadia Verstraeten, who has led Flanders' FOOD since 2021', 'Ivan Horvat has chaired X since
# 2019': the verb says the role.
_WHO_LEADS = re.compile(
    rf"(?P<person>{PERSON}),? (?:(?:a|an|the|un|una|el|la) (?:(?!who\b|que\b)[^,;⟨]|⟨L\d+⟩){{1,40}} |(?:[^,;⟨]|⟨L\d+⟩){{1,60}}, )?(?:who |que |quien |qui )?(?:has |had |now |also |ha |havia |había |va )?"
    r"(?P<verb>heads|headed|leads|led|chairs|chaired|directs|directed|runs|ran|manages|managed|coordinates|coordinated|presidit|presidido|presidir|presideix|preside|presidia|presidía"
    r"|dirigit|dirigido|dirigir|dirigeix|dirige|dirigia|dirigía|encapçala|encapçalava|encapçalat|encabeza|encabezaba|encabezado|liderava|lideraba) "
    rf"(?:(?:the |el |la |l')?(?:[A-Z][a-zà-ÿ]+ )?(?P<org>{ORG})(?:'s? (?P<unit>[^,;.⟨]{{2,50}}?))?|(?:the |a |its )?(?P<unit2>[^,;.⟨]{{2,50}}?) (?:at|of|in|de|del|de la|d') ?(?:the )?(?P<org2>{ORG}))(?: \({ORG}\))?(?: (?:in|en) (?:⟨L\d+⟩|esta ciudad|this city))?"
    r"(?: as (?P<title>[A-Za-z][A-Za-z \-]{1,40}?))?(?=[,;.]|$| and | since | from | des de | des del | desde | (?:des |desde )?⟨D\d+⟩)"
)
# 'Marek Wiśniewski, who chairs its board', 'Mikko Rantanen, who heads its bioeconomy programmes': a role in the
# organisation the sentence before is about.
_LEADS_ITS = re.compile(
    rf"(?P<person>{PERSON}),? who (?:has |now )?(?P<verb>chairs|chaired|presides over|presided over|heads|headed|leads|led|runs|ran|directs|directed|manages|managed|coordinates|coordinated) "
    r"(?:its|their) (?P<unit>[^,;.⟨]{2,50}?)(?=[,;.]|$| and | since | from )"
)
# 'Per part del clúster hi va posar la signatura Núria Ventura, que el presideix des del 2023': a clitic for the
# organisation named before her in the sentence.
_LEADS_IT = re.compile(rf"(?P<person>{PERSON}), que (?:el|la|l['’]|lo) (?P<verb>presideix|presidia|preside|presidía|dirigeix|dirigia|dirige|dirigía|lidera|liderava|lideraba)\b")
# 'Desde 2023 lo encabeza como directora ejecutiva la Lic. X', "la dirigeix com a gerent X": the role said after 'como'
_LEADS_IT_AS = re.compile(
    rf"\b(?:lo|la|el|l['’]) ?(?:encabeza|dirige|preside|lidera|gestiona|coordina|dirigeix|presideix|encapçala|gestiona) (?:como|com a) "
    rf"(?P<label>[a-záéíóúàèòç][a-záéíóúàèòç ]{{1,40}}?) (?:la |el )?{_HONORIFIC}(?P<person>{PERSON})"
)
# What a verb or a phrase says the role is: 'que preside X', 'sustituye a Y al frente del clúster'.
_PRESIDENT, _DIRECTOR, _HEAD = {"es": "presidente", "ca": "president"}, {"es": "director", "ca": "director"}, {"es": "responsable", "ca": "responsable"}
_VERB_LABEL = {"at the helm": {"en": "head"}, "presidir": _PRESIDENT, "dirigir": _DIRECTOR, "chair": {"en": "chair"}, "lead": {"en": "head"}, "head": {"en": "head"}, "preside": _PRESIDENT, "presideix": _PRESIDENT, "a la presidencia": _PRESIDENT, "dirige": _DIRECTOR, "dirigeix": _DIRECTOR, "a la dirección": _DIRECTOR,
               "lidera": _HEAD, "encabeza": _HEAD, "al frente": _HEAD, "al capdavant": _HEAD}
_VERB_ROLE = {"head": "head", "lead": "head", "led": "head", "encap": "head", "encab": "head", "lider": "head", "chair": "chair", "direct": "director", "run": "head", "ran": "head", "manag": "manager", "coordinat": "coordinator", "presid": "president", "dirig": "director"}
# Roles the text gives without naming them (by a verb, a board seat), in Spanish and Catalan; English is the key.
_ROLE_NOUNS = {
    "es": {"head": "responsable", "chair": "presidente", "director": "director", "manager": "gerente", "coordinator": "coordinador", "president": "presidente", "board member": "vocal",
           "vice-president": "vicepresidente", "secretary general": "secretario general", "director general": "director general"},
    "ca": {"head": "responsable", "chair": "president", "director": "director", "manager": "gerent", "coordinator": "coordinador", "president": "president", "board member": "vocal",
           "vice-president": "vicepresident", "secretary general": "secretari general", "director general": "director general"},
}
# 'X is chaired by Y', 'X, which represents …, is headed by Y', 'X está presidido por Y': the verb gives the role.
_LED_BY = re.compile(rf"(?P<org>{ORG}),? (?:[^;⟨]{{0,80}}?, )?(?:is|was|has been|will be|está|es|fue|ha sido) (?P<verb>chaired|headed|directed|presidid[oa]|dirigid[oa]) (?:by|por) {_HONORIFIC}(?P<person>{PERSON})")
_ROLE_ANAPHORA = re.compile(rf"(?P<person>{PERSON}), (?P<label>{_LABEL}) of the (?:{_ANAPHORA})(?: and (?P<label2>[^,;:()⟨⟩]{{2,40}}?))?(?=[,;.]|$)")
# 'Chief executive Andrew Tindall said …', 'El gerente Luis Mora explicó …': a title alone before a name opening the
# sentence, a role of the organisation the article is about
_TITLE_OPENING = re.compile(rf"^(?:(?:El|La|The) )?(?P<label>[A-Z][a-zà-ÿ\-]+(?: [a-zà-ÿ\-]+){{0,2}}) (?P<person>{PERSON})(?! (?:of|at|from|de|del|d')\b)(?!,)")
# 'Since January it has been led by Ioana Pop, who joined as executive director'
_LED_BY_WHO = re.compile(
    rf"(?:\b[Ii]t|(?P<org>{ORG})) (?:has been |is |was |had been )?(?P<verb>led|headed|run|directed|managed|chaired) by {_HONORIFIC}(?P<person>{PERSON})"
    rf"(?:, who (?:joined|came|took over|started) as (?:the |its )?(?:new )?(?P<label>{_LABEL})(?=[,;.]|$| and | in | after | from | ⟨D))?"
)
# 'X … sustituye en el cargo a Y, que lo ocupaba desde 2020', 'X replaces Y': Y held the role X was given; 'She succeeds Y':
# the person named just before is X.
_REPLACES = re.compile(
    rf"(?:(?P<new>{PERSON})(?:[^;⟨]|⟨[OLD]\d+⟩){{0,200}}?|^(?:She|He|Ella|Él|Ell)) (?:sustituye|sustituirá|sustituyó|sustituyendo|reemplaza|reemplazará|reemplazó|reemplazando|releva|relevará|relevó|substitueix|substituirà|substituint|va rellevar|relleva|rellevarà|replaces|replaced|replacing|succeeds|succeeded|succeeding|will succeed|will replace|(?:takes|took|will take|has taken) over as [^,;⟨]{{1,60}}? from|(?:takes|took|will take|has taken) over from"
    r"|(?:pren|prendrà|va prendre|agafa|toma|tomará|tomó) el (?:relleu|relevo) (?:de|a))"
    rf" (?:en el cargo |al cargo |en el càrrec |in the post |in the role )?(?:a )?{_HONORIFIC}(?P<old>{PERSON})"
)
# 'La nueva junta la completan X, de Nueva Pescanova, como vicepresidente primero, y Y, de Z, que asume la
# vicepresidencia segunda': a seat on the board of the organisation whose officers were named just before.
_BOARD_SEAT = re.compile(
    rf"(?P<person>{PERSON}), (?:de|del|de la|d'|of|from) ?(?:the )?{ORG}(?: \({ORG}\))?, (?:(?:como|com a|as) (?:the )?(?P<label>{_LABEL})(?=[,;.]|$| y | i | and )"
    r"|(?:que|who) (?:asume|asumirá|assumeix|assumirà|ocupa|ocupará|ocuparà|takes|will take|becomes) (?:la |el |the )?(?:(?:càrrec|cargo|post|role|position) (?:de|of) (?:the )?)?"
    r"(?P<seat>vicepresidencia|presidencia|secretaría|tesorería|vicepresidència|presidència|secretaria|tresoreria|vice-presidency|treasury"
    r"|tresorera|tresorer|tesorera|tesorero|secretària|secretari|secretario|vicepresidenta|vicepresidente|vicepresident|treasurer|secretary)(?: [a-zà-ÿ]+)?)"
)
_BOARD_LABEL = re.compile(r"presid|chair|vice|secret|treasur|tesor|tresor", re.IGNORECASE)


def extract_roles(view: SentenceView, state: ArticleState) -> None:
    """Draft role facts from the sentence."""
    for pattern in _ROLE_PATTERNS:
        for match in pattern.finditer(view.masked):
            label = role_label(match.group("label")) or _VERB_LABEL.get(match.group("label"), {}).get(state.language)
            named = match.groupdict().get("org")
            by_board = re.search(r"\b(?:the|el|la) (?:board|junta|consejo|consell)\b", view.masked[: match.start()])  # 'the board elected …': the article's organisation
            org = view.slot(named).ref if named else state.main_subject() if by_board or match.groupdict().get("elected") else state.subject_before(view.sentence.start)
            if label and org:
                fact = add_role(view, state, view.slot(match.group("person")).ref, org, label, 0.8 if named else 0.6)
                if not named:
                    fact.note("A role of the organisation the sentence before is about ('the new …', 'took over as …').")
    for pattern, which in ((_POSSESSIVE, 0), (_POSSESSIVE_AFTER, -1)):  # 'Its CEO, X': the sentence's first organisation; 'X, its CEO': its last
        for match in pattern.finditer(view.masked):
            label = role_label(match.group("label"))
            after_verb = pattern is _POSSESSIVE and match.group()[:1].isalpha()  # 'per ITENE ho va fer el seu director, X': the clause's last
            named = view.refs(view.masked[: match.start()].split(";")[-1] if after_verb else view.masked[: match.start()], "O")
            org = named[-1 if after_verb else which] if named else state.subject_before(view.sentence.start)
            if label and org:
                fact = add_role(view, state, view.slot(match.group("person")).ref, org, label, 0.6)
                fact.note("'its'/'su' read as the organisation the sentence names, or the one the sentence before is about.")
    for match in (*_LEADS_IT.finditer(view.masked), *_LEADS_IT_AS.finditer(view.masked)):
        before = view.refs(view.masked[: match.start()], "O")
        owner = before[-1] if before else state.cluster_before(view.sentence.start)  # 'lo encabeza …' after a sentence listing its members: the cluster
        label = match.group("label") if "label" in match.groupdict() else _verb_role(match.group("verb"), state.language)
        if owner:
            add_role(view, state, view.slot(match.group("person")).ref, owner, label, 0.6)
    for match in _LEADS_ITS.finditer(view.masked):
        owner = state.subject_before(view.sentence.start)
        unit, noun = match.group("unit"), _verb_role(match.group("verb"), state.language)
        if owner:
            fact = add_role(view, state, view.slot(match.group("person")).ref, owner, role_noun("chair", state.language) if unit.endswith("board") else _of_unit(noun, unit, state.language), 0.6)
            fact.note(f"'its {unit}' read as the {unit} of the organisation the sentence before is about.")
    for match in _WHO_LEADS.finditer(view.masked):
        noun = _verb_role(match.group("verb"), state.language)
        unit = match.group("unit") or match.group("unit2")
        label = role_label(match.group("title") or "") or (_of_unit(noun, unit, state.language) if unit else noun)  # 'who has led X as chief executive
        leader, led = view.slot(match.group("person")).ref, view.slot(match.group("org") or match.group("org2")).ref
        if not unit and led in state.organisations_of(leader):
            continue  # 'X, chairman of Y … X, who chairs Y': the verb repeats the role already drafted
        add_role(view, state, leader, led, label, 0.7)
    title = _TITLE_OPENING.match(view.masked)
    label = role_label(title.group("label")) if title and ROLE_WORD.match(title.group("label")) else None
    if title and label and (org := state.main_subject()):
        add_role(view, state, view.slot(title.group("person")).ref, org, _as_in_a_sentence(label), 0.5).note("A title before a name, of the organisation the article is about.")
    for match in _LED_BY.finditer(view.masked):
        noun = _verb_role(match.group("verb"), state.language)
        add_role(view, state, view.slot(match.group("person")).ref, view.slot(match.group("org")).ref, noun, 0.7)
    _contact_line(view, state)
    for match in _ROLE_ANAPHORA.finditer(view.masked):
        person = view.slot(match.group("person"))
        board = match.group().endswith("board")  # 'the chairman of the board': the board of the cluster named last, else of any organisation
        org = (state.last_of({"cluster-organisation"}, before=person.start) if board else None) or state.last_of({"cluster-organisation", "organisation"}, before=person.start)
        if org is None:
            continue
        for group in ("label", "label2"):
            label = role_label(match.group(group) or "")
            if label:
                fact = add_role(view, state, person.ref, org, label, 0.6)
                fact.note("'the association' (or organisation) read as the organisation named just before.")


def extract_successions(view: SentenceView, state: ArticleState) -> None:
    """Roles said by who leads an organisation, by a seat on its board and by who was replaced, over the whole
    sentence ('it has been led by X, who joined as …' is one statement), after its clauses' roles."""
    for match in _LED_BY_WHO.finditer(view.masked):
        org = view.slot(match.group("org")).ref if match.group("org") else state.subject_before(view.sentence.start)
        label = role_label(match.group("label") or "") or _verb_role(match.group("verb"), state.language)
        if org:
            add_role(view, state, view.slot(match.group("person")).ref, org, label, 0.7)
    seats = list(_BOARD_SEAT.finditer(view.masked))
    officers = (f for f in reversed(list(state.facts.values())) if f.type == "role" and any(_BOARD_LABEL.search(v) for v in f.fields["role_label"].values())) if seats else iter(())
    board = next((f.fields["organisation"] for f in officers), None)  # looked up only for a sentence that names a seat
    for match in seats if board else ():
        label = role_label(match.group("label") or "") or match.group("seat")
        if label:
            fact = add_role(view, state, view.slot(match.group("person")).ref, str(board), label, 0.6)
            fact.note("A seat on the board of the organisation whose officers were named just before.")
    for match in _REPLACES.finditer(view.masked):
        new = view.slot(match.group("new")).ref if match.group("new") else state.last_of({"person"}, before=view.sentence.start)
        old = view.slot(match.group("old")).ref
        if new is None:
            continue
        # 'La asamblea ratificó el nombramiento de X como gerente. X … releva a Y'; not the post at their own company that
        # a person is introduced with ('X, directora general de l'enginyeria IDP, … pren el relleu de Y')
        held = [f for f in state.roles_of(new) if state.kind_of(f.fields["organisation"]) != "organisation" or _BOARD_LABEL.search(" ".join(f.fields["role_label"].values()))]
        given = [f for f in held if view.span in f.evidence] or held[-1:]
        if given and given[-1].fields["organisation"] not in state.organisations_of(old):
            role = given[-1]
            fact = add_role(view, state, old, role.fields["organisation"], next(iter(role.fields["role_label"].values())), 0.6)
            fact.note(f"Replaced by {state.name_of(new)}: held the role given to them.")


def _verb_role(verb: str, language: str) -> str:
    """The role a verb gives, in the article's language: 'chaired' a chair, 'heads' a head, 'presidido' a presidente."""
    return role_noun(next(role for stem, role in _VERB_ROLE.items() if verb.startswith(stem)), language)


def role_noun(role: str, language: str) -> str:
    """An unnamed role ('chair', 'board member') as the article's language says it: 'presidente', 'vocal'."""
    return _ROLE_NOUNS.get(language, {}).get(role, role)


def _of_unit(noun: str, unit: str, language: str) -> str:
    """A role over part of an organisation: 'head of the supply chain team', 'director de la planta'."""
    return f"{noun} de {clean_label(unit)}" if language in _ROLE_NOUNS else f"{noun} of the {clean_label(unit)}"


# A press release's contact: a line with only a name, then 'Communications Manager, Pittsburgh Robotics Network'
_TITLE_LINE = re.compile(r"^(?P<label>[A-Z][\w&\- ]{2,60}?),? (?:at |of )?(?:the )?(?P<org>⟨O\d+⟩)$")


def _contact_line(view: SentenceView, state: ArticleState) -> None:
    """The role a line gives the person named alone on the line before it."""
    line = _TITLE_LINE.match(view.masked)
    before = state.mentions_before(view.sentence.start, 80)[-1:] if line else []
    person = before[0] if before and before[0].kind == "person" else None
    alone = person is not None and not state.text[person.end : view.sentence.start].strip("\n ") and not state.text[state.text.rfind("\n", 0, person.start) + 1 : person.start].strip()
    label = role_label(line.group("label")) if line and alone else None
    if line and person and label:
        add_role(view, state, person.entity, view.slot(line.group("org")).ref, _as_in_a_sentence(label), 0.6)


def _as_in_a_sentence(title: str) -> str:
    """A title as it reads inside a sentence: 'Communications Manager' is 'communications manager'; 'CEO' stays."""
    return " ".join(word.lower() if word[1:].islower() else word for word in title.split())


def role_label(raw: str) -> str | None:
    """The role as written: its role word with up to three modifiers before it; None if it names no role."""
    words = raw.split()
    if raw.strip() in ("board", "executive board", "supervisory board", "steering committee"):
        return f"{raw.strip()} member"
    if not words or len(words) > 9 or not ROLE_WORD.search(raw):
        return None
    first_role = next((i for i in range(len(words)) if ROLE_WORD.match(" ".join(words[i:]))), None)
    if first_role is None:  # a role word inside a compound: 'vice-chair'
        first_role = next(i for i, word in enumerate(words) if ROLE_WORD.search(word))
    start = first_role
    while start > 0 and first_role - start < 3 and words[start - 1].lower() not in _NOT_MODIFIERS:
        start -= 1
    return clean_label(" ".join(words[start:])) or None


def add_role(view: SentenceView, state: ArticleState, person: str, org: str, label: str, confidence: float) -> FactDraft:
    """Draft the role, one per person, organisation and role (the shorter label of two that end alike)."""
    fields: dict[str, object] = {"person": person, "organisation": org, "role_label": {state.language: label}}
    concept = role_concept(label, state)
    if concept:
        fields["role"] = concept
    key = ("role", person, org, concept or fold(label))
    same = [f.key for f in state.roles_of(person) if f.key[:3] == key[:3] and isinstance(f.key[3], str)]
    longer = next((k for k in same if k[3].endswith(f" {key[3]}")), None)
    if longer is not None:  # 'fue nombrada gerente' read as 'nombrada gerente', then 'gerente': one role, the shorter label
        state.rekey_role(longer, key).fields["role_label"] = {state.language: label}
    shorter = next((k for k in same if k != longer and key[3].endswith(f" {k[3]}")), None)
    return state.add(FactDraft("role", shorter or key, fields, [view.span], confidence))


def role_concept(label: str, state: ArticleState) -> str | None:
    """The role concept whose label (or alternative label) occurs in `label`; the longest wins."""
    folded = f" {fold(label).replace('-', ' ')} "
    best: tuple[int, str] | None = None
    for slug, labels in state.knowledge.concepts.get("role", {}).items():
        for concept_label in labels:
            plain_label = concept_label.replace("-", " ")
            deputy = re.search(rf"\b(?:vice|deputy|assistant|co) {re.escape(plain_label)} ", folded) and not plain_label.startswith(("vice", "deputy"))  # a vice-president is no president
            if f" {plain_label} " in folded and not deputy and (best is None or len(concept_label) > best[0]):
                best = (len(concept_label), slug)
    return best[1] if best else None
