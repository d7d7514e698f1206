"""Extraction, where things are and whose they are: an organisation's seat said through a descriptor, a municipality
or with its name left unsaid, places that lie in a country or region, a list of organisations in one city, a
government's department, a person's alma mater; each a text in and the relations out (names invented)."""

from __future__ import annotations

import shutil
from pathlib import Path

from clusterld.extraction import extract

REPO = Path(__file__).resolve().parent.parent
HEAD = "Regional news\n\nBy Ann Lee | 14 February 2025\n\n"
SPANISH_HEAD = "Noticias\n\nPor Ana Ruiz | 14 de febrero de 2025\n\n"
CATALAN_HEAD = "Notícies\n\nPer Anna Puig | 14 de febrer de 2025\n\n"


def relations(text: str) -> set[tuple[str, str, str]]:
    """(subject, property, object) of every relation drafted from the article."""
    return {(f["subject"], f["property"], f["object"]) for f in extract(text, REPO).facts if f["type"] == "relation"}


def test_a_cluster_described_as_a_regions_cluster_is_based_there_but_not_in_a_country_it_serves() -> None:
    found = relations(HEAD + "Lumora signed an agreement with Optivale, Catalonia's optics and photonics cluster. Datavia, Canada's data cluster, joined them.")
    assert ("optivale", "based-in", "catalonia") in found
    assert not [r for r in found if r[0] == "datavia" and r[1] == "based-in"]


def test_a_spanish_cluster_described_as_the_cluster_of_a_region_is_based_there() -> None:
    found = relations(SPANISH_HEAD + "Ferralia firmó un convenio con AUTOVAL, el clúster de automoción de la región de Levantia, el pasado martes.")
    assert ("autoval", "based-in", "levantia") in found


def test_a_seat_said_without_a_name_belongs_to_the_organisation_of_the_sentence_before() -> None:
    text = CATALAN_HEAD + "El Clúster Digital de Ponent celebra avui la seva assemblea anual. Constituït el 2011, té la seu a Lleida i aplega 90 socis."
    assert ("cluster-digital-de-ponent", "based-in", "lleida") in relations(text)
    (members,) = [f for f in extract(text, REPO).facts if f["type"] == "observation"]
    assert (members["about"], members["indicator"], members["value"]) == ("cluster-digital-de-ponent", "number-of-member-organisations", 90)  # a place has no members


def test_a_seat_in_a_municipality_is_the_municipality_named_after_it() -> None:
    text = SPANISH_HEAD + "La Asociación Industrial Levantina (AIL) se fundó en 2003 y tiene su sede en el municipio valenciano de Paterna."
    assert ("asociacion-industrial-levantina", "based-in", "paterna") in relations(text)


def test_a_descriptor_with_con_sede_en_says_where_the_organisation_is() -> None:
    text = SPANISH_HEAD + "El Instituto Tecnológico Levantino (ITL), centro tecnológico con sede en Valencia, pondrá su laboratorio a disposición de los socios."
    assert ("instituto-tecnologico-levantino", "based-in", "valencia") in relations(text)


def test_a_place_followed_by_its_country_or_described_as_a_capital_lies_in_it() -> None:
    found = relations(SPANISH_HEAD + "La misión viajará a Wolfsburg (Alemania). Después viajará a Toulouse, capital de la región francesa de Occitania.")
    assert {("wolfsburg", "located-in", "alemania"), ("toulouse", "located-in", "occitania")} <= found
    assert ("tallinn", "located-in", "estonia") in relations(CATALAN_HEAD + "La delegació va viatjar a Tallinn, la capital d'Estònia, on va visitar tres empreses.")


def test_countries_listed_together_lie_in_none_of_each_other() -> None:
    found = relations(HEAD + "The cluster has members in Spain, France, Italy and Portugal.")
    assert not [r for r in found if r[1] == "located-in"]


def test_each_organisation_listed_before_in_a_city_is_based_there() -> None:
    text = HEAD + "The group toured the laboratories of Lumexa and the Photon Institute in Québec City before moving on."
    assert {("lumexa", "based-in", "quebec-city"), ("photon-institute", "based-in", "quebec-city")} <= relations(text)


def test_a_place_based_descriptor_may_stand_between_the_place_and_the_name() -> None:
    assert ("grainex", "based-in", "uzwil") in relations(HEAD + "Members include the Uzwil-based technology group Grainex, which joined in 2023.")


def test_funding_from_a_regions_ministry_is_backing_from_the_ministry() -> None:
    found = relations(HEAD + "Lumora and Optivale signed an agreement. Optivale receives funding from Catalonia's Ministry of Economy.")
    assert ("optivale", "promoted-by", "ministry-of-economy") in found


