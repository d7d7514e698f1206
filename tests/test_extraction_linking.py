"""Extraction, linking: registry names and their variants, acronyms, surnames, proposals for the unknown."""

from __future__ import annotations

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
