"""The shared world of a synthetic project: countries, regions, cities, public bodies, programmes and a small
record per cluster (its ids and names), all that documents of other clusters may refer to.

Everything else (companies, people, articles) is made per cluster while streaming, from the cluster's own
random generator, so memory stays proportional to the number of clusters, not to the number of facts.
"""

from __future__ import annotations

import math
import random
import re
import unicodedata
from dataclasses import dataclass
from typing import Any, Iterator, Mapping

from clusterld.generate.language import LANGS, LANGUAGES, ca_de

Entry = dict[str, Any]


@dataclass(frozen=True)
class Country:
    """A real country, with the naming style of its synthetic places."""

    id: str
    names: Mapping[str, str]  # per language
    de_article: str  # grammatical gender for German mentions ("" for none)
    wikidata: str
    continent: str
    style: str  # place-name style: en, es, ca, de, da
    languages: tuple[str, ...]  # text languages of its regions, the first the most common
    legal: tuple[str, ...]


@dataclass(frozen=True)
class Specialism:
    """What a cluster is about: its sector concept and its words per language."""

    key: str
    sectors: tuple[str, ...]
    words: Mapping[str, str]  # en, es, ca: lower case noun; de: capitalised noun; da: word for brands
    da_stem: str  # Danish compound stem: "Medico" + "klyngen"
    short: str  # brand suffix: ValmoraBio


@dataclass(frozen=True)
class Person:
    """A person of the registry."""

    id: str
    name: str
    female: bool


@dataclass(frozen=True)
class Region:
    """A synthetic region with its cities and public bodies."""

    id: str
    name: str
    country: Country
    lang: str  # the language its organisations name themselves in
    style: str
    cities: tuple[tuple[str, str], ...]  # (id, name); the first is the capital

    def inst(self, kind: str) -> str:
        """Id of one of the region's public bodies (see INSTITUTIONS)."""
        base = self.cities[0][0] if kind in CITY_INSTITUTIONS else self.id
        return INSTITUTION_IDS[kind].format(base)


@dataclass(frozen=True)
class ClusterRef:
    """What other clusters' documents need to know about a cluster."""

    index: int
    id: str
    spec: Specialism
    region: Region
    org_id: str
    org_names: Mapping[str, str]  # local language and en
    manager: Person
    founded: str


@dataclass(frozen=True)
class World:
    """The shared part of a synthetic project."""

    countries: tuple[Country, ...]
    regions: tuple[Region, ...]
    clusters: tuple[ClusterRef, ...]
    by_spec: Mapping[str, tuple[int, ...]]  # specialism key → indexes of its clusters


