"""Word lists the rules read: general English, Spanish and Catalan, and general knowledge, never tuned to
particular articles.

Every list is a frozenset or a tuple (immutable); the registry and the ontology supply everything specific.
Word sets hold each word as written and without its accents, so 'Clúster' and 'Cluster' both find 'clúster'.
"""

from __future__ import annotations

from clusterld.extraction.normalise import strip_accents


def _words(text: str) -> frozenset[str]:
    return frozenset(w for word in text.split() for w in (word, strip_accents(word)))


ORGANISATION_HEADS = _words(
    """council association alliance cluster agency institute institution university universitat universidad
    polytechnic politecnico politécnica politècnica
    université universität school college ministry department foundation fundación fundació centre center
    corporation company inc gmbh ag se sa s.a. spa ltd llc plc bv nv ab oy as group network partnership hub office
    commission government chamber society consortium bank accelerator incubator lab labs laboratory laboratories
    hospital clinic authority board committee federation union platform cooperative bureau industries holdings
    ventures observatory secretariat organisation organization parliament directorate academy assembly
    technologies systems motors airlines aerospace robotics biotech pharma therapeutics consulting partners
    ministerium agentur verband verein international service
    clúster asociación associació agrupación agrupació alianza aliança agencia agència instituto institut centro consejo consell
    cámara cambra secretaría secretaria ministerio ministeri conselleria consejería departament departamento
    ayuntamiento ajuntament diputación diputació generalitat gobierno govern empresa grupo grup xarxa alcaldía gobernación
    municipalidad intendencia prefeitura universidade faculdade faculdad facultat oficina oficines embassy embajada ambaixada
    consulate consulado consolat dirección direcció
    plataforma federación federació confederación confederació sociedad societat cooperativa laboratorio
    laboratori consorcio consorci junta servicio servei consorzio associazione fondazione istituto università
    politecnico ministero regione comune camera"""
)
# An office abroad is named with the city it is in: 'Oficina Económica y Comercial de España en México', 'Embassy of India in Brussels'.
OFFICE_HEADS = _words("office oficina embassy embajada ambaixada consulate consulado consolat")
# A government's department, whose name lists its portfolios ('Ministerio de Comercio, Industria y Turismo') and which
# is part of the government named after it ('la Consejería de Empresa de la Junta de Andalucía')
MINISTRY_HEADS = _words("secretaria secretariat ministerio ministeri ministry consejeria conselleria departament departamento department direccion direccio")
# What a company's department is called, as a portfolio after a role: 'vicepresidenta de Exportaciones de ProColombia'
PORTFOLIO_WORDS = _words(
    """exportaciones exportacions exports ventas vendes sales marketing innovacion innovacio innovation operaciones operacions
    operations comunicacion comunicacio communications estrategia strategy finanzas finances finance recursos relaciones
    relacions desarrollo desenvolupament development tecnologia technology calidad qualitat quality produccion produccio
    production proyectos projectes projects negocio negocios negoci business internacionalizacion internacionalitzacio
    investigacion recerca research compras compres purchasing ingenieria enginyeria engineering"""
)
# What opens a by-line before its author's name ('By …', 'Por …', 'Entrevista de …'): metadata, not an entity of the article
BYLINE_OPENERS = r"(?:By|Author:|Written by|Por|Per|Escrito por|Escrit per|Autor:|Autora:|Entrevista de|Interview by|Text:|Texto:)"
# Spanish and Catalan function words: trimmed from the start of a name only in those languages ('El CIAC'), since
# English names keep them ('Los Angeles', 'La Jolla', 'De Beers').
# What a company is called before its name with no article ('feed maker BioMar', 'Chipmaker X' opening a sentence)
COMPANY_DESCRIPTORS = _words(
    """airline developer distributor firm insurer integrator maker manufacturer multinational operator producer provider
    retailer scale-up specialist spin-off start-up startup subsidiary supplier utility"""
)
ROMANCE_FUNCTION_WORDS = _words(
    """el la los las lo els les un una unos unas en con sin para por per amb y o u que de del al als su sus seu
    seva este esta aquest aquesta durante durant según segons tras también també además hoy avui ayer ahir"""
)
PLACE_HEADS = _words("region province county municipality metropolitan district prefecture canton oblast bay coast island islands peninsula provincia província región regió comarca")
# Sites named like organisations but recorded as places (areas): 'Hsinchu Science Park', 'Parque Tecnológico …'.
# Waters, as a name's last word only ('the North Sea'; 'Ocean Supercluster' is no place).
WATER_HEADS = _words("sea ocean gulf lake river")
AREA_HEADS = _words("park parque parc campus palazzo palacio palau")
CLUSTER_HEADS = frozenset("valley technopole technopolis".split())
# Nouns that, right before or after a name ("the research centre Tecnalia", "X, the cluster organisation of …"),
# say the name is an organisation.
ORGANISATION_DESCRIPTORS = _words(
    """cluster alliance association agency institute company firm organisation organization counterpart network
    university accelerator incubator group manufacturer supplier carmaker automaker start-up startup utility
    centre center council federation foundation ministry operator partner platform hub body consortium
    developer producer maker provider specialist clúster asociación associació agencia agència empresa fabricante fabricant
    entidad entitat organización organització fundación fundació centro universidad xarxa plataforma
    instituto institut consorcio consorci grupo grup retailer chain bank insurer airline laboratory lab hospital
    distributor cooperative integrator spin-off scale-up subsidiary multinational compañía companyia multinacional
    distribuidora cadena cooperativa laboratorio laboratori contractor generator fabricator shipbuilder shipyard builder
    exporter brand marca marque house consultancy consultora consultoria winery bodega celler brewery drassana astillero
    sociedad societat enginyeria ingeniería"""
)
ORGANISATION_VERBS = (
    "signed", "signs", "announced", "announces", "presented", "presents", "unveiled", "launched", "launches",
    "hosted", "hosts", "organised", "organized", "organises", "organizes", "employs", "counts", "represents",
    "showed", "shows", "invested", "invests", "acquired", "opened", "manufactures", "produces", "develops",
    "is headquartered", "has its headquarters", "was founded", "was established", "has more than", "has over",
    "works on", "works with", "covers", "supports", "brings together", "firmó", "firmaron", "ha firmado",
    "han firmado", "ha signat", "han signat", "va signar", "van signar", "agrupa", "reúne", "aplega",
    "took part in", "takes part in", "participated in", "exhibited at", "exhibits at", "participó en", "participaron en", "participa en",
    "participan en", "va participar a", "van participar a", "ha participat a", "han participat a", "expuso", "expusieron", "exposa", "exposen",
    # not 'cuenta con', 'representa', 'exporta': a town or a country does that too
    "organizó", "organizaron", "organiza", "organitza", "va organitzar", "articula", "lidera", "coordina", "impulsa", "presentó",
    "va presentar", "anunció", "se suma", "se sumó", "s'ha sumat", "s'hi suma", "emplea", "fabrica", "desarrolla", "ha invertido", "invirtió",
)
CLUSTER_ORGANISATION_HEADS = _words("cluster alliance association council network hub platform consortium clúster asociación associació agrupación agrupació alianza aliança")
PROGRAMME_HEADS = frozenset("programme program initiative strategy scheme project agenda plan fund mission-programme".split())
EVENT_HEADS = _words(
    "conference summit congress forum fair expo exhibition week day days meeting mission show airshow festival symposium messe salon "
    "workshop hackathon convention roundtable webinar meetup assembly jornada jornadas congreso congrés foro fòrum "
    "feria fira cumbre cimera asamblea assemblea salo salone salón saló"
)
EVENT_KIND = {
    "conference": "conference", "summit": "conference", "congress": "conference", "forum": "conference",
    "symposium": "conference", "convention": "conference", "webinar": "conference", "expo": "event", "fair": "event",
    "exhibition": "event", "show": "event", "airshow": "event", "festival": "event", "day": "conference", "days": "conference", "week": "conference", "messe": "event", "salon": "event",
    "meeting": "meeting", "assembly": "meeting", "roundtable": "meeting", "meetup": "meeting",
    "workshop": "training", "hackathon": "event", "mission": "mission", "jornada": "conference",
    "jornadas": "conference", "congreso": "conference", "congres": "conference", "foro": "conference", "feria": "event", "fira": "event", "salo": "event", "salone": "event", "cumbre": "conference", "cimera": "conference",
    "asamblea": "meeting", "assemblea": "meeting",
}
# What a noun that refers back to an event says it is: 'the mission', 'esta visita' (a trip), 'la jornada', 'the forum';
# 'the event' names one of any kind
EVENT_NOUN_KINDS: dict[str, str | None] = {
    **dict.fromkeys(("mission", "trip", "visit", "delegation", "tour", "journey", "stay", "misión", "viaje", "comitiva", "visita", "delegación",
                     "expedición", "missió", "viatge", "delegació", "expedició"), "mission"),
    **dict.fromkeys(("meeting", "encuentro", "trobada", "acto", "acte", "sesión", "sessió"), "meeting"),
    **dict.fromkeys(("conference", "summit", "forum", "jornada", "foro", "fòrum", "congreso", "congrés"), "conference"),
    "event": None,
}
WORK_HEADS = {
    "report": "report", "study": "report", "roadmap": "report", "survey": "report", "index": "report",
    "panorama": "report", "atlas": "report", "white paper": "report", "book": "book", "handbook": "book",
    "yearbook": "book", "newsletter": "newsletter", "magazine": "newsletter",
}
# An organisation's head word in the languages a name and the text around it may be in (folded, accent-free).
HEAD_TRANSLATIONS = (
    frozenset({"federation", "federacion", "federacio", "federazione"}),
    frozenset({"chamber", "camara", "cambra", "chambre"}),
    frozenset({"foundation", "fundacion", "fundacio", "fondation", "fondazione"}),
    frozenset({"agency", "agencia", "agence", "agenzia"}),
)
HONORIFICS = frozenset("mr mrs ms dr prof professor sir dame sr sra dra ing lic arq mtro mtra profa".split())  # 'el Mtro. …', 'la Lic. …'
ROLE_HEADS = (
    "vice-president", "vice president", "vp", "president", "chairman", "chairwoman", "chairperson", "chair",
    "chief executive officer", "chief executive", "ceo", "cto", "cfo", "coo", "chief", "managing director",
    "director general", "director-general", "executive director", "general manager", "director", "directora",
    "directeur", "secretary general", "general secretary", "secretary-general", "head", "co-founder", "founder",
    "coordinator", "spokesperson", "spokesman", "spokeswoman", "professor", "minister", "mayor", "ambassador",
    "embajador", "embajadora", "ambaixador", "ambaixadora", "commissioner", "board member", "manager", "dean", "rector",
    "treasurer", "partner", "leader", "officer",
    "presidente", "presidenta", "vicepresidente", "vicepresidenta", "vicepresident", "directora general",
    "director general", "gerente", "gerenta", "gerent", "consejero delegado", "consejera delegada", "conseller delegat",
    "consellera delegada", "secretario general", "secretaria general", "secretari general", "secretària general",
    "coordinador", "coordinadora", "portavoz", "portaveu", "alcalde", "alcaldesa", "ministro", "ministra",
    "consejero", "consejera", "conseller", "consellera", "fundador", "fundadora", "cofundador", "cofundadora",
    "delegado general", "delegada general", "delegat general", "general delegate", "delegate general",
    "responsable", "jefe", "jefa", "expresidente", "expresidenta", "expresident", "exdirector", "exdirectora",
    "profesor", "profesora", "professora", "catedrático", "catedrática", "catedràtic", "catedràtica", "investigador", "investigadora",
    "researcher", "tesorero", "tesorera", "tresorer", "tresorera", "rectora", "vicerector", "vicerectora", "vicerrector",
    "vicerrectora", "viceconsejero", "viceconsejera", "viceconseller", "viceconsellera",
    "regidor", "regidora", "concejal", "concejala", "secretario", "secretari", "secretària", "secretary", "vocal", "enòleg", "enòloga", "enólogo", "enóloga", "administrador", "administradora",
)
# Verbs that attribute speech; multi-word forms are Spanish and Catalan past tenses ('ha afirmat', 'va dir').
# Verbs that take companies somewhere ('a mission that took 12 firms to Japan', 'que llevó a Chile a 16 empresas').
TOOK = (  # 'plans to take', 'prevé llevar', 'ha desplaçat': the infinitive after a verb of intent too
    r"(?:took|takes|will take|has taken|to take|brought|has brought|to bring|llevó|llevará|llevaron|lleva|ha llevado|llevar|va portar|portarà|porta|ha portat|portar"
    r"|ha desplaçat|va desplaçar|desplaçarà|desplaçar|ha desplazado|desplazó|desplazará|desplazar)"
)
SPEECH_VERBS = (
    "said", "says", "stated", "explained", "added", "noted", "commented", "told", "according", "stressed",
    "emphasised", "emphasized", "remarked", "pointed out", "underlined", "insisted", "declared", "argued",
    "dijo", "afirmó", "afirma", "explicó", "explica", "señaló", "señala", "destacó", "destaca", "añadió",
    "añade", "aseguró", "asegura", "subrayó", "declaró", "comentó", "indicó", "apuntó", "manifestó",
    "ha afirmado", "ha explicado", "ha señalado", "ha destacado", "ha añadido", "ha asegurado", "ha dicho",
    "ha afirmat", "ha explicat", "ha assenyalat", "ha destacat", "ha afegit", "ha assegurat", "ha dit",
    "va afirmar", "va explicar", "va assenyalar", "va destacar", "va afegir", "va assegurar", "va dir",
    "afegeix", "assenyala", "diu", "va remarcar", "ha remarcat", "remarcó", "ha remarcado", "va subratllar", "va avançar", "avanzó",
    "announced", "va anunciar", "anunció", "ha anunciado", "ha anunciat",
    "warned", "recalled", "admitted", "acknowledged", "concluded", "highlighted", "explains", "adds", "notes",
    "advirtió", "advierte", "recordó", "recuerda", "insistió", "reconoció", "concluyó", "resumió", "valoró", "sostuvo", "agregó", "enfatizó",
    "precisó", "detalló", "expresó", "ha advertido", "ha recordado", "ha insistido", "ha subrayado", "ha reconocido", "ha valorado",
    "ha indicado", "ha apuntado", "ha manifestado", "ha comentado", "ha declarado",
    "va advertir", "va recordar", "va insistir", "va reconèixer", "va concloure", "va resumir", "va valorar", "va apuntar", "va indicar",
    "va manifestar", "va comentar", "va declarar", "ha advertit", "ha recordat", "ha insistit", "ha reconegut", "ha valorat", "ha indicat",
    "ha apuntat", "ha manifestat", "ha comentat", "ha declarat", "ha subratllat", "explica", "recorda", "subratlla", "adverteix",
    "va xifrar en", "ha xifrat en", "cifró en", "ha cifrado en",  # 'va xifrar en més de 140 les reunions …': a figure someone gave
)
NOT_NAMES = _words(
    """the a an this that these those in on at by for from with as during after before today yesterday tomorrow
    it its our we they he she his her their there here when while since although however also and but or if
    finally moreover furthermore meanwhile according source submitted share more read photo image click contact
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
    september october november december what who how why where which all both each every some many most other
    another such one two three four five six seven eight nine ten first second third last next new previous
    participants members partners companies clusters besides together through under over about into between
    representatives representantes representants delegates delegados
    cluster organization organisation association programme program initiative agency council ministry
    none nothing everyone everything someone something jan feb mar apr jun jul aug sep sept oct nov dec
    press media lunes martes miércoles jueves viernes sábado domingo dilluns dimarts dimecres dijous divendres dissabte
    diumenge enero febrero marzo mayo junio julio agosto septiembre octubre noviembre diciembre gener febrer
    març maig juny juliol agost setembre novembre desembre actualmente actualment currently figures memorandum agreement"""
)
CONTINENTS = ("Europe", "Asia", "Africa", "North America", "South America", "Latin America", "Oceania", "Antarctica")
COUNTRIES = (
    "Afghanistan Albania Algeria Andorra Angola Argentina Armenia Australia Austria Azerbaijan Bahrain Bangladesh "
    "Belarus Belgium Bolivia Botswana Brazil Bulgaria Cambodia Cameroon Canada Chile China Colombia Croatia Cuba "
    "Cyprus Czechia Denmark Ecuador Egypt Estonia Ethiopia Finland France Georgia Germany Ghana Greece Hungary "
    "Iceland India Indonesia Iran Iraq Ireland Israel Italy Japan Jordan Kazakhstan Kenya Kuwait Latvia Lebanon "
    "Lithuania Luxembourg Malaysia Malta Mexico Moldova Monaco Mongolia Montenegro Morocco Mozambique Namibia "
    "Nepal Netherlands Nigeria Norway Oman Pakistan Panama Paraguay Peru Philippines Poland Portugal Qatar Romania "
    "Russia Rwanda Senegal Serbia Singapore Slovakia Slovenia Spain Sweden Switzerland Taiwan Tanzania Thailand "
    "Tunisia Turkey Uganda Ukraine Uruguay Uzbekistan Venezuela Vietnam Zambia Zimbabwe"
).split() + [
    "Bosnia and Herzegovina", "Costa Rica", "Czech Republic", "Dominican Republic", "El Salvador", "New Zealand",
    "North Macedonia", "Saudi Arabia", "South Africa", "South Korea", "North Korea", "Sri Lanka",
    "United Arab Emirates", "United Kingdom", "United States", "Great Britain", "the Netherlands", "Scotland",
    "England", "Wales", "Northern Ireland",
]
COUNTRY_ALIASES = {"USA": "United States", "U.S.": "United States", "UK": "United Kingdom", "U.K.": "United Kingdom",
                   "Korea": "South Korea", "Britain": "United Kingdom", "UAE": "United Arab Emirates",
                   # countries in their own languages, as organisations' names end: 'OptecNet Deutschland'
                   "Deutschland": "Germany", "España": "Spain", "Nederland": "Netherlands", "Österreich": "Austria", "Schweiz": "Switzerland",
                   "Suisse": "Switzerland", "Polska": "Poland", "Sverige": "Sweden", "Norge": "Norway", "Danmark": "Denmark", "Suomi": "Finland",
                   "Česko": "Czechia", "Magyarország": "Hungary"}
