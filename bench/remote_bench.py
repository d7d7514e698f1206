"""Measure clusterld's /sparql on a remote store against that store's own endpoint, on the same data, in one run.

    python bench/remote_bench.py [--organisations 25000] [--runs 20] [--seconds 20]

Builds the synthetic release of bench/sparql_bench.py, starts two Oxigraph servers (in memory, 127.0.0.1): the
reference, loaded with the release's N-Quads and queried directly (union default graph), and the store behind
clusterld, into which the release is published as `clusterld build --store remote` does (release-scoped graphs,
the union graph, the control graph). Then `clusterld serve --store remote` runs on it, and the query mix of
bench/sparql_bench.py is measured through both (median and p95 per query; throughput with 1 and 4 clients).
Prints the overhead ratio of clusterld to the store queried directly.
"""

from __future__ import annotations

import argparse
import gzip
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import httpx

from sparql_bench import MIX, free_port, http_runner, latencies, throughputs, wait_for
from synthetic import BASE, nquads, write_release

from clusterld.publication import publish_release
from clusterld.release import load_release
from clusterld.remote import Credentials, RemoteStore
from clusterld.settings import Settings


def with_union_dump(release: Path, data: bytes) -> None:
    """The N-Triples dump a published release uploads as its union graph: the quads without their graph
    (the last term of each line), sorted, without duplicates, as `clusterld build` writes it."""
    (release / "dumps").mkdir(exist_ok=True)
    triples = {line.rsplit(b" ", 2)[0] + b" .\n" for line in data.splitlines() if line.strip()}
    with gzip.open(release / "dumps" / "clusterld.nt.gz", "wb") as dump:
        dump.writelines(sorted(triples))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--organisations", type=int, default=25000)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=20)
    args = parser.parse_args()
    oxigraph = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
    work = Path(tempfile.mkdtemp(prefix="clusterld-remote-bench-"))
    processes: list[subprocess.Popen] = []
    try:
        data = nquads(args.organisations)
        release_path = write_release(work, data)
        with_union_dump(release_path, data)
        print(f"{len(data.splitlines())} quads, {args.organisations} organisations")

        reference, backing, ours = free_port(), free_port(), free_port()
        for port, extra in ((reference, ["--union-default-graph"]), (backing, [])):
            processes.append(subprocess.Popen([oxigraph, "serve", "--bind", f"127.0.0.1:{port}", *extra],
                                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        wait_for(f"http://127.0.0.1:{reference}/")
        wait_for(f"http://127.0.0.1:{backing}/")
        httpx.post(f"http://127.0.0.1:{reference}/store", content=data, headers={"Content-Type": "application/n-quads"},
                   timeout=600).raise_for_status()
        env = dict(os.environ, CLUSTERLD_BASE=BASE, CLUSTERLD_STORE="remote",
                   CLUSTERLD_STORE_QUERY_URL=f"http://127.0.0.1:{backing}/query",
                   CLUSTERLD_STORE_GSP_URL=f"http://127.0.0.1:{backing}/store")
        settings = Settings(base=BASE, store="remote", store_query_url=env["CLUSTERLD_STORE_QUERY_URL"],
                            store_gsp_url=env["CLUSTERLD_STORE_GSP_URL"], store_timeout=600)
        remote = RemoteStore(settings, Credentials())
        publish_release(load_release(release_path), remote, grace=0)
        remote.close()
        processes.append(subprocess.Popen([sys.executable, "-m", "clusterld", "serve", "--root", str(work),
                                           "--port", str(ours)], env=env, stdout=subprocess.DEVNULL))
        wait_for(f"http://127.0.0.1:{ours}/sparql")

        targets = {
            "clusterld-remote": http_runner(f"http://127.0.0.1:{ours}/sparql"),
            "store-direct": http_runner(f"http://127.0.0.1:{reference}/query"),
        }
        per_query = latencies(targets, args.runs)
        print(f"\n{'query':<16}" + "".join(f"{t + ' med/p95 ms':>30}" for t in targets) + f"{'ratio med':>11}")
        for query in MIX:
            cells = "".join(f"{per_query[t][query][0]:>21.2f} / {per_query[t][query][1]:>6.2f}" for t in targets)
            ratio = per_query["clusterld-remote"][query][0] / per_query["store-direct"][query][0]
            print(f"{query:<16}{cells}{ratio:>11.2f}")
        mix = {t: sum(m for m, _ in per_query[t].values()) for t in targets}
        print(f"{'mix (sum)':<16}" + "".join(f"{mix[t]:>30.2f}" for t in targets)
              + f"{mix['clusterld-remote'] / mix['store-direct']:>11.2f}")
        print()
        for clients in (1, 4):
            rates = throughputs(targets, clients, args.seconds)
            print(f"throughput, {clients} client(s): clusterld on the remote store {rates['clusterld-remote']:.1f} q/s, "
                  f"the store directly {rates['store-direct']:.1f} q/s, "
                  f"ratio {rates['clusterld-remote'] / rates['store-direct']:.2f}")
    finally:
        for process in processes:
            process.terminate()
            process.wait()
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
