"""Extraction, roles: an election that names the role before the person, who was replaced, who heads an
organisation 'as CEO' or presides it after an apposition, and a team led at an organisation named with its
acronym; each a text in and the roles out (names invented)."""

from __future__ import annotations

from pathlib import Path

import pytest

from clusterld.extraction import extract

REPO = Path(__file__).resolve().parent.parent


def roles(text: str) -> set[tuple[str, str, str]]:
    """(person, organisation, role label) of every role drafted from the text."""
    return {(f["person"], f["organisation"], next(iter(f["role_label"].values()))) for f in extract(text, REPO).facts if f["type"] == "role"}


def test_fue_elegido_presidente_is_the_article_s_organisation_and_who_is_replaced_held_the_role() -> None:
    text = (
        "Noticias\n\nPor Ana López | 14 de febrero de 2025\n\n"
        "La Corporación Vitivinícola del Cuyo (Covicu) renovó su directorio. "
        "La Covicu celebró su asamblea anual en la sede de la Bolsa de Comercio de Maipú. "
        "Allí fue elegido presidente Tomás Ibarra. Ibarra reemplaza a Ernesto Lucena."
    )
    covicu = "corporacion-vitivinicola-del-cuyo"
    assert roles(text) == {("tomas-ibarra", covicu, "presidente"), ("ernesto-lucena", covicu, "presidente")}


def test_who_heads_the_danish_cluster_as_ceo() -> None:
    text = (
        "Trade news\n\nBy Ann Lee | 14 February 2025\n\n"
        "The Jutland Dairy Cluster signed the agreement on Tuesday. "
        "Mette Krogh, who heads the Danish cluster as CEO, said the deal was the first of its kind."
    )
    assert roles(text) == {("mette-krogh", "jutland-dairy-cluster", "CEO")}


def test_a_person_described_first_then_presiding_the_association_since_a_year_is_its_presidente() -> None:
    text = (
        "Noticias\n\nPor Ana López | 14 de febrero de 2025\n\n"
        "La Asociación Alimentaria de Tierra de Campos (AATC) agrupa a 90 empresas. "
        "Julián Merino, consejero delegado de una quesería familiar, preside la asociación desde 2023."
    )
    assert ("julian-merino", "asociacion-alimentaria-de-tierra-de-campos", "presidente") in roles(text)  # the role in the text's language


def test_who_leads_a_team_at_an_organisation_named_with_its_acronym() -> None:
    text = (
        "Port news\n\nBy Ann Lee | 14 February 2025\n\n"
        "Speakers included Henrik Vollmer, who leads the energy transition team at the Kiel Port Authority (KPA)."
    )
    assert roles(text) == {("henrik-vollmer", "kiel-port-authority", "head of the energy transition team")}


def test_a_role_of_the_cluster_after_the_date_of_a_quotation() -> None:
    text = (
        "Notícies\n\nPer Anna Puig | 27 de març de 2026\n\n"
        "El Clúster de la Cosmètica de Girona és a Bolonya amb vint empreses. "
        "«Bolonya és el nostre mirall», explicava ahir la gerent del clúster, Laia Vidal, enmig dels passadissos."
    )
    assert ("laia-vidal", "cluster-de-la-cosmetica-de-girona", "gerent") in roles(text)


@pytest.mark.parametrize("title", ["Mtro.", "Lic.", "Ing.", "Arq.", "Mtra."])
def test_a_mexican_academic_title_before_a_name_opens_a_person(title: str) -> None:
    text = f"El Clúster Minero de Sonora celebró su asamblea. La presidenta del clúster, la {title} Adriana Lozano Meza, abrió la sesión."
    assert roles(text) == {("adriana-lozano-meza", "cluster-minero-de-sonora", "presidenta")}


def test_the_role_said_after_como_of_the_cluster_it_clitic_stands_for() -> None:
    text = ("El Clúster de Dispositivos Médicos de las Californias firmó ayer un convenio. Agrupa a 74 socios, entre ellos Medtronic y Integer. "
            "Desde 2023 lo encabeza como directora ejecutiva la Lic. Adriana Lozano Meza.")
    assert roles(text) == {("adriana-lozano-meza", "cluster-de-dispositivos-medicos-de-las-californias", "directora ejecutiva")}


def test_the_organism_named_by_its_countrys_adjective_is_the_party_from_that_country() -> None:
    text = ("La Corporación Vitivinícola Argentina (Coviar) firmó ayer en su sede de la capital provincial un convenio de cooperación técnica "
            "con el Instituto Nacional de Vitivinicultura de Uruguay (INAVI). El convenio lo rubricaron Ábalos y la presidenta del organismo "
            "uruguayo, Alicia Rodríguez Piñeyro.")
    assert roles(text) == {("alicia-rodriguez-pineyro", "instituto-nacional-de-vitivinicultura-de-uruguay", "presidenta")}


