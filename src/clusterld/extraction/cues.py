"""Cues around a name the registry does not know: the words before and after it that say what it is.

Each cue is a regular expression over the text right before the name (`before`, up to 90 characters of its
sentence) or right after it (`after`), or a small test built on them; candidates.py weighs them in order.
English, Spanish and Catalan phrasings sit side by side; head words are compared without accents.
"""

from __future__ import annotations

import re

from clusterld.extraction.lexicon import (
    COMPANY_DESCRIPTORS,
    CONTINENTS,
    COUNTRIES,
    DEMONYMS,
    COUNTRY_ALIASES,
    EVENT_HEADS,
    HONORIFICS,
    MONTH_FIRST_NAMES,
    NOT_NAMES,
    ORGANISATION_DESCRIPTORS,
    ORGANISATION_HEADS,
    ORGANISATION_VERBS,
    PROGRAMME_HEADS,
    ROLE_HEADS,
    ROMANCE_COUNTRY_NAMES,
    SPEECH_VERBS,
    WORK_HEADS,
)
from clusterld.extraction.forenames import is_forename
from clusterld.extraction.normalise import UPPER, strip_accents
from clusterld.extraction.regions import region_of

_ROLES = "|".join(re.escape(r) for r in sorted(ROLE_HEADS, key=len, reverse=True))
ROLE_WORD = re.compile(rf"\b(?:{_ROLES})\b", re.IGNORECASE)
ROLE_OF_BEFORE = re.compile(  # 'head of innovation at Iberdrola', 'responsable de innovación de Iberdrola', 'director de Ventas de Ayesa'
    rf"\b(?:{_ROLES})[ \u00a0]+(?:(?-i:[a-zàèéíòóúç]{{4,}})[ \u00a0]+)?(?:(?:of|at|for|de|del|de la)[ \u00a0]+(?:the[ \u00a0]+)?|d['’]|(?:of|for)[ \u00a0]+[a-z][\w\- ]{{1,40}}?[ \u00a0]+at[ \u00a0]+(?:the[ \u00a0]+)?"
    rf"|(?:de|d['’])[ \u00a0]*(?-i:[a-záéíóúàèòç][\w\- ]{{1,40}}?|[A-ZÀ-Þ][\w\-]*(?:[ \u00a0]+[A-ZÀ-Þ][\w\-]*){{0,2}})[ \u00a0]+(?:de|del|de la|de l['’]|d['’])[ \u00a0]*)$",
    re.IGNORECASE,
)
# What a mayor or governor is 'of' is a place; what a minister is 'of' in one word is a portfolio ('consejero de Industria').
PLACE_ROLE_OF = re.compile(r"\b(?:mayor|alcalde|alcaldesa|batlle|batllessa|governor|gobernador|gobernadora|governador|governadora)[ \u00a0]+(?:of|de|del|d['’])[ \u00a0]*(?:the[ \u00a0]+)?$", re.IGNORECASE)
PORTFOLIO_OF = re.compile(r"\b(?:minister|ministro|ministra|consejero|consejera|conseller|consellera|secretary|secretario|secretaria|secretari|secretària|viceconsejero|viceconsejera)[ \u00a0]+(?:of|for|de|d['’])[ \u00a0]*$", re.IGNORECASE)
# A brand written with an inner capital ('BioValley', 'HealthTech', 'iNNpulsa'), not a Scottish or Irish surname ('McLeod').
INNER_CAPITAL = re.compile(r"^(?:(?!Mc|Mac|O['’])[A-Z][a-z]+[A-Z][a-z]|[a-z][A-Z])")
ROLE_OF = re.compile(rf"(?:{_ROLES})[ \u00a0]+(?:(?:of|at|for|de|del|de la)[ \u00a0]+(?:the[ \u00a0]+)?|d['’])", re.IGNORECASE)  # 'CEO of Acme Corporation'
# A role after a comma, a few words on ('Jane Doe, the cluster's new managing director'), or after a verb that gives
# one ('Marta Ruiz was elected president'); not any words ('Cyber Ireland gives our members a partner'), nor a verb
# whose subject chooses or has one ('Medical Valley elects a new chair').
_ROLE_AFTER = re.compile(
    rf"^(?:,[ \u00a0]+(?:the |a |an |our |its )?(?:[\w&\-’'.]+[ \u00a0]+){{0,5}}?|[ \u00a0]+(?!(?:elects?|elected|appoints?|appointed|names|hires?|hired|welcomes?|welcomed|gets?|seeks?|needs?|chooses?|chose|has(?! been)|have|had)\b)(?:(?:is|was|has been|will be|became|becomes|remains|serves as|served as"
    rf"|(?:is|was|has been|will be) (?:elected|re-elected|appointed|named|chosen as))[ \u00a0]+)?(?:the |a |an |its |their )?(?:[\w&\-’'.]+[ \u00a0]+){{0,3}}?)(?:{_ROLES})\b",
    re.IGNORECASE,
)
# Only people chair: 'Ivan Horvat has chaired the cluster since 2019', 'Núria Ventura, que el presideix des del 2023',
# 'X is chaired by Jane Doe'.
# 'X chairs …', "X, que presideix l'entitat", "X, un industrial de Vic que presideix l'entitat"
_CHAIRS_AFTER = re.compile(
    r"^(?:[ \u00a0]+(?:has[ \u00a0]+|had[ \u00a0]+)?(?:chaired|chairs|presides[ \u00a0]+over|presided[ \u00a0]+over|preside|presidió|presideix|va[ \u00a0]+presidir)"
    r"|,[ \u00a0]+(?:(?:un|una)[ \u00a0]+[^,;.]{1,50}?[ \u00a0]+)?que[ \u00a0]+(?:el[ \u00a0]+|la[ \u00a0]+|lo[ \u00a0]+|l['’])?(?:presideix|presidia|preside|presidía|dirigeix|dirigia|dirige|dirigía|encapçala|encabeza|lidera"
    r"|(?:ha|havia|va|había|ha[ \u00a0]+estat|ha[ \u00a0]+sido)[ \u00a0]+(?:presidit|presidido|presidir|dirigit|dirigido|dirigir|liderat|liderado|liderar)))\b"
)
_CHAIRED_BY_BEFORE = re.compile(r"\b(?:chaired|headed|directed|presided[ \u00a0]+over|presidid[oa]|presidit|presidida)[ \u00a0]+(?:by|por|per)[ \u00a0]+(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?[ \u00a0]+)?$")
# Only people are 'who': 'Lin Mei-hua, who chairs …', 'Chiara Bellini, a chemist who heads …'.
_WHO_AFTER = re.compile(r"^,[ \u00a0]+(?:(?:a|an|the)[ \u00a0]+(?:[a-z\-]+[ \u00a0]+){1,3})?who[ \u00a0]+(?!is[ \u00a0]+based)")
HONORIFIC = "|".join(sorted(h.capitalize() for h in HONORIFICS))  # 'Mr', 'Dra', 'Mtro' as written before a name
_HONORIFIC_BEFORE = re.compile(rf"\b(?:{HONORIFIC}|professor)\.?[ \u00a0]+$")
SPEECH = "|".join(SPEECH_VERBS)  # the verbs of saying, as one alternation
_SPEECH_AFTER = re.compile(rf"^,?[ \u00a0]+(?:{SPEECH})\b")
_SPEECH_BEFORE = re.compile(rf"\b(?:{SPEECH}|according to|según|segons)[ \u00a0]+$")
SOURCE_BEFORE = re.compile(r"\b(?:[Aa]ccording to|[Ss]egún|[Ss]egons)[ \u00a0]+(?:the[ \u00a0]+|el[ \u00a0]+|la[ \u00a0]+|l['’])?$")
# 'in …', but not 'home to …' (what a place is home to are companies).
PLACE_BEFORE = re.compile(r"\b(?:in|to|from|across|near|throughout|around|within|outside|towards|via|based[ \u00a0]+at)[ \u00a0]+(?:the[ \u00a0]+)?$")
HOME_TO = re.compile(r"\bhome[ \u00a0]+to[ \u00a0]+(?:the[ \u00a0]+)?$", re.IGNORECASE)
PLACE_BEFORE_ROMANCE = re.compile(r"\b(?:(?:en|a|desde|hacia|fins a|hasta|cap a|des de|recorrió|recorrieron|recorrerá|recorrerán|va recórrer|van recórrer)[ \u00a0]+(?:la[ \u00a0]+|l['’])?|al[ \u00a0]+)$")  # 'a' and 'en' are English words too; 'a la Garrotxa, al Gironès'
# "the city of …", "la provincia canadiense de …", "la regió d'…": a place whatever its name.
# Nouns that name a kind of place: 'the city of …', 'el municipio valenciano de …', 'la capital de la región francesa de …'
PLACE_NOUNS = (
    r"(?:city|town|village|region|province|state|county|country|coast|port|island|municipality|canton|comune|ciudad|provincia|región|estado|"
    r"municipio|comunidad|localidad|país|ciutat|província|regió|comarca|municipi|localitat|estat|costa|puerto|cities|towns|regions|provinces|states|"
    r"counties|municipalities|cantons|ciudades|provincias|regiones|estados|municipios|ciutats|províncies|comarques|outskirts|suburbs|afueras|afores|bay|bahía|badia|district|distrito|districte|barrio|barri|neighbourhood)"
)
PLACE_OF = re.compile(rf"\b{PLACE_NOUNS}(?:[ \u00a0]+[a-záéíóúàèòç]+)?[ \u00a0]+(?:(?:of|de|del)[ \u00a0]+(?:the[ \u00a0]+)?|d['’])$", re.IGNORECASE)
# "the digital cluster of Auvergne-Rhône-Alpes": what an organisation noun is 'of' is where it works.
ORGANISATION_OF = re.compile(r"\bthe[ \u00a0]+(?:[\w\-]+[ \u00a0]+){0,4}?(?:cluster|association|agency|council|network|chamber|alliance)[ \u00a0]+of[ \u00a0]+$")
# A mine or a site named after its noun: 'la mina Escondida', 'the Escondida mine'.
SITE_BEFORE = re.compile(r"\b(?:the|la|el|a)[ \u00a0]+(?:mina|mine)[ \u00a0]+$", re.IGNORECASE)
SITE_NOUN_AFTER = re.compile(r"^(?:[ \u00a0]+(?:mine|copper mine|gold mine)|,[ \u00a0]+(?:the|a|an|el|la|un|una)[ \u00a0]+(?:[\w\-]+[ \u00a0]+)?(?:park|parc|parque|campus)(?:[ \u00a0]+[\w\-]+)?[ \u00a0]+(?:situat|situad[oa]|located|ubicad[oa]|in|en|a|de|of|that|which|que)\b)")  # 'ParcBit, el parc tecnològic situat a Palma'
# 'Tuttlingen, en el estado alemán de Baden-Württemberg', 'Bremen, in the north of Germany': a place within another
COMPASS_POINTS = r"(?:norte|sur|oeste|centro|north|south|east|west|nord|sud)"  # not 'este', which is 'this' too
PLACE_WITHIN_AFTER = re.compile(rf"^,[ \u00a0]+(?:en|in|a)[ \u00a0]+(?:el|la|the|l['’])?[ \u00a0]*(?:{PLACE_NOUNS}|{COMPASS_POINTS})\b")
PLACE_HEAD_AFTER = re.compile(r"^[ \u00a0]+(?:region|province|area|metropolitan area)\b")
# Whom somebody met: 'met with managers of X', "es va reunir a Paterna amb l'equip de qualitat d'envasos de Mercadona".
# Whom a delegation meets, and where a team works: 'met with …', 'a matchmaking session with Enterprise Ireland', 'the engineering team at Kestrel'.
MET_WITH = re.compile(r"\b(?:(?:met|meet|meets)(?:[ \u00a0]+with)?|(?:team|engineers|experts|researchers|staff|equipo|equip)[ \u00a0]+(?:at|of|from|de|del)"
    r"|(?:held talks|holds talks|hold talks|talks|held meetings|session|se reuni(?:ó|eron|rá|rán)|mantuvo reuniones|es va reunir|es van reunir|es reunir(?:à|an))(?:[ \u00a0]+(?:a|en|in)[ \u00a0]+[A-ZÀ-Þ][\w\-]+)?[ \u00a0]+(?:with|con|amb))[ \u00a0]+"
    r"(?:(?:the[ \u00a0]+|el[ \u00a0]+|l['’])?(?:representatives|officials|managers|executives|leaders|responsables|representantes|directivos|directius|representants|team|equipo|equip)[ \u00a0]+(?:[\w’'\-]+[ \u00a0]+){0,4}?(?:of|from|de|del|d['’])[ \u00a0]*)?(?:the[ \u00a0]+|la[ \u00a0]+|el[ \u00a0]+|l['’])?$")
