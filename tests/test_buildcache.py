"""The build cache's keys: what a cached value depends on, code included, so that no stale value is reused."""

from __future__ import annotations

import gc
from pathlib import Path

from clusterld.buildcache import BuildCache, code_digest, entries_kept


def test_the_code_of_a_package_is_part_of_its_digest() -> None:
    # a digest of nothing but the libraries and schemas would let a change to a package's code reuse old values
    nothing = code_digest("clusterld.no_such_module")
    for package in ("clusterld.store", "clusterld.validation", "clusterld.extraction"):
        assert code_digest(package) != nothing, package
    assert code_digest("clusterld.store") != code_digest("clusterld.validation")


def test_a_key_depends_on_every_part(tmp_path: Path) -> None:
    cache = BuildCache(tmp_path)
    keys = {cache.key("clusterld.documents", *parts) for parts in [("a", b"x"), ("a", b"y"), ("b", b"x"), ("ab", b"")]}
    assert len(keys) == 4
    assert cache.key("clusterld.documents", "a", b"x") == BuildCache(tmp_path).key("clusterld.documents", "a", b"x")


def test_entries_read_while_kept_are_collected_again_after(tmp_path: Path) -> None:
    # entries read are left out of the garbage collector's passes only while the build runs
    cache = BuildCache(tmp_path)
    cache.put("space", "k", {"value": [1, 2]})
    with entries_kept():
        assert cache.get("space", "k") == {"value": [1, 2]}
        assert gc.get_freeze_count() > 0
    assert gc.get_freeze_count() == 0
    assert gc.isenabled()
