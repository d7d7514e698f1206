"""The Markdown table every benchmark command prints, and the machine it ran on."""

from __future__ import annotations

import os
import platform
import subprocess
import sys
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("clusterld", "pyoxigraph", "rdflib", "pyshacl", "fastapi", "uvicorn", "httpx")

Row = tuple[str, str, str, str]  # measure, figure, reference measured in the same run, ratio


def markdown(rows: list[Row]) -> str:
    """A Markdown table of (measure, figure, reference, ratio) rows."""
    lines = ["| measure | figure | reference (same run) | ratio |", "|---|---|---|---|"]
    lines += [f"| {' | '.join(cell.replace('|', '/') for cell in row)} |" for row in rows]
    return "\n".join(lines) + "\n"


def seconds(value: float) -> str:
    """A duration for the table."""
    return f"{value:.2f} s" if value < 10 else f"{value:.1f} s"


def ms(value: float) -> str:
    """A latency in milliseconds for the table."""
    return f"{value:.1f} ms"


def gib(value: float) -> str:
    """A size in GiB for the table."""
    return f"{value / 2**30:.2f} GiB"


def machine(load_at_start: tuple[float, float, float] | None = None) -> list[str]:
    """The machine, the load on it (now, and at the start if given) and the versions, as Markdown list items."""
    cpu = next((line.split(":", 1)[1].strip() for line in _lines("/proc/cpuinfo") if line.startswith("model name")), platform.processor())
    memory = next((int(line.split()[1]) * 1024 for line in _lines("/proc/meminfo") if line.startswith("MemTotal:")), 0)
    load = " / ".join(f"{n:.2f}" for n in os.getloadavg())
    if load_at_start:
        load = " / ".join(f"{n:.2f}" for n in load_at_start) + " at the start, " + load + " at the end"
    versions = ", ".join(f"{name} {_version(name)}" for name in PACKAGES)
    oxigraph = subprocess.run([oxigraph_cli(), "--version"], capture_output=True, text=True, check=False).stdout.strip()
    return [
        f"CPU: {os.cpu_count()} × {cpu}; memory {gib(memory)}; {platform.system()} {platform.release()}",
        f"load average (1/5/15 min): {load}; the cores are shared with other jobs",
        f"Python {platform.python_version()}; {versions}; {oxigraph or 'oxigraph CLI not found'}",
        f"clusterld source: {_commit()}",
    ]


def oxigraph_cli() -> str:
    """The `oxigraph` command (from `pip install oxigraph`), preferably the one beside this Python."""
    beside = Path(sys.executable).parent / "oxigraph"
    return str(beside) if beside.exists() else "oxigraph"


def _version(name: str) -> str:
    try:
        return version(name)
    except PackageNotFoundError:
        return "not installed"


def _commit() -> str:
    """Which clusterld the benchmark ran: this checkout (its commit, and whether it has changes) or a copy."""
    found = subprocess.run([sys.executable, "-c", "import clusterld; print(clusterld.__file__)"],
                           capture_output=True, text=True, check=False).stdout.strip()
    head = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                          check=False).stdout.strip()
    if not found or not Path(found).resolve().is_relative_to(ROOT):
        return f"{Path(found).parent if found else 'not found'} (a copy; this checkout is at commit {head or 'unknown'})"
    changed = subprocess.run(["git", "-C", str(ROOT), "status", "--porcelain", "--untracked-files=no"],
                             capture_output=True, text=True, check=False).stdout.strip()
    return f"this checkout, commit {head or 'unknown'}" + (" with uncommitted changes" if changed else "")


def _lines(path: str) -> list[str]:
    try:
        return Path(path).read_text().splitlines()
    except OSError:
        return []
