"""Claims and quotations: what a person or organisation is said to have said.

Direct speech ('"…," said X', 'X said: "…"', '«…», afirmó X', '“…”, ha afirmat X', 'X called the deal "…"')
becomes a claim of kind quotation whose text is the quoted words, and so do quoted words inside reported
speech ('destacó que "…"'); a quotation that follows another in the same paragraph without an attribution of
its own continues it. Reported speech ('X said (that) …', 'According to X, …', '…, according to X.', 'Según
X, …', 'X ha explicat que …') becomes a claim of kind claim whose text is the reported clause. The
speaker is the person (or organisation) named at the attribution, or 'he'/'she' for the person named last.
`about` lists what the words name; failing that, the speaker's organisation (from a drafted role), else the
speaker. Quotations of fewer than four words are left out: they are names and titles more often than speech.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Sequence

from clusterld.extraction.context import ANAPHORA_REACH, ArticleState, FactDraft
from clusterld.extraction.cues import ROLE_WORD
from clusterld.extraction.lexicon import SPEECH_VERBS
from clusterld.extraction.mentions import Mention
from clusterld.extraction.normalise import clean_label
from clusterld.extraction.sentences import Sentence

_SPEECH = "|".join(sorted(SPEECH_VERBS, key=len, reverse=True))
_QUOTE = re.compile(r"“(?P<a>[^”\n]{3,}?)”|«(?P<b>[^»\n]{3,}?)»|\"(?P<c>[^\"\n]{3,}?)\"|„(?P<d>[^“”\n]{3,}?)[“”]")
_VERB_AFTER = re.compile(rf"^[,.]?[ \u00a0]*(?:{_SPEECH})\b[ \u00a0]*")
_PRONOUN_AFTER = re.compile(rf"^[,.]?[ \u00a0]*(?:he|she|él|ella|ell)[ \u00a0]+(?:{_SPEECH})\b", re.IGNORECASE)
_SPEAKER_THEN_VERB = re.compile(rf"(?:,[^,;\"“”«»\n]{{1,80}},)?[ \u00a0]+(?:{_SPEECH})\b")  # used with match(text, pos): anchored there; 'X, K-water's director …, said'
_ROLE_SPEAKER = re.compile(rf"(?:the|el|la|l['’])[ \u00a0]+(?:new[ \u00a0]+|nou[ \u00a0]+|nova[ \u00a0]+|nuevo[ \u00a0]+|nueva[ \u00a0]+)?(?P<role>{ROLE_WORD.pattern})", re.IGNORECASE)
_ROLE_THEN_VERB = re.compile(rf"^[,.]?[ \u00a0]*(?P<speaker>{_ROLE_SPEAKER.pattern})[ \u00a0]+(?:{_SPEECH})\b", re.IGNORECASE)
_TITLE_WORD = r"(?:Dr|Mr|Mrs|Ms|Prof|Sr|Sra|Dra)\.?[ \u00a0]+"
_TITLE = re.compile(_TITLE_WORD)  # 'said Dr. Vaughan'
_HONORIFIC_AFTER = re.compile(rf"[,.]?[\"”»]?[ \u00a0]*{_TITLE_WORD}")  # '…," Dr. Vaughan said'
_VERB_BEFORE = re.compile(rf"\b(?:{_SPEECH})(?:[ \u00a0]+[\w’'\-]+){{0,2}}[ \u00a0]*:[ \u00a0]*$")
# Quoted words inside reported speech: 'destacó que "…"', 'explicó que la alianza permitirá "…"'.
_THAT_BEFORE = re.compile(rf"\b(?:{_SPEECH})[ \u00a0]+(?:that|que)\b[^\"“«.;:]{{0,80}}$")
_CALLED_BEFORE = re.compile(r"\b(?:called|described|termed|hailed|calificó|definió|va qualificar|ha qualificat|va definir)\b[^\"“«.;]{0,60}$")
_REPORTED = re.compile(rf"(?:,[^,\"“«]{{1,80}},|,)?[ \u00a0]*(?:(?:who|que|qui)[ \u00a0]+)?(?:(?:told|dijo a|va dir a)[ \u00a0]+(?:[\w\-]+[ \u00a0]+){{1,3}}?(?:that|que)|{_SPEECH}|believes|estimates|expects)[ \u00a0]+(?:that[ \u00a0]+|que[ \u00a0]+)?(?=[^\"“«:\s])(?!(?:en|on|in|about|sobre)[ \u00a0])")  # 'va insistir en la mateixa idea' reports nothing
# 'According to X, president of Y, "…"', 'In the words of X, "…"', 'Para X, directora del CMS, "…"', 'X, president of Y: "…"'
_SOURCE_BEFORE = re.compile(r"\b(?:[Aa]ccording to|[Ii]n the words of|[Ff]or|[Pp]ara|[Pp]er a|[Ss]egún|[Ss]egons)[ \u00a0]+[^\"“«.;:]{1,120},[ \u00a0]*$")
_COLON_BEFORE = re.compile(r"(?:^|[.!?][ \u00a0]+)[A-ZÀ-Þ][^\"“«.;:]{1,120}:[ \u00a0]*$")
# 'According to her, …', 'Según la funcionaria, …', 'Segons el president, …': the person named last before
_ACCORDING_PRONOUN = re.compile(
    rf"(?:According to|Según|Segons)[ \u00a0]+(her|him|ella|él|ell|(?:the|el|la|l['’])[ \u00a0]*(?:{ROLE_WORD.pattern}|official|funcionari[oa]|executive|ejecutiv[oa])),[ \u00a0]*",
    re.IGNORECASE,
)
_ACCORDING = re.compile(r"(?:According to|Según|Segons)[ \u00a0]+(?:the[ \u00a0]+|la[ \u00a0]+|el[ \u00a0]+|l['’])?")
# 'Según datos del propio clúster, …', '…, según la propia entidad', 'Segons dades de la mateixa entitat, …', 'By its own
# count, …': the organisation the article is most about says it
_OWN_FIGURES = re.compile(
    r"(?:[Ss]egún|[Ss]egons|[Dd]e acuerdo con|[Aa]ccording to|[Bb]y)(?:[ \u00a0]+(?:los|las|les|els|the|its|el|la))?"
    r"(?:[ \u00a0]+(?P<data>datos|cifras|dades|xifres|figures|data|balance|balanç|count))?(?:[ \u00a0]+(?:de la|del|de l['’]|de|d['’]|of the))?"
    r"(?:[ \u00a0]+(?P<own>propi[oa]|mateix[a]?|own|same))?(?:[ \u00a0]+(?P<noun>clúster|cluster|entidad|entitat|asociación|associació|gremio|association|organi[sz]ation|federación|federació|network|alliance))?\b"
)
_ACCORDING_AFTER = re.compile(  # '…, according to X.', '…, according to a statement released by X.'
    r",[ \u00a0]+(?:according to|según|segons)[ \u00a0]+(?:(?:a|the|un|una|el|la)[ \u00a0]+(?:statement|press release|release|communiqué|comunicado|comunicat|report|informe)[ \u00a0]+"
    r"(?:(?:released|issued|published|sent|difundido|publicado|emitido)[ \u00a0]+)?(?:by|from|de|del|per)[ \u00a0]+)?(?:the[ \u00a0]+|la[ \u00a0]+|el[ \u00a0]+|l['’])?"
)
_ROLE_APPOSITION = re.compile(r",[ \u00a0]+[^,;.]{1,80},")
# An interview: question lines ('**Why Korea, and why now?**', 'Q: …?', 'P: …?'), each followed by a paragraph of
# the interviewee's words without quotation marks ('A: …' or bare).
_QUESTION = re.compile(r"^[ \t]*(?:\*\*|__)?(?:(?:Q|P|Pregunta)[:.][ \t]*)?[^\n]{3,200}\?[ \t]*(?:\*\*|__)?[ \t]*$", re.MULTILINE)
_ANSWER = re.compile(r"\s*(?:(?:A|R|Respuesta|Resposta)[:.][ \t]*)?(?P<answer>[^\n]+)")
_AGENTS = ("person", "organisation", "cluster-organisation")
_ABOUT = ("organisation", "cluster-organisation", "cluster", "place", "programme", "work")


@dataclass(frozen=True)
class Interview:
    """An interview's answers (each a paragraph after a question line) and who gives them."""

    answers: tuple[tuple[int, int], ...]
    interviewee: str | None

    def answering(self, offset: int) -> bool:
        """Whether `offset` lies inside an answer."""
        return any(start <= offset < end for start, end in self.answers)


