"""Extraction, missions and meetings: trips, delegations led by someone or named by their nationality, what
'it' adds to the mission in focus, and how many went."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from clusterld.extraction import extract
from clusterld.extraction.extractor import Draft

REPO = Path(__file__).resolve().parent.parent
PARTICIPATING_COMPANIES = """@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<https://w3id.org/clusterld/def/indicator/number-of-participating-companies> a skos:Concept ;
    skos:prefLabel "number of participating companies"@en ; skos:inScheme <https://w3id.org/clusterld/def/indicator> .
"""


@pytest.fixture
def with_participants(tmp_path: Path) -> Path:
    """A project whose ontology can count the companies taking part in a mission."""
    shutil.copytree(REPO / "ontology", tmp_path / "ontology")
    (tmp_path / "ontology" / "participants.ttl").write_text(PARTICIPATING_COMPANIES, encoding="utf-8")
    return tmp_path


def of_type(draft: Draft, fact_type: str, /, **values: str) -> list[dict[str, Any]]:
    """The draft's facts of one type (with the given field values)."""
    return [f for f in draft.facts if f["type"] == fact_type and all(f.get(k) == v for k, v in values.items())]


def parts_in(draft: Draft, event: str) -> set[tuple[str, str]]:
    """(participant, role) of the draft's participations in `event`."""
    return {(f["participant"], f["as"]) for f in of_type(draft, "participation", event=event)}


def events_of(text: str) -> list[dict[str, Any]]:
    return [f for f in extract(text, REPO).facts if f["type"] == "event"]


def test_a_led_delegation_is_a_mission_and_it_meets_whom_it_held_talks_with() -> None:
    text = ("News\n\nLyon, 4 March 2024 – The Alpha Cluster and the Beta Association signed an agreement in Osaka on Monday. "
            "The French delegation was led by the Alpha Cluster's managing director, Marc Dubois. "
            "Besides the fair, it toured the Keihanna Science Park and held talks with the Gamma Institute and with Delta Motors.")
    events = events_of(text)
    (mission,) = [e for e in events if e["kind"] == "mission"]
    assert mission["organizers"] == mission["attendees"] == ["alpha-cluster"] and mission["places"] == ["osaka"]
    assert mission["visited"] == ["keihanna-science-park"]
    meetings = {tuple(sorted(e["attendees"])) for e in events if e["kind"] == "meeting"}
    assert meetings == {("alpha-cluster", "gamma-institute"), ("alpha-cluster", "delta-motors")}


def test_a_delegation_named_by_its_nationality_is_the_party_named_after_the_country() -> None:
    text = ("News\n\nOslo, 4 March 2024 – Energy Cluster Norway and the Ocean Alliance signed an agreement on Monday. "
            "Earlier in the week the Norwegian delegation held talks with the Harbour Authority and Skagen Yards.")
    meetings = {tuple(sorted(e["attendees"])) for e in events_of(text) if e["kind"] == "meeting"}
    assert meetings == {("energy-cluster-norway", "harbour-authority"), ("energy-cluster-norway", "skagen-yards")}


def test_a_trip_with_an_organisation_its_meeting_and_how_many_went(with_participants: Path) -> None:
    text = "News\n\nTurin, 3 April 2023\n\nIn June, twelve member companies will travel with the Delta Association to Lyon to meet the Omega Institute."
    draft = extract(text, with_participants)
    (mission,) = of_type(draft, "event", kind="mission")
    assert (mission["attendees"], mission["places"], mission["start"]) == (["delta-association"], ["lyon"], "2023-06")
    (meeting,) = of_type(draft, "event", kind="meeting")
    assert sorted(meeting["attendees"]) == ["delta-association", "omega-institute"] and meeting["super_event"] == mission["id"]
    (count,) = of_type(draft, "observation")
    assert (count["about"], count["indicator"], count["value"]) == (mission["id"], "number-of-participating-companies", 12)


def test_a_delegation_expected_somewhere_is_a_mission_of_its_organisation() -> None:
    text = "News\n\nTurin, 3 April 2023\n\nA Delta Association delegation is expected at the Aurora Campus in May 2023 for a return visit."
    (mission,) = [e for e in events_of(text) if e["kind"] == "mission"]
    assert (mission["attendees"], mission["places"], mission["start"]) == (["delta-association"], ["aurora-campus"], "2023-05")


def test_spanish_delegation_led_by_the_cluster_president_and_a_meeting_between_both(with_participants: Path) -> None:
    text = ("Noticias\n\nValdivia, Los Ríos, 7 de junio de 2024.– La Asociación Delta y el Clúster Omega firmaron ayer un convenio en Osorno. "
            "La delegación chilena, integrada por 15 empresas, estuvo encabezada por el presidente del clúster, Pablo Rojas. "
            "La próxima reunión entre ambos clústeres tendrá lugar en octubre en Temuco.")
    draft = extract(text, with_participants)
    assert draft.front["published"] == "2024-06-07"
    (agreement,) = of_type(draft, "agreement")
    assert agreement["date"] == "2024-06-06"  # 'ayer', not the dateline's own date
    missions = of_type(draft, "event", kind="mission")
    assert [(m["organizers"], m["places"]) for m in missions] == [(["cluster-omega"], ["osorno"])]
    (meeting,) = of_type(draft, "event", kind="meeting")
    assert sorted(meeting["attendees"]) == ["asociacion-delta", "cluster-omega"] and meeting["start"] == "2024-10"
    (count,) = of_type(draft, "observation")
    assert (count["about"], count["indicator"], count["value"]) == (missions[0]["id"], "number-of-participating-companies", 15)


def test_a_trip_dated_between_verb_and_destination() -> None:
    text = "Noticias\n\nLas Palmas, 14 de marzo de 2024\n\nUna delegación del Clúster Marítimo viajó la semana pasada a Cabo Verde."
    (mission,) = [e for e in events_of(text) if e["kind"] == "mission"]
    assert (mission["places"], mission["start"]) == (["cabo-verde"], "2024-03")


