"""What the fact rules see: one sentence with its entity mentions masked, and the state of the article so far.

A masked sentence replaces each mention with a placeholder such as ⟨O3⟩ (kind letter + mention number), on a
copy of the sentence with quotes, dashes and spaces made plain. Rules are regular expressions over that copy,
so "Jane Doe, CEO of Acme" and "Melqui Calzado, General Secretary of the association" look alike whatever
the names. Evidence is always the raw sentence span, never the masked copy.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from clusterld.extraction.dates import DateMention
from clusterld.extraction.gazetteer import Knowledge
from clusterld.extraction.lexicon import HONORIFICS
from clusterld.extraction.mentions import EventName, Mention
from clusterld.extraction.normalise import INVISIBLE, SPACES, fold, strip_accents
from clusterld.extraction.proposals import Proposal
from clusterld.extraction.sentences import Sentence

KIND_LETTER = {"organisation": "O", "cluster-organisation": "O", "person": "P", "programme": "G", "place": "L", "cluster": "C", "work": "W", "event": "E", "date": "D"}
PLACEHOLDER = re.compile(r"⟨([OPGLCWED])(\d+)⟩")
ORG = r"⟨O\d+⟩"
PERSON = r"⟨P\d+⟩"
PLACE = r"⟨[LC]\d+⟩"
PROGRAMME = r"⟨G\d+⟩"
ORG_OR_PROGRAMME = r"⟨[OG]\d+⟩"
EVENT = r"⟨E\d+⟩"
AGENT = r"⟨[OP]\d+⟩"
ANY = r"⟨[OPGLCWE]\d+⟩"
DATE = r"⟨D\d+⟩"
# 'Entre ellos figuran A, B y C', 'Among the newcomers are A and B': a list opening a sentence names some of what the
# sentence before counted (ArticleState.counted_before): the organisation's members, or the companies that went.
COUNTED_LIST_OPENING = (
    r"(?:Entre (?:ellos|ellas|ells|elles) (?:figuran|destacan|están|se encuentran|hay|había|hi ha|hi havia|hi figuren|destaquen)"
    r"|Among (?:them|the newcomers|the new members|its new members) (?:are|were))"
)
COUNTED_LIST = re.compile(rf"^{COUNTED_LIST_OPENING}[: ]+(?P<list>[^;.]+)")
# An apposition after a name that names another: ', the agronomy faculty of the ⟨O7⟩', ', a subsidiary of the ⟨O4⟩ (⟨O5⟩)';
# not a name after its descriptor (', the materials group ⟨O2⟩' is the next item of a list).
_APPOSITION = re.compile(r", (?:the|a|an|el|la|l'|un|una) [^,;⟨]{0,60}?\b(?:of|at|in|for|from|with|to|by|de|del|dels|en|a|al|per|para|por|d'|de l')(?: the| la| el| l'| les| los| las| els)? ?⟨[OPC]\d+⟩(?: \(⟨[OC]\d+⟩\))?")
_CLOSED_APPOSITION = re.compile(_APPOSITION.pattern + r"(?=,)")


def without_appositions(masked: str, closed: bool = False) -> str:
    """The masked text without the appositions that describe a name by another ('A, the agency of B' is A); `closed`:
    only those a comma ends ('the AIDC-EC, a subsidiary of the ECDC, signed')."""
    return (_CLOSED_APPOSITION if closed else _APPOSITION).sub("", masked)


# How far back (in characters) an anaphor looks for what it stands for: longer than any news article, and it
# keeps a long input linear, where walking every earlier mention for every 'the cluster' was quadratic.
ANAPHORA_REACH = 20_000
# A title before a person says nothing the rules read: 'el rector de la UACH, Dr. ⟨P3⟩' is 'el rector de la UACH, ⟨P3⟩',
# 'la Lic. ⟨P2⟩' is '⟨P2⟩'. Abbreviations only: 'Professor ⟨P1⟩ of ⟨O2⟩' says a role.
_HONORIFIC = re.compile(rf"\b(?:(?:la|el) )?(?:{'|'.join(h.capitalize() for h in sorted(HONORIFICS) if len(h) <= 5)})\.? (?=⟨P\d+⟩)")
_PLAIN = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\n": " "} | {c: " " for c in SPACES} | {c: "" for c in INVISIBLE})


@dataclass(frozen=True)
class Slot:
    """What a placeholder stands for: an entity id (registry or proposal) or an event fact key."""

    ref: str
    kind: str
    start: int
    end: int


@dataclass(frozen=True)
class SentenceView:
    """A sentence, its masked copy and the slots its placeholders stand for."""

    sentence: Sentence
    masked: str
    slots: tuple[Slot, ...]
    dates: tuple[DateMention, ...]

    def slot(self, token: str) -> Slot:
        """The slot of a placeholder token '⟨O3⟩'."""
        match = PLACEHOLDER.fullmatch(token)
        if match is None:
            raise ValueError(token)
        return self.slots[int(match.group(2))]

    def date(self, token: str) -> DateMention:
        """The date mention of a placeholder token '⟨D2⟩'."""
        return self.dates[int(self.slot(token).ref)]

    def refs(self, masked_text: str, kinds: str = "OPGLCWE") -> list[str]:
        """Ids of the placeholders of the given kind letters in a piece of the masked sentence, in order."""
        return list(dict.fromkeys(self.slots[int(m.group(2))].ref for m in PLACEHOLDER.finditer(masked_text) if m.group(1) in kinds))

    @property
    def span(self) -> tuple[int, int]:
        """The raw span of the whole sentence."""
        return self.sentence.start, self.sentence.end


def view(text: str, sentence: Sentence, mentions: list[Mention], events: list[tuple[EventName, str]], dates: list[DateMention], conjunction: str = "and") -> SentenceView:
    """Mask `sentence`: mentions and named events become placeholders; the rest is made plain. Mentions sharing
    one span (a group: 'the three associations') become a list of placeholders joined by `conjunction`."""
    marks = [(m.start, m.end, m.entity, m.kind) for m in mentions]
    marks += [(e.start, e.end, key, "event") for e, key in events if sentence.start <= e.start < sentence.end]
    marks += [(d.start, d.end, str(i), "date") for i, d in enumerate(dates)]
    marks = _disjoint(sorted(marks, key=lambda m: (m[0], -(m[1] - m[0]))))
    pieces: list[str] = []
    slots: list[Slot] = []
    cursor = sentence.start
    for start, end, ref, kind in marks:
        if slots and (slots[-1].start, slots[-1].end) == (start, end):
            pieces[-1] = pieces[-1].replace(f" {conjunction} ", ", ")  # 'A and B' becomes 'A, B and C'
            pieces.append(f" {conjunction} ⟨{KIND_LETTER[kind]}{len(slots)}⟩")
            slots.append(Slot(ref, kind, start, end))
            continue
        pieces.append(text[cursor:start].translate(_PLAIN))
        pieces.append(f"⟨{KIND_LETTER[kind]}{len(slots)}⟩")
        slots.append(Slot(ref, kind, start, end))
        cursor = end
    pieces.append(text[cursor : sentence.end].translate(_PLAIN))
    masked = _HONORIFIC.sub("", re.sub(r" {2,}", " ", "".join(pieces)))
    return SentenceView(sentence, masked, tuple(slots), tuple(dates))


def _disjoint(marks: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """Marks that do not overlap, the earliest and longest first; entity marks of one span (a group) are kept together."""
    out: list[tuple[int, int, str, str]] = []
    for mark in marks:
        if not out or mark[0] >= out[-1][1] or (mark[:2] == out[-1][:2] and {mark[3], out[-1][3]}.isdisjoint({"event", "date"}) and mark[2] not in {m[2] for m in out if m[:2] == mark[:2]}):
            out.append(mark)
    return out


@dataclass
class FactDraft:
    """A candidate fact being assembled: fields, evidence spans, notes and a confidence."""

    type: str
    key: tuple[Any, ...]
    fields: dict[str, Any]
    evidence: list[tuple[int, int]]
    confidence: float
    notes: list[str] = field(default_factory=list)

    def add_evidence(self, span: tuple[int, int]) -> None:
        """Add a supporting sentence once."""
        if span not in self.evidence:
            self.evidence.append(span)

    def note(self, text: str | None) -> None:
        """Add a derivation note once."""
        if text and text not in self.notes:
            self.notes.append(text)


@dataclass
class ArticleState:
    """The article as read so far: facts drafted, the event and agreement in focus, recent mentions."""

    text: str
    knowledge: Knowledge
    article_date: date | None
    kinds: dict[str, str]
    proposals: dict[str, Proposal]
    language: str  # of the article: labels copied from its text are in this language
    facts: dict[tuple[Any, ...], FactDraft] = field(default_factory=dict)
    focus_event: tuple[Any, ...] | None = None
    focus_agreement: tuple[Any, ...] | None = None
    pending_agreement: tuple[SentenceView, list[str], str] | None = None  # an agreement sentence with one party only, and its kind
    recent: list[Mention] = field(default_factory=list)
    subjects: list[tuple[int, str]] = field(default_factory=list)  # (sentence start, first organisation named)
    groups: list[tuple[str, ...]] = field(default_factory=list)  # the organisations 'the two clusters' stood for
    unmatched_numbers: list[str] = field(default_factory=list)
    folded: dict[str, tuple[str, ...]] = field(default_factory=dict)  # a name's folded words, computed once
    roles: dict[str, list[tuple[Any, ...]]] = field(default_factory=dict)  # person -> keys of their role facts, in order
    counts: dict[int, list[tuple[str, str]]] = field(default_factory=dict)  # end of a count's sentence -> (what, indicator) of each count there
    organisations: dict[tuple[str, ...], list[str]] = field(default_factory=dict)  # a name's folded words -> the organisations so named; built on first use
    participations: dict[tuple[int, int], list[tuple[Any, ...]]] = field(default_factory=dict)  # a sentence -> keys of the participations it supports

    def add(self, fact: FactDraft) -> FactDraft:
        """Add a fact, or merge it into the one with the same key (lists united, evidence added)."""
        if fact.type == "observation":  # indexed: a list opening the next sentence names some of what was counted
            for _, end in fact.evidence:
                self.counts.setdefault(end, []).append((str(fact.fields["about"]), str(fact.fields["indicator"])))
        if fact.type == "participation":  # indexed: who a sentence puts on a trip may be a member of who made it
            for span in fact.evidence:
                keys = self.participations.setdefault(span, [])
                keys += [fact.key] if fact.key not in keys else []
        existing = self.facts.get(fact.key)
        if existing is None:
            self.facts[fact.key] = fact
            if fact.type == "role":  # indexed: roles are looked up per person for every quotation and signatory
                self.roles.setdefault(fact.fields["person"], []).append(fact.key)
            return fact
        for name, value in fact.fields.items():
            if isinstance(value, list):
                existing.fields.setdefault(name, [])
                existing.fields[name] += [v for v in value if v not in existing.fields[name]]
            else:
                existing.fields.setdefault(name, value)
        for span in fact.evidence:
            existing.add_evidence(span)
        for note in fact.notes:
            existing.note(note)
        existing.confidence = max(existing.confidence, fact.confidence)
        return existing

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        """The mentions read so far that start in [start, end), in order (`recent` is in text order: a bisection)."""
        return self.recent[bisect.bisect_left(self.recent, start, key=lambda m: m.start) : bisect.bisect_left(self.recent, end, key=lambda m: m.start)]

    def mentions_before(self, before: int, reach: int = ANAPHORA_REACH) -> list[Mention]:
        """The mentions starting in the `reach` characters before offset `before`, in order."""
        return self.mentions_in(before - reach, before)

    def focus_parties(self) -> tuple[str, ...]:
        """The parties of the agreement in focus; none without one."""
        return tuple(self.facts[self.focus_agreement].fields["parties"]) if self.focus_agreement else ()

    def words_of(self, name: str) -> tuple[str, ...]:
        """The folded, accent-free words of a name."""
        words = self.folded.get(name)
        if words is None:
            words = self.folded[name] = tuple(strip_accents(fold(name)).split())
        return words

    def last_of(self, kinds: set[str], before: int) -> str | None:
        """The entity of one of `kinds` mentioned last before offset `before` (within the anaphora reach)."""
        return next((m.entity for m in reversed(self.mentions_before(before)) if m.kind in kinds), None)

    def subject_before(self, offset: int) -> str | None:
        """The organisation the last sentence before `offset` that names one is about (the first it names)."""
        return next((ref for start, ref in reversed(self.subjects) if start < offset), None)

    def cluster_before(self, offset: int) -> str | None:
        """A cluster organisation one of the two sentences before `offset` is about ('X has brought 24 members. The
        pavilion was organised with Y. Among the members are …': X), else what the sentence before is about."""
        recent = [ref for start, ref in reversed(self.subjects) if start < offset][:2]
        clusters = [ref for ref in recent if self.kind_of(ref) in ("cluster-organisation", "cluster")]
        return clusters[0] if clusters else self.subject_before(offset)

    def main_subject(self) -> str | None:
        """The organisation the article is most about so far: the one most sentences opened on."""
        counts = Counter(ref for _, ref in self.subjects)
        return max(counts, key=counts.__getitem__) if counts else None

    def counted_before(self, offset: int) -> tuple[str, str] | None:
        """(what, indicator) of the last count drafted from the sentence that ends right before `offset`: whom 'Entre
        ellos figuran …' or 'Among them are …' (COUNTED_LIST) lists."""
        end = offset
        while end > 0 and self.text[end - 1].isspace():
            end -= 1
        counted = self.counts.get(end)
        return counted[-1] if counted else None

    def counted_in(self, span: tuple[int, int]) -> list[tuple[str, str]]:
        """(what, indicator) of each count drafted from the sentence at `span`."""
        return self.counts.get(span[1], [])

    def kind_of(self, ref: str) -> str:
        """The registry type of an entity id (or a proposal's suggested type)."""
        return self.kinds.get(ref, "")

    def names_of(self, ref: str) -> tuple[str, ...]:
        """The names of a registry entity or a proposal; none for anything else."""
        if ref in self.knowledge.entities:
            return self.knowledge.entities[ref].names
        proposal = self.proposals.get(ref)
        return (proposal.name, *proposal.alt_names) if proposal else ()

    def name_of(self, ref: str) -> str:
        """The main name of a registry entity or a proposal, else the id."""
        if ref in self.knowledge.entities:
            return self.knowledge.entities[ref].name
        return self.proposals[ref].name if ref in self.proposals else ref

    def organisations_named(self, words: tuple[str, ...]) -> list[str]:
        """The registry organisations and proposed ones a name (as folded words) names; indexed once per article."""
        if not self.organisations:
            for ref, kind in self.kinds.items():
                for name in self.names_of(ref) if kind in ("organisation", "cluster-organisation") else ():
                    self.organisations.setdefault(self.words_of(name), []).append(ref)
        return self.organisations.get(words, [])

    def roles_of(self, person: str) -> list[FactDraft]:
        """The role facts drafted for a person, in drafting order."""
        return [self.facts[key] for key in self.roles.get(person, ())]

    def organisations_of(self, person: str) -> list[str]:
        """The organisations drafted roles give a person."""
        return [f.fields["organisation"] for f in self.roles_of(person)]

    def rekey_role(self, old: tuple[Any, ...], new: tuple[Any, ...]) -> FactDraft:
        """Give a drafted role a new key; it moves to the end of the drafting order."""
        fact = self.facts.pop(old)
        fact.key = new
        self.facts[new] = fact
        keys = self.roles[fact.fields["person"]]
        keys.remove(old)
        keys.append(new)
        return fact
