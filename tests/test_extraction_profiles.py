"""Extraction, how organisations are introduced: an acronym defined where the name first appears, an "About X"
paragraph ('X is a non-profit association based in …', 'Launched in 2021 by A, B and C, it now connects …'),
and who backs a project ('with support from X'); each a text in and the proposals or facts out (names invented)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from clusterld.extraction import extract

REPO = Path(__file__).resolve().parent.parent
HEAD = "Regional news\n\nBy Ann Lee | 14 February 2025\n\n"


def drafted(text: str) -> tuple[dict[str, tuple[str, tuple[str, ...]]], list[dict[str, Any]]]:
    """The proposals (name -> kind and alternative names) and the facts without ids, evidence, labels and notes."""
    draft = extract(HEAD + text, REPO)
    drop = {"id", "evidence", "label", "note", "confidence", "text", "role_label"}
    proposals = {p.name: (p.kind, p.alt_names) for p in draft.proposal_records}
    return proposals, [{k: v for k, v in fact.items() if k not in drop} for fact in draft.facts]


def test_an_acronym_defined_at_the_first_mention_names_the_organisation_described_later() -> None:
    text = (
        "Alpine Grain & Dairy Valley (AGDV) and Polder Foods signed a memorandum of understanding last Tuesday. "
        '"We share the same goals," said Ida Keller, who has been managing director of AGDV since 2022.\n\n'
        "About Alpine Grain & Dairy Valley\n\nAlpine Grain & Dairy Valley is a non-profit association based in Chur."
    )
    proposals, facts = drafted(text)
    assert proposals["Alpine Grain & Dairy Valley"] == ("cluster-organisation", ("AGDV",))
    assert "AGDV" not in proposals
    assert [f["parties"] for f in facts if f["type"] == "agreement"] == [["alpine-grain-and-dairy-valley", "polder-foods"]]
    roles = [f for f in extract(HEAD + text, REPO).facts if f["type"] == "role"]
    assert [(r["person"], r["organisation"], r["role_label"]) for r in roles] == [("ida-keller", "alpine-grain-and-dairy-valley", {"en": "managing director"})]
    assert {"type": "relation", "subject": "alpine-grain-and-dairy-valley", "property": "based-in", "object": "chur"} in facts


def test_it_after_an_opening_participle_is_the_organisation_of_the_sentence_before() -> None:
    _, facts = drafted(
        "Fjordline Marine Cluster is a non-profit association based in Bergen. Launched in 2019 by the County of Vestland, "
        "Norsea and NTX together with other partners, it now connects roughly 120 partners across Norway."
    )
    assert {"type": "founding", "organisation": "fjordline-marine-cluster", "date": "2019"} in facts
    founders = {f["object"] for f in facts if f["type"] == "relation" and f["property"] == "launched-by"}
    assert founders == {"county-of-vestland", "norsea", "ntx"}
    members = [f for f in facts if f["type"] == "observation" and f["indicator"] == "number-of-member-organisations"]
    assert [(m["about"], m["value"], m["qualifier"]) for m in members] == [("fjordline-marine-cluster", 120, "roughly")]


def test_support_from_names_an_organisation() -> None:
    proposals, _ = drafted("Start-ups can apply in the autumn, with support from Innovex and the Lowland Enterprise Agency.")
    assert proposals["Innovex"][0] == "organisation"


def test_the_end_of_a_longer_name_before_a_copula_is_not_described() -> None:
    proposals, _ = drafted("Fundada en 1904, la Cámara de Comercio de Tolima para Ibagué es una entidad privada sin ánimo de lucro.")
    assert proposals.get("Ibagué", ("place",))[0] != "organisation"