def read_interview(text: str, mentions: Sequence[Mention]) -> Interview:
    """The answers of an interview (two questions or more) and the interviewee, the person named last before the
    first question ('Dana Whitfield … talked to us about the deal.'); no answers when the text is no interview."""
    questions = list(_QUESTION.finditer(text))
    if len(questions) < 2:
        return Interview((), None)
    answers = []
    for question in questions:
        answer = _ANSWER.match(text, question.end())
        if answer is None or _QUESTION.match(text, answer.start("answer")) or len(answer.group("answer").split()) < 4:
            continue
        answers.append((answer.start("answer"), answer.start("answer") + len(answer.group("answer").rstrip())))
    speaker = next((m.entity for m in reversed(mentions) if m.end <= questions[0].start() and m.kind == "person"), None)
    return Interview(tuple(answers), speaker)


def extract_claims(text: str, sentences: tuple[Sentence, ...], skip: frozenset[int], state: ArticleState, interview: Interview) -> None:
    """Draft quotation and claim facts over the whole text (quotations may run across sentences; an interview's
    answers are quotations by the interviewee, but for the sentences that state a drafted fact)."""
    quoted: list[tuple[int, int]] = []
    previous: FactDraft | None = None
    for match in _QUOTE.finditer(text):
        words = next(g for g in match.groups() if g is not None)
        headline = bool(sentences) and sentences[0].standalone_line and match.start() < sentences[0].end  # a headline's quotation recurs in the body, or is a teaser
        if len(words.split()) < 4 or headline or _in_skipped(match.start(), sentences, skip):
            continue
        found = _attribution(text, match, state)
        if found is not None:
            speaker, start, end, confidence = found
            previous = _add(state, "quotation", speaker, words, (start, end), confidence)
            quoted.append(match.span())
        elif previous is not None and _continues(text, previous, match.start()):
            quoted.append(match.span())
            previous.add_evidence(match.span())
            said = previous.fields["text"][state.language]
            previous.fields["text"][state.language] = said + ("" if said.endswith((".", "!", "?")) else ".") + " " + _clean(words)
        else:
            previous = None
    for sentence in sentences:  # quoted words nobody is said to say may sit inside reported speech: 'Según X, …, y «…».'
        if sentence.index not in skip and not _quoted(quoted, sentence):
            _reported(text, sentence, state)
    if interview.interviewee is not None:
        _answers(text, sentences, interview.answers, interview.interviewee, state)


