"""SHACL validation of a release's data (the only module that uses pyshacl).

Two tiers, as DCAT-AP does: `sh:Violation` fails the build, `sh:Warning` and `sh:Info` are reported.

A release is validated in parts, in parallel, with the same findings as validating the union at once (a test
holds the two to that): every subject belongs to the one graph it is described in, or — when several graphs
describe it (registry entities, events other documents add to) — to a shared part holding all their triples.
Each part is validated with its whole graph plus the types of every node it mentions, and keeps the findings
about the subjects it owns. pyshacl's cost grows faster than linearly with graph size, so small parts are
also what makes large releases feasible.

Parts are cut from the graphs' canonical N-Triples lines, and their findings cached under a digest of their
exact triples, the subjects they own and the rules, so a rebuild validates only parts whose triples changed.
Big graphs and the shared subjects go in runs of sorted subjects cut where a subject's hash says, so one
subject more or fewer (a document that adds a founding date to an organisation) changes one run, not all
the runs after it.
"""

from __future__ import annotations

import hashlib
import zlib
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain
from multiprocessing import get_context
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Mapping, Sequence

import pyshacl
from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SH
from rdflib.plugins.sparql.processor import SPARQLProcessor, prepareQuery

from clusterld.buildcache import BuildCache
from clusterld.ntriples import RDF_TYPE, NamedGraph, is_node, terms

