"""Releases: deterministic dumps, atomic switch, nothing half-published."""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable

import pytest
from rdflib import Dataset, Graph

from clusterld.errors import InputError, ValidationFailed
from clusterld.pipeline import build
from clusterld.release import Release, current_release, list_releases
from clusterld.search import SEARCH_INDEX
from clusterld.settings import Settings
from clusterld.store import open_store

DUMPS = ("clusterld.nt.gz", "clusterld.nq.gz", "clusterld.ttl.gz", "clusterld.trig.gz", "clusterld.jsonld.gz", "context.jsonld", "SHA256SUMS")


def at(minute: int) -> datetime:
    return datetime(2026, 1, 1, 12, minute, tzinfo=timezone.utc)


def settings(root: Path) -> Settings:
    return Settings(root=root, base="https://example.org")


def test_release_layout(project: Path) -> None:
    release, report = build(settings(project), at(0))
    assert report.conforms
    assert (project / "build" / "current").resolve() == release.path
    for name in DUMPS:
        assert (release.dumps_path / name).is_file(), name
    assert (release.path / "store").is_dir() and (release.path / "validation.txt").is_file()
    manifest = json.loads((release.path / "manifest.json").read_text())
    assert manifest["release"] == release.id and manifest["created"] == "2026-01-01T12:00:00Z"
    assert manifest["counts"]["graphs"]["https://example.org/graph/north-south-pact"] > 0
    assert manifest["counts"]["classes"]["https://w3id.org/clusterld/def/cluster#Agreement"] == 1
    assert "data/documents/north-south-pact.md" in manifest["inputs"]
    assert manifest["ontology_version"] == "1.0.0"


def test_checksums_match_files(project: Path) -> None:
    release, _ = build(settings(project), at(0))
    lines = (release.dumps_path / "SHA256SUMS").read_text().splitlines()
    assert len(lines) == len(DUMPS) - 1
    for line in lines:
        digest, name = line.split("  ")
        assert hashlib.sha256((release.dumps_path / name).read_bytes()).hexdigest() == digest


def test_dumps_hold_the_same_data(project: Path) -> None:
    release, _ = build(settings(project), at(0))
    read = lambda name: gzip.decompress((release.dumps_path / name).read_bytes())  # noqa: E731
    triples = Graph().parse(data=read("clusterld.nt.gz"), format="nt")
    turtle = Graph().parse(data=read("clusterld.ttl.gz"), format="turtle")
    context = json.loads((release.dumps_path / "context.jsonld").read_text())
    document = json.loads(read("clusterld.jsonld.gz"))
    assert document["@context"] == "https://example.org/context.jsonld"
    document["@context"] = context["@context"]  # resolve the published context locally, no fetch
    jsonld = Graph().parse(data=json.dumps(document), format="json-ld")
    assert len(triples) == len(turtle) == len(jsonld) == release.manifest["counts"]["triples"]
    assert set(triples) == set(turtle) == set(jsonld)
    quads = Dataset().parse(data=read("clusterld.nq.gz"), format="nquads")
    trig = Dataset().parse(data=read("clusterld.trig.gz"), format="trig")
    names = {str(g.identifier) for g in quads.graphs() if len(g)}
    assert names == set(release.manifest["counts"]["graphs"])
    assert len(list(quads.quads())) == len(list(trig.quads()))


def test_two_builds_give_byte_identical_dumps(project: Path) -> None:
    first, _ = build(settings(project), at(0))
    second, _ = build(settings(project), at(1))
    assert first.id != second.id
    for name in DUMPS:
        assert (first.dumps_path / name).read_bytes() == (second.dumps_path / name).read_bytes(), name


def test_the_same_inputs_built_twice_in_one_second_give_two_releases(project: Path) -> None:
    first, _ = build(settings(project), at(0))
    second, _ = build(settings(project), at(0))
    assert first.id != second.id
    assert first.path.is_dir() and current_release(project / "build").id == second.id


def test_invalid_input_leaves_current_release(project: Path) -> None:
    good, _ = build(settings(project), at(0))
    doc = project / "data/documents/north-south-pact.md"
    doc.write_text(doc.read_text(encoding="utf-8").replace("date: 2020-05-03", "date: 2020-02-30"), encoding="utf-8")
    with pytest.raises(InputError):
        build(settings(project), at(1))
    assert current_release(project / "build").id == good.id
    assert [r.id for r in list_releases(project / "build")] == [good.id]


def test_shacl_violation_leaves_current_release(project: Path) -> None:
    good, _ = build(settings(project), at(0))
    # an agreement with one party passes the reader but breaks the shapes (cl:party min 2)
    doc = project / "data/documents/north-south-pact.md"
    doc.write_text(doc.read_text(encoding="utf-8").replace("parties: [north-med, south-health]", "parties: [north-med]"), encoding="utf-8")
    with pytest.raises(ValidationFailed) as failed:
        build(settings(project), at(1))
    assert "north-south-pact-2020" in failed.value.report_text
    assert current_release(project / "build").id == good.id