PROGRAMME_BEFORE = re.compile(r"\b(?:programa|programme|program|iniciativa|initiative)[ \u00a0]+$|\b(?:registre|registro|register)[ \u00a0]+(?:d['’]|de[ \u00a0]+|of[ \u00a0]+)$|\b(?:a|an|un|una)[ \u00a0]+(?:[\w\-]+[ \u00a0]+){0,3}(?:programa|programme|program|iniciativa|initiative),[ \u00a0]+$", re.IGNORECASE)  # 'el programa Catalonia Clusters', 'a pilot programme, Water Reuse', "el registre d'Agrupacions …"
# A programme named before its noun: 'launched BioValley Bridge, a twelve-month programme that …'.
PROGRAMME_AFTER = re.compile(r"^,[ \u00a0]+(?:a|an|the|its|their|un|una|el|la)[ \u00a0]+(?:[\w\-]+[ \u00a0]+){0,3}?(?:programme|program|initiative|scheme|programa|iniciativa)\b", re.IGNORECASE)
# A name followed by '(… ) cluster': 'the Brainport Eindhoven technology cluster' names a cluster.
CLUSTER_NOUN_AFTER = re.compile(r"^[ \u00a0]+(?:[a-z\-]+[ \u00a0]+)?cluster\b(?![ \u00a0]+(?:organi[sz]ation|manager|management))")
# Whom somebody works for is an organisation, whatever the words after it say ('who worked for Riga Port, became …').
WORKS_FOR = re.compile(r"\b(?:worked|works|working|trabajó|trabaja|trabajaba|treballa|treballava|va treballar)[ \u00a0]+(?:for|at|para|per a|per)[ \u00a0]+(?:the[ \u00a0]+|la[ \u00a0]+|el[ \u00a0]+|l['’])?$")
# Whom an organisation works with, signs with or gathers: 'in partnership with X', 'at the invitation of X',
# 'signed a cooperation agreement with X', 'representatives of X', 'brings together X, Y and Z'.
PARTNER_BEFORE = re.compile(
    r"\b(?:in[ \u00a0]+(?:partnership|cooperation|collaboration|association)[ \u00a0]+with|together[ \u00a0]+with|jointly[ \u00a0]+with|(?:works|working|worked)[ \u00a0]+alongside|at[ \u00a0]+the[ \u00a0]+invitation[ \u00a0]+of"
    r"|hosted[ \u00a0]+by|representatives[ \u00a0]+of|brings[ \u00a0]+together|brought[ \u00a0]+together|en[ \u00a0]+colaboración[ \u00a0]+con|junto[ \u00a0]+con|en[ \u00a0]+col·laboració[ \u00a0]+amb"
    r"|juntament[ \u00a0]+amb|a[ \u00a0]+invitación[ \u00a0]+de|representantes[ \u00a0]+de|representants[ \u00a0]+de|reúne[ \u00a0]+a|agrupa[ \u00a0]+a|aglutina[ \u00a0]+a|reuneix|aplega"
    r"|(?:signed|inked|sealed|concluded|firmó|firmaron|va[ \u00a0]+signar|van[ \u00a0]+signar)\b[^.;]{0,50}\b(?:agreement|memorandum|MoU|deal|contract|partnership|acuerdo|convenio|memorando|conveni|acord)\b[^.;]{0,30}?\b(?:with|con|amb))"
    r"[ \u00a0]+(?:the[ \u00a0]+|el[ \u00a0]+|la[ \u00a0]+|l['’])?$",
    re.IGNORECASE,
)
# Who backs something: 'con el respaldo de la Alcaldía de Medellín', 'with the support of Business Finland', 'with support from Innosuisse',
# 'receives backing from the Basque Government'.
SUPPORT_BEFORE = re.compile(r"\b(?:with|con|amb|receives|received|gets|got|enjoys)[ \u00a0]+(?:the[ \u00a0]+|el[ \u00a0]+)?(?:financial[ \u00a0]+|public[ \u00a0]+)?(?:support|backing|funding|respaldo|apoyo|suport)[ \u00a0]+(?:of|from|de|d['’])[ \u00a0]*(?:the[ \u00a0]+|la[ \u00a0]+|el[ \u00a0]+|l['’])?$", re.IGNORECASE)
# What something is a member or a part of: 'forma parte de la Red Estatal de Clústeres', 'is a member of the …'.
PART_OF_BEFORE = re.compile(
    r"\b(?:forma|forman|formen|formaba)[ \u00a0]+part(?:e)?[ \u00a0]+(?:de[ \u00a0]+la|de[ \u00a0]+l['’]|del|de)[ \u00a0]*$"
    r"|\b(?:es|és|son|són)[ \u00a0]+(?:miembro|miembros|socio|socios|membre|membres|soci|socis)[ \u00a0]+(?:de[ \u00a0]+la|de[ \u00a0]+l['’]|del|de)[ \u00a0]*$"
    r"|\b(?:is|are|was|were|became|become)[ \u00a0]+(?:also[ \u00a0]+)?(?:a[ \u00a0]+|an[ \u00a0]+)?(?:founding[ \u00a0]+|full[ \u00a0]+)?(?:member|members|part)[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?$",
    re.IGNORECASE,
)
# Verbs whose agent is an organisation more often than a person: "funded by …", "financiado por …", "set up by …".
ORGANISATION_BY = re.compile(
    r"\b(?:supported|funded|financed|backed|sponsored|operated|run|managed|coordinated|promoted|founded|set up|created|established|launched|organi[sz]ed|owned|acquired|"
    r"financiad[oa]|apoyad[oa]|impulsad[oa]|promovid[oa]|operad[oa]|organizad[oa]|gestionad[oa]|cread[oa]|fundad[oa]|coordinad[oa]|liderad[oa]|coordinat|coordinada|"
    r"finançat|finançada|impulsat|impulsada|promogut|promoguda|organitzat|organitzada|gestionat|gestionada)"
    r"(?:[ \u00a0]+in[ \u00a0]+\d{4})?[ \u00a0]+(?:in part[ \u00a0]+|en parte[ \u00a0]+|jointly[ \u00a0]+)?"
    r"(?:by|por|per)[ \u00a0]+(?:the[ \u00a0]+|el[ \u00a0]+|la[ \u00a0]+|l['’])?$",
    re.IGNORECASE,
)
# Who is led: 'encapçalarà Railgrup', 'will chair Scottish Renewables', 'presidirá Clusaga' (a name right after the verb)
LED_BEFORE = re.compile(
    r"\b(?:encapçalarà|encapçala|encapçalava|encabezará|encabeza|encabezaba|presidirà|presideix|presidia|presidirá|preside|presidía|dirigirà|dirigeix|dirigirá|dirige"
    r"|will[ \u00a0]+(?:lead|head|chair)|heads|chairs|has[ \u00a0]+led|has[ \u00a0]+chaired)[ \u00a0]+$"
)
# Offices and sites belong to organisations: 'las oficinas de Codelco', 'the headquarters of …'.
OFFICES_OF = re.compile(
    r"\b(?:(?:offices?|oficinas?|oficines|headquarters|sede|seu|plants?|plantas?|factory|fábrica|laboratories|labs|laboratorios|laboratoris|facilities|instalaciones|instal·lacions)[ \u00a0]+(?:of|de|d['’])"
    r"|(?:executives|representatives|managers|directivos|representantes|representants|directius)[ \u00a0]+(?:from|of|de|d['’]))[ \u00a0]*(?:the[ \u00a0]+)?$",  # 'Executives from UCB and GSK'
    re.IGNORECASE,
)
_LIST_TRIGGER = re.compile(
    r"\b(?:companies|firms|members|partners|customers|clients|manufacturers|suppliers|organi[sz]ations|corporations|players|groups|"
    r"OEMs|start-?ups|startups|carmakers|automakers|shipbuilders|utilities|businesses|centres|centers|houses|makers|producers|developers|providers|manufacturers|newcomers|entrants)\b[^.;:]{0,70}?"
    r"(?:\b(?:such as|including|include|includes|included|like|are|namely|among them|among others|notably)\b|:)"
    r"|\b[a-z]{3,}s[ \u00a0]+(?:such[ \u00a0]+as|including)\b"  # any plural before the list: 'brands such as', 'software houses including'
    r"|\bhome[ \u00a0]+to\b|\bwelcom(?:ed|es|e)\b"  # 'the network welcomed A, B and C as new members'
    r"|\b(?:run|managed|operated|coordinated|funded|financed|backed|supported|sponsored|co-sponsored)[ \u00a0]+by\b",  # 'the programme run by A, B and …'
    re.IGNORECASE,
)
# 'dos de sus proveedores de primer nivel, Latécoère y …', 'two of its key suppliers, A and B': names after a comma
# that closes a phrase about suppliers or customers
_SUPPLIERS_BEFORE = re.compile(r"\b(?:suppliers|customers|clients|proveedores|proveïdors|clientes|fabricantes|fabricants)\b[^.;:,]{0,50},", re.IGNORECASE)
# 'firmas como Maptek, de Adelaida, y …', 'companies such as Nordgear, from Tampere, and …': where a listed company is from
ORIGIN_IN_LIST = re.compile(r",[ \u00a0]+(?:de|from|d['’])[ \u00a0]*$")
# 'more than 400 members, from Equinor and Aker Solutions to small firms', 'ranging from start-ups to the utility ČEZ': the
# ends of a range of members are what is counted, not where it comes from (with MEMBER_RANGE_AFTER when the range goes on)
RANGE_SPAN = r"(?:(?!\b(?:is|are|was|were|will|has|have|had|expected|to)\b)[^.;])"  # what lies between 'from' and 'to': names, not a clause ('… is expected to visit')
MEMBER_RANGE_BEFORE = re.compile(
    r"\b(?:members|member[ \u00a0]+companies|companies|firms|partners|organi[sz]ations|businesses|ranging|ranges|range)\b[^.;]{0,80}?\bfrom[ \u00a0]+"
    rf"(?:(?P<to>{RANGE_SPAN}{{1,60}}?[ \u00a0]to[ \u00a0]+)|(?:[^.;]{1,40}?(?:,|[ \u00a0]and|[ \u00a0]&)[ \u00a0]+))?"
    r"(?:the[ \u00a0]+)?(?:(?!(?:in|at|near|of|for|from|to)\b)[a-z\-]+[ \u00a0]+){0,4}?(?:(?:such[ \u00a0]+as|like|including)[ \u00a0]+)?$"  # not '… shops in Beresfield'
)
MEMBER_RANGE_AFTER = re.compile(rf"^{RANGE_SPAN}{{0,60}}?[ \u00a0]to[ \u00a0]")
# Spanish and Catalan words for an organisation's members: 'Entre sus integrantes figuran …', 'Entre els socis hi ha …'
MEMBER_NOUNS = r"(?:socios|socias|miembros|integrantes|asociados|socis|membres|integrants|associats)"
# What member companies are called after the noun: 'empresas socias', 'empreses associades'
MEMBER_ADJECTIVES = r"(?:associades|asociadas|associats|asociados|socias|sòcies)"
# Spanish and Catalan lists need no noun before them: "entre els quals …", "entre sus socios a …".
LIST_TRIGGER_ROMANCE = re.compile(
    r"\b(?:entre (?:los|las|els|les) (?:que|cuales|quals)(?: (?:hi ha|figuran|destacan|hi figuren|destaquen|se encuentran|están))?|entre (?:ellos|ellas|ells|elles)(?: (?:hi ha|hi havia|figuran|destacan|se encuentran|están|hay|había))?|"
    r"entre (?:las|los|les|els) (?:compañías|empresas|firmas|entidades|companyies|empreses|entitats|productores) (?:participantes|participants|desplazadas|desplaçades|que van fer el viatge|que van viatjar|que hicieron el viaje|que viajaron|que (?:integran|forman|componen|integren|formen) (?:la|el) (?:delegación|delegació|misión|missió|comitiva|grupo|grup))(?: (?:estuvieron|figuran|figuraron|figuraban|hi havia|hi van ser|fueron|hi ha|había|hay))?|"
    rf"entre (?:sus|els seus|les seves|los|els) (?:{MEMBER_NOUNS}|empresas|empreses|clientes|clients|socios tecnológicos)(?: (?:a|figuran|destacan|hi ha|se encuentran|están|se cuentan|hi figuren|destaquen))?|"
    r"entre (?:sus|els seus|les seves|los|las|els|les) [a-zà-ÿ·]{4,}(?: [a-zà-ÿ·]{4,})? (?:figuran|destacan|se encuentran|se cuentan|hi figuren|destaquen|hi ha)|"  # 'entre els proveïdors destaquen'
    r"[a-zà-ÿ]{3,}s (?:como|com ara|com)|tales como|incluidas|incluidos|incloent|"
    rf"(?:como|com a) (?:nuevos|nuevas|nous|noves) (?:{MEMBER_NOUNS}|{MEMBER_ADJECTIVES})|"  # 'se han incorporado como nuevos socios A, B y C'
    r"(?:asociadas|associades|socias|sòcies|asociados|associats) (?:son|són|eran|fueron)|"  # 'Otras empresas asociadas son A y B'  # any plural before the list: 'firmas como', 'marques com'

    r"forman parte|formen part|entre otros|entre otras|entre d['’]altres)\b",  # "Forman parte del clúster, entre otros, A, B y C"
    re.IGNORECASE,
)
_ARTICLES = frozenset({"la", "el", "los", "las", "les", "els", "le", "the"})
_LIST_GLUE = frozenset({"and", "as", "well", "the", "or", "plus", "y", "i", "a", "el", "la"})
_COUNTRY_NAMES = {strip_accents(c).casefold(): c for c in (*COUNTRIES, *CONTINENTS)} | {strip_accents(a).casefold(): c for a, c in (*COUNTRY_ALIASES.items(), *ROMANCE_COUNTRY_NAMES.items())}


