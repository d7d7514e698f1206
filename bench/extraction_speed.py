"""Extraction speed: how `clusterld extract`'s time and memory grow with the length of the article.

    python bench/extraction_speed.py [--sizes 25 100 250 1000] [--out FILE]

The input is the gold articles' texts (bench/gold/), one after another and repeated, cut at a paragraph to
each size in kB; the largest default size is the most `clusterld extract` reads (extraction/source.py,
MAX_BYTES). Each size runs in its own process (so peak memory is that size's alone) against the repository's
seed registry, as a user's first draft would; the time is the extraction's, after the registry is loaded. The reference is the smallest size, measured in the same run:
the ratio is its time per kB against the reference's, so 1.0x means time grows in proportion to the text.
Nothing is asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from report import ROOT, Row, machine, markdown, seconds

sys.path.insert(0, str(ROOT / "src"))
from clusterld.extraction.source import read_article  # noqa: E402  (the reader `clusterld extract` uses: no front matter)

GOLD = ROOT / "bench" / "gold"
MAX_SIZE_KB = 1000
_MEASURE = """
import json, resource, sys, time
from pathlib import Path
from clusterld.extraction.extractor import extract
from clusterld.extraction.gazetteer import load_knowledge
text = Path(sys.argv[1]).read_text(encoding="utf-8")
knowledge = load_knowledge(Path(sys.argv[2]))
began = time.perf_counter()
draft = extract(text, Path(sys.argv[2]), knowledge=knowledge)
print(json.dumps({"seconds": time.perf_counter() - began, "facts": len(draft.facts),
                  "peak_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
"""


def article_of(size_kb: int) -> str:
    """The gold texts, repeated and cut at a paragraph, to at most `size_kb` kB of UTF-8."""
    texts = [read_article(path.read_bytes(), path) for path in sorted(GOLD.glob("*/data/documents/*.md"))]
    paragraphs = [p for text in texts for p in text.split("\n\n") if p.strip()]
    out: list[str] = []
    size, limit = 0, size_kb * 1000
    while True:
        for paragraph in paragraphs:
            length = len(paragraph.encode("utf-8")) + 2
            if size + length > limit:
                return "\n\n".join(out) + "\n"
            out.append(paragraph)
            size += length


def measure(size_kb: int, work: Path) -> dict[str, float]:
    """Extract an article of `size_kb` kB in a new process: seconds, facts drafted, peak memory (KiB)."""
    article = work / f"article-{size_kb}.md"
    article.write_text(article_of(size_kb), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    done = subprocess.run([sys.executable, "-c", _MEASURE, str(article), str(ROOT)], capture_output=True, text=True, env=env, check=True)
    figures: dict[str, float] = json.loads(done.stdout)
    figures["bytes"] = article.stat().st_size
    return figures


def rows(sizes: list[int], work: Path) -> list[Row]:
    """One table row per size; the first (smallest) size is the reference."""
    out: list[Row] = []
    reference: float | None = None
    for size in sorted(sizes):
        print(f"extracting {size} kB", file=sys.stderr, flush=True)
        figures = measure(size, work)
        per_kb = figures["seconds"] / (figures["bytes"] / 1000)
        reference = reference if reference is not None else per_kb
        figure = f"{seconds(figures['seconds'])}, {int(figures['facts'])} facts, peak {figures['peak_kib'] / 1024:.0f} MiB"
        out.append((f"extract {figures['bytes'] / 1000:.0f} kB", figure, f"{reference * 1000:.1f} ms per kB at {min(sizes)} kB", f"{per_kb / reference:.2f}x per kB"))
    return out


def main() -> None:
    """Command line: python bench/extraction_speed.py [--sizes KB ...] [--out FILE]."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[25, 100, 250, MAX_SIZE_KB], metavar="KB", help="article sizes in kB; the smallest is the reference")
    parser.add_argument("--out", type=Path, help="also write the Markdown report to this file")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        report = markdown(rows(args.sizes, Path(tmp))) + "\n" + "\n".join(f"- {line}" for line in machine()) + "\n"
    print(report)
    if args.out:
        args.out.write_text(report, encoding="utf-8")


if __name__ == "__main__":
    main()
