"""The input format, as one table: every entity and fact field, its kind and what it may refer to.

`records.py` checks references and dates with these tables, and the published JSON Schemas
(`entities.schema.json`, `document.schema.json` beside this file) are generated from them; a test keeps the
published files equal to the generated ones.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

SLUG = "^[a-z0-9]+(-[a-z0-9]+)*$"
LANG = "^[a-z]{2,3}(-[A-Za-z0-9]+)*$"
ORGANISATIONS = frozenset({"cluster-organisation", "organisation"})
AGENTS = ORGANISATIONS | {"person"}
PLACES = frozenset({"place", "cluster"})
EVENTS = frozenset({"event"})
ANYTHING: frozenset[str] = frozenset()  # a reference to any id


@dataclass(frozen=True)
class Field:
    """One input field: `kind` says how it is read, `targets` what it may refer to."""

    kind: str  # text | langmap | langlist | date | number | bool | iri | iris | ref | refs | concept | concepts | enum | idmap
    targets: frozenset[str] = ANYTHING
    required: bool = False
    help: str = ""


def ref(*kinds: str | frozenset[str], required: bool = False, help: str = "") -> Field:
    return Field("ref", _union(kinds), required, help)


def refs(*kinds: str | frozenset[str], required: bool = False, help: str = "") -> Field:
    return Field("refs", _union(kinds), required, help)


def concept(scheme: str, required: bool = False) -> Field:
    return Field("concept", frozenset({scheme}), required, f"a concept of the '{scheme}' scheme (ontology/concepts.ttl)")


def concepts(scheme: str) -> Field:
    return Field("concepts", frozenset({scheme}), False, f"concepts of the '{scheme}' scheme (ontology/concepts.ttl)")


def enum(*values: str, required: bool = False) -> Field:
    return Field("enum", frozenset(values), required)


def _union(kinds: tuple[str | frozenset[str], ...]) -> frozenset[str]:
    out: set[str] = set()
    for kind in kinds:
        out |= {kind} if isinstance(kind, str) else kind
    return frozenset(out)


DATE = Field("date", help="ISO 8601 date: YYYY-MM-DD, YYYY-MM or YYYY")

COMMON_ENTITY = {
    "id": Field("text", required=True, help="slug, unique across the project"),
    "type": enum("cluster", "cluster-organisation", "organisation", "programme", "person", "place", "work", required=True),
    "name": Field("langmap", required=True, help="names per language code, e.g. {en: ..., ca: ...}"),
    "alt_names": Field("langlist", help="alternative names and acronyms per language"),
    "description": Field("langmap"),
    "classification": concepts("organisation-type"),
    "sectors": concepts("sector"),
    "based_in": ref("place"),
    "part_of": ref(ORGANISATIONS),
    "websites": Field("iris"),
    "same_as": Field("iris", help="Wikidata, GeoNames, DBpedia, ROR or GLEIF IRIs, only where certain"),
    "identifiers": Field("idmap", help="identifiers in other registers, e.g. {us-cluster-mapping: '2252'}"),
}

ENTITY_FIELDS: dict[str, dict[str, Field]] = {
    "cluster": {"regions": refs("place"), "facilitated_by": refs(ORGANISATIONS)},
    "cluster-organisation": {"founded": DATE},
    "organisation": {"founded": DATE},
    "programme": {"operated_by": refs(ORGANISATIONS)},
    "person": {},
    "place": {"place_type": enum("city", "region", "country", "area", "continent"), "within": ref("place")},
    "work": {"work_type": enum("book", "report", "newsletter", "web-page"), "authors": refs("person"), "published": DATE},
}

FACT_COMMON = {
    "type": Field("text", required=True, help="the kind of fact"),
    "id": Field("text", required=True, help="slug, unique across the project"),
    "evidence": Field("evidence", required=True, help="quotes that occur verbatim in the text"),
    "note": Field("text", help="how a value was derived, e.g. a relative date resolved against the article date"),
    "confidence": Field("number", help="0 to 1"),
}

RELATIONS = {
    "facilitates": "cl:facilitates",
    "operated-by": "cl:operatedBy",
    "part-of": "org:subOrganizationOf",
    "based-in": "cl:basedIn",
    "alumni-of": "schema:alumniOf",
    "member-of": "org:memberOf",
    "visited": "cl:visited",
    "located-in": "schema:containedInPlace",
    "launched-by": "cl:launchedBy",
    "promoted-by": "cl:promotedBy",
}

FACT_FIELDS: dict[str, dict[str, Field]] = {
    "agreement": {
        "label": Field("langmap", required=True),
        "parties": refs(ORGANISATIONS, required=True, help="at least two organisations"),
        "date": DATE,
        "place": ref(PLACES),
        "signed_during": ref(EVENTS),
        "topics": concepts("topic"),
        "concerns": refs(ANYTHING),
        "programme": ref("programme"),
    },
    "event": {
        "label": Field("langmap", required=True),
        "kind": concept("event-type", required=True),
        "start": DATE,
        "end": DATE,
        "places": refs(PLACES),
        "organizers": refs(AGENTS | {"programme"}),
        "contributors": refs(AGENTS),
        "attendees": refs(AGENTS),
        "super_event": ref(EVENTS),
        "programme": ref("programme"),
        "edition": Field("text"),
        "visited": refs(AGENTS | PLACES),
        "topics": concepts("topic"),
    },
    "role": {
        "person": ref("person", required=True),
        "organisation": ref(ORGANISATIONS | {"programme"}, required=True),
        "role": concept("role"),
        "role_label": Field("langmap", required=True, help="the role as written"),
        "start": DATE,
        "end": DATE,
    },
    "membership": {
        "member": ref(AGENTS, required=True),
        "organisation": ref(ORGANISATIONS | {"programme"}, required=True),
        "role": concept("role"),
        "role_label": Field("langmap"),
        "start": DATE,
        "end": DATE,
    },
    "observation": {
        "about": ref(ANYTHING, required=True),
        "indicator": concept("indicator", required=True),
        "value": Field("number", required=True),
        "unit": concept("unit", required=True),
        "qualifier": concept("qualifier"),
        "sector": concept("sector"),
        "place": ref(PLACES),
        "date": DATE,
        "period_start": DATE,
        "period_end": DATE,
    },
    "founding": {"organisation": ref(ORGANISATIONS | {"programme"}, required=True), "date": Field("date", required=True)},
    "publication": {"work": ref("work", required=True), "date": Field("date", required=True), "authors": refs(AGENTS)},
    "participation": {
        "event": ref(EVENTS, required=True),
        "participant": ref(AGENTS, required=True),
        "as": enum("attendee", "organizer", "contributor", "speaker", "trainer"),
    },
    "relation": {
        "subject": ref(ANYTHING, required=True),
        "property": enum(*RELATIONS, required=True),
        "object": ref(ANYTHING, required=True),
    },
    "claim": {
        "about": refs(ANYTHING, required=True),
        "text": Field("langmap", required=True),
        "by": ref(AGENTS),
        "kind": enum("claim", "quotation"),
    },
}

DATE_PAIRS = (("start", "end"), ("period_start", "period_end"))

DOCUMENT_FIELDS = {
    "id": Field("text", required=True, help="document slug"),
    "title": Field("text", required=True),
    "language": Field("text", required=True, help="language code of the text, e.g. en"),
    "published": DATE,
    "published_note": Field("text", help="how the publication date was read"),
    "author": Field("text", help="the author as printed"),
    "author_id": ref("person"),
    "publisher": ref(ORGANISATIONS),
    "source_url": Field("iri"),
    "publish_text": Field("bool", help="the text's licence allows publishing it in full"),
    "facts": Field("facts"),
}


def _json(name: str, f: Field) -> dict[str, Any]:
    string = {"type": "string", "minLength": 1}
    date = {"type": ["string", "integer"], "description": DATE.help}
    langmap = {"type": "object", "propertyNames": {"pattern": LANG}, "additionalProperties": string, "minProperties": 1}
    by_kind: dict[str, dict[str, Any]] = {
        "text": {"type": ["string", "number"]},
        "langmap": {"oneOf": [string, langmap]},
        "langlist": {"type": "object", "propertyNames": {"pattern": LANG}, "additionalProperties": {"type": "array", "items": string}},
        "date": date,
        "number": {"type": "number"},
        "bool": {"type": "boolean"},
        "iri": {"type": "string", "pattern": "^https?://\\S+$"},
        "iris": {"type": "array", "items": {"type": "string", "pattern": "^https?://\\S+$"}},
        "ref": {"type": "string", "pattern": SLUG},
        "refs": {"type": "array", "items": {"type": "string", "pattern": SLUG}},
        "concept": {"type": "string", "pattern": SLUG},
        "concepts": {"type": "array", "items": {"type": "string", "pattern": SLUG}},
        "enum": {"enum": sorted(f.targets)},
        "idmap": {"type": "object", "additionalProperties": {"type": ["string", "integer"]}},
        "facts": {"type": "array"},
        "evidence": {
            "type": "array",
            "minItems": 1,
            "items": {
                "oneOf": [
                    string,
                    {
                        "type": "object",
                        "required": ["quote"],
                        "additionalProperties": False,
                        "properties": {"quote": string, "start": {"type": "integer", "minimum": 0}},
                    },
                ]
            },
        },
    }
    out = dict(by_kind[f.kind])
    if name == "id":
        out = {"type": "string", "pattern": SLUG}
    if f.help:
        out["description"] = f.help
    return out


def _object(fields: dict[str, Field], extra: dict[str, Any] | None = None) -> dict[str, Any]:
    return {
        "type": "object",
        "required": [n for n, f in fields.items() if f.required],
        "additionalProperties": False,
        "properties": {n: _json(n, f) for n, f in fields.items()} | (extra or {}),
    }


@cache
def entities_schema() -> dict[str, Any]:
    """JSON Schema of a data/entities/*.yaml file."""
    kinds = {kind: COMMON_ENTITY | extra for kind, extra in ENTITY_FIELDS.items()}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://w3id.org/clusterld/schema/entities.schema.json",
        "title": "clusterld registry file (data/entities/*.yaml)",
        "type": "array",
        "items": {
            "type": "object",
            "required": ["id", "type", "name"],
            "properties": {"type": _json("type", COMMON_ENTITY["type"])},
            "allOf": [
                {"if": {"properties": {"type": {"const": kind}}}, "then": _object(fields)} for kind, fields in kinds.items()
            ],
        },
    }


@cache
def document_schema() -> dict[str, Any]:
    """JSON Schema of a data/documents/*.md file's front matter."""
    facts = {kind: FACT_COMMON | fields for kind, fields in FACT_FIELDS.items()}
    fact_item = {
        "type": "object",
        "required": ["type", "id", "evidence"],
        "properties": {"type": {"enum": sorted(FACT_FIELDS)}},
        "allOf": [{"if": {"properties": {"type": {"const": kind}}}, "then": _object(fields)} for kind, fields in facts.items()],
    }
    schema = _object(DOCUMENT_FIELDS)
    schema["properties"]["facts"] = {"type": "array", "items": fact_item}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://w3id.org/clusterld/schema/document.schema.json",
        "title": "clusterld document front matter (data/documents/*.md)",
        **schema,
    }
