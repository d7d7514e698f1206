"""A rebuild's search index is the previous release's, updated: the same rows, names and order as a new index."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from clusterld.pipeline import build
from clusterld.release import Release
from clusterld.search import GAP, SEARCH_INDEX, SearchIndex

from test_release import _copy_document, at, settings


def _rows(release: Release) -> tuple[list, list]:
    db = sqlite3.connect(release.path / SEARCH_INDEX)
    try:
        rows = db.execute("SELECT iri, type, sort_key, labels, keys FROM entities ORDER BY id").fetchall()
        names = db.execute("SELECT e.iri, n.name, n.alt FROM names n JOIN entities e ON e.id = n.rowid ORDER BY n.rowid").fetchall()
        return rows, names
    finally:
        db.close()


def _ids(release: Release) -> list[int]:
    db = sqlite3.connect(release.path / SEARCH_INDEX)
    try:
        return [ident for (ident,) in db.execute("SELECT id FROM entities")]
    finally:
        db.close()


def test_an_updated_index_answers_as_a_new_one(project: Path) -> None:
    for i in range(3):
        _copy_document(project, i)
    build(settings(project), at(0))
    _copy_document(project, 5)  # new entities, between those indexed before
    (project / "data/documents/copy-1.md").unlink()
    updated, _ = build(settings(project), at(1))
    assert any(ident % GAP for ident in _ids(updated)), "the index was written anew, not updated"
    shutil.rmtree(project / "build" / "cache")
    scratch, _ = build(settings(project), at(2))
    assert _rows(updated) == _rows(scratch)  # in id order: ids keep IRI order
    for query in ("north", "pact", "a", "meeting 2020"):
        for max_matches in (0, 1, 3):
            mine = SearchIndex(updated.path / SEARCH_INDEX, max_matches).search(query, None, 50, 0)
            theirs = SearchIndex(scratch.path / SEARCH_INDEX, max_matches).search(query, None, 50, 0)
            assert mine == theirs, (query, max_matches)
