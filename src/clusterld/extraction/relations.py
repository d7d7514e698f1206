"""Binary relations (based in, located in, part of, launched/operated/promoted by, facilitates, alumni of) in
English, Spanish and Catalan phrasing ('programa X de Y', "l'agència … de la Generalitat", 'set up in 2014 by A, B
and C', 'con el respaldo de X', 'at the X Park in Y')."""

from __future__ import annotations

import re

from clusterld.extraction.context import DATE, ORG, ORG_OR_PROGRAMME, PERSON, PROGRAMME, ArticleState, FactDraft, SentenceView
from clusterld.extraction.cues import COMPASS_POINTS, PLACE_NOUNS, country_of, country_or_region_of
from clusterld.extraction.lexicon import MINISTRY_HEADS, OFFICE_HEADS

_PLACE_OR_CLUSTER = r"⟨[LC]\d+⟩"
# Where an organisation sits, said before the place: 'headquartered in', 'con sede en', "amb oficines a"
SEATED_IN = r"(?:headquartered in|based in|with offices in|con sede en|con base en|con oficinas en|amb seu a|amb base a|amb oficines a)"
_OF = r"(?:(?:of|de|del|de la) (?:the )?|d')"
# Offices and plants of an organisation in a place do not say where it is based.
# 'X in Y' alone: Y is X's seat, unless X is what somebody met, visited or hosted there on a date ('met A and B in
# Zagreb on Monday'); 'visited KAIST in Daejeon' still says where KAIST is.
_ORG_IN_PLACE = (re.compile(rf"(?P<s>{ORG}(?:(?: and | y | i )(?:the |el |la |l')?{ORG})?)(?: \({ORG}\))? (?:in|en) (?P<o>⟨L\d+⟩)(?! (?:and|or|y|i) ⟨L)"), re.compile(rf"(?P<s>{ORG}), (?:in|en) (?P<o>⟨L\d+⟩),"))
# 'en el municipio valenciano de Paterna', 'in the municipality of Querétaro': what kind of place the name after it is
_PLACE_NOUN_OF = rf"(?:(?:the |el |la |l')?(?:{PLACE_NOUNS}|{COMPASS_POINTS})(?: [a-zà-ÿ]+)? (?:of|de|del|d') ?(?:the |la |el |l')?)?"  # 'en el norte de'
# 'Wolfsburg (Alemania)', 'Toulouse, France,': a place, then the country it lies in
_PLACE_COUNTRY = re.compile(r"(?<![⟩,] )(?P<s>⟨L\d+⟩)(?: \((?P<o>⟨L\d+⟩)\)|, (?P<c>⟨L\d+⟩)(?=[,.;)]| and | y | i ))")
# A place inside another: 'the Food Pilot in Melle', 'en el municipio de Colón', 'el CosmoCaixa de Barcelona', "al recinte
# Fira de Barcelona Gran Via, a l'Hospitalet de Llobregat", a dateline's 'FARNBOROUGH, Hampshire, 22 July'
_PLACE_IN_PLACE = re.compile(
    rf"(?P<s>⟨L\d+⟩)(?:,? (?:in|en) (?:the |el |la )?{_PLACE_NOUN_OF}| (?:de|d') ?|, (?:(?:a|en) (?:l'|la |el )?|al ){_PLACE_NOUN_OF})(?P<o>⟨L\d+⟩)(?! (?:i|y|and) (?:a|al|en|in) )"  # not a list: 'a la Garrotxa, al Gironès i a Osona'
    r"|^(?P<s2>⟨L\d+⟩), (?P<o2>⟨L\d+⟩),? (?=⟨D|\d)"
)
# 'Maptek, de Adelaida, y …', 'A i B, totes dues de Barcelona', 'Grupo AN, de Tajonar.', 'A and the producer B, both based at Wilton': where
# organisations are from, said in an apposition after them
_FROM_PLACE = re.compile(
    r"(?P<list>⟨O\d+⟩(?:(?:,? (?:and|y|i)|,) (?:(?:the|la|el) (?:[a-z\-]+ ){0,3}|l')?⟨O\d+⟩)*), (?P<all>(?:both|all|all of them|totes dues|tots dos|ambas|ambos|todas|todos|totes|tots|les dues|els dos|las dos|los dos) )?"
    r"(?:de|del|dels|de la|de l'|from|d'|based (?:in|at)|con sede en|amb seu a) ?(?P<o>⟨L\d+⟩)(?=[,.;)]| (?:and|y|i) |$)"  # 'A, dels Països Baixos'

)
# 'la Secretaría de Desarrollo Sustentable (SEDESU) del Gobierno del Estado de Querétaro': a department of a government
# 'la Consejería de X de la Junta de Y' (a department of a government), 'la Facultat d'Enologia de la URV', "el Centre de
# Recerca Vitícola d'ACCIÓ" (a unit of an organisation): one name, then the one it belongs to
_PART_OF_NEXT = re.compile(rf"(?P<s>{ORG})(?: \({ORG}\))? (?:del |de la |de l'|de |d'|of the |of )(?P<o>{ORG})")
_GOVERNMENT_HEADS = frozenset({"gobierno", "govern", "government", "generalitat", "junta", "xunta", "diputacion", "diputacio", "ayuntamiento", "ajuntament", "cabildo", "gouvernement"})
_MET_THERE = re.compile(r"\b(?:met|meets|meet|meeting|visited|visits|visit|visiting|hosted|hosts|host|toured|from|with|signed|inked|sealed|se reunió con|visitó|visitaron)\b(?: (?:the |la |el )?(?:[\w\-]+ ){0,3}?(?:of |from |de )?)?(?:(?:the |la |el )?⟨[OP]\d+⟩(?:,| and| y| i)? )*(?:the |la |el )?$")
_NOT_SEAT = re.compile(r"(?:offices?|oficinas?|oficines|plants?|plantas?|factory|fábrica|site|branch|sucursal|subsidiary|filial) (?:of|de|d') ?(?:the |la |el )?$", re.IGNORECASE)
_FOUNDED_BY = re.compile(
    rf"(?P<s>{ORG_OR_PROGRAMME})(?: \({ORG}\))? (?:was|were|has been|had been|fue|va ser|ha estat) (?:founded|set up|created|established|launched|fundad[oa]|cread[oa]|creat|creada|fundat|fundada)"
    rf"(?: (?:in |on |en |el )?{DATE})? (?:jointly )?(?:by|por|per) (?:the |el |la |l')?(?:(?:[a-z][\w\-]* ){{1,4}}and (?:the )?)?"  # 'by local business leaders and the University of …'
    r"(?:(?:states|regions|provinces|cities|municipalities|cantons|governments|estados|regiones|provincias|ciudades|municipios) (?:of|de) (?:the )?)?"
    rf"(?P<list>(?:⟨[OPL]\d+⟩(?:,? (?:and|y|i|&) (?:the |el |la |l')?|, (?:the |el |la |l')?)?)+)"
)
# 'Launched in 2021 by the Canton of Vaud, Nestlé and EPFL together with other founding partners, it …'
FOUNDERS = r"(?:the |el |la |l')?(?P<list>⟨[OPL]\d+⟩(?:(?:,? (?:and|y|i|&)|,) (?:the |el |la |l')?⟨[OPL]\d+⟩)*)(?: (?:together )?with [^,⟨]{1,50})?"
_FOUNDED_BY_OPENING = re.compile(rf"^(?:Founded|Established|Created|Set up|Formed|Launched) (?:(?:in |on )?{DATE} )?(?:jointly )?by {FOUNDERS}, (?:the |its )?(?P<s>{ORG_OR_PROGRAMME})")
# 'with the support of X', 'cuenta con el respaldo de X', "amb el suport de X": X backs the sentence's organisation.
_SUPPORT = re.compile(rf"\b(?:with|con|amb) (?:the |el )?(?:support|backing|respaldo|apoyo|suport) (?:of|de|d') ?(?:the |la |el |l')?(?P<o>{ORG})")
# 'A, B and C (today) launched X, a … programme', 'will launch a shared pilot programme, X': each is a launcher.
_LAUNCHED_LIST = re.compile(
    rf"(?P<list>⟨[OP]\d+⟩(?:(?:,? (?:and|y|i)|,) (?:the |el |la )?⟨[OP]\d+⟩)*) (?:(?:today|jointly|will|have|has|also|together|hoy|avui|{DATE}) )*"
    r"(?:launched|launch|launches|set up|created|started|unveiled|lanzaron|lanzan|lanzarán|lanzó|crearon|van llançar|llançaran|llancen) "
    rf"(?:(?:a|an|the|their|its|un|una|el|la) )?(?:[\w\-]+ ){{0,4}}?(?:(?:programme|program|initiative|project|scheme|platform|network|programa|iniciativa|proyecto|projecte),? )?(?P<s>{PROGRAMME})"
)
# 'X is backed by A and by B': each backs X (objects that are programmes are dropped where the shapes forbid them).
_BACKED = re.compile(
    rf"(?P<s>{ORG_OR_PROGRAMME})(?: [^⟨.;]{{0,30}}?)? (?:has been |have been |was |were |is |are )?(?:promoted|sponsored|backed|supported|funded|financed|co-funded) by (?:the )?"
    rf"(?P<list>⟨[OG]\d+⟩(?:(?:,? (?:and|as well as)(?: by)?|,) (?:the )?⟨[OG]\d+⟩)*)"
)
# 'X is run by Y', 'X, the national cluster programme run by A, B and the C': each runs X.
_RUN_BY = re.compile(
    rf"(?P<s>{PROGRAMME}),? (?:(?:a|an|the) (?:[\w\-]+ ){{0,4}}?(?:initiative|programme|program|project|scheme|strategy|network),? )?(?:which is |that is |is |was )?"
    rf"(?:organi[sz]ed|run|managed|operated|coordinated|led) by (?:the )?(?:[a-z]+ )?(?P<list>⟨O\d+⟩(?:(?:,? (?:and|as well as)|,) (?:the )?⟨O\d+⟩)*)"
)
# 'Andalucía TRADE, dependiente de la Junta de Andalucía', 'A e B están adscritas al Ministerio …', 'X, attached to the
# Ministry of …': a body under another
_ATTACHED = re.compile(
    rf"(?P<list>{ORG}(?:(?:,| y| e| i| and) (?:la |el |l'|the )?{ORG})*)(?: \({ORG}\))?,? (?:(?:está|están|es|son|és|són|is|are|was) )?"
    r"(?:(?:una |un |an? |la |el |l'|the )?(?:entidad|entitat|agencia|agència|organismo|organisme|body|agency) )?"  # 'X, entidad adscrita al Ministerio …'
    rf"(?:dependiente|dependientes|adscrit[ao]s?|adscrit|adscrites|dependent|attached) (?:de|a|al|del|d'|to|on) ?(?:la |el |l'|the )?(?P<s>{ORG})"
)
# "L'Ajuntament d'Olot i la Diputació de Girona ens donen suport" ('ens', us: the interviewee's organisation)
_GIVE_SUPPORT = re.compile(rf"(?P<list>{ORG}(?:(?:,? (?:and|y|i)|,) (?:la |el |l'|the )?{ORG})*) (?P<s>{ORG}) (?:donen|dan|dona|da|han donat|han dado|van donar) (?:suport|apoyo|support)")
_AGENCY = r"(?:agency|public company|empresa pública|sociedad pública|societat pública|ens públic|ens|department|subsidiary|unit|division|branch|arm|part|faculty|school|facultad|facultat|escuela|escola|agència|agencia|departament|departamento|organisme|organismo|filial)"

