"""The names of a synthetic project: ids from names, people, public bodies, clusters and cluster organisations in
each language (with the article code `language.mention` needs)."""

from __future__ import annotations

import random
import re
import unicodedata

from clusterld.generate.language import ca_de
from clusterld.generate.lexicon import LANGS
from clusterld.generate.world import NETWORK, TWINNING, Person, Region, Specialism


def slug(text: str) -> str:
    """An id from a name: ASCII lower case, words joined by single hyphens."""
    text = text.replace("ø", "o").replace("Ø", "O").replace("æ", "ae").replace("Æ", "Ae").replace("ß", "ss")
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")


def unique(taken: set[str], candidate: str) -> str:
    """`candidate`, or it with the first free numeric suffix; the result is added to `taken`."""
    ident, n = candidate, 2
    while ident in taken:
        ident, n = f"{candidate}-{n}", n + 1
    taken.add(ident)
    return ident


def title(words: str) -> str:
    """Capitalise the words of a name, not its particles."""
    small = {"de", "la", "les", "las", "los", "del", "el", "of", "and", "i", "y"}
    return " ".join(w if w in small else w[:1].upper() + w[1:] for w in words.split(" "))


def person(rng: random.Random, lang: str, taken: set[str]) -> Person:
    """A new person with a name of the language's pools and a unique id."""
    words = LANGS[lang]
    female = rng.random() < 0.5
    name = f"{rng.choice(words.first_f if female else words.first_m)} {rng.choice(words.last)}"
    if words.two_surnames:
        name = f"{name} {rng.choice(words.last)}"
    return Person(unique(taken, slug(name)), name, female)


def institution_name(kind: str, lang: str, region: Region) -> tuple[str, str]:
    """(name, article code) of one of a region's public bodies in `lang` (see language.mention)."""
    r, c = region.name, region.cities[0][1]
    forms = {
        "government": {"en": (f"Government of {r}", "the"), "es": (f"Gobierno de {r}", "el"), "ca": (f"Govern {ca_de(r)}", "el"),
                       "de": (f"Landesregierung {r}", "f"), "da": (f"Region {r}", "")},
        "agency": {"en": (f"{r} Innovation Agency", "the"), "es": (f"Agencia de Innovación de {r}", "la"),
                   "ca": (f"Agència d'Innovació {ca_de(r)}", "l"), "de": (f"Innovationsagentur {r}", "f"), "da": (f"Erhvervshus {r}", "")},
        "programme": {"en": (f"{r} Clusters programme", "the"), "es": (f"Programa Clústeres de {r}", "el"),
                      "ca": (f"Programa Clústers {ca_de(r)}", "el"), "de": (f"Clusterprogramm {r}", "n"), "da": (f"Klyngeprogram {r}", "")},
        "institute": {"en": (f"{r} Institute for Biomedical Research", "the"), "es": (f"Instituto de Investigación Biomédica de {r}", "el"),
                      "ca": (f"Institut de Recerca Biomèdica {ca_de(r)}", "l"), "de": (f"Institut für Biomedizinische Forschung {r}", "n"),
                      "da": (f"Institut for Biomedicinsk Forskning {r}", "")},
        "university": {"en": (f"University of {c}", "the"), "es": (f"Universidad de {c}", "la"), "ca": (f"Universitat {ca_de(c)}", "la"),
                       "de": (f"Universität {c}", "f"), "da": (f"{c} Universitet", "")},
        "hospital": {"en": (f"{c} University Hospital", "the"), "es": (f"Hospital Universitario de {c}", "el"),
                     "ca": (f"Hospital Universitari {ca_de(c)}", "l"), "de": (f"Universitätsklinikum {c}", "n"), "da": (f"{c} Universitetshospital", "")},
        "council": {"en": (f"{c} City Council", ""), "es": (f"Ayuntamiento de {c}", "el"), "ca": (f"Ajuntament {ca_de(c)}", "l"),
                    "de": (f"Stadtverwaltung {c}", "f"), "da": (f"{c} Kommune", "")},
        "accelerator": {"en": (f"{c} Health Accelerator", "the"), "es": (f"Aceleradora de Salud de {c}", "la"),
                        "ca": (f"Acceleradora de Salut {ca_de(c)}", "l"), "de": (f"Health Accelerator {c}", "m"), "da": (f"{c} Health Accelerator", "")},
    }
    return forms[kind][lang]


def cluster_name(lang: str, spec: Specialism, region: Region) -> tuple[str, str]:
    """(name, article code) of a cluster, the economic phenomenon, in `lang`."""
    r, w = region.name, spec.words
    return {
        "en": (f"{r} {w['en']} cluster", "the"),
        "es": (f"Clúster de {w['es']} de {r}", "el"),
        "ca": (f"Clúster {ca_de(w['ca'])} {ca_de(r)}", "el"),
        "de": (f"{w['de'].replace(' ', '-')}-Cluster {r}", "m"),
        "da": (f"{spec.da_stem}klyngen i {r}", ""),
    }[lang]


def international_name(kind: str, lang: str) -> tuple[str, str]:
    """(name, article code) of the international network or its twinning programme."""
    forms = {
        NETWORK: {"en": ("International Health Cluster Network", "the"), "es": ("Red Internacional de Clústeres de Salud", "la"),
                  "ca": ("Xarxa Internacional de Clústers de Salut", "la"), "de": ("Internationales Gesundheitscluster-Netzwerk", "n"),
                  "da": ("Internationalt Sundhedsklyngenetværk", "")},
        TWINNING: {"en": ("Cluster Twinning Initiative", "the"), "es": ("Iniciativa de Hermanamiento de Clústeres", "la"),
                   "ca": ("Iniciativa d'Agermanament de Clústers", "la"), "de": ("Cluster-Partnerschaftsinitiative", "f"),
                   "da": ("Klyngetvillingeinitiativet", "")},
    }
    return forms[kind][lang]


def organisation_names(rng: random.Random, spec: Specialism, region: Region) -> dict[str, str]:
    r, w, lang = region.name, spec.words, region.lang
    brand = max(r.split(" "), key=len) + spec.short
    english = rng.choice((f"{r} {title(w['en'])} Cluster", f"{r} {title(w['en'])} Alliance", f"{r} {title(w['en'])} Network", brand))
    local = {
        "en": english,
        "es": rng.choice((f"Clúster de {title(w['es'])} de {r}", f"Asociación Clúster {title(w['es'])} {r}", brand)),
        "ca": rng.choice((f"Clúster {ca_de(title(w['ca']))} {ca_de(r)}", f"Associació Clúster {title(w['ca'])} {r}", brand)),
        "de": rng.choice((f"{w['de'].replace(' ', '-')}-Cluster {r} e. V.", f"Netzwerk {w['de']} {r}", brand)),
        "da": rng.choice((f"{w['da']} {r}", brand)),
    }[lang]
    return {lang: local} if local == english or lang == "en" else {lang: local, "en": english}
