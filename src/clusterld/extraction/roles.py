"""Roles ("Jane Doe, CEO of Acme", "Acme's president, Mr. Doe", "Acme professor Jane Doe") and memberships
("X belongs to Y", "X is a member of Y", "X joined Y", "Y's members include A, B and C")."""

from __future__ import annotations

import re

from clusterld.extraction.candidates import ROLE_WORD
from clusterld.extraction.context import ORG, PERSON, ArticleState, FactDraft, SentenceView
from clusterld.extraction.normalise import clean_label, fold

_HONORIFIC = r"(?:(?:Mr|Mrs|Ms|Dr|Prof)\.? )?"
_LABEL = r"[^,;:()⟨⟩\"]{2,80}?"
_ORG_OR_PROGRAMME = r"⟨[OG]\d+⟩"
_ANAPHORA = r"association|organi[sz]ation|cluster|alliance|network|council|company|group|institute|agency|federation|foundation"
_NOT_MODIFIERS = frozenset("the a an by to of and with for from at in on as is was who has have his her its their our also now new former current".split())
_ROLE_PATTERNS = tuple(
    re.compile(p)
    for p in (
        rf"(?P<person>{PERSON}), (?:the |a |an |who is (?:the )?|now )?(?P<label>{_LABEL}) (?:of|at|for|with) (?:the )?(?P<org>{_ORG_OR_PROGRAMME})",
        rf"(?P<org>{ORG})(?:'s|s) (?:new |current |former )?(?P<label>{_LABEL}),? {_HONORIFIC}(?P<person>{PERSON})",
        rf"(?:^|, |\band |\bby |\bwith )(?:the )?(?P<label>[A-Za-z][^,;:()⟨⟩\"]{{1,60}}?) (?:of|at) (?:the )?(?P<org>{ORG}),? {_HONORIFIC}(?P<person>{PERSON})",
        rf"(?P<org>{ORG}) (?P<label>(?:[A-Za-z][\w\-]* ){{0,3}}?[A-Za-z][\w\-]*) {_HONORIFIC}(?P<person>{PERSON})",
        rf"(?P<label>\b[A-Za-z][\w\-]*(?: [A-Za-z][\w\-]*){{0,2}}) (?P<person>{PERSON}) (?:of|at|from) (?:the )?(?P<org>{ORG})",
        rf"(?P<person>{PERSON}), (?P<org>{ORG}) (?P<label>(?:[A-Za-z][\w\-]* ){{0,4}}?[A-Za-z][\w\-]*)(?=[,;.)]|$| and )",
        rf"(?P<person>{PERSON}),? (?:is|was|has been|became|becomes|will be|serves as|acts as|as) (?:the |a |an |its )?(?:new |newly appointed |current )?(?P<label>{_LABEL}) (?:of|at|for) (?:the )?(?P<org>{_ORG_OR_PROGRAMME})",
        rf"(?P<org>{ORG}) (?:has )?(?:appointed|named|elected|hired) {_HONORIFIC}(?P<person>{PERSON}) (?:as )?(?:its |the )?(?:new )?(?P<label>{_LABEL})(?=[,;.]|$| and | to )",
    )
)
_ROLE_ANAPHORA = re.compile(rf"(?P<person>{PERSON}), (?P<label>{_LABEL}) of the (?:{_ANAPHORA})(?: and (?P<label2>[^,;:()⟨⟩]{{2,40}}?))?(?=[,;.]|$)")
_MEMBERSHIP_PATTERNS = tuple(
    re.compile(p)
    for p in (
        rf"(?P<member>⟨[OP]\d+⟩),? (?:which |who )?(?:also )?(?:belongs|belong|belonged) to (?:the )?(?P<org>{_ORG_OR_PROGRAMME})",
        rf"(?P<member>⟨[OP]\d+⟩),? (?:which |who )?(?:is|are|was|has been|became|becomes|will become) (?:also |now |already )?(?:a |an |the )?(?:new |founding |full |associate |active )?members? of (?:the )?(?P<org>{_ORG_OR_PROGRAMME})",
        rf"(?P<member>⟨[OP]\d+⟩),? (?:which |who )?(?:has |have |recently )?(?:officially )?(?:joined|joins) (?:the )?(?P<org>{_ORG_OR_PROGRAMME})",
        rf"(?P<member>⟨[OP]\d+⟩), (?:a |an |one of the )?(?:founding |full |associate )?members? of (?:the )?(?P<org>{_ORG_OR_PROGRAMME})",
        rf"(?P<member>⟨O\d+⟩) is one of (?:the )?(?:[\w\-]+ ){{0,3}}?(?:clusters|members|organi[sz]ations|partners|companies)(?: [a-z ]{{0,25}}?)? (?:of|in|under|within|supported by|selected for) (?:the )?(?P<org>{_ORG_OR_PROGRAMME})",
    )
)
_MEMBER_LIST = re.compile(
    rf"(?P<org>{_ORG_OR_PROGRAMME})[^;.]{{0,60}}?\b(?:members|partners|member companies|member organi[sz]ations|founding members|shareholders)"
    rf"(?: [\w\- ]{{0,20}})?,? (?:include|includes|including|are|such as|like|comprise|among them|among others|notably)[: ]+(?P<list>[^;.]+)"
)
_LIST_MEMBER_OF = re.compile(rf"(?P<list>(?:⟨O\d+⟩(?:, | and | & |, and ))+⟨O\d+⟩) (?:are|were|have become|became) (?:all )?(?:founding )?members of (?:the )?(?P<org>{_ORG_OR_PROGRAMME})")


