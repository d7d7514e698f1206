"""Serving a release at start: pages answer while the query workers are still opening the store, queries wait for
them within their deadline (503 with Retry-After when none is ready), and which releases the workers copy into
memory."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any, Iterator

import httpx
import pytest

from clusterld.release import Release
from clusterld.settings import Settings
from clusterld.sparql.pool import QueryPool
from clusterld.store import QueryStore, ReleaseStore
from clusterld.web import app as web_app
from sparql_helpers import BASE, build_release, sparql
from web_helpers import running_server

CHEAP = "ASK { ?s ?p ?o }"


@pytest.fixture(scope="module")
def release(tmp_path_factory: pytest.TempPathFactory) -> Release:
    return build_release(tmp_path_factory.mktemp("serving") / "project")


@pytest.fixture
def held_workers(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """Query workers that cannot join the pool until the event is set, and a server that does not wait for them."""
    opened = threading.Event()
    ready = QueryPool._await_ready

    def await_ready(pool: QueryPool, worker: Any) -> bool:
        opened.wait(120)
        return ready(pool, worker)

    monkeypatch.setattr(QueryPool, "_await_ready", await_ready)
    monkeypatch.setattr(web_app, "START_WAIT", 0.0)
    yield opened
    opened.set()


def test_pages_answer_while_the_query_workers_open_the_store(release: Release, held_workers: threading.Event) -> None:
    settings = Settings(root=release.path, base=BASE, query_timeout=1.0, query_workers=1, retry_after=3)
    with running_server(web_app.create_app(ReleaseStore(release.path), settings)) as root:
        assert httpx.get(f"{root}/doc/organisation/north-med.html", timeout=60).status_code == 200
        assert httpx.get(f"{root}/sparql", headers={"Accept": "text/turtle"}, timeout=60).status_code == 200
        waiting = sparql(root, CHEAP)
        assert waiting.status_code == 503
        assert waiting.headers["retry-after"] == "3"
        assert "still opening the release store" in waiting.text
        held_workers.set()
        answered = sparql(root, CHEAP, accept="application/sparql-results+json")
        assert answered.status_code == 200 and answered.json()["boolean"] is True


def test_a_query_waits_for_the_workers_within_its_deadline(release: Release, held_workers: threading.Event) -> None:
    settings = Settings(root=release.path, base=BASE, query_timeout=60.0, query_workers=1)
    with running_server(web_app.create_app(ReleaseStore(release.path), settings)) as root:
        threading.Timer(1.0, held_workers.set).start()
        answered = sparql(root, CHEAP, accept="application/sparql-results+json")
        assert answered.status_code == 200 and answered.json()["boolean"] is True


@pytest.mark.parametrize(("allowed", "most", "copied"), [(True, 1000, True), (True, 999, False), (False, 10**9, False)])
def test_workers_copy_only_releases_small_enough_into_memory(allowed: bool, most: int, copied: bool) -> None:
    manifest = {"counts": {"graphs": {f"{BASE}/graph/a": 600, f"{BASE}/graph/b": 400}}}
    settings = Settings(root=Path("."), base=BASE, query_memory_store=allowed, query_memory_max_quads=most)
    assert web_app.copied_into_memory(manifest, settings) is copied


def test_the_copy_in_memory_holds_what_the_store_holds(release: Release, tmp_path: Path) -> None:
    # copied from the N-Quads dump, from the store itself (no readable dump), or not copied: the same answers
    dump = release.dumps_path / "clusterld.nq.gz"
    damaged = tmp_path / "damaged.nq.gz"
    damaged.write_bytes(dump.read_bytes()[:1000])
    query = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g"
    answers = {
        QueryStore(release.store_path, in_memory, source).run(query, "tsv", None, None, 100_000, {})
        for in_memory, source in ((False, None), (True, dump), (True, None), (True, damaged), (True, tmp_path / "none"))
    }
    assert len(answers) == 1 and len(next(iter(answers))[0].splitlines()) > 3
