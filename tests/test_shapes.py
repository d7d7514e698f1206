"""The SHACL shapes in shapes/*.ttl against the fixtures in tests/fixtures/shapes/.

Fixture naming: `<shape>-valid.ttl` or `<shape>-<what>-valid.ttl` must produce no finding at all (neither
violation nor warning); `<shape>-<what>-invalid.ttl` starts with one or more comment lines

    # expect: violation https://w3id.org/clusterld/def/cluster#party

naming the severity and either the property path or the shape of the findings it must produce. Every expectation
must be met by a finding of the shape named by the file's prefix (`<shape>` is the node shape's local name without
`Shape`, in kebab case: `ClusterOrganisationShape` -> `cluster-organisation`), and every finding must be expected,
so a fixture exercises exactly the defect it is named after.

Fixtures are self-contained (they assert the types the mapping asserts and declare the concepts they use), so
their outcome does not depend on ontology/*.ttl; the ontology is still loaded, as the build does, for the class
hierarchy, and findings about the ontology's own nodes are left out.

"""

from __future__ import annotations

import re
import warnings
from functools import cache
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SH, Namespace

from clusterld.validation import Finding, load_shapes, validate_graph

ROOT = Path(__file__).resolve().parents[1]
SHAPES_DIR = ROOT / "shapes"
ONTOLOGY_DIR = ROOT / "ontology"
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "shapes"
CLSH = Namespace("https://w3id.org/clusterld/def/shapes#")
SKOS_CONCEPT = URIRef("http://www.w3.org/2004/02/skos/core#Concept")

EXPECT = re.compile(r"^#\s*expect:\s*(violation|warning|info)\s+<?([^\s>]+)>?\s*$")
VALID = sorted(FIXTURES.glob("*-valid.ttl"))
INVALID = sorted(FIXTURES.glob("*-invalid.ttl"))


# ----------------------------------------------------------------------------------------------- helpers


@cache
def shapes_graph() -> Graph:
    return load_shapes(SHAPES_DIR)


@cache
def ontology_graph() -> Graph:
    """ontology/*.ttl if present (written by others, possibly in progress), an empty graph otherwise."""
    graph = Graph()
    for path in sorted(ONTOLOGY_DIR.glob("*.ttl")):
        try:
            graph.parse(path, format="turtle")
        except Exception as exc:  # noqa: BLE001 - the fixtures must not depend on the ontology's state
            warnings.warn(f"{path.name} does not parse and is left out: {exc}", stacklevel=1)
    return graph


def parse_fixture(path: Path) -> Graph:
    return Graph().parse(path, format="turtle")


@cache
def fixture_graph(path: Path) -> Graph:
    """A parsed fixture for read-only use (target evaluation); validation parses its own copy."""
    return parse_fixture(path)


def expectations(path: Path) -> list[tuple[str, str]]:
    found = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            break
        match = EXPECT.match(line)
        if match:
            found.append((match.group(1), match.group(2)))
    return found


def slug(shape: URIRef) -> str:
    name = str(shape).rsplit("#", 1)[-1].removesuffix("Shape")
    return re.sub(r"(?<!^)(?=[A-Z])", "-", name).lower()


def node_shapes() -> list[URIRef]:
    return sorted(s for s in shapes_graph().subjects(RDF.type, SH.NodeShape) if isinstance(s, URIRef))


def targeted_shapes() -> list[URIRef]:
    g = shapes_graph()
    targets = (SH.targetClass, SH.target, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf)
    return [s for s in node_shapes() if any(g.value(s, t) is not None for t in targets)]


def shape_of_fixture(path: Path) -> URIRef | None:
    """The targeted node shape a fixture is named after (longest matching prefix)."""
    stem = path.stem
    matches = [s for s in targeted_shapes() if stem.startswith(slug(s) + "-")]
    return max(matches, key=lambda s: len(slug(s)), default=None)


def family(shape: URIRef) -> set[str]:
    """The node shape and its property shapes: the shapes a finding of this node shape comes from."""
    return {str(shape)} | {str(p) for p in shapes_graph().objects(shape, SH.property)}


