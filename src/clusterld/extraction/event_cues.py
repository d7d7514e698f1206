"""Cues that a name the registry does not know is an event: a head word before or after it, the words of taking
part, exhibiting or travelling before it, or a clause after it saying it opens, runs or is held.

Like cues.py, each is a regular expression over the text right before the name (`before`) or right after it
(`after`); candidates.py weighs them.
"""

from __future__ import annotations

import re

from clusterld.extraction.normalise import UPPER

VENUE = re.compile(r"^[ \u00a0]+(?:conference|convention|congress|exhibition|events?)[ \u00a0]+(?:centre|center|hall)\b", re.IGNORECASE)
EVENT_HEAD_AFTER = re.compile(r"^[ \u00a0]+(?:[a-z]+[ \u00a0]+)?(?P<head>conference|summit|forum|fair|congress|convention|expo|exhibition|festival)\b")
# Organisations and places do not happen 'during': 'during SEMICON Taiwan', 'durante Exponor'.
DURING_BEFORE = re.compile(r"\b(?:during|durante|durant)[ \u00a0]+(?:the[ \u00a0]+)?$", re.IGNORECASE)
EVENT_NOUN_BEFORE = re.compile(r"\b(?:la|el|les|los|las)[ \u00a0]+(?P<head>jornadas?|congreso|congrés|feria|fira|fòrum|foro|cumbre|cimera)[ \u00a0]+$", re.IGNORECASE)
# A fair named without a head word, by where a delegation goes: 'a joint Belgian delegation to Anuga in Cologne'.
# 'present the first results at World Water Week in Stockholm', 'its annual forum at Cibus in Parma': what happens at a
# name followed by its city is an event there.
AT_EVENT_BEFORE = re.compile(
    r"\b(?:present|presents|presented|exhibit|exhibits|exhibited|showcase|showcases|showcased|speak|speaks|spoke|launch|launches|launched|"
    r"forum|conference|meeting|stand|pavilion|presentar[áa]n?|presentó|expondrán|exposaran|presentaran)\b[^.;⟨]{0,50}?[ \u00a0]at[ \u00a0]+(?:the[ \u00a0]+)?$",
    re.IGNORECASE,
)
# 'will take part in Laser World of Photonics in Munich': what one takes part in, followed by its city, is an event.
PART_IN_BEFORE = re.compile(
    r"(?:\b(?:take|takes|took|taking|taken)[ \u00a0]+part[ \u00a0]+in|\b(?:participate|participates|participated|participating)[ \u00a0]+in|\battend(?:s|ed|ing)?"
    r"|\bparticip(?:a|an|ó|aron|ará|arán|arà|aran)[ \u00a0]+(?:en|a)|\bva[ \u00a0]+participar[ \u00a0]+a|\basisti(?:ó|rá|eron|rán)[ \u00a0]+a)[ \u00a0]+(?:the[ \u00a0]+|la[ \u00a0]+|el[ \u00a0]+)?$",
    re.IGNORECASE,
)
# 'exponer juntas en Gulfood', 'to exhibit at Hannover Messe': where companies exhibit is an event
EXHIBIT_IN_BEFORE = re.compile(
    r"\b(?:exponer|exponen|expondrán|expondrá|expone|expusieron|exposar|exposen|exposaran|exposarà|exhibit|exhibits|exhibited|exhibiting)"
    r"(?:[ \u00a0]+(?:juntas|juntos|junta|conjuntamente|together|jointly|plegats|plegades|conjuntament))?[ \u00a0]+(?:en|a|at)[ \u00a0]+(?:the[ \u00a0]+|la[ \u00a0]+|el[ \u00a0]+)?$",
    re.IGNORECASE,
)
# 'Cosmoprof Worldwide Bologna, el gran aparador del sector, que va obrir les portes ahir': what opens, runs or is held is an event
EVENT_CLAUSE_AFTER = re.compile(
    r"^(?:[ \u00a0]+\d{4})?,[ \u00a0]+(?:(?:the|a|an|el|la|l['’]|un|una)[ \u00a0]+[^,;.⟨]{1,70},[ \u00a0]+)?(?:que|which|that)[ \u00a0]+(?:se[ \u00a0]+|this[ \u00a0]+year[ \u00a0]+)?"
    r"(?:celebra|celebrará|celebró|va[ \u00a0]+obrir|obre|obrirà|abrió|abre|abrirá|tendrá[ \u00a0]+lugar|tuvo[ \u00a0]+lugar|tindrà[ \u00a0]+lloc|va[ \u00a0]+tenir[ \u00a0]+lloc|runs|ran|opens|opened|takes[ \u00a0]+place|took[ \u00a0]+place|will[ \u00a0]+take[ \u00a0]+place|will[ \u00a0]+be[ \u00a0]+held|is[ \u00a0]+held|was[ \u00a0]+held|closes|closed)\b"
)
DELEGATION_TO_BEFORE = re.compile(r"\b(?:delegations?|missions?|stands?|pavilions?|booths?|delegaci(?:ón|ó|ones|ons)|misi(?:ón|ó|ones|ons)|pabellón|estand)[ \u00a0]+(?:to|at|a|al|en)[ \u00a0]+(?:the[ \u00a0]+)?$", re.IGNORECASE)
IN_PLACE_AFTER = re.compile(rf"^(?:[ \u00a0]+\d{{4}})?[ \u00a0]+(?:in|en|a)[ \u00a0]+[{UPPER}]")  # 'at Automatica 2026 in Munich'
