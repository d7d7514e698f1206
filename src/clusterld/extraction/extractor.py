"""The extraction run: sentences, metadata, mentions, then the fact rules sentence by sentence."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from clusterld.extraction.agreements import extract_agreements
from clusterld.extraction.anaphora import anaphora
from clusterld.extraction.assemble import assemble_facts
from clusterld.extraction.boards import extract_boards
from clusterld.extraction.claims import Interview, extract_claims, read_interview
from clusterld.extraction.clauses import clause_views
from clusterld.extraction.context import ArticleState, view
from clusterld.extraction.cues import NEWS_FROM, TEAM_AFTER
from clusterld.extraction.dates import find_dates
from clusterld.extraction.events import draft_named_event, extract_events
from clusterld.extraction.gazetteer import Knowledge, load_knowledge
from clusterld.extraction.kinds import managed_clusters
from clusterld.extraction.language import detect_language
from clusterld.extraction.meetings import extract_joint_gatherings, extract_meetings
from clusterld.extraction.memberships import extract_counted_members, extract_memberships, lists_members_first
from clusterld.extraction.mentions import Mention, find_mentions, mentions_within
from clusterld.extraction.metadata import Metadata, read_metadata
from clusterld.extraction.missions import extract_missions
from clusterld.extraction.normalise import plain, slugify
from clusterld.extraction.observations import extract_observations
from clusterld.extraction.participations import extract_participation
from clusterld.extraction.proposals import Proposal
from clusterld.extraction.publications import extract_publications
from clusterld.extraction.foundings import extract_foundings
from clusterld.extraction.relations import extract_relations
from clusterld.extraction.render import proposal_entity, render_document
from clusterld.extraction.roles import extract_roles, extract_successions
from clusterld.extraction.sentences import Sentence, split_sentences


@dataclass(frozen=True)
class Draft:
    """A drafted document: front matter, text, proposed entities, and what was linked."""

    front: dict[str, Any]
    text: str
    proposals: tuple[dict[str, Any], ...]
    unmatched_numbers: tuple[str, ...]
    linked: frozenset[str]
    proposal_records: tuple[Proposal, ...]

    @property
    def facts(self) -> list[dict[str, Any]]:
        """The drafted facts."""
        return list(self.front.get("facts", []))

    def document(self) -> str:
        """The draft as a data/documents/*.md file."""
        return render_document(self.front, self.text, self.proposals, self.unmatched_numbers)


def extract(text: str, root: Path, given_date: date | None = None, knowledge: Knowledge | None = None) -> Draft:
    """Draft a document from the article `text`, with the registry and ontology of project `root`."""
    knowledge = knowledge or load_knowledge(root)
    sentences = split_sentences(text)
    meta = read_metadata(sentences, knowledge, given_date)
    language = detect_language(text)
    mentions = managed_clusters(text, find_mentions(text, sentences, knowledge, language))
    kinds = {e.id: e.kind for e in knowledge.entities.values()} | {p.id: p.kind for p in mentions.proposals}
    state = ArticleState(text, knowledge, meta.published, kinds, {p.id: p for p in mentions.proposals}, language)
    events = [(name, draft_named_event(name, state)) for name in mentions.event_names]
    interview = read_interview(text, mentions.items)
    voice = _own_voice(text, sentences[:4], mentions.items)
    for sentence in sentences:
        named = mentions.within(sentence.start, sentence.end)
        speaking_for = _speaking_for(interview, sentence.start, state) or (voice if not _QUOTE_MARK.search(sentence.text) else None)
        in_sentence = sorted(anaphora(text, sentence, state, named, speaking_for) + named, key=lambda m: m.start)
        state.recent.extend(in_sentence)
        opening = in_sentence[0] if in_sentence and in_sentence[0].kind == "programme" and in_sentence[0].start - sentence.start <= 4 else None
        first = opening or next((m for m in in_sentence if m.kind in ("organisation", "cluster-organisation")), None)
        if first and not lists_members_first(text, sentence.start, first.start):  # what the sentence is about: a programme that opens it ('The programme, launched in 2021, …'), else its first organisation; not a member listed
            state.subjects.append((sentence.start, first.entity))
        if sentence.index in meta.metadata_sentences:
            continue
        dates = find_dates(text, sentence.start, sentence.end, meta.published, language)
        if meta.dateline and meta.dateline[0] == sentence.index:
            dates = [d for d in dates if d.begin != meta.dateline[1] or d.start - sentence.start > 60]  # the dateline's own date
        sentence_view = view(text, sentence, in_sentence, events, dates, {"es": "y", "ca": "i"}.get(language, "and"))
        clauses = clause_views(sentence_view)  # relative clauses apart: 'X, which …, counts 280 members, including …'
        extract_events(sentence_view, state)
        for clause in clauses:
            extract_roles(clause, state)  # before missions, agreements and meetings: a role names a person's organisation
        extract_successions(sentence_view, state)
        extract_boards(sentence_view, state)
        extract_missions(sentence_view, state)
        extract_participation(sentence_view, state)
        extract_meetings(sentence_view, state)
        extract_joint_gatherings(sentence_view, state)
        extract_agreements(clauses[0], state)  # without its relative clauses: "X, que coordina el clúster, y Y firmaron"
        for clause in clauses:
            extract_memberships(clause, state)
            extract_relations(clause, state)
            extract_foundings(clause, state)
        if not (sentence.index == 0 and sentence.standalone_line):  # a headline compresses; its numbers recur in the body
            extract_observations(sentence_view, state, in_sentence)
            extract_counted_members(sentence_view, state)
        extract_publications(sentence_view, state)
    extract_claims(text, sentences, meta.metadata_sentences, state, interview)
    facts = assemble_facts(state)
    front = _front_matter(meta, knowledge, facts, language)
    proposals = sorted(state.proposals.values(), key=lambda p: p.start)
    entries = tuple(proposal_entity(p, _first_seen(text, p), language) for p in proposals)
    linked = frozenset(m.entity for m in mentions.items if not m.proposed)
    return Draft(front, text, entries, tuple(state.unmatched_numbers), linked, tuple(proposals))


def _speaking_for(interview: Interview, offset: int, state: ArticleState) -> str | None:
    """In an interview's answer, the organisation of the interviewee (from the roles drafted so far)."""
    if not interview.interviewee or not interview.answering(offset):
        return None
    organisations = state.organisations_of(interview.interviewee)
    return organisations[0] if organisations else None


_QUOTE_MARK = re.compile("[\"“”«»]")


# 'From the FinTech Scotland communications team': a by-line naming a team of the organisation
_FROM_THE = re.compile(r"From (?:the )?")


def _own_voice(text: str, opening: tuple[Sentence, ...], mentions: Sequence[Mention]) -> str | None:
    """The organisation an article's by-line says writes it ('News from GCE NODE, posted by our communications team',
    'From the FinTech Scotland communications team'), for whom 'we' and 'our' stand outside quotations."""
    for sentence in opening:
        for mention in mentions_within(mentions, sentence.start, sentence.end):
            if mention.kind not in ("organisation", "cluster-organisation"):
                continue
            from_team = _FROM_THE.fullmatch(text, sentence.start, mention.start) and TEAM_AFTER.match(text, mention.end)  # not 'From Bilbao, …'
            if NEWS_FROM.search(text, sentence.start, mention.start) or from_team:
                return mention.entity
    return None


def _front_matter(meta: Metadata, knowledge: Knowledge, facts: list[dict[str, Any]], language: str) -> dict[str, Any]:
    title = meta.title or "Untitled article"
    base = slugify(title, limit=80)
    ident, n = base, 2
    while ident in knowledge.used_ids:
        ident, n = f"{base}-{n}", n + 1
    front: dict[str, Any] = {"id": ident, "title": title, "language": language}
    if meta.published is not None:
        front["published"] = meta.published.isoformat()
    front["published_note"] = meta.published_note or "No publication date found in the text; relative dates stay unresolved (give --date YYYY-MM-DD)."
    if meta.author:
        front["author"] = meta.author
    if meta.publisher:
        front["publisher"] = meta.publisher
    front["publish_text"] = False
    front["facts"] = facts
    return front


def _first_seen(text: str, proposal: Proposal) -> str:
    start = max(0, text.rfind("\n", 0, proposal.start) + 1, proposal.start - 70)
    end = min(len(text), proposal.end + 70)
    newline = text.find("\n", proposal.end)
    end = newline if 0 <= newline < end else end
    return f'"{plain(text[start:end])}"'
