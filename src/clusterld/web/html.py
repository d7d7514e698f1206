"""HTML rendering: the Jinja2 templates, their filters, and the reader's languages."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterable

from fastapi import Request
from fastapi.templating import Jinja2Templates
from jinja2 import pass_context
from jinja2.runtime import Context
from markupsafe import Markup, escape
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
_NAMESPACES = tuple(sorted(PREFIXES.items(), key=lambda item: -len(item[1])))  # longest first


def curie(iri: object) -> str | None:
    """`schema:Organization` for an IRI in a namespace the project binds, else None."""
    text = str(iri)
    for prefix, namespace in _NAMESPACES:
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


# What templates show for terms, on every page and many times on each: Python rather than template macros,
# which cost several times as much per call. They take the page's `label` and `urls` from the template context.


def html_text(text: object) -> Markup:
    """A label or literal, in a `span` saying its language when it has one."""
    lang = getattr(text, "lang", None)
    return Markup('<span lang="%s">%s</span>') % (lang, text) if lang else escape(text)


@pass_context
def html_link(context: Context, iri: object) -> Markup:
    """A link to where a reader should go for `iri`, named by its label."""
    label = context["label"](iri)
    lang = Markup(' lang="%s"') % label.lang if label.lang else ""
    return Markup('<a href="%s"%s>%s</a>') % (context["urls"].href(iri), lang, label)


@pass_context
def html_term(context: Context, iri: object) -> Markup:
    """A link to a vocabulary term, named by its CURIE (cluster-ontology terms by their label)."""
    short = curie(iri)
    name = short if short and not short.startswith("cl:") else context["label"](iri)
    return Markup('<a href="%s" title="%s">%s</a>') % (context["urls"].href(iri), iri, name)


@pass_context
def html_value(context: Context, term: object) -> Markup:
    """An RDF term as a page shows it: a link, a date, a string in its language, or a value."""
    kind = term_kind(term)
    if kind == "iri":
        return html_link(context, term)
    if kind == "date":
        return Markup('<time datetime="%s">%s</time>') % (term, term)
    language = getattr(term, "language", None)
    return Markup('<span lang="%s">%s</span>') % (language, term) if language else escape(term)


@pass_context
def html_sentence(context: Context, parts: Iterable[object]) -> Markup:
    """A fact's sentence: IRIs as links, strings in their language."""
    return Markup("").join(html_link(context, part) if term_kind(part) == "iri" else html_text(part)
                           for part in parts)


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
    for function in (html_text, html_link, html_term, html_value, html_sentence):
        templates.env.globals[function.__name__] = function
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
