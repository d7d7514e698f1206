"""Extraction, memberships: lists of members after 'Forman parte del clúster, entre otros,', "En formen part, entre
d'altres,", 'are members of the cluster today, including', with names joined by '+'; each a text in and the
memberships out (names invented)."""

from __future__ import annotations

from pathlib import Path

import pytest

from clusterld.extraction import extract

REPO = Path(__file__).resolve().parent.parent


def memberships(text: str) -> set[tuple[str, str]]:
    """The (member, organisation) pairs drafted from the text."""
    return {(f["member"], f["organisation"]) for f in extract(text, REPO).facts if f["type"] == "membership"}


def test_spanish_forman_parte_del_cluster_entre_otros() -> None:
    text = (
        "Noticias\n\nPor Ana López | 14 de febrero de 2025\n\n"
        "El Clúster de Movilidad de Teruel (CMT) agrupa a 120 empresas. "
        "Forman parte del clúster, entre otros, Ferralis, Vogt+Berger y la Universidad de Alcañiz. Todos invierten en I+D."
    )
    cmt = "cluster-de-movilidad-de-teruel"
    assert memberships(text) == {("ferralis", cmt), ("vogt-berger", cmt), ("universidad-de-alcaniz", cmt)}


def test_catalan_en_formen_part_entre_d_altres_is_the_organisation_before() -> None:
    text = (
        "Notícies\n\nPer Anna López | 14 de febrer de 2025\n\n"
        "El Clúster de l'Hidrogen de Tarragona (CHT) va celebrar dimarts la seva assemblea. "
        "En formen part, entre d'altres, Quimiserveis, Electrolit i la Universitat de Reus (UR). "
        "L'Associació Agroalimentària de Lleida (AAL) és el clúster de la fruita. Entre d'altres, en formen part Fruits Segrià i la Universitat de Balaguer."
    )
    cht, aal = "cluster-de-lhidrogen-de-tarragona", "associacio-agroalimentaria-de-lleida"
    assert memberships(text) == {("quimiserveis", cht), ("electrolit", cht), ("universitat-de-reus", cht), ("fruits-segria", aal), ("universitat-de-balaguer", aal)}


def test_members_of_the_cluster_today_including() -> None:
    text = (
        "Regional news\n\nBy Ann Lee | 14 February 2025\n\n"
        "The Karoo Automotive Cluster (KAC) was set up in 2005. Some 45 component makers and training institutions are members of the "
        "cluster today, including Bloem Motors, Vaal Pressings and the Karoo University of Technology."
    )
    kac = "karoo-automotive-cluster"
    assert memberships(text) == {("bloem-motors", kac), ("vaal-pressings", kac), ("karoo-university-of-technology", kac)}


def test_they_range_from_lists_the_members_of_the_organisation_before() -> None:
    text = (
        "Regional news\n\nBy Ann Lee | 14 February 2025\n\n"
        "The Olt IT Cluster has grown to 90 members. They range from software houses such as Fortis Soft to the University of Slatina, "
        "and include public bodies like the Olt County Council."
    )
    olt = "olt-it-cluster"
    assert memberships(text) == {("fortis-soft", olt), ("university-of-slatina", olt), ("olt-county-council", olt)}


def test_entre_ellos_figuran_are_members_of_the_organisation_just_counted() -> None:
    text = (
        "Noticias\n\nPor Ana López | 14 de febrero de 2025\n\n"
        "Según la memoria, el Clúster de la Piedra de Soria (CPS) reúne ya a 96 empresas y entidades. "
        "Entre ellos figuran el centro tecnológico Litocentro, la Universidad de Almazán y la Fundación Duero Vivo. "
        "La Fundación Duero Vivo firmó un acuerdo con Canteras Ribera. Entre ellos figuran dos alcaldes."
    )
    cps = "cluster-de-la-piedra-de-soria"
    assert memberships(text) == {("litocentro", cps), ("universidad-de-almazan", cps), ("fundacion-duero-vivo", cps)}


