"""Stage 5, release: an immutable folder under build/releases/<id>/, written aside and switched atomically.

    build/releases/<id>/store/            the embedded pyoxigraph store
    build/releases/<id>/dumps/            clusterld.{nt,nq,ttl,trig,jsonld}.gz, context.jsonld, SHA256SUMS
    build/releases/<id>/validation.txt    the SHACL report (and validation.json)
    build/releases/<id>/manifest.json     id, time, counts, input checksums, versions
    build/current -> releases/<id>        switched only when every step succeeded

A build writes into build/releases/.partial-<id>/ and renames it when complete, so a crash or invalid
input leaves the previous release and build/current untouched.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Mapping

from clusterld import __version__
from clusterld import store as rdfstore
from clusterld.dumps import write_dumps
from clusterld.errors import ReleaseError
from clusterld.graph import PREFIXES, ReleaseGraphs
from clusterld.reindex import write_index
from clusterld.search import SEARCH_INDEX
from clusterld.tally import release_figures
from clusterld.validation import Report

PARTIAL = ".partial-"


@dataclass(frozen=True)
class Release:
    """A finished release folder and its manifest."""

    path: Path
    manifest: Mapping[str, Any]

    @property
    def id(self) -> str:
        return str(self.manifest["release"])

    @property
    def store_path(self) -> Path:
        return self.path / "store"

    @property
    def dumps_path(self) -> Path:
        return self.path / "dumps"


def release_id(checksums: Mapping[str, str], base: str, publish_text: bool, now: datetime) -> str:
    """A sortable, unique id: UTC time of the build plus a digest of what went into it."""
    digest = hashlib.sha256(json.dumps([checksums, base, publish_text, __version__], sort_keys=True).encode()).hexdigest()
    return f"{now.strftime('%Y%m%dT%H%M%SZ')}-{digest[:8]}"


def write_release(
    graphs: ReleaseGraphs,
    report: Report,
    build_dir: Path,
    info: Mapping[str, Any],
    now: datetime | None = None,
    progress: Callable[[str], None] = lambda stage: None,
) -> Release:
    """Write a complete release aside, then switch build/current to it; return it."""
    now = now or datetime.now(timezone.utc)
    releases = build_dir / "releases"
    releases.mkdir(parents=True, exist_ok=True)
    _remove_partials(releases)
    ident = release_id(info["inputs"], info["base"], info["publish_text"], now)
    # the same inputs built twice within a second: the id stays unique, the earlier release untouched
    ident = next(f"{ident}{suffix}" for suffix in ("", *(f"-{n}" for n in range(2, 10_000)))
                 if not (releases / f"{ident}{suffix}").exists())
    partial = releases / f"{PARTIAL}{ident}"
    partial.mkdir()
    progress("store")
    store = rdfstore.write_store(partial / "store", graphs.graphs)
    progress("dumps")
    files, figures = write_dumps(graphs.graphs, partial / "dumps", info["base"], PREFIXES)
    progress("search")
    write_index(graphs.graphs, partial / SEARCH_INDEX, info["base"], info, _previous_index(build_dir))
    (partial / "validation.txt").write_text(report.as_text(), encoding="utf-8")
    (partial / "validation.json").write_text(json.dumps(report.as_json(), indent=2) + "\n", encoding="utf-8")
    counts, statistics = release_figures(figures, graphs.graphs.stored)  # the store's figures, from the dumps' chunks
    manifest = {
        "release": ident,
        "created": now.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "clusterld": __version__,
        **info,
        "counts": counts,
        "statistics": statistics,
        "dumps": [asdict(f) for f in files],
        "validation": {"conforms": report.conforms, "violations": len(report.violations), "warnings": len(report.warnings)},
    }
    del store  # close the store before the folder moves
    (partial / "manifest.json").write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    final = releases / ident
    progress("switch")
    os.replace(partial, final)
    _switch(build_dir, final)
    return Release(final, manifest)


def _previous_index(build_dir: Path) -> tuple[Mapping[str, Any], Path] | None:
    """The current release's manifest and search index, which a rebuild's index starts from (None: none yet)."""
    if not (build_dir / "current").exists():
        return None
    previous = current_release(build_dir)
    return previous.manifest, previous.path / SEARCH_INDEX


def _switch(build_dir: Path, target: Path) -> None:
    """Point build/current at `target` in one atomic rename of a symlink."""
    link = build_dir / ".current-next"
    if link.is_symlink() or link.exists():
        link.unlink()
    link.symlink_to(target.relative_to(build_dir), target_is_directory=True)
    os.replace(link, build_dir / "current")


def _remove_partials(releases: Path) -> None:
    """Folders a killed build left behind are never a release; remove them."""
    for leftover in releases.glob(f"{PARTIAL}*"):
        shutil.rmtree(leftover, ignore_errors=True)


def prune_releases(build_dir: Path, keep: int) -> list[str]:
    """Delete all but the newest `keep` releases (never the current one); return the removed ids."""
    current = current_release(build_dir).path.resolve()
    finished = sorted((p for p in (build_dir / "releases").iterdir() if p.is_dir() and not p.name.startswith(".")), reverse=True)
    removed = []
    for path in finished[max(keep, 1):]:
        if path.resolve() != current:
            shutil.rmtree(path)
            removed.append(path.name)
    return removed


def load_release(path: Path) -> Release:
    """Read a finished release folder."""
    try:
        manifest = json.loads((path / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise ReleaseError(f"{path} is not a complete release ({error}); run `clusterld build`") from error
    return Release(path.resolve(), manifest)


def current_release(build_dir: Path) -> Release:
    """The release build/current points at."""
    link = build_dir / "current"
    if not link.exists():
        raise ReleaseError(f"no release at {link}; run `clusterld build` first")
    return load_release(link.resolve())


def list_releases(build_dir: Path) -> list[Release]:
    """Every finished release, newest first."""
    folder = build_dir / "releases"
    if not folder.is_dir():
        return []
    return [load_release(p) for p in sorted(folder.iterdir(), reverse=True) if p.is_dir() and not p.name.startswith(".")]
