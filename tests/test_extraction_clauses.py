"""Extraction, sentence structure: relative clauses between a name and its verb, plural groups that stand for
organisations named before, names without a head word, and member lists, each a sentence in and the facts out."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from clusterld.extraction import extract
from clusterld.extraction.normalise import slugify

REPO = Path(__file__).resolve().parent.parent


def facts_of(text: str) -> list[dict[str, Any]]:
    """The drafted facts without ids, evidence, labels, notes and confidences: what the rules read."""
    drop = {"id", "evidence", "label", "note", "confidence", "text", "role_label"}
    return [{k: v for k, v in fact.items() if k not in drop} for fact in extract(text, REPO).facts]


def proposals_of(text: str) -> dict[str, str]:
    return {p.id: p.kind for p in extract(text, REPO).proposal_records}


def test_relative_clause_facts_belong_to_the_name_it_describes() -> None:
    facts = facts_of(
        "Food clusters\n\nBy Ann Lee | 14 February 2025\n\nNordfood Cluster, which is based in Gosselies and was created in 2006 "
        "under the Marshall Plan, counts about 280 members, including Puratos, Lutosa and Gembloux Agro-Bio Tech, the agronomy "
        "faculty of the University of Liège."
    )
    assert {"type": "founding", "organisation": "nordfood-cluster", "date": "2006"} in facts
    assert {"type": "relation", "subject": "nordfood-cluster", "property": "based-in", "object": "gosselies"} in facts
    members = {(f["member"], f["organisation"]) for f in facts if f["type"] == "membership"}
    assert members == {("puratos", "nordfood-cluster"), ("lutosa", "nordfood-cluster"), ("gembloux-agro-bio-tech", "nordfood-cluster")}
    assert {"type": "relation", "subject": "gembloux-agro-bio-tech", "property": "part-of", "object": "university-of-liege"} in facts
    (count,) = [f for f in facts if f["type"] == "observation"]
    assert (count["about"], count["value"], count["date"]) == ("nordfood-cluster", 280, "2025-02-14")  # not the Marshall Plan's, not dated 2006


def test_spanish_relative_clause_with_seat_and_founding() -> None:
    facts = facts_of("Noticias\n\nVigo, 21 de marzo de 2024\n\nEl Clúster Naval de Galicia, que se constituyó en 1997 y tiene su sede en Vigo, agrupa a 130 empresas.")
    assert {"type": "founding", "organisation": "cluster-naval-de-galicia", "date": "1997"} in facts
    assert {"type": "relation", "subject": "cluster-naval-de-galicia", "property": "based-in", "object": "vigo"} in facts
    (count,) = [f for f in facts if f["type"] == "observation"]
    assert (count["value"], count["date"]) == (130, "2024-03-21")


def test_launchers_backers_and_a_counted_group() -> None:
    facts = facts_of(
        "News\n\nBasel, 27 November 2023 – BioValley Basel, BioValley France and BioValley Deutschland today launched BioValley "
        "Bridge, a twelve-month programme for start-ups. The programme is backed by the Swiss Innovation Agency and by the "
        "Baloise Foundation. The three associations, founded in 1996, still meet twice a year."
    )
    three = ["biovalley-basel", "biovalley-france", "biovalley-deutschland"]
    relations = {(f["property"], f["object"]) for f in facts if f["type"] == "relation" and f["subject"] == "biovalley-bridge"}
    assert relations == {("launched-by", o) for o in three} | {("promoted-by", "swiss-innovation-agency"), ("promoted-by", "baloise-foundation")}
    assert sorted(f["organisation"] for f in facts if f["type"] == "founding") == sorted(three)


def test_two_clusters_that_met_are_one_meeting_of_both() -> None:
    facts = facts_of(
        "News\n\nBy Ann Lee | 9 September 2024\n\nNordfood Cluster and the Baltic Water Network signed a cooperation agreement in "
        "Copenhagen on Thursday. The two clusters first met at the Aquatech trade fair in Amsterdam last November."
    )
    (meeting,) = [f for f in facts if f["type"] == "event" and f["kind"] == "meeting"]
    assert meeting["attendees"] == ["nordfood-cluster", "baltic-water-network"]


def test_plural_group_in_spanish_organises_the_event() -> None:
    facts = facts_of(
        "Noticias\n\nVigo, 21 de marzo de 2024\n\nEl Clúster Naval de Galicia y la Asociación Portuaria de Tánger firmaron el "
        "pasado martes un convenio. Las dos asociaciones celebrarán un primer foro de proveedores en Vigo en octubre."
    )
    (forum,) = [f for f in facts if f["type"] == "event"]
    assert forum["organizers"] == ["cluster-naval-de-galicia", "asociacion-portuaria-de-tanger"]


def test_names_defined_by_their_initials_and_brands_with_an_inner_capital() -> None:
    proposals = proposals_of(
        "Notícies\n\nBarcelona, 12 de febrer de 2025\n\nEl Barcelona Health Hub (BHH) ha signat un acord amb l'Agència de Qualitat "
        "i Avaluació Sanitàries de Catalunya (AQuAS). BioValley France, based in Illkirch, represents more than 400 companies."
    )
    assert proposals["barcelona-health-hub"] in ("organisation", "cluster-organisation")
    assert proposals["agencia-de-qualitat-i-avaluacio-sanitaries-de-catalunya"] == "organisation"
    assert proposals["biovalley-france"] == "organisation"


def test_what_follows_a_roles_of_is_an_organisation() -> None:
    text = 'News\n\nBasel, 27 November 2023 – "We grow," said Sabine Keller, managing director of BioValley Basel.'
    assert proposals_of(text)["biovalley-basel"] == "organisation"
    assert any(f["type"] == "role" and (f["person"], f["organisation"]) == ("sabine-keller", "biovalley-basel") for f in facts_of(text))


def test_members_after_a_count_after_both_and_after_a_possessive() -> None:
    facts = facts_of(
        "News\n\nBy Ann Lee | 9 September 2024\n\nFlanders Food Cluster represents roughly 500 companies, from multinationals such "
        "as Vandemoortele and Barry Callebaut to start-ups. Roche and Novartis, both members of Flanders Food Cluster, will mentor them."
    )
    members = {f["member"] for f in facts if f["type"] == "membership" and f["organisation"] == "flanders-food-cluster"}
    assert members == {"vandemoortele", "barry-callebaut", "roche", "novartis"}
    spanish = facts_of("Noticias\n\nVigo, 21 de marzo de 2024\n\nEl Clúster Naval de Galicia agrupa a 130 empresas. Entre sus socios figuran Navantia, Vicus y Freire.")
    assert {f["member"] for f in spanish if f["type"] == "membership" and f["organisation"] == "cluster-naval-de-galicia"} == {"navantia", "vicus", "freire"}


def test_role_after_whose() -> None:
    facts = facts_of("News\n\nBy Ann Lee | 9 September 2024\n\nIt works with Fevia Federation, the federation of the food industry, whose director-general Sofie Peeters welcomed the plan.")
    assert any(f["type"] == "role" and (f["person"], f["organisation"]) == ("sofie-peeters", "fevia-federation") for f in facts)


def test_a_fair_without_a_head_word_where_a_delegation_goes() -> None:
    draft = extract("News\n\nBy Ann Lee | 9 September 2024\n\nThe cluster will bring a joint delegation to Anuga in Cologne this autumn.", REPO)
    assert "anuga" not in {p.id for p in draft.proposal_records}
    assert any(f["type"] == "event" and f["label"]["en"].startswith("Anuga") for f in draft.facts)


def test_spanish_number_words_and_letters_without_decomposition() -> None:
    facts = facts_of("Noticias\n\nVigo, 21 de marzo de 2024\n\nEl Clúster Naval de Galicia agrupa a doce empresas.")
    assert [f["value"] for f in facts if f["type"] == "observation"] == [12]
    assert slugify("Øresund Straße") == "oresund-strasse"