def test_a_spanish_degree_from_a_university_makes_an_alumna() -> None:
    text = SPANISH_HEAD + "La directora general de la Asociación Industrial Levantina, Marta Climent, asumió el cargo en enero. Climent, doctora en Ingeniería Industrial por la Universidad de Levantia, sustituye a Joaquín Bellver."
    assert ("marta-climent", "alumni-of", "universidad-de-levantia") in relations(text)


def test_a_governments_department_is_part_of_the_government() -> None:
    text = SPANISH_HEAD + "La misión cuenta con el apoyo de la Secretaría de Desarrollo Sustentable (SEDESU) del Gobierno del Estado de Querétaro."
    assert ("secretaria-de-desarrollo-sustentable", "part-of", "gobierno-del-estado-de-queretaro") in relations(text)


def test_a_place_after_a_list_of_visits_is_where_the_last_one_is() -> None:
    text = HEAD + "During the trip the delegation visited Lumexa, the Photon Institute (PHI) in Daejeon and a Grainex plant in Pyeongtaek."
    found = relations(text)
    assert ("photon-institute", "based-in", "daejeon") in found
    assert ("lumexa", "based-in", "daejeon") not in found


def test_a_venue_or_town_lies_in_the_place_named_after_it_and_a_dateline_names_its_county() -> None:
    found = relations(HEAD + "The partners met at the Agrifood Science Park in Melle. The next meeting will take place in Colón, in the municipality of Querétaro.")
    assert {("agrifood-science-park", "located-in", "melle"), ("colon", "located-in", "queretaro")} <= found
    dateline = relations("Regional news\n\nFARNBOROUGH, Hampshire, 22 July 2026 – Aerospace Wales signed an agreement with Aero Montréal.")
    assert ("farnborough", "located-in", "hampshire") in dateline


def test_a_registered_venue_named_before_de_and_its_city_lies_in_the_city(tmp_path: Path) -> None:
    shutil.copytree(REPO / "ontology", tmp_path / "ontology")
    (tmp_path / "data" / "entities").mkdir(parents=True)
    venues = "- {id: centro-cultural-delibes, type: place, place_type: area, name: {es: Centro Cultural Delibes}}\n- {id: valladolid, type: place, place_type: city, name: {es: Valladolid}}\n"
    (tmp_path / "data" / "entities" / "places.yaml").write_text(venues, encoding="utf-8")
    facts = extract(SPANISH_HEAD + "La jornada se celebró en el Centro Cultural Delibes de Valladolid.", tmp_path).facts
    assert {"type": "relation", "subject": "centro-cultural-delibes", "property": "located-in", "object": "valladolid"} in [
        {k: f[k] for k in ("type", "subject", "property", "object")} for f in facts if f["type"] == "relation"
    ]


def test_a_public_company_of_a_government_is_part_of_it() -> None:
    text = SPANISH_HEAD + "La misión contó con el apoyo de la Sociedad Canaria de Fomento Económico (Proexca), empresa pública del Gobierno de Canarias."
    assert ("sociedad-canaria-de-fomento-economico", "part-of", "gobierno-de-canarias") in relations(text)


def test_a_seat_opening_the_sentence_before_a_with_phrase_and_a_seat_after_an_apposition() -> None:
    found = relations(
        HEAD + "Headquartered in Bremen, with regional offices in each of the five states, the Weser Shipping Cluster has around 300 members. "
        "It is a member of Nordsee Energy, the European wind platform, based in Emden."
    )
    assert {("weser-shipping-cluster", "based-in", "bremen"), ("nordsee-energy", "based-in", "emden")} <= found
    catalan = relations(CATALAN_HEAD + "El Clúster de l'Aigua de Ponent és membre d'Hydrea, la plataforma tecnològica europea de l'aigua, amb seu a Brussel·les.")
    assert ("hydrea", "based-in", "brussel-les") in catalan


def test_a_spanish_seat_with_the_subject_unsaid_and_an_article_before_the_city() -> None:
    text = SPANISH_HEAD + "La Corporación Vitivinícola del Cuyo (Covicu) agrupa a 34 entidades. Tiene su sede en la Ciudad de Maipú."
    assert ("corporacion-vitivinicola-del-cuyo", "based-in", "ciudad-de-maipu") in relations(text)


def test_a_park_on_the_outskirts_of_a_city_and_a_cluster_funded_by_a_board() -> None:
    found = relations(
        HEAD + "The Jutland Dairy Cluster is headquartered at Dairy Park on the outskirts of Aarhus. "
        "It is one of Denmark's national clusters and is funded by the Danish Board of Business Development."
    )
    assert {("dairy-park", "located-in", "aarhus"), ("jutland-dairy-cluster", "promoted-by", "danish-board-of-business-development")} <= found


