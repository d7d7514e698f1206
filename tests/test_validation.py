"""Validating a release in parts reports exactly what validating the union at once reports."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph

from clusterld.buildcache import BuildCache
from clusterld.documents import read_sources
from clusterld.graph import map_records
from clusterld.ntriples import named_graph
from clusterld.records import build_records
from clusterld import validation
from clusterld.validation import load_shapes, partition, validate_graph, validate_parts

BASE = "https://example.org"


def mixed_project(project: Path) -> Path:
    """The fixture project plus a second article with defects, one of them only visible across documents."""
    doc = project / "data/documents/north-south-pact.md"
    text = doc.read_text(encoding="utf-8")
    second = text
    for ident in ("north-south-pact-2020", "joint-meeting-2020", "ana-silva-president-north-med", "porto-medtech-companies-2020", "north-med-founded", "north-south-pact"):
        second = second.replace(f"id: {ident}\n", f"id: {ident}-b\n").replace(f"signed_during: {ident}\n", f"signed_during: {ident}-b\n")
    second = second.replace("parties: [north-med, south-health]", "parties: [south-health]")  # one party: in-document
    second = second.replace("    date: 1999\n", "    date: 1998\n")  # a second founding date for north-med: across documents
    (doc.parent / "second.md").write_text(second, encoding="utf-8")
    return project


@pytest.mark.parametrize(("workers", "part_size"), [(1, 2000), (2, 2000), (1, 3)])
def test_parts_report_the_same_findings_as_the_union(project: Path, workers: int, part_size: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(validation, "POOL_LINES", 0)  # worker processes even for this small project
    records = build_records(read_sources(mixed_project(project)))
    mapped = map_records(records, BASE, False)
    shapes = load_shapes(project / "shapes")
    whole = validate_graph(mapped.union(), shapes, records.ontology, mapped.sources)
    parts = validate_parts(mapped.graphs.named, shapes, records.ontology, mapped.sources, workers, part_size=part_size)
    assert parts.findings == whole.findings
    focus = {(f.focus, f.path) for f in whole.violations}
    assert (f"{BASE}/id/agreement/north-south-pact-2020-b", "https://w3id.org/clusterld/def/cluster#party") in focus
    assert (f"{BASE}/id/organisation/north-med", "https://schema.org/foundingDate") in focus
    assert all(f.source for f in parts.findings)


def test_cached_parts_are_reused_and_changed_parts_revalidated(project: Path, tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    entries = lambda: set((folder / "validation").iterdir())  # noqa: E731
    shapes = load_shapes(project / "shapes")
    records = build_records(read_sources(project))
    mapped = map_records(records, BASE, False)
    first = validate_parts(mapped.graphs.named, shapes, records.ontology, mapped.sources, cache=BuildCache(folder))
    before = entries()
    assert first.conforms and before
    again = validate_parts(mapped.graphs.named, shapes, records.ontology, mapped.sources, cache=BuildCache(folder))
    assert again.findings == first.findings and entries() == before
    mixed_project(project)
    records = build_records(read_sources(project))
    mapped = map_records(records, BASE, False)
    changed = validate_parts(mapped.graphs.named, shapes, records.ontology, mapped.sources, cache=BuildCache(folder))
    assert changed.findings == validate_graph(mapped.union(), shapes, records.ontology, mapped.sources).findings
    assert not changed.conforms and len(entries() - before) >= 2  # the new document and the shared part


def test_cached_findings_are_not_reused_under_other_rules(project: Path, tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    records = build_records(read_sources(mixed_project(project)))
    mapped = map_records(records, BASE, False)
    shapes = load_shapes(project / "shapes")
    strict = validate_parts(mapped.graphs.named, shapes, records.ontology, mapped.sources, cache=BuildCache(folder), rules_key="a")
    lenient = Graph()  # no shapes at all: nothing to find
    found = validate_parts(mapped.graphs.named, lenient, records.ontology, mapped.sources, cache=BuildCache(folder), rules_key="b")
    assert strict.violations and not found.findings


def test_runs_of_subjects_move_only_where_subjects_change(project: Path) -> None:
    """A subject more or less changes the run it falls in, not the cut of every run after it."""
    mapped = map_records(build_records(read_sources(mixed_project(project))), BASE, False)
    named = dict(mapped.graphs.named)
    fewer = dict(named)
    ontology = next(name for name in named if str(name).endswith("/graph/ontology"))
    lines = named[ontology].lines
    fewer[ontology] = named_graph(line for line in lines if not line.startswith(lines[len(lines) // 2].split(b" ")[0]))
    runs = lambda graphs: {p.content() for p in partition(graphs, part_size=5)}  # noqa: E731
    assert len(runs(named)) > 10 and len(runs(named) - runs(fewer)) <= 2
