"""SHACL validation of a release's data (the only module that uses pyshacl).

Two tiers, as DCAT-AP does: `sh:Violation` fails the build, `sh:Warning` and `sh:Info` are reported.

A release is validated in parts, in parallel, with the same findings as validating the union at once (a test
holds the two to that): every subject belongs to the one graph it is described in, or — when several graphs
describe it (registry entities, events other documents add to) — to a shared part holding all their triples.
Each part is validated with its whole graph plus the types of every node it mentions, and keeps the findings
about the subjects it owns. pyshacl's cost grows faster than linearly with graph size, so small parts are
also what makes large releases feasible.
"""

from __future__ import annotations

import hashlib
import json
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from multiprocessing import get_context
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping

import pyshacl
from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SH
from rdflib.plugins.sparql.processor import SPARQLProcessor, prepareQuery

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


def load_shapes(shapes_dir: Path) -> Graph:
    """Parse every Turtle file in shapes/ into one shapes graph."""
    shapes = Graph()
    for path in sorted(shapes_dir.glob("*.ttl")):
        shapes.parse(path, format="turtle")
    return shapes


def validate_parts(
    graphs: Mapping[Any, Graph],
    shapes: Graph,
    ontology: Graph,
    sources: Mapping[str, str],
    workers: int = 1,
    cache: Path | None = None,
    part_size: int = 2000,
    rules_key: str = "",
) -> Report:
    """Validate named graphs part by part, the same findings as the union at once.

    `workers` processes share the parts; with `cache`, a part whose exact content was validated before with
    the same rules (`rules_key`: a digest of the shapes and ontology files) reuses those findings, so a
    rebuild after a small change validates only the parts it touched.
    """
    # each part carries the types of what it mentions; of the ontology it needs only the class hierarchy
    rules = (_nt(shapes), _nt(hierarchy(ontology)))
    rules_digest = rules_key or hashlib.sha256(rules[0] + rules[1]).hexdigest()
    found: list[Finding] = []
    todo: list[tuple[str, tuple[bytes, frozenset[str], tuple[bytes, bytes]]]] = []
    keys: list[str] = []
    for data, owned in partition(graphs, part_size):
        content = b"".join(sorted(_nt(data).splitlines(keepends=True)))
        key = hashlib.sha256(content + rules_digest.encode() + "\n".join(sorted(owned)).encode()).hexdigest()
        keys.append(key)
        cached = _read_cache(cache, key)
        if cached is None:
            todo.append((key, (content, frozenset(owned), rules)))
        else:
            found += cached
    if workers > 1 and len(todo) > 1:
        context = get_context("spawn")  # workers must not inherit the parent's threads or open stores
        with ProcessPoolExecutor(workers, mp_context=context) as pool:
            results = list(pool.map(_validate_part, [p for _, p in todo], chunksize=max(1, len(todo) // (workers * 4))))
    else:
        results = [_validate_part(p) for _, p in todo]
    for (key, _), findings in zip(todo, results):
        _write_cache(cache, key, findings)
        found += findings
    if cache is not None:
        # forget parts that no longer exist, so the cache stays the size of one release
        for stale in set(cache.glob("*.json")) - {cache / f"{k}.json" for k in keys}:
            stale.unlink()
    return Report(tuple(sorted((_with_source(f, sources) for f in set(found)), key=_order)))


def hierarchy(ontology: Graph) -> Graph:
    """The subclass and subproperty axioms of an ontology: what SHACL's class checks and targets use."""
    axioms = Graph()
    for predicate in (RDFS.subClassOf, RDFS.subPropertyOf, OWL.equivalentClass):
        axioms += ontology.triples((None, predicate, None))
    return axioms


def partition(graphs: Mapping[Any, Graph], part_size: int = 2000) -> Iterator[tuple[Graph, set[str]]]:
    """Split named graphs into (data, owned subjects) parts; see the module docstring."""
    described: dict[Any, set[Any]] = {}
    types: dict[Any, set[Any]] = {}
    for name, graph in graphs.items():
        for s, p, o in graph:
            described.setdefault(s, set()).add(name)
            if p == RDF.type:
                types.setdefault(s, set()).add(o)
    shared = sorted(s for s, names in described.items() if len(names) > 1)
    for name, graph in graphs.items():
        owned = sorted(s for s in graph.subjects(unique=True) if len(described[s]) == 1)
        if len(owned) <= part_size:
            if owned:
                yield _with_types(graph, types), {str(s) for s in owned}
            continue
        # a big graph (the registry of a large project) goes in batches of subjects with their neighbourhoods
        for i in range(0, len(owned), part_size):
            batch = owned[i : i + part_size]
            yield _with_types(_describe(batch, [graph]), types), {str(s) for s in batch}
    for i in range(0, len(shared), part_size):
        batch = shared[i : i + part_size]
        yield _with_types(_describe(batch, graphs.values()), types), {str(s) for s in batch}


def _describe(subjects: Iterable[Any], graphs: Iterable[Graph]) -> Graph:
    """Every triple about `subjects` in `graphs`, and about the nodes they link to (constraints look one hop out)."""
    data = Graph()
    sources = list(graphs)
    linked = set()
    for subject in subjects:
        for graph in sources:
            for p, o in graph.predicate_objects(subject):
                data.add((subject, p, o))
                linked.add(o)
    for node in linked:
        for graph in sources:
            for p, o in graph.predicate_objects(node):
                data.add((node, p, o))
    return data


def _with_types(graph: Graph, types: Mapping[Any, set[Any]]) -> Graph:
    """The graph plus the rdf:type triples of every node it mentions, wherever they are stated."""
    data = Graph()
    data += graph
    for node in set(graph.subjects()) | set(graph.objects()):
        for t in types.get(node, ()):
            data.add((node, RDF.type, t))
    return data


def _read_cache(cache: Path | None, key: str) -> list[Finding] | None:
    path = cache / f"{key}.json" if cache else None
    if path is None or not path.is_file():
        return None
    return [Finding(**item) for item in json.loads(path.read_text(encoding="utf-8"))]


def _write_cache(cache: Path | None, key: str, findings: list[Finding]) -> None:
    if cache is None:
        return
    cache.mkdir(parents=True, exist_ok=True)
    partial = cache / f".{key}.tmp"
    partial.write_text(json.dumps([f.__dict__ for f in findings]), encoding="utf-8")
    partial.replace(cache / f"{key}.json")  # a killed build never leaves a half-written entry


def _nt(graph: Graph) -> bytes:
    return graph.serialize(format="nt", encoding="utf-8")


@lru_cache(maxsize=1)
def _rules(shapes: bytes, ontology: bytes) -> tuple[Graph, Graph]:
    """Shapes and ontology parsed once per process, however many parts it validates."""
    return Graph().parse(data=shapes, format="nt"), Graph().parse(data=ontology, format="nt")


def _validate_part(payload: tuple[bytes, frozenset[str], tuple[bytes, bytes]]) -> list[Finding]:
    data, owned, rules = payload
    shapes, ontology = _rules(*rules)
    report = validate_graph(Graph().parse(data=data, format="nt"), shapes, ontology)
    return [f for f in report.findings if f.focus in owned]


def _with_source(finding: Finding, sources: Mapping[str, str]) -> Finding:
    return Finding(**{**finding.__dict__, "source": sources.get(finding.focus)})


def validate_graph(
    data: Graph, shapes: Graph, ontology: Graph, sources: Mapping[str, str] | None = None
) -> Report:
    """Validate `data` against `shapes`, using `ontology` for the class hierarchy."""
    with _prepared_queries():
        _, results, _ = pyshacl.validate(
            data,
            shacl_graph=shapes,
            ont_graph=ontology,
            inference="none",
            advanced=True,
            allow_warnings=True,
        )
    return Report(tuple(sorted(_findings(results, sources or {}), key=_order)))


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

    SPARQLProcessor.query = query  # type: ignore[method-assign]
    try:
        yield
    finally:
        SPARQLProcessor.query = original  # type: ignore[method-assign]


@lru_cache(maxsize=1024)
def _prepare(text: str, base: str | None, namespaces: frozenset) -> Any:
    """A parsed SPARQL constraint, kept for the life of the process (the shapes' queries are few and fixed)."""
    return prepareQuery(text, initNs=dict(namespaces), base=base)


def _findings(results: Graph, sources: Mapping[str, str]) -> Iterable[Finding]:
    # only the report's own results: nested sh:detail results describe the same defect again
    for result in results.objects(None, SH.result):
        focus = str(results.value(result, SH.focusNode))
        path = results.value(result, SH.resultPath)
        value = results.value(result, SH.value)
        yield Finding(
            severity=SEVERITIES.get(results.value(result, SH.resultSeverity), "violation"),
            focus=focus,
            path=str(path) if isinstance(path, URIRef) else (path.n3() if path is not None else None),
            value=value.n3() if value is not None else None,
            message=str(results.value(result, SH.resultMessage) or "constraint not met"),
            shape=str(results.value(result, SH.sourceShape)),
            source=sources.get(focus),
        )


def _order(f: Finding) -> tuple:
    return (f.severity != "violation", f.source or "", f.focus, f.path or "", f.message, f.value or "")
