"""The news articles of one cluster of a synthetic project, one kind of story each: annual figures, a partnership
agreement, a business mission, a new board and a forum.

An article is written sentence by sentence from the language's templates; each fact keeps the sentences (or
the parts of sentences) it was read from as its evidence, so every quote occurs verbatim in the text.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Iterator

from clusterld.generate.cluster import TOPICS, ClusterWriter
from clusterld.generate.language import ca_de
from clusterld.generate.lexicon import LANGS
from clusterld.generate.names import cluster_name, international_name, person
from clusterld.generate.world import TWINNING
from clusterld.generate.writer import (
    Article,
    ArticleWriter,
    body_name,
    country_name,
    evidence_item,
    local_name,
    same_name,
)


def articles(cluster: ClusterWriter) -> Iterator[Article]:
    """The cluster's news articles, oldest first."""
    for n, (kind, published, lang) in enumerate(cluster.plan):
        doc_id = f"{cluster.ref.id}-{published.year}-{published.month:02d}-{kind}"
        # fact ids need only be unique: the month is, within a cluster, so they leave the kind out
        w = ArticleWriter(LANGS[lang], doc_id, f"{cluster.ref.id}-{published.year}-{published.month:02d}")
        w.name("a", local_name(cluster.ref.org_names))
        w.name("region", same_name(cluster.region.name))
        title = _STORIES[kind](cluster, w, published)
        yield _finish(cluster, w, title, published, n)


def _finish(cluster: ClusterWriter, w: ArticleWriter, title: str, published: date, n: int) -> Article:
    rng, lang = cluster.rng, w.lang
    if rng.random() < 0.5:
        w.say(rng.choice(("fill_1", "fill_2")))
    journalist = person(rng, cluster.region.lang, set())
    front: dict[str, Any] = {"id": w.doc_id, "title": title, "language": lang.code, "published": published.isoformat()}
    byline_author = cluster.secretary.name if n % 3 == 2 else journalist.name
    if n % 3 == 2:
        front["author_id"] = cluster.secretary.id
    else:
        front["author"] = journalist.name
    front |= {"publisher": cluster.ref.org_id, "source_url": f"https://{cluster.ref.org_id}.example/{lang.code}/news/{w.doc_id}",
              "publish_text": True}
    body = "\n\n".join(" ".join(p) for p in w.paragraphs if p)
    text = f"{title}\n\n{lang.templates['byline'].format(author=byline_author, date=lang.plain_date(published))}\n\n{body}\n"
    for fact in w.facts:
        fact["evidence"] = [evidence_item(text, quote) for quote in fact["evidence"]]
    front["facts"] = w.facts
    return Article(front, text)


def _agreement(cluster: ClusterWriter, w: ArticleWriter, published: date) -> str:
    rng, ref, partner = cluster.rng, cluster.ref, cluster.partner()
    capital, pcapital = cluster.region.cities[0], partner.region.cities[0]
    start, end = cluster.event_days(published, 8, 45, rng.randint(1, 2))
    edition = rng.randint(1, 6)
    topics = sorted(rng.sample(TOPICS, rng.randint(2, 4)), key=TOPICS.index)
    w.name("b", local_name(partner.org_names))
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
    speaker = cluster.role(w, partner.manager, "cluster-manager", "b", partner.org_id)
    talk = w.say("ag_talk", who=speaker, topic=w.lang.topics[rng.choice(topics)])
    w.paragraph()
    members = cluster.member_count(published)
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
        role = w.lang.roles["ambassador"][cluster.ambassador.female]
        said = w.say("ag_ambassador", p=cluster.ambassador.name, role=role, bcity=pcapital[1])
        w.fact("role", "ambassador", [said], person=cluster.ambassador.id, organisation=ref.org_id, role="ambassador",
               role_label={w.lang.code: role}, start=f"{published.year}-{published.month:02d}",
               note="Future tense; the start is taken as the month of the article.", confidence=0.8)
        w.fact("relation", "ambassador-based-in", [said], subject=cluster.ambassador.id, property="based-in", object=pcapital[0])
    plan = w.say("ag_plan")
    w.fact("claim", "action-plan", [plan], about=[agreement, ref.org_id, partner.org_id], text={w.lang.code: plan}, kind="claim")
    w.paragraph()
    cluster.quote(w, "agreement", published, [agreement, ref.org_id])
    return title

