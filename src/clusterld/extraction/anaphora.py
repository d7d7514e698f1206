"""Anaphora the rules need: 'It'/'Its'/'The association'/'El clúster' opening a sentence (or 'it' after an opening
phrase: 'Founded in 2007, it …'), 'the cluster', 'the Odense-based cluster', 'the catapult', 'del clúster',
"l'entitat" inside one, and 'we'/'our' in an interview's answers.

Each becomes a mention of the organisation the article named last: for 'the cluster' (any modifiers before the
noun, the mention covering the noun only), the cluster or cluster organisation named last before the sentence,
preferring one whose name has the noun ('Oslo Cancer Cluster' over a network named after it); for another noun
('the association', 'the catapult', 'la asociación'), the organisation named last whose name has it. So 'Its
managing director, Frank Weber', 'It was founded in 1997' and 'who heads the catapult's team' read like
sentences that name the organisation. A noun followed by a name ('the French cluster Aerospace Valley', 'el
clúster portugués AED Cluster Portugal') introduces that name instead.
"""

from __future__ import annotations

import re
from collections import Counter

from clusterld.extraction.context import ArticleState
from clusterld.extraction.cues import country_or_region_of
from clusterld.extraction.lexicon import DEMONYMS, HEAD_TRANSLATIONS, ORGANISATION_HEADS
from clusterld.extraction.mentions import Mention
from clusterld.extraction.normalise import strip_accents
from clusterld.extraction.sentences import Sentence

