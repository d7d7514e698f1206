"""Each compiled constraint component against pyshacl, on small graphs with the values where engines differ:
ill-typed and canonicalised literals, language tags in capitals, Python's regular expressions, mixed types."""

from __future__ import annotations

import pytest
from rdflib import Graph

from clusterld.validation import Report, plan, reference, validate_graph
from clusterld.validation.findings import report

PREFIXES = """
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix ex: <http://example.org/> .
"""


def same_as_pyshacl(shapes_ttl: str, data_ttl: str, ontology_ttl: str = "") -> Report:
    """The compiled report, after checking every shape compiled and pyshacl reports the same."""
    shapes = Graph().parse(data=PREFIXES + shapes_ttl, format="turtle")
    data = Graph().parse(data=PREFIXES + data_ttl, format="turtle")
    ontology = Graph().parse(data=PREFIXES + ontology_ttl, format="turtle")
    assert plan(shapes).reference == {}
    compiled = validate_graph(data, shapes, ontology)
    assert compiled.findings == report(reference.validate(data, shapes, ontology), {}).findings
    return compiled


def values(found: Report) -> set[tuple[str, str | None]]:
    return {(f.focus.rsplit("/", 1)[-1], f.value) for f in found.findings}


def property_shape(constraints: str, path: str = "ex:p", severity: str = "sh:Violation") -> str:
    return f"""
    ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:property ex:P .
    ex:P a sh:PropertyShape ; sh:path {path} ; sh:severity {severity} ; sh:message "m" ; {constraints} .
    """


def test_class_follows_the_hierarchy_of_data_and_ontology() -> None:
    found = same_as_pyshacl(property_shape("sh:class ex:B"), """
        ex:a a ex:C ; ex:p ex:x , ex:y , "literal" . ex:x a ex:A . ex:y a ex:Other .
    """, "ex:A rdfs:subClassOf ex:B .")
    assert values(found) == {("a", "<http://example.org/y>"), ("a", '"literal"')}


@pytest.mark.parametrize(("datatype", "failing"), [
    ("xsd:date", {'"2016-02-30"^^<http://www.w3.org/2001/XMLSchema#date>', '"2016"^^<http://www.w3.org/2001/XMLSchema#gYear>', '"2016-02-03"'}),
    ("xsd:nonNegativeInteger", {'"-3"^^<http://www.w3.org/2001/XMLSchema#nonNegativeInteger>', '"5"^^<http://www.w3.org/2001/XMLSchema#integer>'}),
    ("xsd:string", {'"x"@EN', '"2016-02-03"^^<http://www.w3.org/2001/XMLSchema#date>', '"5"^^<http://www.w3.org/2001/XMLSchema#integer>'}),
    ("rdf:langString", {'"plain"', '"5"^^<http://www.w3.org/2001/XMLSchema#integer>'}),
    ("xsd:decimal", {'"1.5.0"^^<http://www.w3.org/2001/XMLSchema#decimal>', '"5"^^<http://www.w3.org/2001/XMLSchema#integer>'}),
])
def test_datatype_is_read_as_pyshacl_reads_it(datatype: str, failing: set[str]) -> None:
    data = """ex:a a ex:C ; ex:p "2016-02-30"^^xsd:date , "2016-02-03"^^xsd:date , "2016"^^xsd:gYear , "2016-02-03" ,
        "-3"^^xsd:nonNegativeInteger , "07"^^xsd:nonNegativeInteger , "5"^^xsd:integer , "x"^^xsd:string , "x"@EN ,
        "plain" , "1.50"^^xsd:decimal , "1.5.0"^^xsd:decimal ."""
    found = same_as_pyshacl(property_shape(f"sh:datatype {datatype}"), data)
    assert failing <= {value for _, value in values(found)}


def test_node_kind_and_node_level_pattern_with_flags() -> None:
    found = same_as_pyshacl("""
        ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:message "m" ; sh:nodeKind sh:IRI ;
            sh:pattern "^HTTP://example.org/[a-z]+$" ; sh:flags "i" .
    """, "ex:ok a ex:C . ex:Bad-1 a ex:C . [] a ex:C .")
    assert {focus for focus, _ in values(found)} >= {"Bad-1"} and len(found.findings) == 2


