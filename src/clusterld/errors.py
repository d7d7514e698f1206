"""The errors clusterld raises, as one small tree.

    ClusterldError
    ├── InputError          bad input data: file:line, field, what to fix   (exit 2)
    ├── ValidationFailed    the data breaks SHACL shapes at Violation level (exit 1)
    ├── ReleaseError        no release to serve, or a release folder is damaged (exit 2)
    ├── StoreError          the remote store refused or failed a request (exit 2, HTTP 502)
    └── QueryError          a SPARQL request that cannot be answered (mapped to HTTP in web/)

The core raises these; `cli.py` maps them once to exit codes and `web/` once to HTTP statuses.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


class ClusterldError(Exception):
    """Base of every error clusterld raises on purpose."""

    exit_code = 2


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the input, located as precisely as the input allows."""

    file: Path
    line: int | None
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else str(self.file)
        field = f" [{self.field}]" if self.field else ""
        return f"{where}:{field} {self.message}"


class InputError(ClusterldError):
    """The input files are malformed; every problem found is listed."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(str(p) for p in problems))


class ValidationFailed(ClusterldError):
    """SHACL found violations; the release is not published."""

    exit_code = 1

    def __init__(self, report_text: str) -> None:
        self.report_text = report_text
        super().__init__(report_text)


class ReleaseError(ClusterldError):
    """No usable release, or a release folder that is not what it should be."""


class StoreError(ClusterldError):
    """The remote store could not be reached, or refused or failed a request clusterld sent it."""


class QueryError(ClusterldError):
    """A query request that cannot be answered; `status` is the HTTP status to send."""

    def __init__(self, message: str, status: int = 400, headers: dict[str, str] | None = None) -> None:
        self.status = status
        self.headers = headers or {}
        super().__init__(message)
