"""Serving a release: pages answer while the query workers are still opening the store, queries wait for them
within their deadline (503 with Retry-After when none is ready), which releases are copied into memory (by the
query workers, and for pages), and `clusterld serve` as a supervisor of several web processes."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any, Iterator

import httpx
import pytest

from clusterld.release import Release
from clusterld.settings import Settings
from clusterld.sparql.processes import WorkerProcesses
from clusterld.store import QueryStore, ReleaseStore
from clusterld.web import app as web_app
from clusterld.web.server import Server, pages_in_memory, uvicorn_config
from sparql_helpers import BASE, build_release, sparql
from web_helpers import loopback_socket, running_server

CHEAP = "ASK { ?s ?p ?o }"


@pytest.fixture(scope="module")
def release(tmp_path_factory: pytest.TempPathFactory) -> Release:
    return build_release(tmp_path_factory.mktemp("serving") / "project")


@pytest.fixture
def held_workers(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """Query workers that cannot join the pool until the event is set."""
    opened = threading.Event()
    ready = WorkerProcesses.await_ready

    def await_ready(processes: WorkerProcesses, worker: Any) -> bool:
        opened.wait(120)
        return ready(processes, worker)

    monkeypatch.setattr(WorkerProcesses, "await_ready", await_ready)
    yield opened
    opened.set()


def test_pages_answer_while_the_query_workers_open_the_store(release: Release, held_workers: threading.Event) -> None:
    settings = Settings(root=release.path, base=BASE, query_timeout=1.0, query_workers=1, retry_after=3)
    with running_server(web_app.create_app(ReleaseStore(release.path), settings, workers_wait=0.0)) as root:
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
    with running_server(web_app.create_app(ReleaseStore(release.path), settings, workers_wait=0.0)) as root:
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


@pytest.mark.parametrize(("most", "in_memory"), [(1000, True), (999, False), (0, False)])
def test_pages_are_read_from_memory_only_for_releases_small_enough(most: int, in_memory: bool) -> None:
    manifest = {"counts": {"graphs": {f"{BASE}/graph/a": 600, f"{BASE}/graph/b": 400}}}
    assert pages_in_memory(manifest, Settings(root=Path("."), base=BASE, page_memory_max_quads=most)) is in_memory


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def descendants(pid: int) -> set[int]:
    """Every process under `pid` (Linux)."""
    found, todo = set(), [pid]
    while todo:
        current = todo.pop()
        try:
            tasks = os.listdir(f"/proc/{current}/task")
        except FileNotFoundError:  # the process ended meanwhile (a web process handing over, say)
            continue
        for task in tasks:
            try:
                with open(f"/proc/{current}/task/{task}/children") as children:
                    listed = children.read().split()
            except FileNotFoundError:  # the thread ended meanwhile
                continue
            found.update(map(int, listed))
            todo.extend(map(int, listed))
    return found


def until(condition: Any, timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.1)


@pytest.mark.parametrize(("environment", "arguments", "expected"), [
    ({}, [], "with pages from memory"),
    ({"CLUSTERLD_PAGE_MEMORY_MAX_QUADS": "0"}, ["--workers", "2"], "in 2 processes"),
    ({}, ["--workers", "2"], "with pages from memory"),
])
def test_serve_as_a_supervisor_of_web_processes(release: Release, tmp_path: Path, environment: dict[str, str],
                                                arguments: list[str], expected: str) -> None:
    port = free_port()
    log = (tmp_path / "serve.log").open("w+")
    command = [sys.executable, "-m", "clusterld", "serve", "--root", str(release.path.parent.parent.parent),
               "--base", BASE, "--port", str(port), *arguments]
    server = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, env={**os.environ, **environment})
    try:
        until(lambda: expected in (tmp_path / "serve.log").read_text())
        root = f"http://127.0.0.1:{port}"
        for _ in range(6):  # whichever process answers
            page = httpx.get(f"{root}/doc/organisation/north-med.html", timeout=60)
            assert page.status_code == 200 and "North Medical Council" in page.text
        assert sparql(root, CHEAP, accept="application/sparql-results+json").json()["boolean"] is True
        started = (tmp_path / "serve.log").read_text().count("Started server process")
        assert started == (2 if "--workers" in arguments else 1) + ("memory" in expected)
        processes = descendants(server.pid)
        server.send_signal(signal.SIGTERM)
        assert server.wait(120) == 0
        until(lambda: not any(os.path.exists(f"/proc/{pid}") for pid in processes))
    finally:
        if server.poll() is None:
            server.kill()


def test_a_stopping_server_answers_a_connection_it_has_just_accepted(release: Release) -> None:
    # a web process handing over to another, or stopped with --workers, shares the listening socket: a connection
    # it accepted just before stopping was meant for it and must not be dropped unanswered
    settings = Settings(root=release.path, base=BASE)
    sock = loopback_socket()
    server = Server(uvicorn_config(web_app.create_app(ReleaseStore(release.path), settings), settings,
                                   log_level="warning"), accepted_grace=10.0)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    until(lambda: server.started)
    with socket.create_connection(sock.getsockname(), timeout=60) as client:
        until(lambda: len(server.server_state.connections) == 1)  # accepted, no request yet
        server.should_exit = True
        until(lambda: not server.servers[0].is_serving())  # stopping: accepts nothing more
        client.sendall(b"GET /doc/organisation/north-med HTTP/1.1\r\nHost: x\r\nAccept: text/turtle\r\n\r\n")
        answer = client.makefile("rb").readline()
    thread.join(60)
    sock.close()
    assert answer.startswith(b"HTTP/1.1 200")


def test_pages_from_memory_are_the_pages_from_disk(release: Release) -> None:
    from fastapi.testclient import TestClient

    settings = Settings(root=release.path, base=BASE)
    disk = TestClient(web_app.create_app(ReleaseStore(release.path), settings))
    memory = TestClient(web_app.create_app(ReleaseStore(release.path, in_memory=True), settings))
    paths = ["/", "/doc/organisation/north-med", "/doc/document/north-south-pact", "/doc/agreement/north-south-pact-2020",
             "/graph/registry", "/search?q=north", "/doc/organisation/north-med.ttl"]
    for path in paths:
        pages = [client.get(path, headers={"Accept": "text/html"}) for client in (disk, memory)]
        assert pages[0].status_code == 200 and pages[0].content == pages[1].content, path