def country_of(name: str) -> str | None:
    """The country or continent `name` names in any of its written forms ('Alemania', 'USA'), else None."""
    key = strip_accents(name).casefold()
    state = _STATE_OF.match(key)  # 'República de Corea', 'the Republic of Korea': the country
    return _COUNTRY_NAMES.get(key) or (_COUNTRY_NAMES.get(key[state.end() :]) if state else None)


_STATE_OF = re.compile(r"(?:the )?(?:federal )?(?:republic|republica|kingdom|reino|regne)(?: federal)? (?:of|de|d')[ ']?(?:the |la |l')?")


def country_or_region_of(name: str) -> str | None:
    """The country `name` is or lies in when it names a country, a continent or a first-level region ('Navarra')."""
    return country_of(name) or region_of(name)


DESCRIPTOR_NOUNS = "|".join(sorted(ORGANISATION_DESCRIPTORS, key=len, reverse=True))  # 'the research centre X', 'del fabricant X': what an organisation is called
# 'a' before an article is the Romance preposition ('Paterna, a la seu del centre'), not an article.
_DETERMINER = r"(?:\b(?:the|its|their|a(?![ \u00a0]+(?:la|les|els|el|los|las)\b|[ \u00a0]+l['’])|an|our|el|la|los|las|els|les|un|una|su|sus)[ \u00a0]+|\bl['’])"
# "the research centre Tecnalia", "el centre tecnològic Eurecat": a lowercase descriptor (a capitalised one ends a
# name: 'The Delta Association represents Umbria'), at most one adjective after it (not a preposition: in 'the
# cluster of Lombardy' the name is not the cluster), or a complement of lowercase words ('la marca de bicicletes Massi',
# "el fabricant de material d'escalada Fixe"; not 'el clúster de la Lombardia').
_COMPLEMENT_WORD = r"(?!(?:les|els|los|las)\b)(?-i:[a-zà-ÿ·\-]{3,})"
DESCRIPTOR_BEFORE = re.compile(
    rf"(?:{_DETERMINER}|\b(?:del|dels|al|als)[ \u00a0]+)(?:[\w\-]+[ \u00a0]+){{0,4}}?(?-i:(?P<noun>{DESCRIPTOR_NOUNS}))(?:[ \u00a0]+(?!(?:of|for|in|at|from|de|del|dels|en|a|amb|con|d)\b)(?-i:[a-zà-ÿ\-]+)"
    rf"|[ \u00a0]+(?:de[ \u00a0]+|d['’]){_COMPLEMENT_WORD}(?:[ \u00a0]+(?:(?:de[ \u00a0]+|d['’])?{_COMPLEMENT_WORD})){{0,2}})?[ \u00a0]+$",
    re.IGNORECASE,
)
# 'la chocolatera francesa Valrhona', 'la suiza Felchlin', "l'empresa japonesa Meiji": a Spanish or Catalan feminine or
# masculine article, perhaps a noun, then a demonym adjective (lowercase) before the name: a company from that country
_ROMANCE_DEMONYMS = "|".join(sorted((d for d in DEMONYMS if d.islower()), key=len, reverse=True))
DEMONYM_BEFORE = re.compile(rf"(?:\b(?:la|el|les|els|los|las)[ \u00a0]+|\bl['’])(?:[a-zà-ÿ]+[ \u00a0]+)?(?-i:(?P<noun>{_ROMANCE_DEMONYMS}))[ \u00a0]+$")
# 'Enzyme maker Novonesis and feed maker BioMar were …', 'Software houses Nortal, Helmes and …', 'director at utility maker X', 'among them breeding
# company Avlsgen': what companies make or run, with no article before them
MAKER_BEFORE = re.compile(rf"(?:^|(?:\band|\by|\bi|,|\bamong them|\bincluding|\bsuch as|\bat)[ \u00a0]+)(?:[A-Za-z][\w\-]*[ \u00a0]+){{1,2}}(?P<noun>(?:{'|'.join(sorted(COMPANY_DESCRIPTORS))}|house|brand|company|cooperative|group)s?)[ \u00a0]+$")
DESCRIPTOR_AFTER = re.compile(rf"^(?:[ \u00a0]*\([^)]{{1,15}}\))?(?:,[ \u00a0]+|[ \u00a0]+(?P<copula>is|was|es|és|era)[ \u00a0]+(?=(?:a|an|un|una|the|el|la)[ \u00a0]|l['’]))(?:{_DETERMINER}|[A-Z][\w\-]*['’]s[ \u00a0]+)(?:[\w\-’']+[ \u00a0]+){{0,4}}?(?P<noun>{DESCRIPTOR_NOUNS})\b", re.IGNORECASE)
SITE_AFTER = re.compile(r"^(?:['’]s)?[ \u00a0]+(?:plant|factory|facility|subsidiary|headquarters|head office)\b")  # "X's headquarters"
_APPOSITIVE_PLACE = r"(?:,[ \u00a0]+(?:in|en|a)[ \u00a0]+[A-Z][\w\-]+(?:[ \u00a0]+[A-Z][\w\-]+)?,)?"
VERB_AFTER = re.compile(
    rf"^(?:[ \u00a0]*\([^)]{{1,15}}\))?{_APPOSITIVE_PLACE}(?:[ \u00a0]+(?:has[ \u00a0]+|have[ \u00a0]+|also[ \u00a0]+|today[ \u00a0]+|now[ \u00a0]+|already[ \u00a0]+|still[ \u00a0]+)?(?:{'|'.join(ORGANISATION_VERBS)})\b"
    r"|,[ \u00a0]+(?:based|headquartered|located)[ \u00a0]+in\b"
    # 'Seegrid, which builds autonomous mobile robots', 'Goratu, que fabrica …': what a company does
    r"|,[ \u00a0]+(?:which|que)[ \u00a0]+(?:builds|makes|develops|designs|produces|manufactures|supplies|sells|fabrica|fabriquen|desarrolla|desenvolupa|produce|produeix|diseña|dissenya)\b)"
)
# 'the FinTech Scotland communications team': an organisation's team
TEAM_AFTER = re.compile(r"[ \u00a0]+(?:communications|press|news|media|marketing|editorial)[ \u00a0]+(?:team|office|department)\b")
# 'News from GCE NODE', 'Nota de prensa de X': the organisation writing the article
NEWS_FROM = re.compile(r"\b(?:[Nn]ews|[Pp]ress release|[Uu]pdates?|[Bb]log post|[Nn]ota de prensa|[Nn]ota de premsa|[Nn]oticias|[Nn]otícies) (?:from|de|del) (?:the |la |el )?$")
FOUNDED_AFTER = re.compile(r"^(?:[ \u00a0]*\([^)]{1,15}\))?,[ \u00a0]+(?:which[ \u00a0]+was[ \u00a0]+|que[ \u00a0]+fue[ \u00a0]+)?(?:founded|launched|established|set up|created|fundad[oa]|cread[oa]|creat|fundat|constituïda|constituida)[ \u00a0]+(?:in|en|l['’]any)\b")
# 'Roche and Novartis, both members of …': the names listed before are organisations.
# 'A, B and C, all members of …', 'A and B are among the 140 members of …'
# More capitalised names listed after the first: ', B and C Group'
_MORE_NAMES = r"(?:(?:,|,?[ \u00a0]+(?:and|y|i))[ \u00a0]+[A-Z][\w\-]*(?:[ \u00a0]+[A-Z][\w\-]*)*)*"
MEMBERS_AFTER = re.compile(
    rf"^{_MORE_NAMES}(?:,[ \u00a0]+(?:both|all|ambos|ambas|todos|todas|tots|totes)[ \u00a0]+"
    r"|[ \u00a0]+(?:is|are|was|were)[ \u00a0]+(?:among|one of)[ \u00a0]+(?:the[ \u00a0]+)?(?:[\d,.]+[ \u00a0]+|[a-z\-]+[ \u00a0]+){0,2})(?:members|socios|miembros|socis|membres|partners|companies|firms)\b"
    # 'A, B and C (ACR) were part of the group': companies on the trip
    rf"|^{_MORE_NAMES}(?:[ \u00a0]*\([A-Z][\w&\-]{{1,11}}\))?[ \u00a0]+(?:were|was)[ \u00a0]+(?:also[ \u00a0]+)?part[ \u00a0]+of[ \u00a0]+the[ \u00a0]+(?:group|delegation|mission|trip)\b"
    rf"|^{_MORE_NAMES}[ \u00a0]+(?:among them|entre ellas|entre ellos|entre elles|entre ells),"  # 'Twelve members, A and B among them, will …'
)
ACRONYM_AFTER = re.compile(r"^[ \u00a0]*\([A-Z][A-Za-z0-9&\-]{1,11}\)")
DATELINE_AFTER = re.compile(
    r"^(?:/[A-Z][\w\-]+)*(?:,[ \u00a0]+[A-Z][\w\-]+(?:[ \u00a0]+[A-Z][\w\-]+)?(?=,))?"  # 'Hermosillo, Sonora, 7 de junio …'
    r"(?:,[ \u00a0]+(?:\d{1,2}[ \u00a0]+[A-Z][a-z]+|\d{1,2}[ \u00a0]+(?:de[ \u00a0]+)?[a-zà-ÿ]{3,}|[A-Z][a-z]{2,8}\.?[ \u00a0]+\d{1,2})|[ \u00a0]+[–—-][ \u00a0]+)"
)
# The second part of a dateline: 'Hermosillo, Sonora, 7 de junio de 2024'.
DATELINE_REGION = re.compile(r"^[A-Z][\w\-]+(?:[ \u00a0]+[A-Z][\w\-]+)?,[ \u00a0]+$")
GENERIC = ORGANISATION_HEADS | PROGRAMME_HEADS | EVENT_HEADS | NOT_NAMES | set(WORK_HEADS)


