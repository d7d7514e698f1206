"""Extraction, general frames: anaphora by a name's head noun, appositions, election verbs, possessive roles,
seats and events an organisation holds, each a sentence in and the facts out (names and sentences invented)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from clusterld.extraction import extract

REPO = Path(__file__).resolve().parent.parent
HEAD = "Regional news\n\nBy Ann Lee | 14 February 2025\n\n"


def facts_of(text: str) -> list[dict[str, Any]]:
    """The drafted facts without ids, evidence, labels, notes and confidences: what the rules read."""
    drop = {"id", "evidence", "label", "note", "confidence", "text", "role_label"}
    return [{k: v for k, v in fact.items() if k not in drop} for fact in extract(HEAD + text, REPO).facts]


def test_the_head_noun_of_a_name_opening_a_sentence_is_that_name() -> None:
    facts = facts_of("Prairie Hydrogen Hub signed a charter with Delta Ports. The hub, which was set up in 2019, has funded more than 40 projects.")
    assert {"type": "founding", "organisation": "prairie-hydrogen-hub", "date": "2019"} in facts


def test_a_noun_that_modifies_another_is_not_a_name() -> None:
    facts = facts_of("Norvik Ministry of Trade and Research backs the cluster. Ella Moss, who ran the research office of Belcor, chairs Fjord Tech Cluster.")
    assert not [f for f in facts if f["type"] == "relation" and f["subject"] == "norvik-ministry-of-trade-and-research"]


def test_an_apposition_after_a_name_is_not_anaphora() -> None:
    facts = facts_of("Valdora Cluster signed with Minetech. Minetech, the mining technology cluster of the Atacama Region, counts 90 members.")
    assert {"type": "relation", "subject": "minetech", "property": "based-in", "object": "atacama-region"} in facts


def test_a_dotted_acronym_keeps_its_full_stop_and_is_one_name() -> None:
    facts = facts_of("Marta Ruiz was elected president of A.G.R.O.N. in March. Last year A.G.R.O.N. and Ceres Cluster signed an agreement.")
    assert [(f["person"], f["organisation"]) for f in facts if f["type"] == "role"] == [("marta-ruiz", "a-g-r-o-n")]
    assert [f["parties"] for f in facts if f["type"] == "agreement"] == [["a-g-r-o-n", "ceres-cluster"]]


def test_election_and_appointment_verbs_give_the_role() -> None:
    facts = facts_of(
        "Rosa Lind, a chemist who previously ran the lab of Kemtek, was elected president of Nordic Plastics Cluster in March. "
        "Diego Vidal fue nombrado director general del Clúster Logístico de Aragón."
    )
    roles = {(f["person"], f["organisation"], f.get("role")) for f in facts if f["type"] == "role"}
    assert roles == {("rosa-lind", "nordic-plastics-cluster", "president"), ("diego-vidal", "cluster-logistico-de-aragon", None)}


def test_its_role_after_a_person_is_the_organisation_the_article_is_about() -> None:
    facts = facts_of("Arctic Sensor Cluster counts 60 members. Mia Strand, its managing director, said the cluster would grow.")
    assert [(f["person"], f["organisation"]) for f in facts if f["type"] == "role"] == [("mia-strand", "arctic-sensor-cluster")]


def test_a_seat_in_an_apposition_without_which() -> None:
    facts = facts_of("Tallinn Robotics Cluster and Baltic Drone Alliance, the drone network based in Riga, signed a memorandum on Monday.")
    assert {"type": "relation", "subject": "baltic-drone-alliance", "property": "based-in", "object": "riga"} in facts


def test_an_organisation_head_before_of_opens_the_name() -> None:
    facts = facts_of("Baltic Grain Cluster was created in 2010 with the support of the Ministry of Farming and Fisheries.")
    assert {"type": "relation", "subject": "baltic-grain-cluster", "property": "promoted-by", "object": "ministry-of-farming-and-fisheries"} in facts


def test_the_last_and_of_a_list_separates_two_names() -> None:
    facts = facts_of("Nordhavn Cluster has 80 members. Its members include Tidewater Labs, Seabright Foods and Bergen University of Applied Sciences.")
    members = {f["member"] for f in facts if f["type"] == "membership"}
    assert members == {"tidewater-labs", "seabright-foods", "bergen-university-of-applied-sciences"}


def test_an_organisation_holding_its_forum_organises_it() -> None:
    facts = facts_of("Verdant Food Cluster will hold its annual forum in Turin on 12 June.")
    (event,) = [f for f in facts if f["type"] == "event"]
    assert (event["kind"], event["organizers"], event["places"], event["start"]) == ("conference", ["verdant-food-cluster"], ["turin"], "2025-06-12")


def test_a_count_of_what_belongs_to_an_organisation_counts_members() -> None:
    facts = facts_of("About 90 companies, universities and research labs belong to Verdant Food Cluster.")
    (count,) = [f for f in facts if f["type"] == "observation"]
    assert (count["about"], count["indicator"], count["value"]) == ("verdant-food-cluster", "number-of-member-organisations", 90)


def test_a_coordinated_verb_of_the_main_clause_keeps_its_subject() -> None:
    facts = facts_of("Harbour Robotics Cluster, the robotics network of the port, was founded in 2011 and has its main office in Odense.")
    assert {"type": "founding", "organisation": "harbour-robotics-cluster", "date": "2011"} in facts
    assert {"type": "relation", "subject": "harbour-robotics-cluster", "property": "based-in", "object": "odense"} in facts


def test_a_regional_association_of_the_sector_in_a_place_is_based_there() -> None:
    facts = facts_of("Last year Verdant Food Cluster and Agro Piemonte, the regional association of the sector in Piedmont, signed a memorandum.")
    assert {"type": "relation", "subject": "agro-piemonte", "property": "based-in", "object": "piedmont"} in facts


def test_who_will_present_there_speaks_at_the_event_in_focus() -> None:
    facts = facts_of("Verdant Food Cluster will hold its annual forum in Turin on 12 June. Foodtech Italia, the federation of food start-ups, will present its survey there.")
    (event,) = [f for f in facts if f["type"] == "event"]
    assert [(f["participant"], f["as"]) for f in facts if f["type"] == "participation"] == [("foodtech-italia", "speaker")]
    assert event["organizers"] == ["verdant-food-cluster"]


def test_members_of_a_named_organisation_include_a_list() -> None:
    facts = facts_of("Established in 2008, Nordic Life Science Alliance represents 250 companies. Members of the alliance include Novozymes, Orion Pharma and the University of Oslo.")
    members = {(f["member"], f["organisation"]) for f in facts if f["type"] == "membership"}
    assert members == {(m, "nordic-life-science-alliance") for m in ("novozymes", "orion-pharma", "university-of-oslo")}


def test_headed_by_a_role_and_a_verb_that_repeats_a_role() -> None:
    facts = facts_of("Helix Biotech Cluster is headed by managing director Tom Peeters. Lars Berg, chairman of Nordic Life Science Alliance, spoke. Lars Berg, who chairs the alliance, agreed.")
    assert sorted((f["person"], f["organisation"]) for f in facts if f["type"] == "role") == [("lars-berg", "nordic-life-science-alliance"), ("tom-peeters", "helix-biotech-cluster")]


def test_a_seat_is_not_where_an_agreement_was_signed_and_a_delegation_count_is_the_missions() -> None:
    facts = extract(
        HEAD + "Helix Biotech Cluster, headquartered in Leuven, has signed a memorandum of understanding with Nordic Life Science Alliance. "
        "A delegation of 20 companies from Helix Biotech Cluster will travel to Boston in May.",
        REPO,
    ).facts
    (agreement,) = [f for f in facts if f["type"] == "agreement"]
    (mission,) = [f for f in facts if f["type"] == "event"]
    (count,) = [f for f in facts if f["type"] == "observation"]
    assert "place" not in agreement and mission["kind"] == "mission"
    assert (count["about"], count["value"]) == (mission["id"], 20)


def test_spanish_founding_opening_seat_coordinated_and_members_named_before() -> None:
    facts = facts_of(
        "Creado en 2009, el Clúster Cerámico de Castellón cuenta con más de 200 socios y está ubicado en Castellón de la Plana. "
        "Forman parte del clúster empresas como Porcelanosa, Pamesa y la Universitat Jaume I."
    )
    assert {"type": "founding", "organisation": "cluster-ceramico-de-castellon", "date": "2009"} in facts
    assert {"type": "relation", "subject": "cluster-ceramico-de-castellon", "property": "based-in", "object": "castellon-de-la-plana"} in facts
    members = {f["member"] for f in facts if f["type"] == "membership" and f["organisation"] == "cluster-ceramico-de-castellon"}
    assert members == {"porcelanosa", "pamesa", "universitat-jaume-i"}


def test_spanish_future_trip_is_a_mission() -> None:
    facts = facts_of("Como cada año, la asociación y sus socios preparan una misión para los fabricantes. Una delegación de 12 empresas del Clúster Cerámico de Castellón viajará a Oporto en abril.")
    (mission,) = [f for f in facts if f["type"] == "event"]
    assert (mission["kind"], mission["places"], mission["start"]) == ("mission", ["oporto"], "2025-04")


def test_catalan_founding_year_after_el_seat_and_signing_place_after_a_weekday() -> None:
    facts = facts_of(
        "El Clúster Alimentari de Girona i l'Associació Occitana de l'Agroalimentació (AOA) van signar dimarts a Perpinyà un acord amb els seus socis. "
        "Creat el 2012, el Clúster Alimentari de Girona aplega més de 90 empreses i té la seu a Girona."
    )
    (agreement,) = [f for f in facts if f["type"] == "agreement"]
    assert agreement["place"] == "perpinya"
    assert {"type": "founding", "organisation": "cluster-alimentari-de-girona", "date": "2012"} in facts
    assert {"type": "relation", "subject": "cluster-alimentari-de-girona", "property": "based-in", "object": "girona"} in facts


def test_reported_future_and_an_events_place_after_its_date() -> None:
    facts = facts_of(
        "The partnership was announced on Monday at the Laser World of Photonics fair in Munich. OptoNet, based in Jena, has 110 members. "
        "LightHub chairwoman Mette Larsen said the Danish cluster would send a delegation to Jena in September."
    )
    fair, mission = [f for f in facts if f["type"] == "event"]
    assert fair["places"] == ["munich"]
    assert (mission["kind"], mission["places"], mission["start"]) == ("mission", ["jena"], "2025-09")
    assert "attendees" not in mission  # the speaker does not travel


def test_a_day_an_organisation_organises_and_its_next_edition() -> None:
    facts = facts_of("HelioBio is based in Gosselies. It organises the HelioBio Day. The next edition will take place in Liège on 20 March.")
    (day,) = [f for f in facts if f["type"] == "event"]
    assert (day["kind"], day["organizers"], day["places"], day["start"]) == ("conference", ["heliobio"], ["liege"], "2025-03-20")  # a 'Day' of talks


def test_a_brand_before_and_is_a_name_of_its_own() -> None:
    facts = facts_of("HelioBio is based in Gosselies. In 2023 HelioBio and Lumen Health Cluster renewed their cooperation agreement.")
    assert [f["parties"] for f in facts if f["type"] == "agreement"] == [["heliobio", "lumen-health-cluster"]]


def test_a_role_after_a_possessive_and_membership_of_two_organisations() -> None:
    facts = facts_of(
        "The memorandum was signed by Silesian Energy Cluster and Lusitania Wind Alliance. "
        "According to Pedro Alves, the alliance's director, the projects will start in autumn. "
        "Silesian Energy Cluster is a member of the European Cluster Collaboration Platform and of the Polish Cluster Association."
    )
    assert [(f["person"], f["organisation"]) for f in facts if f["type"] == "role"] == [("pedro-alves", "lusitania-wind-alliance")]
    members = {(f["member"], f["organisation"]) for f in facts if f["type"] == "membership"}
    assert members == {("silesian-energy-cluster", "european-cluster-collaboration-platform"), ("silesian-energy-cluster", "polish-cluster-association")}


def test_an_opening_count_is_about_the_subject_after_it_and_names_do_not_say_what_it_counts() -> None:
    facts = facts_of("Lusitania Wind Alliance is based in Porto. With 150 members, Silesian Energy Cluster is the largest energy network in southern Poland.")
    (count,) = [f for f in facts if f["type"] == "observation"]
    assert (count["about"], count["indicator"], count["value"]) == ("silesian-energy-cluster", "number-of-member-organisations", 150)


def test_a_gathering_of_suppliers_is_a_conference_not_a_meeting_of_two() -> None:
    facts = facts_of(
        "El Clúster Cerámico de Castellón y la Asociación Portuguesa de Cerámica firmaron un convenio para los socios de ambas entidades. "
        "Las dos asociaciones celebrarán un encuentro de proveedores en Oporto en octubre."
    )
    (event,) = [f for f in facts if f["type"] == "event"]
    assert (event["kind"], sorted(event["organizers"])) == ("conference", ["asociacion-portuguesa-de-ceramica", "cluster-ceramico-de-castellon"])


def test_the_cluster_later_in_a_sentence_is_the_cluster_that_sentence_named() -> None:
    facts = facts_of("Baltic Grid Alliance signed with Nordic Wind Cluster. Aurora Robotics Cluster counts 90 members and works from Tromsø, where the cluster has its headquarters.")
    assert [(f["subject"], f["object"]) for f in facts if f["type"] == "relation"] == [("aurora-robotics-cluster", "tromso")]


def test_a_delegation_meets_representatives_and_two_organisations_hold_talks() -> None:
    facts = facts_of(
        "During the visit, the delegation of Murcia Food Cluster met with representatives of Nestlé. "
        "On Thursday, Murcia Food Cluster and Foodvalley NL held talks on a joint research programme."
    )
    meetings = sorted(sorted(f["attendees"]) for f in facts if f["type"] == "event" and f["kind"] == "meeting")
    assert meetings == [["foodvalley-nl", "murcia-food-cluster"], ["murcia-food-cluster", "nestle"]]


def test_a_name_with_a_particle_and_a_national_cluster_opening_a_sentence() -> None:
    facts = facts_of(
        "Murcia Food Cluster visited Foodvalley NL. The Spanish cluster's president, Javier Ruiz, thanked the hosts. "
        "Foodvalley NL was founded in 2004. Its director, Marieke de Vries, welcomed the visitors."
    )
    roles = sorted((f["person"], f["organisation"]) for f in facts if f["type"] == "role")
    assert roles == [("javier-ruiz", "murcia-food-cluster"), ("marieke-de-vries", "foodvalley-nl")]


def test_spanish_seat_after_donde_a_head_before_de_and_one_role_from_two_readings() -> None:
    facts = facts_of(
        "El Clúster de la Energía de Extremadura se fundó en 2014 en Mérida, donde mantiene su sede. "
        "Lucía Morales fue nombrada gerente del clúster en enero. "
        "En 2022 firmó un protocolo de colaboración con el Cluster de Energia de Portugal para los socios. "
        "El clúster celebrará su congreso anual en Badajoz el 12 de noviembre."
    )
    assert {"type": "relation", "subject": "cluster-de-la-energia-de-extremadura", "property": "based-in", "object": "merida"} in facts
    assert [(f["person"], f["organisation"]) for f in facts if f["type"] == "role"] == [("lucia-morales", "cluster-de-la-energia-de-extremadura")]
    (congress,) = [f for f in facts if f["type"] == "event"]
    assert congress["organizers"] == ["cluster-de-la-energia-de-extremadura"]  # the cluster the article is about, not the partner named last


def test_a_programme_run_by_its_owner_and_it_after_a_sentence_about_the_programme() -> None:
    facts = facts_of(
        "Midlands Smart Manufacturing Alliance has received new funds to run its Factory Forward programme. "
        "The programme, launched in 2021, supports 45 small manufacturers. It is coordinated by the University of Warwick."
    )
    operators = sorted(f["object"] for f in facts if f["type"] == "relation" and f["property"] == "operated-by" and f["subject"] == "factory-forward-programme")
    assert operators == ["midlands-smart-manufacturing-alliance", "university-of-warwick"]


def test_what_happens_at_a_name_in_a_city_is_an_event_there() -> None:
    drafted = extract(HEAD + "Verdant Food Cluster will hold its annual forum at Cibus in Parma on 7 May. The agency financed a stand at Agritech Week in Milan.", REPO)
    places = {next(iter(f["label"].values())): f.get("places") for f in drafted.facts if f["type"] == "event"}
    assert places["Cibus"] == ["parma"] and places["Agritech Week"] == ["milan"]


def test_an_abbreviated_saint_is_part_of_the_name() -> None:
    drafted = extract("Swiss clusters sign\n\nSt. Gallen, 12 June 2023 – Ocean Cluster and Fish Alliance today signed a memorandum in St. Gallen.", REPO)
    assert {p.id: p.name for p in drafted.proposal_records}["st-gallen"] == "St. Gallen"
    assert [f.get("place") for f in drafted.facts if f["type"] == "agreement"] == ["st-gallen"]


def test_a_first_name_like_a_month_and_a_vice_president_who_is_no_president() -> None:
    facts = facts_of(
        "Antwerp Maritime Network signed with Rotterdam Port Cluster. Jan de Groot, head of innovation at Antwerp Maritime Network, will lead the group. "
        "Rotterdam Port Cluster's vice-president, Sofie Claes, attended."
    )
    roles = {(f["person"], f["organisation"]): f.get("role") for f in facts if f["type"] == "role"}
    assert roles == {("jan-de-groot", "antwerp-maritime-network"): None, ("sofie-claes", "rotterdam-port-cluster"): None}


def test_catalan_born_in_a_year_members_after_hi_ha_and_the_platform() -> None:
    facts = facts_of(
        "El Clúster de Mobilitat de Catalunya i la Plataforma Automotriu d'Aragó han signat un conveni amb els seus socis. "
        "Segons el president de la plataforma, Jordi Lacasa, el conveni permetrà compartir formació. "
        "El clúster, amb seu a Barcelona, va néixer el 2013 i agrupa 140 empreses, entre les quals hi ha Seat, Ficosa i Idiada."
    )
    by_type = {kind: [f for f in facts if f["type"] == kind] for kind in ("founding", "role", "membership", "observation")}
    assert [(f["organisation"], f["date"]) for f in by_type["founding"]] == [("cluster-de-mobilitat-de-catalunya", "2013")]
    assert [(f["person"], f["organisation"]) for f in by_type["role"]] == [("jordi-lacasa", "plataforma-automotriu-darago")]
    assert {f["member"] for f in by_type["membership"]} == {"seat", "ficosa", "idiada"}
    assert [f["date"] for f in by_type["observation"]] == ["2025-02-14"]  # not the year it was born


def test_anaphora_look_back_a_bounded_reach_so_a_digest_s_later_item_is_read_on_its_own() -> None:
    # 'the cluster' stands for the cluster named most often before it, but only within the reach: in a long
    # digest of news items the first item's cluster does not outvote the one the later item names.
    first = "Alpine Sensor Cluster signed with Bergtech. Alpine Sensor Cluster counts 40 members. Alpine Sensor Cluster grew.\n\n"
    filler = "The season was mild and the roads stayed open for most of the winter.\n\n" * 300
    later = "Coastal Kelp Cluster opened a lab in Bodø. The cluster counts 75 members.\n\n"
    facts = facts_of(first + filler + later)
    counts = {(f["about"], f["value"]) for f in facts if f["type"] == "observation"}
    assert ("coastal-kelp-cluster", 75) in counts and ("alpine-sensor-cluster", 75) not in counts


def proposals_of(text: str) -> dict[str, tuple[str, str]]:
    """The proposed entities: id -> (kind, name)."""
    return {p.id: (p.kind, p.name) for p in extract(HEAD + text, REPO).proposal_records}


def test_an_apposition_between_two_parties_leaves_the_agreement_whole() -> None:
    facts = facts_of("Rhine Photonics Cluster (RPC), the German optics cluster, and Lumen Optics Association signed a memorandum of understanding on Monday.")
    assert [f["parties"] for f in facts if f["type"] == "agreement"] == [["rhine-photonics-cluster", "lumen-optics-association"]]


def test_an_apposition_between_a_name_and_its_verb() -> None:
    facts = facts_of("Nordic Grid Labs, the national research centre for power systems, is based in Vaasa and works with Kemi Cluster.")
    assert {"type": "relation", "subject": "nordic-grid-labs", "property": "based-in", "object": "vaasa"} in facts


def test_words_between_a_name_and_a_role_word_must_give_the_role() -> None:
    proposals = proposals_of('"Baltic Cyber Hub gives our members a partner on the other side of the North Sea," said Ivo Tamm, director of Tartu Cyber Cluster.')
    assert proposals.get("baltic-cyber-hub", ("", ""))[0] != "person"
    assert proposals["north-sea"][0] == "place"
    assert proposals_of("Marta Ruiz was elected president of Ceres Cluster in March.")["marta-ruiz"][0] == "person"


def test_which_was_launched_in_makes_an_organisation_and_its_founding() -> None:
    facts = facts_of("Cyber Wales, which was launched in 2018 and is based in Cardiff, brings together 150 companies.")
    assert {"type": "founding", "organisation": "cyber-wales", "date": "2018"} in facts


def test_the_inside_a_sentence_belongs_to_the_name() -> None:
    proposals = proposals_of("The Hague, 3 March 2025 – Delta Cyber Cluster opened an office in The Hague.")
    assert proposals["hague"] == ("place", "The Hague")


def test_its_headquarters_are_in_a_place() -> None:
    facts = facts_of("Tatra Robotics Cluster was set up in 2015 by regional firms, and its headquarters are in Žilina. Danube Sensor Alliance grew. Its headquarters are in Győr.")
    based = {(f["subject"], f["object"]) for f in facts if f["type"] == "relation" and f["property"] == "based-in"}
    assert {("tatra-robotics-cluster", "zilina"), ("danube-sensor-alliance", "gyor")} <= based


def test_a_name_with_and_without_cluster_is_one_proposal() -> None:
    proposals = proposals_of("Carpathian Wood, the Romanian timber cluster, met buyers. The Carpathian Wood Cluster was set up in 2012 and counts 70 members.")
    assert [ref for ref, (kind, _) in proposals.items() if kind in ("organisation", "cluster-organisation")] == ["carpathian-wood"]


def test_spanish_member_lists_and_names_of_two_infinitives() -> None:
    facts = facts_of(
        "Fundado en 2005, el Clúster Tecnológico de Rosario reúne a unas 200 empresas, con el apoyo de la Agencia Santa Fe Innovar y Crecer. "
        "Entre sus miembros se encuentran Technisys, Bitlogic y la Universidad Nacional de Rosario."
    )
    members = {f["member"] for f in facts if f["type"] == "membership"}
    assert members == {"technisys", "bitlogic", "universidad-nacional-de-rosario"}
    assert {"type": "relation", "subject": "cluster-tecnologico-de-rosario", "property": "promoted-by", "object": "agencia-santa-fe-innovar-y-crecer"} in facts


def test_a_brand_opening_with_a_lowercase_letter_is_a_name() -> None:
    assert proposals_of("Nordic Fintech Cluster met with executives of dLocal in Oslo.")["dlocal"][0] == "organisation"


def test_a_cluster_set_up_by_the_states_of_two_regions() -> None:
    facts = facts_of("The Moravian Wood Cluster was set up in 2010 by the regions of Zlín and Olomouc together with local firms.")
    launchers = {f["object"] for f in facts if f["type"] == "relation" and f["property"] == "launched-by"}
    assert launchers == {"zlin", "olomouc"}


def test_became_the_cluster_s_role_in_a_month() -> None:
    facts = facts_of("Baltic Laser Cluster counts 50 members. Eva Ozola, who previously worked for Riga Port, became the cluster's managing director in January.")
    assert [(f["person"], f["organisation"]) for f in facts if f["type"] == "role"] == [("eva-ozola", "baltic-laser-cluster")]


def test_what_somebody_worked_for_is_an_organisation() -> None:
    proposals = proposals_of("Eva Ozola, who previously worked for Riga Port, became the cluster's managing director.")
    assert proposals["riga-port"][0] == "organisation" and proposals["eva-ozola"][0] == "person"


def test_members_of_x_include_names_x_not_of_x() -> None:
    facts = facts_of("Members of Lumen Photonics Cluster include Optika Split, Laser Adria and the University of Zagreb.")
    assert {(f["member"], f["organisation"]) for f in facts if f["type"] == "membership"} == {
        ("optika-split", "lumen-photonics-cluster"), ("laser-adria", "lumen-photonics-cluster"), ("university-of-zagreb", "lumen-photonics-cluster")}


def test_a_place_based_name_is_a_place_and_a_name() -> None:
    facts = facts_of("Zagreb-based Lumen Photonics Cluster joined the European Photonics Alliance in 2020.")
    assert {"type": "relation", "subject": "lumen-photonics-cluster", "property": "based-in", "object": "zagreb"} in facts
    assert {"type": "membership", "member": "lumen-photonics-cluster", "organisation": "european-photonics-alliance"} in facts


def test_teamed_up_and_partnered_with_are_agreements() -> None:
    for verb in ("teamed up with", "has partnered with", "joined forces with"):
        facts = facts_of(f"Lumen Photonics Cluster {verb} Adriatic Optics Network to build a shared test lab.")
        assert [f["parties"] for f in facts if f["type"] == "agreement"] == [["lumen-photonics-cluster", "adriatic-optics-network"]], verb


def test_the_clusters_without_a_number_are_the_parties_in_focus() -> None:
    facts = facts_of("Lumen Photonics Cluster and Adriatic Optics Network signed an agreement in Split on Monday. The clusters will hold a joint conference in Split in October.")
    (conference,) = [f for f in facts if f["type"] == "event"]
    assert sorted(conference["organizers"]) == ["adriatic-optics-network", "lumen-photonics-cluster"]


def test_has_chaired_gives_a_person_and_a_role() -> None:
    facts = facts_of("Ivan Horvat has chaired Lumen Photonics Cluster since 2019.")
    assert [(f["person"], f["organisation"]) for f in facts if f["type"] == "role"] == [("ivan-horvat", "lumen-photonics-cluster")]


def test_founded_as_something_then_the_name() -> None:
    facts = facts_of("Founded in 1999 as a regional network, Lumen Photonics Cluster now counts some 150 member companies.")
    assert {"type": "founding", "organisation": "lumen-photonics-cluster", "date": "1999"} in facts


def test_what_one_takes_part_in_or_exhibits_at_in_a_city_is_an_event() -> None:
    for verb in ("will take part in", "will exhibit at"):
        facts = facts_of(f"Lumen Photonics Cluster {verb} Laser World of Photonics in Munich in June.")
        taking_part = [(f["participant"], f["event"]) for f in facts if f["type"] == "participation"]
        assert taking_part == [("lumen-photonics-cluster", "laser-world-of-photonics-2025")], verb

SPANISH_HEAD = "Noticias del clúster\n\nPor Ana Ruiz – 7 de marzo de 2024\n\n"
CATALAN_HEAD = "Notícies del clúster\n\nPer Jordi Puig, 7 de març de 2024\n\n"


def romance_facts_of(head: str, text: str) -> list[dict[str, Any]]:
    drop = {"id", "evidence", "label", "note", "confidence", "text", "role_label"}
    return [{k: v for k, v in fact.items() if k not in drop} for fact in extract(head + text, REPO).facts]


def test_a_spanish_organisation_holds_its_assembly_in_a_city() -> None:
    facts = romance_facts_of(SPANISH_HEAD, "El Clúster de Automoción de Aragón celebró ayer en Zaragoza su asamblea general.")
    (assembly,) = [f for f in facts if f["type"] == "event"]
    assert (assembly["places"], assembly["organizers"], assembly["start"]) == (["zaragoza"], ["cluster-de-automocion-de-aragon"], "2024-03-06")


def test_what_an_organisation_forms_part_of() -> None:
    facts = romance_facts_of(SPANISH_HEAD, "El Clúster de Automoción de Aragón forma parte de la Red Estatal de Clústeres desde 2015.")
    assert {"type": "membership", "member": "cluster-de-automocion-de-aragon", "organisation": "red-estatal-de-clusteres"} in facts
    facts = romance_facts_of(CATALAN_HEAD, "El Clúster Fotònic de Catalunya, fundat el 2009, té la seu a Barcelona i forma part del programa Catalonia Clusters.")
    assert {"type": "membership", "member": "cluster-fotonic-de-catalunya", "organisation": "catalonia-clusters"} in facts


def test_signed_a_deal_is_an_agreement() -> None:
    facts = facts_of("Lumen Photonics Cluster signed a deal with Baltic Optics Alliance.")
    assert [f["parties"] for f in facts if f["type"] == "agreement"] == [["lumen-photonics-cluster", "baltic-optics-alliance"]]


def test_met_without_with_is_a_meeting_per_counterpart_and_no_seat() -> None:
    facts = facts_of("Lumen Photonics Cluster met Optika Split and Laser Adria in Zagreb on Monday.")
    meetings = sorted(sorted(f["attendees"]) for f in facts if f["type"] == "event")
    assert meetings == [["laser-adria", "lumen-photonics-cluster"], ["lumen-photonics-cluster", "optika-split"]]
    assert not [f for f in facts if f["type"] == "relation"]


def test_headed_or_chaired_by_a_person_gives_the_role() -> None:
    for text in ("Lumen Photonics Cluster is headed by Marta Kos, a physicist.", "Lumen Photonics Cluster, which represents more than 150 companies, is chaired by Marta Kos."):
        facts = facts_of(text)
        assert [(f["person"], f["organisation"]) for f in facts if f["type"] == "role"] == [("marta-kos", "lumen-photonics-cluster")], text


def test_an_organisation_that_will_organise_a_named_event_organises_it() -> None:
    facts = facts_of("Lumen Photonics Cluster will organise the Adriatic Photonics Forum in Split on 12 May.")
    (forum,) = [f for f in facts if f["type"] == "event"]
    assert (forum["organizers"], forum["places"], forum["start"]) == (["lumen-photonics-cluster"], ["split"], "2025-05-12")


def test_a_date_after_up_from_dates_the_earlier_figure_not_the_current_one() -> None:
    facts = facts_of("Lumen Photonics Cluster counts almost 200 members, up from 150 two years ago.")
    assert [(f["value"], f["date"]) for f in facts if f["type"] == "observation"] == [(200, "2025-02-14")]


def test_a_name_with_a_place_head_described_as_a_cluster_is_an_organisation() -> None:
    proposals = proposals_of("Timber Province, the bioeconomy cluster of the Swedish region of Dalarna, signed with Oulu Wood Cluster.")
    assert proposals["timber-province"][0] == "cluster-organisation"


def test_who_has_led_x_as_a_title_and_where_it_has_its_office() -> None:
    facts = facts_of("Lena Berg, who has led Nordic Fibre Cluster as chief executive since 2021, spoke. Nordic Fibre Cluster was founded in 1999 in Falun, where it still has its office.")
    assert [(f["person"], f["organisation"]) for f in facts if f["type"] == "role"] == [("lena-berg", "nordic-fibre-cluster")]
    assert {"type": "relation", "subject": "nordic-fibre-cluster", "property": "based-in", "object": "falun"} in facts


def test_catalan_chairs_it_a_place_before_a_la_seu_and_a_claim_after_a_role_apposition() -> None:
    text = ("El Clúster del Moble i l'Institut Tecnològic del Disseny van signar dilluns un conveni. La firma es va fer a Manresa, a la seu del centre tecnològic. "
            "Hi va signar Marta Vila, que el presideix des del 2023. Segons Pere Roig, gerent del Clúster del Moble, la nova normativa obligarà a reciclar més.")
    proposals = {p.id: p.kind for p in extract(CATALAN_HEAD + text, REPO).proposal_records}
    assert (proposals["manresa"], proposals["marta-vila"]) == ("place", "person")
    claims = [f for f in extract(CATALAN_HEAD + text, REPO).facts if f["type"] == "claim"]
    assert [(c["by"], c["text"]["ca"]) for c in claims] == [("pere-roig", "La nova normativa obligarà a reciclar més.")]


def test_a_party_that_coordinates_a_cluster_signs_for_itself() -> None:
    facts = romance_facts_of(SPANISH_HEAD, (
        "La Cámara de Comercio de Cali, que coordina el Clúster Bioenergía, y la Asociación Peruana de Energía firmaron el pasado jueves en Lima un memorando de entendimiento. "
        "El Clúster Bioenergía cuenta con el respaldo de la Alcaldía de Cali y reúne a más de 300 empresas."))
    assert [f["parties"] for f in facts if f["type"] == "agreement"] == [["camara-de-comercio-de-cali", "asociacion-peruana-de-energia"]]
    relations = {(f["subject"], f["property"], f["object"]) for f in facts if f["type"] == "relation"}
    assert {("camara-de-comercio-de-cali", "facilitates", "cluster-bioenergia"), ("cluster-bioenergia", "promoted-by", "alcaldia-de-cali")} <= relations


def test_a_mission_that_took_companies_to_a_country_and_a_role_with_two_words() -> None:
    facts = romance_facts_of(SPANISH_HEAD, (
        "La Cámara de Comercio de Cali organizó una misión empresarial que llevó a Perú a 16 empresas. "
        "«Perú nos lleva ventaja», afirmó la presidenta ejecutiva de la Cámara, Laura Gómez Paz."))
    assert [(f["kind"], f["places"]) for f in facts if f["type"] == "event"] == [("mission", ["peru"])]
    assert [(f["person"], f["organisation"]) for f in facts if f["type"] == "role"] == [("laura-gomez-paz", "camara-de-comercio-de-cali")]


def test_catalan_founding_members_counted_and_a_programme_the_entity_is_one_of() -> None:
    facts = romance_facts_of(CATALAN_HEAD, (
        "Nascut el 2014, el Clúster del Moble té la seu a Manresa i aplega prop de noranta socis —fabricants, marques i centres de recerca—, "
        "entre els quals hi ha Actiu i l'Institut Químic de Sarrià. L'entitat és un dels clústers reconeguts per ACCIÓ dins del programa Catalonia Clusters."))
    assert {"type": "founding", "organisation": "cluster-del-moble", "date": "2014"} in facts
    assert {(f["member"], f["organisation"]) for f in facts if f["type"] == "membership"} == {
        ("actiu", "cluster-del-moble"), ("institut-quimic-de-sarria", "cluster-del-moble"), ("cluster-del-moble", "catalonia-clusters")}
    (members,) = [f for f in facts if f["type"] == "observation"]
    assert (members["value"], members["date"]) == (90, "2024-03-07")  # 'Nascut el 2014' dates the founding, not the count


def test_the_nonprofit_opening_a_sentence_and_a_name_joined_by_an_en_dash() -> None:
    facts = facts_of("Milwaukee has long sold itself as a water capital, much of it through The Water Council. "
                     "The nonprofit was founded in 2009 by local business leaders and the University of Wisconsin–Milwaukee (UWM).")
    assert {"type": "founding", "organisation": "water-council", "date": "2009"} in facts
    assert "university-of-wisconsin-milwaukee" in proposals_of("Ana Diaz studied at the University of Wisconsin–Milwaukee (UWM) in 2010.")


def test_a_one_capital_acronym_made_of_an_initial_and_a_word_of_the_name() -> None:
    proposals = extract(HEAD + "Milwaukee Water Hub signed with the Korea Water Resources Corporation (K-water) in Daegu. K-water runs a test bed.", REPO).proposal_records
    (corporation,) = [p for p in proposals if p.id == "korea-water-resources-corporation"]
    assert "K-water" in corporation.alt_names and not [p for p in proposals if p.id == "k-water"]


def test_the_size_of_a_delegation_is_no_member_count() -> None:
    facts = facts_of("Baltic Optics Alliance visited Zagreb. The 20-member delegation, led by its chair Jonas Petraitis, toured three laser plants.")
    assert not [f for f in facts if f["type"] == "observation" and f["value"] == 20]


def test_the_board_elected_as_its_chair_and_who_has_been_its_director() -> None:
    facts = facts_of(
        "The Ardennes Health Cluster welcomed 20 new members this year. The Ardennes Health Cluster also signed an agreement with Medilink. "
        "A delegation met the Boston Biotech Council. In March, the board elected Dr. Anne Leroy as its chair. "
        "Much of the work runs through the Meuse Laser Association (MLA), which has its office in Namur. "
        "Dr. Paul Mertens, who has been its director since 2021, spoke to us."
    )
    roles = {(f["person"], f["organisation"]) for f in facts if f["type"] == "role"}
    assert roles == {("anne-leroy", "ardennes-health-cluster"), ("paul-mertens", "meuse-laser-association")}


def test_a_family_name_written_first_a_sentence_opening_role_and_a_title_after_an_acronym() -> None:
    facts = facts_of(
        "The secretary general of the Photonics Industry Association (PIA), Dr. Chen Yu-hsuan, led the group. "
        "According to Chen, five of the visiting companies have already asked for follow-up meetings."
    )
    assert [(f["person"], f["organisation"]) for f in facts if f["type"] == "role"] == [("chen-yu-hsuan", "photonics-industry-association")]
    assert [f["by"] for f in facts if f["type"] == "claim"] == ["chen-yu-hsuan"]
    draft = extract(HEAD + "The Photonics Industry Association (PIA), Dr. Chen Yu-hsuan said, has 300 members.", REPO)
    assert "Dr" not in {p.name for p in draft.proposal_records}


def test_a_quotation_said_by_a_titled_speaker() -> None:
    facts = facts_of(
        "The Severn Photonics Cluster signed an agreement with Lumora. "
        "\"Wales knows how a handful of fabs can grow into a supply chain,\" said Dr. Rhian Powell, director of the Severn Photonics Cluster."
    )
    assert [(f["by"], f["kind"]) for f in facts if f["type"] == "claim"] == [("rhian-powell", "quotation")]


def test_a_company_from_a_place_is_based_there() -> None:
    facts = facts_of("The Ardennes Health Cluster welcomed Dykeway Biologics, a contract manufacturer from Namur.")
    assert [(f["subject"], f["object"]) for f in facts if f["type"] == "relation" and f["property"] == "based-in"] == [("dykeway-biologics", "namur")]


def test_an_organisations_day_held_at_a_venue_and_its_speakers() -> None:
    draft = extract(HEAD + "MassBio's flagship event, MassBio Day, took place on 14 May at the Cambridge Biotech Congress Hub and drew some 900 participants. "
                    "Executives from Ucara and Genzo were among the speakers.", REPO)
    (event,) = [f for f in draft.facts if f["type"] == "event"]
    assert event["id"] == "massbio-day-2024"
    assert {(f["participant"], f["event"], f["as"]) for f in draft.facts if f["type"] == "participation"} == {("ucara", "massbio-day-2024", "speaker"), ("genzo", "massbio-day-2024", "speaker")}
    kinds = {p.name: p.kind for p in draft.proposal_records}
    assert (kinds["Cambridge Biotech Congress Hub"], kinds["Ucara"], kinds["Genzo"]) == ("place", "organisation", "organisation")


def test_a_first_name_spelt_like_a_month_without_its_accent() -> None:
    facts = facts_of(
        "The Ardennes Health Cluster welcomed new members. The day-to-day running of the cluster stays with managing director Marc Delvaux. "
        "\"Our members see the region as the place from which they reach the world,\" Delvaux said."
    )
    assert [(f["person"], f["organisation"]) for f in facts if f["type"] == "role"] == [("marc-delvaux", "ardennes-health-cluster")]
    assert [f["by"] for f in facts if f["type"] == "claim"] == ["marc-delvaux"]


def test_founded_under_a_plan_the_town_based_cluster() -> None:
    facts = facts_of(
        "As the year draws to a close, the Ardennes Health Cluster, the health cluster of Wallonia, looks back on a busy year. "
        "Founded in 2006 under the Marshall Plan of the Walloon Region, the Gosselies-based cluster brings together biotech companies and hospitals."
    )
    assert [(f["organisation"], f["date"]) for f in facts if f["type"] == "founding"] == [("ardennes-health-cluster", "2006")]
    assert ("ardennes-health-cluster", "gosselies") in {(f["subject"], f["object"]) for f in facts if f["type"] == "relation" and f["property"] == "based-in"}
