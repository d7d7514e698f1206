"""Serving a release: start time, entity page and search latency, pages per second, against the Oxigraph server.

    python bench/serve.py (--root PROJECT | --clusters 100) [--pages 400] [--searches 300] [--seconds 20]
                          [--workers 1] [FIGURE ...]

FIGURE is any of (default: all of them):
  start       `clusterld serve`: process start until an entity page answers, until /sparql answers an ASK query
              and, for a release whose pages are read from memory, until the copy has taken over (medians of
              --starts runs), against `oxigraph serve` (in memory) started and loaded with the release's N-Quads
              until it answers; the memory of the process tree as RSS and as PSS (shared pages counted once)
  pages       HTML entity pages (/doc/…, the same number of entities of each type): server-side median, timed
              inside the server (bench/timed_server.py), and client-side median and p95 over loopback; the
              reference is the Oxigraph server's DESCRIBE of the same IRIs, client-side
  search      /search?q=… (HTML) with terms drawn from the data (whole names, single words, 4-letter prefixes):
              server-side p95 and median, client-side p95
  throughput  HTML entity pages per second with 16 concurrent clients (threads, one keep-alive connection each)
              against the Oxigraph server's DESCRIBE per second on the same IRIs, one after the other
  graph       the registry's page (/graph/registry, HTML, the largest named graph): server-side median of
              --graph-runs requests, no warm-up (the first is the one a reader waits for)
Both servers run on this machine and are reached over 127.0.0.1; the clients share the cores with them. Every
figure is taken once `clusterld serve` is in its final state (pages read from memory, where they are).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pyoxigraph as ox
from build import CLUSTERLD, build, generate, nquads, tree_rss
from report import Row, gib, machine, markdown, ms, oxigraph_cli, seconds

FIGURES = ("start", "pages", "search", "throughput", "graph")
HERE = Path(__file__).resolve().parent
ASK = "/sparql?query=ASK%7B%7D"
LABELS = {"https://schema.org/name", "http://www.w3.org/2004/02/skos/core#prefLabel", "https://schema.org/headline",
          "http://www.w3.org/2004/02/skos/core#altLabel", "https://schema.org/alternateName"}
CLIENTS = 16
HTML = {"Accept": "text/html"}
NTRIPLES = {"Accept": "application/n-triples"}


def free_port() -> int:
    """A TCP port nobody listens on now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def answering(process: subprocess.Popen, url: str, timeout: float = 1800, headers: dict[str, str] | None = None) -> float:
    """Seconds until `url` answers 200 (polled every 20 ms); fails if the process ends first. A request may take
    up to a minute: a query sent while the server's query workers open the store waits for them."""
    started = time.perf_counter()
    while time.perf_counter() - started < timeout:
        if process.poll() is not None:
            raise RuntimeError(f"the server exited with {process.returncode} before {url} answered")
        with contextlib.suppress(httpx.HTTPError):
            if httpx.get(url, timeout=60, headers=headers).status_code == 200:
                return time.perf_counter() - started
        time.sleep(0.02)
    raise RuntimeError(f"{url} did not answer within {timeout} s")


@contextlib.contextmanager
def clusterld_server(root: Path, timed: bool = False, page: str = "/", workers: int = 1
                     ) -> Iterator[tuple[str, subprocess.Popen, tuple[float, float, float | None]]]:
    """`clusterld serve` (or bench/timed_server.py) on the project: its URL, its process and seconds from its start
    until `page` answered, until /sparql answered and until pages were read from memory (None: they never are,
    the release being above page_memory_max_quads). Yields once the server is in its final state."""
    port = free_port()
    command = [sys.executable, str(HERE / "timed_server.py")] if timed else CLUSTERLD + ["serve"]
    with tempfile.NamedTemporaryFile() as log:
        started = time.perf_counter()
        process = subprocess.Popen(command + ["--root", str(root), "--port", str(port), "--workers", str(workers)],
                                   stdout=log, stderr=subprocess.STDOUT)
        try:
            url = f"http://127.0.0.1:{port}"
            try:
                answering(process, url + page, headers=HTML)
                paged = time.perf_counter() - started
                answering(process, url + ASK)
                queried = time.perf_counter() - started
                memory = _in_memory(process, Path(log.name), started)
            except RuntimeError as error:
                raise RuntimeError(f"{error}; its last words:\n{Path(log.name).read_text(errors='replace')[-3000:]}") from None
            yield url, process, (paged, queried, memory)
        finally:
            _stop(process)


