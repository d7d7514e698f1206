"""The validate stage reports exactly what pyshacl reports on the whole union, with every shape compiled to SPARQL."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import SH

from clusterld.documents import read_sources
from clusterld.generate import generate
from clusterld.graph import map_records
from clusterld.records import build_records
from clusterld.validation import (
    Report,
    load_shapes,
    plan,
    reference,
    validate,
    validate_graph,
)
from clusterld.validation.findings import report

BASE = "https://example.org"
REPO = Path(__file__).resolve().parents[1]
SHAPE_FIXTURES = sorted((REPO / "tests/fixtures/shapes").glob("*.ttl"))


def mixed_project(project: Path) -> Path:
    """The fixture project plus a second article with defects, one of them only visible across documents."""
    doc = project / "data/documents/north-south-pact.md"
    text = doc.read_text(encoding="utf-8")
    second = text
    for ident in ("north-south-pact-2020", "joint-meeting-2020", "ana-silva-president-north-med", "porto-medtech-companies-2020", "north-med-founded", "north-south-pact"):
        second = second.replace(f"id: {ident}\n", f"id: {ident}-b\n").replace(f"signed_during: {ident}\n", f"signed_during: {ident}-b\n")
    second = second.replace("parties: [north-med, south-health]", "parties: [south-health]")  # one party: in-document
    second = second.replace("    date: 1999\n", "    date: 1998\n")  # a second founding date for north-med: across documents
    (doc.parent / "second.md").write_text(second, encoding="utf-8")
    return project


def compiled_and_pyshacl(root: Path) -> tuple[Report, Report]:
    """The stage's report on a project, and pyshacl's on the union of the same graphs."""
    records = build_records(read_sources(root))
    mapped = map_records(records, BASE, False)
    shapes = load_shapes(root / "shapes")
    assert plan(shapes).reference == {}, "every shape of shapes/ compiles: pyshacl is not what this compares"
    compiled = validate([g.lines for g in mapped.graphs.named.values()], shapes, records.ontology, mapped.sources)
    return compiled, report(reference.validate(mapped.union(), shapes, records.ontology), mapped.sources)


def test_mixed_project_reports_what_pyshacl_reports(project: Path) -> None:
    compiled, whole = compiled_and_pyshacl(mixed_project(project))
    assert compiled.findings == whole.findings
    focus = {(f.focus, f.path) for f in compiled.violations}
    assert (f"{BASE}/id/agreement/north-south-pact-2020-b", "https://w3id.org/clusterld/def/cluster#party") in focus
    assert (f"{BASE}/id/organisation/north-med", "https://schema.org/foundingDate") in focus  # across documents
    assert all(f.source for f in compiled.findings)


def test_seed_release_reports_what_pyshacl_reports(seed_project: Path) -> None:
    compiled, whole = compiled_and_pyshacl(seed_project)
    assert compiled.findings == whole.findings and compiled.conforms


def test_generated_project_reports_what_pyshacl_reports(tmp_path: Path) -> None:
    generate(tmp_path / "generated", 3, seed=1, source=REPO)
    compiled, whole = compiled_and_pyshacl(tmp_path / "generated")
    assert compiled.findings == whole.findings and compiled.conforms


@pytest.mark.parametrize("path", SHAPE_FIXTURES, ids=lambda p: p.stem)
def test_shape_fixtures_report_what_pyshacl_reports(path: Path, shapes: Graph, ontology: Graph) -> None:
    """Every fixture of tests/fixtures/shapes/, conforming or violating (together, every constraint component
    the shapes use), gives the findings pyshacl gives."""
    data = Graph().parse(path, format="turtle")
    whole = report(reference.validate(data, shapes, ontology), {})
    assert validate_graph(data, shapes, ontology).findings == whole.findings


def test_unsupported_shapes_are_validated_by_pyshacl(project: Path, shapes: Graph) -> None:
    """A shape using what the compiler does not support goes to pyshacl, whole; the others stay compiled."""
    extended = Graph() + shapes
    document = URIRef("https://w3id.org/clusterld/def/shapes#DocumentShape")
    length = URIRef("https://w3id.org/clusterld/def/shapes#DocumentShape-headlineLength")
    extended.add((document, SH.property, length))
    extended.add((length, SH.path, URIRef("https://schema.org/headline")))
    extended.add((length, SH.maxLength, Literal(5)))
    extended.add((length, SH.message, Literal("a short title")))
    compiled = plan(extended)
    assert set(compiled.reference) == {document} and "maxLength" in compiled.reference[document]
    records = build_records(read_sources(project))
    mapped = map_records(records, BASE, False)
    found = validate([g.lines for g in mapped.graphs.named.values()], extended, records.ontology)
    assert any(f.message == "a short title" for f in found.findings)
    assert found.findings == report(reference.validate(mapped.union(), extended, records.ontology), {}).findings


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return load_shapes(REPO / "shapes")


@pytest.fixture(scope="module")
def ontology() -> Graph:
    graph = Graph()
    for path in sorted((REPO / "ontology").glob("*.ttl")):
        graph.parse(path, format="turtle")
    return graph
