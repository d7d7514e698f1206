"""`clusterld generate`: synthetic projects that read, check and build cleanly, the same for the same seed."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from clusterld.cli import main
from clusterld.documents import read_sources
from clusterld.errors import ClusterldError
from clusterld.generate import generate
from clusterld.pipeline import build
from clusterld.records import Records, build_records
from clusterld.settings import Settings

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A generated project of five clusters."""
    out = tmp_path_factory.mktemp("generated") / "project"
    generate(out, 5, seed=1, source=REPO)
    return out


@pytest.fixture(scope="module")
def records(small: Path) -> Records:
    return build_records(read_sources(small))


def _files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_reader_and_checks_accept_it(small: Path, records: Records) -> None:
    kinds = {e.kind for e in records.entities}
    assert kinds == {"cluster", "cluster-organisation", "organisation", "person", "place", "programme", "work"}
    assert sum(1 for e in records.entities if e.kind == "cluster") == 5
    facts = [f for d in records.documents for f in d.facts]
    assert {f.type for f in facts} == {"agreement", "event", "role", "membership", "observation", "founding", "publication",
                                       "participation", "relation", "claim"}
    for document in records.documents:
        for fact in document.facts:
            for evidence in fact.evidence:
                assert document.text[evidence.start:evidence.end] == evidence.quote
    assert (small / "ontology" / "concepts.ttl").read_bytes() == (REPO / "ontology" / "concepts.ttl").read_bytes()
    assert (small / "shapes" / "cluster-shapes.ttl").read_bytes() == (REPO / "shapes" / "cluster-shapes.ttl").read_bytes()


def test_places_nest_and_observations_span_years(records: Records) -> None:
    places = {e.id: e for e in records.entities if e.kind == "place"}
    for place in places.values():
        if place.values["place_type"] != "continent":
            assert place.values["within"] in places
    observations = [f for d in records.documents for f in d.facts if f.type == "observation"]
    assert {f.values["indicator"] for f in observations} >= {"number-of-companies", "annual-employment-growth-rate", "number-of-member-organisations"}
    years = {f.values["date"].text[:4] for f in observations if "date" in f.values}
    assert len(years) >= 3
    assert any("period_start" in f.values for f in observations)


def test_several_languages_with_tagged_labels(records: Records) -> None:
    assert {d.values["language"] for d in records.documents} == {"en", "ca", "es", "de", "da"}
    for document in records.documents:
        language = document.values["language"]
        for fact in document.facts:
            for key in ("label", "role_label", "text"):
                if key in fact.values:
                    assert language in fact.values[key]
    names = {lang for e in records.entities for lang in e.values["name"]}
    assert names == {"en", "ca", "es", "de", "da"}


def test_builds_with_no_violations(small: Path) -> None:
    release, report = build(Settings(root=small, base="https://example.org"))
    assert report.conforms, report.as_text()
    assert not report.warnings, report.as_text()
    assert release.manifest["counts"]["triples"] > 5000


def test_same_seed_same_bytes_other_seed_other_bytes(tmp_path: Path) -> None:
    for name, seed in (("a", 7), ("b", 7), ("c", 8)):
        generate(tmp_path / name, 12, seed=seed, source=REPO)
    first, again, other = (_files(tmp_path / name) for name in "abc")
    assert first == again
    assert first.keys() != other.keys() or first != other
    documents = [k for k in first if k.startswith("data/documents/")]
    assert len(documents) >= 12 * 3


def test_registry_files_are_plain_yaml(small: Path) -> None:
    for path in sorted((small / "data" / "entities").glob("*.yaml")):
        entries = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert isinstance(entries, list) and all("id" in e for e in entries)


def test_refuses_a_folder_in_use(small: Path) -> None:
    with pytest.raises(ClusterldError, match="not an empty folder"):
        generate(small, 2, source=REPO)
    with pytest.raises(ClusterldError, match="at least 1"):
        generate(small.parent / "none", 0, source=REPO)


def test_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "cli"
    assert main(["generate", "--clusters", "2", "--seed", "3", "--root", str(REPO), str(out)]) == 0
    printed = capsys.readouterr().out
    assert "2 clusters" in printed and "documents" in printed and f"clusterld build --root {out}" in printed
    assert sorted(p.name for p in out.iterdir()) == ["data", "ontology", "shapes"]
    build_records(read_sources(out))
    assert main(["generate", "--clusters", "2", "--root", str(REPO), str(out)]) == 2
    assert "not an empty folder" in capsys.readouterr().err
