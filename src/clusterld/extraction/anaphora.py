"""Anaphora the rules need: 'It'/'Its'/'The association'/'El clúster' opening a sentence, and 'the cluster'
inside one.

Each becomes a mention of the organisation the article named last (for 'the cluster', the cluster or
cluster organisation named last before the sentence, preferring one whose name has the noun: 'Oslo Cancer
Cluster' over a network named after it), so 'Its managing director, Frank Weber' and 'It was founded in 1997'
read like sentences that name the organisation.
"""

from __future__ import annotations

import re

from clusterld.extraction.context import ArticleState
from clusterld.extraction.mentions import Mention
from clusterld.extraction.normalise import fold, strip_accents
from clusterld.extraction.sentences import Sentence

_NOUNS = "association|cluster|organisation|organization|agency|alliance|network|company|institute|foundation|council"
_ROMANCE_NOUNS = "clúster|cluster|asociación|associació|entidad|entitat|organización|organització|agencia|agència|fundación|fundació|red|xarxa"
_OPENING = re.compile(
    rf"(?:(?P<pronoun>It)s?\b|(?P<noun>(?:The|This) (?:{_NOUNS}))(?=['’]s\b|,| (?:is|was|has|had|now|also|counts|represents|brings|will)\b)"
    rf"|(?P<romance>(?:El|La|Este|Esta|Aquest|Aquesta|Dicha|Dicho) (?:{_ROMANCE_NOUNS}))(?=,| (?:es|és|fue|va|ha|forma|cuenta|compta|agrupa|reúne|tiene|té|també|también|ya|ja)\b))"
)
_THE_CLUSTER = re.compile(r"\bthe (?P<noun>cluster|association|alliance)\b(?![ \u00a0]+(?:[A-Z⟨]|organi[sz]ation|manage|polic|initiative|program|member|approach|model|strateg|development|level|mapping|landscape|region|sector))")
_ORGANISATIONS = {"cluster-organisation", "organisation"}


def anaphora(text: str, sentence: Sentence, state: ArticleState) -> list[Mention]:
    """Mentions standing for the antecedents of the sentence's anaphora."""
    out: list[Mention] = []
    opening = _OPENING.match(text, sentence.start, sentence.end)
    if opening:
        noun = opening.group("noun") or opening.group("romance") or ""
        wanted = {"cluster-organisation"} if "cluster" in strip_accents(noun).casefold() else _ORGANISATIONS
        ref = state.last_of(wanted, before=sentence.start) or state.last_of(_ORGANISATIONS, before=sentence.start)
        if ref:
            end = sentence.start + (2 if opening.group("pronoun") else len(noun))
            out.append(Mention(sentence.start, end, ref, state.kind_of(ref), ref in state.proposals))
    for match in _THE_CLUSTER.finditer(text, opening.end() if opening else sentence.start, sentence.end):
        earlier = [m for m in state.recent if m.start < sentence.start and m.kind in ("cluster", "cluster-organisation")]
        named = [m for m in earlier if match.group("noun") in fold(text[m.start : m.end])]
        if earlier:
            last = (named or earlier)[-1]
            out.append(Mention(match.start(), match.end(), last.entity, last.kind, last.proposed))
    return out