def test_a_role_with_a_portfolio_before_its_organisation_and_a_person_after_a_long_role() -> None:
    text = ("Notícies\n\nPer Anna Puig | 19 de novembre de 2026\n\n"
            "Va obrir la sessió el regidor de Promoció Econòmica de l'Ajuntament de Tremp, Oriol Bosch. "
            "La vicerectora de Recerca i Transferència de la Universitat de l'Ebre (UDE), Montse Pla, va signar l'acord.")
    assert roles(text) == {
        ("oriol-bosch", "ajuntament-de-tremp", "regidor de Promoció Econòmica"),
        ("montse-pla", "universitat-de-lebre", "vicerectora de Recerca i Transferència"),
    }


def test_a_new_board_its_officers_its_members_and_whom_the_new_chair_succeeds() -> None:
    text = ("News\n\nBy Ann Lee | 12 March 2026\n\nThe Tees Process Cluster held its annual general meeting on Tuesday. "
            "Sarah Kemp was elected chair of the Tees Process Cluster. She succeeds Tom Walsh, who stepped down after six years. "
            "Paul Irving of Redcar Polymers becomes vice-chair, and Jane Obi, finance director at Teesside Energy, is the new treasurer. "
            "The new treasurer is not named yet.")
    tees = "tees-process-cluster"
    assert roles(text) >= {("tom-walsh", tees, "chair"), ("paul-irving", tees, "vice-chair"), ("jane-obi", tees, "treasurer")}



def test_a_role_with_an_adjective_before_its_organisation_names_an_organisation() -> None:
    text = ("Notícies\n\nPer Anna Puig | 19 de novembre de 2026\n\n"
            "Hi van parlar en Xavier Olivella, director tècnic de Caves Serra, i en Pere Vilanova, director associat del BSC.")
    assert roles(text) >= {("xavier-olivella", "caves-serra", "director tècnic"), ("pere-vilanova", "bsc", "director associat")}


def test_a_department_before_a_one_word_organisation_is_part_of_the_role_and_a_longer_name_stays_whole() -> None:
    text = ("Noticias\n\nPor Ana López | 14 de febrero de 2026\n\n"
            "Natalia Gómez, vicepresidenta de Exportaciones de ProAndes, dijo que habrá 40 compradores. "
            "Luis Mora, director de Ventas de Ayvesa, presentó el plan. "
            "El secretario técnico de la Red Española de Ciudades Sostenibles (RECS), Jorge Castaño, lo apoyó.")
    assert roles(text) == {("natalia-gomez", "proandes", "vicepresidenta de Exportaciones"), ("luis-mora", "ayvesa", "director de Ventas"),
                           ("jorge-castano", "red-espanola-de-ciudades-sostenibles", "secretario técnico")}


def test_a_title_without_its_stop_a_bare_title_opening_a_sentence_and_who_chairs_the_board() -> None:
    text = ("Interview\n\nBy Ann Lee | 12 March 2026\n\nThe Tees Health Network grew this year. "
            "Chief operating officer Andrew Tindall said the sector remained strong. "
            "Dr Naomi Whitfield, who has been chief executive of the Tees Health Network since 2024, spoke to us. "
            "A board of nine directors, chaired since last year by Graham Oduya, a partner at the venture firm Brandon Capital, sets the strategy.")
    tees = "tees-health-network"
    assert roles(text) == {
        ("naomi-whitfield", tees, "chief executive"), ("graham-oduya", tees, "chair"), ("andrew-tindall", tees, "chief operating officer"),
        ("graham-oduya", "brandon-capital", "partner"),  # 'a partner at the venture firm Brandon Capital'
    }
    entities = {(p.name, p.kind) for p in extract(text, REPO).proposal_records}
    assert ("Brandon Capital", "organisation") in entities


def test_a_role_opening_the_next_sentence_says_nothing_of_a_name_before_it() -> None:
    text = ("Interview\n\nBy Ann Lee | 12 March 2026\n\nThe Tees Health Network grew this year. "
            "A board chaired by Graham Oduya, a partner at the venture firm Brandon Capital, sets the strategy. "
            "Chief operating officer Andrew Tindall said the sector remained strong.")
    entities = {(p.name, p.kind) for p in extract(text, REPO).proposal_records}
    assert ("Brandon Capital", "organisation") in entities