def prefixes(shapes: Graph, node) -> dict[str, str]:
    namespaces = {}
    for declarer in shapes.objects(node, SH.prefixes):
        for decl in shapes.objects(declarer, SH.declare):
            namespaces[str(shapes.value(decl, SH.prefix))] = URIRef(str(shapes.value(decl, SH.namespace)))
    return namespaces


def focus_nodes(shape: URIRef, data: Graph) -> set:
    """The nodes of `data` a node shape targets (sh:targetClass, SPARQL targets and the other target kinds)."""
    g = shapes_graph()
    nodes: set = set()
    for cls in g.objects(shape, SH.targetClass):
        query = "SELECT ?x WHERE { ?x rdf:type/rdfs:subClassOf* ?class }"
        rows = data.query(query, initNs={"rdf": RDF, "rdfs": RDFS}, initBindings={"class": cls})
        nodes |= {row[0] for row in rows}
    for target in g.objects(shape, SH.target):
        select = g.value(target, SH.select)
        if select is not None:
            nodes |= {row[0] for row in data.query(str(select), initNs=prefixes(g, target))}
    nodes |= set(g.objects(shape, SH.targetNode)) & set(data.all_nodes())
    for prop in g.objects(shape, SH.targetSubjectsOf):
        nodes |= set(data.subjects(prop, None))
    for prop in g.objects(shape, SH.targetObjectsOf):
        nodes |= set(data.objects(None, prop))
    return nodes


def findings_for(path: Path) -> tuple[Finding, ...]:
    """Validate one fixture (one pyshacl call); leave out findings about the ontology's own nodes."""
    data = parse_fixture(path)
    ontology = ontology_graph()
    report = validate_graph(data, shapes_graph(), ontology)
    own = {str(s) for s in data.subjects()}
    foreign = {str(s) for s in ontology.subjects()} - own
    return tuple(f for f in report.findings if f.focus not in foreign)


def matches(finding: Finding, severity: str, iri: str) -> bool:
    return finding.severity == severity and iri in (finding.path, finding.shape)


def describe(findings) -> str:
    return "\n".join(f"  {f.describe()}  [shape {f.shape}]" for f in findings) or "  (none)"


# ----------------------------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return shapes_graph()


def test_fixtures_exist():
    assert VALID and INVALID, f"no fixtures in {FIXTURES}"
    stray = [p.name for p in FIXTURES.glob("*.ttl") if p not in VALID and p not in INVALID]
    assert not stray, f"fixtures must end in -valid.ttl or -invalid.ttl: {stray}"


@pytest.mark.parametrize("path", VALID, ids=lambda p: p.stem)
def test_valid_fixture_has_no_findings(path: Path, shapes: Graph):
    assert not expectations(path), "a valid fixture carries no '# expect:' line"
    findings = findings_for(path)
    assert not findings, f"{path.name} should conform without warnings, but:\n{describe(findings)}"


@pytest.mark.parametrize("path", INVALID, ids=lambda p: p.stem)
def test_invalid_fixture_reports_what_it_expects(path: Path, shapes: Graph):
    expected = expectations(path)
    assert expected, f"{path.name} needs a first line like '# expect: violation <path or shape IRI>'"
    shape = shape_of_fixture(path)
    assert shape is not None, f"{path.name} is not named after a node shape (<shape>-<what>-invalid.ttl)"
    own = family(shape)
    findings = findings_for(path)
    for severity, iri in expected:
        hits = [f for f in findings if matches(f, severity, iri)]
        assert hits, f"{path.name}: expected a {severity} on {iri}, got:\n{describe(findings)}"
        assert any(f.shape in own for f in hits), (
            f"{path.name}: the {severity} on {iri} does not come from {shape} or its property shapes:\n"
            f"{describe(hits)}"
        )
    unexpected = [f for f in findings if not any(matches(f, s, i) for s, i in expected)]
    assert not unexpected, f"{path.name}: findings beyond the expected ones:\n{describe(unexpected)}"


# ----------------------------------------------------------------------------------------------- coverage


