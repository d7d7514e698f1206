"""A compiled validation plan: the queries finding each targeted shape's focus nodes and each shape's findings,
and the IRIs the compiler and the engine share (the graph marking focus nodes, the Python tests' functions)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

FOCUS = "urn:x-clusterld:validation:focus"  # the graph marking each targeted shape's focus nodes
FOCUS_OF = "urn:x-clusterld:validation:focus-of"
PATTERN, MEMBER, RANGE, ORDER = (f"urn:x-clusterld:validation:{name}" for name in ("pattern", "member", "range", "order"))


@dataclass(frozen=True)
class Focus:
    """How to find one targeted shape's focus nodes: a WHERE pattern binding ?this, in the view it reads."""

    marker: str
    pattern: str
    prologue: str = ""
    canonical: bool = False


@dataclass(frozen=True)
class Check:
    """One query whose rows (?this, then ?value and ?path when `columns` says so) are findings of `shape`."""

    shape: Any
    severity: str
    message: str
    path: str | None
    query: str
    columns: tuple[str, ...] = ("this",)
    focus_value: bool = False  # a row without a value reports the focus node as the value
    canonical: bool = False  # a SPARQL-based constraint: run on the values as the store computes with them
    tops: frozenset = frozenset()  # the targeted shapes whose focus nodes it checks


@dataclass(frozen=True)
class Plan:
    """The queries for a shapes graph, and the targeted shapes left to pyshacl (with the reason)."""

    focus: tuple[Focus, ...]
    checks: tuple[Check, ...]
    constants: tuple[Any, ...]  # what the Python tests get by index: (pattern, flags), sets of terms, bounds
    markers: dict[Any, str]  # each compiled targeted shape -> the IRI marking its focus nodes
    reference: dict[Any, str]  # each targeted shape left to pyshacl -> why