_NOUNS = "association|cluster|organisation|organization|agency|alliance|network|company|institute|foundation|council|programme|program|initiative"
_PROGRAMME_NOUNS = frozenset({"programme", "program", "initiative"})
_ROMANCE_NOUNS = "clúster|cluster|asociación|associació|entidad|entitat|organización|organització|agencia|agència|fundación|fundació|federación|federació|red|xarxa"
_OPENING = re.compile(
    rf"(?:(?P<pronoun>It)s?\b|(?P<noun>(?:The|This) (?:[A-Z][a-z]+ )?(?:{_NOUNS}|(?P<head>[a-z]+)))(?=['’]s\b|,| (?:is|was|has|had|now|also|counts|represents|brings|will|[a-z\-]+(?:s|ed))\b)"
    # 'El clúster tindrà un estand …', 'La asociación firmó …': a verb (any word but a preposition or a relative) after the noun
    rf"|(?P<romance>(?:(?:El|La|Este|Esta|Aquest|Aquesta|Dicha|Dicho) |L['’])(?:{_ROMANCE_NOUNS}))(?=,| (?!(?:de|del|dels|d|en|a|al|als|i|y|e|o|u|para|per|con|amb|que|qui|sin|sense|como|com)\b)[a-zà-ÿ]+\b))"
)
# 'Launched in 2021 by A, B and C, it now connects …': the subject 'it' after an opening participle or 'With …' phrase.
_IT_AFTER_OPENING = re.compile(
    r"(?:Founded|Established|Created|Set up|Launched|Formed|Based|Headquartered|Located|With|Since)\b[^.;:\"“”]{0,160}?,[ \u00a0]+(?P<it>it)(?=[ \u00a0]+[a-z])"
    r"|(?:Last|This|Next|In|On|Earlier|Later|Since)[ \u00a0]+(?:[\w\-]+[ \u00a0]+){0,2}(?P<it2>it)(?=[ \u00a0]+(?:has|had|will|was|is|also|[a-z]+ed|[a-z]+s)\b)"  # 'Last year it signed …'
)
_OPENING_PHRASE = re.compile(r"(?:Founded|Established|Created|Set up|Launched|Formed|Born)\b[^,;.]{0,120},[ \u00a0]+")
# 'Som una associació …' (we are), 'ens donen suport' (give us): the verb and the clitic say 'we' too.
_FIRST_PERSON = re.compile(r"\b(?:[Ww]e|[Oo]ur|us|[Nn]osotros|[Nn]uestr[oa]s?|[Nn]osaltres|[Ee]l nostre|[Ll]a nostra|[Ee]ls nostres|[Ll]es nostres|[Ss]om|[Ss]omos|ens|nos)\b")
_NOT_AFTER = r"(?![ \u00a0]+(?:[A-Z⟨]|organi[sz]ation|manage|polic|initiative|program|member|approach|model|strateg|development|level|mapping|landscape|region|sector))"
# The noun must end its noun phrase (a verb, a function word or punctuation follows, 'Members of the alliance include'):
# 'the research department' is a department, not the '… and Research' named before.
_PHRASE_END = (
    r"(?=['’]s\b|[ \u00a0]*(?:[,.;:!?)\"]|$)|[ \u00a0]+(?:is|was|are|were|has|had|have|will|would|can|could|may|might|should|must|does|did"
    r"|and|or|but|in|on|at|of|for|with|to|from|by|as|since|which|that|who|whose|where|when|said|says|also|now|today|still|already|itself"
    r"|include|have|range|work|meet|plan|want|need|aim|expect|represent|count|comprise|cover|agree|join|remain|see|say"
    r"|[a-z]+ed|[a-z]+ly|[a-z]+[^s\W]s)\b)"
)
_THE_NOUN = re.compile(rf"\bthe (?:[\w\-]+[ \u00a0]+){{0,2}}?(?P<noun>[a-z]+)\b{_NOT_AFTER}{_PHRASE_END}")
_ROMANCE_NOUN = re.compile(
    r"\b(?:del|el|al|pel|la|l['’]|de la|de l['’])[ \u00a0]*(?P<noun>clúster|cluster|asociación|associació|entidad|entitat|agrupación|agrupació|plataforma|fundación|fundació|red|xarxa|agencia|agència|[cC]ámara|[cC]ambra|federación|federació|organismo|organisme|gremio|gremi)\b"
    r"(?!(?:[ \u00a0]+(?!como\b|com\b|entre\b|i\b|y\b|e\b)[a-zà-ÿ]+){0,3}[ \u00a0]+[A-ZÀ-Þ⟨])(?![ \u00a0]+(?:de|d['’])\b)"  # not 'el clúster portugués AED', but 'del clúster empresas como A'"
)
# 'el Polo' after 'Polo Tecnológico Rosario', 'the Institute' after 'Institute for Manufacturing': a name's first word alone
_SHORT_NAME = re.compile(
    r"\b(?:[Ee]l|[Ll]a|[Ll]['’]|[Tt]he|del|al|pel|de la|de l['’])[ \u00a0]*(?P<noun>[A-ZÀ-Þ][a-zà-ÿ]{2,})\b(?![ \u00a0]*(?:[A-ZÀ-Þ⟨(&]|(?:de|of|for|d['’])[ \u00a0]))"
)
# 'The three associations', 'the two clusters', 'both partners', 'las dos asociaciones', 'They' opening a sentence.
_GROUP = re.compile(
    r"\b(?:(?:[Tt]he|[Ll]as|[Ll]os|[Ll]es|[Ee]ls) (?P<count>two|three|four|five|dos|tres|cuatro|cinco|dues|quatre|cinc)|(?P<both>[Bb]oth(?: the)?|[Aa]mbos|[Aa]mbas|[Aa]mbdós|[Aa]mbdues))"
    r" (?:[a-zà-ÿ\-]+ )?(?P<noun>clusters|associations|organi[sz]ations|partners|networks|alliances|bodies|asociaciones|clústeres|clústers|associacions|entidades|entitats|organizaciones|organitzacions|socios|socis)\b"
)
# 'The clusters', 'the partners', 'los socios' with no number: the parties of the agreement in focus, else the group named last.
# Not 'Entre los socios figuran A y B', 'Among the partners are …': that opens a list of members.
_PLURAL = re.compile(r"(?<![Ee]ntre )(?<![Aa]mong )\b(?:[Tt]he|[Ll]os|[Ll]as|[Ee]ls|[Ll]es) (?P<noun>clusters|partners|associations|networks|clústeres|clústers|socios|socis)\b")
_LIST_GLUE = re.compile(r"[ \u00a0]*(?:,|,?[ \u00a0]+(?:and|y|i|et))[ \u00a0]+(?:the[ \u00a0]+|el[ \u00a0]+|la[ \u00a0]+)?")
_THEY = re.compile(r"(?:They|Ellos|Ellas|Ambos|Ambas)\b")
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "dos": 2, "dues": 2, "tres": 3, "cuatro": 4, "quatre": 4, "cinco": 5, "cinc": 5}
_GENERIC_NOUNS = frozenset({"entitat", "entidad", "organisation", "organization", "organitzacio", "organizacion", "nonprofit", "non-profit", "charity"})
_COMPANY_NOUNS = frozenset({"company", "firm"})
_CLUSTER_NOUNS = frozenset({"cluster", "association", "alliance", "asociacion", "associacio", "agrupacion", "agrupacio"})
_ORGANISATIONS = {"cluster-organisation", "organisation"}


