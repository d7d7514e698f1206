"""Measure clusterld's /sparql against the Oxigraph server and in-process pyoxigraph, on the same data, in one run.

    python bench/sparql_bench.py [--organisations 25000] [--runs 20] [--seconds 20]

Builds a synthetic release (bench/synthetic.py), starts `clusterld serve` on it and `oxigraph serve` (in memory,
union default graph, 127.0.0.1) loaded with the same N-Quads, then measures every query of the mix (median and p95
over --runs) and the mix's throughput with 1 and 4 concurrent clients, and prints the ratios. The targets take turns
(run by run for latencies, in slices of --seconds for throughput), so that the load of a shared machine hits them alike.
Needs the `oxigraph` package (pip install oxigraph), which provides the server.
"""

from __future__ import annotations

import argparse
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Callable

import httpx
import pyoxigraph as ox

from synthetic import BASE, nquads, write_release

PREFIXES = f"""PREFIX cl: <https://w3id.org/clusterld/def/cluster#>
PREFIX schema: <https://schema.org/>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX id: <{BASE}/id/>
"""
MIX = {
    "lookup": "SELECT ?p ?o WHERE { <%s/id/organisation/123> ?p ?o }" % BASE,
    "sector": "SELECT ?org ?name WHERE { ?org cl:sector <https://w3id.org/clusterld/def/sector/s3> ; schema:name ?name } LIMIT 1000",
    "agreements-at": "SELECT ?a ?date WHERE { ?a a cl:Agreement ; schema:location <%s/id/place/p7> ; cl:signingDate ?date } ORDER BY ?date LIMIT 100" % BASE,
    "partners": "SELECT DISTINCT ?partner ?name WHERE { ?a cl:party <%s/id/organisation/42>, ?partner . ?partner schema:name ?name FILTER(?partner != <%s/id/organisation/42>) }" % (BASE, BASE),
    "top-parties": "SELECT ?org (COUNT(?a) AS ?n) WHERE { ?a cl:party ?org } GROUP BY ?org ORDER BY DESC(?n) LIMIT 20",
    "evidence": "SELECT ?fact ?quote WHERE { ?fact cl:party <%s/id/organisation/42> ; prov:wasDerivedFrom ?x . ?x cl:exactText ?quote }" % BASE,
    "classes": "SELECT ?c (COUNT(*) AS ?n) WHERE { ?s a ?c } GROUP BY ?c",
    "name-filter": 'SELECT ?org ?name WHERE { ?org a cl:ClusterOrganisation ; schema:name ?name FILTER(CONTAINS(?name, "Bio 1")) } LIMIT 100',
    "events-by-place": "SELECT ?e (COUNT(?org) AS ?n) WHERE { ?e schema:attendee ?org . ?org cl:basedIn <%s/id/place/p3> } GROUP BY ?e ORDER BY DESC(?n) LIMIT 50" % BASE,
    "construct": "CONSTRUCT { <%s/id/organisation/7> ?p ?o . ?s ?q <%s/id/organisation/7> } WHERE { { <%s/id/organisation/7> ?p ?o } UNION { ?s ?q <%s/id/organisation/7> } }" % ((BASE,) * 4),
}
ACCEPT = "application/sparql-results+json, application/n-triples;q=0.9"
Runner = Callable[[str], bytes]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(url: str, seconds: float = 600) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            httpx.get(url, timeout=5)
            return
        except httpx.HTTPError:
            time.sleep(0.2)
    raise RuntimeError(f"{url} did not come up")


def http_runner(endpoint: str) -> Callable[[], Runner]:
    """A factory of per-client runners (one keep-alive connection each) POSTing queries to `endpoint`."""
    def make() -> Runner:
        client = httpx.Client(timeout=300, headers={"Accept": ACCEPT, "Content-Type": "application/sparql-query"})

        def run(query: str) -> bytes:
            response = client.post(endpoint, content=(PREFIXES + query).encode())
            response.raise_for_status()
            return response.content
        return run
    return make


def inprocess_runner(store: ox.Store) -> Callable[[], Runner]:
    def make() -> Runner:
        def run(query: str) -> bytes:
            result = store.query(PREFIXES + query, use_default_graph_as_union=True)
            fmt = ox.RdfFormat.N_TRIPLES if isinstance(result, ox.QueryTriples) else ox.QueryResultsFormat.JSON
            return result.serialize(format=fmt)
        return run
    return make