# Spanish and Catalan names of countries that differ from the English ones (a draft keeps them as written)
ROMANCE_COUNTRY_NAMES = {**dict.fromkeys(("Alemania", "Alemanya"), "Germany"), **dict.fromkeys(("Francia", "França"), "France"), "Itàlia": "Italy",
                   **dict.fromkeys(("Japón", "Japó"), "Japan"), "Xina": "China", **dict.fromkeys(("Estados Unidos", "Estats Units", "EE. UU.", "EEUU"), "United States"),
                   **dict.fromkeys(("Reino Unido", "Regne Unit"), "United Kingdom"), **dict.fromkeys(("Marruecos", "Marroc"), "Morocco"),
                   **dict.fromkeys(("México", "Mèxic"), "Mexico"), "Xile": "Chile", **dict.fromkeys(("Corea del Sur", "Corea del Sud", "Corea"), "South Korea"),
                   **dict.fromkeys(("Canadá", "Canadà"), "Canada"), **dict.fromkeys(("Países Bajos", "Països Baixos", "Holanda"), "Netherlands"),
                   **dict.fromkeys(("Suiza", "Suïssa"), "Switzerland"), **dict.fromkeys(("Suecia", "Suècia"), "Sweden"), **dict.fromkeys(("Bélgica", "Bèlgica"), "Belgium"),
                   "Àustria": "Austria", "Índia": "India", **dict.fromkeys(("Cabo Verde", "Cap Verd"), "Cape Verde"), **dict.fromkeys(("Dinamarca",), "Denmark"),
                   **dict.fromkeys(("Noruega",), "Norway"), **dict.fromkeys(("Finlandia", "Finlàndia"), "Finland"), **dict.fromkeys(("Polonia", "Polònia"), "Poland"),
                   **dict.fromkeys(("Irlanda",), "Ireland"), **dict.fromkeys(("Turquía", "Turquia"), "Turkey"), **dict.fromkeys(("Egipto", "Egipte"), "Egypt"),
                   **dict.fromkeys(("Sudáfrica", "Sud-àfrica"), "South Africa"), **dict.fromkeys(("Perú",), "Peru"), **dict.fromkeys(("Brasil",), "Brazil"),
                   **dict.fromkeys(("Rumanía", "Romania"), "Romania"), **dict.fromkeys(("Grecia", "Grècia"), "Greece"), **dict.fromkeys(("Hungría", "Hongria"), "Hungary"),
                   **dict.fromkeys(("Nueva Zelanda", "Nova Zelanda"), "New Zealand"), **dict.fromkeys(("Singapur",), "Singapore"), **dict.fromkeys(("Estonia", "Estònia"), "Estonia"),
                   **dict.fromkeys(("Letonia", "Letònia"), "Latvia"), **dict.fromkeys(("Lituania", "Lituània"), "Lithuania"), **dict.fromkeys(("Australia", "Austràlia"), "Australia"),
                   **dict.fromkeys(("Tailandia", "Tailàndia"), "Thailand"), **dict.fromkeys(("Malasia", "Malàisia"), "Malaysia"), **dict.fromkeys(("Indonesia", "Indonèsia"), "Indonesia"),
                   **dict.fromkeys(("Emiratos Árabes Unidos", "Emirats Àrabs Units"), "United Arab Emirates"), **dict.fromkeys(("Arabia Saudí", "Aràbia Saudita"), "Saudi Arabia"),
                   **dict.fromkeys(("Rusia", "Rússia"), "Russia"), **dict.fromkeys(("Ucrania", "Ucraïna"), "Ukraine"), **dict.fromkeys(("Escocia", "Escòcia"), "Scotland"),
                   **dict.fromkeys(("Gales", "Gal·les"), "Wales"), **dict.fromkeys(("Inglaterra", "Anglaterra"), "England"), **dict.fromkeys(("Eslovenia", "Eslovènia"), "Slovenia"),
                   **dict.fromkeys(("Croacia", "Croàcia"), "Croatia"), **dict.fromkeys(("Chequia", "República Checa", "República Txeca", "Txèquia"), "Czech Republic"),
                   **dict.fromkeys(("Taiwán", "Taiwan"), "Taiwan"), **dict.fromkeys(("Vietnam", "Vietnam"), "Vietnam"), **dict.fromkeys(("Filipinas", "Filipines"), "Philippines")}