_RANK = r"(?!(?:[\w\-]+ ){0,3}?(?:largest|biggest|leading|oldest|most|first|only|mayor|más|principal|primer|primera|més)\b)"
# "Optonique, Québec's optics and photonics cluster", 'AVIA, el clúster de automoción de la Comunitat Valenciana': based in
# that region or city; a country is what a national cluster serves ('Scale AI, Canada's AI cluster'), not its seat.
_DESCRIBED_SEAT = tuple(re.compile(p, re.IGNORECASE) for p in (
    rf"(?P<s>{ORG}), (?P<o>⟨L\d+⟩)['’]s {_RANK}(?:[\w\-&]+ ){{0,4}}?(?:cluster|cluster organi[sz]ation|association|alliance|network|agency)\b",
    rf"(?P<s>{ORG}), (?:el |la |l')?{_RANK}(?:[\w\-]+ ){{0,3}}?(?:clúster|cluster|asociación|associació|alianza|aliança|agrupación|agrupació) (?:[a-zà-ÿ\-]+ ){{0,6}}?(?:de|del|d') ?(?:la |el |l')?(?P<o>⟨L\d+⟩)(?! ?(?:\(|⟨|de |d'))",
))
# (pattern, property, subject group, object group, confidence)
_RELATIONS: tuple[tuple[re.Pattern[str], str, str, str, float], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), prop, subject, obj, confidence)
    for pattern, prop, subject, obj, confidence in (
        # 'Toulouse, where the cluster has its head office'; 'se fundó en Mérida, donde mantiene su sede': without a
        # name, the sentence's first organisation
        (rf"(?P<o>⟨L\d+⟩),? (?:where|donde|on) (?:(?:the |el |la |l')?(?P<s>{ORG}) |it |they )?(?:still )?(?:has|had|keeps|tiene|mantiene|té|manté) (?:its|their|su|la seva|la|el) "
         r"(?:headquarters|head office|main office|office|offices|seat|sede|seu|oficina central|oficinas|oficines|sede central)\b", "based-in", "s", "o", 0.7),
        # 'Founded in 2007 and headquartered in Erlangen, the association …'
        (rf"^(?:(?:Founded|Established|Created|Set up|Formed|Launched|Fundad[oa]|Cread[oa]|Constituid[oa]|Fundat|Fundada|Creat|Creada|Constituït|Constituïda) [^,⟨]{{0,20}}⟨D\d+⟩ (?:and|y|i) )?"
         rf"{SEATED_IN} (?P<o>{_PLACE_OR_CLUSTER}),(?: (?:with|con|amb) [^,⟨]{{1,60}},)? (?:the |its |el |la |l')?(?P<s>{ORG})", "based-in", "s", "o", 0.7),
        # 'el CLAUGTO, constituido en 2013 y con oficinas en León': the offices of an organisation described by its founding
        (rf"(?P<s>{ORG})(?: \({ORG}\))?, (?:founded|established|set up|created|constituid[oa]|cread[oa]|fundad[oa]|constituït|constituïda|creat|creada|fundat|fundada) ⟨D\d+⟩ (?:and|y|i) {SEATED_IN} (?P<o>{_PLACE_OR_CLUSTER})", "based-in", "s", "o", 0.7),
        # 'en la sede de GAIA, en el Parque …', 'at the headquarters of X in Y', 'la sede de la X (ACR), en la ciudad de Y', "X's headquarters in Y"
        (rf"\b(?:headquarters|head office|sede|seu) (?:of|de|d'|del|de la|de l') ?(?:the )?(?P<s>{ORG})(?: \({ORG}\))?,? (?:in|en|a|at|al|a la|a l') ?(?:the |el |la )?{_PLACE_NOUN_OF}(?P<o>{_PLACE_OR_CLUSTER})", "based-in", "s", "o", 0.7),
        (rf"(?P<s>{ORG})['’]s? (?:headquarters|head office|main office) (?:in|at) (?:the )?(?P<o>{_PLACE_OR_CLUSTER})", "based-in", "s", "o", 0.7),
        (rf"(?P<o>⟨L\d+⟩)[^.;]{{0,80}}\bhome to (?:the )?(?P<s>{ORG})(?:'s)? (?:headquarters|head office|main office|seat)", "based-in", "s", "o", 0.7),
        # 'X, the regional association of the sector in Y'; not a rank ('the largest cluster in Europe').
        (rf"(?P<s>{ORG}),? (?:is )?the (?!(?:[\w\-]+ ){{0,3}}?(?:largest|biggest|leading|oldest|most|first|only)\b)(?:[\w\-]+ ){{0,3}}?(?:cluster organi[sz]ation|cluster management organi[sz]ation|cluster|association|cluster initiative|network|alliance)(?: (?:of|for) the [\w\-]+)? (?:of|for|in) (?:the )?(?P<o>⟨L\d+⟩)", "based-in", "s", "o", 0.6),
        # 'Bioazul (Málaga)', 'Secmotic (Sevilla), que desarrolla …': where a listed organisation is, in brackets
        (rf"(?P<s>{ORG}) \((?P<o>⟨L\d+⟩)\)", "based-in", "s", "o", 0.6),
        # 'Exothera, a contract manufacturer from Jumet'
        (rf"(?P<s>{ORG}), (?:a|an) [a-z\- ]{{1,40}}? from (?P<o>⟨L\d+⟩)", "based-in", "s", "o", 0.6),
        (rf"(?P<s>{PROGRAMME})(?: \({PROGRAMME}\))? {_OF}(?P<o>{ORG})", "operated-by", "s", "o", 0.6),
        # 'X is an initiative of the Leeds City Council', 'X es una iniciativa de la Generalitat'
        (rf"(?P<s>{ORG_OR_PROGRAMME}),? (?:is|was|es|és|fue) (?:an|a|una|un) (?:[\w\-]+ )?(?:initiative|project|iniciativa|proyecto|projecte) (?:of|by|de|del|de la|de l') ?(?:the )?(?P<o>{ORG})", "launched-by", "s", "o", 0.7),
        # 'BREW, our accelerator' (in an interview), 'Pilot Lab, Acme's accelerator programme'
        (rf"(?P<s>⟨[OG]\d+⟩), (?P<o>{ORG})(?:'s)? (?:own )?(?:accelerator|incubator)(?: programme| program)?\b", "operated-by", "s", "o", 0.6),
        (rf"(?P<s>⟨[OP]\d+⟩)(?: \(⟨O\d+⟩\))?,? (?:[^⟨.;]{{0,30}}⟨D\d+⟩,? and )?(?:which is |who is |is |are |was |está |es |és )?(?:also |now )?(?:based|headquartered|located|seated|established|situad[oa]|ubicad[oa]|amb seu|con sede|con base|amb base) (?:in|at|en|a) (?:the )?(?P<o>{_PLACE_OR_CLUSTER})", "based-in", "s", "o", 0.8),
        (rf"(?P<s>{ORG}), (?:the|a|an|el|la|un|una) (?:(?!, (?:and|y|i) )[^;⟨]){{0,100}}?, (?:(?:which|that|que) (?:is |está |es )?)?(?:based|headquartered|located|situad[oa]|ubicad[oa]|con sede|amb seu) (?:in|at|en|a) (?:the )?(?P<o>{_PLACE_OR_CLUSTER})", "based-in", "s", "o", 0.7),
        (rf"(?P<s>{ORG})(?:,| is| was| es| és) (?:the|a|an|el|la|un|una) [^;,⟨]{{1,80}}? (?:based|headquartered|located|con sede|amb seu) (?:in|at|en|a) (?:the )?(?P<o>{_PLACE_OR_CLUSTER})", "based-in", "s", "o", 0.7),
        # 'X has its offices at Fornebu', 'X tendrá su sede en Puertollano', 'X es miembro de Y y tiene su sede en San José'
        (rf"(?P<s>⟨[OP]\d+⟩)(?: \({ORG}\))?,? (?:[^.;]{{0,80}}? (?:and|y|i) )?(?:which |who |que |qui )?(?:has|have|will have|keeps|tiene|tendrá|mantiene|té|tindrà|manté|tenen|tienen) (?:its|their|su|sus|la seva|les seves|la|el) (?:headquarters|head office|main office|registered office|offices?|seat|base|home|sede|seu|sede central|sede social|seu central|oficinas|oficines) (?:in|at|en|a) (?:the )?{_PLACE_NOUN_OF}(?P<o>{_PLACE_OR_CLUSTER})", "based-in", "s", "o", 0.8),
        # 'Constituït el 2008, té la seu a Barcelona', '… desde su sede en Toulouse': without a name, the sentence's first
        # organisation, else the one the article was about just before
        (rf"(?:^|, |\b(?:and|y|i) )(?:it |also |still |también |també )?(?:(?:has|keeps|tiene|mantiene|té|manté) (?:its|su|la seva|la) |(?:from|desde|des de) (?:its|su|la seva) )"
         rf"(?:headquarters|head office|seat|sede|seu|sede central|seu central|oficina central) (?:in|at|en|a) (?:the |la |el |l')?{_PLACE_NOUN_OF}(?P<o>⟨L\d+⟩)(?P<s>)", "based-in", "s", "o", 0.6),
        # 'El ITI, centro tecnológico con sede en Valencia'
        (rf"(?P<s>{ORG})(?: \({ORG}\))?, (?:[a-zà-ÿ\-]+ ){{1,4}}(?:con sede|amb seu) (?:en|a) {_PLACE_NOUN_OF}(?P<o>{_PLACE_OR_CLUSTER})", "based-in", "s", "o", 0.7),
        # 'la mina Escondida, operada por BHP', 'the Port of Sines, operated by PSA': who runs a site
        (rf"(?P<s>⟨L\d+⟩),? (?:operated|run|managed|operada|operado|explotada|explotado|gestionada|gestionado|operat|explotat|gestionat) (?:by|por|per) (?:the |el |la |l')?(?P<o>{ORG})", "operated-by", "s", "o", 0.7),
        # 'Toulouse, capital de la región francesa de Occitania', "Tallinn, la capital d'Estònia"
        (rf"(?P<s>⟨L\d+⟩), (?:the |la |l')?capital (?:of|de|d') ?{_PLACE_NOUN_OF}(?P<o>⟨L\d+⟩)", "located-in", "s", "o", 0.7),
        # 'at Agro Food Park on the outskirts of Aarhus', 'a las afueras de Valladolid'
        (r"(?P<s>⟨L\d+⟩),? (?:on the outskirts of|a las afueras de|als afores de) (?P<o>⟨L\d+⟩)", "located-in", "s", "o", 0.6),
        # 'Climent, doctora en Ingeniería Industrial por la UPV'
        (rf"(?P<s>{PERSON}), (?:doctora?|licenciad[oa]|graduad[oa]|ingenier[oa]|llicenciad[ao]|graduada?|enginyera?) (?:en|in) [^,;]{{1,60}}? (?:por|per) (?:la |el |l')?(?P<o>{ORG})", "alumni-of", "s", "o", 0.7),
        # '… is a non-profit association of 150 companies …, founded in 2010 and based in Linz'
        (rf"(?P<s>{ORG}) (?:is|es|és) (?:a|an|una|un) [^⟨.;]{{1,150}}?,? (?:(?:founded|established|created|fundad[oa]|cread[oa]|fundat|fundada|creat|creada) (?:in |en |el )?⟨D\d+⟩ )?(?:and|y|i) (?:based|headquartered|located|con sede|amb seu) (?:in|at|en|a) (?:the )?(?P<o>{_PLACE_OR_CLUSTER})", "based-in", "s", "o", 0.7),
        # 'X was set up in 2006 …, and it still has its offices in Durban': the sentence's first organisation
        (rf", (?:and|but) (?:it|(?P<s>{ORG})) (?:still |also )?(?:has|keeps|maintains) (?:its|their) (?:headquarters|head office|main office|offices?|seat|base) (?:in|at) (?:the )?(?P<o>{_PLACE_OR_CLUSTER})", "based-in", "s", "o", 0.7),
        # 'The cluster receives backing from the Basque Government', 'X gets funding from Y'
        (rf"(?P<s>{ORG_OR_PROGRAMME}) (?:receives|received|gets|got|enjoys|has) (?:the )?(?:financial |public )?(?:backing|support|funding) (?:from|of) (?:the )?(?:⟨L\d+⟩['’]s )?(?P<o>{ORG})", "promoted-by", "s", "o", 0.7),
        # "el programa Catalunya Clústers, que impulsa ACCIÓ": the verb before its subject
        (rf"(?P<s>{PROGRAMME}),? que (?:impulsa|impulsen|gestiona|gestionen|coordina|lidera|promou|promueve|dirige|dirigeix) (?:el |la |l')?(?P<o>{ORG})", "operated-by", "s", "o", 0.7),
        # 'X was set up in 2016 …, and its headquarters are in Y'; 'Its headquarters are in Y' ('It' standing for X); 'X's seat is in Y'.
        (rf"^[^⟨]{{0,20}}(?P<s>{ORG})[^;]{{0,200}}?\b(?:its|their|su|sus|la seva|les seves) (?:headquarters|head office|main office|registered office|seat|sede|seu|sede central) (?:are|is|lie|lies|está|están|es|és) (?:located |situad[oa] )?(?:in|at|en|a) (?:the )?(?P<o>{_PLACE_OR_CLUSTER})", "based-in", "s", "o", 0.7),
        (rf"(?P<s>{ORG})(?:'s|s) (?:headquarters|head office|main office|registered office|seat) (?:are|is|lie|lies) (?:located )?(?:in|at) (?:the )?(?P<o>{_PLACE_OR_CLUSTER})", "based-in", "s", "o", 0.8),
        (rf"(?P<o>⟨L\d+⟩)-(?:based|headquartered) (?:[a-z][\w\-]* ){{0,3}}(?P<s>{ORG})", "based-in", "s", "o", 0.8),  # 'the Uzwil-based technology group Bühler'
        (rf"(?P<s>{ORG})(?: \({ORG}\))?, (?:the|a|an) (?P<o>⟨L\d+⟩)-(?:based|headquartered)\b", "based-in", "s", "o", 0.7),
        (rf"the (?:agency|department|ministry|office|unit|division|school|institute|subsidiary|body|arm|directorate) (?P<s>{ORG}) of (?:the )?(?P<o>{ORG})", "part-of", "s", "o", 0.8),
        # "Smart Data Foundry, the University of Edinburgh's financial data unit", 'Tink, the … platform owned by Visa'
        (rf"(?P<s>{ORG}), (?:the|a|an) (?P<o>{ORG})['’]s (?:[\w\-]+ ){{0,3}}?(?:{_AGENCY}|lab|laboratory|institute|centre|center|spin-off|spinout)\b", "part-of", "s", "o", 0.7),
        (rf"(?P<s>{ORG}), (?:the|a|an) (?:[^⟨.;,]|⟨L\d+⟩){{1,80}}? (?:owned by|a subsidiary of|a unit of) (?:the )?(?P<o>{ORG})", "part-of", "s", "o", 0.7),
        (rf"(?P<s>{ORG})(?: \({ORG}\))?,? (?:is |was |és |es )?(?:a |an |the |l'|la |el |una |un )?(?:[\w\-]+ ){{0,3}}?{_AGENCY} of (?:the )?(?P<o>{ORG})", "part-of", "s", "o", 0.7),
        (rf"(?P<s>{ORG})(?: \((?:{ORG}|[^)⟨]{{1,15}})\))?,? (?:és |es )?(?:l'|la |el |una |un |(?=empresa pública|ens públic)){_AGENCY}\b[^⟨.;]{{0,60}}? {_OF}(?P<o>{ORG})", "part-of", "s", "o", 0.6),
        (rf"(?P<s>{PROGRAMME})(?:,? (?:a|an|the) (?:[\w\-]+ ){{0,3}}?(?:initiative|programme|program|project|scheme|strategy|network))? (?:was |is |has been )?(?:launched|created|set up) by (?:the )?(?:[a-z]+ )?(?P<o>{ORG})", "launched-by", "s", "o", 0.8),
        (rf"(?:organi[sz]ed|run|managed|operated|coordinated|led) by (?:the )?(?P<o>{ORG}) (?:through|via|under|within) (?:the |its )?(?P<s>{PROGRAMME})", "operated-by", "s", "o", 0.7),
        (rf"(?P<o>{ORG})[^.;]{{0,80}}?\b(?:to run|runs|ran|will run|to manage|manages|managed|coordinates|coordinated|operates|gestiona|coordina|gestiona) (?:its|su|el seu|la seva) (?:own )?(?P<s>{PROGRAMME})", "operated-by", "s", "o", 0.7),
        (rf"(?:organi[sz]ed|run|managed|operated|coordinated|led) by (?:the )?{ORG} (?:through|via|under|within) (?:the |its )?(?P<o>{PROGRAMME})", "part-of", "s-programme", "o", 0.6),

        (rf"(?:at the (?:center|centre|heart) of|behind|the driving force behind) (?:the development of )?(?:the )?(?P<o>⟨C\d+⟩) (?:is|stands) (?:[^⟨]{{0,40}}?)?(?P<s>{ORG})", "facilitates", "s", "o", 0.8),
        (rf"(?P<s>{ORG})(?: (?:at|in|of|de|para|per a) (?:⟨L\d+⟩|[A-ZÀ-Þ][\w\-]+))?(?: \({ORG}\))?(?:, (?:the|a|an|el|la) [^,⟨.;]{{1,40}}?(?= that | which | que ))?,? (?:which |that |que )?(?:manages|coordinates|facilitates|runs|leads|animates|represents|gestiona|coordina|dinamitza|dinamiza|impulsa) (?:the |el |la )?(?P<o>⟨C\d+⟩)", "facilitates", "s", "o", 0.7),
        (rf"(?P<o>⟨C\d+⟩),? (?:which is |is )?(?:managed|coordinated|facilitated|run|led|animated) by (?:the )?(?P<s>{ORG})", "facilitates", "s", "o", 0.7),
        (rf"(?P<s>{ORG}),? (?:is )?(?:the )?(?:cluster organi[sz]ation|cluster management organi[sz]ation|cluster initiative) (?:of|for|behind) (?:the )?(?P<o>⟨C\d+⟩)", "facilitates", "s", "o", 0.8),
        (rf"^[^⟨]{{0,20}}(?P<s>{ORG})[^;]{{0,150}}?\bthe (?:[\w\-]+ ){{0,2}}?organi[sz]ation (?:behind|that runs|which runs|running|that manages|which manages|managing) (?:the )?(?P<o>⟨C\d+⟩)", "facilitates", "s", "o", 0.7),
        # 'at the X Park in Y', 'al ParcBit, el parc tecnològic situat a Palma'
        (r"(?:\bat|\bin|\ben|\bal) (?:the |el |la )?(?P<s>⟨L\d+⟩)(?: \([^)⟨]{1,40}\)| \(⟨L\d+⟩\)|, (?:the|a|an|el|la|un|una) [^,⟨.;]{1,40}? (?:located|situat|situada|situado|ubicad[oa]))?,? (?:in|en|a) (?P<o>⟨L\d+⟩)", "located-in", "s", "o", 0.6),
        (rf"(?:doctorate|PhD|Ph\.D\.|degree|master's|masters|MBA|graduate|alumnus|alumna)[^⟨]{{0,60}}?(?:from|at|of) (?:the )?(?P<o>{ORG})(?: \({ORG}\))?,? (?P<s>{PERSON})", "alumni-of", "s", "o", 0.7),
        (rf"(?P<s>{PERSON}),? (?:who )?(?:graduated from|studied at|holds an? [^⟨]{{0,40}}from|earned an? [^⟨]{{0,40}}from) (?:the )?(?P<o>{ORG})", "alumni-of", "s", "o", 0.7),
    )
)


