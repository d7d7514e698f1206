"""Loading the data in its two views: a literal the store keeps otherwise maps back to what the data wrote, and
when the store's form stands for several literals of the data, pyshacl validates the shapes that meet it."""

from __future__ import annotations

import pytest
from rdflib import Graph, Literal, URIRef

from clusterld.validation import reference, validate_graph
from clusterld.validation.compile import compile_shapes
from clusterld.validation.data import Ambiguous, load
from clusterld.validation.engine import run
from clusterld.validation.findings import report

PREFIXES = """
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix ex: <http://example.org/> .
ex:decl a owl:Ontology ; sh:declare [ sh:prefix "ex" ; sh:namespace "http://example.org/"^^xsd:anyURI ] .
"""
INTEGER = URIRef("http://www.w3.org/2001/XMLSchema#integer")
LARGE = PREFIXES + """
ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:property ex:End .
ex:End a sh:PropertyShape ; sh:path ex:end ; sh:message "too large" ; sh:sparql [ sh:prefixes ex:decl ;
    sh:select "SELECT $this ?value WHERE { $this ex:end ?value FILTER (?value > 1) }" ] .
"""


def lines(turtle: str) -> list[bytes]:
    return Graph().parse(data=PREFIXES + turtle, format="turtle").serialize(format="nt", encoding="utf-8").splitlines(True)


def test_store_forms_map_back_to_the_data() -> None:
    data = load([lines('ex:a ex:p "07"^^xsd:nonNegativeInteger , "x"@EN , "1.50"^^xsd:decimal , "2016-02-30"^^xsd:date .')])
    assert data.original(Literal("7", datatype=INTEGER)).n3() == '"7"^^<http://www.w3.org/2001/XMLSchema#nonNegativeInteger>'
    assert data.original(Literal("x", lang="en")).n3() == '"x"@EN'
    assert data.original(Literal("1.5", datatype=URIRef("http://www.w3.org/2001/XMLSchema#decimal"))).n3() == '"1.50"^^<http://www.w3.org/2001/XMLSchema#decimal>'
    assert data.original(Literal("2", datatype=INTEGER)) == Literal("2", datatype=INTEGER)


def test_a_store_form_of_several_literals_is_ambiguous() -> None:
    data = load([lines('ex:a ex:p "5"^^xsd:nonNegativeInteger , "5"^^xsd:integer .')])
    with pytest.raises(Ambiguous):
        data.original(Literal("5", datatype=INTEGER))


def test_shapes_meeting_an_ambiguous_value_go_to_pyshacl() -> None:
    shapes = Graph().parse(data=LARGE, format="turtle")
    turtle = 'ex:a a ex:C ; ex:end "5"^^xsd:nonNegativeInteger , "5"^^xsd:integer . ex:b a ex:C ; ex:end "7"^^xsd:nonNegativeInteger .'
    _, unclear = run(compile_shapes(shapes), load([lines(turtle)]))
    assert unclear == {URIRef("http://example.org/S")}
    data = Graph().parse(data=PREFIXES + turtle, format="turtle")
    found = validate_graph(data, shapes, Graph())
    assert len(found.findings) == 3 and found.findings == report(reference.validate(data, shapes, Graph()), {}).findings


def test_a_literal_focus_from_a_sparql_target_goes_to_pyshacl() -> None:
    shapes = Graph().parse(data=PREFIXES + """
        ex:S a sh:NodeShape ; sh:message "not an IRI" ; sh:nodeKind sh:IRI ;
            sh:target [ a sh:SPARQLTarget ; sh:prefixes ex:decl ; sh:select "SELECT ?this WHERE { ?s ex:t ?this }" ] .
    """, format="turtle")
    turtle = 'ex:a ex:t "07"^^xsd:nonNegativeInteger , ex:b .'
    assert run(compile_shapes(shapes), load([lines(turtle)]))[1] == {URIRef("http://example.org/S")}
    data = Graph().parse(data=PREFIXES + turtle, format="turtle")
    found = validate_graph(data, shapes, Graph())
    assert len(found.findings) == 1 and found.findings == report(reference.validate(data, shapes, Graph()), {}).findings
