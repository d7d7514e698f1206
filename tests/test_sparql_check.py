"""Query checks (parsed, never pattern-matched), result negotiation, the service description and the HTML view."""

from __future__ import annotations

import json

import pytest
from rdflib import Namespace, URIRef
from rdflib.namespace import RDF

from clusterld.errors import QueryError
from clusterld.sparql.description import service_description
from clusterld.settings import Settings
from clusterld.sparql.check import check_graphs, check_query
from clusterld.web.negotiation import HTML_OFFER, RESULTS_OFFERS, negotiate
from clusterld.web.sparql_page import SparqlPages, load_examples

SD = Namespace("http://www.w3.org/ns/sparql-service-description#")


@pytest.mark.parametrize(
    ("query", "form"),
    [
        ("SELECT * WHERE { ?s ?p ?o }", "SELECT"),
        ("ASK {}", "ASK"),
        ("CONSTRUCT WHERE { ?s ?p ?o }", "CONSTRUCT"),
        ("DESCRIBE <https://example.org/id/x>", "DESCRIBE"),
        # the words are in a string, an IRI and a comment: not features
        ('SELECT * WHERE { ?s ?p "SERVICE <http://x> { }" } # SERVICE <http://x> {}\n', "SELECT"),
        ("SELECT * WHERE { ?s <http://x/SERVICE> ?o . ?s ?p ?load }", "SELECT"),
        ("PREFIX service: <http://x/> SELECT * WHERE { ?s service:load ?o }", "SELECT"),
    ],
)
def test_queries_that_may_run(query: str, form: str) -> None:
    assert check_query(query).form == form


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * WHERE { SERVICE <http://x/sparql> { ?s ?p ?o } }",
        "select * where { service silent <http://x/sparql> { ?s ?p ?o } }",
        "SELECT * WHERE { ?s ?p ?o OPTIONAL { SERVICE ?endpoint { ?s ?p ?o } } }",
        "SELECT * WHERE { { SELECT * WHERE { SERVICE <http://x> {} } } }",
        "ASK { FILTER EXISTS { SERVICE <http://x> {} } }",
        "CONSTRUCT { ?s ?p ?o } WHERE { SERVICE <http://x> { ?s ?p ?o } }",
    ],
)
def test_service_refused_wherever_it_is(query: str) -> None:
    with pytest.raises(QueryError) as refused:
        check_query(query)
    assert refused.value.status == 400 and "SERVICE" in str(refused.value)


@pytest.mark.parametrize(
    "update",
    ["INSERT DATA { <a:s> <a:p> <a:o> }", "DELETE WHERE { ?s ?p ?o }", "CLEAR ALL", "DROP SILENT GRAPH <a:g>",
     "CREATE GRAPH <a:g>", "ADD <a:x> TO <a:y>", "WITH <a:g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }"],
)
def test_updates_refused_with_405(update: str) -> None:
    with pytest.raises(QueryError) as refused:
        check_query(update)
    assert refused.value.status == 405 and refused.value.headers["Allow"] == "GET, HEAD, POST, OPTIONS"


@pytest.mark.parametrize("load", ["LOAD <http://x/data.ttl>", "CLEAR ALL ; LOAD SILENT <http://x/data.ttl> INTO GRAPH <a:g>"])
def test_load_refused_with_400(load: str) -> None:
    with pytest.raises(QueryError) as refused:
        check_query(load)
    assert refused.value.status == 400 and "LOAD" in str(refused.value)


@pytest.mark.parametrize("text", ["", "  \n", "# only a comment\n", "SELECT * WHERE { ?s ?p ", "SELECT ?x WHERE { ?s ?p ?o } GROUP"])
def test_malformed_or_empty(text: str) -> None:
    with pytest.raises(QueryError) as refused:
        check_query(text)
    assert refused.value.status == 400


def test_dataset_clauses_resolved() -> None:
    checked = check_query(
        "BASE <https://example.org/> PREFIX g: <https://example.org/graph/> "
        "SELECT * FROM g:registry FROM <graph/a> FROM NAMED <https://example.org/graph/b> WHERE { ?s ?p ?o }"
    )
    assert checked.default_graphs == ("https://example.org/graph/registry", "https://example.org/graph/a")
    assert checked.named_graphs == ("https://example.org/graph/b",)
    assert check_query("SELECT * WHERE { ?s ?p ?o }").default_graphs is None


def test_graphs_outside_the_release_refused() -> None:
    available = frozenset({"https://example.org/graph/registry"})
    check_graphs(["https://example.org/graph/registry"], [], available, "FROM")
    with pytest.raises(QueryError) as refused:
        check_graphs([], ["http://elsewhere.example/g"], available, "FROM NAMED")
    assert refused.value.status == 400 and "<http://elsewhere.example/g>" in str(refused.value)


@pytest.mark.parametrize(
    ("accept", "media"),
    [
        (None, "application/sparql-results+json"),
        ("*/*", "application/sparql-results+json"),
        ("text/*", "text/html"),
        ("application/xml", "application/sparql-results+xml"),
        ("text/csv;q=0.9, text/tab-separated-values", "text/tab-separated-values"),
        ("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "text/html"),
        ("application/sparql-results+json;q=0, application/*;q=0.5", "application/sparql-results+xml"),
    ],
)
def test_results_negotiation(accept: str | None, media: str) -> None:
    offer = negotiate(accept, RESULTS_OFFERS + (HTML_OFFER,))
    assert offer is not None and offer.media_type == media


def test_service_description_advertises_only_what_is_enabled() -> None:
    counts = {"triples": 10, "graphs": {"https://example.org/graph/a": 4, "https://example.org/graph/b": 6}}
    graph = service_description("https://example.org/sparql", counts, ["srj", "ttl"], Settings())
    service = URIRef("https://example.org/sparql")
    assert (service, RDF.type, SD.Service) in graph
    assert set(graph.objects(service, SD.feature)) == {SD.UnionDefaultGraph}
    assert set(graph.objects(service, SD.supportedLanguage)) == {SD.SPARQL11Query}
    assert len(set(graph.objects(service, SD.resultFormat))) == 2
    assert {str(n) for n in graph.objects(None, SD.name)} == set(counts["graphs"])


def test_examples_are_queries() -> None:
    examples = load_examples()
    assert examples and all(e.title and not e.title.startswith("#") for e in examples)
    for example in examples:
        check_query(example.query)


def test_results_page_escapes_and_links_safely() -> None:
    pages = SparqlPages(load_examples(), "r1", Settings(base="https://example.org", max_rows=2))
    body = json.dumps({"head": {"vars": ["x", "y"]}, "results": {"bindings": [
        {"x": {"type": "uri", "value": "https://example.org/id/place/porto"},
         "y": {"type": "literal", "value": "<script>alert(1)</script>", "xml:lang": "en"}},
        {"x": {"type": "uri", "value": "javascript:alert(1)"}},
    ]}}).encode()
    page = pages.results_page("SELECT * WHERE { ?x ?p ?y }", "SELECT", body, truncated=True).decode()
    assert "<script>alert(1)</script>" not in page and "&lt;script&gt;" in page
    assert 'href="/id/place/porto"' in page
    assert 'href="javascript:' not in page
    assert 'class="truncated"' in page and "first 2 results" in page