def _in_memory(process: subprocess.Popen, log: Path, started: float, timeout: float = 3600) -> float | None:
    """Seconds from `started` until the server said it reads pages from memory (None: it reads them from disk)."""
    while "copied into memory" in log.read_text(errors="replace"):
        if "with pages from memory" in log.read_text(errors="replace"):
            return time.perf_counter() - started
        if "pages stay on disk" in log.read_text(errors="replace") or process.poll() is not None:
            raise RuntimeError("the server did not copy the store into memory")
        if time.perf_counter() - started > timeout:
            raise RuntimeError(f"pages were not read from memory within {timeout} s")
        time.sleep(0.1)
    return None


def tree_pss(pid: int) -> int:
    """Proportional memory (bytes) of a process and its descendants: pages shared by several of them (a copy of
    the store forked web processes share) are counted once in all, not once per process as in RSS."""
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        try:
            with open(f"/proc/{current}/smaps_rollup") as rollup:
                total += 1024 * next(int(line.split()[1]) for line in rollup if line.startswith("Pss:"))
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as children:
                    todo += [int(c) for c in children.read().split()]
        except (OSError, ValueError, StopIteration):
            continue
    return total


def memory(pid: int) -> str:
    """RSS and PSS of a process tree, for a table."""
    return f"RSS {gib(tree_rss(pid))}, PSS {gib(tree_pss(pid))}"