def test_a_delegation_led_by_someone_meets_as_the_delegation() -> None:
    text = ("Clúster del Vino de Mendoza viaja a Chile\n\nPor Ana Ruiz – 3 de mayo de 2024\n\n"
            "El Clúster del Vino de Mendoza organizó una misión comercial de 12 bodegas a Chile. "
            "La delegación, encabezada por la presidenta del clúster, Laura Díaz, se reunió con directivos de Viña Montes.")
    meetings = [e for e in events_of(text) if e.get("kind") == "meeting"]
    assert [sorted(m["attendees"]) for m in meetings] == [["cluster-del-vino-de-mendoza", "vina-montes"]]


def test_a_delegation_of_some_firms_to_a_place_is_a_mission() -> None:
    text = "Regional news\n\nBy Ann Lee | 14 February 2025\n\nLumen Photonics Cluster led a delegation of 20 firms to Japan in March."
    (mission,) = events_of(text)
    assert (mission["kind"], mission["places"], mission["attendees"]) == ("mission", ["japan"], ["lumen-photonics-cluster"])


def test_a_delegation_taken_to_a_named_event_and_a_fair_described_after_its_name(with_participants: Path) -> None:
    text = (
        "Regional news\n\nBy Ann Lee | 14 February 2025\n\n"
        "The Olt IT Cluster has 90 members. In April the cluster will take a delegation of 15 member companies to the ONE Conference in The Hague. "
        "The Karoo Automotive Cluster (KAC) has 45 members. In September the KAC heads to Automechanika Frankfurt, the world's largest trade fair "
        "for the automotive aftermarket, where the KAC will exhibit on a shared South African stand."
    )
    draft = extract(text, with_participants)
    events = {f["id"]: f for f in draft.facts if f["type"] == "event"}
    mission = events["mission-to-the-hague-2025"]
    assert (mission["kind"], mission["attendees"], mission["places"], mission["start"]) == ("mission", ["olt-it-cluster"], ["hague"], "2025-04")
    counts = [(f["about"], f["value"]) for f in draft.facts if f["type"] == "observation" and f["indicator"] == "number-of-participating-companies"]
    assert counts == [("mission-to-the-hague-2025", 15)]
    fair = next(e for e in events.values() if e["label"]["en"] == "Automechanika Frankfurt")
    participations = [(f["participant"], f["event"]) for f in draft.facts if f["type"] == "participation"]
    assert ("karoo-automotive-cluster", fair["id"]) in participations


def test_a_delegation_with_no_subject_meets_whom_it_will_meet_and_an_apposition_is_nobody_met() -> None:
    text = (
        "Noticias\n\nPor Ana López | 14 de febrero de 2025\n\n"
        "El Clúster de Movilidad de Teruel (CMT) firmó ayer un convenio con el Clúster Automotriz de Querétaro (CAQ). "
        "La delegación, formada por once empresas y encabezada por el director general del CAQ, Luis Mora, viaja con el apoyo de Querétaro Invest. "
        "Hoy visitará la planta de Ferralis en Alcañiz y mañana se reunirá con Teruel Exterior (TEX), la agencia de internacionalización del Gobierno de Teruel."
    )
    meetings = [f for f in events_of(text) if f["kind"] == "meeting"]
    assert [(m["attendees"][0], m["attendees"][-1]) for m in meetings] == [("cluster-automotriz-de-queretaro", "teruel-exterior")]


def test_a_week_or_days_named_as_an_event_are_a_conference() -> None:
    text = "Regional news\n\nBy Ann Lee | 14 February 2025\n\nThe cluster will present its results at World Water Week in Stockholm and at the Cluj Innovation Days."
    assert {(e["label"]["en"], e["kind"]) for e in events_of(text)} == {("World Water Week", "conference"), ("Cluj Innovation Days", "conference")}


def test_a_delegation_from_a_region_that_spent_the_week_across_another_and_the_two_cluster_bodies_who_signed(with_participants: Path) -> None:
    text = (
        "Regional news\n\nBy Ann Lee | 14 February 2025\n\n"
        "Hegoa, the Basque aeronautics cluster, has 60 members. A delegation of 14 aerospace companies from the Basque Country has spent "
        "this week touring factories across the East Midlands, on a visit hosted by the Trent Aerospace Alliance (TAA). "
        "Over four days the visitors held around 70 business meetings with local suppliers. "
        "Last Tuesday evening, at a dinner in Derby, the two cluster bodies put their names to a memorandum of understanding."
    )
    facts = extract(text, with_participants).facts
    (mission,) = [f for f in facts if f["type"] == "event" and f["kind"] == "mission"]
    assert mission["places"] == ["east-midlands"]
    counts = {(f["about"], f["value"]) for f in facts if f["type"] == "observation" and f["about"] == mission["id"]}
    assert counts == {(mission["id"], 14), (mission["id"], 70)}  # not the four days
    assert [sorted(f["parties"]) for f in facts if f["type"] == "agreement"] == [["hegoa", "trent-aerospace-alliance"]]


