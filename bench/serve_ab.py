"""Two versions of clusterld serving one release, compared request by request.

    python bench/serve_ab.py --root PROJECT --before SRC --after SRC [--pages 400] [--searches 300] [--graph-runs 3]

SRC is a `src` folder of a copy of clusterld (`git archive <commit> | tar -x -C copy`); each version runs as
bench/timed_server.py with PYTHONPATH=SRC, both at once on the same release, each in its final state (pages read
from memory, where they are). Every request (the entity pages and searches of bench/serve.py, then the registry's
page) goes to both servers in turn, the first of the two alternating, so that both see the same load on the
machine; the figures are the in-server times of each.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import statistics
import tempfile
from pathlib import Path

import httpx
from build import nquads
from report import machine, markdown, ms
from serve import HTML, clusterld_server, entities, p95, page_paths, search_terms, server_times

VERSIONS = ("before", "after")


def compare(root: Path, sources: dict[str, Path], args: argparse.Namespace) -> list[tuple[str, str, str, str]]:
    """Rows of in-server medians and p95s of both versions, for pages, searches and the registry's page."""
    base = json.loads((root / "build" / "current" / "manifest.json").read_text())["base"]
    with tempfile.TemporaryDirectory(prefix="clusterld-ab-") as work, contextlib.ExitStack() as stack:
        urls = {}
        for name in VERSIONS:
            os.environ["PYTHONPATH"] = str(sources[name])  # the server started next imports this copy
            urls[name] = stack.enter_context(clusterld_server(root, timed=True))[0]
        data = nquads(root, Path(work) / "serve.nq")
        pages = page_paths(urls["after"], base, entities(data, base, args.pages, args.seed))
        searches = [str(httpx.URL("/search", params={"q": t})) for t in search_terms(data, args.searches, args.seed)]
        clients = {n: stack.enter_context(httpx.Client(base_url=urls[n], headers=HTML, timeout=3600)) for n in VERSIONS}
        for name in VERSIONS:  # the same warm-up as bench/serve.py
            for target in pages[:20] + searches[:20]:
                clients[name].get(target)
            server_times(urls[name])
        rows = []
        for what, targets in (("entity page", pages), ("search", searches), ("/graph/registry", ["/graph/registry"] * args.graph_runs)):
            for i, target in enumerate(targets):
                for name in VERSIONS if i % 2 == 0 else VERSIONS[::-1]:
                    clients[name].get(target).raise_for_status()
            times = {name: [record[3] for record in server_times(urls[name])] for name in VERSIONS}
            before, after = (statistics.median(times[n]) for n in VERSIONS)
            rows.append((f"{what}, server-side median and p95 ({len(targets)} requests)",
                         f"{ms(after)}, p95 {ms(p95(times['after']))} (first {ms(times['after'][0])})",
                         f"before: {ms(before)}, p95 {ms(p95(times['before']))} (first {ms(times['before'][0])})",
                         f"{after / before:.2f}x"))
    return rows


def main() -> None:
    """Compare the two versions and print a Markdown table."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--root", type=Path, required=True, help="a project already built (its build/current is served)")
    parser.add_argument("--before", type=Path, required=True, help="the src folder of the version compared with")
    parser.add_argument("--after", type=Path, required=True, help="the src folder of the version measured")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--pages", type=int, default=400, help="entity pages to time (default: 400)")
    parser.add_argument("--searches", type=int, default=300, help="search queries to time (default: 300)")
    parser.add_argument("--graph-runs", type=int, default=3, help="requests of /graph/registry to time (default: 3)")
    args = parser.parse_args()
    rows = compare(args.root, {"before": args.before.resolve(), "after": args.after.resolve()}, args)
    print(markdown(rows) + "\n" + "\n".join(f"- {m}" for m in machine()))


if __name__ == "__main__":
    main()
