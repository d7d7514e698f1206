"""Input errors: each is caught with file:line, the field, and what to fix."""

from __future__ import annotations

from pathlib import Path

import pytest

from clusterld.buildcache import BuildCache
from clusterld.documents import read_sources
from clusterld.errors import InputError, Problem
from clusterld.records import build_records, parse_date

DOC = Path("data/documents/north-south-pact.md")
REGISTRY = Path("data/entities/registry.yaml")


def problems_for(project: Path) -> list[Problem]:
    with pytest.raises(InputError) as caught:
        build_records(read_sources(project))
    return list(caught.value.problems)


def edit(project: Path, relative: Path, old: str, new: str) -> None:
    path = project / relative
    text = path.read_text(encoding="utf-8")
    assert old in text, f"fixture no longer contains {old!r}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def line_of(project: Path, relative: Path, needle: str) -> int:
    lines = (project / relative).read_text(encoding="utf-8").split("\n")
    return next(i for i, line in enumerate(lines, 1) if needle in line)


def only(problems: list[Problem]) -> Problem:
    assert len(problems) == 1, problems
    return problems[0]


def test_fixture_project_reads_cleanly(project: Path) -> None:
    records = build_records(read_sources(project))
    assert [d.id for d in records.documents] == ["north-south-pact"]
    assert {e.id for e in records.entities} == {"north-med", "south-health", "porto-medtech", "porto", "ana-silva"}


def test_malformed_yaml(project: Path) -> None:
    edit(project, REGISTRY, "  sectors: [medical-devices]\n  based_in: porto\n- id: south", "  sectors: [medical-devices\n  based_in: porto\n- id: south")
    p = only(problems_for(project))
    assert p.file == project / REGISTRY and "malformed YAML" in p.message
    assert p.line is not None and p.line >= line_of(project, REGISTRY, "sectors: [medical-devices")


def test_not_utf8(project: Path) -> None:
    path = project / REGISTRY
    path.write_bytes(path.read_bytes().replace("Médico".encode("utf-8"), "Médico".encode("latin-1")))
    p = only(problems_for(project))
    assert "not UTF-8" in p.message and p.line == 3  # the `name:` line of the first entity


def test_missing_required_field(project: Path) -> None:
    edit(project, DOC, "    unit: companies\n", "")
    p = only(problems_for(project))
    assert p.field == "facts[3].unit" and "required field 'unit' is missing" in p.message
    assert p.line == line_of(project, DOC, "id: porto-medtech-companies-2020") - 1


def test_unknown_fact_type(project: Path) -> None:
    edit(project, DOC, "  - type: founding", "  - type: foundation")
    p = only(problems_for(project))
    assert "'foundation' is not one of" in p.message and "agreement" in p.message
    assert p.field == "facts[4].type" and p.line == line_of(project, DOC, "type: foundation")


def test_unknown_field(project: Path) -> None:
    edit(project, DOC, "    qualifier: more-than", "    qualifer: more-than")
    p = only(problems_for(project))
    assert "unknown field 'qualifer'" in p.message and p.line == line_of(project, DOC, "qualifer:")


def test_reference_to_unknown_id(project: Path) -> None:
    edit(project, DOC, "parties: [north-med, south-health]", "parties: [north-med, south-healht]")
    p = only(problems_for(project))
    assert "'south-healht' is not a known id" in p.message
    assert p.field == "facts.1.parties" and p.line == line_of(project, DOC, "south-healht")


def test_reference_to_wrong_kind(project: Path) -> None:
    edit(project, DOC, "parties: [north-med, south-health]", "parties: [north-med, porto]")
    assert "'porto' is a place, but parties expects" in only(problems_for(project)).message


def test_unknown_concept(project: Path) -> None:
    edit(project, DOC, "topics: [networking]", "topics: [netwerking]")
    p = only(problems_for(project))
    assert "'netwerking' is not a concept of the 'topic' scheme" in p.message and "networking" in p.message


def test_duplicate_id(project: Path) -> None:
    edit(project, DOC, "id: north-med-founded", "id: north-med")
    p = only(problems_for(project))
    assert "duplicate id 'north-med'" in p.message and f"{REGISTRY.name}:1" in p.message
    assert p.file == project / DOC and p.line == line_of(project, DOC, "    id: north-med")


