"""The embedded store (the only module that uses pyoxigraph): load a release, dump it, open it, query it."""

from __future__ import annotations

import calendar
import ctypes
import io
import functools
import gzip
import json
import shutil
from pathlib import Path
from typing import IO, Any, Callable, Iterable, Iterator, Mapping, Protocol, Sequence, cast

import pyoxigraph as ox
import rdflib
from rdflib import URIRef

from clusterld.errors import QueryError
from clusterld.ntriples import NamedGraph, NamedGraphs

FORMATS = {
    "nt": ox.RdfFormat.N_TRIPLES,
    "nq": ox.RdfFormat.N_QUADS,
    "ttl": ox.RdfFormat.TURTLE,
    "trig": ox.RdfFormat.TRIG,
    "rdf": ox.RdfFormat.RDF_XML,
    "jsonld": ox.RdfFormat.JSON_LD,
}
DATASET_EXTENSIONS = ("nq", "trig")  # formats that name the graph; JSON-LD gets the triples alone
RESULT_FORMATS = {
    "srj": ox.QueryResultsFormat.JSON,
    "srx": ox.QueryResultsFormat.XML,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
}
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
SUBJECT_CACHE = 20_000  # subjects whose quads a web process keeps (a few kB each)
TERM_CACHE = 100_000  # store terms whose rdflib terms a web process keeps
_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


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


def stored_lines(ntriples: bytes) -> list[bytes]:
    """N-Triples lines as the store gives them back: its own term syntax and its canonical form of values (every
    integer type becomes xsd:integer, "1.50" becomes "1.5"), so lines and a dump of the store agree exactly."""
    store = ox.Store()
    store.load(ntriples, ox.RdfFormat.N_TRIPLES)
    return store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph()).splitlines(keepends=True)


_KEPT = "urn:x-clusterld:literal:"


def kept_literals(literals: Sequence[bytes]) -> list[tuple[str, Any]]:
    """Each N-Triples literal's lexical form as written, and the literal as the store keeps it (an rdflib term):
    the store writes every integer type as xsd:integer, "1.50" as "1.5" and language tags in lower case."""
    lines = b"".join(b"<%s> <%s%d> %s .\n" % (_KEPT.encode(), _KEPT.encode(), i, text) for i, text in enumerate(literals))
    written = [triple.object.value for triple in ox.parse(lines, format=ox.RdfFormat.N_TRIPLES)]
    store = ox.Store()
    store.load(lines, ox.RdfFormat.N_TRIPLES)
    kept = {int(q.predicate.value[len(_KEPT):]): _to_rdflib(q.object) for q in store}
    return [(value, kept[i]) for i, value in enumerate(written)]


