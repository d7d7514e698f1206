"""Labels for people to read: the best literal for the reader's languages, with a readable fallback."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable, Sequence

from rdflib import Literal, URIRef
from rdflib.namespace import ORG, PROV, RDF, SKOS

from clusterld.description import LABEL_PREDICATES, Description, Triples
from clusterld.graph import PREFIXES
from clusterld.iris import VOCAB
from clusterld.store import ServedRelease

_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
VOCABULARIES = tuple(PREFIXES.values())
# readable names for the few terms of other vocabularies whose local names do not read well
VOCABULARY_LABELS = {
    str(SKOS.prefLabel): "preferred label", str(SKOS.altLabel): "alternative label",
    "https://schema.org/url": "website",
    str(ORG.subOrganizationOf): "part of", str(PROV.wasDerivedFrom): "derived from",
    str(PROV.hadPrimarySource): "primary source", str(RDF.subject): "subject", str(RDF.predicate): "predicate",
    str(RDF.object): "object",
}


@dataclass(frozen=True)
class Text:
    """A string and its language tag ('' when untagged)."""

    value: str
    lang: str = ""

    def __str__(self) -> str:
        return self.value


def pick(literals: Iterable[object], languages: Sequence[str]) -> Text | None:
    """The literal in the first language the reader accepts (exact tag, then primary subtag), else untagged,
    else the first in a stable order."""
    candidates = sorted((lit for lit in literals if isinstance(lit, Literal)), key=lambda lit: (lit.language or "", str(lit)))
    if not candidates:
        return None
    for wanted in languages:
        wanted = wanted.lower()
        for lit in candidates:
            if (lit.language or "").lower() == wanted:
                return Text(str(lit), lit.language or "")
        for lit in candidates:
            if (lit.language or "").lower().split("-")[0] == wanted.split("-")[0]:
                return Text(str(lit), lit.language or "")
    plain = next((lit for lit in candidates if not lit.language), candidates[0])
    return Text(str(plain), plain.language or "")


def local_name(iri: str) -> str:
    """A readable name from the end of an IRI: "foundingDate" → "founding date", "north-med" → "north med"."""
    tail = re.split(r"[#/]", iri.rstrip("/#"))[-1]
    return _CAMEL.sub(" ", tail).replace("-", " ").replace("_", " ").lower() or iri


@dataclass
class Labels:
    """Labels of IRIs for one response: from the description graph first, then the store; remembered per request."""

    store: ServedRelease
    languages: Sequence[str]
    graph: Triples = field(default_factory=Description)
    _seen: dict[str, Text] = field(default_factory=dict, init=False, repr=False)

    def __call__(self, iri: object) -> Text:
        """The label of `iri` in the reader's languages, else a name made from a vocabulary term or one of our IRIs,
        else the IRI itself (an outside web page or dataset)."""
        key = str(iri)
        if key not in self._seen:
            found = self._find(key)
            if found is None and key in VOCABULARY_LABELS:
                found = Text(VOCABULARY_LABELS[key], "en")
            if found is None:
                ours = key.startswith(VOCABULARIES) or "/id/" in key or key.startswith(VOCAB)
                found = Text(local_name(key) if ours else key)
            self._seen[key] = found
        return self._seen[key]

    def _find(self, iri: str) -> Text | None:
        node = URIRef(iri)
        # a description holds every label of its subjects and none of anything else: only one place to look
        in_graph = not isinstance(self.graph, Description) or self.graph.describes(node)
        in_store = not isinstance(self.graph, Description) or not in_graph
        for predicate in LABEL_PREDICATES:
            found = pick(self.graph.objects(node, predicate), self.languages) if in_graph else None
            if found is None and in_store:
                found = pick((o for _, _, o, _ in self.store.quads(iri, str(predicate))), self.languages)
            if found is not None:
                return found
        return None

    def using(self, graph: Triples) -> "Labels":
        """The same reader's labels, read from `graph` first."""
        return Labels(self.store, self.languages, graph)

    def text(self, literals: Iterable[object]) -> Text | None:
        """The best of several literals (a description, a claim) for the reader."""
        return pick(literals, self.languages)
