"""The embedded store (the only package that uses pyoxigraph): load a release, dump it, open it, query it.

Its parts: `disk` writes a release's store and opens it, `memory` holds the stores one computation builds in
memory (and the store's own form of lines and literals), `serialisations` writes the dumps' pieces and other
syntaxes, `figures` counts what VoID and DCAT say of a release, `served` is the release the web layer reads,
`queries` evaluates SPARQL queries and writes their results, and `terms` converts the store's terms to rdflib's.
"""

from clusterld.store.disk import graph_ntriples, open_store, write_store
from clusterld.store.figures import LINK_PREDICATES, counts, statistics
from clusterld.store.memory import MemoryStore, kept_literals, stored_lines
from clusterld.store.queries import QueryStore, parse_rows, read_answer
from clusterld.store.serialisations import (
    context_document,
    graph_as_quads,
    prefix_lines,
    reserialize,
    write_jsonld,
    write_trig,
    write_turtle,
)
from clusterld.store.served import (
    SUBJECT_CACHE,
    TERM_CACHE,
    ReleaseStore,
    ServedRelease,
)
from clusterld.store.terms import DATASET_EXTENSIONS, FORMATS, RESULT_FORMATS, term_text

__all__ = [
    "DATASET_EXTENSIONS",
    "FORMATS",
    "LINK_PREDICATES",
    "RESULT_FORMATS",
    "SUBJECT_CACHE",
    "TERM_CACHE",
    "MemoryStore",
    "QueryStore",
    "ReleaseStore",
    "ServedRelease",
    "context_document",
    "counts",
    "graph_as_quads",
    "graph_ntriples",
    "kept_literals",
    "open_store",
    "parse_rows",
    "prefix_lines",
    "read_answer",
    "reserialize",
    "statistics",
    "stored_lines",
    "term_text",
    "write_jsonld",
    "write_store",
    "write_trig",
    "write_turtle",
]