_PARTICLES = frozenset({"de", "van", "von", "der", "den", "da", "di", "del", "della", "du", "dos", "das", "ten", "ter", "i"})  # "i" joins Catalan surnames


_INSTITUTIONAL_ADJECTIVES = frozenset({"nacional", "national", "regional", "internacional", "international", "federal", "estatal", "provincial", "municipal",
                                       "electrico", "tecnologico", "tecnologica", "industrial", "empresarial", "europeo", "europea", "europeu"})


def looks_like_person(words: list[str]) -> bool:
    """Two to four capitalised words, none of them a generic, an honorific or a brand ('BioValley'), not opening
    with a nationality, an article or a country: 'Rosa Elena Garza'."""
    if not 2 <= len(words) <= 4:
        return False
    lowered = [w.casefold() for w in words]
    if any((w in GENERIC or w in HONORIFICS) and not (i == 0 and (w in MONTH_FIRST_NAMES or is_forename(words[0]))) for i, w in enumerate(lowered)) or words[0] in DEMONYMS or lowered[0] in _ARTICLES or country_of(lowered[0]) or country_of(lowered[-1]):
        return False  # 'Scottish Enterprise', 'La Rinconada', 'Norway Health Tech', 'Enterprise Ireland' are no people
    if any(strip_accents(w) in _INSTITUTIONAL_ADJECTIVES for w in lowered[1:]):
        return False  # 'Coordinador Eléctrico Nacional'
    inner = words[1:-1]  # 'Marieke de Vries', 'Jan van der Berg': lowercase particles inside a name
    if sum(1 for w in words if w[:1].isupper()) < 2 or any(not w[0].isupper() and w not in _PARTICLES for w in inner):
        return False
    return all((w[0].isupper() and not w.isupper() and not INNER_CAPITAL.match(w)) or (w in _PARTICLES and w in inner) for w in words)


