"""pyshacl, the reference: what the compiled queries must report, and the validator of whatever they do not support.

Shapes the compiler leaves out are validated here on the whole union; the other targeted shapes lose their targets
in the copy of the shapes graph pyshacl gets, so it checks only what was left to it.
"""

from __future__ import annotations

from contextlib import contextmanager
from functools import lru_cache
from typing import Any, Collection, Iterable, Iterator

import pyshacl
from rdflib import Graph, URIRef
from rdflib.namespace import SH
from rdflib.plugins.sparql.processor import SPARQLProcessor, prepareQuery

from clusterld.validation.findings import SEVERITIES, Finding

TARGETS = (SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf, SH.target)


def validate(data: Graph, shapes: Graph, ontology: Graph, only: Collection[Any] | None = None) -> list[Finding]:
    """pyshacl's findings on `data` (with `ontology` mixed in, as pyshacl does): every targeted shape's, or only
    those of the targeted shapes in `only`."""
    if only is not None:
        shapes = _targeting(shapes, set(only))
    with _prepared_queries():
        _, results, _ = pyshacl.validate(
            data,
            shacl_graph=shapes,
            ont_graph=ontology,
            inference="none",
            advanced=True,
            allow_warnings=True,
        )
    return list(_findings(results))


def _targeting(shapes: Graph, kept: set[Any]) -> Graph:
    """A copy of the shapes graph in which only the shapes in `kept` have targets."""
    copy = Graph()
    for prefix, namespace in shapes.namespaces():
        copy.bind(prefix, namespace)
    copy += ((s, p, o) for s, p, o in shapes if p not in TARGETS or s in kept)
    return copy


@contextmanager
def _prepared_queries() -> Iterator[None]:
    """Parse each SPARQL-based constraint once, not once per focus node.

    pyshacl hands rdflib the constraint's text for every focus node and rdflib parses it each time (about
    30 ms, most of a validation); a prepared query is reusable with other bindings, so results are the same.
    """
    original = SPARQLProcessor.query

    def query(self: SPARQLProcessor, q: Any, initBindings: Any = None, initNs: Any = None, base: Any = None, DEBUG: bool = False) -> Any:  # noqa: N803
        if isinstance(q, str):
            q = _prepare(q, base, frozenset((initNs or {}).items()))
        return original(self, q, initBindings, initNs, base, DEBUG)

    SPARQLProcessor.query = query  # type: ignore[method-assign, assignment]
    try:
        yield
    finally:
        SPARQLProcessor.query = original  # type: ignore[method-assign]


@lru_cache(maxsize=1024)
def _prepare(text: str, base: str | None, namespaces: frozenset) -> Any:
    """A parsed SPARQL constraint, kept for the life of the process (the shapes' queries are few and fixed)."""
    return prepareQuery(text, initNs=dict(namespaces), base=base)


def _findings(results: Graph) -> Iterable[Finding]:
    # only the report's own results: nested sh:detail results describe the same defect again
    for result in results.objects(None, SH.result):
        path = results.value(result, SH.resultPath)
        value = results.value(result, SH.value)
        yield Finding(
            severity=SEVERITIES.get(results.value(result, SH.resultSeverity), "violation"),  # type: ignore[call-overload]
            focus=str(results.value(result, SH.focusNode)),
            path=str(path) if isinstance(path, URIRef) else (path.n3() if path is not None else None),
            value=value.n3() if value is not None else None,
            message=str(results.value(result, SH.resultMessage) or "constraint not met"),
            shape=str(results.value(result, SH.sourceShape)),
        )
