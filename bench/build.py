"""Build speed and memory at scale, against references measured in the same run.

    python bench/build.py --clusters 100 [--seed 1] [--naive-timeout SECONDS] [--no-identity] [FIGURE ...]

FIGURE is any of (default: all of them; each needs the build, so each runs it):
  stages       `clusterld build`: wall time per stage (its own report), total, peak memory of its process tree
               (sampled from /proc every 0.1 s)
  load         `oxigraph load` of the release's N-Quads into an on-disk store: the floor for getting those triples
               into a store (target: build within 15x of it). Needs `pip install oxigraph`.
  naive        the naive pipeline (the reference the build must beat by 4x): the same reader and mapping, then
               pyshacl on the whole union graph and rdflib's serialisers for N-Triples, N-Quads, Turtle, JSON-LD;
               stopped after --naive-timeout seconds (default: 5x the build's time, already past the target)
  incremental  one document changed, then one added, then one removed: each rebuild's time against the full
               build (target: at most 10%) and, unless --no-identity, whether its dumps equal a from-scratch
               build's (one more full build per change)

Prints a Markdown table of figures and ratios; everything is measured in this one run on this machine.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from report import ROOT, Row, gib, machine, markdown, oxigraph_cli, seconds

CLUSTERLD = [sys.executable, "-m", "clusterld"]
FIGURES = ("stages", "load", "naive", "incremental")
NAIVE_LIMIT = 5  # the naive pipeline is stopped past this many times the build: the 4x target is then met
STAGE_LINE = re.compile(r"^  (\w+) +(\d+\.\d+) s$", re.MULTILINE)  # `clusterld build`'s time per stage, in a log

NAIVE = r"""
import gzip, sys
from pathlib import Path
import pyshacl
from rdflib import Dataset
from clusterld.documents import read_sources
from clusterld.records import build_records
from clusterld.graph import map_records
from clusterld.validation import load_shapes
root, out = Path(sys.argv[1]), Path(sys.argv[2])
records = build_records(read_sources(root))
graphs = map_records(records, "https://clusterld.org", False)
union = graphs.union()
conforms, _, _ = pyshacl.validate(union, shacl_graph=load_shapes(root / "shapes"), ont_graph=records.ontology,
                                  inference="none", advanced=True, allow_warnings=True)
dataset = Dataset()
for name, graph in graphs.graphs.items():
    named = dataset.graph(name)
    named += graph
for fmt, data, ext in (("nt", union, "nt"), ("turtle", union, "ttl"), ("json-ld", union, "jsonld"), ("nquads", dataset, "nq")):
    with gzip.open(out / f"naive.{ext}.gz", "wb") as f:
        f.write(data.serialize(format=fmt, encoding="utf-8"))
print("conforms" if conforms else "violations")
"""


def tree_rss(pid: int) -> int:
    """Resident memory (bytes) of a process and all its descendants."""
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        try:
            with open(f"/proc/{current}/statm") as statm:
                total += int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as children:
                    todo += [int(c) for c in children.read().split()]
        except (OSError, ValueError):
            continue
    return total


def run(command: list[str], timeout: float | None = None, cwd: Path | None = None) -> dict[str, Any]:
    """Run a command; its wall time, peak memory of its process tree, exit code and output."""
    # output goes to a file, not a pipe: a long report (thousands of SHACL findings) would fill a pipe and block
    with tempfile.TemporaryFile("w+", encoding="utf-8") as output:
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=output, stderr=subprocess.STDOUT, text=True, cwd=cwd)
        peak = 0
        while process.poll() is None:
            peak = max(peak, tree_rss(process.pid))
            if timeout and time.perf_counter() - started > timeout:
                process.kill()
                process.wait()
                return {"seconds": None, "peak_bytes": peak, "code": "timeout", "output": ""}
            time.sleep(0.1)
        elapsed = time.perf_counter() - started
        output.seek(0)
        return {"seconds": elapsed, "peak_bytes": peak, "code": process.returncode, "output": output.read()}


def generate(project: Path, clusters: int, seed: int) -> None:
    """Write the synthetic project of `clusters` clusters."""
    made = run(CLUSTERLD + ["generate", "--clusters", str(clusters), "--seed", str(seed), str(project), "--root", str(ROOT)])
    if made["code"] != 0:
        raise SystemExit(f"generate failed:\n{made['output']}")


def build(project: Path) -> dict[str, Any]:
    """Run `clusterld build` on the project: time, peak memory, time per stage and triples of the release."""
    built = run(CLUSTERLD + ["build", "--root", str(project)])
    if built["code"] != 0:
        raise SystemExit(f"build failed (the end of its output):\n{built['output'][-3000:]}")
    built["stages"] = {name: float(value) for name, value in STAGE_LINE.findall(built["output"]) if name != "total"}
    manifest = json.loads((project / "build" / "current" / "manifest.json").read_text())
    built["triples"] = manifest["counts"]["triples"]
    return built


def nquads(project: Path, target: Path) -> Path:
    """The current release's N-Quads dump, uncompressed into `target`."""
    target.write_bytes(gzip.decompress((project / "build" / "current" / "dumps" / "clusterld.nq.gz").read_bytes()))
    return target