COUNTRIES = (
    Country("spain", {"en": "Spain", "es": "España", "ca": "Espanya", "de": "Spanien", "da": "Spanien"}, "", "Q29", "europe", "es", ("es",), ("S.L.", "S.A.")),
    Country("spain", {"en": "Spain", "es": "España", "ca": "Espanya", "de": "Spanien", "da": "Spanien"}, "", "Q29", "europe", "ca", ("ca", "es"), ("S.L.", "S.A.")),
    Country("germany", {"en": "Germany", "es": "Alemania", "ca": "Alemanya", "de": "Deutschland", "da": "Tyskland"}, "", "Q183", "europe", "de", ("de",), ("GmbH", "AG")),
    Country("austria", {"en": "Austria", "es": "Austria", "ca": "Àustria", "de": "Österreich", "da": "Østrig"}, "", "Q40", "europe", "de", ("de",), ("GmbH",)),
    Country("switzerland", {"en": "Switzerland", "es": "Suiza", "ca": "Suïssa", "de": "Schweiz", "da": "Schweiz"}, "f", "Q39", "europe", "de", ("de",), ("AG", "GmbH")),
    Country("denmark", {"en": "Denmark", "es": "Dinamarca", "ca": "Dinamarca", "de": "Dänemark", "da": "Danmark"}, "", "Q35", "europe", "da", ("da",), ("A/S", "ApS")),
    Country("sweden", {"en": "Sweden", "es": "Suecia", "ca": "Suècia", "de": "Schweden", "da": "Sverige"}, "", "Q34", "europe", "da", ("en",), ("AB",)),
    Country("norway", {"en": "Norway", "es": "Noruega", "ca": "Noruega", "de": "Norwegen", "da": "Norge"}, "", "Q20", "europe", "da", ("en",), ("AS",)),
    Country("united-kingdom", {"en": "United Kingdom", "es": "Reino Unido", "ca": "Regne Unit", "de": "Vereinigtes Königreich", "da": "Storbritannien"}, "", "Q145", "europe", "en", ("en",), ("Ltd",)),
    Country("ireland", {"en": "Ireland", "es": "Irlanda", "ca": "Irlanda", "de": "Irland", "da": "Irland"}, "", "Q27", "europe", "en", ("en",), ("Ltd",)),
    Country("united-states", {"en": "United States", "es": "Estados Unidos", "ca": "Estats Units", "de": "USA", "da": "USA"}, "", "Q30", "north-america", "en", ("en",), ("Inc.", "LLC")),
    Country("canada", {"en": "Canada", "es": "Canadá", "ca": "Canadà", "de": "Kanada", "da": "Canada"}, "", "Q16", "north-america", "en", ("en",), ("Inc.",)),
)
# share of regions per entry of COUNTRIES (Spain twice: Spanish- and Catalan-speaking regions)
COUNTRY_WEIGHTS = (12, 10, 14, 5, 4, 12, 6, 4, 12, 4, 13, 4)
FIRST_COUNTRIES = (1, 2, 5, 8, 0)  # Catalan-, German-, Danish-, English- and Spanish-speaking regions first
CONTINENTS = {
    "europe": ({"en": "Europe", "es": "Europa", "ca": "Europa", "de": "Europa", "da": "Europa"}, "Q46"),
    "north-america": ({"en": "North America", "es": "América del Norte", "ca": "Amèrica del Nord", "de": "Nordamerika", "da": "Nordamerika"}, "Q49"),
}

SPECIALISMS = (
    Specialism("medtech", ("medical-devices",), {"en": "medtech", "es": "tecnología médica", "ca": "tecnologia mèdica", "de": "Medizintechnik", "da": "Medico"}, "Medico", "Med"),
    Specialism("imaging", ("medical-devices",), {"en": "medical imaging", "es": "imagen médica", "ca": "imatge mèdica", "de": "Bildgebung", "da": "Billeddiagnostik"}, "Billeddiagnostik", "Imaging"),
    Specialism("diagnostics", ("medical-devices", "health-technology"), {"en": "diagnostics", "es": "diagnóstico", "ca": "diagnòstic", "de": "Diagnostik", "da": "Diagnostik"}, "Diagnostik", "Dx"),
    Specialism("biotech", ("biotechnology",), {"en": "biotech", "es": "biotecnología", "ca": "biotecnologia", "de": "Biotechnologie", "da": "Biotek"}, "Biotek", "Bio"),
    Specialism("biologics", ("biotechnology", "pharmaceuticals"), {"en": "biologics", "es": "medicamentos biológicos", "ca": "medicaments biològics", "de": "Biopharma", "da": "Biofarma"}, "Biofarma", "Biologics"),
    Specialism("pharma", ("pharmaceuticals",), {"en": "pharmaceutical", "es": "productos farmacéuticos", "ca": "productes farmacèutics", "de": "Pharma", "da": "Pharma"}, "Pharma", "Pharma"),
    Specialism("healthtech", ("health-technology",), {"en": "health technology", "es": "tecnologías de la salud", "ca": "tecnologies de la salut", "de": "Gesundheitstechnologie", "da": "Sundhedsteknologi"}, "Sundhedsteknologi", "HealthTech"),
    Specialism("digital-health", ("digital-health",), {"en": "digital health", "es": "salud digital", "ca": "salut digital", "de": "Digital Health", "da": "E-sundhed"}, "E-sundheds", "eHealth"),
    Specialism("life-sciences", ("life-sciences",), {"en": "life science", "es": "ciencias de la vida", "ca": "ciències de la vida", "de": "Life Sciences", "da": "Life Science"}, "Life science-", "LifeSciences"),
    Specialism("healthcare", ("healthcare",), {"en": "healthcare", "es": "salud", "ca": "salut", "de": "Gesundheitswirtschaft", "da": "Sundhed"}, "Sundheds", "Health"),
    Specialism("neurotech", ("health-technology", "medical-devices"), {"en": "neurotechnology", "es": "neurotecnología", "ca": "neurotecnologia", "de": "Neurotechnologie", "da": "Neuroteknologi"}, "Neuroteknologi", "Neuro"),
    Specialism("orthopaedics", ("medical-devices",), {"en": "orthopaedics", "es": "ortopedia", "ca": "ortopèdia", "de": "Orthopädietechnik", "da": "Ortopædi"}, "Ortopædi", "Ortho"),
)

