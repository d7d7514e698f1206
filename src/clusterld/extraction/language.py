"""The article's language, from its commonest function words: English, Spanish or Catalan.

Only the languages the rules read are told apart; anything else is reported as English, the language the
rules were first written for. Spanish and Catalan share many words ('de', 'la', 'que'), so only the words
that differ count for them ('y'/'i', 'los'/'els', 'con'/'amb', 'para'/'per').
"""

from __future__ import annotations

import re

_MARKERS = {
    "en": frozenset("the and of to is was with for has have which this that from by are were its".split()),
    "es": frozenset("y los las del con para por una es fue ha han se su sus al como más entre según".split()),
    "ca": frozenset("i els les del amb per una és va van ha han seu seva als com més entre segons l d".split()),
}
_SHARED = frozenset({"del", "una", "ha", "han", "entre"})  # common to Spanish and Catalan: no evidence for either


def detect_language(text: str) -> str:
    """'en', 'es' or 'ca': the language whose marker words occur most often in `text`."""
    words = re.findall(r"[a-zà-ÿ]+", text.casefold().replace("’", "'"))
    counts = {lang: sum(1 for w in words if w in markers and w not in _SHARED) for lang, markers in _MARKERS.items()}
    best = max(counts, key=lambda lang: (counts[lang], lang == "en"))
    return best if counts[best] > 0 else "en"
