"""Every benchmark figure in one run, written as a Markdown table to a file and to standard output.

    python bench/all.py --clusters 100 [--seed 1] [--out bench/results/clusters-N.md] [--naive-timeout SECONDS]
                        [--no-identity] [--starts 3] [--pages 400] [--searches 300] [--seconds 20]

On one synthetic project, in this order: `clusterld build` (time per stage, peak memory), `oxigraph load` of its
N-Quads, serving (bench/serve.py: start, page and search latency, pages per second against the Oxigraph
server), the naive pipeline, then the incremental rebuilds (last, since they change the project). Each ratio is
against a reference measured in this run; nothing is asserted. Progress goes to standard error.
"""

from __future__ import annotations

import argparse
import os
import shlex
import shutil
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import serve
from build import (
    build,
    build_rows,
    generate,
    incremental,
    incremental_rows,
    load_row,
    naive,
    naive_rows,
    naive_timeout,
    oxigraph_load,
)
from report import ROOT, Row, machine, markdown, seconds


def step(message: str) -> None:
    """Say on standard error what the run is doing now."""
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def run_all(args: argparse.Namespace, work: Path) -> str:
    """Measure everything on a new project under `work`; the Markdown report."""
    load_at_start = os.getloadavg()
    project = work / "project"
    step(f"generating {args.clusters} clusters")
    generate(project, args.clusters, args.seed)
    step("clusterld build")
    built = build(project)
    step(f"built {built['triples']:,} triples in {seconds(built['seconds'])}; oxigraph load")
    load = oxigraph_load(project, work)
    step("serving: start, pages per second, page and search latency")
    served = serve.measure(project, work, serve.FIGURES, args)
    timeout = naive_timeout(args.naive_timeout, built)
    step(f"naive pipeline (stopped after {seconds(timeout)})")
    naive_result = naive(project, work, timeout)
    step("incremental rebuilds")
    steps = incremental(project, not args.no_identity)
    rows: list[Row] = [*build_rows(built), *naive_rows(naive_result, built), load_row(load, built),
                       *incremental_rows(steps, built), *served]
    command = "python " + " ".join(shlex.quote(a) for a in [str(Path(sys.argv[0]).resolve().relative_to(ROOT)), *sys.argv[1:]])
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    return (f"### N={args.clusters} clusters, {built['triples']:,} triples (seed {args.seed}), {when}\n\n"
            f"`{command}`\n\n{markdown(rows)}\n" + "".join(f"- {line}\n" for line in machine(load_at_start)))


def main() -> None:
    """Run every figure and write the table."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clusters", type=int, default=100)
    parser.add_argument("--out", type=Path, help="the table's file (default: bench/results/clusters-N.md)")
    parser.add_argument("--naive-timeout", type=float, help="seconds (default: 5x the build's time)")
    parser.add_argument("--no-identity", action="store_true", help="skip the from-scratch build after each rebuild")
    serve.add_options(parser)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="clusterld-bench-"))
    try:
        text = run_all(args, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    out = args.out or ROOT / "bench" / "results" / f"clusters-{args.clusters}.md"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text, encoding="utf-8")
    print(text)
    step(f"written to {out}")


if __name__ == "__main__":
    main()
