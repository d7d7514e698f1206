"""The search index: written at release time, accent- and case-insensitive, ranked, filtered by type."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, SKOS

from clusterld.errors import ReleaseError
from clusterld.search import SEARCH_INDEX, SearchIndex, match_expression, sort_key, write_search_index

from site_helpers import fixture_release

BASE = "https://example.org"
SDO = "https://schema.org/"


def iri(kind: str, slug: str) -> URIRef:
    return URIRef(f"{BASE}/id/{kind}/{slug}")


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> SearchIndex:
    g = Graph()
    entries = [
        ("organisation", "accio", {"ca": "ACCIÓ", "en": "ACCIÓ"}, ["Catalan trade and investment agency"]),
        ("organisation", "massmedic", {"en": "Massachusetts Medical Device Industry Council"}, ["MassMEDIC"]),
        ("agreement", "healthtech-massmedic", {"en": "HealthTech Cluster – MassMEDIC agreement"}, []),
        ("place", "malmo", {"sv": "Malmö", "en": "Malmo"}, []),
        ("organisation", "cataloniabio", {"en": "CataloniaBio & HealthTech"}, []),
    ]
    for kind, slug, names, alts in entries:
        g.add((iri(kind, slug), RDF.type, URIRef(SDO + "Thing")))
        for lang, name in names.items():
            g.add((iri(kind, slug), SKOS.prefLabel, Literal(name, lang=lang)))
        for alt in alts:
            g.add((iri(kind, slug), SKOS.altLabel, Literal(alt, lang="en")))
    doc = iri("document", "massmedic-boston")
    g.add((doc, RDF.type, URIRef(SDO + "NewsArticle")))
    g.add((doc, URIRef(SDO + "headline"), Literal("The HealthTech Cluster signs with MassMEDIC in Boston", lang="en")))
    role = iri("role", "sommer-president-massmedic")
    g.add((role, RDF.type, URIRef(SDO + "OrganizationRole")))
    excerpt = iri("excerpt", "massmedic-boston-0-10")
    g.add((excerpt, RDF.type, URIRef(SDO + "CreativeWork")))
    g.add((URIRef("https://elsewhere.org/id/organisation/x"), RDF.type, URIRef(SDO + "Thing")))
    path = tmp_path_factory.mktemp("search") / SEARCH_INDEX
    write_search_index({URIRef(f"{BASE}/graph/test"): g}, path, BASE)
    return SearchIndex(path)


def found(index: SearchIndex, query: str, kind: str | None = None) -> list[str]:
    return [hit.iri.rsplit("/", 1)[-1] for hit in index.search(query, kind, 50, 0).hits]


@pytest.mark.parametrize("query", ["ACCIÓ", "accio", "Accio", "ACCIO", "acció"])
def test_accents_and_case_do_not_matter(index: SearchIndex, query: str) -> None:
    assert found(index, query) == ["accio"]


def test_alternative_names_and_prefixes_match(index: SearchIndex) -> None:
    assert found(index, "trade agency") == ["accio"]
    assert "massmedic" in found(index, "massm")
    assert found(index, "malmö") == ["malmo"] and found(index, "MALMO") == ["malmo"]


def test_a_name_equal_to_the_query_ranks_first(index: SearchIndex) -> None:
    hits = found(index, "MassMEDIC")
    assert hits[0] == "massmedic"
    assert set(hits) == {"massmedic", "healthtech-massmedic", "massmedic-boston"}


def test_document_titles_are_searched(index: SearchIndex) -> None:
    assert found(index, "signs boston") == ["massmedic-boston"]


def test_type_filter_and_counts_per_type(index: SearchIndex) -> None:
    page = index.search("massmedic", "document", 50, 0)
    assert [h.type for h in page.hits] == ["document"] and page.total == 1
    assert page.per_type == {"agreement": 1, "document": 1, "organisation": 1}


def test_paging(index: SearchIndex) -> None:
    first, second = index.search("massmedic", None, 2, 0), index.search("massmedic", None, 2, 2)
    assert len(first.hits) == 2 and len(second.hits) == 1 and first.total == second.total == 3
    assert {h.iri for h in first.hits}.isdisjoint({h.iri for h in second.hits})


@pytest.mark.parametrize("query", ["", "   ", "!!!", '"', "*", "AND OR NOT", "a:b", "(("])
def test_odd_queries_never_fail(index: SearchIndex, query: str) -> None:
    index.search(query, None, 10, 0)
    expression = match_expression(query)
    assert expression is None or all(part.endswith('"*') for part in expression.split())


def test_listing_sorts_without_accents_and_counts(index: SearchIndex) -> None:
    listed = index.listing("organisation", 10, 0)
    assert [h.iri.rsplit("/", 1)[-1] for h in listed.hits] == ["accio", "cataloniabio", "massmedic"]
    assert index.counts() == {"organisation": 3, "place": 1, "document": 1, "agreement": 1, "role": 1}
    assert listed.hits[0].labels == {"ca": "ACCIÓ", "en": "ACCIÓ"}


def test_unlabelled_entities_are_listed_but_excerpts_and_other_bases_are_not(index: SearchIndex) -> None:
    assert [h.labels for h in index.listing("role", 10, 0).hits] == [{}]
    assert index.listing("excerpt", 10, 0).total == 0
    assert not found(index, "x")


def test_sort_key_folds_case_accents_and_spaces() -> None:
    assert sort_key("CataloniaBio &  HealthTech") == sort_key("cataloniabio & healthtech")
    assert sort_key("Álava") == "alava"


def test_a_release_carries_its_index(tmp_path: Path) -> None:
    store = fixture_release(tmp_path)
    index = SearchIndex(store.path / SEARCH_INDEX)
    assert [h.iri for h in index.search("NMC", None, 5, 0).hits][0] == f"{BASE}/id/organisation/north-med"
    assert index.search("consejo medico", None, 5, 0).total == 1
    with sqlite3.connect(store.path / SEARCH_INDEX) as db:
        assert db.execute("SELECT COUNT(*) FROM entities").fetchone()[0] == sum(index.counts().values())


def test_a_release_without_index_is_a_release_error(tmp_path: Path) -> None:
    with pytest.raises(ReleaseError, match="clusterld build"):
        SearchIndex(tmp_path / SEARCH_INDEX).counts()



def test_a_query_matching_more_than_the_cap_ranks_the_first_matches_and_says_there_are_more(index: SearchIndex) -> None:
    every = index.search("massmedic", None, 50, 0)
    capped = SearchIndex(index.path, max_matches=2).search("massmedic", None, 50, 0)
    assert every.total == 3 and not every.more
    assert capped.more and capped.total == sum(capped.per_type.values()) == 2 and len(capped.hits) == 2
    assert {h.iri for h in capped.hits} < {h.iri for h in every.hits}
    roomy = SearchIndex(index.path, max_matches=3).search("massmedic", None, 50, 0)
    assert not roomy.more and roomy.hits == every.hits and roomy.per_type == every.per_type