def test_catalan_delegation_to_the_fair_in_focus_how_many_went_and_who(with_participants: Path) -> None:
    text = (
        "El Clúster del Vi porta vint cellers al VINEXPO\n\nPer Anna López | Divendres, 17 d'octubre de 2025\n\n"
        "El Clúster del Vi de Catalunya va tancar ahir la seva participació al VINEXPO, el mercat internacional del vi que s'ha celebrat a Bordeus. "
        "L'entitat hi ha portat una delegació de vint empreses associades. "
        "Entre les empreses desplaçades hi havia Celler Pujol, Vins Ribera i Caves Serra."
    )
    draft = extract(text, with_participants)
    events = {f["id"]: f for f in draft.facts if f["type"] == "event"}
    assert events["mission-to-vinexpo"]["attendees"] == ["cluster-del-vi-de-catalunya"] and events["vinexpo-2025"]["kind"] == "event"
    assert not [p for p in draft.proposals if p["name"] == "VINEXPO"]  # a fair, not a place after 'al'
    (count,) = of_type(draft, "observation")
    assert (count["about"], count["indicator"], count["value"]) == ("mission-to-vinexpo", "number-of-participating-companies", 20)
    went = {(f["participant"], f["event"]) for f in draft.facts if f["type"] == "participation"}
    assert went == {(who, "mission-to-vinexpo") for who in ("celler-pujol", "vins-ribera", "caves-serra")} | {("cluster-del-vi-de-catalunya", "vinexpo-2025")}  # 'la seva participació al VINEXPO'


def test_a_delegation_brought_to_this_years_airshow_held_at_a_convention_centre(with_participants: Path) -> None:
    text = (
        "News\n\nFARNBOROUGH, 21 July 2026\n\n"
        "The Kent Aerospace Cluster met its partners at the Farnborough International Airshow, which opened on Monday at the Hampshire Convention Centre. "
        "The cluster has brought a delegation of 14 Kentish companies to this year's airshow."
    )
    draft = extract(text, with_participants)
    (fair,) = of_type(draft, "event", kind="event")
    (mission,) = of_type(draft, "event", kind="mission")
    assert fair["id"] == "farnborough-international-airshow-2026" and mission["attendees"] == ["kent-aerospace-cluster"]
    (count,) = of_type(draft, "observation")
    assert (count["about"], count["indicator"], count["value"]) == (mission["id"], "number-of-participating-companies", 14)
    assert {p["id"]: p["type"] for p in draft.proposals}["hampshire-convention-centre"] == "place"


def test_among_them_lists_those_who_went_when_the_sentence_before_counted_them(with_participants: Path) -> None:
    text = (
        "Notícies\n\nPer Anna López | Divendres, 17 d'octubre de 2025\n\n"
        "El Clúster del Vi de Catalunya ha desembarcat al Saló del Vi de Lió, la fira del vi més important de França. "
        "L'entitat hi ha portat dotze empreses associades. Entre elles hi ha Celler Pujol i Vins Ribera."
    )
    draft = extract(text, with_participants)
    went = {(f["participant"], f["event"]) for f in draft.facts if f["type"] == "participation"}
    assert {("celler-pujol", "mission-to-salo-del-vi-de-lio"), ("vins-ribera", "mission-to-salo-del-vi-de-lio")} <= went


def test_a_cluster_will_take_about_a_dozen_member_companies_to_a_city(with_participants: Path) -> None:
    text = "News\n\nCardiff, 13 November 2025\n\nNext September, the Severn Photonics Cluster will take around a dozen member companies to Taipei."
    draft = extract(text, with_participants)
    (mission,) = of_type(draft, "event", kind="mission")
    assert (mission["attendees"], mission["places"]) == (["severn-photonics-cluster"], ["taipei"])
    (count,) = of_type(draft, "observation")
    assert (count["about"], count["indicator"], count["value"], count["qualifier"]) == (mission["id"], "number-of-participating-companies", 12, "approximately")


def test_companies_a_mission_expects_to_bring_are_its_participants(with_participants: Path) -> None:
    text = ("Noticias\n\nPor Ana López | 14 de febrero de 2026\n\n"
            "El Clúster de la Piedra de Galicia firmó ayer un acuerdo con la asociación japonesa JSA. "
            "El clúster prepara para octubre una misión a Japón, con escalas en Tokio y Osaka, en la que espera reunir a una quincena de empresas.")
    draft = extract(text, with_participants)
    (mission,) = of_type(draft, "event", kind="mission")
    (count,) = of_type(draft, "observation")
    assert (count["about"], count["indicator"], count["value"]) == (mission["id"], "number-of-participating-companies", 15)


def test_a_mission_an_organisation_will_organise_somewhere_with_about_twenty_companies(with_participants: Path) -> None:
    text = ("Noticias\n\nPor Ana López | 14 de febrero de 2026\n\n"
            "El Clúster del Hábitat de Soria (CHS) firmó ayer un protocolo con la Associação Portuguesa da Construção. "
            "El primer fruto será una misión empresarial que el CHS organizará en Oporto el próximo mes de octubre, con la participación de una veintena de empresas del clúster.")
    draft = extract(text, with_participants)
    (mission,) = of_type(draft, "event", kind="mission")
    assert (mission["organizers"], mission["places"], mission["start"]) == (["cluster-del-habitat-de-soria"], ["oporto"], "2026-10")
    (count,) = of_type(draft, "observation")
    assert (count["about"], count["indicator"], count["value"], count["qualifier"]) == (mission["id"], "number-of-participating-companies", 20, "approximately")


def test_a_name_and_a_named_acronym_after_y_la_are_two() -> None:
    draft = extract("Noticias\n\nPor Ana López | 14 de febrero de 2026\n\n"
                    "El Clúster Marítimo de Menorca (CMM) encabezó una misión a Praia. El martes, el CMM y la Cámara de Comercio de Sotavento (CCS) firmaron en Praia un convenio.", REPO)
    (agreement,) = of_type(draft, "agreement")
    assert sorted(agreement["parties"]) == ["camara-de-comercio-de-sotavento", "cluster-maritimo-de-menorca"]


def test_firms_among_those_on_the_trip_and_an_official_who_accompanied_the_delegation_attend_the_mission() -> None:
    text = (
        "Regional news\n\nBy Ann Lee | 14 February 2025\n\n"
        "Lumen Photonics Cluster led a delegation of 20 firms to Japan in March. "
        "Chipmaker Nanoforge and Photonia were among the firms on the trip. "
        "The regional secretary for industry, Dr. Vera Landa, accompanied the delegation throughout the week."
    )
    draft = extract(text, REPO)
    (mission,) = of_type(draft, "event")
    assert {("nanoforge", "attendee"), ("photonia", "attendee"), ("vera-landa", "attendee")} <= parts_in(draft, mission["id"])
    assert "chipmaker-nanoforge" not in {p.id for p in draft.proposal_records}


