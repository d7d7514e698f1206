"""The pipeline end to end: documents → records → graph → validation → release.

Each stage reports its start through `progress(stage)`, so the command line can show where a build is and
how long each stage took.

`build` keeps what the reading, mapping and writing stages computed in build/cache/ (`buildcache`), under keys
that digest the inputs, settings, rules and code it came from, so a rebuild after a small change redoes only
what the change touched — validation checks again only the focus nodes the change may affect
(`validation.incremental`) — and publishes the same bytes a build from scratch would.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Callable

from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF

from clusterld.buildcache import BuildCache, entries_kept
from clusterld.documents import read_sources
from clusterld.errors import ValidationFailed
from clusterld.graph import ReleaseGraphs, map_records
from clusterld.iris import ONTOLOGY_IRI, SHAPES_IRI
from clusterld.records import Records, build_records
from clusterld.release import Release, prune_releases, write_release
from clusterld.settings import Settings
from clusterld.validation import Report, load_shapes, shapes_digest, validate_release

Progress = Callable[[str], None]


def _quiet(stage: str) -> None:
    """Report nothing."""


@dataclass(frozen=True)
class Checked:
    """Everything a build knows before it writes anything."""

    records: Records
    graphs: ReleaseGraphs
    shapes: Graph
    report: Report


def check(settings: Settings, progress: Progress = _quiet, cache: bool = False) -> Checked:
    """Read, check, map and validate the project under settings.root; write nothing but, with `cache`,
    what each stage computed under build/cache/ (so a rebuild redoes only what changed)."""
    with entries_kept():
        return _check(settings, progress, BuildCache(settings.build_dir / "cache") if cache else None)


def _check(settings: Settings, progress: Progress, build_cache: BuildCache | None) -> Checked:
    progress("read")
    sources = read_sources(settings.root, build_cache)
    progress("check")
    records = build_records(sources, build_cache)
    progress("map")
    graphs = map_records(records, settings.base, settings.publish_text, build_cache)
    progress("validate")
    shapes = load_shapes(settings.root / "shapes")
    named = {str(name): graph for name, graph in graphs.graphs.named.items()}
    shapes_key = shapes_digest(settings.root / "shapes")
    report = validate_release(named, shapes, records.ontology, graphs.sources, build_cache, shapes_key)
    return Checked(records, graphs, shapes, report)


def build(settings: Settings, now: datetime | None = None, progress: Progress = _quiet) -> tuple[Release, Report]:
    """Check the project and, when it conforms, publish a new release and switch build/current to it."""
    with entries_kept():
        return _build(settings, now, progress)


def _build(settings: Settings, now: datetime | None, progress: Progress) -> tuple[Release, Report]:
    checked = _check(settings, progress, BuildCache(settings.build_dir / "cache"))
    if not checked.report.conforms:
        raise ValidationFailed(checked.report.as_text())
    info = {
        "base": settings.base,
        "publish_text": settings.publish_text,
        "ontology_version": _version(checked.records.ontology, ONTOLOGY_IRI),
        "shapes_version": _version(checked.shapes, SHAPES_IRI),
        "inputs": dict(checked.records.checksums),
        "documents": len(checked.records.documents),
        "entities": len(checked.records.entities),
        "facts": sum(len(d.facts) for d in checked.records.documents),
    }
    release = write_release(checked.graphs, checked.report, settings.build_dir, info, now, progress)
    prune_releases(settings.build_dir, settings.keep_releases)
    graphs = checked.graphs.graphs
    graphs.remember_store(release.store_path.resolve())  # the next build copies this store, replacing what changed
    if graphs.cache is not None:
        graphs.cache.prune()  # what this build did not use: the cache stays the size of one release
    return release, checked.report


def _version(graph: Graph, ontology: URIRef) -> str | None:
    version = graph.value(ontology, OWL.versionInfo)
    if version is None:
        for subject in graph.subjects(RDF.type, OWL.Ontology):
            version = graph.value(subject, OWL.versionInfo) or graph.value(subject, OWL.versionIRI)
    return str(version) if version is not None else None