def anaphora(text: str, sentence: Sentence, state: ArticleState, own: list[Mention], speaking_for: str | None = None) -> list[Mention]:
    """Mentions standing for the antecedents of the sentence's anaphora (`own`: the names the sentence itself has;
    `speaking_for`: the organisation 'we' and 'our' stand for, in an interview's answers)."""
    out: list[Mention] = []
    if speaking_for is not None:  # 'We have about 230 members': the interviewee's organisation
        out += [Mention(m.start(), m.end(), speaking_for, state.kind_of(speaking_for), speaking_for in state.proposals) for m in _FIRST_PERSON.finditer(text, sentence.start, sentence.end)]
    opening = _OPENING.match(text, sentence.start, sentence.end)
    if opening:
        noun = opening.group("noun") or opening.group("romance") or ""
        head = strip_accents(re.split(r"[ '’]", noun)[-1]).casefold() if noun else ""  # "L'entitat": entitat
        wanted = {"cluster", "cluster-organisation"} if head in _CLUSTER_NOUNS | {"network", "red", "xarxa"} else _ORGANISATIONS
        if head in _PROGRAMME_NOUNS:  # 'The programme is backed by …': the programme named last
            wanted = {"programme"}
        named = _antecedent(text, head, sentence.start, state) if head and head not in _PROGRAMME_NOUNS else None
        # 'X … is backed by Y. Its CEO': X's; 'L'entitat', 'The organisation': a noun of no name, what the sentence before is about
        subject = state.subject_before(sentence.start) if opening.group("pronoun") or head in _GENERIC_NOUNS else None
        if opening.group("head") and head not in _GENERIC_NOUNS:  # 'The supercluster', a noun of no list: only a name with that head
            ref = named.entity if named else None
        else:
            ref = subject or (named.entity if named else None) or state.last_of(wanted, before=sentence.start) or (state.last_of(_ORGANISATIONS, before=sentence.start) if head not in _PROGRAMME_NOUNS else None)
        if ref:
            end = sentence.start + (2 if opening.group("pronoun") else len(noun))
            out.append(Mention(sentence.start, end, ref, state.kind_of(ref), ref in state.proposals))
    late = _IT_AFTER_OPENING.match(text, sentence.start, sentence.end) if not opening else None
    ref = (state.subject_before(sentence.start) or state.last_of(_ORGANISATIONS, before=sentence.start)) if late else None
    if late and ref:
        it = "it" if late.group("it") else "it2"
        out.append(Mention(late.start(it), late.end(it), ref, state.kind_of(ref), ref in state.proposals))
    start = opening.end() if opening else sentence.start
    out += _groups(text, sentence, state)
    for match in (*_THE_NOUN.finditer(text, start, sentence.end), *_ROMANCE_NOUN.finditer(text, start, sentence.end)):
        if _describes(text, match.start(), own) and not _OPENING_PHRASE.fullmatch(text, sentence.start, match.start()):
            continue  # 'Founded in 2006 under the Marshall Plan, the Gosselies-based cluster …' is the subject, no apposition
        same = [m for m in own if m.end <= match.start()]  # 'X, …, has 840 members … Toulouse, where the cluster has its head office': X
        noun = strip_accents(match.group("noun")).casefold()
        antecedent = _of_country(text, match, sentence.start, state, same) or _antecedent(text, noun, sentence.start, state, same)
        subject = (speaking_for or state.subject_before(sentence.start)) if antecedent is None and noun in _GENERIC_NOUNS else None  # "que havia presidit l'entitat"; in an interview, the interviewee's
        if antecedent is None and noun in _COMPANY_NOUNS:  # "said X, the company's chief executive": the company named last, no cluster
            subject = next((m.entity for m in reversed(same) if m.kind == "organisation"), None) or state.last_of({"organisation"}, before=sentence.start)
        if antecedent is not None:  # 'the Bavarian cluster' whole: its demonym says whose, the masked text reads 'the ⟨O⟩'
            demonym = _word_before(text, match.start("noun"))
            begin = match.start("noun") - len(demonym.group()) if demonym and demonym.group(1) in DEMONYMS else match.start("noun")
            out.append(Mention(begin, match.end("noun"), antecedent.entity, antecedent.kind, antecedent.proposed))
        elif subject is not None:
            out.append(Mention(match.start("noun"), match.end("noun"), subject, state.kind_of(subject), subject in state.proposals))
    out += _short_names(text, sentence, state, own)
    return out


