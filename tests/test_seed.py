"""The seed data: it builds, conforms, and states what the three articles state, traceably."""

from __future__ import annotations

import hashlib

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, XSD

from clusterld.graph import SDO
from clusterld.iris import CL, concept
from clusterld.pipeline import check
from clusterld.records import Records
from clusterld.settings import Settings

from conftest import REPO

BASE = "https://clusterld.org"


@pytest.fixture(scope="module")
def checked():  # type: ignore[no-untyped-def]
    return check(Settings(root=REPO, base=BASE))


@pytest.fixture(scope="module")
def union(checked) -> Graph:  # type: ignore[no-untyped-def]
    return checked.graphs.union()


def iri(kind: str, slug: str) -> URIRef:
    return URIRef(f"{BASE}/id/{kind}/{slug}")


def test_seed_conforms(checked) -> None:  # type: ignore[no-untyped-def]
    assert checked.report.conforms, checked.report.as_text()


def test_stored_texts_are_the_articles(checked) -> None:  # type: ignore[no-untyped-def]
    records: Records = checked.records
    assert len(records.documents) == 3
    for document in records.documents:
        assert hashlib.sha256(document.text.encode()).hexdigest() == document.sha256
    texts = {d.id: d.text for d in records.documents}
    assert texts["healthtech-cluster-massmedic-agreement"].startswith("The HealthTech Cluster in Catalonia signs")
    assert "\xa0" in texts["healthtech-cluster-massmedic-agreement"]  # no-break spaces kept verbatim


def test_every_excerpt_quotes_its_document(checked, union: Graph) -> None:  # type: ignore[no-untyped-def]
    texts = {str(iri("document", d.id)): d.text for d in checked.records.documents}
    excerpts = list(union.subjects(RDF.type, CL.Excerpt))
    assert len(excerpts) >= 50
    for excerpt in excerpts:
        text = texts[str(union.value(excerpt, CL.inDocument))]
        start, end = int(union.value(excerpt, CL.charStart)), int(union.value(excerpt, CL.charEnd))
        assert text[start:end] == str(union.value(excerpt, CL.exactText))


def test_the_agreement_of_2016(union: Graph) -> None:
    agreement = iri("agreement", "healthtech-cluster-massmedic-2016")
    assert set(union.objects(agreement, CL.party)) == {iri("organisation", "healthtech-cluster"), iri("organisation", "massmedic")}
    assert union.value(agreement, CL.signingDate) == Literal("2016-10", datatype=XSD.gYearMonth)
    assert union.value(agreement, SDO.location) == iri("place", "barcelona")
    assert len(set(union.objects(agreement, CL.topic))) == 5
    meeting = union.value(agreement, CL.signedDuring)
    assert union.value(meeting, SDO.startDate) == Literal("2016-10-20", datatype=XSD.date)
    assert union.value(meeting, CL.derivationNote) is not None  # the relative date's derivation is recorded


def test_foundings(union: Graph) -> None:
    assert union.value(iri("organisation", "massbio"), SDO.foundingDate) == Literal("1985", datatype=XSD.gYear)
    assert union.value(iri("organisation", "massmedic"), SDO.foundingDate) == Literal("1996", datatype=XSD.gYear)


@pytest.mark.parametrize(
    ("value", "qualifier"),
    [("480.0", "more-than"), ("900.0", "almost"), ("60.0", None), ("16.5", None), ("600.0", "more-than"), ("50.0", "more-than"), ("17.0", None), ("2.0", None)],
)
def test_numeric_statements_are_observations(union: Graph, value: str, qualifier: str | None) -> None:
    observations = set(union.subjects(CL.value, Literal(value, datatype=XSD.decimal)))
    assert observations, value
    if qualifier:
        assert any(union.value(o, CL.qualifier) == concept("qualifier", qualifier) for o in observations)


def test_growth_has_its_period(union: Graph) -> None:
    (growth,) = union.subjects(CL.value, Literal("60.0", datatype=XSD.decimal))
    assert union.value(growth, CL.periodStart) == Literal("2000", datatype=XSD.gYear)
    assert union.value(growth, CL.periodEnd) == Literal("2009", datatype=XSD.gYear)


def test_roles_are_dated_by_their_document(union: Graph) -> None:
    org = URIRef("http://www.w3.org/ns/org#")
    presidents = {
        union.value(m, URIRef(org + "member")): union.value(m, CL.attestedOn)
        for m in union.subjects(URIRef(org + "organization"), iri("organisation", "massmedic"))
        if union.value(m, URIRef(org + "role")) == concept("role", "president")
    }
    assert presidents[iri("person", "tom-sommer")] == Literal("2016-11-09", datatype=XSD.date)
    assert iri("person", "brian-johnson") in presidents


def test_only_verified_external_ids(union: Graph) -> None:
    links = {str(o) for o in union.objects(None, SDO.sameAs)}
    assert "http://www.wikidata.org/entity/Q100" in links and "https://sws.geonames.org/4930956/" in links
    verified = {"Q100", "Q771", "Q49111", "Q1492", "Q5705", "Q29", "Q30", "Q60", "Q334", "Q884", "Q801", "Q176",
                "Q163820", "Q46", "Q49108", "Q13371", "Q49126", "Q8880", "Q7108", "Q864928", "Q31207", "Q11660"}
    for link in links:
        if "wikidata" in link:
            assert link.rsplit("/", 1)[1] in verified, link
