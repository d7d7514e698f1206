"""Word lists the rules read: general English and general knowledge, never tuned to particular articles.

Every list is a frozenset or a tuple (immutable); the registry and the ontology supply everything specific.
"""

from __future__ import annotations

ORGANISATION_HEADS = frozenset(
    """council association alliance cluster agency institute institution university universitat universidad
    université universität school college ministry department foundation fundación fundació centre center
    corporation company inc gmbh ag se sa s.a. spa ltd llc plc bv nv ab oy as group network partnership hub office
    commission government chamber society consortium bank accelerator incubator lab labs laboratory laboratories
    hospital clinic authority board committee federation union platform cooperative bureau industries holdings
    ventures park observatory secretariat organisation organization parliament directorate academy assembly
    technologies systems motors airlines aerospace robotics biotech pharma therapeutics consulting partners
    ministerium agentur verband verein""".split()
)
PLACE_HEADS = frozenset("region province county municipality metropolitan district prefecture canton oblast bay coast island islands peninsula".split())
CLUSTER_HEADS = frozenset("valley technopole technopolis".split())
# Nouns that, right before or after a name ("the research centre Tecnalia", "X, the cluster organisation of …"),
# say the name is an organisation.
ORGANISATION_DESCRIPTORS = frozenset(
    """cluster alliance association agency institute company firm organisation organization counterpart network
    university accelerator incubator group manufacturer supplier carmaker automaker start-up startup utility
    centre center council federation foundation ministry operator partner platform hub body consortium
    developer producer maker provider""".split()
)
ORGANISATION_VERBS = (
    "signed", "signs", "announced", "announces", "presented", "presents", "unveiled", "launched", "launches",
    "hosted", "hosts", "organised", "organized", "organises", "organizes", "employs", "counts", "represents",
    "showed", "shows", "invested", "invests", "acquired", "opened", "manufactures", "produces", "develops",
    "is headquartered", "has its headquarters", "was founded", "was established", "has more than", "has over",
)
CLUSTER_ORGANISATION_HEADS = frozenset({"cluster", "alliance", "association", "council", "network", "hub", "platform", "consortium"})
PROGRAMME_HEADS = frozenset("programme program initiative strategy scheme project agenda plan fund mission-programme".split())
EVENT_HEADS = frozenset(
    "conference summit congress forum fair expo exhibition week days meeting mission show festival symposium "
    "workshop hackathon convention roundtable webinar meetup assembly".split()
)
EVENT_KIND = {
    "conference": "conference", "summit": "conference", "congress": "conference", "forum": "conference",
    "symposium": "conference", "convention": "conference", "webinar": "conference", "expo": "event", "fair": "event",
    "exhibition": "event", "show": "event", "festival": "event", "days": "event", "week": "event",
    "meeting": "meeting", "assembly": "meeting", "roundtable": "meeting", "meetup": "meeting",
    "workshop": "training", "hackathon": "event", "mission": "mission",
}
WORK_HEADS = {
    "report": "report", "study": "report", "roadmap": "report", "survey": "report", "index": "report",
    "panorama": "report", "atlas": "report", "white paper": "report", "book": "book", "handbook": "book",
    "yearbook": "book", "newsletter": "newsletter", "magazine": "newsletter",
}
HONORIFICS = frozenset("mr mrs ms dr prof professor sir dame".split())
ROLE_HEADS = (
    "vice-president", "vice president", "vp", "president", "chairman", "chairwoman", "chairperson", "chair",
    "chief executive officer", "chief executive", "ceo", "cto", "cfo", "coo", "chief", "managing director",
    "director general", "director-general", "executive director", "general manager", "director", "directora",
    "directeur", "secretary general", "general secretary", "secretary-general", "head", "co-founder", "founder",
    "coordinator", "spokesperson", "spokesman", "spokeswoman", "professor", "ambassador", "minister", "mayor",
    "commissioner", "board member", "manager", "dean", "rector", "treasurer", "partner", "leader", "officer",
)
SPEECH_VERBS = frozenset("said says stated explained added noted commented told according".split())
NAME_CONNECTORS = frozenset("of for and & de del della la le du des für der van von y i d' the".split())
NOT_NAMES = frozenset(
    """the a an this that these those in on at by for from with as during after before today yesterday tomorrow
    it its our we they he she his her their there here when while since although however also and but or if
    finally moreover furthermore meanwhile according source submitted share more read photo image click contact
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
    september october november december what who how why where which all both each every some many most other
    another such one two three four five six seven eight nine ten first second third last next new previous
    participants members partners companies clusters besides together through under over about into between
    cluster organization organisation association programme program initiative agency council ministry
    none nothing everyone everything someone something jan feb mar apr jun jul aug sep sept oct nov dec
    press media""".split()
)
PLACE_PREPOSITIONS = frozenset("in to from across near throughout around within outside towards via".split())
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
    "United Arab Emirates", "United Kingdom", "United States", "Great Britain", "the Netherlands",
]
COUNTRY_ALIASES = {"USA": "United States", "U.S.": "United States", "UK": "United Kingdom", "U.K.": "United Kingdom",
                   "Korea": "South Korea", "Britain": "United Kingdom", "UAE": "United Arab Emirates"}
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december")
NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
                "fifty": 50, "a hundred": 100, "hundred": 100, "a dozen": 12, "dozen": 12, "a few": 3, "several": 3}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
            "ninth": 9, "tenth": 10, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "6th": 6, "7th": 7, "8th": 8,
            "9th": 9, "10th": 10}
