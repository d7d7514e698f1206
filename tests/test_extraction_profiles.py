"""Extraction, how organisations are introduced: an acronym defined where the name first appears, an "About X"
paragraph ('X is a non-profit association based in …', 'Launched in 2021 by A, B and C, it now connects …'),
who backs a project ('with support from X'), a news brief's new chair and opening phrase, a group flying with a
cluster; each a text in and the proposals or facts out (names invented)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from clusterld.extraction import extract

REPO = Path(__file__).resolve().parent.parent
HEAD = "Regional news\n\nBy Ann Lee | 14 February 2025\n\n"


def drafted(text: str) -> tuple[dict[str, tuple[str, tuple[str, ...]]], list[dict[str, Any]]]:
    """The proposals (name -> kind and alternative names) and the facts without ids, evidence, labels and notes."""
    draft = extract(HEAD + text, REPO)
    drop = {"id", "evidence", "label", "note", "confidence", "text", "role_label"}
    proposals = {p.name: (p.kind, p.alt_names) for p in draft.proposal_records}
    return proposals, [{k: v for k, v in fact.items() if k not in drop} for fact in draft.facts]


def test_an_acronym_defined_at_the_first_mention_names_the_organisation_described_later() -> None:
    text = (
        "Alpine Grain & Dairy Valley (AGDV) and Polder Foods signed a memorandum of understanding last Tuesday. "
        '"We share the same goals," said Ida Keller, who has been managing director of AGDV since 2022.\n\n'
        "About Alpine Grain & Dairy Valley\n\nAlpine Grain & Dairy Valley is a non-profit association based in Chur."
    )
    proposals, facts = drafted(text)
    assert proposals["Alpine Grain & Dairy Valley"] == ("cluster-organisation", ("AGDV",))
    assert "AGDV" not in proposals
    assert [f["parties"] for f in facts if f["type"] == "agreement"] == [["alpine-grain-and-dairy-valley", "polder-foods"]]
    roles = [f for f in extract(HEAD + text, REPO).facts if f["type"] == "role"]
    assert [(r["person"], r["organisation"], r["role_label"]) for r in roles] == [("ida-keller", "alpine-grain-and-dairy-valley", {"en": "managing director"})]
    assert {"type": "relation", "subject": "alpine-grain-and-dairy-valley", "property": "based-in", "object": "chur"} in facts


def test_it_after_an_opening_participle_is_the_organisation_of_the_sentence_before() -> None:
    _, facts = drafted(
        "Fjordline Marine Cluster is a non-profit association based in Bergen. Launched in 2019 by the County of Vestland, "
        "Norsea and NTX together with other partners, it now connects roughly 120 partners across Norway."
    )
    assert {"type": "founding", "organisation": "fjordline-marine-cluster", "date": "2019"} in facts
    founders = {f["object"] for f in facts if f["type"] == "relation" and f["property"] == "launched-by"}
    assert founders == {"county-of-vestland", "norsea", "ntx"}
    members = [f for f in facts if f["type"] == "observation" and f["indicator"] == "number-of-member-organisations"]
    assert [(m["about"], m["value"], m["qualifier"]) for m in members] == [("fjordline-marine-cluster", 120, "roughly")]


def test_support_from_names_an_organisation() -> None:
    proposals, _ = drafted("Start-ups can apply in the autumn, with support from Innovex and the Lowland Enterprise Agency.")
    assert proposals["Innovex"][0] == "organisation"


def test_the_end_of_a_longer_name_before_a_copula_is_not_described() -> None:
    proposals, _ = drafted("Fundada en 1904, la Cámara de Comercio de Tolima para Ibagué es una entidad privada sin ánimo de lucro.")
    assert proposals.get("Ibagué", ("place",))[0] != "organisation"


def test_a_brief_on_a_new_chair_a_short_form_and_an_opening_phrase() -> None:
    text = (
        "Leipzig: Sensor Valley elects a new chair\n\n"
        "Sensor Valley SVX, the sensor technology cluster of Saxony, has a new chairwoman: Eva Roth, who ran a lab for ten years, "
        "was voted into the post last Tuesday. Founded in 2009 and headquartered in Leipzig, the association now brings together "
        "some 180 members. Jonas Beck, who chairs its board, said the members want more pilot lines."
    )
    proposals, facts = drafted(text)
    assert "Sensor Valley" not in proposals and proposals["Sensor Valley SVX"] == ("cluster-organisation", ("Sensor Valley",))
    assert proposals["Leipzig"][0] == "place"
    roles = {(f["person"], f["organisation"]) for f in facts if f["type"] == "role"}
    assert roles == {("eva-roth", "sensor-valley-svx"), ("jonas-beck", "sensor-valley-svx")}
    assert {"type": "founding", "organisation": "sensor-valley-svx", "date": "2009"} in facts
    assert {"type": "relation", "subject": "sensor-valley-svx", "property": "based-in", "object": "leipzig"} in facts


def test_an_acronym_keeps_the_head_word_it_stands_for_and_a_based_cluster_is_not_a_place_s_role() -> None:
    proposals, facts = drafted(
        "Cluster Meccanica Avanzata (CMA), Italy's national cluster for machining, signed an agreement with Ostwerk Institute. "
        '"We supply each other," said Paolo Neri, president of the Turin-based cluster.'
    )
    assert proposals["Cluster Meccanica Avanzata"] == ("cluster-organisation", ("CMA",))
    assert proposals["Turin"][0] == "place"
    assert [(f["person"], f["organisation"]) for f in facts if f["type"] == "role"] == [("paolo-neri", "cluster-meccanica-avanzata")]


def test_a_group_flying_with_a_cluster_is_its_mission_and_its_programme_includes_talks() -> None:
    _, facts = drafted(
        "A group of 18 Polish suppliers will fly to Montreal next month with Carpathian Aero Cluster, the aerospace association of Podkarpacie. "
        "The programme includes talks with Laurentian Aerospace Association on 9 June."
    )
    (mission,) = [f for f in facts if f["type"] == "event" and f["kind"] == "mission"]
    assert (mission["places"], mission["attendees"]) == (["montreal"], ["carpathian-aero-cluster"])
    (meeting,) = [f for f in facts if f["type"] == "event" and f["kind"] == "meeting"]
    assert meeting["attendees"] == ["carpathian-aero-cluster", "laurentian-aerospace-association"]


INTERVIEW = (
    "Q&A: Lakeshore Water Alliance on its new partner\n\nBy Owen Marsh | June 19, 2025\n\n"
    "Duluth has sold itself as a freshwater town for a decade. The nonprofit Lakeshore Water Alliance was founded in 2011 by local "
    "business leaders and the University of Lakeland (UL). Last Thursday the alliance signed a memorandum of understanding with the "
    "Baltic Water Corporation (BWC), the state agency that runs the Gdansk Water Cluster in Gdansk. "
    '"Duluth showed us that a cluster is built by people," Dr. Anna Nowak, BWC\'s director of cluster operations, said after the ceremony.\n\n'
    "Mara Lind, who has led Lakeshore Water Alliance as president since 2022, talked to us about the deal.\n\n"
    "**Who came to Duluth?**\n\nTwelve engineers from Poland came to Duluth for two days.\n\n"
    "**How big is the alliance today?**\n\nWe have about 230 members. Theirs join WaterLab, our accelerator, for three months. "
    "In October we take our own delegation to Baltic Water Week in Gdansk."
)


def test_we_in_an_interview_s_answers_is_the_interviewee_s_organisation() -> None:
    proposals, facts = drafted(INTERVIEW)
    alliance = "lakeshore-water-alliance"
    assert proposals["Duluth"][0] == "place"  # 'Duluth showed us …' and 'came to Duluth': a city
    assert {"type": "founding", "organisation": alliance, "date": "2011"} in facts
    assert {"type": "relation", "subject": alliance, "property": "launched-by", "object": "university-of-lakeland"} in facts
    assert {"type": "relation", "subject": "baltic-water-corporation", "property": "facilitates", "object": "gdansk-water-cluster"} in facts
    assert {"type": "relation", "subject": "waterlab", "property": "operated-by", "object": alliance} in facts
    members = [(f["about"], f["value"]) for f in facts if f["type"] == "observation" and f["indicator"] == "number-of-member-organisations"]
    assert members == [(alliance, 230)]
    (mission,) = [f for f in facts if f["type"] == "event" and f["kind"] == "mission" and f.get("places") == ["gdansk"]]
    assert mission["attendees"] == [alliance]


def test_a_quotation_s_speaker_after_an_honorific_and_an_apposition() -> None:
    claims = [f for f in extract(HEAD + INTERVIEW, REPO).facts if f["type"] == "claim"]
    speakers = [f["by"] for f in claims if "Duluth showed us" in f["text"]["en"]]
    assert speakers == ["anna-nowak"]


def test_a_mission_of_its_member_companies_its_meetings_and_a_return_visit() -> None:
    _, facts = drafted(
        "KARLSTAD, Sweden – Birch Valley, the forestry cluster of the Swedish region of Dalarna, will work with Finland's Pulp Nordic "
        "Network on packaging, after a delegation of 14 of its member companies travelled to Helsinki last month. During the visit, the "
        "Swedish group toured the pilot plants of the Tapiola Research Institute and met with managers of Kuusi Board, a maker of board.\n\n"
        "Pulp Nordic Network was set up in 2015. Aino Virtanen, who heads its bioeconomy programmes, said the members want pilot lines. "
        "Pulp Nordic Network plans to bring a group of Finnish companies to Falun in October, when Birch Valley holds its annual "
        "bioeconomy conference."
    )
    missions = {tuple(f["places"]): f["attendees"] for f in facts if f["type"] == "event" and f["kind"] == "mission"}
    assert missions == {("helsinki",): ["birch-valley"], ("falun",): ["pulp-nordic-network"]}
    (meeting,) = [f for f in facts if f["type"] == "event" and f["kind"] == "meeting"]
    assert meeting["attendees"] == ["birch-valley", "kuusi-board"]
    (conference,) = [f for f in facts if f["type"] == "event" and f["kind"] == "conference"]
    assert conference["organizers"] == ["birch-valley"]
    assert {(f["person"], f["organisation"]) for f in facts if f["type"] == "role"} == {("aino-virtanen", "pulp-nordic-network")}


def test_a_statement_released_by_an_organisation_is_its_claim() -> None:
    claims = [f for f in extract(HEAD + "Birch Valley and Pulp Nordic Network signed a letter of intent in Helsinki on 24 April, "
                                 "according to a statement released by Pulp Nordic Network.", REPO).facts if f["type"] == "claim"]
    assert [(c["by"], c["kind"]) for c in claims] == [("pulp-nordic-network", "claim")]


def test_appointments_take_overs_and_members_listed_among_the_members() -> None:
    _, facts = drafted(
        "Northwind Robotics Cluster appointed Sara Quinn as its new managing director on Monday. "
        "Kestrel Automation and Brightline Sensors are among the 140 members of Northwind Robotics Cluster. "
        "Tom Hale, who founded Calder Robotics, takes over as chairman of Pennine Automation Network."
    )
    roles = {(f["person"], f["organisation"]) for f in facts if f["type"] == "role"}
    assert {("sara-quinn", "northwind-robotics-cluster"), ("tom-hale", "pennine-automation-network")} <= roles
    members = {f["member"] for f in facts if f["type"] == "membership" and f["organisation"] == "northwind-robotics-cluster"}
    assert members == {"kestrel-automation", "brightline-sensors"}
    counts = [(f["about"], f["value"]) for f in facts if f["type"] == "observation"]
    assert counts == [("northwind-robotics-cluster", 140)]


def test_a_named_mission_that_took_companies_somewhere_is_one_event() -> None:
    _, facts = drafted("A trade mission organised by Northwind Robotics Cluster took 12 companies to Tokyo in May.")
    (mission,) = [f for f in facts if f["type"] == "event"]
    assert (mission["kind"], mission["places"], mission["organizers"]) == ("mission", ["tokyo"], ["northwind-robotics-cluster"])


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The project is run in partnership with Enterprise Nordia and Kelvin Works.", {"Enterprise Nordia", "Kelvin Works"}),
        ("Kelp Labs, a spin-off of Tarnow Polytechnic, joined the cluster in March.", {"Kelp Labs", "Tarnow Polytechnic"}),
        ("Its customers include Airbus and Safran.", {"Airbus", "Safran"}),
        ("The visit was hosted by Novo Nordisk at its plant in Kalundborg.", {"Novo Nordisk"}),
        ("The delegation travelled at the invitation of Business Nordia.", {"Business Nordia"}),
        ("The cluster signed a cooperation agreement with Novartis on Tuesday.", {"Novartis"}),
        ("The initiative brings together Maersk, DFDS and Port of Aarhus.", {"Maersk", "DFDS", "Port of Aarhus"}),
        ("Ana Ruiz, head of innovation at Iberdrola, will chair the working group.", {"Iberdrola"}),
    ],
)
def test_organisations_named_by_whom_one_partners_signs_or_works_with(text: str, names: set[str]) -> None:
    proposals, _ = drafted(text)
    assert {name for name in names if proposals.get(name, ("",))[0] == "organisation"} == names


def test_events_a_cluster_exhibits_at_co_organises_or_hosts_a_delegation_for() -> None:
    _, facts = drafted(
        "Northwind Robotics Cluster, based in Leeds, signed an agreement with Baltic Automation Alliance. "
        "Northwind Robotics Cluster will exhibit at Automatica 2026 in Munich. "
        "The cluster co-organised the Robotics Matchmaking Day with Baltic Automation Alliance on 12 May. "
        "Northwind Robotics Cluster hosted a delegation from Pomeranian Robotics Hub last week. "
        "A delegation from Fjord Automation Network visited Leeds on 4 March."
    )
    named = {(f.get("places", [None])[0], tuple(f.get("organizers", [])), tuple(f.get("attendees", [])), tuple(f.get("visited", []))) for f in facts if f["type"] == "event"}
    assert ("munich", (), (), ()) in named
    assert (None, ("northwind-robotics-cluster", "baltic-automation-alliance"), (), ()) in named
    assert (None, (), ("pomeranian-robotics-hub",), ("northwind-robotics-cluster",)) in named
    assert ("leeds", ("fjord-automation-network",), ("fjord-automation-network",), ("leeds",)) in named  # its own delegation: it organises and attends
    assert {"type": "participation", "event": "automatica-2026", "participant": "northwind-robotics-cluster", "as": "attendee"} in facts


def test_companies_employing_people_are_counted_as_companies(counting_project: Path) -> None:
    facts = extract(HEAD + "Northwind Robotics Cluster is based in Leeds. Leeds is home to 300 robotics companies employing 12,000 people.", counting_project).facts
    counts = {(f["indicator"], f["value"]) for f in facts if f["type"] == "observation"}
    assert counts == {("number-of-companies", 300), ("number-of-employees", 12000)}


def test_who_an_event_drew_is_its_participants_not_the_countries_they_came_from(counting_project: Path) -> None:
    facts = extract(
        HEAD + "Fjord Bio is a life-science association based in Bergen. The programme was presented at Fjord Bio's annual investor day in Bergen, which brought together around 250 investors and founders. "
        "The memorandum was signed on the sidelines of the Offshore Wind Conference, which drew some 600 delegates from 20 countries.",
        counting_project,
    ).facts
    events = {f["id"]: f for f in facts if f["type"] == "event"}
    day = next(f for f in events.values() if f["label"]["en"] == "Annual investor day of Fjord Bio")
    assert (day["kind"], day["organizers"], day["places"]) == ("conference", ["fjord-bio"], ["bergen"])
    counts = {(f["about"], f["value"]) for f in facts if f["type"] == "observation"}
    assert counts == {(day["id"], 250), ("offshore-wind-conference", 600)}


def test_foundings_said_by_age_and_works_named_by_a_report_or_a_study() -> None:
    proposals, facts = drafted(
        "Northwind Robotics Cluster, which dates back to 2005, is based in Leeds. Pennine Automation Network has been operating since 2010. "
        "Calder Robotics Association celebrates its tenth anniversary this year. Northwind Robotics Cluster is an initiative of the Leeds City Council. "
        "Northwind Robotics Cluster published its annual Robotics Report 2025 on Monday. "
        "The cluster released a study on automation skills, the Skills Outlook 2030, in March."
    )
    foundings = {(f["organisation"], f["date"]) for f in facts if f["type"] == "founding"}
    assert foundings == {("northwind-robotics-cluster", "2005"), ("pennine-automation-network", "2010"), ("calder-robotics-association", "2015")}
    assert {"type": "relation", "subject": "northwind-robotics-cluster", "property": "launched-by", "object": "leeds-city-council"} in facts
    assert proposals["Robotics Report 2025"][0] == proposals["Skills Outlook 2030"][0] == "work"
    assert {f["work"] for f in facts if f["type"] == "publication"} == {"robotics-report-2025", "skills-outlook-2030"}


def test_roles_by_a_title_before_the_name_joining_as_and_at_the_helm() -> None:
    facts = extract(
        HEAD + "Northwind Robotics Cluster is based in Leeds. Cluster manager Sara Quinn of Northwind Robotics Cluster opened the meeting. "
        "Tom Hale, who joined Pennine Automation Network as managing director in 2021, said the deal was important. "
        "Tom Hale has been at the helm of Pennine Automation Network since 2021.",
        REPO,
    ).facts
    roles = {(f["person"], f["organisation"], f["role_label"]["en"]) for f in facts if f["type"] == "role"}
    assert roles == {("sara-quinn", "northwind-robotics-cluster", "Cluster manager"), ("tom-hale", "pennine-automation-network", "managing director"),
                     ("tom-hale", "pennine-automation-network", "head")}
    assert not [f for f in facts if f["type"] == "membership"]  # joining as managing director is a role, not a membership


def test_a_count_in_a_relative_clause_is_not_dated_by_the_main_clause() -> None:
    _, facts = drafted("Northwind Robotics Cluster, which represents some 200 companies, will open an office in Singapore next year.")
    (count,) = [f for f in facts if f["type"] == "observation"]
    assert (count["value"], count["date"]) == (200, "2025-02-14")  # the article's date, not next year


def test_a_seat_said_after_it_a_cluster_s_office_backing_received_and_an_agency_after_its_acronym() -> None:
    _, facts = drafted(
        "The Karoo Automotive Cluster (KAC) was set up in 2006 with the backing of the Karoo Municipality, and it still has its offices in Beaufort West. "
        "Last Thursday the KAC and the Kimberley-based Automotive Industry Development Centre Northern Cape (AIDC-NC), a subsidiary of the "
        "Northern Cape Development Corporation, signed a memorandum of understanding in Kimberley."
    )
    relations = {(f["subject"], f["property"], f["object"]) for f in facts if f["type"] == "relation"}
    kac, aidc = "karoo-automotive-cluster", "automotive-industry-development-centre-northern-cape"
    assert {(kac, "based-in", "beaufort-west"), (aidc, "part-of", "northern-cape-development-corporation")} <= relations
    assert [f["parties"] for f in facts if f["type"] == "agreement"] == [[kac, aidc]]
    _, facts = drafted(
        "The Olt IT Cluster was founded in 2012. Day-to-day work is run from the cluster's office in Slatina by a team of eleven. "
        "The cluster receives backing from Olt Invest."
    )
    relations = {(f["subject"], f["property"], f["object"]) for f in facts if f["type"] == "relation"}
    assert relations == {("olt-it-cluster", "based-in", "slatina"), ("olt-it-cluster", "promoted-by", "olt-invest")}


def test_a_company_s_office_in_a_city_is_not_its_seat() -> None:
    _, facts = drafted("Acme Robotics opened a plant last year. Engineers work from Acme Robotics's office in Leeds.")
    assert not [f for f in facts if f["type"] == "relation" and f["property"] == "based-in"]


def test_between_them_they_employ_is_about_the_organisation_whose_members_are_listed(counting_project: Path) -> None:
    text = (
        "The Karoo Automotive Cluster (KAC) was set up in 2006. Some 45 firms are members of the cluster today, including Bloem Motors and Vaal Pressings. "
        "Between them they employ more than 30,000 people in the Karoo, according to the cluster's own count."
    )
    draft = extract(HEAD + text, counting_project)
    employees = [(f["about"], f["value"], f["qualifier"]) for f in draft.facts if f["type"] == "observation" and f["indicator"] == "number-of-employees"]
    assert employees == [("karoo-automotive-cluster", 30000, "more-than")]


def test_led_by_who_joined_as_the_chairman_of_the_board_and_signatories_who_stand_for_their_organisations() -> None:
    facts = extract(
        HEAD + "The Olt IT Cluster brings together 80 members. Since January it has been led by Ioana Dinu, who joined as executive director "
        "after six years at Fortech Systems. \"We are growing,\" says Andrei Lupu, the chairman of the board. "
        "Last Thursday, Dinu and Marek Kral, executive director of Presov IT Valley, signed a memorandum of understanding in Presov.",
        REPO,
    ).facts
    roles = {(f["person"], f["organisation"], f["role_label"]["en"]) for f in facts if f["type"] == "role"}
    assert {("ioana-dinu", "olt-it-cluster", "executive director"), ("andrei-lupu", "olt-it-cluster", "chairman")} <= roles
    assert [f["parties"] for f in facts if f["type"] == "agreement"] == [["presov-it-valley", "olt-it-cluster"]]


def test_a_unit_named_after_its_university_s_possessive_is_a_name_of_its_own_and_part_of_it() -> None:
    proposals, facts = drafted(
        "Yesterday Ausmed met engineers at the University of Tasmania's Earl E. Bakken Medical Devices Center in Hobart. "
        "The delegation visited the University of Leeds's Institute for Aerospace Technology on Tuesday."
    )
    assert {"University of Tasmania", "Earl E. Bakken Medical Devices Center", "University of Leeds", "Institute for Aerospace Technology"} <= set(proposals)
    parts = {(f["subject"], f["object"]) for f in facts if f["type"] == "relation" and f["property"] == "part-of"}
    assert parts == {("earl-e-bakken-medical-devices-center", "university-of-tasmania"), ("institute-for-aerospace-technology", "university-of-leeds")}


def test_counts_that_are_no_measurement_and_members_that_belong_to_the_association_named_after_them(counting_project: Path) -> None:
    text = (
        "Belgium's two regional food clusters are joining forces. The call is open to consortia that include at least one company. "
        "The Po Valley Chemistry Association works with Regione Emilia. Around 90 companies, universities and research centres belong to the association. "
        "Twelve people, engineers from Acme Water and founders of start-ups, were led by Dr. Kim."
    )
    draft = extract(HEAD + text, counting_project)
    counts = [(f["about"], f["indicator"], f["value"]) for f in draft.facts if f["type"] == "observation" and f["indicator"] != "number-of-participants"]
    assert counts == [("po-valley-chemistry-association", "number-of-member-organisations", 90)]  # twelve people led by someone are no employees


def test_whom_a_delegation_meets_is_an_organisation_and_a_name_ending_in_a_country_is_no_person() -> None:
    proposals, _ = drafted(
        "In The Hague, HSD will host a matchmaking session with Enterprise Ireland. "
        "The delegation met with Northwind Analytics on Tuesday and, on Friday, it met the engineering team at Kestrel."
    )
    assert proposals["Enterprise Ireland"][0] == proposals["Northwind Analytics"][0] == proposals["Kestrel"][0] == "organisation"
    draft = extract("Noticias\n\nPor Ana López | 14 de febrero de 2025\n\nLa delegación se reunió en Santiago con el Operador Eléctrico Nacional.", REPO)
    assert [(p.name, p.kind) for p in draft.proposal_records if p.name.startswith("Operador")] == [("Operador Eléctrico Nacional", "organisation")]


def test_replacing_someone_and_an_event_said_as_the_event_with_where_when_and_how_many(counting_project: Path) -> None:
    facts = extract(
        HEAD + "The Danube Robotics Cluster has appointed Jane Doe as its new managing director, replacing John Roe, who retires after ten years. "
        "The event, held at the Congress Centre in Bilbao on 12 March, attracted over 300 participants.",
        counting_project,
    ).facts
    roles = {(f["person"], f["organisation"], f["role_label"]["en"]) for f in facts if f["type"] == "role"}
    assert roles == {("jane-doe", "danube-robotics-cluster", "managing director"), ("john-roe", "danube-robotics-cluster", "managing director")}
    (event,) = [f for f in facts if f["type"] == "event"]
    assert (event["kind"], event["places"], event["start"]) == ("event", ["congress-centre"], "2024-03-12")
    assert {"type": "relation", "subject": "congress-centre", "property": "located-in", "object": "bilbao"} in [
        {k: f[k] for k in ("type", "subject", "property", "object")} for f in facts if f["type"] == "relation"]
    assert [(f["about"], f["value"]) for f in facts if f["type"] == "observation"] == [(event["id"], 300)]


def test_an_about_paragraph_that_says_when_and_where_in_one_description() -> None:
    _, facts = drafted(
        "About the Danube Robotics Cluster\n\nThe Danube Robotics Cluster is a non-profit association of 150 companies, research centres "
        "and universities, founded in 2010 and based in Linz."
    )
    assert {"type": "founding", "organisation": "danube-robotics-cluster", "date": "2010"} in facts
    assert {"type": "relation", "subject": "danube-robotics-cluster", "property": "based-in", "object": "linz"} in facts


def test_a_founding_by_an_unnamed_government_an_election_with_an_apposition_and_the_visit_of_a_delegation() -> None:
    _, facts = drafted(
        "Founded in 2009 by the Upper Austrian government, the Danube Robotics Cluster has grown to 400 members. "
        "The Danube Robotics Cluster elected Jane Doe, head of Kestrel Motion, as its new chair at its annual general meeting in Linz on Tuesday. "
        "The partnership was sealed during the visit of a 25-strong delegation led by Tom Hale, chief executive of the Tisza Automation Association, to Osaka."
    )
    assert {"type": "founding", "organisation": "danube-robotics-cluster", "date": "2009"} in facts
    roles = {(f["person"], f["organisation"]) for f in facts if f["type"] == "role"}
    assert {("jane-doe", "danube-robotics-cluster"), ("jane-doe", "kestrel-motion")} <= roles
    (mission,) = [f for f in facts if f["type"] == "event" and f["kind"] == "mission"]
    assert "visited" not in mission  # 'the visit of a delegation' says who went, not whom it visited


def test_a_list_feature_s_it_after_a_time_phrase_and_a_leader_who_took_over_from_another() -> None:
    _, facts = drafted(
        "1. It is international. The Po Valley Mechatronics Cluster counts 320 members. Last year it signed a cooperation agreement "
        "with the Kansai Robotics Network.\n\n2. It has a new leader. In March, Maria Rossi took over as managing director from Paolo Bianchi."
    )
    cluster = "po-valley-mechatronics-cluster"
    assert [f["parties"] for f in facts if f["type"] == "agreement"] == [[cluster, "kansai-robotics-network"]]
    assert {(f["person"], f["organisation"]) for f in facts if f["type"] == "role"} == {("maria-rossi", cluster), ("paolo-bianchi", cluster)}


def test_a_programme_after_its_owner_s_possessive_and_a_name_up_to_a_lowercase_short_name() -> None:
    proposals, facts = drafted(
        "The two associations, founded in 1996 with money from the European Union's Interreg programme, still meet twice a year. "
        "The trip is co-funded by the Department of Trade, Industry and Competition (dtic)."
    )
    assert proposals["Department of Trade, Industry and Competition"][0] == "organisation"  # one name, not three
    assert {"type": "relation", "subject": "interreg-programme", "property": "operated-by", "object": "european-union"} in facts


def test_event_names_of_common_words_capitalised_inside_a_sentence_who_organises_them_and_whose_stand_is_there() -> None:
    _, facts = drafted(
        "Organised by the Danube Robotics Cluster, the Robotics Summit 2025 will take place in Vienna on 12 May. "
        "The Smart City Expo, held in Barcelona from 5 to 7 November, will host the stand of the Danube Robotics Cluster."
    )
    summit = [f for f in facts if f["type"] == "event" and f.get("places") == ["vienna"]]
    assert [(f["kind"], f["organizers"]) for f in summit] == [("conference", ["danube-robotics-cluster"])]
    assert [f["participant"] for f in facts if f["type"] == "participation"] == ["danube-robotics-cluster"]


def test_jobs_counted_in_spanish_are_persons_employed(counting_project: Path) -> None:
    text = "Noticias\n\nPor Ana Ruiz | 14 de febrero de 2025\n\nLa Asociación Valenciana de Automoción (AVIA) celebró ayer su asamblea. Las compañías del clúster suman casi 30.000 empleos directos en la Comunitat Valenciana."
    (jobs,) = [f for f in extract(text, counting_project).facts if f["type"] == "observation"]
    assert (jobs["about"], jobs["indicator"], jobs["value"], jobs["unit"]) == ("asociacion-valenciana-de-automocion", "number-of-employees", 30000, "persons")


def test_one_to_one_meetings_on_a_trip_are_business_meetings_of_the_mission(counting_project: Path) -> None:
    text = HEAD + "Lumen Photonics Cluster led a delegation of 20 firms to Japan in March. In Osaka the group held more than 70 one-to-one meetings with local companies."
    facts = extract(text, counting_project).facts
    (mission,) = [f for f in facts if f["type"] == "event"]
    meetings = [(f["about"], f["value"]) for f in facts if f["type"] == "observation" and f["indicator"] == "number-of-b2b-meetings"]
    assert meetings == [(mission["id"], 70)]


def test_companies_that_will_exhibit_after_a_fair_is_named_are_the_fairs_participants(counting_project: Path) -> None:
    text = (
        "Noticias\n\nPor Ana Ruiz | 14 de febrero de 2025\n\n"
        "El Instituto Tecnológico Levantino (ITL) acompañará a los socios a la feria Motorwelt 2025 en Wolfsburg. "
        "Una quincena de empresas valencianas expondrá en un estand agrupado con el apoyo del ITL."
    )
    facts = extract(text, counting_project).facts
    (fair,) = [f for f in facts if f["type"] == "event"]
    counts = [(f["about"], f["indicator"], f["value"]) for f in facts if f["type"] == "observation"]
    assert counts == [(fair["id"], "number-of-participating-companies", 15)]


def test_companies_counted_in_a_place_are_the_places_but_member_firms_stay_the_organisations(counting_project: Path) -> None:
    text = (
        HEAD + "The Alpine Food Cluster published its annual report on Monday. The report lists more than 250 food start-ups in Switzerland. "
        "According to the report, the cluster's member firms employed almost 21,000 people in Switzerland last year."
    )
    counts = {(f["about"], f["indicator"], f["value"]) for f in extract(text, counting_project).facts if f["type"] == "observation"}
    assert counts == {("switzerland", "number-of-companies", 250), ("alpine-food-cluster", "number-of-employees", 21000)}


def test_according_to_her_is_a_claim_by_the_woman_named_just_before() -> None:
    text = HEAD + "Dr. Anouk Perrin, the alliance's managing director, presented the report on Friday. According to her, fewer than one in five start-ups has sold products abroad."
    claims = [(f["by"], f["text"]["en"]) for f in extract(text, REPO).facts if f["type"] == "claim"]
    assert claims == [("anouk-perrin", "Fewer than one in five start-ups has sold products abroad.")]


def test_companies_named_after_a_phrase_about_suppliers_and_a_name_opening_with_a_spanish_month_word_in_english() -> None:
    spanish = "Noticias\n\nPor Ana Ruiz | 14 de febrero de 2025\n\nLa delegación visitó las plantas de dos de sus proveedores de primer nivel, Latécoère y Liebherr-Aerospace Toulouse."
    assert {p.name: p.kind for p in extract(spanish, REPO).proposal_records}.get("Latécoère") == "organisation"
    proposals, _ = drafted("Medical Alley represents more than 700 organisations, including Medtronic, UnitedHealth Group and Mayo Clinic.")
    assert proposals.get("Mayo Clinic", ("",))[0] == "organisation"


def test_catalan_producers_taken_on_a_delegation_are_its_participating_companies(counting_project: Path) -> None:
    text = (
        "Notícies\n\nPer Jordi Puig, 22 d'abril de 2026\n\n"
        "El Clúster Audiovisual de Ponent hi ha portat una delegació de vint-i-dues productores i distribuïdores associades."
    )
    facts = extract(text, counting_project).facts
    counts = [(f["indicator"], f["value"]) for f in facts if f["type"] == "observation"]
    assert counts == [("number-of-participating-companies", 22)]


def test_a_valley_that_defines_its_acronym_is_an_association_and_an_acronyms_apposition_says_where_it_is() -> None:
    text = (
        "Alpine Food & Nutrition Valley (AFNV) turns five. The partners of Alpine Food & Nutrition Valley met in Lausanne. "
        "AFNV signed a memorandum of understanding with Protein Industries Canada (PIC), the Regina-based cluster that co-funds plant-based food projects."
    )
    proposals, facts = drafted(text)
    assert proposals["Alpine Food & Nutrition Valley"][0] == "cluster-organisation"
    assert [f["parties"] for f in facts if f["type"] == "agreement"] == [["alpine-food-and-nutrition-valley", "protein-industries-canada"]]
    assert {"type": "relation", "subject": "protein-industries-canada", "property": "based-in", "object": "regina"} in facts
