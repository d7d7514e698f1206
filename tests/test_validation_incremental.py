"""Validation of a rebuild (only the focus nodes a change may affect) reports exactly what validating the whole
union from scratch reports, through a sequence of changes that make the data invalid and valid again."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

import pytest

from clusterld.ntriples import named_graph
from clusterld.pipeline import check
from clusterld.settings import Settings
from clusterld.validation import incremental
from clusterld.validation.scope import THIS, scope

from test_release import _copy_document

AGREEMENT = "https://example.org/id/agreement/north-south-pact-2020-1"
DOCUMENT = "https://example.org/id/document/north-south-pact"
ORGANISATION = "https://example.org/id/organisation/north-med"
CL = "https://w3id.org/clusterld/def/cluster#"


def _edit(path: Path, old: str, new: str) -> Callable[[], None]:
    def apply() -> None:
        text = path.read_text(encoding="utf-8")
        assert old in text
        path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return apply


def _write(path: Path, text: str | None) -> Callable[[], None]:
    def apply() -> None:
        if text is None:
            path.unlink()
        else:
            path.write_text(text, encoding="utf-8")
    return apply


def test_rebuild_validation_reports_what_validating_everything_reports(project: Path, monkeypatch: Any) -> None:
    for i in range(3):
        _copy_document(project, i)
    documents = project / "data/documents"
    cross = project / "data/rdf/cross.ttl"
    steps: dict[str, Callable[[], None]] = {
        "one document made invalid": _edit(documents / "copy-0.md", "parties: [north-med, south-health]", "parties: [north-med]"),
        "another graph makes a party of a document": _write(cross, f"<{AGREEMENT}> <{CL}party> <{DOCUMENT}> .\n"),
        "another graph retypes an entity documents refer to": _write(
            cross, f"<{AGREEMENT}> <{CL}party> <{DOCUMENT}> .\n<{ORGANISATION}> a <{CL}Agreement> .\n"),
        "a document added": lambda: _copy_document(project, 7),
        "a document removed": _write(documents / "copy-2.md", None),
        "the cross-document triples removed": _write(cross, None),
        "the document fixed": _edit(documents / "copy-0.md", "parties: [north-med]", "parties: [north-med, south-health]"),
    }
    settings = Settings(root=project, base="https://example.org")
    revalidated: list[bool] = []
    original = incremental.revalidate

    def spy(*args: Any) -> Any:
        found = original(*args)
        revalidated.append(found is not None)
        return found

    monkeypatch.setattr(incremental, "revalidate", spy)
    check(settings, cache=True)  # the first validation, of everything, leaves what the next starts from
    seen_invalid = False
    for step, apply in steps.items():
        apply()
        rebuilt = check(settings, cache=True).report
        scratch = check(settings, cache=False).report
        assert rebuilt.as_text() == scratch.as_text(), step
        assert revalidated.pop(), f"{step}: the whole union was validated again"
        seen_invalid |= not scratch.conforms
    assert seen_invalid and scratch.conforms


def test_a_query_reads_what_its_patterns_reach_from_the_focus_node() -> None:
    found = scope("SELECT ?this WHERE { ?this <urn:p> ?v . ?v <urn:q>/<urn:r> ?w . "
                  "FILTER NOT EXISTS { ?o <urn:s> ?this } }")
    assert {len(route) for route in found.routes} == {1, 2, 3}
    assert all(route[0][0].a == THIS or route[0][0].b == THIS for route in found.routes)


def test_a_pattern_not_connected_to_the_focus_node_cannot_be_bounded() -> None:
    with pytest.raises(incremental.Unbounded):
        scope("SELECT ?this WHERE { ?this <urn:p> ?v . ?a <urn:q> ?b }")


def test_affected_focus_nodes_are_walked_back_from_a_changed_triple() -> None:
    lines = [b"<urn:x> <urn:p> <urn:v> .\n", b"<urn:y> <urn:p> <urn:w> .\n", b"<urn:v> <urn:t> <urn:C> .\n"]
    union = incremental.Union([named_graph(lines)])
    query = scope("SELECT ?this WHERE { ?this <urn:p> ?v . ?v <urn:t> <urn:C> }")
    assert incremental.affected(union, [query], {lines[2]}, 10) == {b"<urn:x>"}
    assert incremental.affected(union, [query], {lines[1]}, 10) == {b"<urn:y>"}
    assert incremental.neighbourhood(union, [query], {b"<urn:x>"}) == {lines[0], lines[2]}
