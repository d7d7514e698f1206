"""The published JSON Schemas are the ones the reader checks with, and they describe the seed data."""

from __future__ import annotations

import json

import jsonschema
import pytest

from clusterld.schemas import FACT_FIELDS, document_schema, entities_schema

from conftest import REPO

SCHEMAS = REPO / "src" / "clusterld" / "schemas"


@pytest.mark.parametrize(("name", "generate"), [("entities", entities_schema), ("document", document_schema)])
def test_published_schema_is_current(name: str, generate) -> None:  # type: ignore[no-untyped-def]
    published = json.loads((SCHEMAS / f"{name}.schema.json").read_text(encoding="utf-8"))
    assert published == generate(), f"regenerate {name}.schema.json from clusterld.schemas"
    jsonschema.Draft202012Validator.check_schema(published)


def test_every_fact_type_in_readme() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    for fact_type in FACT_FIELDS:
        assert f"| `{fact_type}` |" in readme, fact_type