@contextlib.contextmanager
def oxigraph_server(data: Path) -> Iterator[tuple[str, subprocess.Popen, float]]:
    """`oxigraph serve` in memory (union default graph) loaded with `data`: URL, process, seconds to answer."""
    port = free_port()
    started = time.perf_counter()
    process = subprocess.Popen([oxigraph_cli(), "serve", "--bind", f"127.0.0.1:{port}", "--union-default-graph"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        url = f"http://127.0.0.1:{port}"
        answering(process, url + "/query?query=ASK%7B%7D")
        with data.open("rb") as body:
            httpx.post(url + "/store", content=body, headers={"Content-Type": "application/n-quads"}, timeout=1800).raise_for_status()
        yield url, process, time.perf_counter() - started
    finally:
        _stop(process)


def _stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(60)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def entities(data: Path, base: str, count: int, seed: int) -> list[str]:
    """`count` entity IRIs of the release, the same number of each type (/id/<type>/…), in a seeded order."""
    by_type: dict[str, set[str]] = defaultdict(set)
    for quad in ox.parse(path=data, format=ox.RdfFormat.N_QUADS):
        if isinstance(quad.subject, ox.NamedNode) and quad.subject.value.startswith(f"{base}/id/"):
            by_type[quad.subject.value[len(base) + 4:].split("/")[0]].add(quad.subject.value)
    rng, chosen = random.Random(seed), []
    for kind in sorted(by_type):
        members = sorted(by_type[kind])
        chosen += rng.sample(members, min(len(members), max(1, count // len(by_type))))
    rng.shuffle(chosen)
    return chosen


def search_terms(data: Path, count: int, seed: int) -> list[str]:
    """`count` queries made from the release's names and headlines: whole names, single words, word prefixes."""
    labels = sorted({quad.object.value for quad in ox.parse(path=data, format=ox.RdfFormat.N_QUADS)
                     if quad.predicate.value in LABELS and isinstance(quad.object, ox.Literal)})
    rng, terms = random.Random(seed), []
    for label in rng.sample(labels, min(count, len(labels))):
        words = [w for w in re.findall(r"\w+", label) if len(w) >= 3 and not w.isdigit()] or [label]
        word = rng.choice(words)
        terms.append(rng.choice([label, word, word[:4] if len(word) >= 5 else word]))
    return terms


def page_paths(url: str, base: str, iris: list[str]) -> list[str]:
    """The /doc/… page each entity IRI's /id/… answers 303 to."""
    paths = []
    with httpx.Client(base_url=url, headers=HTML, timeout=60) as client:
        for iri in iris:
            response = client.get(iri[len(base):])
            if response.status_code != 303:
                raise RuntimeError(f"{iri[len(base):]} answered {response.status_code}, not 303")
            paths.append(httpx.URL(response.headers["location"]).path)
    return paths


def timed_gets(url: str, targets: list[str], headers: dict[str, str], timeout: float = 120) -> list[float]:
    """Client-side milliseconds of GET of each target in turn, on one keep-alive connection."""
    times = []
    with httpx.Client(base_url=url, headers=headers, timeout=timeout) as client:
        for target in targets:
            started = time.perf_counter()
            client.get(target).raise_for_status()
            times.append((time.perf_counter() - started) * 1000)
    return times


def server_times(url: str) -> list[tuple[str, str, int, float]]:
    """The requests bench/timed_server.py recorded since the last call: path, query, status, milliseconds."""
    return [tuple(record) for record in httpx.get(url + "/_bench/timings", timeout=60).json()]


def per_second(url: str, targets: list[str], headers: dict[str, str], seconds_: float) -> float:
    """Answers per second with CLIENTS clients, each GETting the targets in a loop for `seconds_`."""
    def client(offset: int) -> int:
        done = 0
        with httpx.Client(base_url=url, headers=headers, timeout=120) as http:
            deadline = time.monotonic() + seconds_
            while time.monotonic() < deadline:
                http.get(targets[(offset + done) % len(targets)]).raise_for_status()
                done += 1
        return done
    with ThreadPoolExecutor(CLIENTS) as pool:
        return sum(pool.map(client, range(0, CLIENTS * 7, 7))) / seconds_


def describe(iri: str) -> str:
    """The Oxigraph server's query URL for DESCRIBE <iri>."""
    return str(httpx.URL("/query", params={"query": f"DESCRIBE <{iri}>"}))


def p95(values: list[float]) -> float:
    """The 95th percentile (nearest rank)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]


def measure(root: Path, work: Path, chosen: tuple[str, ...], args: argparse.Namespace) -> list[Row]:
    """The chosen serving figures on the project's current release, as table rows."""
    base = json.loads((root / "build" / "current" / "manifest.json").read_text())["base"]
    data = nquads(root, work / "serve.nq")
    iris = entities(data, base, args.pages, args.seed)
    rows: list[Row] = []
    described: list[float] = []
    first_page = "/doc/" + iris[0][len(base) + len("/id/"):]
    workers = f" (--workers {args.workers})" if args.workers > 1 else ""
    if {"start", "throughput", "pages"} & set(chosen):
        starts = []
        for _ in range(args.starts - 1 if "start" in chosen else 0):
            with clusterld_server(root, page=first_page, workers=args.workers) as (_, _, took):
                starts.append(took)
        with clusterld_server(root, page=first_page, workers=args.workers) as (ours, our_process, took), \
                oxigraph_server(data) as (theirs, their_process, their_start):
            if "start" in chosen:
                starts.append(took)
                for what, index in (("an entity page answers", 0), ("/sparql answers an ASK query", 1),
                                    ("pages are read from memory", 2)):
                    times = [s[index] for s in starts if s[index] is not None]
                    if times:
                        rows.append((f"`clusterld serve`{workers} start (process start until {what})",
                                     f"{seconds(statistics.median(times))} (median of {', '.join(seconds(t) for t in times)})",
                                     f"`oxigraph serve` start + load {seconds(their_start)}",
                                     f"{statistics.median(times) / their_start:.2f}x"))
                rows.append((f"memory of `clusterld serve`{workers} (process tree) once started", memory(our_process.pid),
                             f"`oxigraph serve` {gib(tree_rss(their_process.pid))}", ""))
            if "throughput" in chosen:
                pages = per_second(ours, page_paths(ours, base, iris), HTML, args.seconds)
                describes = per_second(theirs, [describe(i) for i in iris], NTRIPLES, args.seconds)
                rows.append((f"HTML entity pages per second{workers}, {CLIENTS} clients", f"{pages:.0f} /s",
                             f"Oxigraph server DESCRIBE {describes:.0f} /s", f"{pages / describes:.2f}x"))
                rows.append((f"memory of `clusterld serve`{workers} (process tree) after the throughput run",
                             memory(our_process.pid), f"`oxigraph serve` {gib(tree_rss(their_process.pid))}", ""))
            if "pages" in chosen:
                described = timed_gets(theirs, [describe(i) for i in iris], NTRIPLES)
    if {"pages", "search", "graph"} & set(chosen):
        with clusterld_server(root, timed=True) as (timed, _, _):  # measured alone: the other servers have stopped
            if "pages" in chosen:
                client, inside = _timed_run(timed, page_paths(timed, base, iris))
                rows.append((f"entity page latency, server-side median ({len(iris)} HTML pages, timed in-server)",
                             ms(statistics.median(inside)),
                             (f"server-side p95 {ms(p95(inside))}; client-side median {ms(statistics.median(client))}, "
                              f"p95 {ms(p95(client))}; Oxigraph DESCRIBE client-side median {ms(statistics.median(described))}"),
                             f"{statistics.median(client) / statistics.median(described):.2f}x (client-side medians)"))
            if "search" in chosen:
                terms = search_terms(data, args.searches, args.seed)
                client, inside = _timed_run(timed, [str(httpx.URL("/search", params={"q": t})) for t in terms])
                rows.append((f"search latency p95 ({len(terms)} queries drawn from the data, HTML, timed in-server)",
                             ms(p95(inside)),
                             f"server-side median {ms(statistics.median(inside))}; client-side p95 {ms(p95(client))}", ""))
            if "graph" in chosen:
                registry = json.loads((root / "build" / "current" / "manifest.json").read_text())["counts"]["graphs"][f"{base}/graph/registry"]
                client, inside = _timed_run(timed, ["/graph/registry"] * args.graph_runs, warm=False, timeout=3600)
                rows.append((f"/graph/registry page ({registry:,} triples; {args.graph_runs} HTML requests, timed in-server)",
                             ms(statistics.median(inside)),
                             f"first {ms(inside[0])}; client-side median {ms(statistics.median(client))}", ""))
    return rows


def _timed_run(url: str, targets: list[str], warm: bool = True, timeout: float = 120) -> tuple[list[float], list[float]]:
    """Client-side and in-server milliseconds of GET of each target, after a warm-up on the first 20 (if `warm`)."""
    if warm:
        timed_gets(url, targets[:20], HTML)
    server_times(url)  # forget the warm-up and anything before it
    client = timed_gets(url, targets, HTML, timeout)
    records = server_times(url)
    failed = [r for r in records if r[2] != 200]
    if failed or len(records) != len(targets):
        raise RuntimeError(f"{len(records)} requests recorded for {len(targets)} sent, {len(failed)} not 200: {failed[:1]}")
    return client, [r[3] for r in records]


def main() -> None:
    """Measure the chosen serving figures and print them as a Markdown table."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("figures", nargs="*", metavar="FIGURE", help=" ".join(FIGURES) + " (default: all)")
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--root", type=Path, help="a project already built (its build/current is served)")
    source.add_argument("--clusters", type=int, help="generate and build a synthetic project of this many clusters")
    add_options(parser)
    args = parser.parse_args()
    if set(args.figures) - set(FIGURES):
        parser.error(f"unknown figure {sorted(set(args.figures) - set(FIGURES))}; choose from {' '.join(FIGURES)}")
    work = Path(tempfile.mkdtemp(prefix="clusterld-bench-"))
    try:
        root = args.root
        if root is None:
            root = work / "project"
            generate(root, args.clusters, args.seed)
            build(root)
        print(markdown(measure(root, work, tuple(args.figures) or FIGURES, args)) + "\n" + "\n".join(f"- {m}" for m in machine()))
    finally:
        shutil.rmtree(work, ignore_errors=True)


def add_options(parser: argparse.ArgumentParser) -> None:
    """The options of the serving figures (shared with bench/all.py)."""
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--starts", type=int, default=3, help="server starts to time (default: 3)")
    parser.add_argument("--pages", type=int, default=400, help="entity pages to time (default: 400)")
    parser.add_argument("--searches", type=int, default=300, help="search queries to time (default: 300)")
    parser.add_argument("--seconds", type=float, default=20, help="length of each throughput run (default: 20)")
    parser.add_argument("--graph-runs", type=int, default=3, help="requests of /graph/registry to time (default: 3)")
    parser.add_argument("--workers", type=int, default=1,
                        help="`clusterld serve --workers` for start, throughput and memory (default: 1)")


if __name__ == "__main__":
    main()
