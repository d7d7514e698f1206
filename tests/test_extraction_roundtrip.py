"""Extraction, end to end: drafts of the seed articles that `clusterld validate` reads without further edits,
drafts of the bench's gold articles that the build accepts once the wrong facts are deleted, evidence quotes
verbatim at their offsets, and the command line with good and bad input."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from clusterld.cli import main
from clusterld.documents import read_sources
from clusterld.extraction import extract
from clusterld.pipeline import check
from clusterld.records import build_records
from clusterld.settings import Settings

REPO = Path(__file__).resolve().parent.parent
SEEDS = sorted((REPO / "data" / "documents").glob("*.md"))
GOLD = sorted(p for p in (REPO / "bench" / "gold").iterdir() if (p / "data").is_dir())
sys.path.insert(0, str(REPO / "bench"))
import extraction as bench  # noqa: E402  (the bench's matcher plays the curator who deletes wrong facts)
# What a curator deletes from the drafts: the proposal of 'the Atlantic' (rhetoric, not a place of interest).
REJECTED_PROPOSALS = {"atlantic"}


def article_text(document: Path) -> str:
    return document.read_text(encoding="utf-8").split("\n---\n", 1)[1]


def front_matter(draft_document: str) -> dict:
    return yaml.safe_load(draft_document.split("\n---\n", 1)[0].removeprefix("---\n"))


@pytest.fixture
def empty_seed_project(seed_project: Path) -> Path:
    """The seed registry, ontology and shapes, without the curated documents."""
    for path in (seed_project / "data" / "documents").glob("*.md"):
        path.unlink()
    return seed_project


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem)
def test_seed_draft_round_trips_through_the_checks(seed: Path, empty_seed_project: Path) -> None:
    text = article_text(seed)
    draft = extract(text, empty_seed_project)
    kept = [p for p in draft.proposals if p["id"] not in REJECTED_PROPOSALS]
    front = draft.front
    front["facts"] = [f for f in front["facts"] if not REJECTED_PROPOSALS & set(map(str, _refs(f)))]
    (empty_seed_project / "data" / "documents" / f"{seed.stem}.md").write_text(draft.document(), encoding="utf-8")
    (empty_seed_project / "data" / "entities" / "proposed.yaml").write_text(yaml.safe_dump(kept, allow_unicode=True), encoding="utf-8")
    records = build_records(read_sources(empty_seed_project))
    (document,) = records.documents
    assert document.text == text
    assert len(document.facts) >= 10
    for fact in document.facts:
        for evidence in fact.evidence:
            assert text[evidence.start : evidence.end] == evidence.quote


def _refs(fact: dict[str, Any]) -> list[Any]:
    return [v for value in fact.values() for v in (value if isinstance(value, list) else [value]) if isinstance(v, str)]


@pytest.mark.parametrize("gold", GOLD, ids=lambda p: p.name)
def test_gold_draft_builds_once_the_wrong_facts_are_deleted(gold: Path, empty_seed_project: Path) -> None:
    shutil.copy(bench.GOLD / "concepts-extra.ttl", empty_seed_project / "ontology" / "concepts-extra.ttl")
    curated = build_records(read_sources(bench.assemble(empty_seed_project.parent / "gold", gold / "data" / "entities", gold / "data" / "documents")))
    (document,) = curated.documents
    draft = extract(document.text, empty_seed_project)
    mapping, _, wrong_entities, _ = bench.match_entities(bench.predicted_entities(draft, empty_seed_project), bench.gold_entities(curated.entities))
    score, wrong_facts, _ = bench.match_facts(draft, document, mapping)
    rejected = {e.id for e in wrong_entities}
    front = draft.front
    kept_facts = [f for f in front["facts"] if f"{f['type']} {f['id']}" not in wrong_facts]
    while True:  # what refers to a deleted entity or fact goes with it ('the 16 companies' of a deleted duplicate mission)
        known = {f["id"] for f in kept_facts}
        deleted = rejected | ({f["id"] for f in front["facts"]} - known)
        remaining = [f for f in kept_facts if not deleted & set(map(str, _refs(f)))]
        if len(remaining) == len(kept_facts):
            break
        kept_facts = remaining
    front["facts"] = kept_facts
    kept = [p for p in draft.proposals if p["id"] not in rejected]
    (empty_seed_project / "data" / "documents" / f"{gold.name}.md").write_text(draft.document(), encoding="utf-8")
    (empty_seed_project / "data" / "entities" / "proposed.yaml").write_text(yaml.safe_dump(kept, allow_unicode=True), encoding="utf-8")
    checked = check(Settings(root=empty_seed_project))
    assert checked.report.conforms, checked.report.as_text()
    (built,) = checked.records.documents
    assert built.text == document.text and built.facts
    if not (gold / "held-out.txt").exists() and not (gold / "tuning.txt").exists():  # a regression guard for the articles the rules were refined on; held-out ones, and those not yet up to it, are only measured
        assert len(built.facts) >= len([f for f in document.facts if f.type != "claim" or "by" in f.values]) // 2
    for fact in built.facts:
        for evidence in fact.evidence:
            assert built.text[evidence.start : evidence.end] == evidence.quote


def test_seed_draft_finds_the_curated_agreement_and_its_date(empty_seed_project: Path) -> None:
    draft = extract(article_text(REPO / "data/documents/healthtech-cluster-massmedic-agreement.md"), empty_seed_project)
    (agreement,) = [f for f in draft.facts if f["type"] == "agreement"]
    assert agreement["parties"] == ["healthtech-cluster", "massmedic"]
    assert (agreement["date"], agreement["place"]) == ("2016-10", "barcelona")
    assert "2016-11-09" in agreement["note"]
    assert draft.front["published"] == "2016-11-09"


def test_seed_draft_reads_all_observations_of_the_boston_article(empty_seed_project: Path) -> None:
    draft = extract(article_text(REPO / "data/documents/boston-cambridge-life-science-cluster.md"), empty_seed_project)
    observed = {(f["about"], f["indicator"], f["value"]) for f in draft.facts if f["type"] == "observation"}
    assert ("massachusetts", "share-of-state-public-companies", 16.5) in observed
    assert ("massbio", "number-of-member-organisations", 600) in observed
    assert ("boston-cambridge-life-sciences", "number-of-drugs-in-development", 900) in observed
    assert len(observed) == 11
    assert draft.front["published_note"].count("DD.MM.YYYY") == 1


def test_cli_writes_the_draft_and_proposals_only_where_told(empty_seed_project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "article.md"
    article.write_text("# Aerospace news\n\nToulouse, 19 June 2019 – Aerospace Valley signed an agreement with its German counterpart Hamburg Aviation today.\n", encoding="utf-8")
    before = sorted(p.name for p in (empty_seed_project / "data").rglob("*"))
    assert main(["extract", str(article), "--root", str(empty_seed_project)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("---\n# Draft by `clusterld extract`") and "\n---\n# Aerospace news" in out
    assert front_matter(out)["facts"][0]["parties"] == ["aerospace-valley", "hamburg-aviation"]
    assert sorted(p.name for p in (empty_seed_project / "data").rglob("*")) == before
    draft, proposals = tmp_path / "draft.md", tmp_path / "proposed.yaml"
    assert main(["extract", str(article), "--root", str(empty_seed_project), "--date", "2019-06-19", "--out", str(draft), "--proposals", str(proposals)]) == 0
    assert {p["id"] for p in yaml.safe_load(proposals.read_text(encoding="utf-8"))} >= {"aerospace-valley", "hamburg-aviation", "toulouse"}
    assert "id: aerospace-news" in draft.read_text(encoding="utf-8")


def test_cli_reads_standard_input(empty_seed_project: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "clusterld", "extract", "-", "--root", str(empty_seed_project), "--date", "2016-11-09"],
        input="MassMEDIC signed an agreement with ACCIO in Barcelona last 20 and 21 of October.".encode("utf-8"),
        capture_output=True,
    )
    assert result.returncode == 0, result.stderr
    assert "date: 2016-10" in result.stdout.decode("utf-8")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"\x00\x01\x02binary\x00", "binary"),
        ("Caf\u00e9".encode("latin-1"), "not UTF-8"),
        (b"a" * 5_000_000, "at most"),
    ],
)
def test_cli_refuses_bad_input_with_exit_2(content: bytes, message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "bad.txt"
    article.write_bytes(content)
    assert main(["extract", str(article), "--root", str(tmp_path)]) == 2
    assert message in capsys.readouterr().err


def test_cli_refuses_a_bad_date_and_a_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Some text.", encoding="utf-8")
    assert main(["extract", str(article), "--date", "2016-02-30"]) == 2
    assert "not a real date" in capsys.readouterr().err
    assert main(["extract", str(tmp_path / "missing.txt")]) == 2
    assert "cannot read the article" in capsys.readouterr().err


def test_large_article_within_the_limit_finishes(tmp_path: Path) -> None:
    paragraph = "The Basque Energy Cluster, founded in 1996, has more than 180 members in Bilbao. "
    draft = extract((paragraph * 5000)[:900_000], tmp_path)
    assert draft.facts