def test_duplicate_key(project: Path) -> None:
    edit(project, DOC, "    value: 120\n", "    value: 120\n    value: 130\n")
    p = only(problems_for(project))
    assert "duplicate key" in p.message and p.line == line_of(project, DOC, "value: 130")


@pytest.mark.parametrize(
    ("bad", "message"),
    [("2020-5-3", "not an ISO 8601 date"), ("03.05.2020", "not an ISO 8601 date"), ("2016-02-30", "not a real date"), ("2020-13", "no month 13")],
)
def test_bad_date(project: Path, bad: str, message: str) -> None:
    edit(project, DOC, "date: 2020-05-03", f"date: {bad}")
    p = only(problems_for(project))
    assert message in p.message and p.field == "facts.1.date" and p.line == line_of(project, DOC, f"date: {bad}")


def test_end_before_start(project: Path) -> None:
    edit(project, DOC, "end: 2020-05-03", "end: 2020-05-01")
    p = only(problems_for(project))
    assert "ends (2020-05-01) before it starts (2020-05-02)" in p.message and p.line == line_of(project, DOC, "end: 2020-05-01")


def test_quote_not_verbatim(project: Path) -> None:
    edit(project, DOC, "- the pact will foster networking", "- the pact will foster  networking")
    p = only(problems_for(project))
    assert "does not occur verbatim" in p.message and p.line == line_of(project, DOC, "foster  networking")


def test_ambiguous_quote_needs_start(project: Path) -> None:
    edit(project, DOC, "      - North Medical Council\n", "      - NMC\n")
    p = only(problems_for(project))
    assert "occurs 2 times" in p.message and "start: N" in p.message


def test_quote_with_start(project: Path) -> None:
    text = (project / DOC).read_text(encoding="utf-8").split("---\n", 2)[2]
    second = text.index("NMC", text.index("NMC") + 1)
    edit(project, DOC, "      - North Medical Council\n", f"      - {{quote: NMC, start: {second}}}\n")
    founding = build_records(read_sources(project)).documents[0].facts[-1]
    assert (founding.evidence[0].start, founding.evidence[0].end) == (second, second + 3)


def test_all_problems_reported_at_once(project: Path) -> None:
    edit(project, DOC, "date: 2020-05-03", "date: 2020-02-30")
    edit(project, DOC, "parties: [north-med, south-health]", "parties: [north-med, nobody]")
    assert len(problems_for(project)) == 2


def test_problem_text_names_file_line_and_field(project: Path) -> None:
    edit(project, DOC, "date: 2020-05-03", "date: 2020-02-30")
    text = str(only(problems_for(project)))
    assert text.startswith(f"{project / DOC}:{line_of(project, DOC, 'date: 2020-02-30')}: [facts.1.date]")


@pytest.mark.parametrize(("text", "precision"), [("2016", "year"), ("2016-10", "month"), ("2016-10-20", "day")])
def test_dates_keep_their_precision(text: str, precision: str) -> None:
    assert parse_date(text).precision == precision


def test_mixed_precision_ordering() -> None:
    assert parse_date("2016-10").not_after(parse_date("2016-10-21"))
    assert parse_date("2016").not_after(parse_date("2016-01-01"))
    assert not parse_date("2016-11").not_after(parse_date("2016-10-21"))


def test_the_build_cache_never_hides_a_problem(project: Path, tmp_path: Path) -> None:
    """Files with problems are never cached, and cached records are checked again when an id they use goes."""
    def problems_with_cache() -> list[str]:
        cache = BuildCache(tmp_path / "cache")
        with pytest.raises(InputError) as caught:
            build_records(read_sources(project, cache), cache)
        return [p.message for p in caught.value.problems]

    cache = BuildCache(tmp_path / "cache")
    build_records(read_sources(project, cache), cache)  # everything cached
    edit(project, DOC, "author: Staff writer", "author: Staff writer\nauthor_note: unknown field")
    assert problems_with_cache() == problems_with_cache() != []
    edit(project, DOC, "author: Staff writer\nauthor_note: unknown field", "author: Staff writer")
    edit(project, REGISTRY, "- id: ana-silva", "- id: ana-silva-gone")  # the document's role names ana-silva
    assert any("'ana-silva' is not a known id" in m for m in problems_with_cache())