_STEMS = {
    "en": (("Ash", "Brook", "Clear", "East", "Fair", "Green", "Kings", "Mill", "North", "Oak", "Red", "Silver", "Stone", "West", "Elm",
            "Rose", "Black", "White", "Wood", "Marsh"),
           ("field", "ford", "ton", "wood", "bury", "port", "haven", "dale", "ley", "mouth", "water", "bridge", "ham", "stead", "wick")),
    "es": (("Val", "Monte", "Villa", "Alba", "Sierra", "Campo", "Torre", "Puerto", "Vega", "Peña", "Castro", "Fuente", "Roble", "Olmo",
            "Mira"),
           ("mora", "verde", "alta", "nueva", "rica", "blanca", "seca", "luna", "real", "clara", "hermosa", "rubia", "franca", "llana",
            "dorada")),
    "ca": (("Vall", "Sant", "Torre", "Castell", "Puig", "Mont", "Riu", "Pla", "Roca", "Coll", "Font", "Mas", "Bell", "Pont", "Prat"),
           ("ferrer", "blanc", "alt", "verd", "ros", "nou", "fort", "sec", "clar", "llong", "serè", "gran", "mar", "fred", "vell")),
    "de": (("Ober", "Nieder", "Alt", "Neu", "Stein", "Wald", "Rosen", "Birken", "Linden", "Eich", "Buch", "Hohen", "Tann", "Mühl",
            "Schön"),
           ("burg", "feld", "bach", "dorf", "hausen", "stadt", "heim", "au", "berg", "tal", "furt", "brück", "hofen", "ingen", "stein")),
    "da": (("Nord", "Syd", "Øster", "Vester", "Hvid", "Strand", "Skov", "Bjerg", "Lund", "Holm", "Eg", "Sand", "Rød", "Kirke", "Hede"),
           ("by", "borg", "sted", "rup", "løse", "havn", "bæk", "vig", "lev", "holm", "høj", "skov", "mark", "næs", "strup")),
}
_REGION_FORMS = {
    "en": ("{}", "{} Valley", "{}shire", "Greater {}"),
    "es": ("{}", "Tierra de {}", "Campo de {}", "Vega de {}"),
    "ca": ("{}", "Alt {}", "Baix {}", "Camp de {}"),
    "de": ("{}", "{}er Land", "Region {}", "{}gau"),
    "da": ("{}", "{}egnen", "{}land", "Region {}"),
}

# Public bodies of each region; those in CITY_INSTITUTIONS are named after the region's capital.
INSTITUTION_IDS = {
    "government": "government-of-{}",
    "agency": "{}-innovation-agency",
    "programme": "{}-clusters-programme",
    "institute": "{}-biomedical-research-institute",
    "university": "university-of-{}",
    "hospital": "{}-university-hospital",
    "council": "{}-city-council",
    "accelerator": "{}-health-accelerator",
}
CITY_INSTITUTIONS = frozenset({"university", "hospital", "council", "accelerator"})
INSTITUTION_TYPES = {
    "government": ["government"], "agency": ["government-agency"], "institute": ["non-profit-organisation"],
    "university": ["university"], "hospital": ["hospital"], "council": ["city-council"], "accelerator": ["accelerator"],
}
NETWORK, TWINNING = "international-health-cluster-network", "cluster-twinning-initiative"


