"""The command line: exit codes, reports a person can act on, --root and --base."""

from __future__ import annotations

import gzip
import io
import re
import subprocess
import sys
from pathlib import Path

import pytest

from clusterld.cli import main
from clusterld.progress import BUILD_STAGES, BuildProgress


def test_validate_conforms(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", "--root", str(project), "--base", "https://example.org"]) == 0
    assert capsys.readouterr().out.startswith("conforms")


def test_validate_reports_violations_with_their_source(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = project / "data/documents/north-south-pact.md"
    doc.write_text(doc.read_text(encoding="utf-8").replace("parties: [north-med, south-health]", "parties: [north-med]"), encoding="utf-8")
    assert main(["validate", "--root", str(project), "--base", "https://example.org"]) == 1
    out = capsys.readouterr().out
    line = next(l for l in out.splitlines() if "VIOLATION" in l and "north-south-pact-2020" in l)
    assert "https://w3id.org/clusterld/def/cluster#party" in line
    assert f"{doc}:" in line  # the file (and line) the fact came from


def test_validate_input_error_exits_2(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = project / "data/documents/north-south-pact.md"
    doc.write_text(doc.read_text(encoding="utf-8").replace("date: 2020-05-03", "date: 2020-02-30"), encoding="utf-8")
    assert main(["validate", "--root", str(project)]) == 2
    err = capsys.readouterr().err
    assert "north-south-pact.md:" in err and "[facts.1.date]" in err and "not a real date" in err


def test_build_prints_release_and_base_from_environment(project: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "clusterld", "build"],
        cwd=project, capture_output=True, text=True, env={"CLUSTERLD_BASE": "http://localhost:9999", "PATH": ""},
    )
    assert result.returncode == 0, result.stderr
    assert "release " in result.stdout
    nt = (project / "build/current/dumps/clusterld.nt.gz").read_bytes()
    assert b"<http://localhost:9999/id/organisation/north-med>" in gzip.decompress(nt)


def test_build_progress_in_a_log_is_plain_lines_with_stage_times(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["build", "--root", str(project)]) == 0
    out, err = capsys.readouterr()
    assert "\r" not in err and "\x1b" not in err  # no bar drawn into a log
    lines = err.splitlines()
    expected = [line for stage in BUILD_STAGES for line in (f"{stage} ...", stage)] + ["total"]
    seen = [line if line.endswith(" ...") else line.split()[0] for line in lines]
    assert seen == expected
    assert all(re.fullmatch(r"  \w+ +\d+\.\d\d s", line) for line in lines if not line.endswith(" ..."))
    assert out.startswith("release ")  # the outcome stays on stdout


class Terminal(io.StringIO):
    """A stream that says it is a terminal."""

    def isatty(self) -> bool:
        return True


def test_build_progress_on_a_terminal_draws_a_bar_and_keeps_stage_times() -> None:
    terminal = Terminal()
    with BuildProgress(terminal) as progress:
        progress("read")
        progress("validate")
        progress("validate", 3, 12)
    text = terminal.getvalue()
    assert "\r[" in text and "] 1/8 read" in text and "] 2/8 validate 3/12" in text
    assert "#" * 6 + "." * 18 in text  # 3 of 12 graphs: a quarter of the bar
    assert re.search(r"\r\x1b\[K  read +\d+\.\d\d s\n", text)  # a finished stage stays as a line above the bar
    finished = text.rsplit("\r\x1b[K", 1)[1].splitlines()  # the bar cleared at the end, then the last times
    assert [line.split()[0] for line in finished] == ["validate", "total"]


def test_build_progress_in_a_log_reports_counts_per_tenth() -> None:
    log = io.StringIO()
    with BuildProgress(log) as progress:
        progress("validate")
        for done in range(101):
            progress("validate", done, 100)
    counts = [line.split()[1] for line in log.getvalue().splitlines() if line.startswith("  validate ") and "/" in line]
    assert counts == [f"{n}/100" for n in range(0, 101, 10)]


def test_serve_without_release_exits_2(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["serve", "--root", str(project)]) == 2
    assert "run `clusterld build` first" in capsys.readouterr().err