def test_speakers_from_organisations_and_an_organisation_that_ran_a_workshop_take_part_in_the_event_in_focus() -> None:
    text = (
        "Regional news\n\nBy Ann Lee | 14 February 2025\n\n"
        "The Alpine Food Cluster held its annual Food Innovation Summit in Lausanne in May. "
        "Speakers at the summit included researchers from Nordwest University and managers from Grainex, "
        "while Innofund, the national innovation agency, ran a workshop on funding for young companies."
    )
    draft = extract(text, REPO)
    (summit,) = of_type(draft, "event")
    assert {("nordwest-university", "speaker"), ("grainex", "speaker"), ("innofund", "contributor")} <= parts_in(draft, summit["id"])


def test_firms_that_were_part_of_the_group_or_named_among_those_who_will_exhibit_attend_the_mission() -> None:
    text = (
        "Regional news\n\nBy Ann Lee | 14 February 2025\n\n"
        "Lumen Photonics Cluster led a delegation of 20 firms to Japan in March. "
        "Nanoforge, Photonia and Ion Beam Optics (IBO) were part of the group. "
        "Twelve member companies, Lasertech and Optiweld among them, will exhibit on a shared stand."
    )
    draft = extract(text, REPO)
    (mission,) = of_type(draft, "event")
    assert {(who, "attendee") for who in ("nanoforge", "photonia", "ion-beam-optics", "lasertech", "optiweld")} <= parts_in(draft, mission["id"])


def test_who_closed_an_assembly_speaks_at_it_and_a_cluster_that_closed_its_participation_in_a_fair_attended_it() -> None:
    text = (
        "Notícies\n\nPer Jordi Puig, 22 d'abril de 2026\n\n"
        "El Clúster de l'Energia de Ponent va celebrar ahir la seva assemblea general a Lleida. "
        "L'acte es va cloure amb la intervenció del director de l'Institut Català d'Energia (ICAEN), Jaume Ribas. "
        "El Clúster Audiovisual de Ponent va tancar ahir la seva participació al MIPCOM, el mercat internacional de continguts de Canes."
    )
    draft = extract(text, REPO)
    parts = {(f["participant"], f["as"], f["event"]) for f in of_type(draft, "participation")}
    assembly = next(e["id"] for e in of_type(draft, "event") if e["kind"] == "meeting")
    mipcom = next(e["id"] for e in of_type(draft, "event") if "MIPCOM" in next(iter(e["label"].values())))
    assert {("jaume-ribas", "speaker", assembly), ("cluster-audiovisual-de-ponent", "attendee", mipcom)} <= parts


def test_a_delegation_of_an_organisation_or_of_its_member_companies_that_will_visit_a_city_is_its_mission() -> None:
    catalan = "Notícies\n\nPer Jordi Puig, 22 d'abril de 2026\n\nAl setembre, una delegació de la Federació Nàutica Italiana visitarà Barcelona."
    (mission,) = events_of(catalan)
    assert (mission["kind"], mission["places"], mission["organizers"]) == ("mission", ["barcelona"], ["federacio-nautica-italiana"])
    spanish = "Noticias\n\nPor Ana Ruiz | 14 de febrero de 2025\n\nEn abril, una misión de empresas socias de Aerospace Valley visitará Barcelona."
    (mission,) = events_of(spanish)
    assert (mission["kind"], mission["places"], mission["organizers"]) == ("mission", ["barcelona"], ["aerospace-valley"])


def test_a_delegation_that_landed_in_a_city_is_a_mission_there() -> None:
    text = ("Trade news\n\nBy Ann Lee | Thursday 26 March 2026\n\n"
            "The delegation of 17 Danish companies, accompanied by researchers from Jutland University, landed in Palmerston North on Sunday.")
    (mission,) = [e for e in events_of(text) if e["kind"] == "mission"]
    assert mission["places"] == ["palmerston-north"]


def test_a_catalan_mission_the_cluster_organised_with_support_before_its_place() -> None:
    text = ("Notícies\n\nPer Anna Puig | 30 de juny de 2026\n\n"
            "El Clúster de l'Aigua de Ponent (CAP) va signar l'acord durant una missió comercial que el CAP va organitzar del 22 al 26 de juny "
            "amb el suport de l'Agència Exterior de Lleida a Singapur.")
    (mission,) = [e for e in events_of(text) if e["kind"] == "mission"]
    assert mission["places"] == ["singapore"] and mission["organizers"] == ["cluster-de-laigua-de-ponent"]
    assert (mission["start"], mission["end"]) == ("2026-06-22", "2026-06-26")


def test_a_spanish_delegation_that_toured_a_province_is_a_mission_there() -> None:
    text = ("Noticias\n\nPor Ana Ruiz | 20 de octubre de 2026\n\n"
            "La presidenta del Instituto del Vino de Colonia (IVC), Alicia Pereyra, encabezó una delegación de doce bodegueros uruguayos que recorrió Mendoza la semana pasada.")
    (mission,) = [e for e in events_of(text) if e["kind"] == "mission"]
    assert mission["places"] == ["mendoza"] and "instituto-del-vino-de-colonia" in mission["attendees"]


def test_described_businesses_among_those_on_the_trip_take_part_in_the_mission() -> None:
    text = ("Trade news\n\nBy Ann Lee | Thursday 26 March 2026\n\n"
            "The Jutland Dairy Cluster took a delegation of 17 companies to Auckland on Sunday. "
            "Enzyme maker Enzymo and feed maker Fodderix were among the businesses on the trip.")
    draft = extract(text, REPO)
    (mission,) = of_type(draft, "event", kind="mission")
    assert {("enzymo", "attendee"), ("fodderix", "attendee")} <= parts_in(draft, mission["id"])


