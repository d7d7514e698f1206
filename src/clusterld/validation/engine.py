"""Run a compiled plan on the loaded data: mark each targeted shape's focus nodes, then turn every check's rows
into findings."""

from __future__ import annotations

import re
from typing import Any, Callable

from clusterld.validation.plan import (
    FOCUS,
    FOCUS_OF,
    MEMBER,
    ORDER,
    PATTERN,
    RANGE,
    Check,
    Plan,
)
from clusterld.validation.data import CANONICAL_VIEW, EXACT_VIEW, Ambiguous, Data
from clusterld.validation.findings import Finding
from clusterld.validation.terms import Value, exact, exact_value, in_range, matches, ordered, term


def run(plan: Plan, data: Data) -> tuple[list[Finding], set[Any]]:
    """The plan's findings, or the targeted shapes whose findings cannot be told exactly here (a literal the store
    holds that stands for several of the data, or a SPARQL target's literal focus node): pyshacl must have those."""
    found, unclear = run_indexed(plan, data)
    return [finding for _, finding in found], unclear


def run_indexed(plan: Plan, data: Data) -> tuple[list[tuple[int, Finding]], set[Any]]:
    """As `run`, each finding with the index of the check (in `plan.checks`) that found it."""
    data.store.update(f"DROP SILENT GRAPH <{FOCUS}>")
    for focus in plan.focus:
        using = " ".join(f"USING <{g}>" for g in (CANONICAL_VIEW if focus.canonical else EXACT_VIEW))
        data.store.update(f"{focus.prologue}INSERT {{ GRAPH <{FOCUS}> {{ <{focus.marker}> <{FOCUS_OF}> ?this }} }} "
                          f"{using} WHERE {{ {focus.pattern} }}")
    unclear = _literal_focus(plan, data)
    functions = _functions(plan)
    found: list[tuple[int, Finding]] = []
    for index, check in enumerate(plan.checks):
        if check.tops & unclear:
            continue
        rows = data.store.select(check.query, CANONICAL_VIEW if check.canonical else EXACT_VIEW, functions)
        try:
            found += [(index, _finding(check, row, data.original if check.canonical else exact)) for row in rows]
        except Ambiguous:
            unclear |= check.tops
    return found, unclear


def _literal_focus(plan: Plan, data: Data) -> set[Any]:
    """Targeted shapes a SPARQL target gave a literal focus node (in the store's form, maybe not the data's)."""
    if not any(f.canonical for f in plan.focus):
        return set()
    query = f"SELECT DISTINCT ?m WHERE {{ GRAPH <{FOCUS}> {{ ?m <{FOCUS_OF}> ?x FILTER (isLITERAL(?x)) }} }}"
    marked = {str(row[0]) for row in data.store.select(query, ())}
    canonical = {f.marker for f in plan.focus if f.canonical}
    return {top for top, marker in plan.markers.items() if marker in marked & canonical}


def _finding(check: Check, row: tuple[Any, ...], as_written: Callable[[Any], Any]) -> Finding:
    """A row as a finding, its terms as the data wrote them (`as_written`: the view's way back to them)."""
    values = dict(zip(check.columns, row))
    focus = as_written(values["this"])
    value = values.get("value")
    if value is None and check.focus_value:
        value = focus
    path = values.get("path")
    return Finding(
        severity=check.severity,
        focus=str(focus),
        path=str(path) if path is not None else check.path,
        value=as_written(value).n3() if value is not None else None,
        message=check.message,
        shape=str(check.shape),
    )


def _functions(plan: Plan) -> dict[str, Callable[..., bool]]:
    """The Python tests the queries call, reading their parameters from the plan's constants by index."""
    patterns: dict[int, re.Pattern[str]] = {}
    terms: dict[Value, Any] = {}  # numbers and dates recur: each is made an rdflib term once

    def rdflib_term(value: Value) -> Any:
        if value not in terms:
            terms[value] = term(exact_value(value))
        return terms[value]

    def pattern(value: Value, index: Value) -> bool:
        key = int(index[0])
        if key not in patterns:
            text, flags = plan.constants[key]
            patterns[key] = re.compile(text, (re.IGNORECASE if "i" in flags else 0) | (re.MULTILINE if "m" in flags else 0))
        return matches(exact_value(value), patterns[key])

    def member(value: Value, index: Value) -> bool:
        return rdflib_term(value) in plan.constants[int(index[0])]

    def in_bounds(value: Value, index: Value) -> bool:
        bound, component = plan.constants[int(index[0])]
        return in_range(rdflib_term(value), bound, component)

    def order(value: Value, other: Value, strict: Value) -> bool:
        return ordered(rdflib_term(value), rdflib_term(other), strict[0] == "true")

    return {PATTERN: pattern, MEMBER: member, RANGE: in_bounds, ORDER: order}