class MemoryStore:
    """A store in memory for one computation (SHACL validation): N-Triples loaded into named graphs, SELECT
    queries over a chosen union of them, and Python predicates on rdflib terms that queries can call."""

    def __init__(self) -> None:
        self._store = ox.Store()

    def load(self, ntriples: bytes, graph: str) -> None:
        """Add N-Triples to the named graph `graph`, blank nodes keeping their labels (the loader would rename them)."""
        name = ox.NamedNode(graph)
        if b"_:" in ntriples:
            triples = ox.parse(ntriples, format=ox.RdfFormat.N_TRIPLES, lenient=True)
            self._store.bulk_extend(ox.Quad(t.subject, t.predicate, t.object, name) for t in triples)
        else:
            self._store.load(ntriples, ox.RdfFormat.N_TRIPLES, to_graph=name, lenient=True)

    def update(self, text: str) -> None:
        """Run a SPARQL update (its USING clauses choose the graphs it reads)."""
        self._store.update(text)

    def close(self) -> None:
        """Drop the store's data and hand the memory back to the system.

        The C library keeps freed memory for the thread that freed it, and the stages after validation allocate
        on other threads (the on-disk store's loader): without this, the peak memory of a build is the sum of the
        two, not the larger (about 2.1 GiB instead of 1.3 at a million triples).
        """
        self._store = ox.Store()
        try:
            ctypes.CDLL("libc.so.6").malloc_trim(0)
        except (OSError, AttributeError):  # not the GNU C library: its allocator decides
            pass

    def select(
        self, text: str, graphs: Sequence[str], functions: Mapping[str, Callable[..., bool]] | None = None
    ) -> list[tuple[Any, ...]]:
        """The rows of a SELECT query as rdflib terms (None when unbound), with the union of `graphs` as its
        default graph; `functions` maps IRIs the query calls to Python predicates, which get each argument as a
        pair: an IRI, a blank node's label or a literal's lexical form, and "iri", "blank", "@" + its language
        tag, "" for a plain string or its datatype IRI (cheaper than rdflib terms, for calls once per value)."""
        failures: list[Exception] = []

        def call(predicate: Callable[..., bool]) -> Callable[..., Any]:
            def evaluate(*args: Any) -> ox.Literal:
                try:
                    return _TRUE if predicate(*(_pair(a) for a in args)) else _FALSE
                except Exception as error:  # the engine would take it for an unbound value: raised below instead
                    failures.append(error)
                    raise

            return evaluate

        custom = {ox.NamedNode(iri): call(f) for iri, f in (functions or {}).items()}
        solutions = self._store.query(text, default_graph=[ox.NamedNode(g) for g in graphs], custom_functions=custom)
        if not isinstance(solutions, ox.QuerySolutions):
            raise TypeError("a SELECT query was expected")
        variables = solutions.variables
        rows = [tuple(None if s[v] is None else _to_rdflib(s[v]) for v in variables) for s in solutions]
        if failures:
            raise failures[0]
        return rows


def _pair(term: Any) -> tuple[str, str]:
    if isinstance(term, ox.NamedNode):
        return term.value, "iri"
    if isinstance(term, ox.BlankNode):
        return term.value, "blank"
    if term.language:
        return term.value, "@" + term.language
    datatype = term.datatype.value
    return term.value, "" if datatype == _XSD_STRING else datatype


_BOOLEAN = ox.NamedNode("http://www.w3.org/2001/XMLSchema#boolean")
_TRUE, _FALSE = ox.Literal("true", datatype=_BOOLEAN), ox.Literal("false", datatype=_BOOLEAN)


def _nquads(graphs: Iterable[tuple[URIRef, NamedGraph]]) -> Iterator[bytes]:
    """N-Quads of named graphs: each canonical N-Triples line with the graph's name put before its final dot."""
    for name, graph in graphs:
        suffix = f"<{name}> .\n".encode()
        for line in graph.lines:
            yield line[:-2] + suffix


def open_store(path: Path) -> ox.Store:
    """Open a release's store read-only (several processes may do so at once)."""
    return ox.Store.read_only(str(path))


def _triples(nt_lines: Iterable[bytes]) -> Iterator[ox.Triple]:
    return ox.parse(b"".join(nt_lines), format=ox.RdfFormat.N_TRIPLES)


def prefix_lines(prefixes: Mapping[str, str]) -> bytes:
    """The @prefix declarations of `prefixes`: the head of a file put together from `write_turtle` (or
    `write_trig`) pieces written with them."""
    return "".join(f"@prefix {prefix}: <{namespace}> .\n" for prefix, namespace in prefixes.items()).encode()


def write_turtle(nt_lines: Sequence[bytes], prefixes: Mapping[str, str]) -> bytes:
    """Turtle statements from sorted N-Triples, subjects in order, without @prefix lines (`prefix_lines`)."""
    return _statements(ox.serialize(_triples(nt_lines), format=ox.RdfFormat.TURTLE, prefixes=dict(prefixes)))