def test_each_organisation_that_runs_a_programme_runs_it() -> None:
    found = relations(HEAD + "Fjord Batteries is part of Nordic Innovation Clusters, the national cluster programme run by Innovation Fjord, Sivaco and the Research Council of Fjordland.")
    assert {("nordic-innovation-clusters", "operated-by", owner) for owner in ("innovation-fjord", "sivaco", "research-council-of-fjordland")} <= found


def test_a_unit_named_after_its_organisation_is_part_of_it_even_when_the_organisation_comes_later() -> None:
    found = relations(
        HEAD + "The visitors toured the Karoo Dairies Research and Development Centre on Monday. "
        "The partnership has eight partners, including Karoo Dairies and the Karoo University of Technology."
    )
    assert ("karoo-dairies-research-and-development-centre", "part-of", "karoo-dairies") in found


def test_a_venue_in_a_bay_or_a_park_after_al_but_not_a_list_of_places() -> None:
    found = relations(
        CATALAN_HEAD + "La trobada es fa al Parc Científic Marina, a la badia de Port Blau. "
        "Les empreses van visitar el Parc Agrari del Segre, al Pla de Lleida. "
        "El clúster dona feina a 3.000 persones, sobretot a la Garrotxa, al Gironès i a Osona."
    )
    assert {("parc-cientific-marina", "located-in", "port-blau"), ("parc-agrari-del-segre", "located-in", "pla-de-lleida")} <= found
    assert not [r for r in found if r[0] == "garrotxa"]


def test_companies_listed_with_where_they_are_from_are_based_there() -> None:
    text = CATALAN_HEAD + "Al saló hi ha marques com Lumina Cosmètics i Aurelia Beauty, totes dues de Barcelona, i entre els proveïdors destaquen Verdú Fragàncies i Cosmetrix."
    draft = extract(text, REPO)
    found = {(f["subject"], f["property"], f["object"]) for f in draft.facts if f["type"] == "relation"}
    assert {("lumina-cosmetics", "based-in", "barcelona"), ("aurelia-beauty", "based-in", "barcelona")} <= found
    assert {"verdu-fragancies", "cosmetrix"} <= {p["id"] for p in draft.proposals if p["type"] == "organisation"}


def test_a_place_after_a_listed_company_is_where_it_is_from() -> None:
    text = SPANISH_HEAD + "La comitiva de la Cámara Minera incluyó a firmas como Minatek, de Adelaida, y Gekkor, con base en Ballarat."
    draft = extract(text, REPO)
    found = {(f["subject"], f["property"], f["object"]) for f in draft.facts if f["type"] == "relation"}
    assert {("minatek", "based-in", "adelaida"), ("gekkor", "based-in", "ballarat")} <= found
    assert {p["id"]: p["type"] for p in draft.proposals}.get("adelaida") == "place"


def test_where_the_last_of_two_organisations_is_from_says_nothing_of_the_first() -> None:
    found = relations(SPANISH_HEAD + "El Clúster Andino de Turismo y el Clúster Gallego de Hoteles, de España, firmaron ayer un convenio.")
    assert ("cluster-gallego-de-hoteles", "based-in", "spain") in found
    assert not [r for r in found if r[0] == "cluster-andino-de-turismo" and r[1] == "based-in"]


def test_a_site_operated_by_a_company() -> None:
    found = relations(SPANISH_HEAD + "La delegación visitó la mina Rocafuerte, operada por Cobrex, y el puerto de Mejillones.")
    assert ("rocafuerte", "operated-by", "cobrex") in found


def test_a_city_then_its_region_lies_in_the_region() -> None:
    text = "The joint pavilion will be at MD&M West in Anaheim, California, next February."
    assert ("anaheim", "located-in", "california") in relations(text)


def test_an_office_named_with_its_city_is_based_there() -> None:
    text = ("Noticias\n\nPor Ana Ruiz | 16 de abril de 2026\n\nLa misión llegó a Lima el lunes. "
            "Allí se reunió con la Oficina Económica y Comercial de España en Lima.")
    assert ("oficina-economica-y-comercial-de-espana-en-lima", "based-in", "lima") in relations(text)


def test_a_unit_named_before_or_closed_by_its_organisation_is_part_of_it() -> None:
    text = ("Notícies\n\nPer Anna Puig | 19 de novembre de 2026\n\nLa Universitat de l'Ebre (UDE) i el Consorci Agrari (CAG) signen un conveni. "
            "Els socis podran fer servir els laboratoris de la Facultat d'Enologia de la UDE. "
            "El Centre de Recerca Vitícola d'ACCIÓ hi col·labora.")
    found = relations(text)
    assert ("facultat-denologia-de-la-ude", "part-of", "universitat-de-lebre") in found
    assert ("centre-de-recerca-viticola", "part-of", "accio") in found