def test_among_the_newcomers_are_members_of_the_organisation_just_counted() -> None:
    text = (
        "News\n\nBy Ann Lowe | 12 December 2025\n\n"
        "The Fenland Agritech Cluster welcomed 12 new members this year, bringing its total to more than 150 organisations. "
        "Among the newcomers are the seed company Marsh Genetics, based in Ely, and Dykeway, a drone maker from March."
    )
    assert memberships(text) == {("marsh-genetics", "fenland-agritech-cluster"), ("dykeway", "fenland-agritech-cluster")}


def test_a_subjectless_count_with_entre_ellas_lists_members_of_the_organisation_before() -> None:
    text = (
        "Noticias\n\nPor Ana López | 14 de febrero de 2025\n\n"
        "El Clúster Marítimo de Menorca es una asociación sin ánimo de lucro constituida en 2011. "
        "Reúne a casi 80 empresas, centros de investigación y entidades del mar, entre ellas Astilleros Mahón (AM) y la Universidad de Ciutadella (UC)."
    )
    cmm = "cluster-maritimo-de-menorca"
    assert memberships(text) == {("astilleros-mahon", cmm), ("universidad-de-ciutadella", cmm)}


def test_members_listed_after_a_place_and_an_owner_are_the_owned_units() -> None:
    text = (
        "News\n\nBy Ann Lowe | 12 December 2025\n\n"
        "The Severn Photonics Cluster brings together more than 40 companies, universities and research bodies across Gloucestershire, "
        "among them Lumora, Quantel Optics and Stroud University's Institute for Thin Films (ITF)."
    )
    spc = "severn-photonics-cluster"
    assert memberships(text) == {("lumora", spc), ("quantel-optics", spc), ("institute-for-thin-films", spc)}


def test_members_too_and_most_of_them_are_companies_such_as() -> None:
    text = (
        "Q&A\n\nBy Ann Lowe | 12 December 2025\n\n"
        "Much of the sector's work runs through the Estonian Optics Association (EOA), which has its office in Tartu.\n\n"
        "**How big is the EOA today?**\n\n"
        "We have 30 members. Most of them are companies, and younger firms such as Tartu Photonics. "
        "The Institute of Physics Narva (IPN) and Tallinn University are members too."
    )
    assert memberships(text) == {("tartu-photonics", "estonian-optics-association"), ("institute-of-physics-narva", "estonian-optics-association"), ("tallinn-university", "estonian-optics-association")}


def test_a_count_opened_by_today_lists_members_and_a_partner_counted_as_a_member_belongs_too() -> None:
    text = (
        "Noticias\n\nPor Ana Ruiz | 14 de febrero de 2025\n\n"
        "La Asociación Valenciana de Automoción (AVIA) celebró ayer su asamblea general en Valencia. "
        "Hoy agrupa a más de 130 empresas, entre ellas Ford España, Forvia y Benteler, y cuenta también como socia con la Universitat Politècnica de València (UPV)."
    )
    draft = extract(text, REPO)
    members = {(f["member"], f["organisation"]) for f in draft.facts if f["type"] == "membership"}
    assert members == {(m, "asociacion-valenciana-de-automocion") for m in ("ford-espana", "forvia", "benteler", "universitat-politecnica-de-valencia")}
    assert "Ford España" in {p.name for p in draft.proposal_records}  # a company's national arm is one name, not a company and a country


def test_entre_els_socis_after_an_agreement_lists_members_not_the_parties() -> None:
    text = (
        "Notícies\n\nPer Anna López | 14 de febrer de 2025\n\n"
        "El Clúster de l'Hidrogen de Tarragona (CHT) i la Hydrogen Valley Ruhr (HVR) van signar dimarts un acord de col·laboració. "
        "El CHT aplega 80 socis. Entre els socis hi ha Quimiserveis, el centre tecnològic Electrolit i la Universitat de Reus."
    )
    cht = "cluster-de-lhidrogen-de-tarragona"
    assert memberships(text) == {("quimiserveis", cht), ("electrolit", cht), ("universitat-de-reus", cht)}


