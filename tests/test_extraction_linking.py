"""Extraction, linking: registry names and their variants, acronyms, surnames, proposals for the unknown."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from clusterld.extraction.gazetteer import Knowledge, load_knowledge
from clusterld.extraction.mentions import find_mentions
from clusterld.extraction.sentences import split_sentences

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def seed_knowledge() -> Knowledge:
    return load_knowledge(REPO)


def linked(text: str, knowledge: Knowledge) -> list[tuple[str, str]]:
    found = find_mentions(text, split_sentences(text), knowledge)
    return [(text[m.start : m.end], m.entity) for m in found.items if not m.proposed]


@pytest.mark.parametrize("surface", ["ACCIÓ", "ACCIO", "Accio"])
def test_accent_and_case_variants_link(surface: str, seed_knowledge: Knowledge) -> None:
    assert linked(f"The programme is run by {surface} in Barcelona.", seed_knowledge)[0] == (surface, "accio")


@pytest.mark.parametrize("surface", ["MassMEDIC", "MassMedic", "Massachusetts Medical Device Industry Council", "massachusetts medical device industry council"])
def test_names_alternative_names_and_case_link(surface: str, seed_knowledge: Knowledge) -> None:
    assert linked(f"We met {surface} yesterday.", seed_knowledge)[0] == (surface, "massmedic")


def test_double_and_no_break_spaces_inside_a_name_link(seed_knowledge: Knowledge) -> None:
    text = "In the case of CataloniaBio &  HealthTech and the Catalonia \u00a0Clusters programme, it worked."
    assert linked(text, seed_knowledge)[:2] == [("CataloniaBio &  HealthTech", "cataloniabio-healthtech"), ("Catalonia \u00a0Clusters programme", "catalonia-clusters")]


def test_short_acronyms_do_not_match_ordinary_words(seed_knowledge: Knowledge) -> None:
    assert linked("Please contact us at the office.", seed_knowledge) == []
    assert linked("Partners in the US and at MIT agreed.", seed_knowledge) == [("US", "united-states"), ("MIT", "mit")]


def test_acronym_defined_in_the_article_links_to_the_same_entity(seed_knowledge: Knowledge) -> None:
    text = "The Massachusetts Life Sciences Center (MLSCX) invests in start-ups. MLSCX also runs programmes."
    assert [e for _, e in linked(text, seed_knowledge)].count("massachusetts-life-sciences-center") == 3


def test_surname_after_full_name_links_to_the_person(seed_knowledge: Knowledge) -> None:
    text = "MassMEDIC's president, Mr. Tom Sommer, came. On the second day, Mr. Sommer visited hospitals."
    assert [e for s, e in linked(text, seed_knowledge) if s == "Sommer"] == ["tom-sommer"]


def test_both_surnames_after_a_full_name_are_the_same_new_person(seed_knowledge: Knowledge) -> None:
    text = ("Noticias\n\nPor Ana Ruiz | 20 de octubre de 2026\n\nLa presidenta del instituto, Alicia Rodríguez Piñeyro, firmó el convenio. "
            "Según Rodríguez Piñeyro, el acuerdo llega en buen momento.")
    found = find_mentions(text, split_sentences(text), seed_knowledge)
    assert [p.id for p in found.proposals if p.kind == "person"] == ["alicia-rodriguez-pineyro"]
    assert {m.entity for m in found.items if text[m.start : m.end] == "Rodríguez Piñeyro"} == {"alicia-rodriguez-pineyro"}


def test_countries_that_open_with_new_or_are_written_in_spanish_are_places(seed_knowledge: Knowledge) -> None:
    text = ("Trade news\n\nBy Ann Lee | 26 March 2026\n\nDenmark and New Zealand are two small countries. "
            "The visit was hosted by New Zealand Trade and Enterprise. La delegación viajó a Nueva Zelanda y a Singapur.")
    found = find_mentions(text, split_sentences(text), seed_knowledge)
    places = {p.name: p.detail for p in found.proposals if p.kind == "place"}
    assert places.get("New Zealand") == "country" and places.get("Nueva Zelanda") == "country"
    assert not [p for p in found.proposals if p.name.startswith("Zealand")]


def test_a_country_is_not_the_short_form_of_an_agency_named_after_it(seed_knowledge: Knowledge) -> None:
    text = ("Noticias\n\nPor Ana Ruiz | 20 de octubre de 2026\n\nLa Coviar sella con Uruguay una alianza. "
            "La misión contará con el apoyo de Uruguay XXI, la agencia de promoción de exportaciones.")
    found = find_mentions(text, split_sentences(text), seed_knowledge)
    kinds = {text[m.start : m.end]: m.kind for m in found.items}
    assert kinds["Uruguay"] == "place" and kinds["Uruguay XXI"] == "organisation"


def test_a_full_name_in_apposition_to_a_name_in_capitals_is_the_same_organisation(seed_knowledge: Knowledge) -> None:
    text = ("Noticias\n\nPor Ana Ruiz | 16 de abril de 2026\n\nLorena Cuesta está al frente de AGROCAM, la Asociación de la Industria "
            "Alimentaria de Tierra de Campos, desde 2019. Según la Asociación de la Industria Alimentaria de Tierra de Campos, el sector crece.")
    found = find_mentions(text, split_sentences(text), seed_knowledge, "es")
    organisations = [p.id for p in found.proposals if p.kind in ("organisation", "cluster-organisation")]
    assert organisations == ["agrocam"]
    assert {m.entity for m in found.items if text[m.start : m.end].startswith("Asociación")} == {"agrocam"}


def test_a_name_in_another_language_in_brackets_after_a_name_is_the_same_organisation(seed_knowledge: Knowledge) -> None:
    text = ("Port news\n\nBy Ann Lee | 3 September 2026\n\nThe Weser Shipping Cluster (WSC) signed on Monday. "
            "The Weser Shipping Cluster (Maritimer Verbund Weser Cluster e.V.) was set up in 2011. "
            "Maritimer Verbund Weser Cluster has 300 members.")
    found = find_mentions(text, split_sentences(text), seed_knowledge)
    assert [p.id for p in found.proposals if p.kind in ("organisation", "cluster-organisation")] == ["weser-shipping-cluster"]
    assert {m.entity for m in found.items if text[m.start : m.end].startswith("Maritimer")} == {"weser-shipping-cluster"}


def test_unknown_names_are_proposed_with_type_and_id(seed_knowledge: Knowledge) -> None:
    text = ("Energy News\n\nBilbao – The Basque Energy Cluster met in Bilbao. Its general manager, Jon Etxeberria, spoke. "
            "Companies such as Iberdrola, Ingeteam and Arteche joined the Korea Trade-Investment Promotion Agency (KOTRA).")
    found = find_mentions(text, split_sentences(text), seed_knowledge)
    proposals = {p.name: (p.kind, p.id, p.alt_names) for p in found.proposals}
    assert proposals["Basque Energy Cluster"][:2] == ("cluster-organisation", "basque-energy-cluster")
    assert proposals["Jon Etxeberria"][0] == "person"
    assert proposals["Bilbao"][0] == "place"
    assert {proposals[n][0] for n in ("Iberdrola", "Ingeteam", "Arteche")} == {"organisation"}
    assert proposals["Korea Trade-Investment Promotion Agency"][2] == ("KOTRA",)
    assert all(m.proposed for m in found.items if m.entity == "basque-energy-cluster")


def test_capitalised_words_without_a_cue_are_not_proposed(seed_knowledge: Knowledge) -> None:
    text = "Participants saw Virtual Reality and 3D Printing demonstrations. Cluster Organization"
    assert find_mentions(text, split_sentences(text), seed_knowledge).proposals == ()


def test_spanish_and_catalan_names_are_proposed_without_articles_and_elisions(seed_knowledge: Knowledge) -> None:
    text = ("Barcelona, 7 de març de 2024\n\nEl Clúster de la Indústria d'Automoció de Catalunya (CIAC) i l'Associació Clúster "
            "d'Automoció d'Euskadi (ACICAE) van signar un acord a Stuttgart. Agrupa empreses, entre les quals SEAT i Ficosa. El director general "
            "d'ACICAE, Iñaki Larrañaga, ha afirmat que …")
    found = find_mentions(text, split_sentences(text), seed_knowledge, "ca")
    proposals = {p.name: (p.kind, p.alt_names) for p in found.proposals}
    assert proposals["Clúster de la Indústria d'Automoció de Catalunya"] == ("cluster-organisation", ("CIAC",))
    assert proposals["Associació Clúster d'Automoció d'Euskadi"] == ("cluster-organisation", ("ACICAE",))
    assert proposals["SEAT"][0] == proposals["Ficosa"][0] == "organisation"
    assert proposals["Stuttgart"][0] == "place" and proposals["Iñaki Larrañaga"][0] == "person"


def test_english_names_keep_their_spanish_articles(seed_knowledge: Knowledge) -> None:
    text = "The delegation travelled to Los Angeles and to La Jolla."
    assert {p.name for p in find_mentions(text, split_sentences(text), seed_knowledge).proposals} == {"Los Angeles", "La Jolla"}


def test_short_forms_of_a_proposed_name_are_no_new_proposals(seed_knowledge: Knowledge) -> None:
    text = ("The cluster went to Japan. It met the Life Science Innovation Network Japan (LINK-J) and Hiroshi Sato, CEO of "
            "Acme Corporation. LINK-J's members agreed. According to Sato, it went well.")
    found = find_mentions(text, split_sentences(text), seed_knowledge)
    assert sorted(p.name for p in found.proposals) == ["Acme Corporation", "Hiroshi Sato", "Japan", "Life Science Innovation Network Japan"]
    by_surface = {text[m.start : m.end]: m.entity for m in found.items}
    assert by_surface["Sato"] == "hiroshi-sato" and by_surface["LINK-J"] == "life-science-innovation-network-japan"


@pytest.mark.parametrize(
    ("text", "organisations"),
    [
        ("DeepWind signs a pact. Its host was the DeepWind Offshore Wind Cluster, the Inverness-based network.", ["DeepWind Offshore Wind Cluster"]),
        ("HunterNet was formed in 1992. The HunterNet Co-operative has 64 members; the HunterNet Defence Network is a group within it.",
         ["HunterNet Co-operative", "HunterNet Defence Network"]),
        ("Biocom signed the agreement. Biocom California, the organisation that represents the life sciences in California, has 1,800 members.", ["Biocom California"]),
        # a business of a company is not the company
        ("Safran signed the deal. Safran Aero Boosters, a subsidiary based in Liège, makes compressors.", ["Safran", "Safran Aero Boosters"]),
    ],
)
def test_a_one_word_name_that_opens_one_organisation_name_is_that_organisation(text: str, organisations: list[str], seed_knowledge: Knowledge) -> None:
    found = find_mentions(text, split_sentences(text), seed_knowledge)
    assert sorted(p.name for p in found.proposals if p.kind in ("organisation", "cluster-organisation")) == organisations


@pytest.mark.parametrize("name", ["Clúster de Dispositivos Médicos de las Californias", "Asociación de Productores de los Andes", "Associació de Fabricants dels Pirineus", "Secretaría de Economía e Innovación"])
def test_a_plural_article_or_a_spanish_e_inside_a_name_keeps_the_name_whole(name: str, seed_knowledge: Knowledge) -> None:
    text = f"El {name} firmó ayer un convenio."
    assert [p.name for p in find_mentions(text, split_sentences(text), seed_knowledge, "es").proposals] == [name]


def test_a_name_cut_before_its_place_is_the_same_proposal(seed_knowledge: Knowledge) -> None:
    text = "La misión fue un éxito. La organizó la Secretaría de Economía de Nuevo León. Según la Secretaría de Economía, volverán."
    found = find_mentions(text, split_sentences(text), seed_knowledge, "es")
    assert [p.name for p in found.proposals if p.kind == "organisation"] == ["Secretaría de Economía de Nuevo León"]
    assert {m.entity for m in found.items if text[m.start : m.end] == "Secretaría de Economía"} == {"secretaria-de-economia-de-nuevo-leon"}


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("LINK-J, the Nihonbashi-based network, grew.", "Nihonbashi", "place"),
        ("The delegation visited a Samsung Electronics plant in Korea.", "Samsung Electronics", "organisation"),
        ("The trip was supported by Innovation Norway, the government's innovation agency.", "Innovation Norway", "organisation"),
        ("More than 200 people met at the Euskalduna conference centre in Bilbao.", "Euskalduna conference centre", "place"),
        ("It will present the projects at its ALL IN conference next spring.", None, None),
        ("Tenerrdis, the energy transition cluster of the Auvergne-Rhône-Alpes region, grew.", "Auvergne-Rhône-Alpes", "place"),
        ("Those on the trip included the power generator JERA and others.", "JERA", "organisation"),
        ("The delegation met the marine contractor Penta-Ocean Construction.", "Penta-Ocean Construction", "organisation"),
        ("Entre les firmes hi ha la marca de bicicletes Massi.", "Massi", "organisation"),
        ("Hi exposa el fabricant de material d'escalada Fixe.", "Fixe", "organisation"),
        ("Navarra exporta sobre todo a Francia.", "Navarra", "place"),
        ("Els proveïdors de l'Emília-Romanya busquen clients.", "Emília-Romanya", "place"),
        ("New South Wales backed the hub.", "New South Wales", "place"),
        ("They exhibited on the pavilion organised by Austrade.", "Austrade", "organisation"),
        ("Las empresas dan empleo a 9.500 personas en Castilla y León.", "Castilla y León", "place"),
        ("The co-op works alongside Defence NSW on procurement.", "Defence NSW", "organisation"),
    ],
)
def test_context_cues_say_what_a_name_is(text: str, name: str | None, kind: str | None, seed_knowledge: Knowledge) -> None:
    found = find_mentions(text, split_sentences(text), seed_knowledge)
    proposals = {p.name: p.kind for p in found.proposals}
    if name is None:
        assert [e.label for e in found.event_names] == ["ALL IN conference"] and "ALL IN" not in proposals
    else:
        assert proposals[name] == kind


def test_a_registry_name_inside_a_hyphenated_compound_does_not_link(seed_knowledge: Knowledge) -> None:
    assert ("Europe", "europe") not in linked("Both will attend BIO-Europe in November.", seed_knowledge)


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Marta Vidal, who chairs the board, welcomed the guests.", "Marta Vidal", "person"),
        ("Pieter Janssen, a physicist who heads the lab, spoke first.", "Pieter Janssen", "person"),
        ("The region is home to Voltis, Arkema and Solvay.", "Voltis", "organisation"),
        ("The companies meet at the Kista Science Park every year.", "Kista Science Park", "place"),
        ("El acuerdo se firmó en presencia del consejero de Industria de la Junta de Galicia.", "Junta de Galicia", "organisation"),
        ("The plan was approved by Regione Piemonte last year.", "Regione Piemonte", "organisation"),
        ("The delegation held talks with Flemish Enterprise, Elia and Fluxys.", "Flemish Enterprise", "organisation"),
        ("Visitors toured la mina Candelaria in the north.", "Candelaria", "place"),
        ("El convenio se firmó en Santiago, en la sede de las oficinas de Enami.", "Enami", "organisation"),
        ("Según el Instituto Nacional de Estadística, crecerá.", "Instituto Nacional de Estadística", "organisation"),
        ("Valdivia, Los Ríos, 3 de mayo de 2024.– La asociación firmó.", "Los Ríos", "place"),
        ("In Umbria it has its own network.", "Umbria", "place"),
    ],
)
def test_more_cues_say_what_a_name_is(text: str, name: str, kind: str, seed_knowledge: Knowledge) -> None:
    text = f"News\n\n{text}"
    language = "es" if re.search(r"\b(?:el|la|Según)\b", text) else "en"
    assert {p.name: p.kind for p in find_mentions(text, split_sentences(text), seed_knowledge, language).proposals}[name] == kind


def test_a_name_after_during_is_an_event_and_a_nationality_no_name(seed_knowledge: Knowledge) -> None:
    text = "News\n\nThe cluster signed with Rhine Photonics during SEMICON West, where the Italian and Scottish firms exhibited."
    found = find_mentions(text, split_sentences(text), seed_knowledge)
    assert [e.label for e in found.event_names] == ["SEMICON West"]
    assert not {"SEMICON West", "Italian", "Scottish"} & {p.name for p in found.proposals}


def test_an_owner_before_an_event_name_is_an_organisation(seed_knowledge: Knowledge) -> None:
    text = "News\n\nThey met on the sidelines of Offshore Norge' Annual Conference in Bilbao."
    found = find_mentions(text, split_sentences(text), seed_knowledge)
    assert {p.name: p.kind for p in found.proposals}["Offshore Norge"] == "organisation"
    assert [e.label for e in found.event_names] == ["Annual Conference"]


def test_spanish_place_names_keep_a_capitalised_article_inside_a_sentence(seed_knowledge: Knowledge) -> None:
    text = "Noticias\n\nEl acuerdo se firmó en el parque, en La Rinconada, y el clúster lo celebró."
    names = {p.name for p in find_mentions(text, split_sentences(text), seed_knowledge, "es").proposals}
    assert "La Rinconada" in names


def test_a_sentence_opening_word_before_cluster_and_a_nationality_are_no_names(seed_knowledge: Knowledge) -> None:
    text = "Food cluster leaders meet in Parma\n\nThe Danish cluster Agro Cluster Denmark and Norway Health Tech, based in Oslo, met."
    names = {p.name: p.kind for p in find_mentions(text, split_sentences(text), seed_knowledge).proposals}
    assert "Food cluster" not in names and "Danish cluster" not in names
    assert names["Norway Health Tech"] == "organisation"  # a country opens no person's name


def test_a_two_word_cluster_name_in_a_headline_is_the_cluster_named_in_full_below(seed_knowledge: Knowledge) -> None:
    text = (
        "El Clúster Vitivinícola porta vint cellers a Bordeus\n\n"
        "El Clúster Vitivinícola de Catalunya ha portat vint cellers a Bordeus. "
        "El Clúster Vitivinícola de Catalunya forma part del programa Catalunya Clústers, que gestiona ACCIÓ."
    )
    found = find_mentions(text, split_sentences(text), seed_knowledge, "ca")
    assert [p.id for p in found.proposals if p.kind in ("organisation", "cluster-organisation")] == ["cluster-vitivinicola-de-catalunya"]
    assert [e for s, e in linked(text, seed_knowledge) if s.startswith("Catalunya")] == ["catalonia-clusters"]


@pytest.mark.parametrize(
    "text",
    [
        "Brands such as Nortex, Helmar and Cybera were on show at the stand.",
        "Hi ha marques com Nortex, Helmar i Cybera a l'estand.",
        "La comitiva incluyó a firmas como Nortex, Helmar y Cybera.",
    ],
)
def test_names_after_any_plural_that_opens_a_list_are_organisations(text: str, seed_knowledge: Knowledge) -> None:
    found = find_mentions(text, split_sentences(text), seed_knowledge, "en" if text.startswith("Brands") else "es")
    assert {"nortex", "helmar", "cybera"} <= {p.id for p in found.proposals if p.kind == "organisation"}


def test_a_name_in_capitals_with_its_place_after_a_place_preposition_is_a_fair(seed_knowledge: Knowledge) -> None:
    text = "In September the cluster will take a dozen member companies to SEMICON Taiwan in Taipei."
    found = find_mentions(text, split_sentences(text), seed_knowledge)
    assert [e.label for e in found.event_names] == ["SEMICON Taiwan"] and "SEMICON Taiwan" not in {p.name for p in found.proposals}


def test_a_short_name_in_brackets_spelt_from_the_name_is_the_same_organisation(seed_knowledge: Knowledge) -> None:
    text = ("Noticias\n\nPor Ana Ruiz | 16 de abril de 2026\n\nEl viaje cuenta con fondos del Fondo Europeo de Desarrollo Regional (Feder). "
            "La asociación está integrada en la Confederación Regional de Organizaciones Empresariales de Lorca (Croel). "
            "Las bodegas de Villa Serena (Canelones) también viajan.")
    found = find_mentions(text, split_sentences(text), seed_knowledge, "es")
    alternatives = {p.name: p.alt_names for p in found.proposals}
    assert alternatives["Fondo Europeo de Desarrollo Regional"] == ("Feder",)
    assert alternatives["Confederación Regional de Organizaciones Empresariales de Lorca"] == ("Croel",)
    assert "Canelones" not in {a for names in alternatives.values() for a in names}


def test_an_office_abroad_is_named_with_its_city_and_a_country_is_no_event(seed_knowledge: Knowledge) -> None:
    text = ("Noticias\n\nPor Ana Ruiz | 16 de abril de 2026\n\nLos empresarios se reunirán con la Oficina Económica y Comercial de España en Lima. "
            "The delegation met the Embassy of Chile in Oslo. La asociación prepara una segunda misión, esta vez a Colombia, que se celebrará en junio.")
    found = find_mentions(text, split_sentences(text), seed_knowledge, "es")
    proposals = {p.name: p.kind for p in found.proposals}
    assert proposals["Oficina Económica y Comercial de España en Lima"] == "organisation"
    assert proposals["Embassy of Chile in Oslo"] == "organisation"
    assert proposals["Colombia"] == "place" and not found.event_names


def test_an_acronym_spelt_from_the_syllables_of_a_name_with_i_el_keeps_it_whole(seed_knowledge: Knowledge) -> None:
    text = ("Notícies\n\nPer Anna Puig | 19 de novembre de 2026\n\nHi va parlar el director de l'Institut Català de la Fusta i el Suro (INCAFUS). "
            "In March BioWin met Lumen and the Wallonia Export and Investment Agency (AWEX) in Mons.")
    found = find_mentions(text, split_sentences(text), seed_knowledge, "ca")
    alternatives = {p.name: p.alt_names for p in found.proposals if p.kind == "organisation"}
    assert alternatives["Institut Català de la Fusta i el Suro"] == ("INCAFUS",)
    assert "Lumen" in alternatives and alternatives["Wallonia Export and Investment Agency"] == ("AWEX",)


def test_a_name_opening_with_a_given_name_is_a_person_but_not_the_author_of_a_by_line(seed_knowledge: Knowledge) -> None:
    text = ("News\n\nBy Helen Carver | 12 March 2026\n\nSarah Kemp was elected chair of the Tees Process Cluster. "
            "Paul Irving of Redcar Polymers becomes vice-chair. The board also includes Raj Patel of Hartlepool Pipes. "
            "La junta la forman María Ruiz (Hidrosur) y Pedro Gil (Riegos Béticos).")
    found = find_mentions(text, split_sentences(text), seed_knowledge)
    kinds = {p.name: p.kind for p in found.proposals}
    assert {name: kinds.get(name) for name in ("Paul Irving", "Raj Patel", "María Ruiz", "Pedro Gil")} == dict.fromkeys(("Paul Irving", "Raj Patel", "María Ruiz", "Pedro Gil"), "person")
    assert "Helen Carver" not in kinds


def test_a_person_named_short_in_the_headline_and_in_full_below_is_one_person(seed_knowledge: Knowledge) -> None:
    text = ("Entrevista\n\n16 de abril de 2026\n\nLorena Pardo, directora de AGROCAM, habla. "
            "Lorena Pardo Arranz está al frente de AGROCAM desde 2019.")
    found = find_mentions(text, split_sentences(text), seed_knowledge, "es")
    assert [(p.name, p.alt_names) for p in found.proposals if p.kind == "person"] == [("Lorena Pardo Arranz", ("Lorena Pardo",))]


def test_a_department_s_portfolios_and_an_institute_s_fields_go_on_over_commas(seed_knowledge: Knowledge) -> None:
    text = (
        "News\n\nThe cluster is funded by the Bavarian State Ministry of Economic Affairs, Regional Development and Energy. "
        "The delegation toured the Fraunhofer Institute for Casting, Composite and Processing Technology (IGCV) in Augsburg."
    )
    found = find_mentions(text, split_sentences(text), seed_knowledge, "en")
    assert [p.name for p in found.proposals if p.kind == "organisation"] == [
        "Bavarian State Ministry of Economic Affairs, Regional Development and Energy",
        "Fraunhofer Institute for Casting, Composite and Processing Technology",
    ]


def test_a_name_described_by_the_copula_and_the_or_by_what_it_builds_is_an_organisation(seed_knowledge: Knowledge) -> None:
    text = "News\n\nRailnova is the rail cluster of Aragon. Among the firms were Quadbot, which builds warehouse robots."
    found = find_mentions(text, split_sentences(text), seed_knowledge, "en")
    assert {(p.name, p.kind) for p in found.proposals} >= {("Railnova", "cluster-organisation"), ("Quadbot", "organisation")}
