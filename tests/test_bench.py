"""The benchmark commands the README gives still start: each imports what it measures and explains its options.

A benchmark is run by hand and asserts nothing; this only catches one left behind by a change to the code it
imports (a renamed function, a moved module), which would otherwise surface the next time somebody needs a figure.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"
COMMANDS = sorted(path.name for path in BENCH.glob("*.py") if "argparse" in path.read_text(encoding="utf-8"))


def test_every_benchmark_command_is_checked() -> None:
    assert {"all.py", "build.py", "extraction.py", "remote_bench.py", "serve.py", "sparql_bench.py"} <= set(COMMANDS)


@pytest.mark.parametrize("command", COMMANDS)
def test_a_benchmark_command_explains_its_options(command: str) -> None:
    done = subprocess.run([sys.executable, str(BENCH / command), "--help"], capture_output=True, text=True,
                          cwd=BENCH.parent, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("usage:") and "--" in done.stdout


def test_the_extraction_scores_per_fact_type_add_up_to_the_totals(capsys: pytest.CaptureFixture[str]) -> None:
    sys.path.insert(0, str(BENCH))
    import extraction as bench

    totals = bench.run(False, ["medicon-valley-five-facts", "kobe-biom-agreement"], by_type=True)
    counts = re.compile(r"^TYPE +(\S+) +(\S+) +\S+ +P \S+ R \S+ \((\d+)/(\d+) predicted, \d+/(\d+) gold\)$")
    rows = [m.groups() for line in capsys.readouterr().out.splitlines() if (m := counts.match(line))]
    assert any(row[:2] == ("all", "cold") for row in rows)
    for (group, mode), (_, facts) in totals.items():
        mine = [tuple(map(int, row[2:])) for row in rows if row[:2] == (group, mode)]
        assert tuple(map(sum, zip(*mine))) == ((facts.matched, facts.predicted, facts.gold) if mine else ())