def test_catalan_lists_of_who_made_the_trip_are_the_mission_s_not_the_fair_s() -> None:
    text = ("Notícies\n\nPer Anna Puig | 30 de juny de 2026\n\n"
            "El Clúster de l'Aigua de Ponent (CAP) va viatjar a Singapur amb una missió comercial. "
            "La missió va coincidir amb la Singapore International Water Week. "
            "La delegació la formaven catorze empreses i dos centres de recerca: l'Institut de Recerca de l'Aigua de Lleida (IRAL), amb seu a Lleida, i el centre tecnològic Aquatec. "
            "Entre les companyies que van fer el viatge hi havia Aigües del Segre i el grup lleidatà Fontsegre.")
    draft = extract(text, REPO)
    (mission,) = of_type(draft, "event", kind="mission")
    went = {("institut-de-recerca-de-laigua-de-lleida", "attendee"), ("aquatec", "attendee"), ("aigues-del-segre", "attendee"), ("fontsegre", "attendee")}
    assert went <= parts_in(draft, mission["id"])


def test_a_breakfast_seminar_is_an_event_and_its_speakers_are_named_past_their_appositions() -> None:
    text = ("Port news\n\nBy Ann Lee | 3 September 2026\n\n"
            "On Tuesday, the two clusters co-hosted a breakfast seminar on green shipping corridors, which drew some 140 participants. "
            "Speakers included Lars Lunde, head of Trade Fjord's Hamburg office, and Henrik Vollmer, who leads the energy team at the Kiel Port Authority.")
    draft = extract(text, REPO)
    (seminar,) = events_of(text)
    assert seminar["kind"] == "event"
    assert parts_in(draft, seminar["id"]) == {("lars-lunde", "speaker"), ("henrik-vollmer", "speaker")}


def test_a_joint_webinar_series_is_an_event() -> None:
    # 'in May' dates it: an event named by a common noun needs whose, where or when
    text = ("Trade news\n\nBy Ann Lee | 26 March 2026\n\n"
            "The partners are wasting little time. A joint webinar series on precision fermentation is due to start in May.")
    assert [e["kind"] for e in events_of(text)] == ["event"]


def test_who_accompanied_a_delegation_takes_part_in_its_mission() -> None:
    text = ("Trade news\n\nBy Ann Lee | Thursday 26 March 2026\n\n"
            "The delegation of 17 Danish companies, accompanied by researchers from Jutland University, landed in Palmerston North on Sunday.")
    draft = extract(text, REPO)
    (mission,) = of_type(draft, "event", kind="mission")
    assert parts_in(draft, mission["id"]) == {("jutland-university", "attendee")}


@pytest.mark.parametrize(
    ("text", "place", "sender", "count"),
    [
        ("News\n\nRiga, 12 October 2026 – The Baltic Code Cluster and the Tallinn Software Association signed a memorandum in Riga on Monday. "
         "The signing crowned a three-day visit by a delegation of 19 Estonian companies, which the Tallinn Software Association put together.", "riga", "tallinn-software-association", 19),
        ("Noticias\n\nCusco, 12 de octubre de 2026.- El Clúster Andino de Turismo y la Asociación Gallega de Hoteles firmaron el lunes un convenio en Cusco. "
         "El Clúster Andino de Turismo prepara además una delegación de una docena de empresas cusqueñas para viajar a Madrid.", "madrid", "cluster-andino-de-turismo", 12),
        ("Notícies\n\nGirona, 12 d'octubre de 2026.- El Clúster del Moble i el Consorzio Legno Veneto van signar dilluns un acord a Girona. "
         "En Marco Rossi va encapçalar una delegació de sis empreses italianes que va visitar les fàbriques.", "girona", None, 6),
    ],
)
def test_a_counted_delegation_is_a_mission_to_where_it_goes_else_to_where_the_agreement_was(text: str, place: str, sender: str | None, count: int, with_participants: Path) -> None:
    draft = extract(text, with_participants)
    (mission,) = of_type(draft, "event", kind="mission")
    assert mission["places"] == [place]
    assert mission.get("attendees", [None]) == [sender]
    (counted,) = of_type(draft, "observation", about=mission["id"])
    assert (counted["indicator"], counted["value"]) == ("number-of-participating-companies", count)


@pytest.mark.parametrize(
    "text",
    [
        ("News\n\nHelsinki, 4 March 2026 – The Finnish Machinery Cluster travelled to Bilbao last week with a delegation of twelve companies. "
         "The delegation included firms such as Nordgear Oy, from Tampere, and Baltic Valves."),
        ("Noticias\n\nHelsinki, 4 de marzo de 2026.- El Clúster Finlandés de Maquinaria viajó la semana pasada a Bilbao con una delegación de doce empresas. "
         "Del lado finlandés han viajado Nordgear Oy, con sede en Tampere, y la cooperativa Baltic Valves."),
        ("Notícies\n\nHèlsinki, 4 de març de 2026.- El Clúster Finlandès de Maquinària va viatjar la setmana passada a Bilbao amb una delegació de dotze empreses. "
         "Entre les firmes que van fer el viatge figuraven Nordgear Oy i Baltic Valves."),
    ],
)
def test_organisations_listed_in_a_sentence_about_the_trip_went_on_it(text: str) -> None:
    draft = extract(text, REPO)
    (mission,) = of_type(draft, "event", kind="mission")
    assert {"nordgear-oy", "baltic-valves"} <= {who for who, _ in parts_in(draft, mission["id"])}