# "the University of Minnesota's Earl E. Bakken Medical Devices Center" (a unit of it), "the European Union's Interreg programme" (run by it)
_OWNED = re.compile(rf"(?P<o>{ORG})'s (?P<s>{ORG_OR_PROGRAMME})")
_UNIT_HEADS = frozenset({"institute", "center", "centre", "school", "faculty", "department", "laboratory", "lab", "hospital", "college", "clinic", "office", "campus", "division", "unit",
                         "facultad", "facultat", "escuela", "escola", "estacion", "estacio", "station", "oficina", "laboratorio", "laboratori", "centro", "instituto", "institut",
                         "catedra", "unidad", "unitat", "departamento", "departament"})
# The words before the owner whose name closes a unit's ('la Facultat d'Enologia de la URV')
_OWNER_CONNECTORS = frozenset({"de", "del", "la", "of", "the"})
# "run from the cluster's office in Cluj-Napoca": a cluster organisation's one office is its seat (a company's is not).
_CLUSTER_OFFICE = re.compile(rf"(?P<s>{ORG})'s (?:office|offices|head office|headquarters) in (?:the )?(?P<o>⟨L\d+⟩)")
# 'La trobada, … amb el suport d'ACCIÓ', 'a delegation of 18 companies …, with the support of X', 'un estand compartit amb el
# suport d'ACCIÓ': an event or a trip named before the support is what is backed, not the organisation.
_EVENT_OR_TRIP = re.compile(
    r"\b(?:event|forum|conference|meeting|mission|trip|visit|delegation|stand|trobada|jornada|encuentro|reunión|reunió|fòrum|foro"
    r"|misi[óo]n|missió|visita|delegaci[óo]n?|viaje|viatge|estand)\b",
    re.IGNORECASE,
)