# Month words that are first names too, when a surname follows: 'Jan de Groot', 'Mar Puig', 'April Jones', 'Marc Delvaux'
# ('Marc' is Catalan 'març' without its accent).
MONTH_FIRST_NAMES = frozenset({"jan", "mar", "may", "april", "june", "august", "marc"})
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december")
# Collective numerals say about so many: 'una setantena d'empreses', 'una veintena de firmas', 'un centenar'.
COLLECTIVE_NUMBERS = {"desena": 10, "decena": 10, "vintena": 20, "veintena": 20, "trentena": 30, "treintena": 30, "quarantena": 40,
                      "cuarentena": 40, "cinquantena": 50, "cincuentena": 50, "seixantena": 60, "sesentena": 60, "setantena": 70,
                      "setentena": 70, "vuitantena": 80, "ochentena": 80, "norantena": 90, "noventena": 90, "centenar": 100,
                      "docena": 12, "dotzena": 12, "quincena": 15, "quinzena": 15}
# Spanish and Catalan number words that are English words too ('once'), read only in Spanish and Catalan text.
ROMANCE_NUMBER_WORDS = {"once": 11, "onze": 11, "trece": 13, "tretze": 13, "catorce": 14, "catorze": 14, "dieciséis": 16, "setze": 16,
                        "diecisiete": 17, "disset": 17, "dieciocho": 18, "divuit": 18, "diecinueve": 19, "dinou": 19, "set": 7, "sis": 6}