def test_among_the_members_on_the_stand_are_members_of_the_cluster_not_of_a_helper_named_between() -> None:
    text = (
        "Trade news\n\nBy Ann Lee | 14 February 2025\n\n"
        "The Fjord Battery Cluster has brought 20 of its member companies to the fair. "
        "The pavilion was organised together with Trade Norway, which set up 50 meetings. "
        "Among the members on the stand are battery maker Voltfjord, Nordkapp Cables and the ferry operator Fjordline."
    )
    fbc = "fjord-battery-cluster"
    assert memberships(text) == {("voltfjord", fbc), ("nordkapp-cables", fbc), ("fjordline", fbc)}


def test_a_cluster_that_now_has_members_from_groups_such_as() -> None:
    text = (
        "Regional news\n\nBy Ann Lee | 14 February 2025\n\n"
        "The Karoo Food Cluster now has more than 550 members, from global groups such as Veldkos and Karoo Dairies to start-ups and universities."
    )
    kfc = "karoo-food-cluster"
    assert memberships(text) == {("veldkos", kfc), ("karoo-dairies", kfc)}


def test_entre_sus_integrantes_figuran_are_members_of_the_organisation_before() -> None:
    text = (
        "Noticias\n\nPor Ana López | 14 de febrero de 2025\n\n"
        "La Corporación Vitivinícola del Cuyo (Covicu) tiene su sede en Mendoza. "
        "Entre sus integrantes figuran Bodegas Andinas, Viñateros Unidos y la Universidad de Maipú."
    )
    covicu = "corporacion-vitivinicola-del-cuyo"
    assert memberships(text) == {("bodegas-andinas", covicu), ("vinateros-unidos", covicu), ("universidad-de-maipu", covicu)}


def test_companies_named_on_a_trip_made_with_member_companies_are_members_of_who_sent_them() -> None:
    text = (
        "Notícies\n\nPer Anna Puig | 4 de març de 2026\n\n"
        "El Clúster Nàutic de Tarragona ha portat disset empreses associades a Gènova. "
        "Entre les empreses que van fer el viatge hi havia Velamar, Drassanes Ebre i Portnova."
    )
    assert {("velamar", "cluster-nautic-de-tarragona"), ("drassanes-ebre", "cluster-nautic-de-tarragona"), ("portnova", "cluster-nautic-de-tarragona")} <= memberships(text)


def test_a_count_of_members_with_a_date_after_its_verb_lists_members() -> None:
    text = (
        "Noticias\n\nPor Ana López | 13 de octubre de 2026\n\n"
        "La Asociación Minera del Norte celebró su asamblea. Reúne hoy a más de 130 empresas socias, entre ellas Cobrex, Salitrera Andina y Aguas del Desierto."
    )
    amn = "asociacion-minera-del-norte"
    assert {("cobrex", amn), ("salitrera-andina", amn), ("aguas-del-desierto", amn)} <= memberships(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("El Clúster Aragonés de Logística (ALIA) celebró ayer su asamblea en Zaragoza. Agrupa a 74 asociados entre operadores logísticos, "
         "empresas de transporte y universidades, entre ellos la Universidad de Zaragoza y Aragón Plataforma Logística (APL).",
         {("universidad-de-zaragoza", "cluster-aragones-de-logistica"), ("aragon-plataforma-logistica", "cluster-aragones-de-logistica")}),
        ("DeepWind was set up in 2017 and now has more than 1,300 members, ranging from global developers to one-person consultancies; "
         "Global Energy Group and the Port of Cromarty Firth are among them.",
         {("global-energy-group", "deepwind"), ("port-of-cromarty-firth", "deepwind")}),
        ("The JWPA, which was founded in 2001 and is based in Tokyo, speaks for some 600 companies, JERA Holdings and the trading house Marubeni among them.",
         {("jera-holdings", "jwpa"), ("marubeni", "jwpa")}),
    ],
)
def test_organisations_listed_beside_a_count_of_members_are_members(text: str, expected: set[tuple[str, str]]) -> None:
    assert memberships(text) == expected


def test_companies_a_plural_subject_counts_are_no_members_of_anyone() -> None:
    text = "Scale AI funds supply-chain projects. The projects bring together 40 companies, including Loblaw, Bombardier and CN, and represent $120 million."
    assert memberships(text) == set()


