"""Text normalisation: folded forms for matching, clean labels for output, slugs for ids.

Offsets always refer to the raw article text; these functions only make derived strings (keys to compare,
labels to print), never a new text to count offsets in.
"""

from __future__ import annotations

import re
import unicodedata

# Characters that look like a space but are not U+0020; the seed articles contain no-break spaces.
SPACES = "\u00a0\u2007\u2009\u200a\u202f\u205f\u3000\t"
INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
# Capital letters of the Latin scripts, for regex classes: Latin-1 and Latin Extended ('Žilina', 'Łódź', 'Győr').
UPPER = "A-ZÀ-ÖØ-Þ" + "".join(chr(code) for code in range(0x100, 0x250) if chr(code).isupper())
_QUOTES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "“": '"', "”": '"', "„": '"', "–": "-", "—": "-", "‑": "-"})
_SPACE_RUN = re.compile(f"[ {SPACES}\n\r\f\v]+")
_INVISIBLE = re.compile(f"[{INVISIBLE}]")


def plain(text: str) -> str:
    """Text with typographic quotes and dashes made ASCII, invisible characters dropped, spaces collapsed."""
    return _SPACE_RUN.sub(" ", _INVISIBLE.sub("", text.translate(_QUOTES))).strip()


# Letters Unicode does not decompose into a base letter and an accent ('Øresund', 'Łódź', 'Straße').
_LETTERS = str.maketrans({"Ø": "O", "ø": "o", "Æ": "AE", "æ": "ae", "Œ": "OE", "œ": "oe", "ß": "ss", "Ł": "L", "ł": "l", "Đ": "D", "đ": "d", "Þ": "Th", "þ": "th", "Ð": "D", "ð": "d"})


def strip_accents(text: str) -> str:
    """Text without accents: 'ACCIÓ' becomes 'ACCIO', 'Øresund' 'Oresund'."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_LETTERS))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def fold(text: str) -> str:
    """Matching key: accents removed, case folded, '&' read as 'and', punctuation and spacing unified."""
    folded = strip_accents(plain(text)).casefold().replace("&", " and ")
    folded = re.sub(r"[^\w'\- ]+", " ", folded)
    return re.sub(r"\s+", " ", folded).strip()


def clean_label(text: str) -> str:
    """A label fit for the registry or a fact: single spaces only, no no-break spaces, trimmed."""
    return plain(text).strip(" ,;:.-")


def slugify(text: str, limit: int = 60) -> str:
    """An id slug: lowercase ASCII letters, digits and single hyphens, at most `limit` characters."""
    ascii_text = strip_accents(plain(text)).lower().replace("&", " and ").replace("'", "")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")
    if len(slug) > limit:
        slug = slug[:limit].rsplit("-", 1)[0] if "-" in slug[:limit] else slug[:limit]
    return slug or "item"


def stem(word: str) -> str:
    """A crude English stem, enough to see 'connecting' and 'connection' as one word."""
    word = re.sub(r"iz(e|ed|es|ing|ation|ations|er|ers)$", r"is\1", word.lower())  # American -ize as British -ise
    for suffix in ("ations", "ation", "ings", "ing", "ions", "ion", "ies", "es", "ed", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)] + ("y" if suffix == "ies" else "")
    return word
