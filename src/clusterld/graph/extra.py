"""data/rdf/: extra RDF files read into named graphs, never fetching anything remote."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterable

from rdflib import Dataset, Graph, URIRef

from clusterld.documents import RDF_SUFFIXES
from clusterld.errors import InputError, Problem
from clusterld.iris import Minter


def extra_graphs(files: Iterable[Path], mint: Minter) -> dict[URIRef, Graph]:
    """data/rdf/: triples files into their own graph, quad files keep their graphs; no remote fetches."""
    out: dict[URIRef, Graph] = {}
    problems = []
    for path in files:
        fmt = RDF_SUFFIXES[path.suffix]
        try:
            if fmt == "json-ld":
                _refuse_remote_context(json.loads(path.read_text(encoding="utf-8")))
            if fmt in ("trig", "nquads"):
                ds = Dataset()
                ds.parse(path, format=fmt)
                for graph in ds.graphs():
                    name = graph.identifier if isinstance(graph.identifier, URIRef) and str(graph.identifier) != "urn:x-rdflib:default" else mint.rdf_graph(path.stem)
                    out.setdefault(name, Graph())
                    out[name] += graph
            else:
                graph = Graph()
                graph.parse(path, format=fmt)
                out[mint.rdf_graph(path.stem)] = graph
        except Exception as error:  # rdflib parsers raise many unrelated exception types
            problems.append(Problem(path, getattr(error, "lines", None), "", f"cannot read as {fmt}: {error}"))
    if problems:
        raise InputError(problems)
    return out


def _refuse_remote_context(data: Any) -> None:
    if isinstance(data, dict):
        context = data.get("@context")
        for item in context if isinstance(context, list) else [context]:
            if isinstance(item, str):
                raise ValueError(f"remote @context {item!r} is not fetched; inline the context")
        for value in data.values():
            _refuse_remote_context(value)
    elif isinstance(data, list):
        for value in data:
            _refuse_remote_context(value)