def _answers(text: str, sentences: tuple[Sentence, ...], answers: tuple[tuple[int, int], ...], interviewee: str, state: ArticleState) -> None:
    """The words of an interview's answers that state no fact drafted from them, as quotations by the interviewee:
    'Som una associació que va néixer el 2009' is a founding, 'Sense relleu generacional, no hi haurà sector' is on record."""
    stated = [span for fact in state.facts.values() if fact.type != "claim" for span in fact.evidence]
    for answer_start, answer_end in answers:
        runs: list[list[Sentence]] = [[]]
        for sentence in (s for s in sentences if answer_start <= s.start < answer_end):
            if any(start < sentence.end and sentence.start < end for start, end in stated):
                runs.append([])  # a sentence that states a fact ends the words on record before it
            else:
                runs[-1].append(sentence)
        for run in (r for r in runs if r and len(" ".join(s.text for s in r).split()) >= 4):
            span = (run[0].start, min(run[-1].end, answer_end))
            fact = _add(state, "quotation", interviewee, text[span[0] : span[1]], span, 0.6)
            fact.note(f"An answer in the interview with {state.name_of(interviewee)}.")


def _in_skipped(offset: int, sentences: tuple[Sentence, ...], skip: frozenset[int]) -> bool:
    return any(sentences[index].start <= offset < sentences[index].end for index in skip)


