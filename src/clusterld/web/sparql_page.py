"""The HTML side of /sparql: a query page (YASGUI, or a plain form without JavaScript) and results as a table."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from jinja2 import Environment, FileSystemLoader, select_autoescape

from clusterld.settings import Settings
from clusterld.sparql.check import GRAPH_FORMS

HERE = Path(__file__).resolve().parent
STATIC = HERE / "static"
EXAMPLES = STATIC / "sparql" / "examples"
DOWNLOADS = {"SELECT": ("srj", "srx", "csv", "tsv"), "ASK": ("srj", "srx"), "graph": ("ttl", "nt", "jsonld", "rdf")}
_XSD = "http://www.w3.org/2001/XMLSchema#"


@dataclass(frozen=True)
class Example:
    """An example query shown on the page; its file's first line is a `# title` comment."""

    title: str
    query: str

    @property
    def href(self) -> str:
        return "sparql?" + urlencode({"query": self.query, "format": "html"})


@dataclass(frozen=True)
class Cell:
    """One RDF term as a table cell: its text, a link (or None) and a language or datatype suffix."""

    text: str
    href: str | None = None
    suffix: str = ""


def load_examples(folder: Path = EXAMPLES) -> tuple[Example, ...]:
    """The example queries, in file name order."""
    examples = []
    for path in sorted(folder.glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        examples.append(Example(text.splitlines()[0].lstrip("#").strip(), text))
    return tuple(examples)


class SparqlPages:
    """Renders the query page and the result pages of one release (autoescaped Jinja2)."""

    def __init__(self, examples: tuple[Example, ...], release: str, settings: Settings) -> None:
        environment = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(["html"]))
        self._template = environment.get_template("sparql.html")
        self._examples = examples
        self._release = release
        self._settings = settings

    def query_page(self) -> bytes:
        """The page a browser gets at /sparql: YASGUI with the examples in tabs, or the plain form."""
        first = self._examples[0].query if self._examples else "SELECT * WHERE { ?s ?p ?o } LIMIT 10\n"
        return self._render("SPARQL endpoint", first, editor=True, results=None)

    def results_page(self, query: str, form: str, body: bytes, truncated: bool) -> bytes:
        """Results as HTML: a table (SELECT), yes or no (ASK) or Turtle (CONSTRUCT, DESCRIBE)."""
        kind = "graph" if form in GRAPH_FORMS else form
        results: dict[str, Any] = {
            "truncated": truncated,
            "downloads": [(ext, "sparql?" + urlencode({"query": query, "format": ext})) for ext in DOWNLOADS[kind]],
            "turtle": body.decode("utf-8") if kind == "graph" else None,
            "boolean": json.loads(body)["boolean"] if kind == "ASK" else None,
        }
        if kind == "SELECT":
            data = json.loads(body)
            names = data["head"].get("vars", [])
            results["names"] = names
            bindings = data["results"]["bindings"]
            results["rows"] = [[self._cell(row[n]) if n in row else None for n in names] for row in bindings]
        return self._render("SPARQL results", query, editor=False, results=results)

    def _render(self, title: str, query: str, editor: bool, results: dict[str, Any] | None) -> bytes:
        return self._template.render(
            title=title, release=self._release, timeout=f"{self._settings.query_timeout:g}",
            max_rows=self._settings.max_rows, query=query, editor=editor, results=results, examples=self._examples,
        ).encode("utf-8")

    def _cell(self, term: dict) -> Cell:
        kind, value = term["type"], term["value"]
        if kind == "uri":
            return Cell(value, self._href(value))
        if kind == "bnode":
            return Cell(f"_:{value}")
        if kind == "triple":
            parts = (self._cell(value[key]).text for key in ("subject", "predicate", "object"))
            return Cell("<< " + " ".join(parts) + " >>")
        if "xml:lang" in term:
            return Cell(value, None, "@" + term["xml:lang"])
        datatype = term.get("datatype")
        if datatype:
            return Cell(value, None, "^^" + (f"xsd:{datatype[len(_XSD):]}" if datatype.startswith(_XSD) else datatype))
        return Cell(value)

    def _href(self, iri: str) -> str | None:
        """Where an IRI links: the release's own IRIs to this server's pages, other web IRIs as they are."""
        base = self._settings.base
        if iri.startswith(base + "/"):
            return iri[len(base):]
        if iri.startswith(("http://", "https://")):
            return iri
        return None  # urn:, mailto:, javascript: … are shown, never linked
