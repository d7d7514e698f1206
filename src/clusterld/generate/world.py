"""The shared world of a synthetic project: countries, regions, cities, public bodies, programmes and a small
record per cluster (its ids and names), all that documents of other clusters may refer to; the real countries
and the specialisms it is made from. regions.py lays it out, names.py names its parts.

Everything else (companies, people, articles) is made per cluster while streaming, from the cluster's own
random generator, so memory stays proportional to the number of clusters, not to the number of facts.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Mapping

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
