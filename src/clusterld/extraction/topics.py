"""Concepts a sentence is about: every content word of a concept's label (stemmed) occurs in the sentence."""

from __future__ import annotations

import re

from clusterld.extraction.gazetteer import Knowledge
from clusterld.extraction.normalise import fold, stem

_FUNCTION_WORDS = frozenset({"of", "and", "the", "a", "an", "in", "from", "with", "for", "to", "on", "by"})


def content_stems(text: str) -> list[str]:
    """Stems of the content words of `text`."""
    return [stem(w) for w in re.findall(r"[\w&]+", fold(text).replace("-", " ")) if w not in _FUNCTION_WORDS]


def topics_in(sentence: str, knowledge: Knowledge, scheme: str) -> list[str]:
    """Concepts of `scheme` whose label's content words all occur in `sentence`, in order of appearance."""
    stems = content_stems(sentence)
    found: list[tuple[int, str]] = []
    for slug, labels in knowledge.concepts.get(scheme, {}).items():
        for label in labels:
            words = content_stems(label)
            if words and all(w in stems for w in words):
                found.append((min(stems.index(w) for w in words), slug))
                break
    return [slug for _, slug in sorted(found)]
