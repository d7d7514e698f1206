"""The vocabulary the mapping writes: prefixes, the classes of each kind of entity and event, and literals in
the canonical forms every serialiser writes alike."""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Mapping

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, PROV, RDF, SKOS, XSD, Namespace

from clusterld.iris import CL
from clusterld.records import IsoDate

SDO = Namespace("https://schema.org/")
PREFIXES = {
    "cl": str(CL), "schema": str(SDO), "org": str(ORG), "prov": str(PROV), "skos": str(SKOS),
    "dct": str(DCTERMS), "foaf": str(FOAF), "xsd": str(XSD), "rdf": str(RDF),
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#", "owl": "http://www.w3.org/2002/07/owl#",
}
CURIE: Mapping[str, Any] = {"cl": CL, "schema": SDO, "org": ORG}  # the prefixes RELATIONS uses

ENTITY_TYPES = {
    "cluster": (CL.Cluster, SDO.Thing),
    "cluster-organisation": (CL.ClusterOrganisation, ORG.FormalOrganization, ORG.Organization, SDO.Organization),
    "organisation": (ORG.Organization, SDO.Organization),
    "programme": (CL.Programme, SDO.Project),
    "person": (SDO.Person, FOAF.Person),
    "place": (SDO.Place,),
    "work": (SDO.CreativeWork,),
}
SUBTYPES = {
    "city": SDO.City, "region": SDO.AdministrativeArea, "country": SDO.Country, "continent": SDO.Continent,
    "book": SDO.Book, "report": SDO.Report, "newsletter": SDO.Periodical, "web-page": SDO.WebPage,
}
EVENT_TYPES = {
    "mission": (CL.Mission, SDO.BusinessEvent),
    "meeting": (CL.Meeting, SDO.BusinessEvent),
    "training": (CL.Meeting, SDO.EducationEvent),
    "conference": (SDO.BusinessEvent,),
}
PARTICIPATION = {"attendee": SDO.attendee, "organizer": SDO.organizer, "contributor": SDO.contributor,
                 "speaker": CL.speaker, "trainer": CL.trainer}


def date_literal(date: IsoDate) -> Literal:
    """A date as xsd:date, xsd:gYearMonth or xsd:gYear, by its precision."""
    datatype = {"day": XSD.date, "month": XSD.gYearMonth, "year": XSD.gYear}[date.precision]
    return Literal(date.text, datatype=datatype)


def decimal_literal(value: Decimal) -> Literal:
    """xsd:decimal in canonical lexical form ("120.0", "16.5"), so every serialiser writes the same value."""
    text = format(Decimal(value), "f")
    return Literal(text if "." in text else f"{text}.0", datatype=XSD.decimal)


def add_langs(g: Graph, subject: URIRef, predicates: tuple[URIRef, ...], values: Mapping[str, str]) -> None:
    """One literal per language and predicate: `values` maps a language tag to its text."""
    for lang, text in values.items():
        for predicate in predicates:
            g.add((subject, predicate, Literal(text, lang=lang)))
