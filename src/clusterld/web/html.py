"""HTML rendering: the Jinja2 templates, their filters, and the reader's languages."""

from __future__ import annotations

import json
from itertools import groupby
from operator import attrgetter
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
# which cost several times as much per call. They take the page's `label` and `urls` from the template context,
# and write with f-strings, each value through `escape`: the same text as `Markup(...) % (...)`, which escapes
# through a helper object per value and was a tenth of a page's time.


def html_text(text: object) -> Markup:
    """A label or literal, in a `span` saying its language when it has one."""
    lang = getattr(text, "lang", None)
    return Markup(f'<span lang="{escape(lang)}">{escape(text)}</span>') if lang else escape(text)


def _link(label: Any, urls: Any, iri: object) -> Markup:
    name = label(iri)
    lang = f' lang="{escape(name.lang)}"' if name.lang else ""
    return Markup(f'<a href="{escape(urls.href(iri))}"{lang}>{escape(name)}</a>')


@pass_context
def html_link(context: Context, iri: object) -> Markup:
    """A link to where a reader should go for `iri`, named by its label."""
    return _link(context["label"], context["urls"], iri)


@pass_context
def html_term(context: Context, iri: object) -> Markup:
    """A link to a vocabulary term, named by its CURIE (cluster-ontology terms by their label)."""
    short = curie(iri)
    name = short if short and not short.startswith("cl:") else context["label"](iri)
    return Markup(f'<a href="{escape(context["urls"].href(iri))}" title="{escape(iri)}">{escape(name)}</a>')


@pass_context
def html_value(context: Context, term: object) -> Markup:
    """An RDF term as a page shows it: a link, a date, a string in its language, or a value."""
    kind = term_kind(term)
    if kind == "iri":
        return _link(context["label"], context["urls"], term)
    if kind == "date":
        return Markup(f'<time datetime="{escape(term)}">{escape(term)}</time>')
    language = getattr(term, "language", None)
    return Markup(f'<span lang="{escape(language)}">{escape(term)}</span>') if language else escape(term)


def _sentence(label: Any, urls: Any, parts: Iterable[object]) -> str:
    return "".join(_link(label, urls, part) if term_kind(part) == "iri" else html_text(part) for part in parts)


@pass_context
def html_sentence(context: Context, parts: Iterable[object]) -> Markup:
    """A fact's sentence: IRIs as links, strings in their language."""
    return Markup(_sentence(context["label"], context["urls"], parts))


@pass_context
def html_fact(context: Context, fact: Any, heading: str = "h3") -> Markup:
    """A fact (a `views.entity.FactView`) as an article: its sentence, its evidence quotes by document (in the
    order given, which is by document), a link to its page, when it was reported, its confidence and note."""
    label, urls = context["label"], context["urls"]
    out = [f'<article class="fact kind-{escape(fact.kind)}" id="fact-{escape(fact.iri.split("/")[-1])}">\n'
           f'  <{escape(heading)} class="sentence">{_sentence(label, urls, fact.sentence)}</{escape(heading)}>\n']
    if fact.evidence:
        out.append('  <ul class="evidence" aria-label="Evidence">')
        for document, quotes in groupby(fact.evidence, key=attrgetter("document")):
            href = escape(urls.href(document))
            out.append("<li>\n")
            out += [f'<blockquote cite="{href}"><p><a href="{href}#excerpt-{e.start}-{e.end}">“{escape(e.quote)}”</a>'
                    '</p></blockquote>' for e in quotes]
            out.append(f'  <p class="source">— <a href="{href}">{escape(label(document))}</a></p>\n</li>\n')
        out.append("</ul>\n")
    out.append(f'  <p class="meta">\n    <a href="{escape(urls.href(fact.iri))}">About this {escape(fact.kind)}</a>\n')
    if fact.attested:
        out.append(f' · reported on <time datetime="{escape(fact.attested)}">{escape(fact.attested)}</time>')
    if fact.confidence:
        out.append(f" · confidence {escape(fact.confidence)}")
    out.append("  </p>\n")
    if fact.note:
        out.append(f'<p class="note"><strong>Curator’s note:</strong> {html_text(fact.note)}</p>')
    out.append("</article>")
    return Markup("".join(out))


_LEGEND = ("cluster", "organisation", "programme", "person", "agreement", "event")
_NAMED = ("cluster", "organisation", "programme")  # nodes whose names the picture always shows


@pass_context
def html_network(context: Context, picture: Any, focus: str | None, title: str, people_from: int = 1) -> Markup:
    """A network picture as an SVG figure: every node a link to its page, named under it when it is the focus, a
    cluster, an organisation, a programme, or a person with at least `people_from` links; a legend of kinds."""
    label, href = context["label"], context["urls"].href
    out = [f'<figure class="network">\n  <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {picture.width} '
           f'{picture.height}" role="img" aria-labelledby="network-title network-desc">\n    <title id="network-title">'
           f'{escape(title)}</title>\n    <desc id="network-desc">{len(picture.nodes)} nodes and {len(picture.edges)} '
           'links; every node links to its page.</desc>\n    <g class="edges">\n']
    out += [f'      <line x1="{e.x1}" y1="{e.y1}" x2="{e.x2}" y2="{e.y2}"><title>{escape(label(e.via))}</title></line>\n'
            for e in picture.edges]
    out.append('    </g>\n    <g class="nodes">\n')
    for n in picture.nodes:
        out.append(f'      <a href="{escape(href(n.iri))}" class="node kind-{escape(n.kind)}{" focus" if n.iri == focus else ""}">'
                   f'\n        <title>{escape(label(n.iri))} ({escape(n.kind)})</title>\n')
        if n.kind in ("agreement", "event"):
            out.append(f'        <rect x="{round(n.x - n.r * 0.8, 1)}" y="{round(n.y - n.r * 0.8, 1)}" '
                       f'width="{round(n.r * 1.6, 1)}" height="{round(n.r * 1.6, 1)}" rx="2"/>\n')
        else:
            out.append(f'        <circle cx="{n.x}" cy="{n.y}" r="{n.r}"/>\n')
        if n.iri == focus or n.kind in _NAMED or (n.kind == "person" and n.degree >= people_from):
            name = str(label(n.iri))
            name = name if len(name) <= 28 else name[:27] + "…"
            out.append(f'        <text x="{n.x}" y="{round(n.y + n.r + 12, 1)}" text-anchor="middle">{escape(name)}</text>\n')
        out.append("      </a>\n")
    out.append('    </g>\n  </svg>\n  <figcaption>\n    <ul class="legend">\n')
    out += [f'      <li class="kind-{kind}"><span class="swatch" aria-hidden="true"></span>{escape(KIND_NAMES[kind])}</li>\n'
            for kind in _LEGEND]
    out.append("    </ul>\n  </figcaption>\n</figure>")
    return Markup("".join(out))


def make_templates() -> Jinja2Templates:
    """The templates with clusterld's filters; autoescaping is on for every template."""
    templates = Jinja2Templates(directory=str(TEMPLATES))
    templates.env.trim_blocks = True
    # the templates ship with the package and never change under a running server: no stat of every template a
    # page extends on each request to see whether it should be compiled again
    templates.env.auto_reload = False
    templates.env.lstrip_blocks = True
    templates.env.filters["script_json"] = script_json
    templates.env.filters["term_kind"] = term_kind
    templates.env.globals["KIND_NAMES"] = KIND_NAMES
    templates.env.globals["licence_name"] = licence_name
    templates.env.globals["curie"] = curie
    for function in (html_text, html_link, html_term, html_value, html_sentence, html_fact, html_network):
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
