"""The shared world laid out: regions and cities with place names of their country's style, their public bodies,
a record per cluster, and the registry entries of all of them."""

from __future__ import annotations

import math
import random
from typing import Any, Iterator

from clusterld.generate.language import LANGUAGES
from clusterld.generate.names import (
    institution_name,
    international_name,
    organisation_names,
    person,
    slug,
    unique,
)
from clusterld.generate.world import (
    CITY_INSTITUTIONS,
    CONTINENTS,
    COUNTRIES,
    COUNTRY_WEIGHTS,
    FIRST_COUNTRIES,
    INSTITUTION_IDS,
    INSTITUTION_TYPES,
    NETWORK,
    SPECIALISMS,
    TWINNING,
    ClusterRef,
    Entry,
    Region,
    Specialism,
    World,
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
        org_names = organisation_names(rng, spec, region)
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