def test_old_releases_are_pruned(project: Path) -> None:
    for minute in range(4):
        build(Settings(root=project, base="https://example.org", keep_releases=2), at(minute))
    releases = list_releases(project / "build")
    assert len(releases) == 2 and current_release(project / "build").id == releases[0].id


def _many_documents(project: Path, count: int) -> None:
    """Enough copies of the fixture document for a build that takes a while."""
    for i in range(count):
        _copy_document(project, i)


def _copy_document(project: Path, i: int) -> None:
    """data/documents/copy-{i}.md: the fixture article under new ids."""
    doc = project / "data/documents/north-south-pact.md"
    copy = doc.read_text(encoding="utf-8")
    ids = ["north-south-pact-2020", "joint-meeting-2020", "ana-silva-president-north-med", "porto-medtech-companies-2020", "north-med-founded", "north-south-pact"]
    for ident in ids:
        copy = copy.replace(f"id: {ident}\n", f"id: {ident}-{i}\n").replace(f"signed_during: {ident}\n", f"signed_during: {ident}-{i}\n")
    (doc.parent / f"copy-{i}.md").write_text(copy, encoding="utf-8")


def test_killed_build_leaves_previous_release(project: Path) -> None:
    good, _ = build(settings(project), at(0))
    before = {p.name: p.read_bytes() for p in good.dumps_path.iterdir()}
    _many_documents(project, 60)
    env = dict(os.environ, CLUSTERLD_BASE="https://example.org")
    process = subprocess.Popen(
        [sys.executable, "-m", "clusterld", "build", "--root", str(project)], env=env, stderr=subprocess.PIPE, text=True
    )
    assert process.stderr is not None
    # strike while the new release is being written (progress goes to stderr): its store exists, its dumps do not yet
    for line in process.stderr:
        if line.startswith("dumps"):
            process.send_signal(signal.SIGKILL)
            break
    process.wait()
    assert process.returncode == -signal.SIGKILL, "the build finished before it could be killed"
    releases = project / "build" / "releases"
    assert any(p.name.startswith(".partial-") for p in releases.iterdir())
    assert current_release(project / "build").id == good.id
    assert {p.name: p.read_bytes() for p in good.dumps_path.iterdir()} == before
    assert [r.id for r in list_releases(project / "build")] == [good.id]
    rebuilt, _ = build(settings(project), at(2))
    assert current_release(project / "build").id == rebuilt.id
    assert not any(p.name.startswith(".partial-") for p in releases.iterdir())


def _published(release: Release) -> dict[str, Any]:
    """Everything a release publishes but its id and time: dumps, report, manifest, store and search index."""
    store = open_store(release.store_path)
    quads = sorted(str(quad) for quad in store.quads_for_pattern(None, None, None, None))
    del store
    index = sqlite3.connect(release.path / SEARCH_INDEX)
    rows = index.execute("SELECT iri, type, sort_key, labels, keys FROM entities ORDER BY iri").fetchall()
    names = index.execute("SELECT e.iri, n.name, n.alt FROM names n JOIN entities e ON e.id = n.rowid ORDER BY e.iri").fetchall()
    index.close()
    return {
        "dumps": {p.name: p.read_bytes() for p in sorted(release.dumps_path.iterdir())},
        "validation": (release.path / "validation.txt").read_text(),
        "manifest": {k: v for k, v in release.manifest.items() if k not in ("release", "created")},
        "store": quads,
        "search": (rows, names),
    }


def test_incremental_builds_publish_what_a_full_rebuild_publishes(project: Path) -> None:
    """After a document is changed, added or removed, a build that reuses build/cache/ publishes exactly the bytes
    of a build from scratch (`rm -rf build/cache`)."""
    _many_documents(project, 4)
    documents = project / "data/documents"
    build(settings(project), at(0))
    edited = documents / "copy-0.md"
    changes: dict[str, Callable[[], None]] = {
        "changed": lambda: edited.write_text(edited.read_text().replace("author: Staff writer", "author: Staff writer\npublished_note: Edited."), encoding="utf-8"),
        "added": lambda: _copy_document(project, 7),
        "removed": lambda: (documents / "copy-1.md").unlink(),
    }
    for minute, (change, apply) in enumerate(changes.items()):
        apply()
        incremental, _ = build(settings(project), at(2 * minute + 1))
        # the store is the previous release's, copied (hard links to its files) with the changed graphs replaced
        assert any(f.stat().st_nlink > 1 for f in incremental.store_path.glob("*.sst")), change
        shutil.rmtree(project / "build" / "cache")
        scratch, _ = build(settings(project), at(2 * minute + 2))
        assert _published(incremental) == _published(scratch), change


def test_cache_keeps_one_release(project: Path) -> None:
    """Entries a build did not use are removed, so the cache does not grow with every change."""
    cache = project / "build" / "cache"
    build(settings(project), at(0))
    before = {p.relative_to(cache) for p in cache.rglob("*") if p.is_file()}
    _many_documents(project, 1)
    build(settings(project), at(1))
    (project / "data/documents/copy-0.md").unlink()
    build(settings(project), at(2))
    assert {p.relative_to(cache) for p in cache.rglob("*") if p.is_file()} == before