def oxigraph_load(project: Path, work: Path) -> dict[str, Any]:
    """`oxigraph load` of the release's N-Quads into a new on-disk store."""
    return run([oxigraph_cli(), "load", "--location", str(work / "oxigraph-load"), "--file", str(nquads(project, work / "load.nq"))])


def naive(project: Path, work: Path, timeout: float) -> dict[str, Any]:
    """The naive pipeline on the project, stopped after `timeout` seconds (then its "seconds" is None)."""
    result = run([sys.executable, "-c", NAIVE, str(project), str(work)], timeout=timeout)
    result["timeout"] = timeout
    return result


def naive_timeout(option: float | None, built: dict[str, Any]) -> float:
    """The naive pipeline's time limit: the option, else NAIVE_LIMIT times the build (enough to settle the target)."""
    return option or NAIVE_LIMIT * built["seconds"]


def dumps_of(root: Path) -> dict[str, bytes]:
    """Every file of the current release's dumps folder."""
    folder = (root / "build" / "current" / "dumps").resolve()
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def touch_one_document(project: Path) -> list[tuple[str, Path]]:
    """The three incremental changes: change, add, remove one document."""
    documents = sorted((project / "data" / "documents").glob("*.md"))
    return [("changed", documents[0]), ("added", documents[1]), ("removed", documents[2])]


def incremental(project: Path, identity: bool = True) -> list[dict[str, Any]]:
    """Rebuild after each change; with `identity`, compare its dumps with a from-scratch build's."""
    results = []
    for change, document in touch_one_document(project):
        text = document.read_text(encoding="utf-8")
        if change == "changed":
            document.write_text(text.replace("\nfacts:\n", "\npublished_note: Edited for the benchmark.\nfacts:\n", 1), encoding="utf-8")
        elif change == "added":
            _add_copy(document, text)
        else:
            document.unlink()
        step = build(project)
        step["change"] = change
        if identity:
            scratch = Path(tempfile.mkdtemp(prefix="clusterld-scratch-"))
            for folder in ("data", "ontology", "shapes"):
                shutil.copytree(project / folder, scratch / folder)
            build(scratch)
            step["identical"] = dumps_of(project) == dumps_of(scratch)
            shutil.rmtree(scratch)
        results.append(step)
    return results


def _add_copy(document: Path, text: str) -> None:
    """A new document: the same article under new ids (the document's and every fact's id get a prefix)."""
    lines = []
    for line in text.split("\n"):
        if line.startswith(("id: ", "- id: ", "  id: ")):
            line = line.replace("id: ", "id: bench-", 1)
        lines.append(line)
    (document.parent / f"bench-{document.name}").write_text("\n".join(lines), encoding="utf-8")