SEVERITIES = {SH.Violation: "violation", SH.Warning: "warning", SH.Info: "info"}
POOL_LINES = 20_000  # triples to validate above which worker processes pay for their start (about 4 s of pyshacl)


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
    graphs: Mapping[Any, NamedGraph],
    shapes: Graph,
    ontology: Graph,
    sources: Mapping[str, str],
    workers: int = 1,
    cache: BuildCache | None = None,
    part_size: int = 50,
    rules_key: str = "",
) -> Report:
    """Validate named graphs part by part, the same findings as the union at once.

    `workers` processes share the parts; with `cache`, a part whose exact triples and owned subjects were
    validated before with the same rules (`rules_key`: a digest of the shapes and ontology files) reuses those
    findings, so a rebuild after a small change validates only the parts it touched.
    """
    # each part carries the types of what it mentions; of the ontology it needs only the class hierarchy
    rules = (_nt(shapes), _nt(hierarchy(ontology)))
    rules_digest = rules_key or hashlib.sha256(rules[0] + rules[1]).hexdigest()
    found: list[Finding] = []
    todo: list[tuple[str, Part]] = []
    for part in partition(graphs, part_size):
        key = cache.key(__name__, rules_digest, part.identity(), *sorted(part.owned)) if cache is not None else ""
        cached = cache.get("validation", key) if cache is not None else None
        if cached is None:
            todo.append((key, part))
        else:
            found += cached
    payloads = [(part.content(), part.owned, rules) for _, part in todo]
    # starting worker processes (each imports pyshacl and parses the rules) costs seconds: only for much to do
    if workers > 1 and len(todo) > 1 and sum(payload[0].count(b"\n") for payload in payloads) > POOL_LINES:
        context = get_context("spawn")  # workers must not inherit the parent's threads or open stores
        with ProcessPoolExecutor(workers, mp_context=context) as pool:
            results = list(pool.map(_validate_part, payloads, chunksize=max(1, len(todo) // (workers * 4))))
    else:
        results = [_validate_part(p) for p in payloads]
    for (key, _), findings in zip(todo, results):
        if cache is not None:
            cache.put("validation", key, findings)
        found += findings
    return Report(tuple(sorted((_with_source(f, sources) for f in set(found)), key=_order)))


def hierarchy(ontology: Graph) -> Graph:
    """The subclass and subproperty axioms of an ontology: what SHACL's class checks and targets use."""
    axioms = Graph()
    for predicate in (RDFS.subClassOf, RDFS.subPropertyOf, OWL.equivalentClass):
        axioms += ontology.triples((None, predicate, None))
    return axioms


@dataclass(frozen=True)
class Part:
    """Triples to validate together, as canonical N-Triples lines, and the subjects whose findings they decide."""

    pieces: tuple[Sequence[bytes], ...]  # the lines, in pieces that may overlap
    owned: frozenset[str]
    graph_digest: str = ""  # when the first piece is a whole graph: its digest

    def identity(self) -> bytes:
        """Bytes that determine the part's triples exactly (a whole graph by its digest: its lines need not be joined)."""
        if self.graph_digest:
            return self.graph_digest.encode() + b"\n" + b"".join(chain.from_iterable(self.pieces[1:]))
        return self.content()

    def content(self) -> bytes:
        """The part's triples as sorted, distinct N-Triples."""
        return b"".join(sorted(set(chain.from_iterable(self.pieces))))


def partition(graphs: Mapping[Any, NamedGraph], part_size: int = 50) -> Iterator[Part]:
    """Split named graphs into parts to validate; see the module docstring."""
    described: dict[bytes, list[NamedGraph]] = {}
    types: dict[bytes, set[bytes]] = {}
    for graph in graphs.values():
        for subject in graph.subjects:
            described.setdefault(subject, []).append(graph)
        for subject, classes in graph.types.items():
            types.setdefault(subject, set()).update(classes)
    type_lines = {node: [b"%s %s %s .\n" % (node, RDF_TYPE, t) for t in classes] for node, classes in types.items()}

    def typed(nodes: Iterable[bytes]) -> tuple[bytes, ...]:
        """The rdf:type lines of `nodes`, wherever they are stated."""
        return tuple(sorted(line for node in nodes for line in type_lines.get(node, ())))

    for graph in graphs.values():
        owned = sorted(s for s in graph.subjects if len(described[s]) == 1)
        if len(owned) <= part_size:
            if owned:
                yield Part((graph.lines, typed(graph.nodes)), _names(owned), graph.digest)
            continue
        # a big graph (the registry of a large project) goes in runs of subjects with their neighbourhoods
        for run in _runs(owned, part_size):
            yield _neighbourhood(run, lambda node: (graph,), typed)
    shared = sorted(s for s, where in described.items() if len(where) > 1)
    for run in _runs(shared, part_size):
        yield _neighbourhood(run, lambda node: described.get(node, ()), typed)


def _runs(subjects: list[bytes], size: int) -> Iterator[list[bytes]]:
    """Runs of about `size` sorted subjects, each ending at a subject whose hash is a multiple of `size` (or at
    twice `size`), so where runs end depends on the subjects themselves, not on how many came before."""
    run: list[bytes] = []
    for subject in subjects:
        run.append(subject)
        if len(run) >= 2 * size or zlib.crc32(subject) % size == 0:
            yield run
            run = []
    if run:
        yield run


def _neighbourhood(
    subjects: list[bytes],
    graphs_of: Callable[[bytes], Iterable[NamedGraph]],
    typed: Callable[[Iterable[bytes]], tuple[bytes, ...]],
) -> Part:
    """Every line about `subjects` and about the nodes they link to (constraints look one hop out), with types."""
    lines: list[bytes] = []
    linked: set[bytes] = set()
    for subject in subjects:
        for graph in graphs_of(subject):
            about = graph.about(subject)
            lines += about
            linked.update(obj for obj in (terms(line)[2] for line in about) if is_node(obj))
    for node in linked:
        for graph in graphs_of(node):
            lines += graph.about(node)
    nodes = {term for line in lines for term in terms(line)[::2] if is_node(term)}
    return Part((lines, typed(nodes)), _names(subjects))


def _names(subjects: Iterable[bytes]) -> frozenset[str]:
    """Subjects as findings name their focus nodes: an IRI without its brackets, a blank node by its label."""
    return frozenset((s[1:-1] if s.startswith(b"<") else s[2:]).decode() for s in subjects)


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