# Spanish and Catalan name a person chosen, replaced or presiding with a verb before: 'nombró a Sara Quintana',
# 'sustituye a Tomás Hidalgo', 'que preside Tomás Hidalgo'.
_PERSON_VERB_BEFORE = re.compile(
    r"\b(?:(?:nombr|elig|eligi|eleg|design|sustitu|relev|reemplaz|suced|felicit|entrevist|nomen|escoll|substitu|rellev)\w*(?:[ \u00a0]+(?:el|la|ahir|ayer|hoy|avui|per unanimitat|por unanimidad|en el cargo|al cargo|en el càrrec)(?:[ \u00a0]+\w+)?)?(?:[ \u00a0]+a)?"
    r"|que[ \u00a0]+(?:preside|presideix|presidía|presidia|dirige|dirigeix|lidera|encabeza|encapçala)|(?:junta|junta directiva|board)[ \u00a0]+(?:la[ \u00a0]+)?(?:completan|completen|integran|integren)"
    r"|(?:pren|prendrà|agafa|toma|tomará|tomó|prendre)[ \u00a0]+el[ \u00a0]+(?:relleu|relevo)[ \u00a0]+(?:de|a)|takes[ \u00a0]+over[ \u00a0]+from|took[ \u00a0]+over[ \u00a0]+from|succeeds|succeeded|replaces|replaced)[ \u00a0]+$"
)


