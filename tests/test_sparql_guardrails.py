"""The endpoint's guardrails over a real uvicorn server: updates refused and never run, no outbound request
because of a query, size caps, the wall-clock timeout and the concurrency cap, on the embedded store and then on
the release published into a remote store; and what happens to the embedded store's worker processes (a query
past its deadline or its memory cap kills its worker, which is replaced)."""

from __future__ import annotations

import multiprocessing
import os
import select
import signal
import socket
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Iterator

import httpx
import pytest

from clusterld.release import Release
from clusterld.settings import Settings
from clusterld.store import ReleaseStore
from clusterld.web.app import create_app
from remote_helpers import BACKENDS, on_backend
from sparql_helpers import BASE, build_release, sparql
from web_helpers import running_server

TIMEOUT = 2.0
MAX_BYTES = 4000
CONCURRENT = 3
WORKERS = 2
# four-fold cross product of every triple with COUNT: hundreds of billions of rows, never finishes
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
CHEAP = "SELECT * WHERE { ?s ?p ?o } LIMIT 1"
UPDATES = [
    "INSERT DATA { <urn:x:s> <urn:x:p> <urn:x:o> }",
    "PREFIX x: <urn:x:> DELETE WHERE { ?s ?p ?o }",
    "CLEAR ALL",
    "DROP GRAPH <https://example.org/graph/registry>",
]


@pytest.fixture(scope="module")
def release(tmp_path_factory: pytest.TempPathFactory) -> Release:
    return build_release(tmp_path_factory.mktemp("guardrails") / "project")


@pytest.fixture(scope="module", params=BACKENDS)
def url(request: pytest.FixtureRequest, release: Release) -> Iterator[str]:
    """The endpoint on the embedded store (two workers), then on the release published into the remote store."""
    settings = Settings(root=release.path, base=BASE, query_timeout=TIMEOUT, max_query_bytes=MAX_BYTES,
                        max_concurrent_queries=CONCURRENT, query_workers=WORKERS)
    with running_server(create_app(on_backend(request, ReleaseStore(release.path), settings), settings)) as root:
        yield root


# about the embedded store's worker processes, which a remote store does not have (there, a query stopped at
# its deadline frees its place at once: tests/test_remote.py)
embedded_only = pytest.mark.parametrize("url", ["embedded"], indirect=True)


@pytest.fixture
def listener() -> Iterator[socket.socket]:
    """A loopback listener that nothing should ever connect to."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    sock.listen(8)
    yield sock
    sock.close()


def no_connection(sock: socket.socket) -> bool:
    """Whether nobody connected: a connection attempt would be waiting in the listener's backlog."""
    readable, _, _ = select.select([sock], [], [], 0)
    return not readable