def _short_names(text: str, sentence: Sentence, state: ArticleState, own: list[Mention]) -> list[Mention]:
    """'el Polo', 'the Institute': the organisation named before whose name of two words or more opens with the word
    (not a place: 'the Netherlands' is no short 'Netherlands Enterprise Agency')."""
    out = []
    named_before = [m for m in state.mentions_before(sentence.start) if m.kind in _ORGANISATIONS | {"cluster"}]
    for match in _SHORT_NAME.finditer(text, sentence.start, sentence.end):
        word = strip_accents(match.group("noun")).casefold()
        if any(m.start < match.end() and match.start("noun") < m.end for m in own) or match.group("noun") in DEMONYMS or country_or_region_of(match.group("noun")):
            continue
        earlier = [*named_before, *(m for m in own if m.end <= match.start() and m.kind in _ORGANISATIONS | {"cluster"})]
        named = [m for m in earlier if any(len(words) > 1 and words[0] == word for words in map(state.words_of, (text[m.start : m.end], *state.names_of(m.entity))))]
        if named:
            out.append(Mention(match.start("noun"), match.end("noun"), named[-1].entity, named[-1].kind, named[-1].proposed))
    return out


def _describes(text: str, start: int, named: list[Mention]) -> bool:
    """'Cap Digital, the digital innovation cluster of …': an apposition right after an organisation describes it."""
    window = max(0, start - 80)  # a look back, not a copy of all the text before: this runs for every 'the …'
    before = text[window:start].rstrip()
    if not before.endswith(","):
        return False
    end = window + len(before[:-1].rstrip())
    return any(m.end == end and m.kind in _ORGANISATIONS for m in named)


def _of_country(text: str, match: re.Match[str], before: int, state: ArticleState, same: list[Mention]) -> Mention | None:
    """'la entidad chilena', 'the Chilean association': the organisation named last whose name has the country in it."""
    adjective = re.match(r"[ \u00a0]+(\w+)", text[match.end("noun") : match.end("noun") + 30])
    before_noun = _word_before(text, match.start("noun"))
    country = next((DEMONYMS[w.group(1)] for w in (adjective, before_noun) if w and w.group(1) in DEMONYMS), None)
    if country is None:
        return None
    stem = strip_accents(country).casefold()[:5]
    named = [m for m in (*state.mentions_before(before), *same) if m.kind in _ORGANISATIONS and any(stem in strip_accents(n).casefold() for n in state.names_of(m.entity))]
    return named[-1] if named else None


def _word_before(text: str, at: int) -> re.Match[str] | None:
    """The word right before offset `at` and the space after it ('Bavarian ' before 'cluster')."""
    return re.search(r"(\w+)[ \u00a0]+$", text[max(0, at - 30) : at])


def _head_of(words: tuple[str, ...], noun: str) -> bool:
    """The noun is the name's last word ('the catapult', 'ORE Catapult') or an organisation head in it ('the
    network', 'Life Science Innovation Network Japan'); not any word ('the chemistry', '… Green Chemistry Association')."""
    return bool(words) and (_same_head(words[-1], noun) or (noun in ORGANISATION_HEADS and any(_same_head(w, noun) for w in words)))


