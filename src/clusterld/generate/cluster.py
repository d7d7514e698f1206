"""One cluster of a synthetic project: its companies, people and plan of articles, drawn from the cluster's own
random generator, and its registry entries (articles.py writes its articles).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Iterator

from clusterld.generate.language import ca_de
from clusterld.generate.names import cluster_name, person, slug, unique
from clusterld.generate.world import ClusterRef, Entry, Person, World
from clusterld.generate.writer import ArticleWriter, local_name

FIRST_YEAR, LAST_YEAR = 2013, 2025
KINDS = ("figures", "agreement", "mission", "board", "forum")
TOPICS = ("best-practice-sharing", "information-sharing", "investment-opportunities", "digital-and-connected-health",
          "value-chain-connection", "strategic-opportunities", "international-networking", "ecosystem-learning",
          "alliance-building", "cluster-policy", "exponential-technologies")
COMPANY_STEMS = (("Nex", "Cardi", "Medi", "Gen", "Neur", "Onco", "Vita", "Thera", "Immu", "Derm", "Ortho", "Pulmo", "Lumi", "Aqua",
                  "Sana", "Kine", "Cyto", "Hema", "Opti", "Astra"),
                 ("agen", "med", "vax", "tek", "cura", "vita", "sys", "logic", "nova", "lab", "bio", "care", "tis", "ome", "ix"))
COMPANY_WORDS = {
    "medical-devices": ("Medical", "Devices", "Surgical", "Imaging", "Instruments"),
    "biotechnology": ("Biotech", "Biologics", "Therapeutics", "Genomics", "Biosciences"),
    "pharmaceuticals": ("Pharma", "Pharmaceuticals", "Therapeutics", "Labs"),
    "health-technology": ("Health", "HealthTech", "Medical Systems", "Diagnostics"),
    "digital-health": ("Digital Health", "Health Analytics", "eHealth", "Health Software"),
    "life-sciences": ("Life Sciences", "Biosciences", "Labs"),
    "healthcare": ("Care", "Health Services", "Clinics"),
}


@dataclass(frozen=True)
class Company:
    """A member company of a self."""

    id: str
    name: str
    city: str
    founded: int



class ClusterWriter:
    """One cluster: what its registry entries and articles are made of."""

    def __init__(self, world: World, ref: ClusterRef, seed: int, taken: set[str]) -> None:
        self.world, self.ref, self.region = world, ref, ref.region
        self.rng = rng = random.Random(f"{seed}:cluster:{ref.index}")
        self.sector = ref.spec.sectors[0]
        local = self.region.lang
        self.companies = [self._company(taken) for _ in range(rng.randint(8, 12))]
        self.president_old, self.president_new = person(rng, local, taken), person(rng, local, taken)
        self.secretary, self.professor = person(rng, local, taken), person(rng, local, taken)
        self.secretary_role = rng.choice(("general-secretary", "community-manager"))
        self.execs = [(person(rng, local, taken), rng.choice(self.companies), role)
                      for role in ("director-business-development", "division-manager")]
        self.ambassador = person(rng, local, taken)
        self.spinoff = self.companies[-1]
        self.companies_2010, self.company_growth = rng.randint(40, 300), rng.uniform(0.02, 0.08)
        self.members_2010, self.member_growth = rng.randint(30, 120), rng.uniform(0.01, 0.06)
        self.employment_rate, self.rank = rng.uniform(1.5, 7.0), rng.randint(1, 5)
        self.plan = self._plan()
        self.board_date = next((d for k, d, _ in self.plan if k == "board"), date(LAST_YEAR + 1, 1, 1))
        self.president_since = rng.randint(int(ref.founded), max(int(ref.founded), self.plan[0][1].year - 1))
        self.forum_since = int(ref.founded) + rng.randint(1, 4)
        self.reports = {d.year: f"{ref.id}-annual-report-{d.year - 1}" for k, d, _ in self.plan if k == "figures"}

    def _company(self, taken: set[str]) -> Company:
        rng = self.rng
        name = f"{rng.choice(COMPANY_STEMS[0])}{rng.choice(COMPANY_STEMS[1])} {rng.choice(COMPANY_WORDS[self.sector])}"
        city = rng.choice(self.region.cities)
        ident = unique(taken, slug(name) if slug(name) not in taken else f"{slug(name)}-{city[0]}")
        return Company(ident, f"{name} {rng.choice(self.region.country.legal)}", city[0], rng.randint(1975, 2012))

    def _plan(self) -> list[tuple[str, date, str]]:
        """(kind, publication date, language) of each article, oldest first."""
        rng = self.rng
        # three or four articles per cluster give about a thousand triples per cluster with its registry entries
        others = [k for k in KINDS[1:] if len(self.world.clusters) > 1 or k not in ("agreement", "mission")]
        kinds = ["figures", *rng.sample(others, min(len(others), rng.choice((2, 3, 3))))]
        first = max(FIRST_YEAR, int(self.ref.founded) + 1)
        months = sorted(rng.sample(range(first * 12, (LAST_YEAR + 1) * 12), len(kinds)))
        rng.shuffle(kinds)
        if "board" in kinds and kinds.index("board") == 0:  # a new president needs a predecessor in office before
            kinds[0], kinds[1] = kinds[1], kinds[0]
        local = self.region.lang
        languages = [local, *(code for code in (*self.region.country.languages, "en") if code != local)]
        weights = [6, *([2] * (len(languages) - 1))]
        # the first article is in the region's own language, so every language of the world is present
        return [(kind, date(m // 12, m % 12 + 1, rng.randint(1, 28)), rng.choices(languages, weights)[0] if i else local)
                for i, (kind, m) in enumerate(zip(kinds, months))]

    def entries(self) -> Iterator[tuple[str, Entry]]:
        """(file stem, registry entry) of the cluster, its organisation, companies, people and reports."""
        ref, region, local = self.ref, self.region, self.region.lang
        spec = ref.spec
        langs = tuple(dict.fromkeys((local, *region.country.languages, "en")))
        country = region.country.names["en"]
        yield "clusters", {
            "id": ref.id, "type": "cluster", "name": {lang: cluster_name(lang, spec, region)[0] for lang in langs},
            "description": {"en": f"Concentration of {spec.words['en']} companies, research centres and hospitals in {region.name}, {country} (synthetic)."},
            "sectors": list(spec.sectors), "regions": [region.id], "facilitated_by": [ref.org_id],
        }
        acronym = "".join(w[0] for w in next(iter(ref.org_names.values())).split(" ") if w[:1].isupper() and w != "V.")
        org: Entry = {"id": ref.org_id, "type": "cluster-organisation", "name": dict(ref.org_names)}
        if len(acronym) >= 3:
            org["alt_names"] = {local: [acronym]}
        org |= {
            "description": {"en": f"Cluster organisation of the {spec.words['en']} industry of {region.name}, {country} (synthetic)."},
            "classification": ["cluster-organisation", *self.rng.sample(("non-profit-organisation", "trade-association"), self.rng.randint(0, 1))],
            "sectors": list(spec.sectors), "based_in": region.cities[0][0], "websites": [f"https://{ref.org_id}.example/"],
            "identifiers": {"cluster-registry": f"CR-{10000 + ref.index}"}, "founded": ref.founded,
        }
        yield "organisations", org
        for company in self.companies:
            entry: Entry = {"id": company.id, "type": "organisation", "name": {local: company.name}, "sectors": [self.sector],
                            "based_in": company.city, "websites": [f"https://{company.id}.example/"]}
            if company is self.spinoff or company.founded % 2:
                entry["founded"] = str(company.founded)
            yield "organisations", entry
        people = [(ref.manager, "cluster manager"), (self.president_old, "former president"), (self.president_new, "president"),
                  (self.secretary, self.secretary_role.replace("-", " ")), (self.professor, "professor"),
                  (self.ambassador, "ambassador"), *((p, role.replace("-", " ")) for p, _, role in self.execs)]
        for who, what in people:
            yield "people", {"id": who.id, "type": "person", "name": {local: who.name},
                             "description": {"en": f"{what[:1].upper()}{what[1:]} in the {spec.words['en']} cluster of {region.name} (synthetic)."}}
        for year, work in self.reports.items():
            yield "works", {"id": work, "type": "work", "work_type": "report", "name": {lang: self.report_name(lang, year - 1)[0] for lang in (local, "en")},
                            "authors": [ref.manager.id], "published": f"{year}-01"}

    def report_name(self, lang: str, year: int) -> tuple[str, str]:
        """(name, article code) of the cluster organisation's annual report on `year`, in `lang`."""
        org = local_name(self.ref.org_names)(lang)[0]
        return {"en": (f"{org} Annual Report {year}", "the"), "es": (f"Informe anual {year} de {org}", "el"),
                "ca": (f"Informe anual {year} {ca_de(org)}", "l"),
                "de": (f"Jahresbericht {year} von {org}", "m"), "da": (f"Årsrapport {year} fra {org}", "")}[lang]

    def role(self, w: ArticleWriter, who: Person, role: str, org_key: str, org_id: str, template: str = "who", **values: Any) -> str:
        """A 'name, role of organisation' fragment, recorded as a role fact; returns the fragment."""
        label = w.lang.roles[role][who.female]
        said = w.fragment(template, p=who.name, role=label, org=w.values[org_key], org_acc=w.values[f"{org_key}_acc"],
                          org_dat=w.values[f"{org_key}_dat"], org_of=w.values[f"{org_key}_of"])
        w.fact("role", f"role-{who.id}", [said], person=who.id, organisation=org_id, role=role, role_label={w.lang.code: label}, **values)
        return said

    def _president(self, when: date) -> Person:
        return self.president_new if when >= self.board_date else self.president_old

    def quote(self, w: ArticleWriter, topic: str, when: date, about: list[str]) -> None:
        """Add a quotation of the president or the manager on `topic`, recorded as a claim about `about`."""
        speaker = self.rng.choice((self._president(when), self.ref.manager))
        role = "president" if speaker is not self.ref.manager else "cluster-manager"
        who = self.role(w, speaker, role, "a", self.ref.org_id)
        quote = self.rng.choice(w.lang.quotes[topic])
        said = w.say("quote", q=quote, who=who)
        w.fact("claim", f"quote-{speaker.id}", [said], about=about, text={w.lang.code: quote}, by=speaker.id, kind="quotation")

    def partner(self) -> ClusterRef:
        """Another cluster, preferably of the same specialism."""
        same = [i for i in self.world.by_spec[self.ref.spec.key] if i != self.ref.index]
        others = same or [c.index for c in self.world.clusters if c.index != self.ref.index]
        return self.world.clusters[self.rng.choice(others)]

    def event_days(self, published: date, earliest: int, latest: int, length: int) -> tuple[date, date]:
        """An event of `length` extra days within one month, ending before the article."""
        start = published - timedelta(days=self.rng.randint(earliest, latest))
        if (start + timedelta(days=length)).month != start.month:
            start = start.replace(day=1)
        return start, start + timedelta(days=length)

    def member_count(self, when: date) -> int:
        """Member organisations of the cluster organisation on a date."""
        return round(self.members_2010 * (1 + self.member_growth) ** (when.year - 2010))

    def company_count(self, year: int) -> int:
        """Companies of the cluster in a year."""
        return round(self.companies_2010 * (1 + self.company_growth) ** (year - 2010))

    def city_name(self, city_id: str) -> str:
        """The name of one of the region's cities."""
        return dict(self.region.cities)[city_id]