def slug(text: str) -> str:
    """An id from a name: ASCII lower case, words joined by single hyphens."""
    text = text.replace("ø", "o").replace("Ø", "O").replace("æ", "ae").replace("Æ", "Ae").replace("ß", "ss")
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")


def unique(taken: set[str], candidate: str) -> str:
    """`candidate`, or it with the first free numeric suffix; the result is added to `taken`."""
    ident, n = candidate, 2
    while ident in taken:
        ident, n = f"{candidate}-{n}", n + 1
    taken.add(ident)
    return ident


def title(words: str) -> str:
    """Capitalise the words of a name, not its particles."""
    small = {"de", "la", "les", "las", "los", "del", "el", "of", "and", "i", "y"}
    return " ".join(w if w in small else w[:1].upper() + w[1:] for w in words.split(" "))


def person(rng: random.Random, lang: str, taken: set[str]) -> Person:
    """A new person with a name of the language's pools and a unique id."""
    words = LANGS[lang]
    female = rng.random() < 0.5
    name = f"{rng.choice(words.first_f if female else words.first_m)} {rng.choice(words.last)}"
    if words.two_surnames:
        name = f"{name} {rng.choice(words.last)}"
    return Person(unique(taken, slug(name)), name, female)


def institution_name(kind: str, lang: str, region: Region) -> tuple[str, str]:
    """(name, article code) of one of a region's public bodies in `lang` (see language.mention)."""
    r, c = region.name, region.cities[0][1]
    forms = {
        "government": {"en": (f"Government of {r}", "the"), "es": (f"Gobierno de {r}", "el"), "ca": (f"Govern {ca_de(r)}", "el"),
                       "de": (f"Landesregierung {r}", "f"), "da": (f"Region {r}", "")},
        "agency": {"en": (f"{r} Innovation Agency", "the"), "es": (f"Agencia de Innovación de {r}", "la"),
                   "ca": (f"Agència d'Innovació {ca_de(r)}", "l"), "de": (f"Innovationsagentur {r}", "f"), "da": (f"Erhvervshus {r}", "")},
        "programme": {"en": (f"{r} Clusters programme", "the"), "es": (f"Programa Clústeres de {r}", "el"),
                      "ca": (f"Programa Clústers {ca_de(r)}", "el"), "de": (f"Clusterprogramm {r}", "n"), "da": (f"Klyngeprogram {r}", "")},
        "institute": {"en": (f"{r} Institute for Biomedical Research", "the"), "es": (f"Instituto de Investigación Biomédica de {r}", "el"),
                      "ca": (f"Institut de Recerca Biomèdica {ca_de(r)}", "l"), "de": (f"Institut für Biomedizinische Forschung {r}", "n"),
                      "da": (f"Institut for Biomedicinsk Forskning {r}", "")},
        "university": {"en": (f"University of {c}", "the"), "es": (f"Universidad de {c}", "la"), "ca": (f"Universitat {ca_de(c)}", "la"),
                       "de": (f"Universität {c}", "f"), "da": (f"{c} Universitet", "")},
        "hospital": {"en": (f"{c} University Hospital", "the"), "es": (f"Hospital Universitario de {c}", "el"),
                     "ca": (f"Hospital Universitari {ca_de(c)}", "l"), "de": (f"Universitätsklinikum {c}", "n"), "da": (f"{c} Universitetshospital", "")},
        "council": {"en": (f"{c} City Council", ""), "es": (f"Ayuntamiento de {c}", "el"), "ca": (f"Ajuntament {ca_de(c)}", "l"),
                    "de": (f"Stadtverwaltung {c}", "f"), "da": (f"{c} Kommune", "")},
        "accelerator": {"en": (f"{c} Health Accelerator", "the"), "es": (f"Aceleradora de Salud de {c}", "la"),
                        "ca": (f"Acceleradora de Salut {ca_de(c)}", "l"), "de": (f"Health Accelerator {c}", "m"), "da": (f"{c} Health Accelerator", "")},
    }
    return forms[kind][lang]


