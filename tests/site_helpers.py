"""Helpers for the linked-data tests: releases of the fixture project and of the seed data, built once per module."""

from __future__ import annotations

import shutil
from datetime import datetime, timezone
from pathlib import Path

from clusterld.pipeline import build
from clusterld.settings import Settings
from clusterld.store import ReleaseStore

from conftest import REPO, assemble_project

BASE = "https://example.org"
BUILT_AT = datetime(2026, 3, 1, 9, 30, tzinfo=timezone.utc)


def fixture_release(folder: Path, base: str = BASE, publish_text: bool = False) -> ReleaseStore:
    """The fixture project built under `folder`; with `publish_text`, its article's text is published too."""
    project = assemble_project(folder / "project")
    if publish_text:
        article = project / "data" / "documents" / "north-south-pact.md"
        text = article.read_text(encoding="utf-8")
        article.write_text(text.replace("author: Staff writer\n", "author: Staff writer\npublish_text: true\n", 1), encoding="utf-8")
    release, _ = build(Settings(root=project, base=base, publish_text=publish_text), BUILT_AT)
    return ReleaseStore(release.path)


def seed_release(folder: Path, base: str = BASE) -> ReleaseStore:
    """The repository's own seed data (the three curated articles) built under `folder`."""
    project = folder / "seed"
    project.mkdir(parents=True)
    for name in ("data", "ontology", "shapes"):
        shutil.copytree(REPO / name, project / name)
    release, _ = build(Settings(root=project, base=base), BUILT_AT)
    return ReleaseStore(release.path)