def build_rows(built: dict[str, Any]) -> list[Row]:
    """The build's total, its stages (with their share of the total) and its peak memory."""
    total = built["seconds"]
    rows: list[Row] = [("`clusterld build`", seconds(total), f"{built['triples']:,} triples", "")]
    rows += [(f"· stage {name}", seconds(value), "share of the build", f"{100 * value / total:.0f} %")
             for name, value in built["stages"].items()]
    rows.append(("peak memory of `clusterld build` (process tree)", gib(built["peak_bytes"]), "", ""))
    return rows


def load_row(load: dict[str, Any], built: dict[str, Any]) -> Row:
    """`oxigraph load` against the build (target: the build within 15x)."""
    return ("`oxigraph load` of the same N-Quads", seconds(load["seconds"]), f"build {seconds(built['seconds'])}",
            f"build / load = {built['seconds'] / load['seconds']:.1f}x (target ≤ 15x)")


def naive_rows(result: dict[str, Any], built: dict[str, Any]) -> list[Row]:
    """The naive pipeline against the build (target: the build 4x faster)."""
    if result["seconds"] is None:
        return [("naive pipeline (pyshacl on the union, rdflib serialisers)", f"> {seconds(result['timeout'])} (stopped)",
                 f"build {seconds(built['seconds'])}", f"naive / build > {result['timeout'] / built['seconds']:.1f}x (target ≥ 4x)")]
    return [("naive pipeline (pyshacl on the union, rdflib serialisers)", seconds(result["seconds"]),
             f"build {seconds(built['seconds'])}", f"naive / build = {result['seconds'] / built['seconds']:.1f}x (target ≥ 4x)"),
            ("peak memory of the naive pipeline", gib(result["peak_bytes"]), f"build {gib(built['peak_bytes'])}",
             f"{result['peak_bytes'] / built['peak_bytes']:.2f}x")]


def incremental_rows(steps: list[dict[str, Any]], built: dict[str, Any]) -> list[Row]:
    """Each rebuild against the full build (target: at most 10%), with the time of each of its stages."""
    rows = []
    for step in steps:
        stages = ", ".join(f"{name} {seconds(value)}" for name, value in step["stages"].items())
        identical = {None: "", True: "; dumps identical to a from-scratch build",
                     False: "; dumps DIFFER from a from-scratch build"}[step.get("identical")]
        rows.append((f"rebuild, one document {step['change']}", f"{seconds(step['seconds'])} ({stages}){identical}",
                     f"full build {seconds(built['seconds'])}", f"{100 * step['seconds'] / built['seconds']:.0f} % (target ≤ 10 %)"))
    return rows


def main() -> None:
    """Measure the chosen build figures on a new synthetic project and print them as a Markdown table."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("figures", nargs="*", metavar="FIGURE", help=" ".join(FIGURES) + " (default: all)")
    parser.add_argument("--clusters", type=int, default=100)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--naive-timeout", type=float, help="seconds (default: 5x the build's time)")
    parser.add_argument("--no-identity", action="store_true", help="skip the from-scratch builds of `incremental`")
    args = parser.parse_args()
    if set(args.figures) - set(FIGURES):
        parser.error(f"unknown figure {sorted(set(args.figures) - set(FIGURES))}; choose from {' '.join(FIGURES)}")
    chosen = args.figures or FIGURES
    work = Path(tempfile.mkdtemp(prefix="clusterld-bench-"))
    try:
        project = work / "project"
        generate(project, args.clusters, args.seed)
        built = build(project)
        rows = build_rows(built)
        if "load" in chosen:
            rows.append(load_row(oxigraph_load(project, work), built))
        if "naive" in chosen:
            rows += naive_rows(naive(project, work, naive_timeout(args.naive_timeout, built)), built)
        if "incremental" in chosen:
            rows += incremental_rows(incremental(project, not args.no_identity), built)
        print(f"clusters {args.clusters}, seed {args.seed}\n\n{markdown(rows)}\n" + "\n".join(f"- {m}" for m in machine()))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
