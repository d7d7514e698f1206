"""The SPARQL 1.1 Service Description of the endpoint: only what is really enabled, and the release's dataset.

Advertised: SPARQL 1.1 Query (no Update), the result formats served, `sd:UnionDefaultGraph` (the default
graph is the union of every named graph) and each named graph with its size. Not advertised, because it is
refused: `sd:BasicFederatedQuery` (SERVICE) and any update language.
"""

from __future__ import annotations

from typing import Iterable, Mapping

from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, VOID, XSD

from clusterld.settings import Settings

SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
FORMATS = Namespace("http://www.w3.org/ns/formats/")
ENTAILMENT = Namespace("http://www.w3.org/ns/entailment/")
# format extensions (as in web/negotiation.py) → W3C format IRIs
FORMAT_IRIS = {
    "srj": FORMATS.SPARQL_Results_JSON,
    "srx": FORMATS.SPARQL_Results_XML,
    "csv": FORMATS.SPARQL_Results_CSV,
    "tsv": FORMATS.SPARQL_Results_TSV,
    "ttl": FORMATS.Turtle,
    "nt": FORMATS["N-Triples"],
    "jsonld": FORMATS["JSON-LD"],
    "rdf": FORMATS.RDF_XML,
    "nq": FORMATS["N-Quads"],
    "trig": FORMATS.TriG,
}


def service_description(endpoint: str, counts: Mapping, formats: Iterable[str], settings: Settings) -> Graph:
    """The description of `endpoint` serving a release with the manifest's `counts`, in the given formats."""
    g = Graph(bind_namespaces="none")
    for prefix, namespace in (("sd", SD), ("formats", FORMATS), ("void", VOID), ("dct", DCTERMS), ("rdfs", RDFS)):
        g.bind(prefix, namespace)
    service = URIRef(endpoint)
    g.add((service, RDF.type, SD.Service))
    g.add((service, SD.endpoint, service))
    g.add((service, SD.supportedLanguage, SD.SPARQL11Query))
    g.add((service, SD.feature, SD.UnionDefaultGraph))
    g.add((service, SD.defaultEntailmentRegime, ENTAILMENT.Simple))
    for extension in formats:
        g.add((service, SD.resultFormat, FORMAT_IRIS[extension]))
    g.add((service, RDFS.comment, Literal(_limits(settings), lang="en")))

    dataset, default = BNode("dataset"), BNode("default")
    g.add((service, SD.defaultDataset, dataset))
    g.add((dataset, RDF.type, SD.Dataset))
    g.add((dataset, SD.defaultGraph, default))
    g.add((default, RDF.type, SD.Graph))
    g.add((default, VOID.triples, Literal(int(counts["triples"]), datatype=XSD.integer)))
    for index, (name, triples) in enumerate(sorted(counts["graphs"].items())):
        named, graph = BNode(f"named{index}"), BNode(f"graph{index}")
        g.add((dataset, SD.namedGraph, named))
        g.add((named, RDF.type, SD.NamedGraph))
        g.add((named, SD.name, URIRef(name)))
        g.add((named, SD.graph, graph))
        g.add((graph, RDF.type, SD.Graph))
        g.add((graph, VOID.triples, Literal(int(triples), datatype=XSD.integer)))
    return g


def _limits(settings: Settings) -> str:
    return (
        "Read-only SPARQL 1.1 Query endpoint. The default graph is the union of all named graphs. "
        f"Limits: {settings.query_timeout:g} s per query (503 past it), at most {settings.max_rows} result rows "
        "(more are cut and the response carries SPARQL-Results-Truncated: true), "
        f"{settings.max_concurrent_queries} queries at once (429 with Retry-After past it), "
        f"queries of at most {settings.max_query_bytes} bytes. SERVICE, LOAD, updates and FROM naming graphs "
        "outside the release are refused."
    )