def test_organisations_listed_as_backers_of_the_trip_did_not_go_on_it() -> None:
    text = ("News\n\nHelsinki, 4 March 2026 – The Finnish Machinery Cluster travelled to Bilbao last week. "
            "The delegation was coordinated with the support of Business Finland and the Finnish Embassy.")
    draft = extract(text, REPO)
    (mission,) = of_type(draft, "event", kind="mission")
    assert not {"business-finland", "finnish-embassy"} & {who for who, _ in parts_in(draft, mission["id"])}


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("At the end of May its chief executive took a group of Indian companies to Belgium.", "belgium"),
        ("El clúster ha portat disset empreses associades a Gènova.", "genova"),
        ("In May it plans to take about 15 member companies to the Nordic Tech Summit, held in Tallinn.", "tallinn"),
    ],
)
def test_taking_companies_somewhere_is_a_mission_there(sentence: str, place: str) -> None:
    head = "Notícies\n\nPer Anna Puig | 4 de juny de 2026\n\n" if "clúster" in sentence else "News\n\nBy Ann Lee | 4 June 2026\n\n"
    (mission,) = [e for e in events_of(head + "The Deccan Pharma Cluster " * ("clúster" not in sentence) + sentence) if e["kind"] == "mission"]
    assert mission["places"] == [place]


def test_a_round_of_business_meetings_on_a_trip_is_a_meeting_of_the_delegation_and_holds_the_meetings_counted() -> None:
    text = ("Noticias\n\nPor Ana Ruiz | 30 de noviembre de 2026\n\nEl Clúster Gallego de Hoteles viajó el lunes a Cusco con una delegación de 14 empresas. "
            "El jueves se llevó a cabo una rueda de negocios, organizada por la Cámara Andina, en la que las empresas sostuvieron más de 120 reuniones.")
    draft = extract(text, REPO)
    (mission,) = of_type(draft, "event", kind="mission")
    (meeting,) = of_type(draft, "event", kind="meeting")
    assert (meeting["super_event"], meeting["attendees"], meeting["organizers"]) == (mission["id"], ["cluster-gallego-de-hoteles"], ["camara-andina"])
    (meetings,) = of_type(draft, "observation", indicator="number-of-b2b-meetings")
    assert (meetings["about"], meetings["value"]) == (meeting["id"], 120)


def test_who_coordinates_a_delegation_in_view_organises_it_and_goes_with_it() -> None:
    text = ("Noticias\n\nPor Ana Ruiz | 13 de octubre de 2026\n\nUna delegación de 17 empresas australianas llegó la semana pasada a Antofagasta. "
            "La comitiva, coordinada por Minetech Australia con el apoyo de la embajada, recorrió varias faenas.")
    (mission,) = of_type(extract(text, REPO), "event", kind="mission")
    assert (mission["organizers"], mission["attendees"]) == (["minetech-australia"], ["minetech-australia"])


def test_companies_named_after_what_they_are_and_described_before_the_verb_went_on_the_trip() -> None:
    text = ("News\n\nRiga, 12 October 2026 – The Tallinn Software Association took a delegation of 19 Estonian companies to Riga this week. "
            "Software houses Nordtek, Halmes and Cyberna, all of them Tallinn Software Association members, were part of the delegation.")
    draft = extract(text, REPO)
    (mission,) = of_type(draft, "event", kind="mission")
    assert {who for who, _ in parts_in(draft, mission["id"])} == {"nordtek", "halmes", "cyberna"}


def test_who_attends_presents_or_moderates_at_the_day_in_focus_takes_part_in_it() -> None:
    text = ("El Clúster Aragonés de Logística (ALIA) celebró ayer en Zaragoza una jornada sobre el Corredor Atlántico. "
            "Al acto asistió la directora general de Transportes del Gobierno de Aragón, Pilar Gracia Lasheras. "
            "El Instituto Tecnológico de Aragón (ITAINNOVA) presentó varios proyectos de digitalización. "
            "La sesión abrió con un panel moderado por Daniel Whitman, director de la consultora Borderplex.")
    draft = extract(text, REPO)
    (event,) = {f["event"] for f in of_type(draft, "participation")}
    assert parts_in(draft, event) == {("pilar-gracia-lasheras", "attendee"), ("instituto-tecnologico-de-aragon", "speaker"), ("daniel-whitman", "speaker")}


def test_what_someone_explains_on_a_trip_is_no_talk_there() -> None:
    text = ("Una misión comercial de ALIA viajó ayer a Oporto. "
            "El presidente del Clúster Aragonés de Logística (ALIA), Ramón Gil, explicó los objetivos del viaje.")
    assert not [f for f in of_type(extract(text, REPO), "participation") if f["as"] == "speaker"]


def test_a_party_brought_somewhere_by_an_organisation_is_its_mission_and_those_described_on_the_trip_went() -> None:
    text = ("The 38-strong party, drawn from 21 Japanese companies, was brought to Scotland by the Japan Wind Power Association (JWPA). "
            "Those on the trip included the power generator JERA, the marine contractor Penta-Ocean Construction and several banks.")
    draft = extract(text, REPO)
    (mission,) = of_type(draft, "event", kind="mission")
    assert (mission["places"], mission["organizers"], mission["attendees"]) == (["scotland"], ["japan-wind-power-association"], ["japan-wind-power-association"])
    assert parts_in(draft, mission["id"]) == {("jera", "attendee"), ("penta-ocean-construction", "attendee")}


def test_a_mission_organised_by_several_is_no_list_of_travellers() -> None:
    text = "Silicon Saxony took a delegation to South Korea. The mission was organised by Silicon Saxony together with the Korea Trade-Investment Promotion Agency (KOTRA)."
    assert not of_type(extract(text, REPO), "participation", participant="korea-trade-investment-promotion-agency")