def triples(url: str) -> int:
    response = sparql(url, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    return int(response.json()["results"]["bindings"][0]["n"]["value"])


def query_workers() -> set[int]:
    return {p.pid for p in multiprocessing.active_children() if p.name == "clusterld-query" and p.pid is not None}


def full_pool(size: int) -> set[int]:
    """The query workers, once `size` of them run (a replacement starts in the background)."""
    deadline = time.monotonic() + 120
    while len(query_workers()) < size and time.monotonic() < deadline:
        time.sleep(0.1)
    return query_workers()


# ---- the embedded store's worker processes ------------------------------------------------------------------
# (first in the file, so they run before the remote store's turn: the Oxigraph server goes on with the runaway
# queries it is sent, whatever its --timeout-s, until the module ends, and would slow these down)


@embedded_only
def test_runaway_querys_worker_is_killed_and_replaced(url: str) -> None:
    workers = full_pool(WORKERS)
    response = sparql(url, RUNAWAY)
    assert response.status_code == 503
    assert workers - query_workers(), "the worker that ran the query was killed"
    assert len(full_pool(WORKERS)) == WORKERS
    assert sparql(url, CHEAP).status_code == 200


def test_a_query_waiting_for_a_busy_worker_is_stopped_with_the_deadline_named(release: Release) -> None:
    # one worker, held by a runaway query; a second runaway query waits for it, then gets the replacement (or
    # not, if that starts too slowly): either way it is answered 503 naming the limit, never left hanging
    # (how long that takes is the benchmarks' business, not a test's)
    settings = Settings(root=release.path, base=BASE, query_timeout=TIMEOUT, query_workers=1)
    with running_server(create_app(ReleaseStore(release.path), settings)) as root:
        holder = threading.Thread(target=lambda: sparql(root, RUNAWAY))
        holder.start()
        time.sleep(TIMEOUT / 4)
        response = sparql(root, RUNAWAY)
        holder.join()
        assert response.status_code == 503
        assert "query_timeout" in response.text


def test_memory_hungry_query_ends_its_worker_not_the_machine(release: Release) -> None:
    # sorting a three-fold cross product needs far more than 100 MiB: the worker fails, is replaced, others go on
    settings = Settings(root=release.path, base=BASE, query_workers=1, query_memory_mb=100)
    with running_server(create_app(ReleaseStore(release.path), settings)) as root:
        response = sparql(root, "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?a")
        assert response.status_code == 500
        assert "query_memory_mb" in response.text
        deadline = time.monotonic() + 120
        while sparql(root, CHEAP).status_code != 200 and time.monotonic() < deadline:
            time.sleep(0.1)  # the replacement worker starts in the background
        assert sparql(root, CHEAP).status_code == 200


def test_worker_dead_while_idle_is_replaced_unnoticed(release: Release) -> None:
    before = query_workers()
    settings = Settings(root=release.path, base=BASE, query_workers=2)
    with running_server(create_app(ReleaseStore(release.path), settings)) as root:
        ours = query_workers() - before
        assert len(ours) == 2
        os.kill(next(iter(ours)), signal.SIGKILL)
        for _ in range(6):
            assert sparql(root, CHEAP).status_code == 200


# ---- read-only ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("update", UPDATES)
def test_updates_refused_every_way_and_never_run(url: str, update: str) -> None:
    before = triples(url)
    attempts = [
        httpx.get(f"{url}/sparql", params={"update": update}),
        httpx.get(f"{url}/sparql", params={"query": update}),
        httpx.post(f"{url}/sparql", data={"update": update}),
        httpx.post(f"{url}/sparql", data={"query": update}),
        httpx.post(f"{url}/sparql", content=update, headers={"Content-Type": "application/sparql-update"}),
        httpx.post(f"{url}/sparql", content=update, headers={"Content-Type": "application/sparql-query"}),
        httpx.post(f"{url}/sparql", content=update, headers={"Content-Type": "text/plain"}),
        httpx.post(f"{url}/sparql", content=update),
    ]
    for response in attempts:
        assert response.status_code == 405, (response.request, response.text)
        assert response.headers["allow"] == "GET, HEAD, POST, OPTIONS"
        assert "read-only" in response.text
    for _ in range(4):  # every worker (embedded) still has the data, and nothing more
        assert triples(url) == before
    assert sparql(url, "ASK { <urn:x:s> ?p ?o }").json()["boolean"] is False


# ---- no outbound request because of a query --------------------------------------------------------------


def test_service_load_and_remote_graphs_refused_without_any_request(url: str, listener: socket.socket) -> None:
    remote = "http://127.0.0.1:%d/sparql" % listener.getsockname()[1]
    refused = {
        "SERVICE": sparql(url, f"SELECT * WHERE {{ SERVICE <{remote}> {{ ?s ?p ?o }} }}"),
        "SERVICE SILENT": sparql(url, f"SELECT * WHERE {{ OPTIONAL {{ SERVICE SILENT <{remote}> {{ ?s ?p ?o }} }} }}"),
        "SERVICE ?var": sparql(url, f"SELECT * WHERE {{ VALUES ?e {{ <{remote}> }} SERVICE ?e {{ ?s ?p ?o }} }}"),
        "SERVICE in a subquery": sparql(url, f"ASK {{ {{ SELECT * WHERE {{ SERVICE <{remote}> {{ ?s ?p ?o }} }} }} }}"),
        "LOAD": sparql(url, f"LOAD <{remote}>"),
        "LOAD as update": httpx.post(f"{url}/sparql", content=f"LOAD <{remote}>",
                                     headers={"Content-Type": "application/sparql-update"}),
        "FROM": sparql(url, f"SELECT * FROM <{remote}> WHERE {{ ?s ?p ?o }}"),
        "FROM NAMED": sparql(url, f"SELECT * FROM NAMED <{remote}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}"),
        "default-graph-uri": sparql(url, CHEAP, **{"default-graph-uri": remote}),
        "named-graph-uri": sparql(url, CHEAP, **{"named-graph-uri": remote}),
    }
    for feature, response in refused.items():
        assert response.status_code in (400, 405), (feature, response.text)
        if response.status_code == 400:
            assert feature.split()[0] in response.text, (feature, response.text)
    assert no_connection(listener)


def test_keywords_in_strings_and_comments_are_not_features(url: str, listener: socket.socket) -> None:
    remote = "http://127.0.0.1:%d/sparql" % listener.getsockname()[1]
    query = f'SELECT * WHERE {{ ?s ?p ?o FILTER(?o != "SERVICE <{remote}> {{ }}") }} LIMIT 1 # SERVICE <{remote}> {{}}'
    assert sparql(url, query).status_code == 200
    assert no_connection(listener)


# ---- size caps ------------------------------------------------------------------------------------------


def test_too_long_uri_gets_414(url: str) -> None:
    query = CHEAP + " #" + "x" * MAX_BYTES
    response = httpx.get(f"{url}/sparql", params={"query": query})
    assert response.status_code == 414
    assert "max_query_bytes" in response.text and "POST" in response.text


@pytest.mark.parametrize("form", [True, False])
def test_too_large_body_gets_413(url: str, form: bool) -> None:
    query = CHEAP + " #" + "x" * MAX_BYTES
    if form:
        response = httpx.post(f"{url}/sparql", data={"query": query})
    else:
        response = httpx.post(f"{url}/sparql", content=query, headers={"Content-Type": "application/sparql-query"})
    assert response.status_code == 413
    assert "max_query_bytes" in response.text
    # the same query just under the cap is answered
    fitting = CHEAP + " #" + "x" * (MAX_BYTES - len(CHEAP) - 100)
    assert httpx.post(f"{url}/sparql", content=fitting, headers={"Content-Type": "application/sparql-query"}).status_code == 200


# ---- timeout and concurrency cap --------------------------------------------------------------------------


def test_runaway_query_is_stopped_while_others_are_answered(url: str) -> None:
    outcome: dict[str, httpx.Response] = {}
    runaway = threading.Thread(target=lambda: outcome.update(runaway=sparql(url, RUNAWAY)))
    runaway.start()
    answered_meanwhile = False
    while runaway.is_alive():
        response = sparql(url, CHEAP)  # another client, answered meanwhile (embedded: by the other worker)
        assert response.status_code == 200
        answered_meanwhile = answered_meanwhile or runaway.is_alive()
    runaway.join()
    assert answered_meanwhile
    response = outcome["runaway"]
    assert response.status_code == 503
    assert "query_timeout" in response.text and f"{TIMEOUT:g} s" in response.text
    assert sparql(url, CHEAP).status_code == 200


def test_concurrency_cap_answers_429(url: str) -> None:
    # one request more than the cap, all at once: each runs until the deadline, so one of them finds it reached
    with ThreadPoolExecutor(CONCURRENT + 1) as pool:
        responses = list(pool.map(lambda _: sparql(url, RUNAWAY), range(CONCURRENT + 1)))
    turned_away = [r for r in responses if r.status_code == 429]
    assert len(turned_away) == 1
    assert turned_away[0].headers["retry-after"].isdigit()
    assert "max_concurrent_queries" in turned_away[0].text
    assert sorted(r.status_code for r in responses) == [429] + [503] * CONCURRENT
    deadline = time.monotonic() + 120
    while sparql(url, CHEAP).status_code != 200 and time.monotonic() < deadline:
        time.sleep(0.1)  # embedded: killed workers are replaced in the background
    assert sparql(url, CHEAP).status_code == 200
