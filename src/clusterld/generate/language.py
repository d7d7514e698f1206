"""What every language of synthetic articles has: sentence templates, vocabulary, names and number and date
formats (the languages themselves are in lexicon/), and the mentions that fill the templates.

Every language has the same template keys; a template's placeholders are filled with mentions that already
carry the article and preposition the language needs (see `mention`), so the templates stay plain `str.format`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Mapping

LANGUAGES = ("en", "ca", "es", "de", "da")

# Mention variants: nom(inative), acc(usative), dat(ive), of ("of the X", "del X", "vom X"), zu (German "zum X").
_DE_ARTICLES = {"m": ("der", "den", "dem"), "f": ("die", "die", "der"), "n": ("das", "das", "dem")}
_CA_VOWELS = tuple("aeiouàèéíòóúhAEIOUÀÈÉÍÒÓÚH")


def mention(lang: str, key: str, name: str, art: str) -> dict[str, str]:
    """The mention variants of one name under `key`, `key_acc`, `key_dat`, `key_of` and `key_zu`."""
    if lang == "de" and art in _DE_ARTICLES:
        nom, acc, dat = (f"{a} {name}" for a in _DE_ARTICLES[art])
        of = f"von der {name}" if art == "f" else f"vom {name}"
        zu = f"zur {name}" if art == "f" else f"zum {name}"
        return {key: nom, f"{key}_acc": acc, f"{key}_dat": dat, f"{key}_of": of, f"{key}_zu": zu}
    if lang == "ca":
        full = {"el": f"el {name}", "la": f"la {name}", "l": f"l'{name}"}.get(art, name)
        of = {"el": f"del {name}", "la": f"de la {name}", "l": f"de l'{name}"}.get(art, ca_de(name))
    elif lang == "es":
        full = f"{art} {name}" if art else name
        of = {"el": f"del {name}", "la": f"de la {name}"}.get(art, f"de {name}")
    elif lang == "en":
        full = f"the {name}" if art else name
        of = f"of {full}"
    else:  # Danish, and German names without article
        full, of = name, (f"von {name}" if lang == "de" else f"i {name}")
    return {key: full, f"{key}_acc": full, f"{key}_dat": full, f"{key}_of": of, f"{key}_zu": f"zu {full}"}


def ca_de(name: str) -> str:
    """Catalan 'de' before a bare name, elided before a vowel or h."""
    return f"d'{name}" if name.startswith(_CA_VOWELS) else f"de {name}"


def sentence(template: str, values: Mapping[str, str]) -> str:
    """Fill a template and capitalise its first letter (a mention may start with a lower-case article)."""
    text = template.format_map(values)
    if text.endswith(".."):  # a name ending in an abbreviation ("S.A.") ends the sentence too
        text = text[:-1]
    return text[:1].upper() + text[1:]


@dataclass(frozen=True)
class Language:
    """Everything language-specific a synthetic article needs."""

    code: str
    months: tuple[str, ...]
    and_: str
    templates: Mapping[str, str]
    topics: Mapping[str, str]
    roles: Mapping[str, tuple[str, str]]  # role concept → (masculine, feminine) as written
    quotes: Mapping[str, tuple[str, ...]]
    qualifiers: Mapping[str, str]
    ranks: tuple[str, ...]
    first_m: tuple[str, ...]
    first_f: tuple[str, ...]
    last: tuple[str, ...]
    two_surnames: bool

    def join(self, items: list[str]) -> str:
        """'a, b and c' in this language."""
        return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} {self.and_} {items[-1]}"

    def number(self, n: int) -> str:
        return f"{n:,}" if self.code == "en" else f"{n:,}".replace(",", ".")

    def percent(self, x: float) -> str:
        return f"{x:.1f}%" if self.code == "en" else f"{x:.1f}".replace(".", ",") + " %"

    def ordinal(self, n: int) -> str:
        """An edition number as written: 5th, 5.ª, 5a, 5."""
        if self.code == "en":
            return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"
        return {"es": f"{n}.ª", "ca": f"{n}a"}.get(self.code, f"{n}.")

    def plain_date(self, d: date) -> str:
        """A day without preposition, as in a byline."""
        m = self.months[d.month - 1]
        return {
            "en": f"{d.day} {m} {d.year}",
            "es": f"{d.day} de {m} de {d.year}",
            "ca": f"{d.day} {ca_de(m)} de {d.year}",
            "de": f"{d.day}. {m} {d.year}",
            "da": f"{d.day}. {m} {d.year}",
        }[self.code]

    def on_day(self, d: date) -> str:
        return {"en": "on ", "es": "el ", "ca": "el ", "de": "am ", "da": "den "}[self.code] + self.plain_date(d)

    def in_month(self, d: date) -> str:
        m = self.months[d.month - 1]
        return {
            "en": f"in {m} {d.year}",
            "es": f"en {m} de {d.year}",
            "ca": f"el mes {ca_de(m)} de {d.year}",
            "de": f"im {m} {d.year}",
            "da": f"i {m} {d.year}",
        }[self.code]

    def day_range(self, start: date, end: date) -> str:
        """A range of days within one month, with preposition: 'from 3 to 7 June 2019'."""
        m, y, a, b = self.months[start.month - 1], start.year, start.day, end.day
        return {
            "en": f"from {a} to {b} {m} {y}",
            "es": f"del {a} al {b} de {m} de {y}",
            "ca": f"del {a} al {b} {ca_de(m)} de {y}",
            "de": f"vom {a}. bis {b}. {m} {y}",
            "da": f"fra den {a}. til den {b}. {m} {y}",
        }[self.code]