def latencies(makers: dict[str, Callable[[], Runner]], runs: int) -> dict[str, dict[str, tuple[float, float]]]:
    """Median and p95 (milliseconds) of every query of the mix on every target, after two warm-up runs each.

    The targets take turns run by run, so that a change in the machine's load (it is shared) hits them alike.
    """
    runners = {target: make() for target, make in makers.items()}
    out: dict[str, dict[str, tuple[float, float]]] = {target: {} for target in runners}
    for name, query in MIX.items():
        for run in runners.values():
            run(query), run(query)
        times: dict[str, list[float]] = {target: [] for target in runners}
        for _ in range(runs):
            for target, run in runners.items():
                start = time.perf_counter()
                run(query)
                times[target].append((time.perf_counter() - start) * 1000)
        for target, measured in times.items():
            measured.sort()
            out[target][name] = (statistics.median(measured), measured[min(len(measured) - 1, int(len(measured) * 0.95))])
    return out


def throughputs(makers: dict[str, Callable[[], Runner]], clients: int, seconds: float, turns: int = 4) -> dict[str, float]:
    """Mix queries per second of every target with `clients` clients each running the mix in a loop: `seconds` per
    target in all, in `turns` turns taken in order (a change in the machine's load hits every target alike)."""
    done = dict.fromkeys(makers, 0)
    elapsed = dict.fromkeys(makers, 0.0)
    for _ in range(turns):
        for target, make in makers.items():
            start = time.monotonic()
            done[target] += burst(make, clients, seconds / turns)
            elapsed[target] += time.monotonic() - start
    return {target: done[target] / elapsed[target] for target in makers}


def burst(make: Callable[[], Runner], clients: int, seconds: float) -> int:
    """How many mix queries `clients` clients complete, each running the mix in a loop for `seconds`."""
    def client(offset: int) -> int:
        run, done = make(), 0
        names = list(MIX)
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            run(MIX[names[(offset + done) % len(names)]])
            done += 1
        return done
    with ThreadPoolExecutor(clients) as pool:
        return sum(pool.map(client, range(clients)))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--organisations", type=int, default=25000)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=20)
    args = parser.parse_args()
    oxigraph = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
    work = Path(tempfile.mkdtemp(prefix="clusterld-bench-"))
    processes: list[subprocess.Popen] = []
    try:
        data = nquads(args.organisations)
        write_release(work, data)
        memory = ox.Store()
        memory.bulk_load(data, ox.RdfFormat.N_QUADS)
        print(f"{len(memory)} quads, {args.organisations} organisations")

        ours, theirs = free_port(), free_port()
        env = dict(os.environ, CLUSTERLD_BASE=BASE)
        processes.append(subprocess.Popen([sys.executable, "-m", "clusterld", "serve", "--root", str(work),
                                           "--port", str(ours)], env=env, stdout=subprocess.DEVNULL))
        processes.append(subprocess.Popen([oxigraph, "serve", "--bind", f"127.0.0.1:{theirs}", "--union-default-graph"],
                                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        wait_for(f"http://127.0.0.1:{theirs}/")
        httpx.post(f"http://127.0.0.1:{theirs}/store", content=data, headers={"Content-Type": "application/n-quads"},
                   timeout=600).raise_for_status()
        wait_for(f"http://127.0.0.1:{ours}/sparql")

        targets = {
            "clusterld": http_runner(f"http://127.0.0.1:{ours}/sparql"),
            "oxigraph-server": http_runner(f"http://127.0.0.1:{theirs}/query"),
            "pyoxigraph": inprocess_runner(memory),
        }
        with ThreadPoolExecutor(1) as thread:
            # not in the main thread: glibc gives other threads a malloc arena of their own, in which pyoxigraph's
            # hash tables (GROUP BY, DISTINCT) grow much faster; both servers run their queries in such threads
            per_target = thread.submit(latencies, targets, args.runs).result()
        print(f"\n{'query':<16}" + "".join(f"{t + ' med/p95 ms':>28}" for t in targets) + f"{'ratio med':>11}")
        for query in MIX:
            cells = "".join(f"{per_target[t][query][0]:>19.2f} / {per_target[t][query][1]:>6.2f}" for t in targets)
            ratio = per_target["clusterld"][query][0] / per_target["oxigraph-server"][query][0]
            print(f"{query:<16}{cells}{ratio:>11.2f}")
        mix = {t: sum(m for m, _ in per_target[t].values()) for t in targets}
        print(f"{'mix (sum)':<16}" + "".join(f"{mix[t]:>28.2f}" for t in targets)
              + f"{mix['clusterld'] / mix['oxigraph-server']:>11.2f}")
        print()
        servers = {t: targets[t] for t in ("clusterld", "oxigraph-server")}
        for clients in (1, 4):
            rates = throughputs(servers, clients, args.seconds)
            print(f"throughput, {clients} client(s): clusterld {rates['clusterld']:.1f} q/s, oxigraph server "
                  f"{rates['oxigraph-server']:.1f} q/s, ratio {rates['clusterld'] / rates['oxigraph-server']:.2f}")
    finally:
        for process in processes:
            process.terminate()
            process.wait()
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
