"""SHACL shapes compiled to SPARQL (pure: a shapes graph in, queries out).

Each targeted shape gets a focus query (its targets), whose answers are marked in the store as its focus nodes;
each shape it validates them against (itself, and the property shapes it lists) gets a few SELECT queries whose
rows are that shape's findings — one for the constraints every value must meet, one for the counts, one for
sh:hasValue, one for sh:uniqueLang, one per SPARQL-based constraint — over the focus nodes of every targeted shape
that uses it. Nested shapes (sh:not, sh:or, sh:and, sh:xone, sh:node) become boolean expressions on the value.

Compiled: targets sh:targetClass (with rdfs:subClassOf from the data and ontology), sh:targetNode (IRIs),
sh:targetSubjectsOf, sh:targetObjectsOf and SPARQL targets; property shapes with an IRI path; sh:class,
sh:datatype, sh:nodeKind, sh:minCount, sh:maxCount, sh:pattern (with sh:flags), sh:in, sh:hasValue, sh:not,
sh:or, sh:and, sh:xone, sh:node, sh:uniqueLang, sh:min/maxInclusive, sh:min/maxExclusive, sh:lessThan,
sh:lessThanOrEquals, SPARQL-based constraints (see `sparql`), sh:severity, sh:message, sh:deactivated. Anything
else — a complex path, sh:closed, sh:qualifiedValueShape, sh:equals, sh:minLength, a shape without exactly one
message (pyshacl would write one of its own, or pick one of several), rules, functions — makes the targeted shape
using it, with all its property shapes, go to pyshacl (`reference`), so the queries never check less than
pyshacl would.
"""

from __future__ import annotations

from typing import Any, Collection

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection as RdfList
from rdflib.namespace import OWL, RDF, RDFS, SH

from clusterld.validation.findings import SEVERITIES
from clusterld.validation.plan import FOCUS, FOCUS_OF, MEMBER, ORDER, PATTERN, RANGE, Check, Focus, Plan
from clusterld.validation.sparql import (
    FOCUS_PATTERN,
    Unsupported,
    constraint_query,
    target_select,
)
from clusterld.validation.terms import datatype_test, language

TARGETS = (SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf, SH.target)
VALUE_LEVEL = {SH["class"], SH.datatype, SH.nodeKind, SH.pattern, SH["in"], SH["not"], SH["and"], SH["or"], SH.xone,
               SH.node, SH.minInclusive, SH.maxInclusive, SH.minExclusive, SH.maxExclusive}
PROPERTY_ONLY = {SH.minCount, SH.maxCount, SH.uniqueLang, SH.lessThan, SH.lessThanOrEquals}
SUPPORTED = VALUE_LEVEL | PROPERTY_ONLY | {SH.hasValue, SH.sparql, SH.property}
PARAMETERS = SUPPORTED | {SH.minLength, SH.maxLength, SH.languageIn, SH.equals, SH.disjoint, SH.closed,
                          SH.qualifiedValueShape, SH.expression, SH.js, SH.rule}
WHOLE_GRAPH = (SH.ConstraintComponent, SH.SPARQLFunction, SH.JSFunction, SH.SPARQLRule, SH.TripleRule, SH.JSRule)
NODE_KINDS = {SH.IRI: ("isIRI",), SH.BlankNode: ("isBLANK",), SH.Literal: ("isLITERAL",),
              SH.BlankNodeOrIRI: ("isBLANK", "isIRI"), SH.BlankNodeOrLiteral: ("isBLANK", "isLITERAL"),
              SH.IRIOrLiteral: ("isIRI", "isLITERAL")}
RANGES = (SH.minInclusive, SH.maxInclusive, SH.minExclusive, SH.maxExclusive)


def compile_shapes(shapes: Graph, excluded: Collection[Any] = ()) -> Plan:
    """The plan validating the data against `shapes`; targeted shapes in `excluded` are left to pyshacl."""
    tops = sorted({s for p in TARGETS for s in shapes.subjects(p, None)}, key=str)
    whole = next((c for c in WHOLE_GRAPH for _ in shapes.subjects(RDF.type, c)), None) or (
        SH.rule if (None, SH.rule, None) in shapes else None)
    compiler = _Compiler(shapes)
    reference: dict[Any, str] = {}
    markers: dict[Any, str] = {}
    focus: list[Focus] = []
    children: dict[Any, set[Any]] = {}  # shape -> the targeted shapes whose focus nodes it is validated on
    for top in tops:
        try:
            if _deactivated(shapes, top):
                continue
            if whole is not None:
                raise Unsupported(f"the shapes graph uses {whole.n3(shapes.namespace_manager)}")
            if top in excluded:
                raise Unsupported("a literal the store holds stands for several of the data")
            compiler.compile(top)
            members = [p for p in shapes.objects(top, SH.property) if not _deactivated(shapes, p)]
            for prop in members:
                compiler.compile(prop)
            marker = f"{FOCUS}:{len(markers)}"
            focus += compiler.focus(top, marker)
        except Unsupported as reason:
            reference[top] = str(reason)
            continue
        markers[top] = marker
        for shape in (top, *members):
            children.setdefault(shape, set()).add(top)
    checks = tuple(check for shape, owners in children.items()
                   for check in compiler.checks(shape, frozenset(owners), sorted(markers[t] for t in owners)))
    return Plan(tuple(focus), checks, tuple(compiler.constants), markers, reference)