def test_a_regional_adjective_before_cluster_is_the_cluster_named_before_not_a_new_name() -> None:
    text = (
        "Trade news\n\nBy Ann Lee | 14 February 2025\n\n"
        "On Thursday the group travelled to Augsburg, home of Cluster Mechatronik & Automation. "
        "There, Dr. Stefan Huber, managing director of the Bavarian cluster, welcomed the delegation."
    )
    assert roles(text) == {("stefan-huber", "cluster-mechatronik-and-automation", "managing director")}


def test_a_contact_line_under_a_name_and_the_company_s_chief_executive_are_roles() -> None:
    text = (
        "Trade news\n\nBy Ann Lee | 14 February 2025\n\n"
        "The Northern Robotics Network took Quadbot, which builds warehouse robots, to Hannover. For Quadbot, the week produced leads. "
        "\"We came with twenty names,\" said Michael Okoro, the company's chief executive.\n\n"
        "Media contact:\nRachel Tomms\nCommunications Manager, Northern Robotics Network\n"
    )
    assert roles(text) == {("michael-okoro", "quadbot", "chief executive"), ("rachel-tomms", "northern-robotics-network", "communications manager")}


def test_a_role_for_a_region_at_a_company_is_at_the_company() -> None:
    text = ("News\n\nBy Ann Lee | 12 March 2026\n\nThe Moravia Smart City Cluster turned ten. "
            '"It was a good decade," said Tomas Hrad, vice-president for Central Europe at Voltara Electric.')
    assert roles(text) == {("tomas-hrad", "voltara-electric", "vice-president")}


def test_a_public_office_with_its_portfolio_before_a_name_leaves_the_person() -> None:
    text = ("Clusters admitted\n\nPress release | 3 March 2026\n\n"
            'Minister of Trade and Industry Eirik Haugvik opened the conference in Bodø. "Clusters are where companies meet," said Haugvik.')
    draft = extract(text, REPO)
    assert ("eirik-haugvik", "person") in {(p.id, p.kind) for p in draft.proposal_records}
    assert {f["by"] for f in draft.facts if f["type"] == "claim"} == {"eirik-haugvik"}


def test_a_role_at_a_described_company_and_a_catalan_name_whose_surnames_are_joined_by_i() -> None:
    english = (
        "Board\n\nBy Ann Lee | 4 March 2026\n\n"
        "The Norvik Energy Cluster is steered by a board. It is chaired by Annelies Verbeke, director of strategy at distribution system operator Fluvion, "
        "and its members include Pieter Claes, head of innovation at transmission system operator Elvia."
    )
    assert {("annelies-verbeke", "fluvion", "director of strategy"), ("pieter-claes", "elvia", "head of innovation")} <= roles(english)
    assert not {f["organisation"] for f in extract(english, REPO).facts if f["type"] == "membership"} & {"fluvion", "elvia"}
    catalan = (
        "Junta\n\nPer Anna Puig | 3 de març de 2026\n\n"
        "L'assemblea del Clúster de la Moto va escollir Marta Ferrer i Soler, directora d'operacions del fabricant Rieja, com a nova presidenta. "
        "Sílvio Costa Ribas, director general de l'enginyeria IDPX, pren el relleu de Joan Puig Mas. "
        "«Tenim molta feina per fer i molt poc temps per fer-la bé», va dir Ferrer."
    )
    assert {("marta-ferrer-i-soler", "rieja", "directora d'operacions"), ("silvio-costa-ribas", "idpx", "director general")} <= roles(catalan)
    assert ("joan-puig-mas", "idpx") not in {(person, org) for person, org, _ in roles(catalan)}  # a successor's own company is not what he takes over
    assert [f["by"] for f in extract(catalan, REPO).facts if f["type"] == "claim"] == ["marta-ferrer-i-soler"]


def test_a_given_name_that_is_a_month_opens_a_person_called_by_the_first_surname_after_two_given_names() -> None:
    text = (
        "Cacao\n\nPor Ana Gil | 8 de octubre de 2026\n\n"
        "El acuerdo lo firmó el presidente del clúster, Julio César Almánzar Peña, quien es también gerente general de Cortesa Hermanos. "
        "\"Queremos que el fabricante sepa de qué finca viene su cacao y quién lo cultiva\", afirmó Almánzar. En julio de 2025 el clúster abrió una oficina."
    )
    assert ("julio-cesar-almanzar-pena", "cortesa-hermanos", "gerente general") in roles(text)
    assert [f["by"] for f in extract(text, REPO).facts if f["type"] == "claim"] == ["julio-cesar-almanzar-pena"]
