"""Publications: a work (book, report, study …) published on a date, with its authors.

A work is a registry work or a title the sentence quotes after a work noun ("his book 'On Competition'"),
which becomes a proposal of type work. The date is the one the sentence gives after 'published',
'released', 'presented' or 'launched'; without one, a present-perfect or 'today' statement takes the article
date (said in the note); otherwise no publication is drafted.
"""

from __future__ import annotations

import re

from clusterld.extraction.context import ArticleState, FactDraft, SentenceView
from clusterld.extraction.lexicon import WORK_HEADS
from clusterld.extraction.normalise import clean_label, slugify
from clusterld.extraction.proposals import Proposal

_NOUNS = "|".join(sorted(WORK_HEADS, key=len, reverse=True))
_QUOTED_TITLE = re.compile(rf"\b(?P<noun>{_NOUNS})\b,? (?:titled |entitled |called |named )?[‘'\"“](?P<title>[^’'\"”\n]{{3,120}})[’'\"”]", re.IGNORECASE)
_PUBLISHED = re.compile(r"\b(?:published|releases?d?|presented|launched|issued|unveiled|publishes|publish)\b", re.IGNORECASE)
_BY = re.compile(r"\b(?:by|from) (?:the )?(?P<who>⟨[OP]\d+⟩)")
_POSSESSIVE = re.compile(r"\b(?:his|her) (?:new |latest |recent )?(?:book|report|study)")


def extract_publications(view: SentenceView, state: ArticleState) -> None:
    """Draft publication facts (and work proposals for quoted titles the registry does not know)."""
    works = view.refs(view.masked, "W")
    for match in _QUOTED_TITLE.finditer(state.text, *view.span):
        title = clean_label(match.group("title"))
        if not any(state.knowledge.entities.get(w) and state.knowledge.entities[w].name == title for w in works) and len(title.split()) <= 12 and title[:1].isupper():
            works.append(_propose_work(state, title, WORK_HEADS[match.group("noun").lower()], match.start("title"), match.end("title")))
    if not works or not _PUBLISHED.search(view.masked):
        return
    date, note = _date(view, state)
    if date is None:
        return
    authors = view.refs(" ".join(m.group("who") for m in _BY.finditer(view.masked)), "OP")
    possessive = _POSSESSIVE.search(view.masked)
    if not authors and possessive:
        authors = view.refs(view.masked[: possessive.start()], "P")[-1:]  # 'his book': the person named last
    if not authors:
        subject = re.match(r"^(?:[^⟨]{0,20})(?P<who>⟨[OP]\d+⟩)[^⟨]{0,40}?\b(?:has |have )?(?:published|released|presented|launched|issued|unveiled)", view.masked)
        authors = [view.slot(subject.group("who")).ref] if subject else []
    for work in works[:1]:
        fields: dict[str, object] = {"work": work, "date": date}
        if authors:
            fields["authors"] = authors
        fact = state.add(FactDraft("publication", ("publication", work), fields, [view.span], 0.7))
        fact.note(note)


def _date(view: SentenceView, state: ArticleState) -> tuple[str | None, str | None]:
    dated = [d for d in view.dates if d.begin]
    if dated:
        return dated[0].begin, dated[0].note
    if state.article_date and re.search(r"\b(?:has|have) (?:just |recently )?(?:published|released|presented|launched|issued|unveiled)\b|\btoday\b", view.masked):
        return state.article_date.isoformat(), f"Present perfect ('has published'); the date is the article date, {state.article_date.isoformat()}."
    return None, None


def _propose_work(state: ArticleState, title: str, work_type: str, start: int, end: int) -> str:
    for proposal in state.proposals.values():
        if proposal.kind == "work" and proposal.name == title:
            return proposal.id
    base = slugify(title)
    ident, n = base, 2
    while ident in state.kinds or ident in state.knowledge.used_ids:
        ident, n = f"{base}-{n}", n + 1
    state.proposals[ident] = Proposal(ident, "work", title, (), work_type, "title quoted after a work noun", start, end)
    state.kinds[ident] = "work"
    return ident
