"""Extraction, facts: the article's language, quotations and reported claims, one meeting per counterpart, and
agreements, roles and memberships in Spanish and Catalan phrasing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from clusterld.extraction import extract
from clusterld.extraction.language import detect_language

REPO = Path(__file__).resolve().parent.parent


def facts_of(text: str, kind: str) -> list[dict[str, Any]]:
    return [f for f in extract(text, REPO).facts if f["type"] == kind]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The cluster signed an agreement with its partner and the two will work together.", "en"),
        ("El clúster firmó un acuerdo con la asociación y los dos trabajarán para el sector.", "es"),
        ("El clúster va signar un acord amb l'associació i les dues entitats treballaran per al sector.", "ca"),
        ("Ein Text ohne Merkmale.", "en"),
    ],
)
def test_language_is_read_from_function_words(text: str, language: str) -> None:
    assert detect_language(text) == language


def test_quotations_with_speaker_after_before_continuation_and_pronoun() -> None:
    text = ("Cluster news\n\nStuttgart, 14 March 2019 – Jane Doe, director of Acme Cluster, spoke at the event. "
            '"Our suppliers deliver to every carmaker in Germany," said Jane Doe. "This gives them a direct line."\n\n'
            'Its chairman, John Roe, said: "We will grow with our partners abroad."\n\n'
            '"Exports doubled in the last three years," he added.')
    jane, john, pronoun = facts_of(text, "claim")
    assert (jane["by"], jane["kind"], jane["about"]) == ("jane-doe", "quotation", ["germany"])
    assert jane["text"] == {"en": "Our suppliers deliver to every carmaker in Germany. This gives them a direct line"}
    assert len(jane["evidence"]) == 2
    assert (john["by"], john["text"]) == ("john-roe", {"en": "We will grow with our partners abroad"})
    assert (pronoun["by"], pronoun["text"]) == ("john-roe", {"en": "Exports doubled in the last three years"})


def test_reported_speech_is_a_claim_by_the_speaker() -> None:
    text = ("Cluster news\n\nThe cluster met in Bilbao. The cluster's general manager, Jon Etxeberria, said the region's energy "
            "industry now accounts for 9 percent of GDP. According to Etxeberria, exports will grow.")
    claims = facts_of(text, "claim")
    assert [(c["by"], c["kind"], c["text"]["en"]) for c in claims] == [
        ("jon-etxeberria", "claim", "The region's energy industry now accounts for 9 percent of GDP."),
        ("jon-etxeberria", "claim", "Exports will grow."),
    ]


def test_a_catalan_quotation_closed_by_va_afirmar_is_the_speaker_s_before_a_name_in_the_next_sentence() -> None:
    text = ("Notícies\n\nPer Anna Puig | 30 de juny de 2026\n\nLa gerent del clúster, Núria Vidal Pujol, va insistir en la mateixa idea. "
            "«Aquí no venem només equips; venem la capacitat de fer funcionar una depuradora», va afirmar. Vidal va afegir que el viatge va ser un èxit.")
    claims = facts_of(text, "claim")
    assert [(c["by"], c["kind"]) for c in claims if c["kind"] == "quotation"] == [("nuria-vidal-pujol", "quotation")]
    assert not [c for c in claims if "mateixa idea" in next(iter(c["text"].values()))]  # 'va insistir en …' reports nothing


def test_spanish_quotation_with_guillemets() -> None:
    text = ("Noticias\n\nMonterrey, 16 de octubre de 2023\n\nLa misión fue un éxito. «Ontario y Nuevo León comparten cadenas de "
            "suministro desde hace décadas», afirmó Rosa Elena Garza, directora general del Clúster Automotriz de Nuevo León.")
    draft = extract(text, REPO)
    (quote,) = [f for f in draft.facts if f["type"] == "claim"]
    assert draft.front["language"] == "es" and quote["by"] == "rosa-elena-garza" and quote["kind"] == "quotation"
    assert quote["text"] == {"es": "Ontario y Nuevo León comparten cadenas de suministro desde hace décadas"}
    (role,) = [f for f in draft.facts if f["type"] == "role"]
    assert role["role_label"] == {"es": "directora general"} and role["organisation"] == "cluster-automotriz-de-nuevo-leon"


def test_one_meeting_per_counterpart_with_their_organisations() -> None:
    text = ("News\n\nBoston, 10 March 2021 – Acme Cluster travelled to Boston. During the mission, Jane Doe, director of Acme "
            "Cluster, met with Ben Bradford, VP of MassBio; Brian Johnson, President of MassMEDIC; and the Massachusetts "
            "Life Sciences Center.")
    meetings = [f for f in facts_of(text, "event") if f["kind"] == "meeting"]
    assert [sorted(m["attendees"]) for m in meetings] == [
        sorted(["jane-doe", "ben-bradford", "acme-cluster", "massbio"]),
        sorted(["jane-doe", "brian-johnson", "acme-cluster", "massmedic"]),
        sorted(["jane-doe", "massachusetts-life-sciences-center", "acme-cluster"]),
    ]
    assert {m["super_event"] for m in meetings} == {"mission-to-boston"}  # the dateline dates the article, not the trip


def test_the_delegation_meets_for_the_mission_attendees() -> None:
    text = ("Noticias\n\nMonterrey, 16 de octubre de 2023\n\nUna delegación del Clúster Automotriz de Nuevo León (CLAUT) "
            "concluyó el pasado viernes una misión comercial a la provincia canadiense de Ontario. Durante la misión, la "
            "delegación se reunió con la Automotive Parts Manufacturers' Association (APMA) y con el Ontario Centre of "
            "Innovation (OCI).")
    events = facts_of(text, "event")
    (mission,) = [e for e in events if e["kind"] == "mission"]
    assert mission["start"] == "2023-10-13" and "pasado viernes" in mission["note"]
    meetings = [e for e in events if e["kind"] == "meeting"]
    assert [m["attendees"] for m in meetings] == [
        ["cluster-automotriz-de-nuevo-leon", "automotive-parts-manufacturers-association"],
        ["cluster-automotriz-de-nuevo-leon", "ontario-centre-of-innovation"],
    ]


def test_catalan_agreement_roles_and_memberships() -> None:
    text = ("Notícies\n\nBarcelona, 7 de març de 2024\n\nEl Clúster de la Indústria d'Automoció de Catalunya (CIAC) i "
            "l'Associació Clúster d'Automoció d'Euskadi (ACICAE) van signar dimarts un acord de col·laboració. Van signar "
            "l'acord la presidenta del CIAC, Montserrat Puig, i el director general d'ACICAE, Iñaki Larrañaga. El CIAC, "
            "creat l'any 2013, agrupa més de 120 empreses i centres tecnològics, entre els quals SEAT i Ficosa. El clúster "
            "forma part del programa Catalonia Clusters d'ACCIÓ.")
    draft = extract(text, REPO)
    by_type: dict[str, list[dict[str, Any]]] = {}
    for fact in draft.facts:
        by_type.setdefault(fact["type"], []).append(fact)
    ciac, acicae = "cluster-de-la-industria-dautomocio-de-catalunya", "associacio-cluster-dautomocio-deuskadi"
    (agreement,) = by_type["agreement"]
    assert agreement["parties"] == [ciac, acicae] and agreement["date"] == "2024-03-05" and agreement["label"] == {"ca": "Acord CIAC – ACICAE"}
    assert {(r["person"], r["organisation"], r["role_label"]["ca"]) for r in by_type["role"]} == {
        ("montserrat-puig", ciac, "presidenta"), ("inaki-larranaga", acicae, "director general")}
    assert {(m["member"], m["organisation"]) for m in by_type["membership"]} == {("seat", ciac), ("ficosa", ciac), (ciac, "catalonia-clusters")}
    assert by_type["founding"][0]["date"] == "2013"
    assert by_type["relation"][0] == {**by_type["relation"][0], "subject": "catalonia-clusters", "property": "operated-by", "object": "accio"}


def test_signatories_name_the_parties_and_a_managed_cluster_is_a_cluster() -> None:
    text = ("News\n\nKobe, 12 September 2022 – The Kobe Biomedical Innovation Cluster and BioM agreed on Monday to work together. "
            "The cooperation agreement was signed by Yuki Tanaka, head of the Foundation for Biomedical Research and Innovation "
            "at Kobe (FBRI), which manages the cluster, and by BioM's managing director, Stefan Krüger.")
    draft = extract(text, REPO)
    kinds = {p.name: p.kind for p in draft.proposal_records}
    assert kinds["Kobe Biomedical Innovation Cluster"] == "cluster"
    (agreement,) = [f for f in draft.facts if f["type"] == "agreement"]
    assert agreement["parties"] == ["foundation-for-biomedical-research-and-innovation", "biom"] and agreement["date"] == "2022-09-12"
    (relation,) = [f for f in draft.facts if f["type"] == "relation"]
    assert (relation["subject"], relation["property"], relation["object"]) == ("foundation-for-biomedical-research-and-innovation", "facilitates", "kobe-biomedical-innovation-cluster")


def test_an_agreement_formalised_or_initialled_in_catalan_and_spanish() -> None:
    catalan = ("Notícies\n\nPer Anna Puig | 30 de juny de 2026\n\n"
               "El Clúster de l'Aigua de Ponent va formalitzar dimecres passat un acord de col·laboració amb l'Associació de l'Aigua de Singapur (AAS).")
    spanish = ("Noticias\n\nPor Ana Ruiz | 20 de octubre de 2026\n\n"
               "La Asociación Vitivinícola del Cuyo y el Instituto del Vino de Colonia rubricaron un convenio de cooperación en Mendoza.")
    assert [sorted(a["parties"]) for a in facts_of(catalan, "agreement")] == [["associacio-de-laigua-de-singapur", "cluster-de-laigua-de-ponent"]]
    assert [sorted(a["parties"]) for a in facts_of(spanish, "agreement")] == [["asociacion-vitivinicola-del-cuyo", "instituto-del-vino-de-colonia"]]


def test_two_organisations_that_agreed_to_do_something_have_an_agreement() -> None:
    text = "News\n\nAlpha Cluster and the Beta Association (BETA) have agreed to train engineers together. The memorandum was signed in Porto on 5 May 2024."
    (agreement,) = facts_of(text, "agreement")
    assert agreement["parties"] == ["alpha-cluster", "beta-association"] and agreement["date"] == "2024-05-05"
    assert len(agreement["evidence"]) == 2


@pytest.mark.parametrize(
    ("text", "person", "organisation", "label"),
    [
        ("Ana Ruiz, who heads the Delta Association's export team, said it went well.", "ana-ruiz", "delta-association", "head of the export team"),
        ("Ana Ruiz, a chemist who chairs the ethics board at Delta Institute, spoke.", "ana-ruiz", "delta-institute", "chair of the ethics board"),
        ("Ana Ruiz, who has led Delta Institute since 2020, spoke.", "ana-ruiz", "delta-institute", "head"),
        ("Ana Ruiz, a biologist who works in Porto, is Delta Institute's president.", "ana-ruiz", "delta-institute", "president"),
        ("La misión estuvo encabezada por el presidente de la Asociación Delta, Ana Ruiz.", "ana-ruiz", "asociacion-delta", "presidente"),
    ],
)
def test_roles_said_with_a_verb_or_a_possessive(text: str, person: str, organisation: str, label: str) -> None:
    roles = [(f["person"], f["organisation"], next(iter(f["role_label"].values()))) for f in facts_of(f"News\n\n{text}", "role")]
    assert (person, organisation, label) in roles


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("The Delta Catapult, founded in 2012, opened. Ana Ruiz, who heads the catapult's testing team, spoke.", ("ana-ruiz", "delta-catapult")),
        ("El Clúster Gamma de Sonora, fundado en 2014, creció. La presidenta del clúster, Eva Soto, habló con la prensa.", ("eva-soto", "cluster-gamma-de-sonora")),
    ],
)
def test_the_catapult_and_el_cluster_are_the_organisations_named_before(text: str, role: tuple[str, str]) -> None:
    assert {(f["person"], f["organisation"]) for f in facts_of(f"News\n\n{text}", "role")} == {role}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Noticias\n\nLa Asociación Delta, con sede en Valdivia, fue creada en 2010. Cuenta con el respaldo de la Agencia Regional de Fomento. "
         "La firma fue en el Parque Científico Austral (PCA), en Valdivia.",
         {("asociacion-delta", "based-in", "valdivia"), ("asociacion-delta", "promoted-by", "agencia-regional-de-fomento"), ("parque-cientifico-austral", "located-in", "valdivia")}),
        ("News\n\nThe Omega Association (OA) was set up in 2014 by Alpha Institute and the Beta University. "
         "Kappa Network, the national cluster for batteries, which is based in Turin, grew. The meeting was held at the Aurora Campus in Turin.",
         {("omega-association", "launched-by", "alpha-institute"), ("omega-association", "launched-by", "beta-university"),
          ("kappa-network", "based-in", "turin"), ("aurora-campus", "located-in", "turin")}),
    ],
)
def test_relations_founders_backers_and_places_in_places(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert expected <= {(f["subject"], f["property"], f["object"]) for f in facts_of(text, "relation")}
    assert {f["organisation"] for f in facts_of(text, "founding")} & {"asociacion-delta", "omega-association"}


def test_offices_in_a_place_are_not_where_an_organisation_is_based() -> None:
    text = "Noticias\n\nLa delegación visitó las oficinas de Enami en Copiapó."
    assert not [f for f in facts_of(text, "relation") if f["property"] == "based-in"]


def test_members_listed_after_belong_to_and_a_region_represented_in_a_national_body() -> None:
    text = ("News\n\nAround 90 companies belong to the Delta Association, among them Voltis, Arkema and Solvay. "
            "It is based in Umbria. The Delta Association represents Umbria in the Gamma Network.")
    memberships = {(f["member"], f["organisation"]) for f in facts_of(text, "membership")}
    assert memberships == {("voltis", "delta-association"), ("arkema", "delta-association"), ("solvay", "delta-association"), ("delta-association", "gamma-network")}


def test_quoted_words_inside_reported_speech_and_a_source_at_the_end() -> None:
    text = ('Noticias\n\nMadrid, 3 de mayo de 2024.\n\nPor su parte, el director de la Asociación Delta, Ana Ruiz, explicó que la alianza '
            'permitirá "sumar capacidades en todo el sector". Las ventas crecerán un 5 %, según el Instituto Nacional de Estadística.')
    claims = {(c["by"], c["kind"]) for c in facts_of(text, "claim")}
    assert claims == {("ana-ruiz", "quotation"), ("instituto-nacional-de-estadistica", "claim")}


def test_reported_speech_is_the_persons_not_their_organisations() -> None:
    text = "Noticias\n\nLa gerenta general de la Asociación Delta, Eva Soto, señaló que la asociación agrupa a unas 150 empresas."
    (claim,) = facts_of(text, "claim")
    assert claim["by"] == "eva-soto"


def test_the_place_based_cluster_is_the_cluster_named_before() -> None:
    text = ("News\n\nNorth Sea Cluster and the Harbour Institute signed an agreement. "
            "Under the deal the Esbjerg-based cluster, which has around 450 members, will open its test centre.")
    draft = extract(text, REPO)
    assert ("north-sea-cluster", "based-in", "esbjerg") in {(f["subject"], f["property"], f["object"]) for f in draft.facts if f["type"] == "relation"}
    assert [(f["about"], f["value"]) for f in draft.facts if f["type"] == "observation"] == [("north-sea-cluster", 450)]


def test_its_is_the_subject_before_and_told_reporters_that_is_reported_speech() -> None:
    text = ("News\n\nHelsinki Health Hub gathers 200 start-ups and is backed by the City of Helsinki. "
            "Its chief executive, Mikko Laine, told reporters that the hub would open a branch in Tallinn.")
    (role,) = facts_of(text, "role")
    assert role["organisation"] == "helsinki-health-hub"
    (claim,) = facts_of(text, "claim")
    assert claim["text"] == {"en": "The hub would open a branch in Tallinn."}


def test_a_quotation_is_the_persons_even_after_the_organisation_of_their_role() -> None:
    text = "Noticias\n\n«Cabo Verde es un socio natural para nuestras empresas», afirmó el presidente del Clúster Marítimo, Miguel Hernández."
    (quote,) = facts_of(text, "claim")
    assert quote["by"] == "miguel-hernandez"


def test_where_a_party_is_based_is_not_where_the_agreement_was_signed() -> None:
    text = "News\n\nNorway Health Tech, based in Oslo, signed an agreement with the Estonian e-Health Association in December."
    (agreement,) = facts_of(text, "agreement")
    assert "place" not in agreement


def test_an_interview_s_answers_are_quotations_by_the_interviewee_but_for_the_facts_they_state() -> None:
    text = ("Q&A: the cluster's new chief\n\nBy Owen Marsh | June 19, 2025\n\n"
            "Lena Berg, who has led Nordic Fibre Cluster as chief executive since 2022, talked to us.\n\n"
            "**Why Finland, and why now?**\n\nTheir pilot lines are the best in Europe, and our members need them.\n\n"
            "**How big is the cluster today?**\n\nWe have about 230 members across the region. Size is not the point, though.\n")
    facts = extract(text, REPO).facts
    quotes = [f for f in facts if f["type"] == "claim"]
    assert [(q["by"], q["kind"], q["text"]["en"]) for q in quotes] == [
        ("lena-berg", "quotation", "Their pilot lines are the best in Europe, and our members need them"),
        ("lena-berg", "quotation", "Size is not the point, though")]
    members = [(f["about"], f["value"]) for f in facts if f["type"] == "observation"]
    assert members == [("nordic-fibre-cluster", 230)]  # a count, not a quotation


def test_a_quotation_whose_speaker_opens_it_after_according_to_in_the_words_of_para_or_a_colon() -> None:
    text = ("Regional news\n\nBy Ann Lee | 14 February 2025\n\n"
            "The Danube Robotics Cluster (DRC) signed a memorandum. According to Jane Doe, president of the DRC, \"the agreement opens doors for our members\". "
            "Tom Hale, chief executive of Kestrel Motion: \"We are ready to work with our partners in Japan.\" "
            "The programme has three goals: \"more trade, more talent, more research\".")
    quotes = [(f["by"], f["kind"]) for f in extract(text, REPO).facts if f["type"] == "claim"]
    assert quotes == [("jane-doe", "quotation"), ("tom-hale", "quotation")]  # a colon after no speaker names none


def test_a_headline_s_quotation_is_left_to_the_body() -> None:
    text = ("Marta Vidal, manager of Kestrel Cluster: \"Data will beat price in our sector\"\n\nBy Ann Lee | 14 February 2025\n\n"
            "Kestrel Cluster brings together 95 companies.")
    assert not [f for f in extract(text, REPO).facts if f["type"] == "claim"]


def test_an_interview_answer_naming_an_agreement_and_we_signed_it() -> None:
    text = ("Q&A: the cluster's new chief\n\nBy Owen Marsh | June 19, 2025\n\n"
            "Lena Berg, who has led Nordic Fibre Cluster as chief executive since 2022, talked to us.\n\n"
            "**What did you sign last week?**\n\nA cooperation agreement with FaserNetz Deutschland, the umbrella of the German fibre networks. "
            "We signed it in Turku with Dr. Jan Vogel, FaserNetz's chairman.\n\n"
            "**Why Germany?**\n\nIt is our biggest market.\n")
    draft = extract(text, REPO)
    (agreement,) = [f for f in draft.facts if f["type"] == "agreement"]
    assert sorted(agreement["parties"]) == ["fasernetz-deutschland", "nordic-fibre-cluster"]
    assert [(f["person"], f["organisation"]) for f in draft.facts if f["type"] == "role" and f["person"] == "jan-vogel"] == [("jan-vogel", "fasernetz-deutschland")]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Notícies\n\nPer Anna Puig | 27 de març de 2026\n\nEl clúster ha portat vint empreses a Glamora Milano, el gran aparador del sector, que va obrir les portes ahir.", "Glamora Milano"),
        ("Noticias\n\nPor Ana Ruiz | 20 de octubre de 2026\n\nLos dos clústeres viajarán en febrero a Dubái para exponer juntas en Foodora.", "Foodora"),
    ],
)
def test_a_name_that_opens_its_doors_or_where_companies_exhibit_is_an_event(text: str, label: str) -> None:
    draft = extract(text, REPO)
    assert label in {next(iter(f["label"].values())) for f in draft.facts if f["type"] == "event"}
    assert label not in {name for p in draft.proposals for name in p["name"].values()}


def test_a_clusters_own_figures_are_its_claim() -> None:
    text = ("Noticias\n\nZaragoza, 12 de marzo de 2026\n\nEl Clúster de Logística de Teruel (CLT) celebró ayer su jornada anual en Teruel. "
            "Según datos del propio clúster, sus empresas asociadas dan empleo a unas 11.500 personas. "
            "Reúne a 94 empresas asociadas, que facturan 5.300 millones de euros, según la propia entidad.")
    claims = {(f["by"], next(iter(f["text"].values()))) for f in facts_of(text, "claim")}
    assert claims == {
        ("cluster-de-logistica-de-teruel", "Sus empresas asociadas dan empleo a unas 11.500 personas."),
        ("cluster-de-logistica-de-teruel", "Reúne a 94 empresas asociadas, que facturan 5.300 millones de euros."),
    }


def test_a_quotation_the_chief_executive_said_is_the_person_the_text_gave_that_title() -> None:
    text = (
        "Robotics news\n\nBy Ann Lee | 14 February 2025\n\n"
        "The chief executive, John Smith, spoke first. Then the minister, Anna Berg, spoke.\n\n"
        "\"We are ready to sell our robots in every market of Europe,\" the chief executive said."
    )
    assert [f["by"] for f in facts_of(text, "claim")] == ["john-smith"]


def test_we_and_our_in_news_an_organisation_posts_about_itself_are_that_organisation(counting_project: Path) -> None:
    text = (
        "Summit report\n\nKristiansand, 22 May 2026 | News from GCE NODE, posted by our communications team\n\n"
        "After her speech the minister toured the exhibition with our CEO, Kari Berg. The panel was chaired by our board chair, Per Lund. "
        "On Wednesday Kari Berg and Mary Doyle, chief executive of Energy NL, signed a letter of intent between our two organisations. "
        "We also used the summit to welcome three new partners: the power company Å Energi, the materials group Elkem and Kongsberg Maritime. "
        "With them on board, GCE NODE now counts 87 partners.\n\n"
        "\"Our members want to learn from Norway,\" Doyle said."
    )
    draft = extract(text, counting_project)
    facts = draft.facts
    assert {(f["person"], f["organisation"]) for f in facts if f["type"] == "role"} >= {("kari-berg", "gce-node"), ("per-lund", "gce-node")}
    assert [sorted(f["parties"]) for f in facts if f["type"] == "agreement"] == [["energy-nl", "gce-node"]]
    assert {f["member"] for f in facts if f["type"] == "membership" and f["organisation"] == "gce-node"} == {"a-energi", "elkem", "kongsberg-maritime"}
    assert [(f["about"], f["value"]) for f in facts if f["type"] == "observation"] == [("gce-node", 87)]


def test_our_in_a_newsletter_from_an_organisation_s_communications_team_is_that_organisation() -> None:
    text = (
        "NorthFin Member Update – November 2026\n\n"
        "From the NorthFin communications team, Aberdeen | Tuesday 24 November 2026\n\n"
        "NorthFin was founded in 2017. We welcome new members. They are joined by Quantia, the open banking platform.\n\n"
        "With these arrivals our membership stands at 262 organisations."
    )
    assert [(f["about"], f["value"]) for f in facts_of(text, "observation")] == [("northfin", 262)]


def test_from_a_place_opening_a_line_is_no_by_line() -> None:
    text = (
        "Trade news\n\nBy Ann Lee | 14 February 2025\n\n"
        "The Northwind Fintech network met on Monday.\n\n"
        "From Bergen Capital, three managers attended. With these arrivals our membership stands at 262 organisations."
    )
    assert [f["about"] for f in facts_of(text, "observation")] != ["bergen-capital"]


def test_who_signs_in_person_attends_the_event_named_or_the_conference_just_described_but_not_one_signed_elsewhere() -> None:
    named = (
        "Round-up\n\nBy Ann Lee | 4 November 2026\n\n"
        "Carla Brodie, chief executive of Fintech Norvik, signed a memorandum of understanding with Nordvik Fintech at Baltic Fintech Week in Riga on 21 October."
    )
    attended = {(f["participant"], f["as"]) for f in facts_of(named, "participation")}
    assert ("carla-brodie", "attendee") in attended
    focus = (
        "Ten years\n\nBy Jan Novak | 12 March 2026\n\n"
        "The Moravian Smart City Cluster marked its tenth anniversary with the Smart Cities Forum 2026 in Brno on Thursday. "
        "Karel Dvorak, chair of the Moravian Smart City Cluster, and Piotr Nowak, president of the Silesian Cleantech Cluster, signed a cooperation agreement."
    )
    assert {f["participant"] for f in facts_of(focus, "participation")} >= {"karel-dvorak", "piotr-nowak"}
    elsewhere = focus.replace("signed a cooperation agreement.", "signed a cooperation agreement in Katowice a week later.")
    assert not {"karel-dvorak", "piotr-nowak"} & {f["participant"] for f in facts_of(elsewhere, "participation")}
