"""Stage 6 on a remote store: publish a finished release into it without readers ever seeing half of it.

    1. leftovers   releases registered by an earlier upload that never switched are removed (a clean restart)
    2. register    the release and its graphs are named in the control graph before any is written
    3. upload      each named graph, then their union, under release-scoped names (Graph Store Protocol PUT)
    4. verify      the store's triple count of every uploaded graph must equal the release's own
    5. switch      one triple appended to the control graph makes the release current
    6. retire      after a grace period (readers re-read the pointer, running queries finish), every other
                   release is marked removed and its graphs are dropped

A failure at any step before 5 leaves the served release as it was; the next run starts again from 1.
"""

from __future__ import annotations

import gzip
import time
from typing import Callable, Iterator

from clusterld.errors import StoreError
from clusterld.release import Release
from clusterld.remote import (
    ACTIVATED, REMOVED, Credentials, RemoteStore, scoped_graph, union_graph,
)
from clusterld.settings import Settings
from clusterld.store import graph_ntriples, open_store

BATCH = 16 << 20


def publish_to_remote(
    release: Release, settings: Settings, credentials: Credentials, progress: Callable[[str], None]
) -> list[str]:
    """Publish `release` into the remote store the settings name; return the ids of the releases retired."""
    remote = RemoteStore(settings, credentials)
    try:
        # a reader trusts the pointer it read for store_pointer_ttl, then may run a query for query_timeout
        return publish_release(release, remote, settings.store_pointer_ttl + settings.query_timeout, progress)
    finally:
        remote.close()


def publish_release(
    release: Release,
    remote: RemoteStore,
    grace: float,
    progress: Callable[[str], None] = lambda stage: None,
) -> list[str]:
    """Load `release` into the remote store, switch readers to it, then retire the others; return their ids."""
    known = remote.releases()
    leftovers = [r for r, said in known.items() if r != release.id and not said & {ACTIVATED, REMOVED}]
    _drop_release_graphs(remote, leftovers)
    for leftover in leftovers:
        remote.control(leftover, REMOVED)
    progress("upload")
    graphs = dict(release.manifest["counts"]["graphs"])
    remote.register(release.id, [*(scoped_graph(release.id, g) for g in graphs), union_graph(release.id)])
    store = open_store(release.store_path)
    for graph in graphs:
        remote.put_graph(scoped_graph(release.id, graph), graph_ntriples(store, graph))
    del store
    for number, batch in enumerate(_union_batches(release)):
        # sized requests, not one chunked stream: some stores (Virtuoso) drop a chunked Graph Store body
        if number == 0:
            remote.put_graph(union_graph(release.id), batch)
        else:
            remote.append(union_graph(release.id), batch)
    progress("verify")
    _verify(remote, release, graphs)
    progress("activate")
    remote.control(release.id, ACTIVATED)
    time.sleep(grace)
    retired = [r for r, said in known.items() if r != release.id and REMOVED not in said and ACTIVATED in said]
    for old in retired:
        remote.control(old, REMOVED)  # first: no reader may pick it again, even by a later rollback of the pointer
    _drop_release_graphs(remote, retired)
    return retired


def _union_batches(release: Release) -> Iterator[bytes]:
    """The union of the release's graphs from its N-Triples dump (sorted, without duplicates), in batches of
    whole lines of about BATCH bytes; an empty release still gives one (empty) batch."""
    with gzip.open(release.dumps_path / "clusterld.nt.gz", "rb") as dump:
        batch = dump.read(BATCH) + dump.readline()
        yield batch
        while batch := dump.read(BATCH) + dump.readline():
            yield batch


def _verify(remote: RemoteStore, release: Release, graphs: dict[str, int]) -> None:
    """Refuse to switch unless the store holds every graph of the release with exactly its triples."""
    expected = {scoped_graph(release.id, g): n for g, n in graphs.items()}
    expected[union_graph(release.id)] = int(release.manifest["counts"]["triples"])
    found = remote.graph_sizes(release.id)
    wrong = sorted(g for g, n in expected.items() if found.get(g, 0) != n)
    if wrong:
        shown = ", ".join(f"<{g}> {found.get(g, 0)} of {expected[g]}" for g in wrong[:5])
        raise StoreError(
            f"the remote store holds {len(wrong)} graph(s) of release {release.id} incompletely ({shown}); "
            "the served release is unchanged; run the build again"
        )


def _drop_release_graphs(remote: RemoteStore, releases: list[str]) -> None:
    """Drop every graph these releases registered (graphs never written are no error)."""
    for release in releases:
        remote.drop_graphs(remote.release_graphs(release))