def write_trig(nq_lines: Sequence[bytes], prefixes: Mapping[str, str]) -> bytes:
    """TriG statements from sorted N-Quads, without @prefix lines (`prefix_lines`)."""
    quads = ox.parse(b"".join(nq_lines), format=ox.RdfFormat.N_QUADS)
    return _statements(ox.serialize(quads, format=ox.RdfFormat.TRIG, prefixes=dict(prefixes)))


def _statements(document: bytes) -> bytes:
    """A Turtle or TriG document without the @prefix lines it starts with (pieces of one file share a head)."""
    end = 0
    while document.startswith(b"@prefix ", end):
        end = document.index(b"\n", end) + 1
    return document[end:]


def write_jsonld(nt_lines: Sequence[bytes], prefixes: Mapping[str, str]) -> bytes:
    """Compact JSON-LD node objects from sorted N-Triples, one per subject, joined by commas and newlines: members
    of the @graph of a document whose @context declares `prefixes`."""
    compact = _Compactor(prefixes)
    nodes: list[bytes] = []
    node: dict | None = None
    for triple in _triples(nt_lines):
        subject = compact.iri(triple.subject.value)
        if node is None or node["@id"] != subject:
            if node is not None:
                nodes.append(json.dumps(node, ensure_ascii=False, sort_keys=True).encode())
            node = {"@id": subject}
        predicate = triple.predicate.value
        if predicate == "http://www.w3.org/1999/02/22-rdf-syntax-ns#type" and isinstance(triple.object, ox.NamedNode):
            node.setdefault("@type", []).append(compact.iri(triple.object.value))
        else:
            node.setdefault(compact.iri(predicate), []).append(compact.value(triple.object))
    if node is not None:
        nodes.append(json.dumps(node, ensure_ascii=False, sort_keys=True).encode())
    return b",\n".join(nodes)


def context_document(prefixes: Mapping[str, str]) -> dict:
    """The JSON-LD @context the JSON-LD dump refers to."""
    return {"@context": dict(sorted(prefixes.items()))}


class _Compactor:
    def __init__(self, prefixes: Mapping[str, str]) -> None:
        # longest namespace first, so a nested namespace wins over its parent
        self.prefixes = sorted(prefixes.items(), key=lambda item: -len(item[1]))
        self.namespaces = tuple(namespace for _, namespace in self.prefixes)

    def iri(self, iri: str) -> str:
        if not iri.startswith(self.namespaces):  # most IRIs (the entities') are in no namespace: one test, not one each
            return iri
        for prefix, namespace in self.prefixes:
            if iri.startswith(namespace) and len(iri) > len(namespace):
                local = iri[len(namespace):]
                if "/" not in local and "#" not in local:
                    return f"{prefix}:{local}"
        return iri

    def value(self, term: ox.NamedNode | ox.Literal | ox.BlankNode) -> dict:
        if isinstance(term, ox.NamedNode):
            return {"@id": self.iri(term.value)}
        if isinstance(term, ox.BlankNode):
            return {"@id": f"_:{term.value}"}
        if term.language:
            return {"@value": term.value, "@language": term.language}
        datatype = term.datatype.value
        return {"@value": term.value} if datatype == _XSD_STRING else {"@value": term.value, "@type": self.iri(datatype)}