_SIMPLE_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
                "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "thirteen": 13, "fourteen": 14, "sixteen": 16,
                "seventeen": 17, "eighteen": 18, "nineteen": 19, "a hundred": 100, "hundred": 100, "a dozen": 12, "dozen": 12, "a few": 3, "several": 3,
                # Spanish and Catalan; words that are also English ('once', 'set') are left out
                "dos": 2, "tres": 3, "cuatro": 4, "quatre": 4, "cinco": 5, "cinc": 5, "seis": 6, "siete": 7, "ocho": 8,
                "vuit": 8, "nueve": 9, "diez": 10, "deu": 10, "doce": 12, "dotze": 12, "quince": 15, "quinze": 15, "veinte": 20,
                "vint": 20, "treinta": 30, "trenta": 30, "cuarenta": 40, "quaranta": 40, "cincuenta": 50, "cinquanta": 50,
                "sesenta": 60, "seixanta": 60, "setenta": 70, "setanta": 70, "ochenta": 80, "vuitanta": 80, "noventa": 90,
                "noranta": 90, "cien": 100, "dues": 2}  # not "cent": "12 per cent"
_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_CATALAN_UNITS = {"un": 1, "u": 1, "una": 1, "dos": 2, "dues": 2, "tres": 3, "quatre": 4, "cinc": 5, "sis": 6, "set": 7, "vuit": 8, "nou": 9}
_SPANISH_UNITS = {"uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9}


def _compound_tens(tens: str, joint: str, units: dict[str, int]) -> dict[str, int]:
    """'twenty-two', 'trenta-cinc', 'treinta y cinco': each tens word of `tens`, `joint` and a unit."""
    return {f"{word}{joint}{unit}": _SIMPLE_NUMBERS[word] + n for word in tens.split() for unit, n in units.items()}


NUMBER_WORDS = (
    _SIMPLE_NUMBERS | COLLECTIVE_NUMBERS
    | _compound_tens("twenty thirty forty fifty sixty seventy eighty ninety", "-", _UNITS)
    | _compound_tens("vint", "-i-", _CATALAN_UNITS) | _compound_tens("trenta quaranta cinquanta seixanta setanta vuitanta noranta", "-", _CATALAN_UNITS)
    | _compound_tens("treinta cuarenta cincuenta sesenta setenta ochenta noventa", " y ", _SPANISH_UNITS)
    | {"veintiuno": 21, "veintiuna": 21, "veintidós": 22, "veintitrés": 23, "veinticuatro": 24, "veinticinco": 25, "veintiséis": 26, "veintisiete": 27, "veintiocho": 28, "veintinueve": 29}
)
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
            "ninth": 9, "tenth": 10, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "6th": 6, "7th": 7, "8th": 8,
            "9th": 9, "10th": 10}