@pytest.mark.parametrize(
    ("sentence", "kind", "places"),
    [
        ("In January, the two boards will meet in Valga, on the border, to pick the first joint project.", "meeting", ["valga"]),
        ("In February, the two clusters will hold a workshop in Montréal on photonic chips.", "event", ["montreal"]),
    ],
)
def test_what_the_parties_will_hold_together_is_their_event(sentence: str, kind: str, places: list[str]) -> None:
    text = "Alpha Cluster and the Beta Association signed a memorandum of understanding in Lyon on Monday. " + sentence
    (event,) = of_type(extract(text, REPO), "event", kind=kind)
    assert (event["organizers"], event["places"]) == (["alpha-cluster", "beta-association"], places)


def test_a_catalan_workshop_the_two_entities_will_hold_is_theirs() -> None:
    text = ("El Clúster de la Moto de Catalunya i l'Associació Clust-ER Mech van signar ahir un acord de col·laboració a Barcelona. "
            "Les dues entitats preveuen celebrar a Bolonya el mes de març un taller tècnic sobre bateries.")
    (event,) = of_type(extract(text, REPO), "event")
    assert (event["organizers"], event["places"]) == (["cluster-de-la-moto-de-catalunya", "associacio-clust-er-mech"], ["bolonya"])


def test_a_meeting_only_one_party_will_hold_is_no_joint_event() -> None:
    text = "Alpha Cluster and the Beta Association signed a memorandum of understanding in Lyon on Monday. Alpha Cluster will hold a workshop in Paris in May."
    assert not [e for e in of_type(extract(text, REPO), "event") if e.get("organizers") == ["alpha-cluster", "beta-association"]]


def test_a_fair_named_in_capitals_is_one_event_however_its_city_is_written() -> None:
    text = ("Catorze empreses catalanes de l'esport es presenten a l'ISPO de Munic\n\n"
            "El Clúster Català de la Indústria de l'Esport (INDESCAT) ha tornat a ISPO Munich amb un pavelló on exposen catorze empreses associades.")
    assert len([e for e in of_type(extract(text, REPO), "event") if e["kind"] != "mission"]) == 1


@pytest.mark.parametrize(
    "text",
    [
        "El Clúster de la Energía de Extremadura celebró ayer en Mérida una jornada sobre el hidrógeno verde, con más de cien asistentes del sector. "
        "La empresa Endesa participó en la jornada con una ponencia sobre hidrógeno verde.",
        "El Clúster de l'Energia Eficient de Catalunya va celebrar ahir a Terrassa una jornada sobre l'hidrogen verd, amb més de cent assistents del sector. "
        "L'empresa Endesa va participar a la jornada amb una ponència sobre hidrogen verd.",
    ],
)
def test_a_company_that_took_part_in_the_day_in_focus_in_spanish_or_catalan_attended_it(text: str) -> None:
    draft = extract(text, REPO)
    assert {(f["participant"], f["as"]) for f in of_type(draft, "participation")} == {("endesa", "attendee")}


def test_a_company_that_participó_in_a_named_fair_took_part_in_it() -> None:
    text = ("Noticias\n\nPor Ana Ruiz | 14 de febrero de 2026\n\n"
            "El Clúster de la Energía de Extremadura participó en la feria Genera 2026 en Madrid con un estand de doce empresas.")
    draft = extract(text, REPO)
    assert [(f["participant"], f["as"]) for f in of_type(draft, "participation")] == [("cluster-de-la-energia-de-extremadura", "attendee")]



def test_firms_that_figuran_among_those_in_the_delegation_go_on_the_trip() -> None:
    text = ("Noticias\n\nMurcia, 4 de marzo de 2026\n\nLa Asociación Alimentaria de Lorca viajará a Chile el lunes. "
            "Entre las firmas que integran la delegación figuran Conservas Ramírez y Bodegas Altiplano.")
    draft = extract(text, REPO)
    (mission,) = of_type(draft, "event", kind="mission")
    assert parts_in(draft, mission["id"]) == {("conservas-ramirez", "attendee"), ("bodegas-altiplano", "attendee")}


def test_a_trip_told_again_as_una_mision_comercial_is_the_same_trip() -> None:
    text = ("Noticias\n\nMurcia, 4 de marzo de 2026\n\nLa Asociación Alimentaria de Lorca viajará a Chile el lunes. "
            "Según su gerente, será una misión comercial de cinco días.")
    (mission,) = of_type(extract(text, REPO), "event", kind="mission")
    assert any("una misión comercial" in e["quote"] for e in mission["evidence"])


def test_who_spoke_after_hi_van_intervenir_and_who_coordinated_the_day_or_led_the_trip() -> None:
    text = ("Notícies\n\nPer Anna Puig | Vilafranca del Penedès | 19 de novembre de 2026\n\n"
            "El Clúster del Cava va celebrar dimarts la seva jornada anual a Vilafranca del Penedès. "
            "Hi van intervenir el Dr. Pere Soler, director tècnic de Caves Serra; la Dra. Laia Mas, enòloga de Vins Roig, i el Sr. Jordi Vall. "
            "La Sra. Marta Puig, que va coordinar la jornada, en va fer balanç. "
            "La cloenda va anar a càrrec del director de l'Ajuntament de Sitges, el Sr. Pau Roig.")
    draft = extract(text, REPO)
    (day,) = of_type(draft, "event", kind="conference")
    speakers = {("pere-soler", "speaker"), ("laia-mas", "speaker"), ("jordi-vall", "speaker"), ("pau-roig", "speaker")}
    assert parts_in(draft, day["id"]) >= speakers | {("marta-puig", "organizer")}


def test_who_led_the_delegation_went_on_the_trip() -> None:
    text = ("Noticias\n\nNeuquén, 4 de marzo de 2026\n\nUna delegación de Ocean Energy Cluster viajó a Neuquén el lunes. "
            "Al día siguiente se celebró la ronda de negocios. «Volveremos», dijo la Sra. Ann Kerr, que encabezó la delegación.")
    draft = extract(text, REPO)
    (mission,) = of_type(draft, "event", kind="mission")
    assert ("ann-kerr", "attendee") in parts_in(draft, mission["id"])