def test_pattern_is_pythons() -> None:
    """Python's `$` matches before a final line break and `\\s` matches a no-break space; a blank node never matches."""
    found = same_as_pyshacl(property_shape('sh:pattern "^abc$"'), r"""
        ex:a a ex:C ; ex:p "abc\n" , "abcd" , [ ] .
    """)
    assert len(found.findings) == 2
    same_as_pyshacl(property_shape(r'sh:not [ sh:pattern "\\s" ]'), 'ex:a a ex:C ; ex:p "a\u00a0b" , "ab" .')


def test_counts_see_every_value_as_written() -> None:
    """Two literals the store keeps as one value are still two values."""
    found = same_as_pyshacl(property_shape("sh:minCount 2 ; sh:maxCount 1"), """
        ex:a a ex:C ; ex:p "5"^^xsd:nonNegativeInteger , "5"^^xsd:integer .
        ex:b a ex:C ; ex:p "5"^^xsd:integer .
        ex:c a ex:C .
    """)
    assert values(found) == {("a", None), ("b", None), ("c", None)}


def test_in_and_has_value_with_iris_and_literals() -> None:
    found = same_as_pyshacl(property_shape('sh:in ( ex:x "a" 1 ) ; sh:hasValue "a"'), """
        ex:a a ex:C ; ex:p ex:x , "a" , 1 .
        ex:b a ex:C ; ex:p ex:y , "1" , 1.0 .
    """)
    assert ("b", None) in values(found) and ("b", "<http://example.org/y>") in values(found)
    same_as_pyshacl('ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:message "m" ; sh:hasValue ex:a .', "ex:a a ex:C . ex:b a ex:C .")


def test_logical_constraints_nest() -> None:
    found = same_as_pyshacl(property_shape("""
        sh:or ( [ sh:datatype xsd:date ] [ sh:and ( [ sh:nodeKind sh:IRI ] [ sh:not [ sh:class ex:B ] ] ) ] ) ;
        sh:xone ( [ sh:nodeKind sh:IRI ] [ sh:pattern "^2" ] ) ;
        sh:node ex:Plain
    """) + 'ex:Plain a sh:NodeShape ; sh:not [ sh:hasValue ex:forbidden ] .', """
        ex:a a ex:C ; ex:p "2016-02-03"^^xsd:date , ex:x , ex:forbidden , ex:b , "3"^^xsd:date , "2"^^xsd:gYear .
        ex:b a ex:B .
    """)
    assert len(found.findings) >= 3


def test_unique_lang_ignores_the_case_of_tags() -> None:
    found = same_as_pyshacl(property_shape("sh:uniqueLang true"), """
        ex:a a ex:C ; ex:p "x"@en , "y"@EN , "z"@de , "w" .
        ex:b a ex:C ; ex:p "x"@en , "z"@de .
    """)
    assert values(found) == {("a", None)}


def test_ranges_compare_as_pyshacl() -> None:
    found = same_as_pyshacl(property_shape("sh:minInclusive 0 ; sh:maxExclusive 1.5"), """
        ex:a a ex:C ; ex:p 0 , "1.50"^^xsd:decimal , -1 , "0.5" , "3"^^xsd:nonNegativeInteger , "2020-01-01"^^xsd:date .
    """)
    assert len(found.findings) == 5
    same_as_pyshacl(property_shape('sh:minExclusive "b" ; sh:maxInclusive "d"'), 'ex:a a ex:C ; ex:p "a" , "c" , "e" , 3 .')


def test_less_than_and_less_than_or_equals() -> None:
    data = """
        ex:a a ex:C ; ex:p 1 , 3 , "x" ; ex:q 3 .
        ex:b a ex:C ; ex:p "2016-01-01"^^xsd:date ; ex:q "2015-01-01"^^xsd:date , "2017-01-01"^^xsd:date .
        ex:c a ex:C ; ex:p "a" ; ex:q "b" .
    """
    strict = same_as_pyshacl(property_shape("sh:lessThan ex:q"), data)
    loose = same_as_pyshacl(property_shape("sh:lessThanOrEquals ex:q"), data)
    three, day = '"3"^^<http://www.w3.org/2001/XMLSchema#integer>', '"2016-01-01"^^<http://www.w3.org/2001/XMLSchema#date>'
    assert ("a", three) in values(strict) and ("a", three) not in values(loose) and ("a", '"x"') in values(loose)
    assert ("b", day) in values(loose) and ("c", '"a"') not in values(strict)


