"""The command line: exit codes, reports a person can act on, --root and --base."""

from __future__ import annotations

import gzip
import subprocess
import sys
from pathlib import Path

import pytest

from clusterld.cli import main


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


def test_serve_without_release_exits_2(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["serve", "--root", str(project)]) == 2
    assert "run `clusterld build` first" in capsys.readouterr().err
