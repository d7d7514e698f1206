"""Figures of a release's store: the counts and statistics its manifest, VoID and DCAT descriptions give."""

from __future__ import annotations

import json

import pyoxigraph as ox

from clusterld.store.queries import select
from clusterld.tally import first_day, last_day


def counts(store: ox.Store) -> dict:
    """Triples per graph, instances per class and distinct triples in the union."""
    per_graph = {
        str(row["g"].value): int(row["n"].value)
        for row in select(store, "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
    }
    per_class = {
        str(row["c"].value): int(row["n"].value)
        for row in select(
            store, "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c } GROUP BY ?c", use_default_graph_as_union=True
        )
    }
    (row,) = select(
        store,
        "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }",
        use_default_graph_as_union=True,
    )
    return {
        "triples": int(row["n"].value),
        "graphs": dict(sorted(per_graph.items())),
        "classes": dict(sorted(per_class.items())),
    }


# predicates that link an entity to the same thing in another dataset (VoID linksets are counted over these)
LINK_PREDICATES = (
    "http://www.w3.org/2002/07/owl#sameAs",
    "https://schema.org/sameAs",
    "http://www.w3.org/2004/02/skos/core#exactMatch",
    "http://www.w3.org/2004/02/skos/core#closeMatch",
)
_NEWS_ARTICLE = "https://schema.org/NewsArticle"
_DATE_PUBLISHED = "https://schema.org/datePublished"


def statistics(store: ox.Store, base: str) -> dict:
    """What VoID and DCAT say of a release besides `counts`: distinct triples per property, entities (and the
    first of them as an example) per `{base}/id/{type}/`, links to other datasets per predicate and host, and
    the first and last day of the articles' publication dates. Links are counted from entities (`{base}/id/`)
    only: the ontology's alignments to other vocabularies are not links between datasets."""
    properties = {
        str(row["p"].value): int(row["n"].value)
        for row in select(
            store, "SELECT ?p (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } } GROUP BY ?p",
            use_default_graph_as_union=True,
        )
    }
    prefix, outside = json.dumps(f"{base}/id/"), json.dumps(f"{base}/")
    entities: dict[str, int] = {}
    examples: dict[str, str] = {}
    for row in select(
        store, "SELECT ?kind (COUNT(DISTINCT ?s) AS ?n) (MIN(STR(?s)) AS ?example) WHERE { ?s a ?class "
        f"FILTER(isIRI(?s) && STRSTARTS(STR(?s), {prefix})) "
        f'BIND(STRBEFORE(STRAFTER(STR(?s), {prefix}), "/") AS ?kind) }} GROUP BY ?kind',
        use_default_graph_as_union=True,
    ):
        entities[row["kind"].value] = int(row["n"].value)
        examples[row["kind"].value] = row["example"].value
    predicates = " ".join(f"<{p}>" for p in LINK_PREDICATES)
    links = [
        {"predicate": row["p"].value, "host": row["host"].value, "triples": int(row["n"].value)}
        for row in select(
            store, "SELECT ?p ?host (COUNT(*) AS ?n) WHERE { "
            f"{{ SELECT DISTINCT ?s ?p ?o WHERE {{ VALUES ?p {{ {predicates} }} "
            f"?s ?p ?o FILTER(STRSTARTS(STR(?s), {prefix}) && isIRI(?o) && !STRSTARTS(STR(?o), {outside})) }} }} "
            'BIND(LCASE(REPLACE(STR(?o), "^[A-Za-z][A-Za-z0-9+.-]*://([^/?#]*).*$", "$1")) AS ?host) '
            "} GROUP BY ?p ?host",
            use_default_graph_as_union=True,
        )
    ]
    dates = [
        row["d"].value
        for row in select(
            store,
            f"SELECT DISTINCT (STR(?date) AS ?d) WHERE {{ ?doc a <{_NEWS_ARTICLE}> ; <{_DATE_PUBLISHED}> ?date }}",
            use_default_graph_as_union=True,
        )
    ]
    return {
        "properties": dict(sorted(properties.items())),
        "entities": dict(sorted(entities.items())),
        "examples": dict(sorted(examples.items())),
        "links": sorted(links, key=lambda link: (link["host"], link["predicate"])),
        "published": {"first": min(map(first_day, dates)), "last": max(map(last_day, dates))} if dates else None,
    }