def counts(store: ox.Store) -> dict:
    """Triples per graph, instances per class and distinct triples in the union."""
    per_graph = {
        str(row["g"].value): int(row["n"].value)
        for row in store.query("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
    }
    per_class = {
        str(row["c"].value): int(row["n"].value)
        for row in store.query(
            "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c } GROUP BY ?c", use_default_graph_as_union=True
        )
    }
    (row,) = store.query(
        "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }", use_default_graph_as_union=True
    )
    return {
        "triples": int(row["n"].value),
        "graphs": dict(sorted(per_graph.items())),
        "classes": dict(sorted(per_class.items())),
    }


# predicates that link an entity to the same thing in another dataset (VoID linksets are counted over these)
LINK_PREDICATES = (
    "http://www.w3.org/2002/07/owl#sameAs",
    "https://schema.org/sameAs",
    "http://www.w3.org/2004/02/skos/core#exactMatch",
    "http://www.w3.org/2004/02/skos/core#closeMatch",
)
_NEWS_ARTICLE = "https://schema.org/NewsArticle"
_DATE_PUBLISHED = "https://schema.org/datePublished"


def statistics(store: ox.Store, base: str) -> dict:
    """What VoID and DCAT say of a release besides `counts`: distinct triples per property, entities (and the
    first of them as an example) per `{base}/id/{type}/`, links to other datasets per predicate and host, and
    the first and last day of the articles' publication dates. Links are counted from entities (`{base}/id/`)
    only: the ontology's alignments to other vocabularies are not links between datasets."""
    properties = {
        str(row["p"].value): int(row["n"].value)
        for row in store.query(
            "SELECT ?p (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } } GROUP BY ?p",
            use_default_graph_as_union=True,
        )
    }
    prefix, outside = json.dumps(f"{base}/id/"), json.dumps(f"{base}/")
    entities: dict[str, int] = {}
    examples: dict[str, str] = {}
    for row in store.query(
        "SELECT ?kind (COUNT(DISTINCT ?s) AS ?n) (MIN(STR(?s)) AS ?example) WHERE { ?s a ?class "
        f"FILTER(isIRI(?s) && STRSTARTS(STR(?s), {prefix})) "
        f'BIND(STRBEFORE(STRAFTER(STR(?s), {prefix}), "/") AS ?kind) }} GROUP BY ?kind',
        use_default_graph_as_union=True,
    ):
        entities[row["kind"].value] = int(row["n"].value)
        examples[row["kind"].value] = row["example"].value
    predicates = " ".join(f"<{p}>" for p in LINK_PREDICATES)
    links = [
        {"predicate": row["p"].value, "host": row["host"].value, "triples": int(row["n"].value)}
        for row in store.query(
            "SELECT ?p ?host (COUNT(*) AS ?n) WHERE { "
            f"{{ SELECT DISTINCT ?s ?p ?o WHERE {{ VALUES ?p {{ {predicates} }} "
            f"?s ?p ?o FILTER(STRSTARTS(STR(?s), {prefix}) && isIRI(?o) && !STRSTARTS(STR(?o), {outside})) }} }} "
            'BIND(LCASE(REPLACE(STR(?o), "^[A-Za-z][A-Za-z0-9+.-]*://([^/?#]*).*$", "$1")) AS ?host) '
            "} GROUP BY ?p ?host",
            use_default_graph_as_union=True,
        )
    ]
    dates = [
        row["d"].value
        for row in store.query(
            f"SELECT DISTINCT (STR(?date) AS ?d) WHERE {{ ?doc a <{_NEWS_ARTICLE}> ; <{_DATE_PUBLISHED}> ?date }}",
            use_default_graph_as_union=True,
        )
    ]
    return {
        "properties": dict(sorted(properties.items())),
        "entities": dict(sorted(entities.items())),
        "examples": dict(sorted(examples.items())),
        "links": sorted(links, key=lambda link: (link["host"], link["predicate"])),
        "published": {"first": min(map(_first_day, dates)), "last": max(map(_last_day, dates))} if dates else None,
    }


def _first_day(date: str) -> str:
    """The first day of an ISO 8601 date at year, month or day precision."""
    return {4: f"{date}-01-01", 7: f"{date}-01"}.get(len(date), date[:10])


def _last_day(date: str) -> str:
    """The last day of an ISO 8601 date at year, month or day precision."""
    if len(date) == 4:
        return f"{date}-12-31"
    if len(date) == 7:
        year, month = int(date[:4]), int(date[5:7])
        return f"{date}-{calendar.monthrange(year, month)[1]:02d}"
    return date[:10]


class ServedRelease(Protocol):
    """What the web layer reads of a release, wherever its triples live (embedded `ReleaseStore`, or
    `remote.RemoteReleaseStore`)."""

    path: Path
    manifest: dict
    dumps_path: Path

    @property
    def release_id(self) -> str: ...

    def quads(
        self, subject: str | None = None, predicate: str | None = None, obj: Any = None, graph: str | None = None
    ) -> Iterator[tuple[Any, Any, Any, Any]]: ...

    def graph_names(self) -> list[str]: ...

    def graph_document(self, graph: str | None, extension: str, prefixes: Mapping[str, str]) -> bytes: ...


class ReleaseStore:
    """A published release opened for reading: manifest, dumps folder and the read-only store.

    Reading a quad from the on-disk store costs more than finding it (each term is looked up by its id), and
    pages ask the same small questions again and again (the types and labels of the places, sectors, documents
    and vocabulary terms most pages show): the answers to the `SUBJECT_CACHE` most recent questions about a
    subject are kept, as rdflib terms (the release never changes).
    """

    def __init__(self, release_path: Path, in_memory: bool = False) -> None:
        self.path = release_path.resolve()
        self.manifest: dict = json.loads((self.path / "manifest.json").read_text(encoding="utf-8"))
        self.store_path = self.path / "store"
        self.dumps_path = self.path / "dumps"
        self._store = open_store(self.store_path)
        self.in_memory = in_memory
        if in_memory:  # a copy in memory reads a quad many times faster than the on-disk store
            self._store = _in_memory(self._store, self.nquads_dump)
        self._terms: dict[Any, Any] = {}
        self._about = functools.lru_cache(maxsize=SUBJECT_CACHE)(self._subject_quads)

    @property
    def release_id(self) -> str:
        return str(self.manifest["release"])

    @property
    def nquads_dump(self) -> Path | None:
        """The release's gzipped N-Quads dump (the same quads as the store), if it has one."""
        return next((self.dumps_path / d["name"] for d in self.manifest.get("dumps", ())
                     if d["media_type"] == "application/n-quads"), None)

    def quads(
        self, subject: str | None = None, predicate: str | None = None, obj: Any = None, graph: str | None = None
    ) -> Iterator[tuple[Any, Any, Any, Any]]:
        """Quads matching a pattern (IRIs as strings, None as wildcard), as rdflib terms."""
        if subject:
            for known in self._about(subject, predicate):
                if (obj is None or known[2] == obj) and (graph is None or str(known[3]) == graph):
                    yield known
            return
        pattern = (
            None,
            ox.NamedNode(predicate) if predicate else None,
            _to_ox(obj) if obj is not None else None,
            ox.NamedNode(graph) if graph else None,
        )
        term = self._rdflib
        for quad in self._store.quads_for_pattern(*pattern):
            yield term(quad.subject), term(quad.predicate), term(quad.object), term(quad.graph_name)

    def _subject_quads(self, subject: str, predicate: str | None) -> tuple[tuple[Any, Any, Any, Any], ...]:
        """The quads of `subject` (with `predicate`, if not None) as rdflib terms."""
        term = self._rdflib
        found = self._store.quads_for_pattern(ox.NamedNode(subject), ox.NamedNode(predicate) if predicate else None, None)
        return tuple((term(q.subject), term(q.predicate), term(q.object), term(q.graph_name)) for q in found)

    def _rdflib(self, term: Any) -> Any:
        """The rdflib term of a store term; the most used are kept, since making a literal parses its value."""
        known = self._terms.get(term)
        if known is None:
            if len(self._terms) >= TERM_CACHE:
                self._terms.clear()
            known = self._terms[term] = _to_rdflib(term)
        return known

    def graph_names(self) -> list[str]:
        return sorted(str(g.value) for g in self._store.named_graphs())

    def graph_document(self, graph: str | None, extension: str, prefixes: Mapping[str, str]) -> bytes:
        """One named graph (None: the default graph, the union of all) in the RDF format of `extension`."""
        rdf_format = FORMATS[extension]
        if graph is not None and extension in DATASET_EXTENSIONS:
            data: Iterable[Any] = self._store.quads_for_pattern(None, None, None, ox.NamedNode(graph))
        elif graph is not None:
            data = self._store.query("CONSTRUCT WHERE { ?s ?p ?o }", default_graph=ox.NamedNode(graph))
        else:
            data = self._store.query(_UNION_TRIPLES, use_default_graph_as_union=True)
        return ox.serialize(data, format=rdf_format, prefixes=dict(prefixes))


_UNION_TRIPLES = "CONSTRUCT { ?s ?p ?o } WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }"


class QueryStore:
    """The store a query worker evaluates queries on: the release's, copied into memory when asked to."""

    def __init__(self, path: Path, in_memory: bool, dump: Path | None = None) -> None:
        disk = open_store(path)
        self._store = _in_memory(disk, dump) if in_memory else disk
        self.graphs = frozenset(str(g.value) for g in self._store.named_graphs())

    def run(
        self,
        text: str,
        extension: str,
        default_graphs: Sequence[str] | None,
        named_graphs: Sequence[str] | None,
        max_rows: int,
        prefixes: Mapping[str, str],
    ) -> tuple[bytes, bool]:
        """Evaluate a checked query; its results (at most `max_rows` rows or triples) and whether some were cut.

        Without a dataset the default graph is the union of all graphs. The engine's own serialisers write
        every format: rows go through TSV (and triples through N-Triples), one per line, into a sink that
        stops the engine — and with it the evaluation — after `max_rows` + 1.
        """
        try:
            if default_graphs is None and named_graphs is None:
                result = self._store.query(text, use_default_graph_as_union=True)
            else:
                result = self._store.query(
                    text,
                    default_graph=[ox.NamedNode(iri) for iri in default_graphs or ()],
                    named_graphs=[ox.NamedNode(iri) for iri in named_graphs or ()],
                )
        except SyntaxError as error:
            raise QueryError(f"malformed query: {error}", 400) from None
        return _written(result, extension, max_rows, prefixes)


def _in_memory(disk: ox.Store, dump: Path | None) -> ox.Store:
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


def _written(result: Any, extension: str, max_rows: int, prefixes: Mapping[str, str]) -> tuple[bytes, bool]:
    """A boolean, solutions or triples in the format of `extension`: at most `max_rows` rows or triples, and
    whether some were cut. Rows go through TSV (and triples through N-Triples), one per line, into a sink
    that stops the producer — the engine, or a parser reading another store's answer — after `max_rows` + 1."""
    if isinstance(result, ox.QueryBoolean):
        return result.serialize(format=RESULT_FORMATS[extension]), False
    if isinstance(result, ox.QuerySolutions):
        rows, truncated = _capped(result.serialize, ox.QueryResultsFormat.TSV, max_rows + 1)  # + the header line
        if extension == "tsv":
            return rows, truncated
        solutions = ox.parse_query_results(rows, ox.QueryResultsFormat.TSV)
        return solutions.serialize(format=RESULT_FORMATS[extension]), truncated
    write = result.serialize if isinstance(result, ox.QueryTriples) else (
        lambda sink, format: ox.serialize(result, sink, format=format))
    lines, truncated = _capped(write, ox.RdfFormat.N_TRIPLES, max_rows)
    triples = ox.parse(lines, format=ox.RdfFormat.N_TRIPLES)
    return ox.serialize(triples, format=FORMATS[extension], prefixes=dict(prefixes)), truncated


def read_answer(
    body: IO[bytes], source: str, extension: str, max_rows: int, prefixes: Mapping[str, str]
) -> tuple[bytes, bool]:
    """Another store's answer, read as it streams in (`source`: srj for solutions and booleans, nt for triples),
    written in the format of `extension`: at most `max_rows` rows or triples, and whether some were cut."""
    try:
        if source == "nt":
            return _written(ox.parse(body, format=ox.RdfFormat.N_TRIPLES), extension, max_rows, prefixes)
        return _written(ox.parse_query_results(body, format=RESULT_FORMATS[source]), extension, max_rows, prefixes)
    except SyntaxError as error:
        raise QueryError(f"the store sent an answer that cannot be read: {error}", 502) from None


class _Enough(Exception):
    """The sink has all the lines it wants: raised through the engine's serialiser to stop it."""


class _LineSink:
    """A binary output that keeps the first `limit` lines and stops the writer after one more."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.lines = 0
        self.chunks: list[bytes] = []

    def write(self, data: bytes) -> int:
        self.chunks.append(bytes(data))
        self.lines += data.count(b"\n")
        if self.lines > self.limit:
            raise _Enough
        return len(data)

    def flush(self) -> None:
        """Nothing to flush: the chunks are kept in memory."""


def _capped(write: Callable[..., Any], line_format: Any, limit: int) -> tuple[bytes, bool]:
    """The first `limit` lines `write(sink, format=…)` writes in a line-per-row format, and whether there were more."""
    sink = _LineSink(limit)
    try:
        write(sink, format=line_format)
    except _Enough:
        kept = b"".join(sink.chunks).split(b"\n", limit)[:limit]
        return b"\n".join(kept) + b"\n", True
    return b"".join(sink.chunks), False


def _to_ox(term: Any) -> Any:
    if isinstance(term, rdflib.Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)) if term.datatype else None)
    if isinstance(term, rdflib.BNode):
        return ox.BlankNode(str(term))
    return ox.NamedNode(str(term))


def _to_rdflib(term: Any) -> Any:
    if isinstance(term, ox.NamedNode):
        return rdflib.URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return rdflib.BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return rdflib.Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        return rdflib.Literal(term.value, datatype=None if datatype == _XSD_STRING else rdflib.URIRef(datatype))
    return None  # the default graph


def reserialize(ntriples: bytes, extension: str, prefixes: Mapping[str, str]) -> bytes:
    """N-Triples written again in another syntax by the store's own writers, which keep every literal's lexical form."""
    triples = ox.parse(ntriples, format=ox.RdfFormat.N_TRIPLES)
    return ox.serialize(triples, format=FORMATS[extension], prefixes=dict(prefixes))


def graph_as_quads(ntriples: bytes, graph: str, extension: str, prefixes: Mapping[str, str]) -> bytes:
    """The triples of one named graph written in a dataset format (N-Quads, TriG) under the graph's name."""
    name = ox.NamedNode(graph)
    quads = (ox.Quad(t.subject, t.predicate, t.object, name) for t in ox.parse(ntriples, format=ox.RdfFormat.N_TRIPLES))
    return ox.serialize(quads, format=FORMATS[extension], prefixes=dict(prefixes))


def parse_rows(json_results: bytes) -> Iterator[dict[str, Any]]:
    """SPARQL JSON results as rows of rdflib terms by variable name (unbound variables left out)."""
    solutions = ox.parse_query_results(json_results, format=ox.QueryResultsFormat.JSON)
    names = [v.value for v in solutions.variables]
    for solution in solutions:
        yield {name: _to_rdflib(solution[name]) for name in names if solution[name] is not None}


def term_text(term: Any) -> str:
    """An rdflib term in N-Triples syntax, to be put into a SPARQL query."""
    return str(_to_ox(term))


def graph_ntriples(store: ox.Store, graph: str) -> bytes:
    """One named graph of the store as sorted N-Triples."""
    lines = sorted(
        f"{q.subject} {q.predicate} {q.object} .\n".encode()
        for q in store.quads_for_pattern(None, None, None, ox.NamedNode(graph))
    )
    return b"".join(lines)