def _quoted(quoted: list[tuple[int, int]], sentence: Sentence) -> bool:
    """Whether a quotation overlaps the sentence (`quoted`: disjoint spans in order, so only the last one starting before it can)."""
    last = bisect.bisect_left(quoted, sentence.end, key=lambda span: span[0]) - 1
    return last >= 0 and quoted[last][1] > sentence.start


def _attribution(text: str, quote: re.Match[str], state: ArticleState) -> tuple[str, int, int, float] | None:
    """The speaker of a quotation and the span of quote plus attribution; None when nobody is named."""
    after = text[quote.end() : quote.end() + 160].split("\n", 1)[0]
    verb = _VERB_AFTER.match(after)
    if verb:
        titled = title.end() if (title := _TITLE.match(after, verb.end())) else verb.end()  # 'said Dr. Vaughan': not the title's full stop
        full_stop = after.find(".", titled)
        speaker = _mention_at(state, quote.end() + titled, min(50, full_stop - titled) if full_stop >= 0 else 50)  # not a name in the next sentence
        if speaker:
            return speaker.entity, quote.start(), speaker.end, 0.75
        holder = _role_holder(after[verb.end() :], quote.start(), state)  # '…», va afirmar la nova presidenta'
        if holder:
            return holder, quote.start(), quote.end() + verb.end(), 0.6
        person = state.last_of({"person"}, before=quote.start())
        unnamed = re.match(r"[^.;«\"“]{0,60}\.", after[verb.end() :])  # no name up to the full stop: a name in the next sentence is someone else's
        if person and unnamed and not state.mentions_in(quote.end(), quote.end() + verb.end() + unnamed.end()):
            return person, quote.start(), quote.end() + verb.end(), 0.6  # '…», afirmó.': no subject, the person named last
    titled_speaker = _ROLE_THEN_VERB.match(after)  # '"We are ready," the chief executive said'
    holder = _role_holder(titled_speaker.group("speaker"), quote.start(), state) if titled_speaker else None
    if titled_speaker and holder:
        return holder, quote.start(), quote.end() + titled_speaker.end(), 0.6
    honorific = _HONORIFIC_AFTER.match(text, quote.end())
    first = _mention_at(state, honorific.end() if honorific else quote.end(), 4)
    if first and first.kind in _AGENTS:
        said = _SPEAKER_THEN_VERB.match(text, first.end, first.end + 130)
        if said:
            return first.entity, quote.start(), said.end(), 0.75
    pronoun = _PRONOUN_AFTER.match(after)
    person = state.last_of({"person"}, before=quote.start())
    if pronoun and person:
        return person, quote.start(), quote.end() + pronoun.end(), 0.6
    line_start = text.rfind("\n", 0, quote.start()) + 1
    before = text[line_start : quote.start()]
    source = _SOURCE_BEFORE.search(before) or _COLON_BEFORE.search(before)
    named = _last_agent(state, line_start + source.start(), quote.start()) if source else None  # the speaker is named in the cue
    if source and named and re.fullmatch(r"(?:\)|’s|'s)?(?:,[^,:\"“«]{1,80}?)?[,:][ \u00a0]*", text[named.end : quote.start()]):  # 'X, president of Y:', not 'X has three goals:'
        return named.entity, line_start + source.start(), quote.end(), 0.7
    cue = _VERB_BEFORE.search(before) or _CALLED_BEFORE.search(before) or _THAT_BEFORE.search(before)
    if cue:
        stop = max((m.end() for m in re.finditer(r"[.!?][ \u00a0]+(?=[A-Z«\"“])", before[: cue.start()])), default=0)
        speaker = _last_agent(state, line_start + stop, line_start + cue.start())
        if speaker:
            return speaker.entity, speaker.start, quote.end(), 0.7
    return None


