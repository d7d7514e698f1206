"""Foundings: 'Founded in 1985, X …', 'X was established in 2009', 'fundado en 2008', 'since its inception in 1996',
'X celebrates its tenth anniversary this year', 'Constituït el 2021, té la seu a …' (the organisation unsaid)."""

from __future__ import annotations

import re

from clusterld.extraction.context import DATE, ORG, ORG_OR_PROGRAMME, ArticleState, FactDraft, SentenceView
from clusterld.extraction.lexicon import ORDINALS
from clusterld.extraction.relations import FOUNDERS, SEATED_IN

# 'Founded in 2007 and headquartered in Erlangen', 'Creado en 2008 y con sede en Zaragoza': a seat said with the founding
_AND_SEAT = rf"(?: (?:and|y|i) {SEATED_IN} ⟨L\d+⟩)"
_FOUNDING = tuple(
    re.compile(p)
    for p in (
        rf"(?:^|, |\. )(?:Founded|Established|Created|Set up|Formed|Launched) (?:in |on )?(?P<date>{DATE})(?: as [^,⟨]{{1,50}})?(?: by {FOUNDERS}| by [^,⟨]{{1,60}}| under [^,]{{1,80}}(?=,))?{_AND_SEAT}?,? (?:the |its )?(?:⟨L\d+⟩-based )?(?P<org>{ORG_OR_PROGRAMME})",  # 'by the Upper Austrian government' too
        rf"(?:^|, |\. )(?:Fundad[oa]|Cread[oa]|Constituid[oa]|Nacid[oa]|Fundat|Fundada|Creat|Creada|Constituït|Constituïda|Nascut|Nascuda) (?:en |el |l'any )?(?P<date>{DATE}){_AND_SEAT}?(?: (?:a partir|por|per|como|com a|bajo|sota) [^,⟨]{{1,60}})?,? (?:el |la |l')?(?P<org>{ORG_OR_PROGRAMME})",  # 'Creada en 2004 a partir de la ley …, la X'
        rf"(?P<org>{ORG_OR_PROGRAMME})(?: \((?:{ORG}[^)⟨]{{0,8}}|[^)⟨]{{1,60}})\))?(?:, [^,;]{{1,40}},|, (?:un|una|a|an) [^,;.]{{1,120}}?,)?,? (?:which |that |que )?(?:was|were|has been|is|fue|ha sido|va ser|ha estat|se|es va) (?:officially |formally )?(?:founded|established|created|set up|formed|launched|born|incorporated|fundad[oa]|cread[oa]|constituid[oa]|fundó|creó|constituyó|fundat|fundada|creat|creada|crear|fundar|constituir)(?: [^⟨]{{0,40}}?)? (?:in |on |en |el )?(?P<date>{DATE})",
        rf"(?P<org>{ORG_OR_PROGRAMME})(?:'s)?(?: [^⟨]{{0,40}}?)? since (?:its|their) (?:inception|foundation|creation|founding|establishment|launch)(?: in)? (?P<date>{DATE})",
        # 'X is a non-profit association of 150 companies, research centres and universities, founded in 2010 and based in Linz',
        # 'El X es una asociación sin ánimo de lucro constituida en 2010'
        rf"(?P<org>{ORG_OR_PROGRAMME})(?: \({ORG}\))? (?:is|es|és) (?:a|an|una|un) [^⟨.;]{{1,150}}?,? (?:founded|established|created|set up|fundad[oa]|cread[oa]|constituid[oa]|fundat|fundada|creat|creada) (?:in |en |el )?(?P<date>{DATE})",
        rf"(?P<org>{ORG_OR_PROGRAMME})(?: \({ORG}\))?, (?:founded|established|created|set up|formed|launched|fundad[oa]|cread[oa]|constituid[oa]|fundat|creat|constituït|constituïda)(?: [^⟨,]{{0,40}}?)? (?:in |en |el )?(?P<date>{DATE})",
        rf"(?:Since|After|When) it was (?:founded|launched|created|established|set up|formed) (?:in )?(?P<date>{DATE}), (?:the )?(?P<org>{ORG_OR_PROGRAMME})",
        rf"(?P<org>{ORG_OR_PROGRAMME})(?:, [^,;]{{1,40}},)?,? (?:va néixer|nació|was born) (?:en |el |in )?(?P<date>{DATE})",
        # 'Som una associació empresarial que va néixer el 2009' (in an interview, 'som' is the interviewee's organisation)
        rf"(?P<org>{ORG_OR_PROGRAMME})(?: \({ORG}\))?,? (?:is |are |es |és |som |somos )?(?:una|un|an|a) [^⟨.;]{{1,60}}? (?:que|that|which) (?:va néixer|nació|was founded|was born|was created|es va crear|se creó|se fundó|es va fundar|es va constituir|se constituyó) (?:en |el |in )?(?P<date>{DATE})",
        # 'X, which dates back to 2005', 'X has been operating since 2010', 'X opera desde 2008'
        rf"(?P<org>{ORG_OR_PROGRAMME}),? (?:which |that |que )?(?:dates|has been (?:operating|active|running)|has existed|existe|opera|funciona) (?P<date>{DATE})",  # the date takes in 'back to', 'since', 'desde'
    )
)
_ANNIVERSARY = re.compile(rf"(?P<org>{ORG_OR_PROGRAMME})(?:'s)? (?:celebrates|celebrated|marks|marked|is celebrating|will celebrate|celebra|celebró|celebrarà) (?:its |their |su |el seu )?(?P<nth>{'|'.join(ORDINALS)}|\d{{1,3}}(?:st|nd|rd|th|º|è|é)?) (?:anniversary|aniversario|aniversari)")
_LIST_BEFORE = re.compile(r"(?:⟨[OG]\d+⟩(?:, | and | y | i |, and ))+$")


