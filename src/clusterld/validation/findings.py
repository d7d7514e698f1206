"""What validation reports: findings a curator can act on, and the report of one dataset."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Mapping

from rdflib.namespace import SH

SEVERITIES = {SH.Violation: "violation", SH.Warning: "warning", SH.Info: "info"}


@dataclass(frozen=True)
class Finding:
    """One SHACL result, in terms a curator can act on."""

    severity: str
    focus: str
    path: str | None
    value: str | None
    message: str
    shape: str
    source: str | None = None

    def describe(self) -> str:
        where = f" ({self.source})" if self.source else ""
        prop = f" {self.path}" if self.path else ""
        value = f" value {self.value}" if self.value else ""
        return f"{self.severity.upper()}: {self.focus}{prop}{value}: {self.message}{where}"


@dataclass(frozen=True)
class Report:
    """The outcome of validating one dataset."""

    findings: tuple[Finding, ...]

    @property
    def conforms(self) -> bool:
        return not self.violations

    @property
    def violations(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity == "violation")

    @property
    def warnings(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity != "violation")

    def as_text(self) -> str:
        """A report a person can act on: one line per finding, violations first."""
        head = "conforms" if self.conforms else f"{len(self.violations)} violation(s)"
        lines = [f"{head}, {len(self.warnings)} warning(s)"]
        lines += [f.describe() for f in self.findings]
        return "\n".join(lines) + "\n"

    def as_json(self) -> dict:
        return {
            "conforms": self.conforms,
            "violations": len(self.violations),
            "warnings": len(self.warnings),
            "findings": [f.__dict__ for f in self.findings],
        }


def report(findings: Iterable[Finding], sources: Mapping[str, str]) -> Report:
    """The report of these findings: each once, with the file its focus node came from, violations first."""
    located = {Finding(**{**f.__dict__, "source": sources.get(f.focus)}) for f in findings}
    return Report(tuple(sorted(located, key=_order)))


def _order(f: Finding) -> tuple:
    return (f.severity != "violation", f.source or "", f.focus, f.path or "", f.message, f.value or "", f.shape, f.severity)
