"""The registry's graph: every entity of data/entities with its names, types, links and dates."""

from __future__ import annotations

from typing import Any, Iterable

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import ORG, RDF, SKOS

from clusterld.graph.vocabulary import ENTITY_TYPES, SDO, SUBTYPES, add_langs, date_literal
from clusterld.iris import CL, concept
from clusterld.records import Entity


def registry_graph(entities: Iterable[Entity], ref: Any, sources: dict[str, str]) -> Graph:
    """The registry graph; `ref` gives an id's IRI, `sources` gets each subject's file:line."""
    g = Graph()
    for entity in entities:
        s = ref(entity.id)
        v = entity.values
        sources[str(s)] = str(entity.origin)
        for t in ENTITY_TYPES[entity.kind]:
            g.add((s, RDF.type, t))
        for key in ("place_type", "work_type"):
            if key in v and v[key] in SUBTYPES:
                g.add((s, RDF.type, SUBTYPES[v[key]]))
        add_langs(g, s, (SKOS.prefLabel, SDO.name), v["name"])
        for lang, names in v.get("alt_names", {}).items():
            for name in names:
                add_langs(g, s, (SKOS.altLabel, SDO.alternateName), {lang: name})
        add_langs(g, s, (SDO.description,), v.get("description", {}))
        for slug in v.get("classification", ()):
            g.add((s, ORG.classification, concept("organisation-type", slug)))
        for slug in v.get("sectors", ()):
            g.add((s, CL.sector, concept("sector", slug)))
        for iri in v.get("websites", ()):
            g.add((s, SDO.url, URIRef(iri)))
        for iri in v.get("same_as", ()):
            g.add((s, SDO.sameAs, URIRef(iri)))
        for scheme, value in v.get("identifiers", {}).items():
            g.add((s, SDO.identifier, Literal(f"{scheme}:{value}")))
        links = {"based_in": CL.basedIn, "part_of": ORG.subOrganizationOf, "within": SDO.containedInPlace}
        for key, predicate in links.items():
            if key in v:
                g.add((s, predicate, ref(v[key])))
        many = {"regions": CL.region, "facilitated_by": CL.facilitatedBy, "operated_by": CL.operatedBy, "authors": SDO.author}
        for key, predicate in many.items():
            for ident in v.get(key, ()):
                g.add((s, predicate, ref(ident)))
        for ident in v.get("facilitated_by", ()):
            g.add((ref(ident), CL.facilitates, s))
        for key, predicate in (("founded", SDO.foundingDate), ("published", SDO.datePublished)):
            if v.get(key):
                g.add((s, predicate, date_literal(v[key])))
    return g