# 'Constituït el 2021, té la seu a Barcelona …': founded, with the organisation left unsaid (the article's subject)
_FOUNDED_UNSAID = re.compile(
    r"^(?:Founded|Established|Created|Set up|Fundad[oa]|Cread[oa]|Constituid[oa]|Fundat|Fundada|Creat|Creada|Constituït|Constituïda) (?:in |en |el |l'any )?(?P<date>⟨D\d+⟩), (?!(?:the |its |el |la |l')?(?:⟨L\d+⟩-based )?⟨[OG]\d+⟩)"
)


def extract_foundings(view: SentenceView, state: ArticleState) -> None:
    """Draft founding facts ('Founded in 1985, X …', 'X was established in 2009', 'since its inception in 1996',
    'X celebrates its tenth anniversary this year')."""
    for match in _ANNIVERSARY.finditer(view.masked):
        years = ORDINALS.get(match.group("nth").lower()) or int(re.sub(r"\D", "", match.group("nth")) or 0)
        dated = [d.begin for d in view.dates if d.begin]
        year = int(dated[0][:4]) if dated else state.article_date.year if state.article_date else 0
        ref = view.slot(match.group("org")).ref
        if years and year and state.kind_of(ref) in ("organisation", "cluster-organisation", "programme"):
            fact = state.add(FactDraft("founding", ("founding", ref), {"organisation": ref, "date": str(year - years)}, [view.span], 0.6))
            fact.note(f"Its {match.group('nth')} anniversary in {year}: founded in {year - years}.")
    unsaid = _FOUNDED_UNSAID.match(view.masked)
    subject = state.subject_before(view.sentence.start) if unsaid else None
    if unsaid and subject and view.date(unsaid.group("date")).begin:
        fact = state.add(FactDraft("founding", ("founding", subject), {"organisation": subject, "date": view.date(unsaid.group("date")).begin}, [view.span], 0.6))
        fact.note("Founded, with the organisation left unsaid: the one the article is about.")
    for pattern in _FOUNDING:
        for match in pattern.finditer(view.masked):
            date = view.date(match.group("date"))
            org = view.slot(match.group("org"))
            if date.begin is None or state.kind_of(org.ref) not in ("organisation", "cluster-organisation", "programme"):
                continue
            listed = _LIST_BEFORE.search(view.masked, 0, match.start("org"))  # 'A, B and C, founded in 1996'
            for ref in [*(view.refs(listed.group(), "OG") if listed else []), org.ref]:
                if state.kind_of(ref) not in ("organisation", "cluster-organisation", "programme"):
                    continue
                fact = state.add(FactDraft("founding", ("founding", ref), {"organisation": ref, "date": date.begin}, [view.span], 0.8))
                fact.note(date.note)
                word = re.search(r"inception|launch(?:ed)?|creation", match.group(), re.IGNORECASE)
                if word:
                    fact.note(f"'{word.group().lower()}' read as founding.")