def test_its_members_listed_after_a_count_belong_to_the_organisation_counted_not_a_cluster_named_earlier() -> None:
    text = (
        "Notícies\n\nPer Anna Puig | 3 de març de 2026\n\n"
        "La missió va visitar el Clúster de l'Aigua de Girona. "
        "El Mediterranean Water Partnership aplega 124 socis. "
        "Entre els socis hi ha Aigües del Ter, el centre tecnològic Hidrolab i la Universitat de Vic."
    )
    mwp = "mediterranean-water-partnership"
    assert memberships(text) == {("aigues-del-ter", mwp), ("hidrolab", mwp), ("universitat-de-vic", mwp)}


@pytest.mark.parametrize(
    ("text", "members", "organisation"),
    [
        ("El Clúster Andaluz del Agua celebró ayer su asamblea. Durante el año se han incorporado como nuevos socios Aguas de Lebrija, Hidrotec Sur y la Universidad de Huelva.",
         {"aguas-de-lebrija", "hidrotec-sur", "universidad-de-huelva"}, "cluster-andaluz-del-agua"),
        ("The Northern Water Network welcomed Aqualis, Brightwater Systems and Tyne Valves as new members this year.",
         {"aqualis", "brightwater-systems", "tyne-valves"}, "northern-water-network"),
        ("The Northern Water Network met in Leeds. New members include Flowmatic and Pipeline North.", {"flowmatic", "pipeline-north"}, "northern-water-network"),
        ("En 2025 el Clúster Andaluz del Agua creció. Otras empresas asociadas son Riegos Béticos y Bombas Giralda.", {"riegos-beticos", "bombas-giralda"}, "cluster-andaluz-del-agua"),
    ],
)
def test_who_joins_as_a_new_member(text: str, members: set[str], organisation: str) -> None:
    article = f"Noticias\n\nSevilla, 12 de marzo de 2026\n\n{text}"
    assert memberships(article) == {(member, organisation) for member in members}


def test_new_members_listed_on_bulleted_lines_each_with_its_city_in_brackets() -> None:
    text = ("Noticias\n\nSevilla, 12 de marzo de 2026\n\nEl Clúster Andaluz del Agua crece. Entre las entidades que se han sumado a la asociación figuran:\n\n"
            "- Aquanova (Sevilla), especializada en sensores de riego.\n- Hidrotec Sur (Málaga), ingeniería del ciclo del agua.\n")
    agua = "cluster-andaluz-del-agua"
    assert memberships(text) == {("aquanova", agua), ("hidrotec-sur", agua)}
    facts = extract(text, REPO).facts
    assert {(f["subject"], f["object"]) for f in facts if f["type"] == "relation"} == {("aquanova", "sevilla"), ("hidrotec-sur", "malaga")}


def test_the_newcomers_and_those_all_members_belong_to_the_cluster_before() -> None:
    text = ("News\n\nBy Ann Lee | 12 March 2026\n\nThe Tees Process Cluster grew again this year. "
            "Among the newcomers are Borlan Chemical UK and the bioethanol producer Vennus, both based at Wilton. "
            "Hartmoor Institute, the Skelton Cancer Centre and Redcar University are all members.")
    tees = "tees-process-cluster"
    assert memberships(text) == {("borlan-chemical-uk", tees), ("vennus", tees), ("hartmoor-institute", tees), ("skelton-cancer-centre", tees), ("redcar-university", tees)}
    facts = extract(text, REPO).facts
    assert {(f["subject"], f["property"], f["object"]) for f in facts if f["type"] == "relation"} == {("borlan-chemical-uk", "based-in", "wilton"), ("vennus", "based-in", "wilton")}


