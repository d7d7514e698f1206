"""`clusterld generate`: a realistic synthetic project folder in the real input format, for scale tests.

N clusters in regions of several countries, each with its cluster organisation, member companies, people,
annual reports and about six news articles in the region's languages (en, ca, es, de, da) whose facts quote
the text verbatim. The same seed and N give byte-identical folders. Files are written cluster by cluster;
only the shared world (places, public bodies, one small record per cluster) stays in memory.
"""

from __future__ import annotations

import shutil
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Mapping

from clusterld.errors import ClusterldError
from clusterld.generate import emit
from clusterld.generate.articles import articles
from clusterld.generate.cluster import ClusterWriter
from clusterld.generate.regions import build_world, world_entries

CLUSTERS_PER_FILE = 100  # registry files hold the entries of this many clusters each


@dataclass(frozen=True)
class Generated:
    """What `generate` wrote."""

    root: Path
    clusters: int
    entities: int
    documents: int
    facts: int
    languages: Mapping[str, int]  # documents per language


def generate(out: Path, clusters: int, seed: int = 1, source: Path = Path(".")) -> Generated:
    """Write a synthetic project with `clusters` clusters to the new or empty folder `out`.

    The ontology and shapes are copied from the clusterld project `source`, so `out` builds on its own.
    """
    if clusters < 1:
        raise ClusterldError("--clusters must be at least 1")
    for folder in ("ontology", "shapes"):
        if not (source / folder).is_dir():
            raise ClusterldError(f"{source / folder} not found: --root must name a clusterld project (with ontology/ and shapes/)")
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise ClusterldError(f"{out} exists and is not an empty folder; generate into a new one")
    entities_dir, documents_dir = out / "data" / "entities", out / "data" / "documents"
    entities_dir.mkdir(parents=True)
    documents_dir.mkdir()
    for folder in ("ontology", "shapes"):
        shutil.copytree(source / folder, out / folder, ignore=shutil.ignore_patterns(".*", "__pycache__"))
    header = f"# Synthetic registry written by `clusterld generate --clusters {clusters} --seed {seed}`.\n\n"
    taken: set[str] = set()
    world = build_world(clusters, seed, taken)
    entities = _write_entries(entities_dir, "", header, ((stem, emit.entity(e)) for stem, e in world_entries(world)))
    documents = facts = 0
    languages: Counter[str] = Counter()
    for first in range(0, clusters, CLUSTERS_PER_FILE):
        shard: list[tuple[str, str]] = []
        for ref in world.clusters[first:first + CLUSTERS_PER_FILE]:
            writer = ClusterWriter(world, ref, seed, taken)
            shard += [(stem, emit.entity(entry)) for stem, entry in writer.entries()]
            for article in articles(writer):
                with open(documents_dir / f"{article.front['id']}.md", "w", encoding="utf-8", newline="\n") as file:
                    file.write(f"---\n{emit.mapping(article.front)}---\n{article.text}")
                documents += 1
                facts += len(article.front["facts"])
                languages[article.front["language"]] += 1
        entities += _write_entries(entities_dir, f"-{first // CLUSTERS_PER_FILE:04d}", header, shard)
    return Generated(out, clusters, entities, documents, facts, dict(sorted(languages.items())))


def _write_entries(folder: Path, suffix: str, header: str, entries: Iterable[tuple[str, str]]) -> int:
    """Write (file stem, YAML item) pairs to `{stem}{suffix}.yaml` files, in order; return how many."""
    by_file: dict[str, list[str]] = {}
    for stem, item in entries:
        by_file.setdefault(stem, []).append(item)
    for stem, items in by_file.items():
        with open(folder / f"{stem}{suffix}.yaml", "w", encoding="utf-8", newline="\n") as file:
            file.write(header + "\n".join(items))
    return sum(len(items) for items in by_file.values())