def extract_relations(view: SentenceView, state: ArticleState) -> None:
    """Draft relation facts from the sentence."""
    organisation_of = re.search(rf"(?P<s>{ORG})(?: \({ORG}\))? is the (?:member |cluster |management |coordinating )?organi[sz]ation (?:of|behind|for) (?:the cluster\b|(?:the )?⟨[CO]\d+⟩)", view.masked)
    cluster = state.last_of({"cluster"}, before=view.sentence.start)
    if organisation_of and cluster:
        fact = _add_relation(view, state, view.slot(organisation_of.group("s")).ref, "facilitates", cluster, 0.6)
        fact.note("'the cluster' read as the cluster named just before.")
    for pattern in _ORG_IN_PLACE:
        for match in pattern.finditer(view.masked):
            dated = re.match(r",? (?:on |last |this )?⟨D\d+⟩", view.masked[match.end() :])  # 'met A in Zagreb on Monday': where they met
            if not (dated and _MET_THERE.search(view.masked[: match.start()])) and not _NOT_SEAT.search(view.masked[: match.start()]):
                for subject in view.refs(match.group("s"), "O"):  # 'the laboratories of EXFO and TeraXion in Québec City': both ('visited A, the B in C': B only)
                    _add_relation(view, state, subject, "based-in", view.slot(match.group("o")).ref, 0.6)
    for match in (m for pattern in _DESCRIBED_SEAT for m in pattern.finditer(view.masked)):
        if not _is_country(state, view.slot(match.group("o")).ref):
            _add_relation(view, state, view.slot(match.group("s")).ref, "based-in", view.slot(match.group("o")).ref, 0.6)
    for match in _PLACE_IN_PLACE.finditer(view.masked):
        place, whole = view.slot(match.group("s") or match.group("s2")).ref, view.slot(match.group("o") or match.group("o2")).ref
        if place != whole and not _is_country(state, place):
            _add_relation(view, state, place, "located-in", whole, 0.6)
    for match in _FROM_PLACE.finditer(view.masked):
        listed = view.refs(match.group("list"), "O")
        for subject in listed if match.group("all") else listed[-1:]:  # 'A y B, de España': B's; 'A i B, totes dues de Barcelona': both
            _add_relation(view, state, subject, "based-in", view.slot(match.group("o")).ref, 0.6)
    for match in _PLACE_COUNTRY.finditer(view.masked):
        place, country = view.slot(match.group("s")).ref, view.slot(match.group("o") or match.group("c")).ref
        if _is_country_or_region(state, country) and not _is_country_or_region(state, place):
            _add_relation(view, state, place, "located-in", country, 0.6)  # 'Anaheim, California', 'Newcastle, New South Wales' too
    for match in _PART_OF_NEXT.finditer(view.masked):
        part, whole = view.slot(match.group("s")).ref, view.slot(match.group("o")).ref
        head = set(state.words_of(state.name_of(part))[:1])
        of_government = bool(head & MINISTRY_HEADS and _GOVERNMENT_HEADS & set(state.words_of(state.name_of(whole))))
        of_organisation = bool(head & _UNIT_HEADS) and state.kind_of(whole) in ("organisation", "cluster-organisation")
        if (of_government or of_organisation) and part != whole:
            _add_relation(view, state, part, "part-of", whole, 0.6)
    for pattern, prop, subject_group, object_group, confidence in _RELATIONS:
        for match in pattern.finditer(view.masked):
            if subject_group == "s-programme":
                subjects = [r for r in view.refs(view.masked[: match.start()], "G")][-1:]
            elif not match.group(subject_group):  # a subject left unsaid: the sentence's first organisation, else the article's subject before it
                subjects = view.refs(view.masked[: match.start()], "O")[:1] or [s for s in [state.subject_before(view.sentence.start)] if s]
            else:
                subjects = [view.slot(match.group(subject_group)).ref]
            obj = view.slot(match.group(object_group)).ref
            if prop == "based-in" and _NOT_SEAT.search(view.masked[: match.start()]):
                continue  # 'las oficinas de Codelco en Calama'
            for subject in subjects:
                if subject != obj:
                    _add_relation(view, state, subject, prop, obj, confidence)
    for match in _OWNED.finditer(view.masked):
        unit, owner = view.slot(match.group("s")).ref, view.slot(match.group("o")).ref
        if state.kind_of(unit) == "programme" and unit != owner:
            _add_relation(view, state, unit, "operated-by", owner, 0.7)  # "the European Union's Interreg programme"
        elif _UNIT_HEADS & set(state.words_of(state.name_of(unit))) and unit != owner:
            _add_relation(view, state, unit, "part-of", owner, 0.7)
    for office, place in _offices_named_with_their_city(view, state):
        _add_relation(view, state, office, "based-in", place, 0.6)
    for unit, owner in _units_named_after_owners(view, state):
        _add_relation(view, state, unit, "part-of", owner, 0.6)
    for match in _CLUSTER_OFFICE.finditer(view.masked):
        if state.kind_of(view.slot(match.group("s")).ref) == "cluster-organisation":
            _add_relation(view, state, view.slot(match.group("s")).ref, "based-in", view.slot(match.group("o")).ref, 0.6)
    for match in (*_FOUNDED_BY.finditer(view.masked), *_FOUNDED_BY_OPENING.finditer(view.masked)):
        for founder in view.refs(match.group("list"), "OPL"):  # 'set up by the states of Carinthia and Styria'
            _add_relation(view, state, view.slot(match.group("s")).ref, "launched-by", founder, 0.7)
    for pattern, prop, confidence in ((_LAUNCHED_LIST, "launched-by", 0.7), (_BACKED, "promoted-by", 0.7), (_GIVE_SUPPORT, "promoted-by", 0.7), (_RUN_BY, "operated-by", 0.8)):
        for match in pattern.finditer(view.masked):
            subject = view.slot(match.group("s")).ref
            for other in view.refs(match.group("list"), "OPG"):
                backing_programme = prop == "promoted-by" and state.kind_of(other) == "programme"  # backed by a programme: funded under it
                if other != subject:
                    _add_relation(view, state, subject, "part-of" if backing_programme else prop, other, confidence)
    for match in _ATTACHED.finditer(view.masked):
        whole = view.slot(match.group("s")).ref
        for part in view.refs(match.group("list"), "O"):
            if part != whole:
                _add_relation(view, state, part, "part-of", whole, 0.7)
    for match in _SUPPORT.finditer(view.masked):
        if _EVENT_OR_TRIP.search(view.masked, 0, match.start()):
            continue
        backed = next(iter(view.refs(view.masked[: match.start()], "OC")), None) or state.subject_before(view.sentence.start)
        if backed and backed != view.slot(match.group("o")).ref:
            fact = _add_relation(view, state, backed, "promoted-by", view.slot(match.group("o")).ref, 0.6)
            fact.note("Backed ('with the support of') the organisation the sentence, or the one before, is about.")
    pronoun = re.match(r"^(?:He|She) (?:is|was) (?:also )?based in (?:the )?(?:[^⟨]{0,60}?)(?P<o>⟨[LC]\d+⟩)", view.masked)
    person = state.last_of({"person"}, before=view.sentence.start)
    if pronoun and person:
        fact = _add_relation(view, state, person, "based-in", view.slot(pronoun.group("o")).ref, 0.6)
        fact.note("'he'/'she' read as the person named just before.")


