"""Helpers for the portal tests: a project with two releases of the seed data, and reading the portal's answers."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from datetime import datetime, timezone
from pathlib import Path

from rdflib import Graph

from clusterld.pipeline import build
from clusterld.release import Release
from clusterld.settings import Settings

from conftest import REPO

BASE = "https://example.org"
EARLIER = datetime(2026, 2, 1, 8, 0, tzinfo=timezone.utc)
LATER = datetime(2026, 3, 1, 9, 30, tzinfo=timezone.utc)
RDF_FORMATS = {"text/turtle": "turtle", "application/ld+json": "json-ld", "application/n-triples": "nt",
               "application/rdf+xml": "xml"}
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def seed_with_two_releases(folder: Path, base: str = BASE) -> tuple[Path, Release, Release]:
    """The repository's seed data built twice under `folder` (a month apart): the project, the older and the
    current release. The second build adds one registry entity, so the two releases differ."""
    project = folder / "seed"
    project.mkdir(parents=True)
    for name in ("data", "ontology", "shapes"):
        shutil.copytree(REPO / name, project / name)
    older, _ = build(Settings(root=project, base=base), EARLIER)
    works = project / "data" / "entities" / "works.yaml"
    text = works.read_text(encoding="utf-8")
    works.write_text(text + "\n- id: portal-test-report\n  type: work\n  work_type: report\n"
                     "  name: {en: Portal test report}\n", encoding="utf-8")
    current, _ = build(Settings(root=project, base=base), LATER)
    return project, older, current


def parse_rdf(data: bytes, media_type: str) -> Graph:
    """An RDF document as a graph, by its media type."""
    return Graph().parse(data=data, format=RDF_FORMATS[media_type])


def sitemap_locs(xml: bytes, element: str) -> list[tuple[str, str]]:
    """(loc, lastmod) of every `sitemap` or `url` element of a sitemap index or sitemap; fails if not well-formed."""
    root = ET.fromstring(xml)
    return [(e.findtext(f"{SITEMAP}loc") or "", e.findtext(f"{SITEMAP}lastmod") or "")
            for e in root.findall(f"{SITEMAP}{element}")]