def _same_head(word: str, noun: str) -> bool:
    """One head in two languages: 'la federació' is the 'Fédération Nationale …' ('association' and 'alliance' are not
    translated: they fall back to the cluster named last)."""
    return word == noun or any(word in family and noun in family for family in HEAD_TRANSLATIONS)


def _antecedent(text: str, noun: str, before: int, state: ArticleState, same: list[Mention] | None = None) -> Mention | None:
    """The organisation named last before the sentence (or earlier in it: `same`) whose name has the noun; for
    'cluster', 'association' and 'alliance', else the cluster or cluster organisation named last."""
    mentioned = [*state.mentions_before(before), *(same or ())]
    earlier = [m for m in mentioned if m.kind in ("cluster", "cluster-organisation", "organisation")]
    # As written ('Chilealimentos' is no association to a reader, whatever its registered name), else by its names
    # (an earlier 'the cluster' standing for it is no name).
    written = [m for m in earlier if text[m.start : m.start + 1].isupper() and _head_of(state.words_of(text[m.start : m.end]), noun)]
    clusters = [m for m in earlier if m.kind in ("cluster", "cluster-organisation")]
    named = written or ([] if noun in _CLUSTER_NOUNS and clusters else [m for m in earlier if any(_head_of(state.words_of(name), noun) for name in state.names_of(m.entity))])
    if named:  # the one named most often, the article's topic ('El clúster' after a partner cluster was named once), else the last
        counts = Counter(m.entity for m in earlier)
        return max(reversed(named), key=lambda m: counts[m.entity])
    return clusters[-1] if noun in _CLUSTER_NOUNS and clusters else None


def _groups(text: str, sentence: Sentence, state: ArticleState) -> list[Mention]:
    """Mentions, all on one span, of the organisations a plural names: the parties of the agreement in focus when
    they are as many, else the last cluster organisations (then organisations) named; 'They' opening a sentence
    and 'the clusters' without a number are the parties in focus or the group named last."""
    out: list[Mention] = []
    they = _THEY.match(text, sentence.start, sentence.end)
    if they and state.groups:
        out += [Mention(they.start(), they.end(), ref, state.kind_of(ref), ref in state.proposals) for ref in state.groups[-1]]
    for match in _PLURAL.finditer(text, sentence.start, sentence.end):
        out += [Mention(match.start(), match.end(), ref, state.kind_of(ref), ref in state.proposals) for ref in state.focus_parties() or (state.groups[-1] if state.groups else ())]
    for match in _GROUP.finditer(text, sentence.start, sentence.end):
        count = _COUNTS[match.group("count").lower()] if match.group("count") else 2
        members = _group_members(count, sentence.start, state)
        if members:
            state.groups.append(members)
            out += [Mention(match.start(), match.end(), ref, state.kind_of(ref), ref in state.proposals) for ref in members]
    return out


def _last_list(count: int, before: int, state: ArticleState) -> tuple[str, ...] | None:
    """The organisations of the last list of exactly `count` the article named ('A, B and C … The three associations')."""
    earlier = state.mentions_before(before)
    run: list[Mention] = []
    for mention in reversed(earlier):
        joined = run and mention.kind in _ORGANISATIONS and _LIST_GLUE.fullmatch(state.text[mention.end : run[-1].start])
        if not joined:
            if len({m.entity for m in run}) == count:
                break
            run = [mention] if mention.kind in _ORGANISATIONS else []
            continue
        run.append(mention)
    members = tuple(dict.fromkeys(m.entity for m in reversed(run)))
    return members if len(members) == count else None


def _group_members(count: int, before: int, state: ArticleState) -> tuple[str, ...] | None:
    parties = state.focus_parties()
    if len(parties) == count:
        return parties
    listed = _last_list(count, before, state)
    if listed:
        return listed
    for kinds in ({"cluster-organisation"}, _ORGANISATIONS):
        named = list(dict.fromkeys(m.entity for m in reversed(state.mentions_before(before)) if m.kind in kinds))
        if len(named) >= count:
            return tuple(reversed(named[:count]))
    return None