def test_who_gave_the_keynote_sponsored_the_event_or_was_among_its_guests() -> None:
    text = ("News\n\nBy Ann Lee | 12 March 2026\n\nThe Tees Process Cluster held its annual general meeting in Middlesbrough on Tuesday. "
            "The keynote was given by Sarah Kemp, managing director of Kemp Chemicals. "
            "The event was sponsored by Teesside Energy and Hartlepool Pipes. "
            "Guests at the meeting included the mayor of Middlesbrough, Andy Preston.")
    draft = extract(text, REPO)
    (meeting,) = of_type(draft, "event", kind="meeting")
    assert parts_in(draft, meeting["id"]) == {("sarah-kemp", "speaker"), ("teesside-energy", "contributor"), ("hartlepool-pipes", "contributor"), ("andy-preston", "attendee")}


def test_an_indefinite_noun_of_another_kind_does_not_tell_the_trip_again() -> None:
    text = ("Noticias\n\nMurcia, 4 de marzo de 2026\n\nLa Asociación Alimentaria de Lorca viajará a Chile el lunes. "
            "Sus socios organizan una semana gastronómica y a week of tastings every year.")
    (mission,) = of_type(extract(text, REPO), "event", kind="mission")
    assert not any("tastings" in e["quote"] for e in mission["evidence"])


def test_who_was_in_the_group_went_and_who_told_the_meeting_spoke() -> None:
    trip = extract("News\n\nBy Ann Lee | 12 March 2026\n\nThe Kent Biotech Network took 21 companies on a mission to Japan from 12 to 16 October. "
                   "Alterio Therapeutics and Biosens Ltd were in the group.", REPO)
    mission = of_type(trip, "event", kind="mission")[0]["id"]
    assert {"alterio-therapeutics", "biosens-ltd"} <= {who for who, _ in parts_in(trip, mission)}
    meeting = extract("News\n\nBy Ann Lee | 12 March 2026\n\nThe Tees Process Cluster held its annual general meeting at the Riverside Stadium on Tuesday. "
                      "Mark Tindall told the meeting that the sector remained strong.", REPO)
    agm = of_type(meeting, "event", kind="meeting")[0]["id"]
    assert parts_in(meeting, agm) == {("mark-tindall", "speaker")}


def test_companies_listed_with_semicolons_and_an_official_who_travelled_with_the_group_went_on_the_trip() -> None:
    text = ("News\n\nHelsinki, 4 March 2026 – The Finnish Machinery Cluster travelled to Bilbao last week with a delegation of twelve companies. "
            "The companies exhibited at the BIEMH fair in Bilbao. "
            "Among the companies on the trip were Nordgear Oy, which builds gearboxes for ships; Baltic Valves Oy; Kuusi Hydraulic; and Lakeside Robotics. "
            "Anna Virtanen, director of the Finnish Export Office, travelled with the group.")
    draft = extract(text, REPO)
    (mission,) = of_type(draft, "event", kind="mission")
    assert {"nordgear-oy", "baltic-valves-oy", "kuusi-hydraulic", "lakeside-robotics", "anna-virtanen"} <= {who for who, _ in parts_in(draft, mission["id"])}


def test_researchers_who_travelled_with_them_and_a_director_who_led_the_delegation_went_on_the_trip() -> None:
    text = ("Delegation\n\nBy Ann Lee | 20 March 2026\n\n"
            "A delegation of 18 companies from the Norvik Ocean Cluster wrapped up a four-day mission to Thailand yesterday. "
            "Two researchers from Tarvik University of Technology travelled with them. "
            "Kenji Tanaka, executive director of the Norvik Ocean Cluster, who led the delegation, called it a success.")
    draft = extract(text, REPO)
    (mission,) = of_type(draft, "event", kind="mission")
    assert {("tarvik-university-of-technology", "attendee"), ("kenji-tanaka", "attendee")} <= parts_in(draft, mission["id"])


@pytest.mark.parametrize("sentence", [
    "Una delegación del Clúster de Automoción de León (CLAL) visita esta semana Aragón.",
    "Una delegación del Clúster de Automoción de León (CLAL) visitó Aragón la semana pasada.",
])
def test_a_delegation_of_an_organisation_with_its_acronym_that_visits_a_place_is_its_mission_and_meets_there(sentence: str) -> None:
    draft = extract(f"Misión\n\nPor Ana Gil | 19 de mayo de 2026\n\n{sentence} Mañana se reunirá con el Instituto Tecnológico de Aragón.", REPO)
    (mission,) = of_type(draft, "event", kind="mission")
    assert mission["places"] == ["aragon"] and mission["attendees"] == ["cluster-de-automocion-de-leon"]
    (meeting,) = of_type(draft, "event", kind="meeting")
    assert set(meeting["attendees"]) == {"cluster-de-automocion-de-leon", "instituto-tecnologico-de-aragon"}


def test_member_companies_a_cluster_plans_to_take_on_a_trip_or_that_exhibit_at_a_fair_count_who_took_part(with_participants: Path) -> None:
    trip = extract("News\n\nBy Ann Lee | 4 March 2026\n\nThe Norvik Wind Cluster plans to take around 15 member companies to Japan next March.", with_participants)
    (mission,) = of_type(trip, "event", kind="mission")
    counts = {(f["about"], f["indicator"], f["value"]) for f in of_type(trip, "observation")}
    assert counts == {(mission["id"], "number-of-participating-companies", 15)}
    fair = extract("News\n\nBy Ann Lee | 4 March 2026\n\nTwelve member companies will exhibit on a joint stand of the Norvik Wind Cluster at the Productronica fair in Munich.", with_participants)
    assert {f["indicator"] for f in of_type(fair, "observation")} == {"number-of-participating-companies"}