# 'Minister of Trade and Industry Eirik Haugstad', 'Mayor Ana Ruiz': a public office, its portfolio capitalised, then the person
OFFICE = re.compile(
    r"(?:(?:Deputy|Vice|First|State)[ \u00a0]+)?(?:Minister|Secretary|Mayor|Governor|Commissioner|Ambassador|Consul|Ministra|Ministro|Consejer[oa]|Conseller|Consellera|Alcalde|Alcaldesa)\b"
)
_OFFICE_BEFORE = re.compile(rf"{OFFICE.pattern}(?:[ \u00a0]+(?:of|for|and|de|del|d['’]|y|i|[{UPPER}][\w\-]*)){{0,8}}[ \u00a0]+$")


def person_cue(before: str, after: str) -> bool:
    """An honorific, a role, 'who' or a speech verb next to the name."""
    return bool(
        _HONORIFIC_BEFORE.search(before) or _PERSON_VERB_BEFORE.search(before) or _ROLE_AFTER.match(after) or _SPEECH_AFTER.match(after)
        or _SPEECH_BEFORE.search(before) or _role_just_before(before) or _WHO_AFTER.match(after) or _CHAIRS_AFTER.match(after) or _CHAIRED_BY_BEFORE.search(before)
        or _FROM_ORGANISATION_AFTER.match(after) or _OFFICE_BEFORE.search(before)
    )