def extract_roles(view: SentenceView, state: ArticleState) -> None:
    """Draft role facts from the sentence."""
    for pattern in _ROLE_PATTERNS:
        for match in pattern.finditer(view.masked):
            label = _role_label(match.group("label"))
            if label:
                _add_role(view, state, view.slot(match.group("person")).ref, view.slot(match.group("org")).ref, label, 0.8)
    for match in _ROLE_ANAPHORA.finditer(view.masked):
        person = view.slot(match.group("person"))
        org = state.last_of({"cluster-organisation", "organisation"}, before=person.start)
        if org is None:
            continue
        for group in ("label", "label2"):
            label = _role_label(match.group(group) or "")
            if label:
                fact = _add_role(view, state, person.ref, org, label, 0.6)
                fact.note("'the association' (or organisation) read as the organisation named just before.")


def _role_label(raw: str) -> str | None:
    """The role as written: its role word with up to three modifiers before it; None if it names no role."""
    words = raw.split()
    if not words or len(words) > 9 or not ROLE_WORD.search(raw):
        return None
    first_role = next(i for i in range(len(words)) if ROLE_WORD.match(" ".join(words[i:])))
    start = first_role
    while start > 0 and first_role - start < 3 and words[start - 1].lower() not in _NOT_MODIFIERS:
        start -= 1
    return clean_label(" ".join(words[start:])) or None


def _add_role(view: SentenceView, state: ArticleState, person: str, org: str, label: str, confidence: float) -> FactDraft:
    fields: dict[str, object] = {"person": person, "organisation": org, "role_label": {"en": label}}
    concept = role_concept(label, state)
    if concept:
        fields["role"] = concept
    key = ("role", person, org, concept or fold(label))
    return state.add(FactDraft("role", key, fields, [view.span], confidence))


def role_concept(label: str, state: ArticleState) -> str | None:
    """The role concept whose label (or alternative label) occurs in `label`; the longest wins."""
    folded = f" {fold(label).replace('-', ' ')} "
    best: tuple[int, str] | None = None
    for slug, labels in state.knowledge.concepts.get("role", {}).items():
        for concept_label in labels:
            if f" {concept_label.replace('-', ' ')} " in folded and (best is None or len(concept_label) > best[0]):
                best = (len(concept_label), slug)
    return best[1] if best else None


def extract_memberships(view: SentenceView, state: ArticleState) -> None:
    """Draft membership facts from the sentence."""
    pairs: list[tuple[str, str, float]] = []
    for pattern in _MEMBERSHIP_PATTERNS:
        for match in pattern.finditer(view.masked):
            pairs.append((view.slot(match.group("member")).ref, view.slot(match.group("org")).ref, 0.8))
    for match in _MEMBER_LIST.finditer(view.masked):
        org = view.slot(match.group("org")).ref
        pairs += [(member, org, 0.7) for member in view.refs(match.group("list"), "OP")]
    for match in _LIST_MEMBER_OF.finditer(view.masked):
        org = view.slot(match.group("org")).ref
        pairs += [(member, org, 0.7) for member in view.refs(match.group("list"), "O")]
    for member, org, confidence in pairs:
        if member != org:
            state.add(FactDraft("membership", ("membership", member, org), {"member": member, "organisation": org}, [view.span], confidence))
