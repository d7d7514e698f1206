"""One cluster's part of a synthetic project: its registry entries and its news articles.

An article is written sentence by sentence from the language's templates; each fact keeps the sentences (or
the parts of sentences) it was read from as its evidence, so every quote occurs verbatim in the text.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, Callable, Iterator, Mapping

from clusterld.generate.language import LANGS, Language, ca_de, mention, sentence
from clusterld.generate.world import (
    TWINNING,
    ClusterRef,
    Entry,
    Person,
    Region,
    World,
    cluster_name,
    institution_name,
    international_name,
    person,
    slug,
    unique,
)

Namer = Callable[[str], tuple[str, str]]  # language → (name, article code)
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
    """A member company of a cluster."""

    id: str
    name: str
    city: str
    founded: int


@dataclass(frozen=True)
class Article:
    """A finished article: front matter values, verbatim text and facts with evidence quotes."""

    front: dict[str, Any]
    text: str


@dataclass
class _Writer:
    """Builds one article: mentions, sentences in paragraphs, facts with their evidence."""

    lang: Language
    doc_id: str
    fact_prefix: str
    names: dict[str, Namer] = field(default_factory=dict)
    values: dict[str, str] = field(default_factory=dict)
    paragraphs: list[list[str]] = field(default_factory=lambda: [[]])
    facts: list[dict[str, Any]] = field(default_factory=list)

    def name(self, key: str, namer: Namer) -> None:
        """Make `key` (and its variants) mention the thing `namer` names, in the article's language."""
        self.names[key] = namer
        self.values.update(mention(self.lang.code, key, *namer(self.lang.code)))

    def fragment(self, template: str, **extra: str) -> str:
        return self.lang.templates[template].format_map({**self.values, **extra})

    def text(self, template: str, **extra: str) -> str:
        return sentence(self.lang.templates[template], {**self.values, **extra})

    def say(self, template: str, **extra: str) -> str:
        """Add a sentence to the current paragraph and return it (to quote as evidence)."""
        said = self.text(template, **extra)
        self.paragraphs[-1].append(said)
        return said

    def paragraph(self) -> None:
        if self.paragraphs[-1]:
            self.paragraphs.append([])

    def label(self, template: str, **extra: Callable[[Language], str]) -> dict[str, str]:
        """A label in the article's language and in English."""
        out = {}
        for code in dict.fromkeys((self.lang.code, "en")):
            values: dict[str, str] = {}
            for key, namer in self.names.items():
                values.update(mention(code, key, *namer(code)))
            values.update({k: f(LANGS[code]) for k, f in extra.items()})
            out[code] = sentence(LANGS[code].templates[template], values)
        return out

    def fact(self, fact_type: str, suffix: str, evidence: list[str], /, **values: Any) -> str:
        """Record a fact (None values left out) and return its id; a fact recorded again only gains evidence."""
        ident = f"{self.fact_prefix}-{suffix}"
        known = next((f for f in self.facts if f["id"] == ident), None)
        if known is None:
            self.facts.append({"type": fact_type, "id": ident, **{k: v for k, v in values.items() if v is not None}, "evidence": []})
            known = self.facts[-1]
        known["evidence"] = list(dict.fromkeys(known["evidence"] + evidence))
        return ident


def _fixed(name: str) -> Namer:
    return lambda lang: (name, "")


def _institution(kind: str, region: Region) -> Namer:
    return lambda lang: institution_name(kind, lang, region)


def _local(names: Mapping[str, str]) -> Namer:
    """A name kept in its own language except where the article's language has one (brands, companies)."""
    first = next(iter(names.values()))
    return lambda lang: (names.get(lang, first), "")