def _mission(cluster: ClusterWriter, w: ArticleWriter, published: date) -> str:
    rng, ref, partner = cluster.rng, cluster.ref, cluster.partner()
    dest = partner.region
    start, end = cluster.event_days(published, 7, 40, rng.randint(3, 5))
    delegation = rng.sample(cluster.companies, 3)
    topics = sorted(rng.sample(TOPICS, rng.randint(2, 3)), key=TOPICS.index)
    w.name("place", same_name(dest.name))
    w.name("agency", body_name("agency", cluster.region))
    w.name("programme", body_name("programme", cluster.region))
    w.name("b", local_name(partner.org_names))
    for key in ("university", "council"):
        w.name(f"v{key}", body_name(key, dest))
    title = w.text("mi_title")
    lead = w.say("mi_lead", range=w.lang.day_range(start, end))
    deleg = w.say("mi_delegation", members=w.lang.join([c.name for c in delegation]))
    support = w.say("mi_support")
    w.paragraph()
    visits = w.say("mi_visits", visited=w.lang.join([w.values["vuniversity_acc"], w.values["b"], w.values["vcouncil_acc"]]))
    b2b = rng.randint(12, 90)
    on_b2b = w.say("mi_b2b", qual=w.lang.qualifiers["more-than"], n=w.lang.number(b2b // 5 * 5))
    who1 = cluster.role(w, ref.manager, "cluster-manager", "a", ref.org_id)
    who2 = cluster.role(w, partner.manager, "cluster-manager", "b", partner.org_id)
    met = w.say("mi_meeting", who1=who1, who2=who2)
    clusters = rng.randint(3, 14)
    on_clusters = w.say("mi_clusters", n=w.lang.number(clusters))
    on_topics = w.say("mi_topics", topics=w.lang.join([w.lang.topics[t] for t in topics]))
    mission = w.fact("event", "mission", [title, lead, deleg, support, visits, on_topics], label=w.label("mi_label"), kind="mission",
                     start=start.isoformat(), end=end.isoformat(), places=[dest.id], organizers=[ref.org_id],
                     contributors=[cluster.region.inst("agency")], attendees=[ref.org_id, *(c.id for c in delegation)],
                     programme=cluster.region.inst("programme"),
                     visited=[dest.inst("university"), partner.org_id, dest.inst("council")], topics=topics)
    w.fact("event", "meeting", [met], kind="meeting", super_event=mission, places=[dest.id],
           label=w.label("mi_meeting_label", p1=lambda _: ref.manager.name, o1=lambda l: local_name(ref.org_names)(l.code)[0],
                         p2=lambda _: partner.manager.name, o2=lambda l: local_name(partner.org_names)(l.code)[0]),
           start=f"{start.year}-{start.month:02d}", attendees=[ref.manager.id, partner.manager.id, ref.org_id, partner.org_id],
           note="Held during the mission; the day is not given.", confidence=0.8)
    w.fact("observation", "b2b-meetings", [on_b2b], about=mission, indicator="number-of-b2b-meetings", value=b2b // 5 * 5,
           unit="meetings", qualifier="more-than", period_start=start.isoformat(), period_end=end.isoformat())
    w.fact("observation", "participating-clusters", [on_clusters], about=mission, indicator="number-of-participating-clusters",
           value=clusters, unit="clusters", qualifier="exact", date=end.isoformat())
    w.fact("relation", "programme-operated-by", [support], subject=cluster.region.inst("programme"), property="operated-by",
           object=cluster.region.inst("agency"), confidence=0.7, note="Implied: the agency supports the mission within its programme.")
    w.paragraph()
    cluster.quote(w, "mission", published, [mission])
    return title


def _figures(cluster: ClusterWriter, w: ArticleWriter, published: date) -> str:
    rng, ref, region = cluster.rng, cluster.ref, cluster.region
    year = published.year - 1
    year0 = year - rng.randint(3, 5)
    n, n0 = cluster.company_count(year), cluster.company_count(year0)
    w.name("cluster", lambda lang: cluster_name(lang, ref.spec, region))
    w.name("country", lambda lang: country_name(region, lang))
    w.name("work", lambda lang: cluster.report_name(lang, year))
    common = {"about": ref.id, "sector": ref.spec.sectors[0]}
    title = w.text("fi_title", n=w.lang.number(n))
    counted = w.say("fi_companies", n=w.lang.number(n), year=str(year), n0=w.lang.number(n0), year0=str(year0))
    for count, when in ((n, year), (n0, year0)):
        w.fact("observation", f"companies-{when}", [counted] + ([title] if when == year else []), **common,
               indicator="number-of-companies", value=count, unit="companies", qualifier="exact", place=region.id, date=str(when))
    rate = round(cluster.employment_rate + rng.uniform(-0.5, 0.5), 1)
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
    ranked = w.say("fi_rank", rank=w.lang.ranks[cluster.rank - 1])
    w.fact("observation", "rank", [ranked], **common, indicator="national-rank-by-size", value=cluster.rank, unit="rank",
           qualifier="exact", place=region.country.id, date=published.isoformat())
    if set(ref.spec.sectors) & {"biotechnology", "pharmaceuticals"}:
        drugs = rng.randint(12, 160)
        said = w.say("fi_drugs", qual=w.lang.qualifiers["almost"], n=w.lang.number(drugs // 10 * 10))
        w.fact("observation", "drugs", [said], **common, indicator="number-of-drugs-in-development", value=drugs // 10 * 10,
               unit="drugs", qualifier="almost", date=published.isoformat())
    w.paragraph()
    members = cluster.member_count(published)
    founded = w.say("fi_founded", fyear=ref.founded, qual=w.lang.qualifiers["approximately"], m=w.lang.number(members // 5 * 5))
    w.fact("founding", "founding", [founded], organisation=ref.org_id, date=ref.founded)
    w.fact("observation", "members", [founded], about=ref.org_id, indicator="number-of-member-organisations", value=members // 5 * 5,
           unit="organisations", qualifier="approximately", date=published.isoformat())
    report = w.say("fi_report", author=ref.manager.name, month=w.lang.in_month(date(published.year, 1, 1)))
    w.fact("publication", "report", [report], work=cluster.reports[published.year], date=f"{published.year}-01", authors=[ref.manager.id])
    w.paragraph()
    cluster.quote(w, "figures", published, [ref.id])
    return title

def _board(cluster: ClusterWriter, w: ArticleWriter, published: date) -> str:
    rng, ref, region = cluster.rng, cluster.ref, cluster.region
    new, old = cluster.president_new, cluster.president_old
    role = w.lang.roles["president"][new.female]
    for kind in ("university", "programme", "agency", "government"):
        w.name(kind, body_name(kind, region))
    w.name("centre", body_name("institute", region))
    title = w.text("bo_title", p=new.name, role=role)
    appointed = w.say("bo_appoint", p=new.name, role=role)
    w.fact("role", f"role-{new.id}", [title, appointed], person=new.id, organisation=ref.org_id, role="president",
           role_label={w.lang.code: role}, start=published.isoformat(), note="The start is taken as the article date.")
    replaced = w.say("bo_replace", p=new.name, prev=old.name, fyear=str(cluster.president_since), rel="die" if old.female else "der")
    w.fact("role", f"role-{old.id}", [replaced], person=old.id, organisation=ref.org_id, role="president",
           role_label={w.lang.code: w.lang.roles["president"][old.female]}, start=str(cluster.president_since),
           end=f"{published.year}-{published.month:02d}", note="The end is taken as the month of the article.")
    alumni = w.say("bo_alumni", p=new.name)
    w.fact("relation", "alumni", [alumni], subject=new.id, property="alumni-of", object=region.inst("university"))
    w.say("bo_manager", who=cluster.role(w, ref.manager, "cluster-manager", "a", ref.org_id))
    w.paragraph()
    joined = rng.sample(cluster.companies[:-1], 3)
    new_members = w.say("bo_new", members=w.lang.join([c.name for c in joined]))
    for company in joined:
        w.fact("membership", f"membership-{company.id}", [new_members], member=company.id, organisation=ref.org_id,
               role_label={w.lang.code: w.lang.templates["bo_member_label"]}, start=f"{published.year}-{published.month:02d}", note="Joined shortly before the article; the start is its month.")
    spin = w.say("bo_spinoff", c=cluster.spinoff.name, fyear=str(cluster.spinoff.founded), city=cluster.city_name(cluster.spinoff.city))
    w.fact("founding", "spinoff-founding", [spin], organisation=cluster.spinoff.id, date=str(cluster.spinoff.founded))
    w.fact("relation", "spinoff-based-in", [spin], subject=cluster.spinoff.id, property="based-in", object=cluster.spinoff.city)
    associate = w.say("bo_associate")
    w.fact("membership", "membership-institute", [associate], member=region.inst("institute"), organisation=ref.org_id,
           role_label={w.lang.code: w.lang.templates["bo_associate_label"]}, start=f"{published.year}-{published.month:02d}")
    members = cluster.member_count(published)
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
    cluster.quote(w, "board", published, [ref.org_id])
    return title


def _forum(cluster: ClusterWriter, w: ArticleWriter, published: date) -> str:
    rng, ref, region = cluster.rng, cluster.ref, cluster.region
    capital = region.cities[0]
    day = cluster.event_days(published, 3, 30, 0)[0]
    edition = max(1, day.year - cluster.forum_since)
    forum = {"en": f"{region.name} {ref.spec.words['en'].title()} Forum", "es": f"Foro de {ref.spec.words['es']} de {region.name}",
             "ca": f"Fòrum {ca_de(ref.spec.words['ca'])} {ca_de(region.name)}", "de": f"Forum {ref.spec.words['de']} {region.name}",
             "da": f"{region.name} {ref.spec.words['da']} Forum"}
    for kind in ("university", "hospital", "programme", "government"):
        w.name(kind, body_name(kind, region))
    w.name("centre", body_name("institute", region))
    topic = rng.choice(TOPICS)
    ed = w.lang.ordinal(edition)
    title = w.text("fo_title", ed=ed, forum=forum[w.lang.code], city=capital[1])
    lead = w.say("fo_lead", n=w.lang.number(rng.randint(8, 60) * 10), ed=ed, forum=forum[w.lang.code], city=capital[1], day=w.lang.on_day(day))
    trainer = cluster.role(w, cluster.professor, "professor", "university", region.inst("university"), "who_at")
    training = w.say("fo_training", topic=w.lang.topics[topic], who=trainer)
    speakers = []
    for who, company, role in cluster.execs:
        w.name("s", same_name(company.name))
        speakers.append(cluster.role(w, who, role, "s", company.id))
    spoke = w.say("fo_speakers", who1=speakers[0], who2=speakers[1])
    w.paragraph()
    contributed = w.say("fo_contrib")
    present = rng.sample(cluster.companies, 3)
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
    w.fact("participation", "trainer", [training], event=session, participant=cluster.professor.id, **{"as": "trainer"})
    for i, (p, _, _) in enumerate(cluster.execs):
        w.fact("participation", f"speaker-{i + 1}", [spoke], event=conference, participant=p.id, **{"as": "speaker"})
    w.fact("relation", "promoted-by", [promoted], subject=ref.org_id, property="promoted-by", object=region.inst("government"))
    w.paragraph()
    cluster.quote(w, "forum", published, [conference, ref.org_id])
    return title


_STORIES = {"figures": _figures, "agreement": _agreement, "mission": _mission, "board": _board, "forum": _forum}
