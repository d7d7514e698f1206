"""A remote SPARQL 1.1 store (the only module that speaks HTTP to one): its layout and its client.

Layout: release <id>'s graphs live under release-scoped names, so a new release loads beside the one being
served, and a small control graph per base IRI says which release is current:

    urn:clusterld:release:<id>:graph:<graph IRI>   each named graph of the release
    urn:clusterld:release:<id>:union               the union of them all (the query dataset's default graph)
    urn:clusterld:control:<base>                   <urn:clusterld:release:<id>> registered / activated / removed,
                                                   and each graph the release writes

The current release is the latest activated one not removed. Every change to the control graph appends one
triple, so switching releases is a single-triple write that a reader sees entirely or not at all, on any
store that implements the Graph Store Protocol.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, Iterable, Iterator, Mapping

import httpx
from rdflib import URIRef

from clusterld.errors import StoreError
from clusterld.release import Release
from clusterld.settings import Settings
from clusterld.store import DATASET_EXTENSIONS, graph_as_quads, parse_rows, reserialize, term_text

RELEASE = "urn:clusterld:release:"
REGISTERED = "urn:clusterld:registered"
ACTIVATED = "urn:clusterld:activated"
REMOVED = "urn:clusterld:removed"
HAS_GRAPH = "urn:clusterld:graph"
XSD_DATETIME = "http://www.w3.org/2001/XMLSchema#dateTime"
RESULTS_JSON = "application/sparql-results+json"  # TSV would be lighter, but not every store writes it to the spec
SUBJECT_CACHE = 20_000  # subjects whose quads a web process keeps (a few kB each)
PATTERN_CACHE = 2_000  # patterns without a subject (incoming links, one predicate): fewer, and larger
NTRIPLES = "application/n-triples"


def release_node(release: str) -> str:
    return f"{RELEASE}{release}"


def scoped_prefix(release: str) -> str:
    """What every scoped graph name of `release` starts with; the public graph IRI follows it."""
    return f"{RELEASE}{release}:graph:"


def scoped_graph(release: str, graph: str) -> str:
    return scoped_prefix(release) + graph


def union_graph(release: str) -> str:
    return f"{RELEASE}{release}:union"


def control_graph(base: str) -> str:
    return f"urn:clusterld:control:{base}"


@dataclass(frozen=True)
class Credentials:
    """How clusterld authenticates to the store: read from the environment only, never from files or arguments."""

    user: str = ""
    password: str = ""
    token: str = ""

    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"} if self.token else {}

    def auth(self) -> httpx.BasicAuth | None:
        return httpx.BasicAuth(self.user, self.password) if self.user else None


def credentials_from_env(environ: Mapping[str, str]) -> Credentials:
    """CLUSTERLD_STORE_USER / CLUSTERLD_STORE_PASSWORD (basic) or CLUSTERLD_STORE_TOKEN (bearer)."""
    return Credentials(
        environ.get("CLUSTERLD_STORE_USER", ""),
        environ.get("CLUSTERLD_STORE_PASSWORD", ""),
        environ.get("CLUSTERLD_STORE_TOKEN", ""),
    )


def check_remote_settings(settings: Settings) -> None:
    """Refuse a remote store setting without the endpoints it needs, or an unknown store kind."""
    if settings.store not in ("embedded", "remote"):
        raise StoreError(f"store must be `embedded` or `remote`, not {settings.store!r} (CLUSTERLD_STORE, --store)")
    if settings.store == "remote":
        missing = [name for name in ("store_query_url", "store_gsp_url") if not getattr(settings, name)]
        if missing:
            raise StoreError(
                "a remote store needs " + " and ".join(f"{n} (CLUSTERLD_{n.upper()})" for n in missing)
            )


class RemoteStore:
    """A client for the store's query, Graph Store Protocol and (optional) update endpoints."""

    def __init__(self, settings: Settings, credentials: Credentials) -> None:
        self.settings = settings
        self.credentials = credentials
        self.base = settings.base
        self._client = httpx.Client(
            auth=credentials.auth(), headers=credentials.headers(), timeout=settings.store_timeout
        )

    def close(self) -> None:
        self._client.close()

    def _send(self, method: str, url: str, what: str, **options: object) -> httpx.Response:
        try:
            response = self._client.request(method, url, **options)  # type: ignore[arg-type]
        except httpx.HTTPError as error:
            raise StoreError(f"the remote store did not answer {what} at {url}: {error}") from error
        return response

    def _checked(self, response: httpx.Response, what: str, allowed: Iterable[int] = ()) -> httpx.Response:
        if response.is_success or response.status_code in allowed:
            return response
        raise StoreError(
            f"the remote store refused {what} at {response.request.url}: "
            f"{response.status_code} {response.text.strip()[:500]}"
        )

    def select(self, query: str, what: str = "a query") -> list[dict]:
        """Rows of a SELECT query (rdflib terms by variable), run on the store's own dataset."""
        response = self._send(
            "POST", self.settings.store_query_url, what, data={"query": query}, headers={"Accept": RESULTS_JSON}
        )
        return list(parse_rows(self._checked(response, what).content))

    def put_graph(self, name: str, ntriples: bytes | Iterator[bytes]) -> None:
        """Replace graph `name` with the given N-Triples (Graph Store Protocol PUT)."""
        what = f"the upload of graph <{name}>"
        response = self._send(
            "PUT", self.settings.store_gsp_url, what, params={"graph": name}, content=ntriples,
            headers={"Content-Type": NTRIPLES},
        )
        self._checked(response, what)

    def append(self, name: str, ntriples: bytes) -> None:
        """Add triples to graph `name` (Graph Store Protocol POST)."""
        what = f"an addition to graph <{name}>"
        response = self._send(
            "POST", self.settings.store_gsp_url, what, params={"graph": name}, content=ntriples,
            headers={"Content-Type": NTRIPLES},
        )
        self._checked(response, what)

    def get_graph(self, name: str) -> bytes | None:
        """Graph `name` as N-Triples, or None when the store has no such graph."""
        what = f"the graph <{name}>"
        response = self._send(
            "GET", self.settings.store_gsp_url, what, params={"graph": name}, headers={"Accept": NTRIPLES}
        )
        return None if response.status_code == 404 else self._checked(response, what).content

    def drop_graphs(self, names: Iterable[str]) -> None:
        """Remove graphs (absent ones are fine): one SPARQL Update where an update endpoint is set, else GSP DELETEs."""
        names = list(names)
        if not names:
            return
        if self.settings.store_update_url:
            text = " ;\n".join(f"DROP SILENT GRAPH <{name}>" for name in names)
            response = self._send("POST", self.settings.store_update_url, "graph removal", data={"update": text})
            self._checked(response, "graph removal")
            return
        for name in names:
            what = f"the removal of graph <{name}>"
            response = self._send("DELETE", self.settings.store_gsp_url, what, params={"graph": name})
            self._checked(response, what, allowed=(404,))

    # the control graph

    def control(self, release: str, predicate: str) -> None:
        """Append one statement about `release` to the control graph, stamped now: a single triple, so atomic."""
        stamp = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        triple = f'<{release_node(release)}> <{predicate}> "{stamp}"^^<{XSD_DATETIME}> .\n'
        self.append(control_graph(self.base), triple.encode())

    def register(self, release: str, graphs: Iterable[str]) -> None:
        """Name a release and every graph it will write in the control graph, before anything of it is written."""
        stamp = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        node = release_node(release)
        lines = [f'<{node}> <{REGISTERED}> "{stamp}"^^<{XSD_DATETIME}> .\n']
        lines += [f"<{node}> <{HAS_GRAPH}> <{name}> .\n" for name in graphs]
        self.append(control_graph(self.base), "".join(lines).encode())

    def release_graphs(self, release: str) -> list[str]:
        """The graphs a release registered (written, or about to be)."""
        rows = self.select(
            f"SELECT ?g WHERE {{ GRAPH <{control_graph(self.base)}> {{ <{release_node(release)}> <{HAS_GRAPH}> ?g }} }}",
            "the graphs of a release",
        )
        return sorted(str(row["g"]) for row in rows)

    def releases(self) -> dict[str, set[str]]:
        """Every release the control graph knows of, with what was said of it (registered, activated, removed)."""
        rows = self.select(
            f"SELECT ?r ?p WHERE {{ GRAPH <{control_graph(self.base)}> {{ ?r ?p ?t }} }}", "the release list"
        )
        found: dict[str, set[str]] = {}
        for row in rows:
            found.setdefault(str(row["r"])[len(RELEASE):], set()).add(str(row["p"]))
        return found

    def current_release(self) -> str | None:
        """The id of the release being served: the latest activated one that was not removed."""
        rows = self.select(
            f"SELECT ?r WHERE {{ GRAPH <{control_graph(self.base)}> {{ ?r <{ACTIVATED}> ?t "
            f"FILTER NOT EXISTS {{ ?r <{REMOVED}> ?gone }} }} }} ORDER BY DESC(?t) LIMIT 1",
            "the release pointer",
        )
        return str(rows[0]["r"])[len(RELEASE):] if rows else None

    def graph_sizes(self, release: str) -> dict[str, int]:
        """Triples per scoped graph of `release` (union included), as the store counts them."""
        prefix = f"{RELEASE}{release}:"
        rows = self.select(
            f'SELECT ?g (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(STRSTARTS(STR(?g), "{prefix}")) }} '
            "GROUP BY ?g",
            "the size of the uploaded graphs",
        )
        return {str(row["g"]): int(row["n"]) for row in rows}