def test_a_member_left_unnamed_is_the_subject_before_not_a_name_after_a_preposition() -> None:
    text = ("Noticias\n\nPor Ana López | 14 de febrero de 2026\n\nAndalucía Hidro es una asociación con sede en Sevilla. "
            "Está inscrita en el Registro de Agrupaciones Empresariales Innovadoras (AEI) del Ministerio de Industria y Turismo "
            "y forma parte de la European Cluster Collaboration Platform.\n\n"
            "El Clúster de Pasabocas nació en 2014. La iniciativa hace parte de la Red Clúster Colombia.")
    assert memberships(text) == {("andalucia-hidro", "european-cluster-collaboration-platform"), ("cluster-de-pasabocas", "red-cluster-colombia")}


def test_member_companies_counted_after_a_plural_subject_and_listed_are_members() -> None:
    text = (
        "Noticias\n\nPor Ana López | 14 de febrero de 2025\n\n"
        "El Clúster de Máquinas de Tolosa (CMT) recibió a la delegación. "
        "Los visitantes mantuvieron 80 reuniones con 21 empresas asociadas, entre ellas Barrenatek, Ibarfresa y Zuloaga Automation."
    )
    cmt = "cluster-de-maquinas-de-tolosa"
    assert memberships(text) == {("barrenatek", cmt), ("ibarfresa", cmt), ("zuloaga-automation", cmt)}


def test_a_name_s_first_word_alone_is_the_name_and_who_make_up_the_institution_are_its_members() -> None:
    text = (
        "Noticias\n\nPor Ana López | 14 de febrero de 2025\n\n"
        "El Polo Industrial Paranaense reúne a 90 empresas. "
        "A nivel nacional, el Polo es socio de la Cámara Argentina de Maquinaria Agrícola (Camaq). "
        "Además de las firmas privadas, integran la institución la Municipalidad de Paraná y la Universidad Nacional de Entre Ríos."
    )
    polo = "polo-industrial-paranaense"
    assert memberships(text) == {
        (polo, "camara-argentina-de-maquinaria-agricola"),
        ("municipalidad-de-parana", polo),
        ("universidad-nacional-de-entre-rios", polo),
    }


def test_a_founding_member_in_a_second_clause_is_the_led_organisation_named_first() -> None:
    text = (
        "Notícies\n\nPer Anna Puig | 14 de febrer de 2025\n\n"
        "La directora Marta Vidal encapçalarà Navalgrup durant quatre anys. "
        "Navalgrup, creat el 2004, forma part del programa Catalunya Clústers i és un dels membres fundadors de la Xarxa Europea de Clústers Navals."
    )
    assert memberships(text) == {("navalgrup", "catalonia-clusters"), ("navalgrup", "xarxa-europea-de-clusters-navals")}


def test_who_make_it_up_after_a_pronoun_are_members_but_two_that_form_a_named_alliance_are_not_its_owner_s() -> None:
    text = (
        "Noticias\n\nPor Ana López | 14 de febrero de 2025\n\n"
        "El Polo Industrial Paranaense reúne a 90 empresas. La integran la Municipalidad de Paraná y la Universidad Nacional de Entre Ríos. "
        "Siemens y ABB forman la Alianza Eólica del Sur."
    )
    polo = "polo-industrial-paranaense"
    assert memberships(text) == {("municipalidad-de-parana", polo), ("universidad-nacional-de-entre-rios", polo)}


def test_members_include_and_is_among_its_members_name_members_of_the_organisation_before() -> None:
    text = (
        "Clusters admitted\n\nPress release | 3 March 2026\n\n"
        "Fjordline Cluster has around 60 members. Members include the shipping group Kvalsund. "
        "Arctic Biotech Network, in Tromsø, gathers 48 companies and research groups. The University of Lyngen is among its members."
    )
    assert memberships(text) == {("kvalsund", "fjordline-cluster"), ("university-of-lyngen", "arctic-biotech-network")}


def test_a_name_ending_in_cluster_is_a_cluster_organisation_whose_counted_members_are_listed() -> None:
    text = (
        "Hedmark moves up\n\nPress release | 3 March 2026\n\n"
        "Skogvik Biocluster in Hamar becomes a national centre. "
        "Skogvik Biocluster, founded in 2012, brings together 92 companies, among them breeding company Avlsgen and the dairy cooperative Melkro."
    )
    assert memberships(text) == {("avlsgen", "skogvik-biocluster"), ("melkro", "skogvik-biocluster")}


