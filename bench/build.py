"""Build speed and memory at scale, against references measured in the same run.

    python bench/build.py --clusters 1000 [--seed 1] [--naive-timeout 3600] [--skip-naive]

1. `clusterld generate --clusters N` writes a synthetic project.
2. `clusterld build` on it: wall time per stage (its own report), total time, peak memory summed over its
   process tree (sampled from /proc every 0.1 s).
3. The naive pipeline (the reference the build must beat by 4x): the same reader and mapping, then pyshacl
   on the whole union graph and rdflib's serialisers for N-Triples, N-Quads, Turtle and JSON-LD.
4. `oxigraph load` of the release's N-Quads into an on-disk store (the floor for getting those triples into a
   store; the build should stay within 15x of it). Needs `pip install oxigraph`.
5. Incremental: one document changed, then one added, then one removed; each rebuild's time against the full
   build (target: at most 10%), and whether its dumps equal a from-scratch build's.

Prints a table of figures and ratios; everything is measured in this one run on this machine.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CLUSTERLD = [sys.executable, "-m", "clusterld"]

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


def run(command: list[str], timeout: float | None = None, cwd: Path | None = None) -> dict:
    """Run a command; its wall time, peak memory of its process tree, exit code and output."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, cwd=cwd)
    peak = 0
    while process.poll() is None:
        peak = max(peak, tree_rss(process.pid))
        if timeout and time.perf_counter() - started > timeout:
            process.kill()
            process.wait()
            return {"seconds": None, "peak_bytes": peak, "code": "timeout", "output": ""}
        time.sleep(0.1)
    output = process.stdout.read() if process.stdout else ""
    return {"seconds": time.perf_counter() - started, "peak_bytes": peak, "code": process.returncode, "output": output}


def dumps_of(root: Path) -> dict[str, bytes]:
    folder = (root / "build" / "current" / "dumps").resolve()
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def touch_one_document(project: Path) -> list[tuple[str, Path]]:
    """The three incremental changes: change, add, remove one document."""
    documents = sorted((project / "data" / "documents").glob("*.md"))
    return [("changed", documents[0]), ("added", documents[1]), ("removed", documents[2])]


def incremental(project: Path, full_seconds: float) -> list[dict]:
    """Rebuild after each change; compare time with the full build and dumps with a from-scratch build."""
    results = []
    for change, document in touch_one_document(project):
        text = document.read_text(encoding="utf-8")
        if change == "changed":
            document.write_text(text.replace("\nfacts:\n", "\npublished_note: Edited for the benchmark.\nfacts:\n", 1), encoding="utf-8")
        elif change == "added":
            _add_copy(document, text)
        else:
            document.unlink()
        rebuilt = run(CLUSTERLD + ["build", "--root", str(project)])
        scratch = Path(tempfile.mkdtemp(prefix="clusterld-scratch-"))
        for folder in ("data", "ontology", "shapes"):
            shutil.copytree(project / folder, scratch / folder)
        run(CLUSTERLD + ["build", "--root", str(scratch)])
        identical = dumps_of(project) == dumps_of(scratch)
        shutil.rmtree(scratch)
        results.append({"change": change, "seconds": rebuilt["seconds"], "ratio": rebuilt["seconds"] / full_seconds,
                        "identical_to_full_rebuild": identical})
    return results


def _add_copy(document: Path, text: str) -> None:
    """A new document: the same article under new ids (the document's and every fact's id get a prefix)."""
    lines = []
    for line in text.split("\n"):
        if line.startswith(("id: ", "- id: ", "  id: ")):
            line = line.replace("id: ", "id: bench-", 1)
        lines.append(line)
    (document.parent / f"bench-{document.name}").write_text("\n".join(lines), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clusters", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--naive-timeout", type=float, default=3600)
    parser.add_argument("--skip-naive", action="store_true")
    parser.add_argument("--skip-incremental", action="store_true")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="clusterld-bench-"))
    project = work / "project"
    figures: dict = {"clusters": args.clusters}
    figures["generate"] = run(CLUSTERLD + ["generate", "--clusters", str(args.clusters), "--seed", str(args.seed), str(project), "--root", str(ROOT)])
    build = run(CLUSTERLD + ["build", "--root", str(project)])
    print(build["output"])
    if build["code"] != 0:
        raise SystemExit(f"build failed:\n{build['output']}")
    manifest = json.loads((project / "build" / "current" / "manifest.json").read_text())
    figures["triples"] = manifest["counts"]["triples"]
    figures["build"] = build
    nquads = work / "release.nq"
    nquads.write_bytes(gzip.decompress((project / "build" / "current" / "dumps" / "clusterld.nq.gz").read_bytes()))
    oxigraph = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
    figures["oxigraph_load"] = run([oxigraph, "load", "--location", str(work / "oxigraph"), "--file", str(nquads)])
    if not args.skip_naive:
        figures["naive_timeout"] = args.naive_timeout
        figures["naive"] = run([sys.executable, "-c", NAIVE, str(project), str(work)], timeout=args.naive_timeout)
    if not args.skip_incremental:
        figures["incremental"] = incremental(project, build["seconds"])
    report(figures)
    shutil.rmtree(work, ignore_errors=True)


def report(figures: dict) -> None:
    build = figures["build"]["seconds"]
    gib = lambda n: n / 2**30  # noqa: E731
    print(f"\nclusters {figures['clusters']}: {figures['triples']:,} triples")
    print(f"clusterld build        {build:8.1f} s   peak {gib(figures['build']['peak_bytes']):.2f} GiB")
    load = figures["oxigraph_load"]["seconds"]
    print(f"oxigraph load          {load:8.1f} s   build / load = {build / load:.1f}x (target <= 15x)")
    if "naive" in figures:
        naive = figures["naive"]
        if naive["seconds"] is None:
            print(f"naive pipeline         timed out after {figures['naive_timeout']:.0f} s: naive / build > {figures['naive_timeout'] / build:.1f}x")
        else:
            print(f"naive pipeline         {naive['seconds']:8.1f} s   peak {gib(naive['peak_bytes']):.2f} GiB   naive / build = {naive['seconds'] / build:.1f}x (target >= 4x)")
    for step in figures.get("incremental", []):
        print(f"incremental ({step['change']:<7})  {step['seconds']:8.1f} s   {100 * step['ratio']:.0f}% of full (target <= 10%)   "
              f"dumps identical to a full rebuild: {step['identical_to_full_rebuild']}")


if __name__ == "__main__":
    main()
