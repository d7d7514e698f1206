"""The schema.org view of an entity, for the JSON-LD block embedded in its page (search engines read this, not
the cluster ontology): schema.org properties as they are, a few ORG and cluster-ontology ones mapped to their
schema.org counterparts, linked entities as small named nodes, and the news articles that mention it."""

from __future__ import annotations

from typing import Any

from rdflib import Literal, URIRef
from rdflib.namespace import ORG, PROV, RDF

from clusterld.description import Triples
from clusterld.iris import CL
from clusterld.views.labels import Labels

SDO = "https://schema.org/"
MAPPED = {
    CL.basedIn: "location",
    ORG.memberOf: "memberOf",
    ORG.subOrganizationOf: "parentOrganization",
    CL.signingDate: "startDate",
}
SKIPPED = {"name", "alternateName", "description", "subEvent"}


def _schema_types(graph: Triples, node: URIRef) -> list[str]:
    return sorted(str(t)[len(SDO):] for t in graph.objects(node, RDF.type) if str(t).startswith(SDO))


def _node(graph: Triples, node: URIRef, label: Labels) -> dict[str, Any]:
    types = _schema_types(graph, node)
    out: dict[str, Any] = {"@id": str(node), "name": str(label(node))}
    if types:
        out["@type"] = types[0] if len(types) == 1 else types
    return out


def _value(graph: Triples, term: object, base: str, label: Labels) -> Any:
    if isinstance(term, Literal):
        return str(term) if term.datatype is None or not str(term.datatype).endswith(("integer", "decimal")) else term.toPython()
    if isinstance(term, URIRef) and str(term).startswith(f"{base}/"):
        return _node(graph, term, label)
    return str(term)


def schema_org(graph: Triples, iri: URIRef, base: str, label: Labels) -> dict[str, Any]:
    """A JSON-LD object using only the schema.org vocabulary, describing `iri`."""
    types = _schema_types(graph, iri) or ["Thing"]
    out: dict[str, Any] = {"@context": "https://schema.org", "@type": types[0] if len(types) == 1 else types,
                           "@id": str(iri), "name": str(label(iri))}
    alternates = sorted({str(o) for o in graph.objects(iri, URIRef(SDO + "alternateName"))})
    if alternates:
        out["alternateName"] = alternates
    description = label.text(graph.objects(iri, URIRef(SDO + "description")))
    if description is not None:
        out["description"] = str(description)
    values: dict[str, list[Any]] = {}
    for p, o in sorted(graph.predicate_objects(iri), key=lambda po: (str(po[0]), str(po[1]))):
        key = str(p)[len(SDO):] if str(p).startswith(SDO) else MAPPED.get(p)
        if key and key not in SKIPPED:
            values.setdefault(key, []).append(_value(graph, o, base, label))
    for key, items in values.items():
        out[key] = items[0] if len(items) == 1 else items
    affiliations = [_node(graph, org, label) for role in sorted(graph.subjects(ORG.member, iri))
                    for org in graph.objects(role, ORG.organization) if isinstance(org, URIRef)]
    if affiliations:
        out["affiliation"] = affiliations
    sources = ({d for fact in graph.subjects(None, iri) for d in graph.objects(fact, PROV.hadPrimarySource)}
               | set(graph.objects(iri, PROV.hadPrimarySource)))
    articles = sorted(d for d in sources if isinstance(d, URIRef))
    if articles:
        out["subjectOf"] = [{**_node(graph, d, label), "headline": str(label(d))} for d in articles]
    return out
