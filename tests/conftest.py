"""Shared fixtures: throwaway project folders built from tests/fixtures/ and the repository's own files."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Iterator

import pytest

REPO = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def assemble_project(target: Path, data_from: Path = FIXTURES / "project") -> Path:
    """A project folder: data (and its own concepts) from `data_from`, ontology and shapes from the repository."""
    shutil.copytree(data_from, target)
    (target / "ontology").mkdir(exist_ok=True)
    shutil.copy(REPO / "ontology" / "cluster.ttl", target / "ontology" / "cluster.ttl")
    if not (target / "ontology" / "concepts.ttl").exists():
        shutil.copy(REPO / "ontology" / "concepts.ttl", target / "ontology" / "concepts.ttl")
    shutil.copytree(REPO / "shapes", target / "shapes")
    return target


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """The small fixture project: two organisations, one document with one fact of most types."""
    return assemble_project(tmp_path / "project")


@pytest.fixture
def counting_project(tmp_path: Path) -> Path:
    """A project whose ontology also has the extraction bench's extra concepts (participants, employees, business
    meetings …), which the seed ontology lacks, so drafts can count them."""
    target = tmp_path / "counting"
    shutil.copytree(REPO / "ontology", target / "ontology")
    shutil.copy(REPO / "bench" / "gold" / "concepts-extra.ttl", target / "ontology" / "concepts-extra.ttl")
    return target


@pytest.fixture
def seed_project(tmp_path: Path) -> Path:
    """A copy of the repository's own project (the three seed articles)."""
    target = tmp_path / "seed"
    target.mkdir()
    for folder in ("data", "ontology", "shapes"):
        shutil.copytree(REPO / folder, target / folder)
    return target


@pytest.fixture(scope="module")
def remote_endpoints() -> Iterator[dict[str, str]]:
    """The remote store for the tests of one module: a real Oxigraph server (in memory) on a free loopback port,
    or the store CLUSTERLD_TEST_STORE_QUERY_URL / _GSP_URL / _UPDATE_URL name (see .ci/check-virtuoso)."""
    import os

    from remote_helpers import external_endpoints, oxigraph_endpoints, oxigraph_server

    external = external_endpoints(os.environ)
    if external is not None:
        yield external
        return
    with oxigraph_server() as url:
        yield oxigraph_endpoints(url)