# 'Carla Ventura, de la Universitat Oberta de Catalunya (UOC), que assumeix …': a person and where she comes from
_FROM_ORGANISATION_AFTER = re.compile(rf"^,[ \u00a0]+(?:de|del|de[ \u00a0]+la|de[ \u00a0]+l['’]|d['’]|of|from)[ \u00a0]*(?:the[ \u00a0]+)?[{UPPER}]")


_ROLE_TO_NAME = re.compile(r"(?:[ \u00a0]+[a-zà-ÿ]+){0,2}?(?:[ \u00a0]+(?:of|at|for|de|del|d['’]|de la|of the)\b[^,]{0,80},)?,?[ \u00a0]+", re.IGNORECASE)


def _role_just_before(before: str) -> bool:
    """'CEO Jane Doe', 'President of X, Jane Doe', 'Harvard Business School professor Christian Ketels': the last
    role word before the name, at most nine words back and in the same clause."""
    roles = list(ROLE_WORD.finditer(before))
    if not roles or ROLE_OF_BEFORE.search(before):
        return False  # 'managing director of BioValley Basel': what follows a role's 'of' is its organisation
    rest = before[roles[-1].start() :]
    # Right after the role, or after its 'of …' and a comma; not 'a partner on the other side of the North Sea'.
    between = before[roles[-1].end() :]
    words = len(re.findall(r"\w+", rest))
    shape = _ROLE_TO_NAME.fullmatch(between)
    long_of = shape is not None and re.search(r"[ \u00a0](?:of|de|del|d['’])\b", between) is not None  # 'la vicerectora de Recerca … de la Universitat … (URV), X'
    return not re.search(r"[.;:!?]", rest) and shape is not None and (words <= 9 or (long_of and words <= 18))


def in_company_list(before: str) -> bool:
    """The name continues a list of companies or members opened before it ('members such as A, B and …')."""
    triggers = sorted([*_LIST_TRIGGER.finditer(before), *LIST_TRIGGER_ROMANCE.finditer(before), *_SUPPLIERS_BEFORE.finditer(before)], key=lambda m: m.end())
    if not triggers:
        return False
    between = before[triggers[-1].end() :]
    if re.search(r"[.;:!?]", between) or len(between) > 200:
        return False
    lower_words = [w for w in re.findall(r"\b[a-z][\w\-]*", between) if w not in _LIST_GLUE]
    return len(lower_words) <= 1
