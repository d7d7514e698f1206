"""The writing of one synthetic article: sentences from the language's templates, in paragraphs, and facts that
keep the sentences (or the parts of sentences) they were read from as their evidence, so every quote occurs
verbatim in the text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Mapping

from clusterld.generate.language import Language, mention, sentence
from clusterld.generate.lexicon import LANGS
from clusterld.generate.names import institution_name
from clusterld.generate.world import Region

Namer = Callable[[str], tuple[str, str]]  # language → (name, article code)


@dataclass(frozen=True)
class Article:
    """A finished article: front matter values, verbatim text and facts with evidence quotes."""

    front: dict[str, Any]
    text: str


@dataclass
class ArticleWriter:
    """Builds one article: mentions, sentences in paragraphs, facts with their evidence."""

    lang: Language
    doc_id: str
    fact_prefix: str
    names: dict[str, Namer] = field(default_factory=dict)
    values: dict[str, str] = field(default_factory=dict)
    paragraphs: list[list[str]] = field(default_factory=lambda: [[]])
    facts: list[dict[str, Any]] = field(default_factory=list)

    def name(self, key: str, namer: Namer) -> None:
        """Make `key` (and its variants) mention the thing `namer` names, in the article's language."""
        self.names[key] = namer
        self.values.update(mention(self.lang.code, key, *namer(self.lang.code)))

    def fragment(self, template: str, **extra: str) -> str:
        return self.lang.templates[template].format_map({**self.values, **extra})

    def text(self, template: str, **extra: str) -> str:
        return sentence(self.lang.templates[template], {**self.values, **extra})

    def say(self, template: str, **extra: str) -> str:
        """Add a sentence to the current paragraph and return it (to quote as evidence)."""
        said = self.text(template, **extra)
        self.paragraphs[-1].append(said)
        return said

    def paragraph(self) -> None:
        if self.paragraphs[-1]:
            self.paragraphs.append([])

    def label(self, template: str, **extra: Callable[[Language], str]) -> dict[str, str]:
        """A label in the article's language and in English."""
        out = {}
        for code in dict.fromkeys((self.lang.code, "en")):
            values: dict[str, str] = {}
            for key, namer in self.names.items():
                values.update(mention(code, key, *namer(code)))
            values.update({k: f(LANGS[code]) for k, f in extra.items()})
            out[code] = sentence(LANGS[code].templates[template], values)
        return out

    def fact(self, fact_type: str, suffix: str, evidence: list[str], /, **values: Any) -> str:
        """Record a fact (None values left out) and return its id; a fact recorded again only gains evidence."""
        ident = f"{self.fact_prefix}-{suffix}"
        known = next((f for f in self.facts if f["id"] == ident), None)
        if known is None:
            self.facts.append({"type": fact_type, "id": ident, **{k: v for k, v in values.items() if v is not None}, "evidence": []})
            known = self.facts[-1]
        known["evidence"] = list(dict.fromkeys(known["evidence"] + evidence))
        return ident


def same_name(name: str) -> Namer:
    """A name written the same in every language."""
    return lambda lang: (name, "")


def body_name(kind: str, region: Region) -> Namer:
    """The name of one of a region's public bodies, in each language."""
    return lambda lang: institution_name(kind, lang, region)


def local_name(names: Mapping[str, str]) -> Namer:
    """A name kept in its own language except where the article's language has one (brands, companies)."""
    first = next(iter(names.values()))
    return lambda lang: (names.get(lang, first), "")


def country_name(region: Region, lang: str) -> tuple[str, str]:
    """A country's name and article code: 'the United States', 'der Schweiz'."""
    country = region.country
    art = country.de_article if lang == "de" else ("the" if lang == "en" and country.id.startswith("united") else "")
    return country.names[lang], art


def evidence_item(text: str, quote: str) -> str | dict[str, Any]:
    """An evidence item: the quote, with its start offset when it occurs more than once."""
    first = text.find(quote)
    if first < 0:
        raise AssertionError(f"quote not in text: {quote!r}")
    return quote if text.find(quote, first + 1) < 0 else {"quote": quote, "start": first}