class ClusterWriter:
    """Everything one cluster contributes to a synthetic project."""

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

    # --- registry -------------------------------------------------------------------------------------------

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
            yield "works", {"id": work, "type": "work", "work_type": "report", "name": {lang: self._report_name(lang, year - 1)[0] for lang in (local, "en")},
                            "authors": [ref.manager.id], "published": f"{year}-01"}

    def _report_name(self, lang: str, year: int) -> tuple[str, str]:
        org = _local(self.ref.org_names)(lang)[0]
        return {"en": (f"{org} Annual Report {year}", "the"), "es": (f"Informe anual {year} de {org}", "el"),
                "ca": (f"Informe anual {year} {ca_de(org)}", "l"),
                "de": (f"Jahresbericht {year} von {org}", "m"), "da": (f"Årsrapport {year} fra {org}", "")}[lang]

    # --- articles -------------------------------------------------------------------------------------------

    def articles(self) -> Iterator[Article]:
        """The cluster's news articles, oldest first."""
        for n, (kind, published, lang) in enumerate(self.plan):
            doc_id = f"{self.ref.id}-{published.year}-{published.month:02d}-{kind}"
            # fact ids need only be unique: the month is, within a cluster, so they leave the kind out
            w = _Writer(LANGS[lang], doc_id, f"{self.ref.id}-{published.year}-{published.month:02d}")
            w.name("a", _local(self.ref.org_names))
            w.name("region", _fixed(self.region.name))
            title = getattr(self, f"_{kind}")(w, published)
            yield self._finish(w, title, published, n)

    def _finish(self, w: _Writer, title: str, published: date, n: int) -> Article:
        rng, lang = self.rng, w.lang
        if rng.random() < 0.5:
            w.say(rng.choice(("fill_1", "fill_2")))
        journalist = person(rng, self.region.lang, set())
        front: dict[str, Any] = {"id": w.doc_id, "title": title, "language": lang.code, "published": published.isoformat()}
        byline_author = self.secretary.name if n % 3 == 2 else journalist.name
        if n % 3 == 2:
            front["author_id"] = self.secretary.id
        else:
            front["author"] = journalist.name
        front |= {"publisher": self.ref.org_id, "source_url": f"https://{self.ref.org_id}.example/{lang.code}/news/{w.doc_id}",
                  "publish_text": True}
        body = "\n\n".join(" ".join(p) for p in w.paragraphs if p)
        text = f"{title}\n\n{lang.templates['byline'].format(author=byline_author, date=lang.plain_date(published))}\n\n{body}\n"
        for fact in w.facts:
            fact["evidence"] = [_locate(text, quote) for quote in fact["evidence"]]
        front["facts"] = w.facts
        return Article(front, text)

    def _role(self, w: _Writer, who: Person, role: str, org_key: str, org_id: str, template: str = "who", **values: Any) -> str:
        """A 'name, role of organisation' fragment, recorded as a role fact; returns the fragment."""
        label = w.lang.roles[role][who.female]
        said = w.fragment(template, p=who.name, role=label, org=w.values[org_key], org_acc=w.values[f"{org_key}_acc"],
                          org_dat=w.values[f"{org_key}_dat"], org_of=w.values[f"{org_key}_of"])
        w.fact("role", f"role-{who.id}", [said], person=who.id, organisation=org_id, role=role, role_label={w.lang.code: label}, **values)
        return said

    def _president(self, when: date) -> Person:
        return self.president_new if when >= self.board_date else self.president_old

    def _quote(self, w: _Writer, topic: str, when: date, about: list[str]) -> None:
        speaker = self.rng.choice((self._president(when), self.ref.manager))
        role = "president" if speaker is not self.ref.manager else "cluster-manager"
        who = self._role(w, speaker, role, "a", self.ref.org_id)
        quote = self.rng.choice(w.lang.quotes[topic])
        said = w.say("quote", q=quote, who=who)
        w.fact("claim", f"quote-{speaker.id}", [said], about=about, text={w.lang.code: quote}, by=speaker.id, kind="quotation")

    def _partner(self) -> ClusterRef:
        """Another cluster, preferably of the same specialism."""
        same = [i for i in self.world.by_spec[self.ref.spec.key] if i != self.ref.index]
        others = same or [c.index for c in self.world.clusters if c.index != self.ref.index]
        return self.world.clusters[self.rng.choice(others)]

    def _days(self, published: date, earliest: int, latest: int, length: int) -> tuple[date, date]:
        """An event of `length` extra days within one month, ending before the article."""
        start = published - timedelta(days=self.rng.randint(earliest, latest))
        if (start + timedelta(days=length)).month != start.month:
            start = start.replace(day=1)
        return start, start + timedelta(days=length)

    def _agreement(self, w: _Writer, published: date) -> str:
        rng, ref, partner = self.rng, self.ref, self._partner()
        capital, pcapital = self.region.cities[0], partner.region.cities[0]
        start, end = self._days(published, 8, 45, rng.randint(1, 2))
        edition = rng.randint(1, 6)
        topics = sorted(rng.sample(TOPICS, rng.randint(2, 4)), key=TOPICS.index)
        w.name("b", _local(partner.org_names))
        w.name("bcluster", lambda lang: cluster_name(lang, partner.spec, partner.region))
        w.name("twinning", lambda lang: international_name(TWINNING, lang))
        title = w.text("ag_title")
        lead = w.say("ag_lead", city=capital[1], day=w.lang.on_day(end))
        label = w.label("ag_meeting", ed=lambda lang: lang.ordinal(edition))
        during = w.say("ag_during", event=label[w.lang.code], city=capital[1], range=w.lang.day_range(start, end))
        on_topics = w.say("ag_topics", topics=w.lang.join([w.lang.topics[t] for t in topics]))
        twinning = w.say("ag_twinning") if rng.random() < 0.3 else None
        w.paragraph()
        based = w.say("ag_partner", bcity=pcapital[1])
        speaker = self._role(w, partner.manager, "cluster-manager", "b", partner.org_id)
        talk = w.say("ag_talk", who=speaker, topic=w.lang.topics[rng.choice(topics)])
        w.paragraph()
        members = self._members(published)
        on_members = w.say("ag_members", qual=w.lang.qualifiers["more-than"], n=w.lang.number((members - 1) // 10 * 10))
        meeting = w.fact("event", "meeting", [during], label=label, kind="meeting", start=start.isoformat(), end=end.isoformat(),
                         places=[capital[0]], organizers=[ref.org_id], attendees=[ref.org_id, partner.org_id, partner.manager.id],
                         edition=w.lang.ordinal(edition))
        agreement = w.fact("agreement", "agreement", [title, lead, during, on_topics] + ([twinning] if twinning else []),
                           label=w.label("ag_label"), parties=[ref.org_id, partner.org_id], date=end.isoformat(), place=capital[0],
                           signed_during=meeting, topics=topics, programme=TWINNING if twinning else None)
        w.fact("participation", "talk", [talk], event=meeting, participant=partner.manager.id, **{"as": "speaker"})
        w.fact("relation", "partner-based-in", [based], subject=partner.org_id, property="based-in", object=pcapital[0])
        w.fact("relation", "partner-facilitates", [based], subject=partner.org_id, property="facilitates", object=partner.id)
        w.fact("observation", "members", [on_members], about=ref.org_id, indicator="number-of-member-organisations",
               value=(members - 1) // 10 * 10, unit="organisations", qualifier="more-than", date=published.isoformat(),
               note="Present tense: the reference date is the article date.")
        if rng.random() < 0.5:
            role = w.lang.roles["ambassador"][self.ambassador.female]
            said = w.say("ag_ambassador", p=self.ambassador.name, role=role, bcity=pcapital[1])
            w.fact("role", "ambassador", [said], person=self.ambassador.id, organisation=ref.org_id, role="ambassador",
                   role_label={w.lang.code: role}, start=f"{published.year}-{published.month:02d}",
                   note="Future tense; the start is taken as the month of the article.", confidence=0.8)
            w.fact("relation", "ambassador-based-in", [said], subject=self.ambassador.id, property="based-in", object=pcapital[0])
        plan = w.say("ag_plan")
        w.fact("claim", "action-plan", [plan], about=[agreement, ref.org_id, partner.org_id], text={w.lang.code: plan}, kind="claim")
        w.paragraph()
        self._quote(w, "agreement", published, [agreement, ref.org_id])
        return title

    def _mission(self, w: _Writer, published: date) -> str:
        rng, ref, partner = self.rng, self.ref, self._partner()
        dest = partner.region
        start, end = self._days(published, 7, 40, rng.randint(3, 5))
        delegation = rng.sample(self.companies, 3)
        topics = sorted(rng.sample(TOPICS, rng.randint(2, 3)), key=TOPICS.index)
        w.name("place", _fixed(dest.name))
        w.name("agency", _institution("agency", self.region))
        w.name("programme", _institution("programme", self.region))
        w.name("b", _local(partner.org_names))
        for key in ("university", "council"):
            w.name(f"v{key}", _institution(key, dest))
        title = w.text("mi_title")
        lead = w.say("mi_lead", range=w.lang.day_range(start, end))
        deleg = w.say("mi_delegation", members=w.lang.join([c.name for c in delegation]))
        support = w.say("mi_support")
        w.paragraph()
        visits = w.say("mi_visits", visited=w.lang.join([w.values["vuniversity_acc"], w.values["b"], w.values["vcouncil_acc"]]))
        b2b = rng.randint(12, 90)
        on_b2b = w.say("mi_b2b", qual=w.lang.qualifiers["more-than"], n=w.lang.number(b2b // 5 * 5))
        who1 = self._role(w, ref.manager, "cluster-manager", "a", ref.org_id)
        who2 = self._role(w, partner.manager, "cluster-manager", "b", partner.org_id)
        met = w.say("mi_meeting", who1=who1, who2=who2)
        clusters = rng.randint(3, 14)
        on_clusters = w.say("mi_clusters", n=w.lang.number(clusters))
        on_topics = w.say("mi_topics", topics=w.lang.join([w.lang.topics[t] for t in topics]))
        mission = w.fact("event", "mission", [title, lead, deleg, support, visits, on_topics], label=w.label("mi_label"), kind="mission",
                         start=start.isoformat(), end=end.isoformat(), places=[dest.id], organizers=[ref.org_id],
                         contributors=[self.region.inst("agency")], attendees=[ref.org_id, *(c.id for c in delegation)],
                         programme=self.region.inst("programme"),
                         visited=[dest.inst("university"), partner.org_id, dest.inst("council")], topics=topics)
        w.fact("event", "meeting", [met], kind="meeting", super_event=mission, places=[dest.id],
               label=w.label("mi_meeting_label", p1=lambda _: ref.manager.name, o1=lambda l: _local(ref.org_names)(l.code)[0],
                             p2=lambda _: partner.manager.name, o2=lambda l: _local(partner.org_names)(l.code)[0]),
               start=f"{start.year}-{start.month:02d}", attendees=[ref.manager.id, partner.manager.id, ref.org_id, partner.org_id],
               note="Held during the mission; the day is not given.", confidence=0.8)
        w.fact("observation", "b2b-meetings", [on_b2b], about=mission, indicator="number-of-b2b-meetings", value=b2b // 5 * 5,
               unit="meetings", qualifier="more-than", period_start=start.isoformat(), period_end=end.isoformat())
        w.fact("observation", "participating-clusters", [on_clusters], about=mission, indicator="number-of-participating-clusters",
               value=clusters, unit="clusters", qualifier="exact", date=end.isoformat())
        w.fact("relation", "programme-operated-by", [support], subject=self.region.inst("programme"), property="operated-by",
               object=self.region.inst("agency"), confidence=0.7, note="Implied: the agency supports the mission within its programme.")
        w.paragraph()
        self._quote(w, "mission", published, [mission])
        return title

    def _members(self, when: date) -> int:
        return round(self.members_2010 * (1 + self.member_growth) ** (when.year - 2010))

    def _companies(self, year: int) -> int:
        return round(self.companies_2010 * (1 + self.company_growth) ** (year - 2010))

    def _figures(self, w: _Writer, published: date) -> str:
        rng, ref, region = self.rng, self.ref, self.region
        year = published.year - 1
        year0 = year - rng.randint(3, 5)
        n, n0 = self._companies(year), self._companies(year0)
        w.name("cluster", lambda lang: cluster_name(lang, ref.spec, region))
        w.name("country", lambda lang: _country(region, lang))
        w.name("work", lambda lang: self._report_name(lang, year))
        common = {"about": ref.id, "sector": ref.spec.sectors[0]}
        title = w.text("fi_title", n=w.lang.number(n))
        counted = w.say("fi_companies", n=w.lang.number(n), year=str(year), n0=w.lang.number(n0), year0=str(year0))
        for count, when in ((n, year), (n0, year0)):
            w.fact("observation", f"companies-{when}", [counted] + ([title] if when == year else []), **common,
                   indicator="number-of-companies", value=count, unit="companies", qualifier="exact", place=region.id, date=str(when))
        rate = round(self.employment_rate + rng.uniform(-0.5, 0.5), 1)
        employment = w.say("fi_employment", rate=w.lang.percent(rate), year0=str(year0), year=str(year))
        w.fact("observation", "employment-growth", [employment], **common, indicator="annual-employment-growth-rate", value=rate,
               unit="percent-per-year", place=region.id, period_start=str(year0), period_end=str(year))
        growth = round((n - n0) / n0 * 100, 1)
        grew = w.say("fi_growth", pct=w.lang.percent(growth))
        w.fact("observation", "growth", [grew, counted], **common, indicator="growth-unspecified-measure", value=growth, unit="percent",
               period_start=str(year0), period_end=str(year), note="The text does not say which measure grew.")
        shares = [("fi_jobs", "share-of-new-industrial-jobs", rng.uniform(2, 25)), ("fi_vc", "share-of-state-vc-investment", rng.uniform(5, 60)),
                  ("fi_rd", "share-of-state-rd-spending", rng.uniform(3, 40))]
        for template, indicator, value in sorted(rng.sample(shares, 2), key=shares.index):
            said = w.say(template, pct=w.lang.percent(round(value, 1)), year=str(year))
            w.fact("observation", indicator, [said], **common, indicator=indicator, value=round(value, 1), unit="percent",
                   place=region.id, date=str(year))
        ranked = w.say("fi_rank", rank=w.lang.ranks[self.rank - 1])
        w.fact("observation", "rank", [ranked], **common, indicator="national-rank-by-size", value=self.rank, unit="rank",
               qualifier="exact", place=region.country.id, date=published.isoformat())
        if set(ref.spec.sectors) & {"biotechnology", "pharmaceuticals"}:
            drugs = rng.randint(12, 160)
            said = w.say("fi_drugs", qual=w.lang.qualifiers["almost"], n=w.lang.number(drugs // 10 * 10))
            w.fact("observation", "drugs", [said], **common, indicator="number-of-drugs-in-development", value=drugs // 10 * 10,
                   unit="drugs", qualifier="almost", date=published.isoformat())
        w.paragraph()
        members = self._members(published)
        founded = w.say("fi_founded", fyear=ref.founded, qual=w.lang.qualifiers["approximately"], m=w.lang.number(members // 5 * 5))
        w.fact("founding", "founding", [founded], organisation=ref.org_id, date=ref.founded)
        w.fact("observation", "members", [founded], about=ref.org_id, indicator="number-of-member-organisations", value=members // 5 * 5,
               unit="organisations", qualifier="approximately", date=published.isoformat())
        report = w.say("fi_report", author=ref.manager.name, month=w.lang.in_month(date(published.year, 1, 1)))
        w.fact("publication", "report", [report], work=self.reports[published.year], date=f"{published.year}-01", authors=[ref.manager.id])
        w.paragraph()
        self._quote(w, "figures", published, [ref.id])
        return title

    def _board(self, w: _Writer, published: date) -> str:
        rng, ref, region = self.rng, self.ref, self.region
        new, old = self.president_new, self.president_old
        role = w.lang.roles["president"][new.female]
        for kind in ("university", "programme", "agency", "government"):
            w.name(kind, _institution(kind, region))
        w.name("centre", _institution("institute", region))
        title = w.text("bo_title", p=new.name, role=role)
        appointed = w.say("bo_appoint", p=new.name, role=role)
        w.fact("role", f"role-{new.id}", [title, appointed], person=new.id, organisation=ref.org_id, role="president",
               role_label={w.lang.code: role}, start=published.isoformat(), note="The start is taken as the article date.")
        replaced = w.say("bo_replace", p=new.name, prev=old.name, fyear=str(self.president_since), rel="die" if old.female else "der")
        w.fact("role", f"role-{old.id}", [replaced], person=old.id, organisation=ref.org_id, role="president",
               role_label={w.lang.code: w.lang.roles["president"][old.female]}, start=str(self.president_since),
               end=f"{published.year}-{published.month:02d}", note="The end is taken as the month of the article.")
        alumni = w.say("bo_alumni", p=new.name)
        w.fact("relation", "alumni", [alumni], subject=new.id, property="alumni-of", object=region.inst("university"))
        w.say("bo_manager", who=self._role(w, ref.manager, "cluster-manager", "a", ref.org_id))
        w.paragraph()
        joined = rng.sample(self.companies[:-1], 3)
        new_members = w.say("bo_new", members=w.lang.join([c.name for c in joined]))
        for company in joined:
            w.fact("membership", f"membership-{company.id}", [new_members], member=company.id, organisation=ref.org_id,
                   role_label={w.lang.code: w.lang.templates["bo_member_label"]}, start=f"{published.year}-{published.month:02d}", note="Joined shortly before the article; the start is its month.")
        spin = w.say("bo_spinoff", c=self.spinoff.name, fyear=str(self.spinoff.founded), city=self._city(self.spinoff.city))
        w.fact("founding", "spinoff-founding", [spin], organisation=self.spinoff.id, date=str(self.spinoff.founded))
        w.fact("relation", "spinoff-based-in", [spin], subject=self.spinoff.id, property="based-in", object=self.spinoff.city)
        associate = w.say("bo_associate")
        w.fact("membership", "membership-institute", [associate], member=region.inst("institute"), organisation=ref.org_id,
               role_label={w.lang.code: w.lang.templates["bo_associate_label"]}, start=f"{published.year}-{published.month:02d}")
        members = self._members(published)
        total = w.say("bo_total", qual="", m=w.lang.number(members))
        w.fact("observation", "members", [total], about=ref.org_id, indicator="number-of-member-organisations", value=members,
               unit="organisations", qualifier="exact", date=published.isoformat())
        w.paragraph()
        programme = w.say("bo_programme")
        w.fact("membership", "programme-membership", [programme], member=ref.org_id, organisation=region.inst("programme"),
               role_label={w.lang.code: w.lang.templates["bo_programme_label"]})
        w.fact("relation", "programme-launched-by", [programme], subject=region.inst("programme"), property="launched-by",
               object=region.inst("agency"))
        agency = w.say("bo_agency")
        w.fact("relation", "agency-part-of", [agency], subject=region.inst("agency"), property="part-of", object=region.inst("government"))
        self._quote(w, "board", published, [ref.org_id])
        return title

    def _city(self, city_id: str) -> str:
        return dict(self.region.cities)[city_id]

    def _forum(self, w: _Writer, published: date) -> str:
        rng, ref, region = self.rng, self.ref, self.region
        capital = region.cities[0]
        day = self._days(published, 3, 30, 0)[0]
        edition = max(1, day.year - self.forum_since)
        forum = {"en": f"{region.name} {ref.spec.words['en'].title()} Forum", "es": f"Foro de {ref.spec.words['es']} de {region.name}",
                 "ca": f"Fòrum {ca_de(ref.spec.words['ca'])} {ca_de(region.name)}", "de": f"Forum {ref.spec.words['de']} {region.name}",
                 "da": f"{region.name} {ref.spec.words['da']} Forum"}
        for kind in ("university", "hospital", "programme", "government"):
            w.name(kind, _institution(kind, region))
        w.name("centre", _institution("institute", region))
        topic = rng.choice(TOPICS)
        ed = w.lang.ordinal(edition)
        title = w.text("fo_title", ed=ed, forum=forum[w.lang.code], city=capital[1])
        lead = w.say("fo_lead", n=w.lang.number(rng.randint(8, 60) * 10), ed=ed, forum=forum[w.lang.code], city=capital[1], day=w.lang.on_day(day))
        trainer = self._role(w, self.professor, "professor", "university", region.inst("university"), "who_at")
        training = w.say("fo_training", topic=w.lang.topics[topic], who=trainer)
        speakers = []
        for who, company, role in self.execs:
            w.name("s", _fixed(company.name))
            speakers.append(self._role(w, who, role, "s", company.id))
        spoke = w.say("fo_speakers", who1=speakers[0], who2=speakers[1])
        w.paragraph()
        contributed = w.say("fo_contrib")
        present = rng.sample(self.companies, 3)
        attended = w.say("fo_attendees", companies=w.lang.join([c.name for c in present]))
        in_programme = w.say("fo_programme")
        promoted = w.say("fo_promoted")
        conference = w.fact("event", "forum", [title, lead, contributed, attended, in_programme],
                            label={code: f"{forum[code]} {day.year}" for code in dict.fromkeys((w.lang.code, "en"))}, kind="conference",
                            start=day.isoformat(), end=day.isoformat(), places=[capital[0]], organizers=[ref.org_id],
                            contributors=[region.inst("hospital"), region.inst("institute")], attendees=[c.id for c in present],
                            programme=region.inst("programme"), edition=ed, topics=[topic])
        session = w.fact("event", "training", [training, attended], label=w.label("fo_training_label", topic=lambda l: l.topics[topic]),
                         kind="training", start=day.isoformat(), end=day.isoformat(), places=[capital[0]], super_event=conference,
                         attendees=[c.id for c in present[:2]], note="The attendees are companies present at the forum.", confidence=0.7)
        w.fact("participation", "trainer", [training], event=session, participant=self.professor.id, **{"as": "trainer"})
        for i, (p, _, _) in enumerate(self.execs):
            w.fact("participation", f"speaker-{i + 1}", [spoke], event=conference, participant=p.id, **{"as": "speaker"})
        w.fact("relation", "promoted-by", [promoted], subject=ref.org_id, property="promoted-by", object=region.inst("government"))
        w.paragraph()
        self._quote(w, "forum", published, [conference, ref.org_id])
        return title

def _country(region: Region, lang: str) -> tuple[str, str]:
    """A country's name and article code: 'the United States', 'der Schweiz'."""
    country = region.country
    art = country.de_article if lang == "de" else ("the" if lang == "en" and country.id.startswith("united") else "")
    return country.names[lang], art


def _locate(text: str, quote: str) -> str | dict[str, Any]:
    """An evidence item: the quote, with its start offset when it occurs more than once."""
    first = text.find(quote)
    if first < 0:
        raise AssertionError(f"quote not in text: {quote!r}")
    return quote if text.find(quote, first + 1) < 0 else {"quote": quote, "start": first}