class RemoteReleaseStore:
    """A release served from the remote store: its folder (manifest, search index, dumps) plus its graphs there.

    The same reading interface as the embedded `ReleaseStore`, answered by queries on the release's scoped graphs.
    """

    def __init__(self, release: Release, remote: RemoteStore) -> None:
        self.path = release.path
        self.manifest = dict(release.manifest)
        self.dumps_path = release.dumps_path
        self.remote = remote
        self._graphs = sorted(release.manifest["counts"]["graphs"])
        self._prefix = scoped_prefix(release.id)
        self._subject = functools.lru_cache(maxsize=SUBJECT_CACHE)(self._subject_quads)
        self._pattern = functools.lru_cache(maxsize=PATTERN_CACHE)(self._pattern_quads)

    @property
    def release_id(self) -> str:
        return str(self.manifest["release"])

    def quads(
        self, subject: str | None = None, predicate: str | None = None, obj: Any = None, graph: str | None = None
    ) -> Iterator[tuple[Any, Any, Any, Any]]:
        """Quads matching a pattern (IRIs as strings, None as wildcard), as rdflib terms.

        A page asks many small questions of the same few subjects: all quads of a subject are read in one
        query and kept (the release never changes), and the pattern is matched on them here.
        """
        if subject is not None:
            node = URIRef(subject)
            for p, o, g in self._subject(subject):
                if (predicate is None or str(p) == predicate) and (obj is None or o == obj) and graph in (None, g):
                    yield node, p, o, URIRef(g)
            return
        if predicate is None and obj is None:  # a whole graph: read each time, never kept
            yield from self._pattern_quads(predicate, obj, graph)
        else:
            yield from self._pattern(predicate, obj, graph)

    def _subject_quads(self, subject: str) -> tuple[tuple[Any, Any, str], ...]:
        rows = self.remote.select(
            f'SELECT ?p ?o ?g WHERE {{ GRAPH ?g {{ <{subject}> ?p ?o }} FILTER(STRSTARTS(STR(?g), "{self._prefix}")) }}'
        )
        return tuple((row["p"], row["o"], str(row["g"])[len(self._prefix):]) for row in rows)

    def _pattern_quads(self, predicate: str | None, obj: Any, graph: str | None) -> tuple[tuple[Any, Any, Any, Any], ...]:
        pattern = f"?s {f'<{predicate}>' if predicate else '?p'} {'?o' if obj is None else term_text(obj)}"
        if graph is not None:
            query = f"SELECT * WHERE {{ GRAPH <{self._prefix}{graph}> {{ {pattern} }} }}"
        else:
            query = f'SELECT * WHERE {{ GRAPH ?g {{ {pattern} }} FILTER(STRSTARTS(STR(?g), "{self._prefix}")) }}'
        return tuple(
            (row["s"], row.get("p", URIRef(predicate or "")), row.get("o", obj),
             URIRef(str(row["g"])[len(self._prefix):]) if "g" in row else URIRef(graph or ""))
            for row in self.remote.select(query)
        )

    def graph_names(self) -> list[str]:
        return list(self._graphs)

    def graph_document(self, graph: str | None, extension: str, prefixes: Mapping[str, str]) -> bytes:
        """One named graph (None: the default graph, the union of all) in the RDF format of `extension`."""
        name = union_graph(self.release_id) if graph is None else self._prefix + graph
        ntriples = self.remote.get_graph(name)
        if ntriples is None:
            raise StoreError(f"the remote store has lost graph <{name}> of release {self.release_id}")
        if graph is not None and extension in DATASET_EXTENSIONS:
            return graph_as_quads(ntriples, graph, extension, prefixes)
        return reserialize(ntriples, extension, prefixes)
