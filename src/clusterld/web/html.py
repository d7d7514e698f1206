"""HTML rendering: the Jinja2 templates, their filters, and the reader's languages."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.templating import Jinja2Templates
from markupsafe import Markup
from rdflib import Literal, URIRef

from clusterld.graph import PREFIXES
from clusterld.views.labels import Text
from clusterld.portal import licence
from clusterld.web.negotiation import parse_accept_language

TEMPLATES = Path(__file__).parent / "templates"
STATIC = Path(__file__).parent / "static" / "clusterld"
KIND_NAMES = {
    "cluster": "Clusters", "organisation": "Organisations", "programme": "Programmes", "person": "People",
    "place": "Places", "work": "Works", "document": "News articles", "agreement": "Agreements", "event": "Events",
    "role": "Roles and memberships", "observation": "Observations", "assertion": "Stated facts", "claim": "Claims",
}
XSD_DATES = ("date", "gYearMonth", "gYear", "dateTime")


def curie(iri: object) -> str | None:
    """`schema:Organization` for an IRI in a namespace the project binds, else None."""
    text = str(iri)
    for prefix, namespace in sorted(PREFIXES.items(), key=lambda item: -len(item[1])):
        if text.startswith(namespace) and len(text) > len(namespace):
            return f"{prefix}:{text[len(namespace):]}"
    return None


def licence_name(iri: object) -> str:
    """A short name for a well-known licence IRI, else the IRI."""
    known = licence(str(iri))
    return known.name if known else str(iri)


def script_json(data: Any) -> Markup:
    """JSON for a <script type="application/ld+json"> block: `<`, `>` and `&` escaped so text cannot end it."""
    text = json.dumps(data, indent=2, ensure_ascii=False)
    return Markup(text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))


def term_kind(term: object) -> str:
    """How a template shows an RDF term: iri, date, text (a language-tagged or plain string) or value."""
    if isinstance(term, URIRef):
        return "iri"
    if isinstance(term, Literal) and term.datatype is not None and str(term.datatype).rsplit("#", 1)[-1] in XSD_DATES:
        return "date"
    if isinstance(term, (Literal, Text, str)):
        return "text"
    return "value"


def make_templates() -> Jinja2Templates:
    """The templates with clusterld's filters; autoescaping is on for every template."""
    templates = Jinja2Templates(directory=str(TEMPLATES))
    templates.env.trim_blocks = True
    templates.env.lstrip_blocks = True
    templates.env.filters["script_json"] = script_json
    templates.env.filters["term_kind"] = term_kind
    templates.env.globals["KIND_NAMES"] = KIND_NAMES
    templates.env.globals["licence_name"] = licence_name
    templates.env.globals["curie"] = curie
    return templates


def render(templates: Jinja2Templates, name: str, **context: Any) -> bytes:
    """A template rendered to UTF-8 bytes (so Content-Length and ETags are computed on exactly what is sent)."""
    return templates.get_template(name).render(**context).encode("utf-8")


def languages(request: Request, default: str) -> list[str]:
    """The reader's languages, best first: ?lang= (comma-separated), Accept-Language, the default, English."""
    chosen = [tag.strip().lower() for tag in request.query_params.get("lang", "").split(",") if tag.strip()]
    chosen += parse_accept_language(request.headers.get("accept-language"))
    chosen += [default.lower(), "en"]
    return list(dict.fromkeys(chosen))
