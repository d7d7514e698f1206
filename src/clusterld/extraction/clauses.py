"""Relative clauses and appositions between a name and its verb, read as sentences of their own.

"⟨O0⟩, which is based in ⟨L1⟩ and was created in ⟨D2⟩ under the ⟨G3⟩, counts about 280 members, including …"
is read as three clauses: the main one with the relative clause left out ("⟨O0⟩ counts about 280 members,
including …", so the members are the organisation's, not the programme's), and one per coordinated verb of the
relative clause, each after the words up to the name it describes ("⟨O0⟩, which is based in ⟨L1⟩", "⟨O0⟩, which
was created in ⟨D2⟩ under the ⟨G3⟩"). Participial clauses ("BioValley France, based in …, represents") and Spanish and Catalan
ones ("El ⟨O0⟩, que se constituyó en ⟨D1⟩ y tiene su sede en ⟨L2⟩, agrupa a …") read the same way. The rules
for roles, memberships, relations and foundings run over these clauses instead of the whole sentence. A verb
coordinated in the main clause is read with its subject too: "⟨O0⟩, the ⟨O1⟩, was founded in ⟨D2⟩ and has its
office in ⟨L3⟩" also reads "⟨O0⟩ has its office in ⟨L3⟩".

An apposition ("⟨O0⟩, the national research centre for …, is based in ⟨L1⟩") is read the same way: the main clause
without it ("⟨O0⟩ is based in ⟨L1⟩"), and the apposition with its name.

A relative clause ends at the first comma followed by a word that opens a verb phrase (not a conjunction,
article, preposition or name: those continue a list inside the clause), or at the end of the sentence.
"""

from __future__ import annotations

import re
from dataclasses import replace

from clusterld.extraction.context import PLACEHOLDER, SentenceView

_ANTECEDENT = r"⟨[OPGLC]\d+⟩(?: \(⟨[OPGLC]\d+⟩\))?"
_PRONOUN = r"which|who|that|que|qui|whose"
_PARTICIPLE = (
    r"based|headquartered|located|founded|established|created|set up|formed|launched|"
    r"fundad[oa]|cread[oa]|constituid[oa]|situad[oa]|ubicad[oa]|con sede|amb seu|creat|creada|fundat|fundada"
)
_RELATIVE = re.compile(rf"(?P<antecedent>{_ANTECEDENT}), (?:(?P<pronoun>{_PRONOUN}) |(?=(?:{_PARTICIPLE})\b))")
# Words after a comma that continue the clause: a list, an apposition or a complement, not the main verb.
_CONTINUES = frozenset(
    """and or but the a an its their his her this these in at on of from with near by for to as such including among
    notably both y o e el la los las les els un una su sus seu seva en de del amb con por per para cerca entre
    which who that que qui whose where donde on""".split()
)
_COMMA_WORD = re.compile(r", (?P<word>[a-zà-ÿ]+)\b")
_COMMA_AND_NAME = re.compile(r", (?:and|y|i|&) (?:by |with |por |con |amb )?(?:the |la |el |l'|los |las |els |les )?⟨[OPGC]\d+⟩")
# An apposition: 'the Dutch security cluster' between commas after a name, naming nothing but places, and followed
# by the main verb or by 'and' and the next name of a list: '⟨O0⟩ (⟨O1⟩), the Dutch security cluster, and ⟨O2⟩ signed'.
_APPOSITION = re.compile(
    rf"(?P<antecedent>{_ANTECEDENT}), (?P<body>(?:the|a|an|el|la|l'|un|una) (?:[^,⟨;]|⟨[LC]\d+⟩){{1,90}}?),"
    rf"(?= (?:and|y|i) ⟨|(?! (?:{'|'.join(sorted(_CONTINUES))})\b) [a-zà-ÿ])"
)
# A coordinated verb inside the clause: 'and was created', 'y tiene su sede', 'and is led by'.
_COORDINATED = re.compile(
    r" (?:and|y|i) (?=(?:is|was|has|had|have|are|were|will|also|now|still|counts|employs|represents|hosts|brings|"
    r"se|es|és|fue|ha|han|va|tiene|té|cuenta|compta|agrupa|reúne|reuneix|aplega|está|forma|formen|forman|pertenece|pertany|belongs|joined|based|headquartered|located|founded|"
    r"established|created|set up|formed|launched|fundad[oa]|cread[oa]|constituid[oa]|con sede)\b)"
)