def test_sparql_constraints_see_the_focus_node_and_the_union() -> None:
    shapes = """
        ex:decl a owl:Ontology ; sh:declare [ sh:prefix "ex" ; sh:namespace "http://example.org/"^^xsd:anyURI ] .
        ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:property ex:Long , ex:Lonely ; sh:sparql [ sh:prefixes ex:decl ;
            sh:select "SELECT $this WHERE { FILTER NOT EXISTS { ?other ex:knows $this } }" ] ; sh:message "nobody knows it" .
        ex:Long a sh:PropertyShape ; sh:path ex:end ; sh:message "past the end" ; sh:sparql [ sh:prefixes ex:decl ;
            sh:select "SELECT $this ?value WHERE { $this $PATH ?value ; ex:doc ?d . ?d ex:size ?size . FILTER (?value > ?size) }" ] .
        ex:Lonely a sh:PropertyShape ; sh:path ex:p ; sh:sparql [ sh:prefixes ex:decl ; sh:message "no q" ;
            sh:select "SELECT $this WHERE { OPTIONAL { $this ex:q ?q } FILTER (!BOUND(?q)) }" ] .
    """
    found = same_as_pyshacl(shapes, """
        ex:a a ex:C ; ex:end "7"^^xsd:nonNegativeInteger , "1.50"^^xsd:decimal ; ex:doc ex:d ; ex:q 1 .
        ex:d ex:size "5"^^xsd:nonNegativeInteger . ex:z ex:knows ex:a .
        ex:b a ex:C ; ex:end 2 ; ex:doc ex:d .
    """)
    assert values(found) == {("a", '"7"^^<http://www.w3.org/2001/XMLSchema#nonNegativeInteger>'),
                             ("b", "<http://example.org/b>"), ("b", None)}


def test_every_kind_of_target() -> None:
    shapes = """
        ex:decl a owl:Ontology ; sh:declare [ sh:prefix "ex" ; sh:namespace "http://example.org/"^^xsd:anyURI ] .
        ex:S a sh:NodeShape ; sh:targetNode ex:n ; sh:targetSubjectsOf ex:s ; sh:targetObjectsOf ex:o ;
            sh:target [ a sh:SPARQLTarget ; sh:prefixes ex:decl ; sh:select "SELECT ?this WHERE { ?this ex:t 1 }" ] ;
            sh:nodeKind sh:IRI ; sh:message "not an IRI" .
    """
    found = same_as_pyshacl(shapes, 'ex:x ex:o "lit" , ex:y . [] ex:s 1 . _:b ex:t 1 .')
    assert len(found.findings) == 3


def test_deactivated_shapes_and_severities() -> None:
    shapes = property_shape("sh:minCount 1", severity="sh:Warning") + """
        ex:S sh:property ex:Off , ex:Info .
        ex:Off a sh:PropertyShape ; sh:path ex:q ; sh:minCount 1 ; sh:message "off" ; sh:deactivated true .
        ex:Info a sh:PropertyShape ; sh:path ex:r ; sh:minCount 1 ; sh:message "info" ; sh:severity sh:Info .
    """
    found = same_as_pyshacl(shapes, "ex:a a ex:C .")
    assert {f.severity for f in found.findings} == {"warning", "info"}


@pytest.mark.parametrize("select", [
    "SELECT $this WHERE { { $this ex:p ?v } UNION { $this ex:q ?v } }",
    "SELECT $this WHERE { $this ex:p ?v } LIMIT 1",
    "SELECT * WHERE { $this ex:p ?v }",
])
def test_sparql_forms_the_rewrite_cannot_keep_go_to_pyshacl(select: str) -> None:
    shapes = Graph().parse(data=PREFIXES + f"""
        ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:message "m" ; sh:sparql [ sh:select "{select}" ] .
    """, format="turtle")
    assert list(plan(shapes).reference) == [shapes.namespace_manager.expand_curie("ex:S")]