def _units_named_after_owners(view: SentenceView, state: ArticleState) -> list[tuple[str, str]]:
    """(unit, owner) for a unit whose name is an organisation's name and a unit word: 'the Fonterra Research and
    Development Centre' is part of Fonterra, 'Innovation Norway Hamburg Office' of Innovation Norway."""
    pairs = []
    for slot in (slot for slot in view.slots if slot.kind in ("organisation", "cluster-organisation")):
        words = state.words_of(state.text[slot.start : slot.end])
        if len(words) < 2 or not _UNIT_HEADS & set(words):
            continue
        owners = {owner for k in range(1, len(words) - 1) for owner in state.organisations_named(words[:k])}
        if words[0] in _UNIT_HEADS:  # 'Facultat d'Enologia de la URV', 'Oficina Técnica de Cooperación de la AECID en Lima': the owner closes the name
            tails = [words[k:] for k in range(2, len(words)) if words[k - 1] in _OWNER_CONNECTORS]
            owners |= {owner for tail in tails for part in (tail, _split_at_city(tail)[0]) for owner in state.organisations_named(part)}
        pairs += [(slot.ref, owner) for owner in sorted(owners - {slot.ref})]
    return pairs


def _offices_named_with_their_city(view: SentenceView, state: ArticleState) -> list[tuple[str, str]]:
    """(office, place) for an office whose name closes with the place the article names: 'la Embajada de Canadá en la
    Argentina', 'the Embassy of India in Brussels'."""
    offices = [(slot.ref, city) for slot in view.slots if slot.kind == "organisation"
               and OFFICE_HEADS & set(words := state.words_of(state.text[slot.start : slot.end])) and (city := _split_at_city(words)[1])]
    places = {state.words_of(name): ref for ref, kind in state.kinds.items() if kind == "place" for name in state.names_of(ref)} if offices else {}
    return [(office, places[city]) for office, city in offices if city in places]


def _split_at_city(words: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """An office's name before its city, and the city ('aecid en lima': 'aecid', 'lima'; 'canada en la argentina')."""
    cut = next((i for i, w in enumerate(words) if w in ("en", "in", "a")), len(words))
    city = words[cut + 1 :]
    return words[:cut], city[1:] if city[:1] in (("la",), ("the",)) else city


def _is_country(state: ArticleState, ref: str) -> bool:
    return state.kind_of(ref) == "place" and country_of(state.name_of(ref)) is not None


def _is_country_or_region(state: ArticleState, ref: str) -> bool:
    return state.kind_of(ref) == "place" and country_or_region_of(state.name_of(ref)) is not None


def _add_relation(view: SentenceView, state: ArticleState, subject: str, prop: str, obj: str, confidence: float) -> FactDraft:
    key = ("relation", subject, prop, obj)
    return state.add(FactDraft("relation", key, {"subject": subject, "property": prop, "object": obj}, [view.span], confidence))