def test_members_listed_after_a_semicolon_then_the_organisation_is_what_the_sentence_before_was_about() -> None:
    text = (
        "Pabellón en Düsseldorf\n\nSan José, 3 de marzo de 2026.\n\n"
        "El Clúster de Equipos Médicos de Cartago nació en 2012. "
        "Hoy reúne a 118 socios entre multinacionales, proveedores locales y universidades; entre ellos figuran Implantes Orosi y el Instituto Técnico de Turrialba (ITT). "
        "La organización es miembro afiliado de la Cámara de Industrias de Cartago."
    )
    cluster = "cluster-de-equipos-medicos-de-cartago"
    assert memberships(text) == {("implantes-orosi", cluster), ("instituto-tecnico-de-turrialba", cluster), (cluster, "camara-de-industrias-de-cartago")}


def test_it_has_been_a_member_of_and_a_member_named_with_its_acronym_among_the_counted() -> None:
    text = (
        "Ten years\n\nBy Jan Novak | 12 March 2026\n\n"
        "The Moravian Smart City Cluster turned ten. Across the border it has been a member of the Slovak Smart City Cluster (SSCC) since May 2017. "
        "The Applied AI Cluster has around 90 member organisations, the Institute for Energy Technology (IFE) among them."
    )
    assert memberships(text) == {
        ("moravian-smart-city-cluster", "slovak-smart-city-cluster"), ("institute-for-energy-technology", "applied-ai-cluster"),
    }


def test_the_ends_of_a_range_of_members_are_members_not_places_and_a_clause_is_no_range() -> None:
    text = (
        "News\n\nBy Ann Lee | 4 March 2026\n\n"
        "The Norvik Ocean Cluster was founded in 2004 in Tromsø. "
        "It has more than 400 members, from Equivane and Aker Norvik to small engineering firms along the coast. "
        "Roughly two-thirds are companies, from three-person start-ups to Statvik. "
        "A group of ten companies from Baltic Robotics Network is expected to visit Tromsø in October."
    )
    noc = "norvik-ocean-cluster"
    assert memberships(text) == {("equivane", noc), ("aker-norvik", noc)}
    assert {p.name: p.kind for p in extract(text, REPO).proposal_records}["Statvik"] == "organisation"


def test_all_partners_of_the_cluster_all_of_them_its_members_and_totes_son_socies_name_members() -> None:
    text = (
        "On tour\n\nBy Ann Lee | 4 March 2026\n\n"
        "The Norvik Ocean Cluster took a delegation to Japan. Among the firms on the trip were powertrain specialist Avlen List, "
        "Pankor Racing Systems and circuit-board maker Atson, all partners of the cluster. "
        "Software houses Nortel Norvik, Helmon and Cyberon, all of them Norvik Ocean Cluster members, were part of the delegation."
    )
    noc = "norvik-ocean-cluster"
    assert memberships(text) == {(m, noc) for m in ("avlen-list", "pankor-racing-systems", "atson", "nortel-norvik", "helmon", "cyberon")}
    catalan = (
        "El clúster viatja a Milà\n\nPer Anna Puig | 3 de març de 2026\n\n"
        "El Clúster Tèxtil de Catalunya (CTC) va portar dotze empreses a Milà. Hi van anar marques com Escorpa, Sitamur i Lola Casamunt. "
        "Totes són sòcies del clúster."
    )
    ctc = "cluster-textil-de-catalunya"
    assert memberships(catalan) == {("escorpa", ctc), ("sitamur", ctc), ("lola-casamunt", ctc)}


def test_a_company_after_a_spanish_demonym_is_an_organisation() -> None:
    text = (
        "Compradores\n\nPor Ana Gil | 8 de octubre de 2026\n\n"
        "Entre los visitantes figuraron la chocolatera francesa Valrosa, la suiza Feldhaus y la japonesa Meikon."
    )
    kinds = {p.name: p.kind for p in extract(text, REPO).proposal_records}
    assert {kinds.get(name) for name in ("Valrosa", "Feldhaus", "Meikon")} == {"organisation"}