def _role_holder(after: str, before: int, state: ArticleState) -> str | None:
    """The person given the role a speaker is named by ('the new president', 'la nova presidenta'), from the roles drafted so far."""
    named = _ROLE_SPEAKER.match(after)
    if named is None:
        return None
    role = named.group("role").casefold()
    holders = [m.entity for m in state.mentions_before(before) if m.kind == "person" and any(role in label.casefold() for f in state.roles_of(m.entity) for label in f.fields["role_label"].values())]
    if holders:
        return holders[-1]
    # No role drafted (its organisation unnamed): the person the text gave that title ('el embajador de …, Lee Sang-woo')
    titled = [m.end() for m in re.compile(rf"\b{re.escape(role)}\b", re.IGNORECASE).finditer(state.text, max(0, before - ANAPHORA_REACH), before)]  # as far back as anaphora look: linear on long inputs
    people = [m for end in titled[-1:] for m in state.mentions_in(end, end + 90) if m.kind == "person" and m.end <= before]
    return people[0].entity if people else None


def _mention_at(state: ArticleState, offset: int, slack: int) -> Mention | None:
    """The first person mention starting within `slack` characters after `offset` (past an organisation that only
    says whose role it is: 'afirmó el presidente del clúster, Miguel Hernández'), else the first agent there."""
    near = [m for m in state.mentions_in(offset, offset + slack + 1) if m.kind in _AGENTS]
    return next((m for m in near if m.kind == "person"), near[0] if near else None)


def _last_agent(state: ArticleState, start: int, end: int) -> Mention | None:
    """The person named last in [start, end), else the organisation named last."""
    inside = [m for m in state.mentions_in(start, end) if m.end <= end and m.kind in _AGENTS]
    people = [m for m in inside if m.kind == "person"]
    return (people or inside)[-1] if inside else None


def _continues(text: str, previous: FactDraft, start: int) -> bool:
    """True when this quote opens the sentence right after the previous quotation's attribution ends."""
    between = text[max(e for _, e in previous.evidence) : start]
    ends = [m.start() for m in re.finditer(r"[.!?]", between)]
    return previous.fields.get("kind") == "quotation" and "\n" not in between and len(between) < 200 and (not ends or (len(ends) == 1 and not between[ends[0] + 1 :].strip()))