def cluster_name(lang: str, spec: Specialism, region: Region) -> tuple[str, str]:
    """(name, article code) of a cluster, the economic phenomenon, in `lang`."""
    r, w = region.name, spec.words
    return {
        "en": (f"{r} {w['en']} cluster", "the"),
        "es": (f"Clúster de {w['es']} de {r}", "el"),
        "ca": (f"Clúster {ca_de(w['ca'])} {ca_de(r)}", "el"),
        "de": (f"{w['de'].replace(' ', '-')}-Cluster {r}", "m"),
        "da": (f"{spec.da_stem}klyngen i {r}", ""),
    }[lang]


def international_name(kind: str, lang: str) -> tuple[str, str]:
    """(name, article code) of the international network or its twinning programme."""
    forms = {
        NETWORK: {"en": ("International Health Cluster Network", "the"), "es": ("Red Internacional de Clústeres de Salud", "la"),
                  "ca": ("Xarxa Internacional de Clústers de Salut", "la"), "de": ("Internationales Gesundheitscluster-Netzwerk", "n"),
                  "da": ("Internationalt Sundhedsklyngenetværk", "")},
        TWINNING: {"en": ("Cluster Twinning Initiative", "the"), "es": ("Iniciativa de Hermanamiento de Clústeres", "la"),
                   "ca": ("Iniciativa d'Agermanament de Clústers", "la"), "de": ("Cluster-Partnerschaftsinitiative", "f"),
                   "da": ("Klyngetvillingeinitiativet", "")},
    }
    return forms[kind][lang]


def _org_names(rng: random.Random, spec: Specialism, region: Region) -> dict[str, str]:
    r, w, lang = region.name, spec.words, region.lang
    brand = max(r.split(" "), key=len) + spec.short
    english = rng.choice((f"{r} {title(w['en'])} Cluster", f"{r} {title(w['en'])} Alliance", f"{r} {title(w['en'])} Network", brand))
    local = {
        "en": english,
        "es": rng.choice((f"Clúster de {title(w['es'])} de {r}", f"Asociación Clúster {title(w['es'])} {r}", brand)),
        "ca": rng.choice((f"Clúster {ca_de(title(w['ca']))} {ca_de(r)}", f"Associació Clúster {title(w['ca'])} {r}", brand)),
        "de": rng.choice((f"{w['de'].replace(' ', '-')}-Cluster {r} e. V.", f"Netzwerk {w['de']} {r}", brand)),
        "da": rng.choice((f"{w['da']} {r}", brand)),
    }[lang]
    return {lang: local} if local == english or lang == "en" else {lang: local, "en": english}


def build_world(clusters: int, seed: int, taken: set[str]) -> World:
    """The countries, regions, public bodies and cluster records of a project with `clusters` clusters."""
    rng = random.Random(f"{seed}:world")
    # one cluster per region in small projects, so that even five clusters show five languages
    region_count = max(min(clusters, len(FIRST_COUNTRIES)), math.ceil(clusters / 3))
    regions: list[Region] = []
    names_used: set[str] = set()
    more = rng.choices(range(len(COUNTRIES)), weights=COUNTRY_WEIGHTS, k=max(0, region_count - len(FIRST_COUNTRIES)))
    for i, choice in enumerate((FIRST_COUNTRIES + tuple(more))[:region_count]):
        country = COUNTRIES[choice]
        second = len(country.languages) > 1 and i >= len(FIRST_COUNTRIES) and rng.random() < 0.25
        lang = country.languages[1 if second else 0]
        region_name = _place_name(rng, country.style, names_used, _REGION_FORMS[country.style])
        region_id = unique(taken, slug(region_name))
        cities = []
        for _ in range(rng.randint(2, 3)):
            city = _place_name(rng, country.style, names_used, ("{}",))
            cities.append((unique(taken, slug(city)), city))
        region = Region(region_id, region_name, country, lang, country.style, tuple(cities))
        for kind in INSTITUTION_IDS:
            if region.inst(kind) in taken:
                raise AssertionError(f"id clash: {region.inst(kind)}")
            taken.add(region.inst(kind))
        regions.append(region)
    countries = tuple(sorted({r.country.id: r.country for r in regions}.values(), key=lambda c: c.id))
    taken.update({*(c.id for c in countries), *CONTINENTS, NETWORK, TWINNING})
    refs = []
    by_spec: dict[str, list[int]] = {}
    specs_left: dict[str, list[Specialism]] = {}
    for index in range(clusters):
        region = regions[index % region_count]
        left = specs_left.setdefault(region.id, rng.sample(SPECIALISMS, len(SPECIALISMS)))
        spec = left.pop()
        org_names = _org_names(rng, spec, region)
        org_id = unique(taken, slug(org_names.get("en", org_names[region.lang]).removesuffix(" e. V.")))
        manager = person(rng, region.lang, taken)
        refs.append(ClusterRef(index, unique(taken, f"{region.id}-{spec.key}"), spec, region, org_id, org_names, manager,
                               str(rng.randint(1990, 2014))))
        by_spec.setdefault(spec.key, []).append(index)
    return World(countries, tuple(regions), tuple(refs), {k: tuple(v) for k, v in sorted(by_spec.items())})


