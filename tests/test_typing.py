"""The package type-checks: every module's hints agree with each other and with the libraries' stubs."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def test_mypy_finds_no_errors_in_the_package(tmp_path: Path) -> None:
    run = subprocess.run([sys.executable, "-m", "mypy", "--cache-dir", str(tmp_path / "cache"), str(REPO / "src")], capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stdout + run.stderr