def _reported(text: str, sentence: Sentence, state: ArticleState) -> None:
    """'X said (that) …' and 'According to X, …' in one sentence without quotation marks."""
    inside = [m for m in state.mentions_in(sentence.start, sentence.end) if m.end <= sentence.end and m.kind in _AGENTS]
    according = _ACCORDING.match(text, sentence.start, sentence.end)
    pronoun = _ACCORDING_PRONOUN.match(text, sentence.start, sentence.end)
    person = state.last_of({"person"}, before=sentence.start) if pronoun else None
    if pronoun and person:  # 'According to her, fewer than one in five …': the person named last before
        fact = _add(state, "claim", person, text[pronoun.end() : sentence.end], (sentence.start, sentence.end), 0.5, pronoun.end())
        fact.note(f"'{pronoun.group(1)}' read as the person named just before.")
        return
    if _own_figures(text, sentence, state):
        return
    if according:
        speaker = next((m for m in inside if m.start == according.end()), None)
        comma = text.find(",", speaker.end, sentence.end) if speaker else -1
        role = _ROLE_APPOSITION.match(text, comma, sentence.end) if comma >= 0 else None
        comma = role.end() - 1 if role and ROLE_WORD.search(role.group()) else comma  # 'Segons Jordi Camps, gerent del clúster, …'
        if speaker and comma >= 0:
            _add(state, "claim", speaker.entity, text[comma + 1 : sentence.end], (sentence.start, sentence.end), 0.6, comma + 1)
        return
    final = _ACCORDING_AFTER.search(text, sentence.start, sentence.end)
    source = next((m for m in inside if final and m.start == final.end()), None)
    if source is not None and final is not None:
        _add(state, "claim", source.entity, text[sentence.start : final.start()], (sentence.start, sentence.end), 0.6, sentence.start)
        return
    for speaker in inside:
        said = _REPORTED.match(text, speaker.end, sentence.end)
        if said and any(m.kind == "person" and speaker.end < m.start < said.end() for m in inside):
            continue  # 'the director of X, Jane Doe, said …': Jane Doe speaks, not X
        if said and sentence.end - said.end() >= 15:
            _add(state, "claim", speaker.entity, text[said.end() : sentence.end], (sentence.start, sentence.end), 0.6, said.end())
            return


def _own_figures(text: str, sentence: Sentence, state: ArticleState) -> bool:
    """'Según datos del propio clúster, sus empresas …': a claim of the organisation the article is most about."""
    opening = _OWN_FIGURES.match(text, sentence.start, sentence.end)
    closing = [m for m in _OWN_FIGURES.finditer(text, sentence.start, sentence.end) if re.search(r",[ \u00a0]+$", text[sentence.start : m.start()])]
    for match in ([opening] if opening else []) + closing:
        if not (match.group("own") or match.group("data")) or not (match.group("noun") or match.group("data") == "count"):
            continue  # whose figures the phrase says: 'del propio clúster', 'its own count'
        speaker = state.main_subject() or state.cluster_before(sentence.start)
        if match.start() == sentence.start:  # 'Según datos del propio clúster, …': the words after it
            rest = text[match.end() : sentence.end]
            words_start = match.end() + len(rest) - len(rest.lstrip(" ,\u00a0"))
            words = text[words_start : sentence.end]
        else:  # '…, según la propia entidad': the words before it
            words_start, words = sentence.start, text[sentence.start : match.start()].rstrip(" ,\u00a0")
        if speaker and len(words) >= 15:
            fact = _add(state, "claim", speaker, words, (sentence.start, sentence.end), 0.5, words_start)
            fact.note("'its own figures' read as those of the organisation the article is most about.")
            return True
    return False


def _add(state: ArticleState, kind: str, speaker: str, words: str, span: tuple[int, int], confidence: float, words_start: int | None = None) -> FactDraft:
    """A claim fact: who said what, about what, with the span as evidence."""
    start = words_start if words_start is not None else span[0]
    end = start + len(words) + 2
    named = [m.entity for m in state.mentions_in(start, end) if m.end <= end and m.kind in _ABOUT and m.entity != speaker]
    about = list(dict.fromkeys(named)) or state.organisations_of(speaker)[:1] or [speaker]
    content = _clean(words)
    if kind == "claim":
        content = content[:1].upper() + content[1:] + ("" if content.endswith((".", "!", "?")) else ".")
    fields: dict[str, object] = {"about": about, "text": {state.language: content}, "by": speaker, "kind": kind}
    fact = state.add(FactDraft("claim", ("claim", span[0]), fields, [span], confidence))
    if not named:
        fact.note("The words name no entity: 'about' is the speaker's organisation, or the speaker; say what the claim is about.")
    return fact


def _clean(words: str) -> str:
    """Quoted words without the comma or stop that belongs to the sentence around them."""
    return clean_label(words).rstrip(",;")
