"""Extraction, Catalan and Spanish phrasing: a name that goes on over 'en' up to its short name, an assembly a
cluster holds, roles given by an election or by 'que havia presidit', collective numerals ('una quarantena'),
a register as a programme; each a text in and the proposals or facts out (names invented)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from clusterld.extraction import extract

REPO = Path(__file__).resolve().parent.parent
HEAD = "Notícies\n\nPer Jordi Puig, 22 d'abril de 2026\n\n"


def drafted(text: str, root: Path = REPO) -> tuple[dict[str, tuple[str, tuple[str, ...]]], list[dict[str, Any]]]:
    """The proposals (name -> kind and alternative names) and the facts without ids, evidence, labels and notes."""
    draft = extract(HEAD + text, root)
    drop = {"id", "evidence", "label", "note", "confidence", "text"}
    proposals = {p.name: (p.kind, p.alt_names) for p in draft.proposal_records}
    return proposals, [{k: v for k, v in fact.items() if k not in drop} for fact in draft.facts]


ASSEMBLY = (
    "El Clúster de Nàutica en Esports de Vela de Menorca (Nautimen) va celebrar ahir la seva assemblea general anual al ParcTec, "
    "el parc tecnològic situat a Maó, amb l'assistència de més de 60 representants de les empreses associades. "
    "Els socis hi van escollir Aina Pons, directora d'una drassana, com a nova presidenta del clúster. "
    "Pons pren el relleu de Pere Mir, que havia presidit l'entitat des del 2019."
)


def test_a_name_goes_on_over_en_up_to_its_short_name_and_holds_an_assembly(counting_project: Path) -> None:
    proposals, facts = drafted(ASSEMBLY, counting_project)
    nautimen = "cluster-de-nautica-en-esports-de-vela-de-menorca"
    assert proposals["Clúster de Nàutica en Esports de Vela de Menorca"] == ("cluster-organisation", ("Nautimen",))
    assert proposals["ParcTec"][0] == "place"
    (assembly,) = [f for f in facts if f["type"] == "event"]
    assert (assembly["kind"], assembly["organizers"], assembly["places"], assembly["start"]) == ("meeting", [nautimen], ["parctec"], "2026-04-21")
    assert {"type": "relation", "subject": "parctec", "property": "located-in", "object": "mao"} in facts
    (attended,) = [f for f in facts if f["type"] == "observation"]
    assert (attended["indicator"], attended["value"], attended["unit"], attended["qualifier"]) == ("number-of-participants", 60, "persons", "more-than")


def test_roles_given_by_an_election_and_by_que_havia_presidit() -> None:
    _, facts = drafted(ASSEMBLY)
    roles = {(f["person"], f["organisation"], f["role_label"]["ca"]) for f in facts if f["type"] == "role"}
    nautimen = "cluster-de-nautica-en-esports-de-vela-de-menorca"
    assert roles == {("aina-pons", nautimen, "presidenta"), ("pere-mir", nautimen, "president")}


def test_a_collective_numeral_a_short_name_met_before_and_a_register_of_the_ministry() -> None:
    proposals, facts = drafted(
        f"{ASSEMBLY} Nautimen s'alia amb la Fundació ABC. El conveni entre Nautimen i la Fundació Balear de Nàutica i Oci (Fundació ABC) es va signar ahir. "
        "Fundat el 2009, Nautimen té la seu a Maó i agrupa una quarantena d'empreses i entitats. "
        "El clúster està inscrit al registre d'Agrupacions Empresarials Innovadores (AEI) del Ministeri d'Indústria i Turisme."
    )
    assert proposals["Fundació ABC"] == ("organisation", ("Fundació Balear de Nàutica i Oci",))
    assert proposals["Agrupacions Empresarials Innovadores"][0] == "programme"
    assert "Ministeri d'Indústria i Turisme" in proposals
    nautimen = "cluster-de-nautica-en-esports-de-vela-de-menorca"
    (members,) = [f for f in facts if f["type"] == "observation" and f["indicator"] == "number-of-member-organisations"]
    assert (members["about"], members["value"], members["qualifier"]) == (nautimen, 40, "approximately")
    assert {"type": "membership", "member": nautimen, "organisation": "agrupacions-empresarials-innovadores"} in facts
    assert {"type": "relation", "subject": "agrupacions-empresarials-innovadores", "property": "operated-by", "object": "ministeri-dindustria-i-turisme"} in facts


def test_a_seat_in_a_park_of_two_adjectives_and_roles_after_a_verb_and_a_possessive() -> None:
    proposals, facts = drafted(
        "La firma tuvo lugar en la sede de Elkartek, en el Parque Científico y Tecnológico de Bizkaia. Por parte de Elkartek firmó su "
        "directora general, Ane Goñi; por el centro tecnológico Tecnum lo hizo su director, Iker Sáez. Según Jon Ibarra, responsable de internacionalización de Elkartek, "
        "las empresas visitaron los laboratorios de Mecatek en Eibar."
    )
    assert proposals["Parque Científico y Tecnológico de Bizkaia"][0] == "place"
    assert proposals["Mecatek"][0] == "organisation" and proposals["Jon Ibarra"][0] == "person"
    assert {"type": "relation", "subject": "elkartek", "property": "based-in", "object": "parque-cientifico-y-tecnologico-de-bizkaia"} in facts
    roles = {(f["person"], f["organisation"]) for f in facts if f["type"] == "role"}
    assert roles == {("ane-goni", "elkartek"), ("iker-saez", "tecnum"), ("jon-ibarra", "elkartek")}


def test_the_business_people_of_a_mission_held_a_meeting_with() -> None:
    _, facts = drafted(
        "La delegación de Clúster Naval de Vigo viajó ayer a Bilbao. Los empresarios gallegos mantuvieron una reunión con la Agencia Vasca de Ciberseguridad."
    )
    (meeting,) = [f for f in facts if f["type"] == "event" and f["kind"] == "meeting"]
    assert meeting["attendees"] == ["cluster-naval-de-vigo", "agencia-vasca-de-ciberseguridad"]


def test_a_name_with_a_list_before_its_acronym_a_mission_organised_by_the_cluster_and_its_meeting(counting_project: Path) -> None:
    proposals, facts = drafted(
        "El Clúster de l'Envàs i l'Institut Tecnològic del Paper, Cartró i Impressió (ITPCI) van signar ahir un conveni. "
        "La firma es va fer a Alcoi, en el marc d'una missió de quinze empreses catalanes organitzada pel clúster. "
        "Per part del Clúster de l'Envàs hi va posar la signatura Marta Soler, que el presideix des del 2023. "
        "La delegació catalana va visitar els laboratoris d'ITPCI i, l'endemà, es va reunir a Alcoi amb l'equip de qualitat de Consum. "
        "Fundat el 2008, el Clúster de l'Envàs té la seu a Sabadell i aplega prop de noranta socis. Les empreses associades ocupen més de 9.500 persones.",
        counting_project,
    )
    cluster = "cluster-de-lenvas"
    assert proposals["Institut Tecnològic del Paper, Cartró i Impressió"][1] == ("ITPCI",)
    assert "Cartró" not in proposals and proposals["Consum"][0] == "organisation"
    (mission,) = [f for f in facts if f["type"] == "event" and f["kind"] == "mission"]
    assert (mission["organizers"], mission["places"]) == ([cluster], ["alcoi"])
    (meeting,) = [f for f in facts if f["type"] == "event" and f["kind"] == "meeting"]
    assert meeting["attendees"] == [cluster, "consum"]
    assert {(f["person"], f["organisation"]) for f in facts if f["type"] == "role"} == {("marta-soler", cluster)}
    employees = [(f["about"], f["value"]) for f in facts if f["type"] == "observation" and f["indicator"] == "number-of-employees"]
    assert employees == [(cluster, 9500)]


def test_spanish_appointments_a_president_named_after_que_preside_and_an_annual_assembly() -> None:
    proposals, facts = drafted(
        "El Clúster de la Robótica de Aragón nombró el lunes a Sara Quintana nueva directora gerente. "
        "La Alianza Báltica de Automatización, que preside Tomás Hidalgo, agrupa a 140 empresas. "
        "El Clúster de la Robótica de Aragón celebrará su asamblea anual en Zaragoza el 14 de octubre."
    )
    assert proposals["Tomás Hidalgo"][0] == "person" and proposals["Alianza Báltica de Automatización"][0] == "cluster-organisation"
    roles = {(f["person"], f["organisation"]) for f in facts if f["type"] == "role"}
    assert roles == {("sara-quintana", "cluster-de-la-robotica-de-aragon"), ("tomas-hidalgo", "alianza-baltica-de-automatizacion")}
    (assembly,) = [f for f in facts if f["type"] == "event"]
    assert (assembly["organizers"], assembly["places"], assembly["start"]) == (["cluster-de-la-robotica-de-aragon"], ["zaragoza"], "2026-10-14")


def test_catalan_months_without_a_year_a_mission_organised_by_a_cluster_and_a_successor_at_its_helm() -> None:
    _, facts = drafted(
        "Una missió comercial organitzada pel Clúster de la Robòtica de Catalunya va portar dotze empreses a Tòquio al maig. "
        "Sara Quintana, fins ara directora d'operacions, substitueix Tomàs Hidalgo al capdavant del Clúster de la Robòtica de Catalunya."
    )
    (mission,) = [f for f in facts if f["type"] == "event"]
    assert (mission["places"], mission["organizers"], mission["start"]) == (["toquio"], ["cluster-de-la-robotica-de-catalunya"], "2025-05")
    roles = [(f["person"], f["role_label"]) for f in facts if f["type"] == "role"]
    assert roles == [("sara-quintana", {"ca": "responsable"}), ("tomas-hidalgo", {"ca": "responsable"})]  # the one she replaces held it before her


def test_spanish_organisation_cues_a_mayor_s_city_and_a_minister_s_portfolio() -> None:
    proposals, facts = drafted(
        "El proyecto cuenta con la financiación del Centro para el Desarrollo Tecnológico Industrial (CDTI). Entre sus clientes figuran "
        "Airbus y Navantia. Representantes de Iberdrola y Petronor participaron en la reunión. La iniciativa reúne a Mondragon, Irizar y Orona. "
        "La delegación fue recibida por el alcalde de Querétaro, Luis Nava. El consejero de Industria, Mikel Jauregi, inauguró la jornada. "
        "Ana Ruiz, responsable de innovación de Ikusi, presidirá el grupo de trabajo."
    )
    organisations = {"Centro para el Desarrollo Tecnológico Industrial", "Airbus", "Navantia", "Iberdrola", "Petronor", "Mondragon", "Irizar", "Orona", "Ikusi"}
    assert {name for name, (kind, _) in proposals.items() if kind == "organisation"} == organisations
    assert proposals["Querétaro"][0] == "place" and "Industria" not in proposals
    assert ("ana-ruiz", "ikusi") in {(f["person"], f["organisation"]) for f in facts if f["type"] == "role"}


def test_a_quotation_said_by_a_role_or_by_nobody_named_is_the_person_s_who_holds_it_or_was_named_last() -> None:
    text = (
        "Els socis hi van escollir Aina Pons, directora d'una drassana, com a nova presidenta del Clúster Nàutic de Menorca. "
        "«El turisme ja no pot competir només amb sol i platja», va afirmar la nova presidenta en el seu primer discurs. "
        "Serra, per la seva part, va avançar que la fundació hi posarà laboratoris.\n\n"
        "Per part de la Fundació Mar hi va signar el seu director, Pere Serra. «Tenim un teixit industrial molt semblant i els mateixos problemes», va afirmar."
    )
    quotations = [(f["by"], f["text"]["ca"][:12]) for f in extract(HEAD + text, REPO).facts if f["type"] == "claim" and f["kind"] == "quotation"]
    assert quotations == [("aina-pons", "El turisme j"), ("pere-serra", "Tenim un tei")]


def test_a_mission_s_companies_its_listed_participants_its_business_meetings_and_a_cluster_s_companies(counting_project: Path) -> None:
    text = (
        "La Cámara de Comercio de Pereira, que coordina el Clúster Energía del Eje, firmó un memorando con la Asociación Peruana de Energía. La firma se produjo durante una misión "
        "empresarial que la Cámara organizó con el apoyo de ProColombia y que llevó a Perú a 16 empresas del sector eléctrico. Entre las "
        "compañías participantes estuvieron Celsia y Erco Energía. Los empresarios colombianos sostuvieron además cerca de 60 citas de negocios.\n\n"
        "El Clúster Energía del Eje, que la Cámara lidera desde 2009, cuenta con el respaldo de la Alcaldía de Pereira y reúne a más de 2.500 empresas."
    )
    facts = extract("Noticias\n\nPereira, 12 de marzo de 2025.\n\n" + text, counting_project).facts
    (mission,) = [f for f in facts if f["type"] == "event" and f["kind"] == "mission"]
    participants = {f["participant"] for f in facts if f["type"] == "participation" and f["event"] == mission["id"]}
    assert participants == {"celsia", "erco-energia"}
    counts = {(f["about"], f["indicator"], f["value"]) for f in facts if f["type"] == "observation"}
    assert counts == {(mission["id"], "number-of-participating-companies", 16), (mission["id"], "number-of-b2b-meetings", 60), ("cluster-energia-del-eje", "number-of-companies", 2500)}


def test_catalan_an_event_held_by_its_subject_counts_and_money_that_is_no_count(counting_project: Path) -> None:
    draft = extract(
        HEAD + "El Clúster de la Robòtica de Catalunya té la seu a Terrassa. El clúster va reunir dimarts més de 150 persones en la seva jornada "
        "anual a Girona. La trobada, organitzada pel clúster amb el suport d'ACCIÓ, va comptar amb la participació de 40 empreses. Les empreses "
        "sòcies facturen conjuntament 2.000 milions d'euros i donen feina a 12.000 persones.",
        counting_project,
    )
    facts = draft.facts
    cluster = "cluster-de-la-robotica-de-catalunya"
    (day,) = [f for f in facts if f["type"] == "event"]
    assert (day["organizers"], day["places"]) == ([cluster], ["girona"])
    assert not [f for f in facts if f["type"] == "relation" and f["property"] == "promoted-by"]  # ACCIÓ backs the event, not the cluster
    counts = {(f["about"], f["indicator"], f["value"]) for f in facts if f["type"] == "observation"}
    assert counts == {(day["id"], "number-of-participants", 150), (day["id"], "number-of-participating-companies", 40), (cluster, "number-of-employees", 12000)}
    assert any("2.000 milions" in line for line in draft.unmatched_numbers)  # money the ontology has no indicator for


def test_a_founding_with_its_seat_a_role_after_segun_and_an_entity_of_a_country() -> None:
    _, facts = drafted(
        "El Clúster de Movilidad de Teruel (CMT) firmó ayer un convenio con la Asociación de Alimentos de Chile (Chilealimentos). "
        "Creado en 2008 y con sede en Alcañiz, el CMT agrupa a más de 130 socios. "
        "En México, el Clúster Automotriz de Querétaro (CAQ), constituido en 2013 y con oficinas en Celaya, reúne a unas 200 empresas. "
        "Según el gerente del clúster turolense, Benito Lasa, una veintena de socios tiene clientes allí. "
        "Según el gerente general de la entidad chilena, Rodrigo Peña, el acuerdo llega a tiempo."
    )
    cmt, caq = "cluster-de-movilidad-de-teruel", "cluster-automotriz-de-queretaro"
    assert {(f["organisation"], f["date"]) for f in facts if f["type"] == "founding"} == {(cmt, "2008"), (caq, "2013")}
    seats = {(f["subject"], f["object"]) for f in facts if f["type"] == "relation" and f["property"] == "based-in"}
    assert {(cmt, "alcaniz"), (caq, "celaya")} <= seats
    roles = {(f["person"], f["organisation"]) for f in facts if f["type"] == "role"}
    assert roles == {("benito-lasa", cmt), ("rodrigo-pena", "asociacion-de-alimentos-de-chile")}


def test_an_agency_after_an_acronym_a_seat_after_a_la_seu_del_and_a_programme_que_impulsa() -> None:
    _, facts = drafted(
        "Demà es reunirà amb Lleida Exterior (LEX), l'agència d'internacionalització del Govern de Lleida. "
        "La rebem a la seu del Clúster de la Fruita de Ponent, al Parc Científic de Gardeny. "
        "L'entitat forma part del programa Xarxa Clústers Ponent, que impulsa ACCIÓ."
    )
    relations = {(f["subject"], f["property"], f["object"]) for f in facts if f["type"] == "relation"}
    assert ("lleida-exterior", "part-of", "govern-de-lleida") in relations
    assert ("cluster-de-la-fruita-de-ponent", "based-in", "parc-cientific-de-gardeny") in relations
    assert ("xarxa-clusters-ponent", "operated-by", "accio") in relations


def test_an_election_to_preside_a_predecessor_who_headed_the_cluster_and_relative_speech(counting_project: Path) -> None:
    text = (
        "El Clúster de l'Aigua de Girona estrena president\n\n"
        "El Clúster de l'Aigua de Girona (CAG) va celebrar dimarts la seva assemblea. "
        "Els socis van elegir per unanimitat Pau Ferrer, conseller delegat d'una enginyeria de Figueres, per presidir l'entitat els pròxims quatre anys. "
        "Ferrer substitueix Rosa Vidal, que encapçalava el clúster des del 2019. "
        "El CAG i l'Institut de Recerca en Aigua de Catalunya (IRAC) hi van signar un conveni marc. "
        "En formen part, entre d'altres, Aigües Costa i Depuradores Empordà. "
        "Segons dades de l'entitat, les empreses associades donen feina a unes 9.000 persones. "
        "L'acte es va cloure amb la intervenció del director de l'Agència de l'Aigua (ADA), Joan Sala, que va anunciar que la Generalitat obrirà una nova línia d'ajuts."
    )
    proposals, facts = drafted(text, counting_project)
    cag, irac = "cluster-de-laigua-de-girona", "institut-de-recerca-en-aigua-de-catalunya"
    assert proposals["Pau Ferrer"][0] == "person"
    assert proposals["Institut de Recerca en Aigua de Catalunya"] == ("organisation", ("IRAC",))
    assert [n for n in proposals if n.startswith("Clúster")] == ["Clúster de l'Aigua de Girona"]  # the headline's name is the same
    roles = {(f["person"], f["organisation"]) for f in facts if f["type"] == "role"}
    assert {("pau-ferrer", cag), ("rosa-vidal", cag), ("joan-sala", "agencia-de-laigua")} <= roles
    assert [f["parties"] for f in facts if f["type"] == "agreement"] == [[cag, irac]]
    employees = [(f["about"], f["value"]) for f in facts if f["type"] == "observation" and f["indicator"] == "number-of-employees"]
    assert employees == [(cag, 9000)]
    claims = [(f["by"], f["kind"]) for f in facts if f["type"] == "claim"]
    assert claims == [("joan-sala", "claim")]


def test_reported_speech_with_quoted_words_nobody_is_said_to_say() -> None:
    _, facts = drafted(
        "Firmó el acuerdo el gerente general de la Asociación de Alimentos de Chile, Rodrigo Peña. "
        "Según Peña, Chile es hoy uno de los principales exportadores de alimentos, y la industria gallega «aporta justo lo que nos falta: marca y distribución»."
    )
    assert [(f["by"], f["kind"]) for f in facts if f["type"] == "claim"] == [("rodrigo-pena", "claim")]


def test_a_new_board_its_predecessor_its_vice_presidents_and_a_quotation_by_the_first_surname() -> None:
    _, facts = drafted(
        "Clusmar renueva su junta y firma un convenio con Perualimentos\n\n"
        "El Clúster del Mar de Asturias (Clusmar) eligió el jueves a su nueva junta directiva. "
        "Lucía Prieto Nieto, directora general de Conservas Cantábrico, ha sido elegida presidenta de la asociación para los próximos cuatro años "
        "y sustituye en el cargo a Xosé Manuel Rivas, que lo ocupaba desde 2020. "
        "La nueva junta la completan Andrés Ferro, de Grupo Luarca, como vicepresidente primero y Marta Vigil, de Grupo Navia, que asume la vicepresidencia segunda. "
        "«Asturias ya vende pescado en más de cien países, pero sigue exportando demasiado producto sin transformar», afirmó Prieto tras su elección."
    )
    clusmar = "cluster-del-mar-de-asturias"
    roles = {(f["person"], f["organisation"]) for f in facts if f["type"] == "role"}
    assert {("lucia-prieto-nieto", clusmar), ("xose-manuel-rivas", clusmar), ("andres-ferro", clusmar), ("marta-vigil", clusmar)} <= roles
    assert ("lucia-prieto-nieto", "perualimentos") not in roles  # 'la asociación' is the cluster, not a partner only named
    assert [(f["by"], f["kind"]) for f in facts if f["type"] == "claim"] == [("lucia-prieto-nieto", "quotation")]


def test_who_attended_an_assembly_the_sentence_names_counts_its_participants(counting_project: Path) -> None:
    facts = extract(
        HEAD + "El Clúster de l'Aigua de Girona (CAG) va celebrar dimarts la seva assemblea general ordinària al Palau de Congressos de Girona, "
        "amb prop d'un centenar de representants de les empreses associades.",
        counting_project,
    ).facts
    (assembly,) = [f for f in facts if f["type"] == "event"]
    counts = [(f["about"], f["indicator"], f["value"], f["qualifier"]) for f in facts if f["type"] == "observation"]
    assert counts == [(assembly["id"], "number-of-participants", 100, "approximately")]


INTERVIEW = (
    "Laia Vidal, gerent del Clúster del Formatge: \"Hem de competir amb dades\"\n\n"
    "Entrevista de Jordi Casals | Girona | Dijous, 12 de febrer de 2026\n\n"
    "Laia Vidal dirigeix el Clúster del Formatge, que aplega la cadena de valor del formatge a Catalunya.\n\n"
    "**Què és exactament el clúster?**\n\n"
    "Som una associació empresarial que va néixer el 2009 perquè les empreses del sector innovessin plegades. "
    "I som un dels clústers reconeguts pel programa Catalunya Clústers, que impulsa ACCIÓ.\n\n"
    "**Quin pes té el sector?**\n\n"
    "Molt. Les empreses associades donen feina a més d'11.000 persones.\n\n"
    "**I fora de casa?**\n\n"
    "Al maig deu empreses del clúster viatjaran amb nosaltres al Japó per reunir-se amb importadors.\n\n"
    "**Qui us acompanya?**\n\n"
    "L'Ajuntament de Ripoll i la Diputació de Girona ens donen suport des del primer dia. "
    "Enric Soler, un industrial de Vic que presideix l'entitat des de l'any passat, insisteix que la prioritat és el talent."
)


def test_an_interview_s_we_is_the_interviewee_s_organisation_in_its_founding_backers_counts_trips_and_chair(counting_project: Path) -> None:
    proposals, facts = drafted(INTERVIEW, counting_project)
    cluster = "cluster-del-formatge"
    assert proposals["Japó"][0] == "place"
    assert {"type": "founding", "organisation": cluster, "date": "2009"} in facts
    backers = {f["object"] for f in facts if f["type"] == "relation" and f["subject"] == cluster and f["property"] == "promoted-by"}
    assert backers == {"ajuntament-de-ripoll", "diputacio-de-girona"}
    employees = [(f["about"], f["value"]) for f in facts if f["type"] == "observation" and f["indicator"] == "number-of-employees"]
    assert employees == [(cluster, 11000)]
    (mission,) = [f for f in facts if f["type"] == "event" and f["kind"] == "mission"]
    assert (mission["places"], mission["attendees"]) == (["japo"], [cluster])
    assert {(f["person"], f["organisation"]) for f in facts if f["type"] == "role"} >= {("enric-soler", cluster)}


def test_places_after_a_la_and_al() -> None:
    proposals, _ = drafted("Les empreses associades donen feina a més d'11.000 persones, sobretot a la Garrotxa, al Ripollès i a Osona.")
    assert {n: proposals[n][0] for n in ("Garrotxa", "Ripollès", "Osona")} == {"Garrotxa": "place", "Ripollès": "place", "Osona": "place"}


def test_the_meetings_a_delegation_held_are_no_count_of_who_went(counting_project: Path) -> None:
    facts = extract(HEAD + "El Clúster de la Fusta de Solsona (CFS) va viatjar a Lió. La delegació la van formar 12 empreses, que van mantenir més de 80 reunions de negocis.", counting_project).facts
    (mission,) = [f for f in facts if f["type"] == "event"]
    counts = {(f["indicator"], f["value"]) for f in facts if f["type"] == "observation" and f["about"] == mission["id"]}
    assert counts == {("number-of-participating-companies", 12), ("number-of-b2b-meetings", 80)}


def test_a_seat_after_the_acronym_and_the_new_president_who_replaces_someone() -> None:
    _, facts = drafted(
        "El Clúster de la Madera de Soria (CMS), con sede en Valladolid, celebró ayer su asamblea anual. "
        "El nuevo presidente, Pedro Ruiz, sustituye a Ana Torres, que ha ocupado el cargo durante los últimos seis años."
    )
    cms = "cluster-de-la-madera-de-soria"
    assert {"type": "relation", "subject": cms, "property": "based-in", "object": "valladolid"} in facts
    assert {(f["person"], f["organisation"]) for f in facts if f["type"] == "role"} == {("pedro-ruiz", cms), ("ana-torres", cms)}


def test_an_event_named_head_first_and_a_name_with_a_middle_dot() -> None:
    proposals, facts = drafted(
        "El Clúster de la Ciutat Intel·ligent (CCI) creix. La fira Smart City Expo, que se celebra a Barcelona del 5 al 7 de novembre, "
        "comptarà amb un estand del clúster. El Foro Internacional del Vino, organizado por el clúster, reunió a 300 profesionales."
    )
    assert proposals["Clúster de la Ciutat Intel·ligent"][0] == "cluster-organisation"
    kinds = [f["kind"] for f in facts if f["type"] == "event"]
    assert sorted(kinds) == ["conference", "event"]
    assert [f["participant"] for f in facts if f["type"] == "participation"] == ["cluster-de-la-ciutat-intel-ligent"]


def test_para_and_per_a_open_a_quotation_by_the_person_named() -> None:
    _, facts = drafted('El Clúster de la Fusta de Solsona (CFS) signa. Per a Pere Vila, president del CFS, "aquest acord obre la porta a nous mercats".')
    assert [(f["by"], f["kind"]) for f in facts if f["type"] == "claim"] == [("pere-vila", "quotation")]


def test_reelected_as_president_and_a_new_manager_who_relieves_her_predecessor() -> None:
    _, facts = drafted(
        "L'Associació del Moble de Girona (AMG) va celebrar dijous la seva assemblea general. "
        "Els socis van reelegir per unanimitat com a president Pere Vidal. "
        "L'assemblea va ratificar el nomenament de la Dra. Laia Serra com a nova gerent de l'AMG. "
        "Serra, fins ara responsable de projectes, relleva Joan Roca, que dirigia l'equip des del 2014."
    )
    roles = sorted((f["person"], f["organisation"], next(iter(f["role_label"].values()))) for f in facts if f["type"] == "role")
    amg = "associacio-del-moble-de-girona"
    assert ("pere-vidal", amg, "president") in roles and ("laia-serra", amg, "gerent") in roles and ("joan-roca", amg, "gerent") in roles


def test_spanish_reeligieron_como_presidente_a() -> None:
    _, facts = drafted(
        "La Asociación del Mueble de Yecla (AMY) celebró el jueves su asamblea general. "
        "Los asociados reeligieron por unanimidad como presidente a Pedro Ortuño Gil, que afronta así un segundo mandato."
    )
    assert [(f["person"], f["organisation"]) for f in facts if f["type"] == "role"] == [("pedro-ortuno-gil", "asociacion-del-mueble-de-yecla")]


def test_a_non_profit_constituted_in_a_year_with_its_seat_in_a_four_word_city() -> None:
    proposals, facts = drafted(
        "El Clúster Marítimo de Menorca es una asociación sin ánimo de lucro constituida en 2010 y con sede en Las Palmas de Gran Canaria. "
        "La misión incluye una visita a la Faculdade de Engenharia da Universidade do Porto (FEUP). "
        "La próxima cita será el Saló Nàutic Internacional de Barcelona, en octubre."
    )
    cmm = "cluster-maritimo-de-menorca"
    assert {"type": "founding", "organisation": cmm, "date": "2010"} in [{k: f[k] for k in ("type", "organisation", "date")} for f in facts if f["type"] == "founding"]
    assert ("las-palmas-de-gran-canaria", "based-in") in {(f["object"], f["property"]) for f in facts if f["type"] == "relation" and f["subject"] == cmm}
    assert proposals["Las Palmas de Gran Canaria"][0] == "place" and proposals["Faculdade de Engenharia da Universidade do Porto"][0] == "organisation"
    assert "Saló Nàutic Internacional de Barcelona" not in proposals and any(f["type"] == "event" and f["kind"] == "event" for f in facts)


def test_an_agreement_between_el_cluster_and_a_named_partner() -> None:
    _, facts = drafted(
        "El Clúster Nàutic de Menorca ha desembarcat amb força al Salone Nautico di Genova. "
        "La jornada inaugural va servir també per signar un conveni de col·laboració entre el clúster i Confindustria Nautica, la patronal italiana."
    )
    (agreement,) = [f for f in facts if f["type"] == "agreement"]
    assert sorted(agreement["parties"]) == ["cluster-nautic-de-menorca", "confindustria-nautica"]


def test_a_titled_president_after_her_role_and_a_general_delegate_who_is_then_quoted() -> None:
    _, facts = drafted(
        "El Clúster Audiovisual de Menorca i el Pôle Image Bretagne van signar un conveni. "
        "L'acord, que van rubricar la presidenta del clúster, la Dra. Elena Bosch, i el delegat general del Pôle Image Bretagne, Stéphane Delorme, preveu coproduccions. "
        "Segons Delorme, les productores busquen localitzacions."
    )
    roles = {(f["person"], f["organisation"]) for f in facts if f["type"] == "role"}
    assert roles == {("elena-bosch", "cluster-audiovisual-de-menorca"), ("stephane-delorme", "pole-image-bretagne")}
    assert [f["by"] for f in facts if f["type"] == "claim"] == ["stephane-delorme"]


def test_support_for_a_delegation_or_a_stand_backs_the_trip_not_the_cluster() -> None:
    _, facts = drafted(
        "El Clúster del Vi de Menorca ha portat disset empreses associades al Saló del Vi de Lió, que exposen en un estand compartit amb el suport d'ACCIÓ. "
        "El Clúster del Vi de Menorca, creat el 2012, compta amb el suport de la Diputació de Girona."
    )
    backed = {(f["subject"], f["object"]) for f in facts if f["type"] == "relation" and f["property"] == "promoted-by"}
    assert backed == {("cluster-del-vi-de-menorca", "diputacio-de-girona")}


def test_the_opening_day_of_a_fair_is_no_event_of_its_own() -> None:
    _, facts = drafted(
        "El Clúster del Vi de Menorca ha desembarcat al Salone del Vino di Verona, la fira del vi més important d'Itàlia. "
        "La jornada inaugural va servir també per signar un conveni de col·laboració entre el clúster i Vinitaly Club, que té la seu a Verona."
    )
    assert [f["kind"] for f in facts if f["type"] == "event"] == ["event"]  # the fair only


def roles_of(text: str, head: str = HEAD) -> set[tuple[str, str, str]]:
    """(person, organisation, role label) of every role drafted from the article."""
    return {(f["person"], f["organisation"], next(iter(f["role_label"].values()))) for f in extract(head + text, REPO).facts if f["type"] == "role"}


def test_a_predecessor_whose_place_is_taken_held_the_role_and_so_did_a_board_member_who_takes_on_a_post() -> None:
    text = (
        "Els socis del Clúster Digital de Ponent van escollir Anna Roig com a nova presidenta del clúster. "
        "Roig pren el relleu de Xavier Mas, que ocupava el càrrec des del 2022. "
        "La nova junta directiva la completen Marta Puig, de Lleida Robotics, com a vicepresidenta, i Carla Ventura, "
        "de la Universitat de Ponent (UdP), que assumeix el càrrec de tresorera."
    )
    found = roles_of(text)
    assert {("xavier-mas", "cluster-digital-de-ponent", "presidenta"), ("carla-ventura", "cluster-digital-de-ponent", "tresorera")} <= found


def test_a_president_re_elected_unanimously_after_a_description_and_a_mexican_engineer_named_by_his_title() -> None:
    spanish = "Noticias\n\nPor Ana Ruiz | 14 de febrero de 2025\n\n"
    text = (
        "Los socios reeligieron por unanimidad a Rafael Soriano, consejero delegado de un fabricante de asientos con planta en Almussafes, "
        "como presidente de la Asociación Valenciana de Automoción para un segundo mandato. "
        "Firmaron el documento el presidente del Clúster Aeroespacial de Querétaro, el Ing. Héctor Olvera, y la directora de Ferralia, Marta Gil."
    )
    found = roles_of(text, spanish)
    assert ("rafael-soriano", "asociacion-valenciana-de-automocion", "presidente") in found
    assert ("hector-olvera", "cluster-aeroespacial-de-queretaro", "presidente") in found


def test_a_quotation_warned_a_founding_left_unsaid_and_a_letter_of_intent_signed_by_a_cluster_named_with_its_demonym() -> None:
    spanish = "Noticias\n\nPor Ana Ruiz | 14 de febrero de 2025\n\n"
    text = (
        "El Clúster Aeroespacial de Querétaro viajó a Toulouse la semana pasada. "
        "El jueves el clúster queretano y Aerospace Valley firmaron una carta de intención en Toulouse. "
        "\u201cO damos ahora el salto o nos quedaremos fuera\u201d, advirtió Héctor Olvera tras la firma."
    )
    facts = extract(spanish + text, REPO).facts
    (agreement,) = [f for f in facts if f["type"] == "agreement"]
    assert agreement["parties"] == ["cluster-aeroespacial-de-queretaro", "aerospace-valley"]
    assert [(f["by"], f["kind"]) for f in facts if f["type"] == "claim"] == [("hector-olvera", "quotation")]
    catalan = "El Clúster Digital de Ponent celebra avui la seva assemblea anual. Constituït el 2011, té la seu a Lleida."
    assert [(f["organisation"], f["date"]) for f in extract(HEAD + catalan, REPO).facts if f["type"] == "founding"] == [("cluster-digital-de-ponent", "2011")]


def test_the_cluster_opening_a_sentence_with_any_verb_is_the_cluster_named_before_and_its_stand_at_a_fair_is_a_participation() -> None:
    text = (
        "El Clúster Digital de Ponent celebra avui la seva assemblea anual a Lleida. "
        "El clúster tindrà un estand col·lectiu al Smart City Expo World Congress, que se celebrarà al novembre a Barcelona."
    )
    facts = extract(HEAD + text, REPO).facts
    (expo,) = [f for f in facts if f["type"] == "event" and "Smart City" in next(iter(f["label"].values()))]
    assert [(f["participant"], f["as"]) for f in facts if f["type"] == "participation" and f["event"] == expo["id"]] == [("cluster-digital-de-ponent", "attendee")]


def test_according_to_a_role_is_the_person_named_last_and_a_figure_someone_gave_is_their_claim() -> None:
    spanish = "Noticias\n\nPor Ana Ruiz | 14 de febrero de 2025\n\n"
    text = (
        "La secretaria de Desarrollo Económico, la Dra. Verónica Landa, acompañó a la delegación. "
        "Según la funcionaria, el estado alberga a más de 80 empresas del sector aeroespacial."
    )
    claims = [(f["by"], f["kind"]) for f in extract(spanish + text, REPO).facts if f["type"] == "claim"]
    assert claims == [("veronica-landa", "claim")]
    catalan = "La gerent del clúster, Cristina Vendrell, va xifrar en més de 140 les reunions de negoci que les empreses han mantingut durant el saló."
    assert [(f["by"], f["kind"]) for f in extract(HEAD + catalan, REPO).facts if f["type"] == "claim"] == [("cristina-vendrell", "claim")]


def test_a_role_at_a_catalan_university_and_a_contact_block_give_roles() -> None:
    text = "La Dra. Elena Bosch, professora de comunicació audiovisual a la Universitat Pompeu Fabra (UPF), va moderar el debat."
    assert ("elena-bosch", "universitat-pompeu-fabra", "professora de comunicació audiovisual") in roles_of(text)
    contact = "Regional news\n\nBy Ann Lee | 14 February 2025\n\nAerospace Wales signed an agreement with Aero Montréal.\n\nMedia contact: Siân Morgan, communications manager, Aerospace Wales."
    assert ("sian-morgan", "aerospace-wales", "communications manager") in roles_of(contact, "")


SPANISH_NEWS = "Noticias\n\nPor Ana Ruiz | 14 de febrero de 2025\n\n"


def test_a_cluster_named_by_its_acronym_then_its_full_name_over_y_is_one_organisation_whose_members_are_listed(counting_project: Path) -> None:
    text = (
        "Los visitantes llegaron por invitación de AVECYL, el Clúster de Alimentación y Bebidas de Castilla y León. "
        "El presidente del clúster, Tomás Rey, firmó el acuerdo. "
        "AVECYL tiene su sede en Burgos y reúne hoy a 80 socios. "
        "Grupo Siro, Campofrío y la Universidad de Burgos forman parte de la asociación, cuyas empresas dan trabajo a unas 12.000 personas."
    )
    draft = extract(SPANISH_NEWS + text, counting_project)
    assert "Clúster de Alimentación" not in {p.name for p in draft.proposal_records}
    assert ("tomas-rey", "avecyl", "presidente") in {(f["person"], f["organisation"], f["role_label"]["es"]) for f in draft.facts if f["type"] == "role"}
    members = {f["member"] for f in draft.facts if f["type"] == "membership" and f["organisation"] == "avecyl"}
    assert {"campofrio", "universidad-de-burgos"} <= members
    employees = [(f["about"], f["value"]) for f in draft.facts if f["type"] == "observation" and f["indicator"] == "number-of-employees"]
    assert employees == [("avecyl", 12000)]


def test_a_speaker_named_by_a_title_the_text_gave_a_person_and_a_republic_named_as_a_country() -> None:
    text = (
        "La delegación, encabezada por el embajador de la República de Chile en España, Pablo Soto, visitó Burgos. "
        "Allí la recibió la consejera de Economía, Marta Gil.\n\n"
        "«Chile y Castilla hablan el mismo idioma industrial», afirmó el embajador durante el acto."
    )
    draft = extract(SPANISH_NEWS + text, REPO)
    assert [f["by"] for f in draft.facts if f["type"] == "claim"] == ["pablo-soto"]
    assert ("República de Chile", "place") in {(p.name, p.kind) for p in draft.proposal_records}


def test_a_federation_named_in_french_is_la_federacio_and_both_parties_or_a_list_s_rest_count_nothing(counting_project: Path) -> None:
    text = (
        "MODA i la Fédération Française du Prêt-à-Porter (FFPAP) van signar un conveni que preveu que totes dues entitats comparteixin informació. "
        "La federació, amb seu a París, agrupa uns 1.800 comerços de roba, que donen feina a més de 9.000 persones. "
        "Formaven part de la delegació Torrons Vicens i Espinaler, a més de set petits productors. "
        "Les marques sumaven més de 110 reunions de negoci i una trentena de comandes de prova."
    )
    facts = extract(HEAD + text, counting_project).facts
    observed = sorted((f["indicator"], f["value"], f["about"]) for f in facts if f["type"] == "observation")
    federation = "federation-francaise-du-pret-a-porter"
    assert [o[:2] for o in observed] == [("number-of-b2b-meetings", 110), ("number-of-employees", 9000), ("number-of-member-organisations", 1800)]
    assert observed[1][2] == observed[2][2] == federation
    assert (federation, "based-in", "paris") in {(f["subject"], f["property"], f["object"]) for f in facts if f["type"] == "relation"}


def test_mexican_titles_after_a_role_in_a_list_split_by_semicolons_and_a_name_going_on_over_al() -> None:
    text = (
        "En el presídium estuvieron el rector de la Universidad Autónoma de Sonora, Dr. Luis Vega; "
        "la rectora de la Universidad Tecnológica de Hermosillo, Mtra. Ana Ruiz, y el director general del "
        "Instituto de Apoyo al Desarrollo Industrial (INADI), Ing. Raúl Soto."
    )
    draft = extract(SPANISH_NEWS + text, REPO)
    assert {(f["person"], f["organisation"]) for f in draft.facts if f["type"] == "role"} == {
        ("luis-vega", "universidad-autonoma-de-sonora"),
        ("ana-ruiz", "universidad-tecnologica-de-hermosillo"),
        ("raul-soto", "instituto-de-apoyo-al-desarrollo-industrial"),
    }


def test_counts_opening_with_con_thousands_in_words_a_board_chair_and_who_runs_a_plant(counting_project: Path) -> None:
    text = (
        "Con 40 empresas socias, cerca de 9 mil 300 empleos directos y ventas por mil 200 millones de dólares, el Clúster Automotriz de Sonora "
        "presentó ayer su informe anual. Al presentar las cifras, el presidente del consejo directivo, Ing. Jorge Lara, quien dirige la planta "
        "de Ford en esta ciudad, detalló las inversiones."
    )
    facts = extract(SPANISH_NEWS + text, counting_project).facts
    assert ("cluster-automotriz-de-sonora", "number-of-employees", 9300) in {(f["about"], f["indicator"], f["value"]) for f in facts if f["type"] == "observation"}
    roles = {(f["person"], f["organisation"], f["role_label"]["es"]) for f in facts if f["type"] == "role"}
    assert {("jorge-lara", "cluster-automotriz-de-sonora", "presidente del consejo directivo"), ("jorge-lara", "ford", "director de la planta")} <= roles



def test_a_name_opening_a_sentence_before_an_organisation_s_verb_is_an_organisation() -> None:
    proposals, _ = drafted("Aerotec se suma desde su planta de Illescas. Alpenmed organizó la jornada. Voltara lidera el consorcio.")
    assert {name: proposals[name][0] for name in ("Aerotec", "Alpenmed", "Voltara", "Illescas")} == {
        "Aerotec": "organisation", "Alpenmed": "organisation", "Voltara": "organisation", "Illescas": "place",
    }
