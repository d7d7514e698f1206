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