def _place_name(rng: random.Random, style: str, used: set[str], forms: tuple[str, ...]) -> str:
    prefixes, suffixes = _STEMS[style]
    for attempt in range(10_000):
        stem = rng.choice(prefixes) + rng.choice(suffixes)
        if attempt >= 50:  # the two-part stems have run out: longer ones keep every place name distinct
            stem += rng.choice(suffixes)
        name = rng.choice(forms).format(stem)
        if name not in used and stem not in used:
            used.add(name)
            used.add(stem)
            return name
    raise AssertionError("place names exhausted")


def world_entries(world: World) -> Iterator[tuple[str, Entry]]:
    """(file stem, registry entry) of the shared world: continents, countries, regions, cities, bodies, programmes."""
    for key, (names, qid) in CONTINENTS.items():
        yield "places", {"id": key, "type": "place", "place_type": "continent", "name": dict(names),
                         "same_as": [f"http://www.wikidata.org/entity/{qid}"]}
    for country in world.countries:
        yield "places", {"id": country.id, "type": "place", "place_type": "country", "name": dict(country.names),
                         "within": country.continent, "same_as": [f"http://www.wikidata.org/entity/{country.wikidata}"]}
    for region in world.regions:
        yield "places", {"id": region.id, "type": "place", "place_type": "region", "name": {region.lang: region.name},
                         "description": {"en": f"Region of {region.country.names['en']} (synthetic)."}, "within": region.country.id}
        for i, (city_id, city) in enumerate(region.cities):
            what = "Capital" if i == 0 else "City"
            yield "places", {"id": city_id, "type": "place", "place_type": "city", "name": {region.lang: city},
                             "description": {"en": f"{what} of the region of {region.name} (synthetic)."}, "within": region.id}
    yield "institutions", {"id": NETWORK, "type": "organisation", "name": _names(lambda lang: international_name(NETWORK, lang)),
                           "classification": ["non-profit-organisation"], "based_in": "europe",
                           "websites": ["https://health-clusters.example/"]}
    yield "programmes", {"id": TWINNING, "type": "programme", "name": _names(lambda lang: international_name(TWINNING, lang)),
                         "description": {"en": "Programme that pairs health clusters of different countries for joint projects."},
                         "operated_by": [NETWORK]}
    for region in world.regions:
        langs = tuple(dict.fromkeys((region.lang, *region.country.languages, "en")))
        for kind in INSTITUTION_IDS:
            entry: Entry = {"id": region.inst(kind), "type": "programme" if kind == "programme" else "organisation",
                            "name": {lang: institution_name(kind, lang, region)[0] for lang in langs}}
            if kind == "programme":
                entry["operated_by"] = [region.inst("agency")]
                yield "programmes", entry
                continue
            entry["classification"] = INSTITUTION_TYPES[kind]
            if kind == "agency":
                entry["part_of"] = region.inst("government")
            if kind == "hospital":
                entry["sectors"] = ["healthcare"]
            entry["based_in"] = region.cities[0][0] if kind in CITY_INSTITUTIONS else region.id
            entry["websites"] = [f"https://{region.inst(kind)}.example/"]
            yield "institutions", entry


def _names(name_of: Any) -> dict[str, str]:
    return {lang: name_of(lang)[0] for lang in LANGUAGES}
