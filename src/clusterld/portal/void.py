"""The VoID description of a release, built from its manifest and the settings.

The dataset node is the catalogue's (`{base}/catalog#dataset` for the current release, `#release-{id}` for one
release), typed both `void:Dataset` and `dcat:Dataset`, so one description serves both worlds. It names the
SPARQL endpoint, every dump file (`void:dataDump` → the .gz files themselves), the URI space, the statistics
(triples, entities, classes, properties, and a partition for each class and each property), a few example
resources, the vocabularies used, the licence, and one `void:Linkset` per other dataset its entities link to
(Wikidata, GeoNames, DBpedia, … by `owl:sameAs`, `schema:sameAs`, `skos:exactMatch` or `skos:closeMatch`) with
the number of links. Partitions, linksets and targets get hash IRIs in the VoID document itself.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any, Mapping

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, RDF, RDFS, XSD

from clusterld.iris import Minter
from clusterld.portal import DUMP_FORMATS, PORTAL_PREFIXES, data_dumps, texts
from clusterld.settings import Settings

VOID = Namespace(PORTAL_PREFIXES["void"])
DCAT = Namespace(PORTAL_PREFIXES["dcat"])
FORMATS = Namespace("http://www.w3.org/ns/formats/")


@dataclass(frozen=True)
class Target:
    """Another dataset that entities link to, known by the host of its IRIs."""

    key: str
    title: str
    homepage: str | None
    uri_space: str | None


TARGETS = {
    "www.wikidata.org": Target("wikidata", "Wikidata", "https://www.wikidata.org/", "http://www.wikidata.org/entity/"),
    "sws.geonames.org": Target("geonames", "GeoNames", "https://www.geonames.org/", "https://sws.geonames.org/"),
    "dbpedia.org": Target("dbpedia", "DBpedia", "https://www.dbpedia.org/", "http://dbpedia.org/resource/"),
    "ror.org": Target("ror", "Research Organization Registry", "https://ror.org/", "https://ror.org/"),
}
# the kinds of entity whose first one is named as a void:exampleResource, in this order
EXAMPLE_KINDS = ("cluster", "organisation", "programme", "document", "agreement", "event", "person", "place")


def target(host: str) -> Target:
    """The dataset behind a host: a well-known one, or one named after the host."""
    return TARGETS.get(host) or Target(host.replace(".", "-"), host, None, None)


def _fragment(iri: str) -> str:
    """A readable, stable fragment for a class or property IRI: its CURIE, else a digest."""
    for prefix, namespace in sorted(PORTAL_PREFIXES.items(), key=lambda item: -len(item[1])):
        local = iri[len(namespace):]
        if iri.startswith(namespace) and local.replace("-", "").replace("_", "").isalnum():
            return f"{prefix}-{local}"
    return hashlib.sha256(iri.encode()).hexdigest()[:16]


def vocabularies(iris: list[str]) -> list[str]:
    """The namespaces (among those the project binds) of the classes and properties used."""
    found = set()
    for iri in iris:
        for namespace in sorted(PORTAL_PREFIXES.values(), key=len, reverse=True):
            if iri.startswith(namespace):
                found.add(namespace)
                break
    return sorted(found)


def void_graph(manifest: Mapping[str, Any], settings: Settings, current: bool = True) -> Graph:
    """VoID of the release in `manifest`: as the current release (the dataset) or as that one release."""
    mint = Minter(settings.base)
    release = str(manifest["release"])
    dataset = mint.dataset if current else mint.release_dataset(release)
    document = str(mint.void(None if current else release))
    counts = manifest["counts"]
    stats = manifest.get("statistics") or {}
    g = Graph(bind_namespaces="none")
    for prefix, namespace in PORTAL_PREFIXES.items():
        g.bind(prefix, namespace)

    def integer(value: int) -> Literal:
        return Literal(int(value), datatype=XSD.integer)

    publisher = URIRef(settings.publisher) if settings.publisher else mint.catalog_node("publisher")
    g.add((URIRef(document), RDF.type, VOID.DatasetDescription))
    g.add((URIRef(document), FOAF.primaryTopic, dataset))
    g.add((dataset, RDF.type, VOID.Dataset))
    g.add((dataset, RDF.type, DCAT.Dataset))
    for language, values in texts(settings.title).items():
        g.add((dataset, DCTERMS.title, Literal(values[0], lang=language)))
    for language, values in texts(settings.description).items():
        g.add((dataset, DCTERMS.description, Literal(values[0], lang=language)))
    g.add((dataset, DCTERMS.license, URIRef(settings.licence)))
    g.add((dataset, DCTERMS.publisher, publisher))
    g.add((publisher, FOAF.name, Literal(settings.publisher_name)))
    g.add((dataset, FOAF.homepage, URIRef(mint.page("/"))))
    g.add((dataset, RDFS.seeAlso, mint.catalog))
    g.add((dataset, DCTERMS.modified, Literal(str(manifest["created"]), datatype=XSD.dateTime)))
    if not current:
        g.add((dataset, DCTERMS.isVersionOf, mint.dataset))
    g.add((dataset, VOID.sparqlEndpoint, mint.sparql))
    g.add((dataset, VOID.uriSpace, Literal(f"{settings.base}/id/")))
    for dump in data_dumps(manifest):
        g.add((dataset, VOID.dataDump, mint.dump(release, dump["name"])))
        g.add((dataset, VOID.feature, FORMATS[DUMP_FORMATS[dump["name"]].w3c_format]))
    g.add((dataset, VOID.triples, integer(counts["triples"])))
    entities = stats.get("entities", {})
    g.add((dataset, VOID.entities, integer(sum(entities.values()))))
    g.add((dataset, VOID.classes, integer(len(counts["classes"]))))
    properties = stats.get("properties", {})
    g.add((dataset, VOID.properties, integer(len(properties))))
    examples = stats.get("examples", {})
    for kind in EXAMPLE_KINDS:
        if kind in examples:
            g.add((dataset, VOID.exampleResource, URIRef(examples[kind])))
    for namespace in vocabularies([*counts["classes"], *properties]):
        g.add((dataset, VOID.vocabulary, URIRef(namespace)))

    for cls, n in counts["classes"].items():
        part = URIRef(f"{document}#class-{_fragment(cls)}")
        g.add((dataset, VOID.classPartition, part))
        g.add((part, VOID["class"], URIRef(cls)))
        g.add((part, VOID.entities, integer(n)))
    for prop, n in properties.items():
        part = URIRef(f"{document}#property-{_fragment(prop)}")
        g.add((dataset, VOID.propertyPartition, part))
        g.add((part, VOID.property, URIRef(prop)))
        g.add((part, VOID.triples, integer(n)))

    for link in stats.get("links", ()):
        other = target(link["host"])
        node = URIRef(f"{document}#target-{other.key}")
        g.add((node, RDF.type, VOID.Dataset))
        g.add((node, DCTERMS.title, Literal(other.title)))
        if other.homepage:
            g.add((node, FOAF.homepage, URIRef(other.homepage)))
        if other.uri_space:
            g.add((node, VOID.uriSpace, Literal(other.uri_space)))
        linkset = URIRef(f"{document}#links-{other.key}-{_fragment(link['predicate'])}")
        g.add((dataset, VOID.subset, linkset))
        g.add((linkset, RDF.type, VOID.Linkset))
        g.add((linkset, VOID.subjectsTarget, dataset))
        g.add((linkset, VOID.objectsTarget, node))
        g.add((linkset, VOID.linkPredicate, URIRef(link["predicate"])))
        g.add((linkset, VOID.triples, integer(link["triples"])))
    return g
