"""The pipeline end to end: documents → records → graph → validation → release."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF

from clusterld.documents import read_sources
from clusterld.graph import ReleaseGraphs, map_records
from clusterld.iris import ONTOLOGY_IRI, SHAPES_IRI
from clusterld.records import Records, build_records
from clusterld.release import Release, prune_releases, write_release
from clusterld.settings import Settings
from clusterld.validation import Report, load_shapes, validate_graph
from clusterld.errors import ValidationFailed


@dataclass(frozen=True)
class Checked:
    """Everything a build knows before it writes anything."""

    records: Records
    graphs: ReleaseGraphs
    shapes: Graph
    report: Report


def check(settings: Settings) -> Checked:
    """Read, check, map and validate the project under settings.root; write nothing."""
    records = build_records(read_sources(settings.root))
    graphs = map_records(records, settings.base, settings.publish_text)
    shapes = load_shapes(settings.root / "shapes")
    report = validate_graph(graphs.union(), shapes, records.ontology, graphs.sources)
    return Checked(records, graphs, shapes, report)


def build(settings: Settings, now: datetime | None = None) -> tuple[Release, Report]:
    """Check the project and, when it conforms, publish a new release and switch build/current to it."""
    checked = check(settings)
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
    release = write_release(checked.graphs, checked.report, settings.build_dir, info, now)
    prune_releases(settings.build_dir, settings.keep_releases)
    return release, checked.report


def _version(graph: Graph, ontology: URIRef) -> str | None:
    version = graph.value(ontology, OWL.versionInfo) or graph.value(ontology, OWL.versionIRI)
    if version is None:
        for subject in graph.subjects(RDF.type, OWL.Ontology):
            version = graph.value(subject, OWL.versionInfo)
    return str(version) if version is not None else None