@pytest.mark.parametrize("shape", targeted_shapes(), ids=lambda s: slug(s))
def test_every_node_shape_has_valid_and_invalid_fixtures(shape: URIRef, shapes: Graph):
    name = slug(shape)
    valid = [p for p in VALID if focus_nodes(shape, fixture_graph(p))]
    assert valid, f"no valid fixture has a node that {shape} targets (add {name}-valid.ttl)"
    invalid = [p for p in INVALID if shape_of_fixture(p) == shape]
    assert invalid, f"no invalid fixture for {shape} (add {name}-<what>-invalid.ttl)"
    assert all(focus_nodes(shape, fixture_graph(p)) for p in invalid), (
        f"every {name}-*-invalid.ttl must contain a node that {shape} targets"
    )


def test_every_node_shape_without_target_is_used(shapes: Graph):
    targeted = set(targeted_shapes())
    helpers = [s for s in node_shapes() if s not in targeted]
    unused = [s for s in helpers if not any(True for _ in shapes.subject_predicates(s))]
    assert not unused, f"node shapes with no target that no shape refers to: {unused}"


def test_every_property_shape_belongs_to_a_node_shape(shapes: Graph):
    named = {s for s in shapes.subjects(SH.path, None) if isinstance(s, URIRef)}
    untyped = [s for s in named if (s, RDF.type, SH.PropertyShape) not in shapes]
    assert not untyped, f"property shapes not typed sh:PropertyShape: {untyped}"
    orphans = [s for s in named if (None, SH.property, s) not in shapes]
    assert not orphans, f"property shapes no node shape uses: {orphans}"
    anonymous = [s for s in shapes.subjects(SH.path, None) if not isinstance(s, URIRef)]
    assert not anonymous, "property shapes must be named, so findings can name them"


def test_every_shape_explains_itself(shapes: Graph):
    """A curator reads sh:message; severities are explicit, sh:Violation or sh:Warning."""
    node_level = (SH.nodeKind, SH.pattern, SH["or"], SH["class"], SH.datatype, SH["in"], SH.sparql, SH["not"])
    problems = []
    for shape in shapes.subjects(RDF.type, SH.PropertyShape):
        for needed in (SH.name, SH.message, SH.severity):
            if shapes.value(shape, needed) is None:
                problems.append(f"{shape} lacks {needed.n3(shapes.namespace_manager)}")
    for shape in node_shapes():
        if shapes.value(shape, SH.name) is None:
            problems.append(f"{shape} lacks sh:name")
        if any(shapes.value(shape, p) is not None for p in node_level) and shapes.value(shape, SH.message) is None:
            problems.append(f"{shape} has node-level constraints but no sh:message")
    for shape, severity in shapes.subject_objects(SH.severity):
        if severity not in (SH.Violation, SH.Warning):
            problems.append(f"{shape} has severity {severity}")
    for message in shapes.objects(None, SH.message):
        if not (isinstance(message, Literal) and str(message).strip()):
            problems.append(f"empty or non-literal message {message!r}")
    assert not problems, "\n".join(problems)


def test_shapes_graph_header(shapes: Graph):
    header = URIRef("https://w3id.org/clusterld/def/shapes")
    assert (header, RDF.type, OWL.Ontology) in shapes
    assert shapes.value(header, OWL.versionIRI) == URIRef("https://w3id.org/clusterld/def/shapes/1.0.0")
    assert shapes.value(header, URIRef("http://purl.org/dc/terms/license")) is not None
    assert all(str(s).startswith(str(CLSH)) for s in node_shapes()), "shapes live in the clsh: namespace"


def test_ontology_concepts_conform(shapes: Graph):
    """The concepts of ontology/*.ttl (concepts.ttl) meet the concept shape: label, scheme, IRI, mappings."""
    ontology = ontology_graph()
    if not any(ontology.subjects(RDF.type, SKOS_CONCEPT)):
        pytest.skip("no SKOS concepts in ontology/*.ttl yet")
    report = validate_graph(ontology, shapes, Graph())
    assert not report.violations, f"ontology concepts violate the shapes:\n{describe(report.violations)}"
