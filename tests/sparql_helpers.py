"""Helpers for the SPARQL tests: a release built quickly from a project folder, and a query client."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import httpx

from clusterld.documents import read_sources
from clusterld.graph import map_records
from clusterld.records import build_records
from clusterld.release import Release, write_release
from clusterld.validation import Report

REPO = Path(__file__).resolve().parent.parent
FIXTURE_PROJECT = Path(__file__).resolve().parent / "fixtures" / "project"
BASE = "https://example.org"
SD = "http://www.w3.org/ns/sparql-service-description#"


def build_release(target: Path, data_from: Path = FIXTURE_PROJECT, base: str = BASE) -> Release:
    """A release of the project in `data_from` (its data, the repository's ontology), without SHACL validation."""
    shutil.copytree(data_from, target)
    (target / "ontology").mkdir(exist_ok=True)
    shutil.copy(REPO / "ontology" / "cluster.ttl", target / "ontology" / "cluster.ttl")
    records = build_records(read_sources(target))
    graphs = map_records(records, base, False)
    info = {"base": base, "publish_text": False, "inputs": dict(records.checksums)}
    return write_release(graphs, Report(()), target / "build", info)


def sparql(url: str, query: str, accept: str | None = None, **params: Any) -> httpx.Response:
    """GET /sparql?query=… with an optional Accept header and extra parameters."""
    headers = {"Accept": accept} if accept else {}
    return httpx.get(f"{url}/sparql", params={"query": query, **params}, headers=headers, timeout=60)
