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
    assert {m["super_event"] for m in meetings} == {"mission-to-boston-2021"}


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