def test_bodies_attached_to_a_ministry_named_with_its_portfolios_are_part_of_it() -> None:
    text = ("Noticias\n\nPor Ana López | 14 de febrero de 2026\n\nEl Clúster Andaluz del Agua crece. "
            "La Agencia Andaluza de Fomento (AAF), dependiente de la Junta de Andalucía, apoya al clúster. "
            "ProAndes e iNNvalle Colombia están adscritas al Ministerio de Comercio, Industria y Turismo.")
    ministry = "ministerio-de-comercio-industria-y-turismo"
    assert {("agencia-andaluza-de-fomento", "junta-de-andalucia"), ("proandes", ministry), ("innvalle-colombia", ministry)} == {
        (s, o) for s, p, o in relations(text) if p == "part-of"}


def test_a_place_headquartered_platform_owned_by_a_company_and_a_university_s_unit() -> None:
    text = (
        "News\n\nBy Ann Lee | 14 February 2025\n\n"
        "They are joined by Tinkwise, the Malmö-headquartered open banking platform owned by Mastercard. "
        "Data Foundry Labs, the University of Dundee's financial data unit, presented its findings."
    )
    assert relations(text) == {
        ("tinkwise", "based-in", "malmo"),
        ("tinkwise", "part-of", "mastercard"),
        ("data-foundry-labs", "part-of", "university-of-dundee"),
    }


def test_an_organisation_that_has_or_will_have_its_seat_somewhere_is_based_there() -> None:
    text = ("Nace el clúster\n\nCiudad Real, 3 de marzo de 2026.\n\n"
            "El Clúster del Hidrógeno de Almagro tendrá su sede en Puertollano. "
            "La Agencia Exportadora de Cartago organizó el pabellón y tiene su sede en San José.")
    assert relations(text) == {
        ("cluster-del-hidrogeno-de-almagro", "based-in", "puertollano"), ("agencia-exportadora-de-cartago", "based-in", "san-jose"),
    }


def test_partners_listed_with_del_or_dels_and_their_country_are_based_there() -> None:
    text = ("El projecte europeu\n\nLleida, 3 de març de 2026.\n\n"
            "El consorci reuneix Agroclúster Douro, de Portugal, i la Universitat Agrària de Gelderland, dels Països Baixos.")
    assert relations(text) == {("agrocluster-douro", "based-in", "portugal"), ("universitat-agraria-de-gelderland", "based-in", "paisos-baixos")}


def test_a_town_placed_within_a_region_after_a_comma_and_a_plant_s_town_are_places() -> None:
    text = ("La feria\n\nSan José, 3 de marzo de 2026.\n\n"
            "Alpenmed articula la industria de Trossingen, en el estado alemán de Baden-Württemberg. "
            "El clúster visitará Bremen, en el norte de Alemania. Aerotec se suma desde su planta de Illescas.")
    draft = extract(text, REPO)
    assert {("trossingen", "place"), ("bremen", "place"), ("illescas", "place")} <= {(p.id, p.kind) for p in draft.proposal_records}
    assert {(f["subject"], f["property"], f["object"]) for f in draft.facts if f["type"] == "relation"} >= {
        ("trossingen", "located-in", "baden-wurttemberg"), ("bremen", "located-in", "alemania"),
    }


def test_an_organisation_s_headquarters_in_a_place_and_la_sede_de_x_acronym_en_la_ciudad_de_y() -> None:
    english = "Visit\n\nOslo, 3 March 2026\n\nDelegates then toured Brandtwerk's headquarters in Evendale. The mission ended at Norvik Chamber's headquarters in Pune."
    assert relations(english) >= {("brandtwerk", "based-in", "evendale"), ("norvik-chamber", "based-in", "pune")}
    spanish = (
        "Visita\n\nPor Ana Gil | 3 de marzo de 2026\n\n"
        "La reunión se celebró en la sede de la Confederación Empresarial de Tarvia (CET), en Valencia. "
        "El acto fue en la sede del Centro Pyme Nordeste, en la ciudad de Neuquén."
    )
    assert relations(spanish) >= {("confederacion-empresarial-de-tarvia", "based-in", "valencia"), ("centro-pyme-nordeste", "based-in", "neuquen")}


def test_an_entity_attached_to_a_ministry_and_a_public_company_of_a_government_are_part_of_them() -> None:
    text = (
        "Apoyo\n\nPor Ana Gil | 3 de marzo de 2026\n\n"
        "Ihora, la sociedad pública de gestión ambiental del Gobierno Vasco, colaboró en el proyecto. "
        "ProDomin, entidad adscrita al Ministerio de Industria y Comercio (MIC), coorganizó el encuentro."
    )
    assert relations(text) >= {("ihora", "part-of", "gobierno-vasco"), ("prodomin", "part-of", "ministerio-de-industria-y-comercio")}