# The subject that opens a main clause, after a date or a few words, with an apposition: '⟨O0⟩, the ⟨O1⟩, was …'.
_SUBJECT = re.compile(r"^(?:[^⟨,]{0,25}(?:⟨D\d+⟩)?,? )?(?:the |el |la |l')?(?P<s>⟨[OPG]\d+⟩)(?: \(⟨[OPG]\d+⟩\))?(?:, (?:the|a|an|el|la|l')[^,;]{1,80},)? (?!(?:and|or|y|i|o)\b)(?=[a-zà-ÿ])")

_AFTER_PREPOSITION = re.compile(r"\b(?:en|in|at|a|de|del|of|al|from|para|per|to|with|con|amb|by|por|on) (?:the |el |la |l')?$")


def clause_end(text: str, start: int) -> int:
    """Where a relative clause opening at `start` of `text` ends: the comma before the main verb, or before the next
    name of a list ('X, que coordina el ⟨C1⟩, y la ⟨O2⟩ firmaron', '…, which manages it, and by ⟨O3⟩'), else the end."""
    listed = _COMMA_AND_NAME.search(text, start)
    for match in _COMMA_WORD.finditer(text, start, listed.start() if listed else len(text)):
        if match.group("word").casefold() not in _CONTINUES:
            return match.start()
    if listed:
        return listed.start()
    end = len(text.rstrip())
    return end - 1 if text[end - 1 : end] in ".;!?" else end


def clause_views(view: SentenceView) -> list[SentenceView]:
    """The sentence as clauses: the main one without its relative clauses, then each relative clause's verbs,
    then each coordinated verb of the main clause with its subject."""
    views = _without_relatives(view)
    return [*views, *(replace(view, masked=c) for c in _coordinated_verbs(views[0].masked))]


def _coordinated_verbs(main: str) -> list[str]:
    """'⟨O0⟩, the ⟨O1⟩, was founded in ⟨D2⟩ … and has its office in ⟨L4⟩.' also reads '⟨O0⟩ has its office in ⟨L4⟩.'"""
    subject = _SUBJECT.match(main)
    if subject is None or _AFTER_PREPOSITION.search(main, 0, subject.start("s")):
        return []  # 'Está inscrita en el ⟨O0⟩ … y forma parte de …': the name is not the subject
    parts = _COORDINATED.split(main[subject.end() :])[1:]
    return [f"{subject.group('s')} {part.strip().rstrip('.')}." for part in parts]


def _without_relatives(view: SentenceView) -> list[SentenceView]:
    masked = view.masked
    found = [(m, m.end("antecedent"), clause_end(masked, m.end())) for m in _RELATIVE.finditer(masked)]
    found += [(m, m.end("antecedent"), m.end("body")) for m in _APPOSITION.finditer(masked)]
    relatives: list[tuple[re.Match[str], int, int]] = []
    for match, start, end in sorted(found, key=lambda f: f[1]):
        if relatives and match.start() < relatives[-1][2]:
            continue  # a clause inside a clause is read with the outer one
        relatives.append((match, start, end))
    if not relatives:
        return [view]
    main: list[str] = []
    clauses: list[str] = []
    cursor = 0
    for match, start, end in relatives:
        main.append(masked[cursor:start])
        cursor = end + 1 if masked[end : end + 1] == "," else end  # the main verb follows the name directly
        pronoun = f"{match.group('pronoun')} " if match.re is _RELATIVE and match.group("pronoun") else ""
        body = masked[match.end() : end] if match.re is _RELATIVE else match.group("body")
        for part in _COORDINATED.split(body):
            clauses.append(f"{masked[:start]}, {pronoun}{part.strip()}.")  # with what leads to the name: '⟨O2⟩ at ⟨L3⟩ (⟨O4⟩), which …'
    main.append(masked[cursor:])
    return [replace(view, masked=re.sub(r" {2,}", " ", "".join(main))), *(replace(view, masked=c) for c in clauses)]


def relative_spans(view: SentenceView) -> list[tuple[int, int]]:
    """The raw spans of the sentence's relative clauses: from the end of the name they describe to the end of
    the last name or date inside them, or to the clause's end when none is (the raw text then reads as masked)."""
    spans = []
    for match in _RELATIVE.finditer(view.masked):
        end = clause_end(view.masked, match.end())
        inside = list(PLACEHOLDER.finditer(view.masked, match.end(), end))
        antecedent = view.slot(list(PLACEHOLDER.finditer(match.group("antecedent")))[-1].group())
        spans.append((antecedent.end, view.slot(inside[-1].group()).end if inside else antecedent.end + end - match.end("antecedent")))
    return spans