def _deactivated(shapes: Graph, shape: Any) -> bool:
    flag = shapes.value(shape, SH.deactivated)
    if flag is not None and not (isinstance(flag, Literal) and isinstance(flag.value, bool)):
        raise Unsupported("sh:deactivated is not a boolean")
    return bool(flag is not None and flag.value)


class _Compiler:
    """Queries and expressions for the shapes of one graph; collects the constants the Python tests need."""

    def __init__(self, shapes: Graph) -> None:
        self.g = shapes
        self.constants: list[Any] = []
        self.compiled: dict[Any, tuple[Check, ...] | Unsupported] = {}

    def compile(self, shape: Any) -> None:
        """Make sure `shape` compiles (its queries are built once, whatever targeted shapes use it)."""
        if shape not in self.compiled:
            try:
                self.compiled[shape] = self._build(shape)
            except Unsupported as reason:
                self.compiled[shape] = reason
        found = self.compiled[shape]
        if isinstance(found, Unsupported):
            raise found

    def checks(self, shape: Any, tops: frozenset, markers: list[str]) -> list[Check]:
        """The shape's checks over the focus nodes marked with `markers`."""
        if len(markers) == 1:
            focus = f"GRAPH <{FOCUS}> {{ <{markers[0]}> <{FOCUS_OF}> ?this }}"
        else:
            values = " ".join(f"<{m}>" for m in markers)
            focus = f"VALUES ?clusterld_shape {{ {values} }} GRAPH <{FOCUS}> {{ ?clusterld_shape <{FOCUS_OF}> ?this }}"
        return [Check(**{**c.__dict__, "query": c.query.replace(FOCUS_PATTERN, focus, 1), "tops": tops})
                for c in self.compiled[shape]]  # type: ignore[union-attr]

    def focus(self, top: Any, marker: str) -> list[Focus]:
        """How to find the focus nodes of a targeted shape (its targets of the same view in one union)."""
        exact: list[str] = []
        found: list[Focus] = []
        for cls in self.g.objects(top, SH.targetClass):
            exact.append(f"?this <{RDF.type}>/<{RDFS.subClassOf}>* {_iri(cls)}")
        for node in self.g.objects(top, SH.targetNode):
            exact.append(f"VALUES ?this {{ {_iri(node)} }}")
        for prop in self.g.objects(top, SH.targetSubjectsOf):
            exact.append(f"?this {_iri(prop)} ?clusterld_object")
        for prop in self.g.objects(top, SH.targetObjectsOf):
            exact.append(f"?clusterld_subject {_iri(prop)} ?this")
        for target in self.g.objects(top, SH.target):
            prologue, select = target_select(self.g, target)
            found.append(Focus(marker, f"{{ {select} }}", prologue, canonical=True))
        if exact:
            found.append(Focus(marker, " UNION ".join(f"{{ {p} }}" for p in exact)))
        return found

    def _build(self, shape: Any) -> tuple[Check, ...]:
        g = self.g
        path = g.value(shape, SH.path)
        if path is not None and not isinstance(path, URIRef):
            raise Unsupported("a complex sh:path")
        if g.value(shape, SH.path) is None and self._parameters(shape) & PROPERTY_ONLY:
            raise Unsupported("a count, sh:uniqueLang or sh:lessThan on a node shape")
        if path is not None and (shape, SH.property, None) in g:
            raise Unsupported("sh:property on a property shape")
        if (shape, RDF.type, RDFS.Class) in g or (shape, RDF.type, OWL.Class) in g:
            raise Unsupported("an implicit class target")
        severities = list(g.objects(shape, SH.severity))
        if len(severities) > 1:
            raise Unsupported("several sh:severity values")
        severity = SEVERITIES.get(severities[0] if severities else SH.Violation, "violation")  # type: ignore[call-overload]
        messages = list(g.objects(shape, SH.message))
        base = {"shape": shape, "severity": severity, "path": str(path) if path is not None else None}
        checks = [Check(**base, message=m, query=q, canonical=True, columns=cols, focus_value=path is None)
                  for q, cols, m in (constraint_query(g, c, shape, messages) for c in g.objects(shape, SH.sparql)
                                     if not _deactivated(g, c))]
        core = self._parameters(shape) - {SH.sparql, SH.property}
        if core and len(messages) != 1:
            raise Unsupported("a shape without exactly one sh:message")
        message = str(messages[0]) if messages else ""
        var = "?value" if path is not None else "?this"
        tests = self._value_tests(shape, var)
        if tests:
            where = f"?this <{path}> ?value . " if path is not None else ""
            columns = ("this", "value") if path is not None else ("this",)
            query = f"SELECT DISTINCT {' '.join('?' + c for c in columns)} WHERE {{ {FOCUS_PATTERN} {where}FILTER (!({tests})) }}"
            checks.append(Check(**base, message=message, query=query, columns=columns, focus_value=path is None))
        for query in self._focus_queries(shape, path):
            checks.append(Check(**base, message=message, query=query))
        return tuple(checks)

    def _parameters(self, shape: Any) -> set[Any]:
        found = {p for p in self.g.predicates(shape, None) if p in PARAMETERS}
        if found - SUPPORTED:
            raise Unsupported(", ".join(sorted(p.n3(self.g.namespace_manager) for p in found - SUPPORTED)))
        return found

    def _focus_queries(self, shape: Any, path: URIRef | None) -> list[str]:
        """Queries for what is found once per focus node (no value): counts, sh:hasValue, sh:uniqueLang."""
        g, queries = self.g, []
        bounds = [f"COUNT(DISTINCT ?v) < {_count(g, shape, SH.minCount)}" if (shape, SH.minCount, None) in g else "",
                  f"COUNT(DISTINCT ?v) > {_count(g, shape, SH.maxCount)}" if (shape, SH.maxCount, None) in g else ""]
        if any(bounds):
            having = " || ".join(b for b in bounds if b)
            queries.append(f"SELECT ?this WHERE {{ {FOCUS_PATTERN} OPTIONAL {{ ?this <{path}> ?v }} }} GROUP BY ?this HAVING ({having})")
        required = [self._has(value, path) for value in g.objects(shape, SH.hasValue)]
        if required:
            queries.append(f"SELECT DISTINCT ?this WHERE {{ {FOCUS_PATTERN} FILTER (!({' && '.join(required)})) }}")
        for unique in g.objects(shape, SH.uniqueLang):
            if not (isinstance(unique, Literal) and isinstance(unique.value, bool)):
                raise Unsupported("sh:uniqueLang is not a boolean")
            if unique.value:
                queries.append(f"SELECT DISTINCT ?this WHERE {{ {FOCUS_PATTERN} ?this <{path}> ?v . BIND ({language('?v')} AS ?l) "
                               f'FILTER (?l != "") }} GROUP BY ?this ?l HAVING (COUNT(DISTINCT ?v) > 1)')
        return queries

    def _has(self, value: Any, path: URIRef | None, var: str = "?this") -> str:
        if isinstance(value, BNode):
            raise Unsupported("a blank node as sh:hasValue")
        if path is None:
            return self._is(value, var)
        if isinstance(value, URIRef):
            return f"EXISTS {{ ?this <{path}> <{value}> }}"
        return f"EXISTS {{ ?this <{path}> ?clusterld_has FILTER ({self._is(value, '?clusterld_has')}) }}"

    def _is(self, value: Any, var: str) -> str:
        if isinstance(value, URIRef):
            return f"sameTerm({var}, <{value}>)"
        return f"<{MEMBER}>({var}, {self._constant(frozenset([value]))})"

    def _value_tests(self, shape: Any, var: str, depth: int = 0) -> str:
        """A SPARQL expression: whether `var` meets every value-level constraint of `shape`."""
        g, tests = self.g, []
        parameters = self._parameters(shape)
        for cls in g.objects(shape, SH["class"]):
            tests.append(f"EXISTS {{ {var} <{RDF.type}>/<{RDFS.subClassOf}>* {_iri(cls)} }}")
        for datatype in self._one(shape, SH.datatype):
            if not isinstance(datatype, URIRef) or datatype == RDFS.Datatype:
                raise Unsupported("this sh:datatype")
            tests.append(datatype_test(datatype, var))
        for kind in self._one(shape, SH.nodeKind):
            if kind not in NODE_KINDS:
                raise Unsupported("this sh:nodeKind")
            tests.append("(" + " || ".join(f"{test}({var})" for test in NODE_KINDS[kind]) + ")")
        if SH.pattern in parameters:
            flags = [f for f in g.objects(shape, SH.flags) if isinstance(f, Literal)]
            if len(flags) != len(list(g.objects(shape, SH.flags))) or len(flags) > 1:
                raise Unsupported("several sh:flags, or flags that are not a literal")
            mode = str(flags[0].value).lower() if flags else ""
            for pattern in g.objects(shape, SH.pattern):
                if not isinstance(pattern, Literal):
                    raise Unsupported("a sh:pattern that is not a literal")
                text = str(pattern.value) if pattern.value is not None and len(pattern.value) > 1 else str(pattern)
                tests.append(f"<{PATTERN}>({var}, {self._constant((text, mode))})")
        for members in g.objects(shape, SH["in"]):
            terms = list(self._list(members))
            if all(isinstance(t, URIRef) for t in terms):
                tests.append("(" + (" || ".join(f"sameTerm({var}, <{t}>)" for t in terms) or "false") + ")")
            else:
                tests.append(f"<{MEMBER}>({var}, {self._constant(frozenset(terms))})")
        for component in RANGES:
            for bound in g.objects(shape, component):
                if not isinstance(bound, Literal):
                    raise Unsupported("a bound that is not a literal")
                tests.append(f'<{RANGE}>({var}, {self._constant((bound, component))})')
        for component, strict in ((SH.lessThan, "true"), (SH.lessThanOrEquals, "false")):
            for other in g.objects(shape, component):
                if not isinstance(other, URIRef):
                    raise Unsupported("sh:lessThan of something else than an IRI")
                tests.append(f"NOT EXISTS {{ ?this <{other}> ?clusterld_other FILTER "
                             f"(!<{ORDER}>({var}, ?clusterld_other, {strict})) }}")
        for nested in g.objects(shape, SH["not"]):
            tests.append(f"!({self._conforms(nested, var, depth)})")
        for nested in g.objects(shape, SH.node):
            tests.append(self._conforms(nested, var, depth))
        for component, joiner in ((SH["and"], " && "), (SH["or"], " || ")):
            for members in g.objects(shape, component):
                parts = [self._conforms(m, var, depth) for m in self._list(members)]
                tests.append("(" + (joiner.join(parts) or ("true" if joiner == " && " else "false")) + ")")
        for members in g.objects(shape, SH.xone):
            parts = [f"IF({self._conforms(m, var, depth)}, 1, 0)" for m in self._list(members)]
            tests.append("((" + (" + ".join(parts) or "0") + ") = 1)")
        return " && ".join(tests)

    def _conforms(self, shape: Any, var: str, depth: int) -> str:
        """A SPARQL expression: whether `var` conforms to a nested shape (a node shape of value-level constraints)."""
        g = self.g
        if depth > 12:
            raise Unsupported("shapes nested too deep")
        if _deactivated(g, shape) or g.value(shape, SH.path) is not None:
            raise Unsupported("a deactivated or property shape inside a logical constraint")
        if g.value(shape, SH.severity) not in (None, SH.Violation):  # pyshacl counts a failing warning as conforming
            raise Unsupported("a nested shape with a severity below sh:Violation")
        if self._parameters(shape) - VALUE_LEVEL - {SH.hasValue}:
            raise Unsupported("a nested shape with constraints other than on its value")
        tests = [self._value_tests(shape, var, depth + 1)] + [self._has(v, None, var)
                                                            for v in g.objects(shape, SH.hasValue)]
        return "(" + (" && ".join(t for t in tests if t) or "true") + ")"

    def _one(self, shape: Any, parameter: Any) -> list[Any]:
        values = list(self.g.objects(shape, parameter))
        if len(values) > 1:
            raise Unsupported(f"several {parameter.n3(self.g.namespace_manager)}")
        return values

    def _list(self, node: Any) -> list[Any]:
        items = list(RdfList(self.g, node)) if node != RDF.nil else []
        if node != RDF.nil and not items:
            raise Unsupported("a malformed list")
        return items

    def _constant(self, value: Any) -> int:
        self.constants.append(value)
        return len(self.constants) - 1


def _count(shapes: Graph, shape: Any, parameter: Any) -> int:
    values = list(shapes.objects(shape, parameter))
    count = values[0] if len(values) == 1 else None
    if not isinstance(count, Literal) or not isinstance(count.value, int):
        raise Unsupported(f"this {parameter.n3(shapes.namespace_manager)}")
    return int(count.value)


def _iri(term: Any) -> str:
    if not isinstance(term, URIRef):
        raise Unsupported("a target or class that is not an IRI")
    return f"<{term}>"
