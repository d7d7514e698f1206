"""The search index of a rebuild: the previous release's index, copied, with only the entities a change touched
written again.

The build cache notes, for each release whose index a build wrote, the digest of every graph it indexed. A
rebuild compares the graphs with those: the entities a changed, added or removed graph types or labels (as it
was and as it is) are the only ones whose row can differ, and only those rows are deleted and written again,
from what all graphs now say of them. Ids stay in IRI order (a new build leaves `search.GAP` ids between two
entities; a new entity gets one between its neighbours'), so the index answers every search and listing as the
index a new build writes. Without the previous index, its note, or room between two ids, the index is written
anew.
"""

from __future__ import annotations

import bisect
import shutil
import sqlite3
from pathlib import Path
from typing import Any, Mapping

from clusterld import search
from clusterld.buildcache import BuildCache
from clusterld.ntriples import NamedGraphs

SPACE = "search-index"
Release = Mapping[str, Any]  # a release's manifest, or what a build knows of it before writing it


def write_index(graphs: NamedGraphs, path: Path, base: str, release: Release, previous: tuple[Release, Path] | None) -> None:
    """Write the search index of a release (what `release_key` takes of its manifest) to `path`, updating the
    `previous` release's index when the build cache says what that one indexed."""
    cache = graphs.cache
    if cache is None or previous is None or not _update(graphs, cache, path, base, *previous):
        search.write_search_index(graphs, path, base)
    if cache is not None:
        cache.put(SPACE, _key(cache, base, release), {str(n): g.digest for n, g in graphs.named.items()})


def _key(cache: BuildCache, base: str, release: Release) -> str:
    """Where the note on a release's index is filed: under what its graphs were made from (a rebuild of the same
    inputs finds the same entry)."""
    return cache.key(search.__name__, base, release["publish_text"], repr(sorted(release["inputs"].items())))


def _update(graphs: NamedGraphs, cache: BuildCache, path: Path, base: str, release: Release, index: Path) -> bool:
    """Update a copy of `index` at `path` to these graphs; False when it cannot be (nothing useful written)."""
    indexed: Mapping[str, str] | None = cache.get(SPACE, _key(cache, base, release), keep=False)
    if indexed is None or not index.is_file():
        return False
    current = {str(name): graph for name, graph in graphs.named.items()}
    touched: set[str] = set()
    for name in indexed.keys() | current.keys():
        old, new = indexed.get(name), current.get(name)
        if new is not None and old == new.digest:
            continue
        found = [search.graph_labels(new, base, cache)] if new is not None else []
        if old is not None:
            before = cache.get("search", cache.key(search.__name__, base, old), keep=False)
            if before is None:
                return False
            found.append(before)
        for labels in found:
            touched |= {t[0] for t in labels.types} | {n[0] for n in labels.names} | {a[0] for a in labels.alts}
    inputs = search.index_inputs(graphs, base) if touched else ({}, {}, {})
    path.unlink(missing_ok=True)
    shutil.copyfile(index, path)
    db = sqlite3.connect(path)
    try:
        ids = dict(db.execute("SELECT iri, id FROM entities"))
        for iri in touched & ids.keys():
            db.execute("DELETE FROM names WHERE rowid = ?", (ids[iri],))
            db.execute("DELETE FROM entities WHERE id = ?", (ids[iri],))
        order = sorted(iri for iri in ids if iri not in touched or iri in inputs[0])
        for iri in sorted(touched & inputs[0].keys()):
            ident = ids.get(iri) or _between(order, ids, iri)
            if ident is None:
                return False
            if iri not in ids:
                bisect.insort(order, iri)
            ids[iri] = ident
            search.insert(db, ident, iri, search.index_row(iri, inputs))
        db.commit()
    finally:
        db.close()
    return True


def _between(order: list[str], ids: Mapping[str, int], iri: str) -> int | None:
    """An unused id between those of the entities before and after `iri` in IRI order (None: no room)."""
    at = bisect.bisect_left(order, iri)
    low = ids[order[at - 1]] if at else 0
    high = ids[order[at]] if at < len(order) else low + 2 * search.GAP
    middle = (low + high) // 2
    return middle if low < middle < high else None