ROMANCE_MONTHS = {
    "enero": 1, "gener": 1, "febrero": 2, "febrer": 2, "marzo": 3, "març": 3, "abril": 4, "mayo": 5, "maig": 5,
    "junio": 6, "juny": 6, "julio": 7, "juliol": 7, "agosto": 8, "agost": 8, "septiembre": 9, "setiembre": 9,
    "setembre": 9, "octubre": 10, "noviembre": 11, "novembre": 11, "diciembre": 12, "desembre": 12,
}
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
    "lunes": 0, "martes": 1, "miércoles": 2, "jueves": 3, "viernes": 4, "sábado": 5, "domingo": 6,
    "dilluns": 0, "dimarts": 1, "dimecres": 2, "dijous": 3, "divendres": 4, "dissabte": 5, "diumenge": 6,
}
# Spanish and Catalan month and weekday names, which are names in English text ('Mayo Clinic')
ROMANCE_CALENDAR = frozenset(f(w) for w in (*ROMANCE_MONTHS, *WEEKDAYS) if not w.endswith("day") for f in (str, strip_accents))


def _demonyms(text: str) -> dict[str, str]:
    """'Place: adjective adjective …; …' -> each adjective mapped to its place."""
    return {word: place.strip() for entry in text.split(";") for place, _, words in [entry.partition(":")] for word in words.split()}


