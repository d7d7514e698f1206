"""The on-disk store of a release: written from its named graphs, opened read-only, copied into memory."""

from __future__ import annotations

import gzip
import io
import shutil
from pathlib import Path
from typing import IO, Any, Iterable, Iterator, cast

import pyoxigraph as ox
from rdflib import URIRef

from clusterld.ntriples import NamedGraph, NamedGraphs


def write_store(path: Path, graphs: NamedGraphs) -> ox.Store:
    """Create an on-disk store at `path` holding exactly the quads of every named graph.

    When the store of the release last published with the same build cache still exists and the graphs that
    changed since hold at most a quarter of the lines, that store is copied (a checkpoint: hard links, nearly
    free) and only the changed graphs are replaced; otherwise everything goes in one bulk load.
    """
    store = _copy_of_published(path, graphs)
    if store is None:
        store = ox.Store(str(path))
        # graph by graph: the N-Quads of a large release (a gigabyte at five million triples) are never held whole
        chunks = (b"".join(_nquads([(name, graph)])) for name, graph in graphs.stored.items())
        store.bulk_load(io.BufferedReader(_Chunks(chunks), 1 << 20), ox.RdfFormat.N_QUADS)
    store.flush()
    return store


class _Chunks(io.RawIOBase):
    """A readable stream of byte strings given one after the other."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks
        self._rest = memoryview(b"")

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        while not self._rest:
            following = next(self._chunks, None)
            if following is None:
                return 0
            self._rest = memoryview(following)
        size = min(len(buffer), len(self._rest))
        buffer[:size] = self._rest[:size]
        self._rest = self._rest[size:]  # a view: the rest is not copied
        return size


def _copy_of_published(path: Path, graphs: NamedGraphs) -> ox.Store | None:
    """The published store with the graphs that differ from `graphs` replaced, or None when that is not worth it."""
    published = graphs.published_store()
    if published is None or not published[0].is_dir():
        return None
    source, digests = published
    changed = [name for name, graph in graphs.stored.items() if digests.get(str(name)) != graph.digest]
    if 4 * sum(len(graphs.stored[name].lines) for name in changed) > sum(len(g.lines) for g in graphs.stored.values()):
        return None
    try:
        ox.Store.read_only(str(source)).backup(str(path))
    except OSError:  # a store that cannot be copied is built again from the graphs
        shutil.rmtree(path, ignore_errors=True)
        return None
    store = ox.Store(str(path))
    # graphs no longer in the release, and the old content of those that changed
    stale = (digests.keys() - {str(name) for name in graphs.stored}) | (digests.keys() & {str(name) for name in changed})
    for name in sorted(stale):
        store.remove_graph(ox.NamedNode(name))
    store.load(b"".join(_nquads((name, graphs.stored[name]) for name in changed)), ox.RdfFormat.N_QUADS)
    return store

def _nquads(graphs: Iterable[tuple[URIRef, NamedGraph]]) -> Iterator[bytes]:
    """N-Quads of named graphs: each canonical N-Triples line with the graph's name put before its final dot."""
    for name, graph in graphs:
        suffix = f"<{name}> .\n".encode()
        for line in graph.lines:
            yield line[:-2] + suffix


def open_store(path: Path) -> ox.Store:
    """Open a release's store read-only (several processes may do so at once)."""
    return ox.Store.read_only(str(path))


def in_memory_copy(disk: ox.Store, dump: Path | None) -> ox.Store:
    """A copy of `disk` in memory, loaded from `dump` (the release's gzipped N-Quads, the same quads: parsing
    them is several times faster than reading the store back) or, when that cannot be read, from the store."""
    if dump is not None:
        store = ox.Store()
        try:
            with gzip.open(dump, "rb") as data:
                store.bulk_load(cast(IO[bytes], data), ox.RdfFormat.N_QUADS)
            return store
        except (OSError, EOFError, SyntaxError):
            pass  # a missing or damaged dump: the store itself is copied
    store = ox.Store()
    store.bulk_load(disk.dump(format=ox.RdfFormat.N_QUADS), ox.RdfFormat.N_QUADS)
    return store


def graph_ntriples(store: ox.Store, graph: str) -> bytes:
    """One named graph of the store as sorted N-Triples."""
    lines = sorted(
        f"{q.subject} {q.predicate} {q.object} .\n".encode()
        for q in store.quads_for_pattern(None, None, None, ox.NamedNode(graph))
    )
    return b"".join(lines)
