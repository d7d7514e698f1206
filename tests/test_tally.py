"""A release's counts and statistics, summed from the dumps' chunks, are the figures the store's SPARQL gives."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from clusterld.pipeline import build
from clusterld.settings import Settings
from clusterld.store import counts, open_store, statistics
from clusterld.tally import value

BASE = "https://example.org"


def test_figures_from_the_chunks_are_the_store_s(project: Path) -> None:
    extra = project / "data/rdf/extra.ttl"
    extra.write_text(
        f'<{BASE}/id/organisation/north-med> <https://schema.org/sameAs> <https://WWW.Example.COM:8080/x?y#z> .\n'
        f'<{BASE}/id/organisation/north-med> <http://www.w3.org/2004/02/skos/core#exactMatch> <urn:isbn:123> , <{BASE}/x> .\n'
        f'<{BASE}/id/loose> a "a \\"quoted\\" class\\n" .\n',
        encoding="utf-8",
    )
    release, _ = build(Settings(root=project, base=BASE), datetime(2026, 1, 1, tzinfo=timezone.utc))
    store = open_store(release.store_path)
    assert release.manifest["counts"] == counts(store)
    assert release.manifest["statistics"] == statistics(store, BASE)
    assert release.manifest["statistics"]["links"] and release.manifest["statistics"]["published"]


def test_a_term_s_value_is_what_str_gives() -> None:
    assert value(b"<https://example.org/a>") == "https://example.org/a"
    assert value(b'"line\\none \\"two\\" \\u00e9"@en') == 'line\none "two" é'
    assert value(b'"5"^^<http://www.w3.org/2001/XMLSchema#integer>') == "5"
    assert value(b"_:b1") == "b1"