# Nationality and regional adjectives with the place they name: adjectives, never names themselves ('the Danish
# delegation', 'la delegació portuguesa'); the place tells whose delegation it is.
DEMONYMS = {
    **dict.fromkeys(("American",), "United States"), **dict.fromkeys(("Andalusian", "andaluz", "andaluza", "andalús", "andalusa"), "Andalusia"),
    **dict.fromkeys(("Austrian",), "Austria"), **dict.fromkeys(("Basque", "vasco", "vasca", "basc", "basca"), "Basque Country"),
    **dict.fromkeys(("Belgian", "belga"), "Belgium"), **dict.fromkeys(("British",), "United Kingdom"),
    **dict.fromkeys(("Canadian", "canadiense", "canadenc", "canadenca"), "Canada"),
    **dict.fromkeys(("Catalan", "catalán", "catalana", "català"), "Catalonia"), **dict.fromkeys(("Chilean", "chileno", "chilena", "xilè", "xilena"), "Chile"),
    **dict.fromkeys(("Chinese", "chino", "china", "xinès", "xinesa"), "China"), **dict.fromkeys(("Danish", "danés", "danesa", "danès"), "Denmark"),
    **dict.fromkeys(("Dutch", "neerlandés", "neerlandesa", "holandés", "holandesa", "neerlandès", "holandès"), "Netherlands"),
    **dict.fromkeys(("English",), "England"), **dict.fromkeys(("European", "europeo", "europea", "europeu"), "Europe"),
    **dict.fromkeys(("Finnish",), "Finland"), **dict.fromkeys(("Flemish",), "Flanders"),
    **dict.fromkeys(("French", "francés", "francesa", "francès"), "France"), **dict.fromkeys(("German", "alemán", "alemana", "alemany", "alemanya"), "Germany"),
    **dict.fromkeys(("Irish",), "Ireland"), **dict.fromkeys(("Italian", "italiano", "italiana", "italià"), "Italy"),
    **dict.fromkeys(("Japanese", "japonés", "japonesa", "japonès"), "Japan"), **dict.fromkeys(("Korean", "coreano", "coreana", "coreà"), "Korea"),
    **dict.fromkeys(("Mexican", "mexicano", "mexicana", "mexicà"), "Mexico"), **dict.fromkeys(("Norwegian", "noruego", "noruega"), "Norway"),
    **dict.fromkeys(("Polish",), "Poland"), **dict.fromkeys(("Portuguese", "portugués", "portuguesa", "portuguès"), "Portugal"),
    **dict.fromkeys(("Scottish", "Scots", "escocés", "escocesa", "escocès"), "Scotland"),
    **dict.fromkeys(("Spanish", "español", "española", "espanyol", "espanyola"), "Spain"),
    **dict.fromkeys(("Swedish", "sueco", "sueca", "suec"), "Sweden"), **dict.fromkeys(("Swiss", "suizo", "suiza", "suís", "suïssa"), "Switzerland"),
    **dict.fromkeys(("Aragonese", "aragonés", "aragonesa", "aragonès"), "Aragon"), **dict.fromkeys(("Galician", "gallego", "gallega", "gallec"), "Galicia"),
    **dict.fromkeys(("Valencian", "valenciano", "valenciana", "valencià"), "Valencia"), **dict.fromkeys(("Asturian", "asturiano", "asturiana", "asturià"), "Asturias"),
    **dict.fromkeys(("Navarrese", "navarro", "navarra", "navarrès"), "Navarre"), **dict.fromkeys(("Canarian", "canario", "canaria", "canari"), "Canary Islands"),
    **dict.fromkeys(("Taiwanese",), "Taiwan"), **dict.fromkeys(("Walloon",), "Wallonia"), **dict.fromkeys(("Welsh",), "Wales"),
    **_demonyms("""Uruguay: Uruguayan uruguayo uruguaya uruguaià uruguaiana; Argentina: Argentine Argentinian argentino argentina argentí;
        Peru: Peruvian peruano peruana peruà; Colombia: Colombian colombiano colombiana colombià; Brazil: Brazilian brasileño brasileña brasiler brasilera;
        Australia: Australian australiano australiana australià; New Zealand: neozelandés neozelandesa neozelandès; India: Indian indio india indi;
        Morocco: Moroccan marroquí; Romania: Romanian rumano rumana romanès; Lithuania: Lithuanian lituano lituana lituà; Latvia: Latvian letón letona letó;
        Estonia: Estonian estonio estonia estonià; Finland: finlandés finlandesa finlandès; Ireland: irlandés irlandesa irlandès; Austria: austriaco austriaca austríac;
        Poland: polaco polaca polonès; Singapore: Singaporean singapurense; Israel: Israeli israelí; Turkey: Turkish turco turca turc;
        United States: estadounidense nord-americà; United Kingdom: británico británica britànic; Slovenia: Slovenian esloveno eslovena eslovè;
        Czech Republic: Czech checo checa txec; Hungary: Hungarian húngaro húngara hongarès; Croatia: Croatian croata; Greece: Greek griego griega grec;
        South Africa: sudafricano sudafricana sud-africà; Cape Verde: caboverdiano caboverdiana; Ecuador: Ecuadorian ecuatoriano ecuatoriana;
        Paraguay: Paraguayan paraguayo paraguaya; Bolivia: Bolivian boliviano boliviana; Cuba: Cuban cubano cubana; Vietnam: Vietnamese vietnamita;
        Costa Rica: costarricense; Panama: Panamanian panameño panameña; Guatemala: Guatemalan guatemalteco guatemalteca;
        El Salvador: Salvadoran salvadoreño salvadoreña; Dominican Republic: dominicano dominicana; Venezuela: Venezuelan venezolano venezolana;
        Slovakia: Slovak Slovakian eslovaco eslovaca; Bulgaria: Bulgarian búlgaro búlgara; Ukraine: Ukrainian ucraniano ucraniana;
        Bavaria: Bavarian bávaro bávara; Saxony: Saxon; Lombardy: Lombard lombardo lombarda; Tuscany: Tuscan; Quebec: Québécois Quebecer quebequense;
        Ontario: Ontarian; Murcia: murciano murciana; Extremadura: extremeño extremeña; Cantabria: cántabro cántabra"""),
}
