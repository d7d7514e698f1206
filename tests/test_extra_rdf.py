"""data/rdf/: extra RDF is loaded as it is, triples into their own graph, quads into theirs, nothing fetched."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rdflib import URIRef

from clusterld.documents import read_sources
from clusterld.errors import InputError
from clusterld.graph import map_records
from clusterld.records import build_records

BASE = "https://example.org"


def graphs(project: Path) -> dict[str, set]:
    mapped = map_records(build_records(read_sources(project)), BASE, False)
    return {str(name): set(graph) for name, graph in mapped.graphs.items()}


def test_quads_keep_their_graphs_and_jsonld_gets_its_own(project: Path) -> None:
    rdf = project / "data" / "rdf"
    (rdf / "alignments.trig").write_text(
        "<http://example.com/g1> { <http://example.com/a> <http://example.com/p> <http://example.com/b> . }\n", encoding="utf-8"
    )
    (rdf / "more.jsonld").write_text(
        json.dumps({"@context": {"ex": "http://example.com/"}, "@id": "ex:c", "ex:p": {"@id": "ex:d"}}), encoding="utf-8"
    )
    loaded = graphs(project)
    assert (URIRef("http://example.com/a"), URIRef("http://example.com/p"), URIRef("http://example.com/b")) in loaded["http://example.com/g1"]
    assert (URIRef("http://example.com/c"), URIRef("http://example.com/p"), URIRef("http://example.com/d")) in loaded[f"{BASE}/graph/rdf/more"]


def test_remote_jsonld_context_is_refused(project: Path) -> None:
    (project / "data" / "rdf" / "remote.jsonld").write_text(
        json.dumps({"@context": "http://127.0.0.1:9/context.jsonld", "@id": "http://example.com/x"}), encoding="utf-8"
    )
    with pytest.raises(InputError) as caught:
        graphs(project)
    (problem,) = caught.value.problems
    assert problem.file.name == "remote.jsonld" and "remote @context" in problem.message


def test_broken_turtle_names_the_file(project: Path) -> None:
    (project / "data" / "rdf" / "broken.ttl").write_text("<http://example.com/a> <http://example.com/p> .\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        graphs(project)
    assert caught.value.problems[0].file.name == "broken.ttl"
