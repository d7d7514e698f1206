"""Proposals: new registry entries suggested for the names the registry does not know, the index that tells
when a later name is another form of an earlier proposal, and the short forms a name is written in (an acronym
defined after it, the name without its closing acronym)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from clusterld.extraction.candidates import Candidate
from clusterld.extraction.cues import country_of
from clusterld.extraction.names import abbreviates, person_surnames
from clusterld.extraction.gazetteer import name_key
from clusterld.extraction.lexicon import CLUSTER_ORGANISATION_HEADS
from clusterld.extraction.normalise import clean_label, slugify, strip_accents

_ORGANISATIONS = frozenset({"organisation", "cluster-organisation"})
_ACRONYM = re.compile(r"[ \u00a0]*\(([A-Z][A-Za-z0-9&\-]{1,11}|[A-Z][\w\-]{2,11}[ \u00a0][A-Z]{2,6})\)")  # '(FBRI)', '(Fundació BIT)'
_SHORTENED = re.compile(r"(?P<short>[\w’'\-& ]{4,}?)[ \u00a0]+[A-Z]{2,4}")
_COUNTRY_AFTER = re.compile(r"(?P<short>[\w’'\-& ]{4,})[ \u00a0]+(?P<country>\w+)")  # 'OptecNet Deutschland' and 'OptecNet'


@dataclass(frozen=True)
class Proposal:
    """A suggested new registry entry, from the first span that named it."""

    id: str
    kind: str
    name: str
    alt_names: tuple[str, ...]
    detail: str | None
    reason: str
    start: int
    end: int


@dataclass
class ProposalIndex:
    """The proposals so far, indexed by what makes a later name another form of one: any of its names, a person's
    surname ('Sato' after 'Hiroshi Sato'), its name cut before a place ('Secretaría de Economía' after '… de
    Economía de Nuevo León'), the same name with or without 'The' ('The Hague' opening a sentence loses it), an
    organisation's name with or without 'Cluster' ('Silicon Alps' and 'the Silicon Alps Cluster'). An index, not a
    walk over every proposal: a long text can make thousands."""

    order: dict[str, int] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)
    cut: dict[tuple[str, str], str] = field(default_factory=dict)  # (kind, name before 'of'/'de'/…) -> id
    bare: dict[str, str] = field(default_factory=dict)  # an organisation's name without 'Cluster' -> id

    def add(self, proposal: Proposal) -> None:
        """Index a new proposal; an earlier one keeps a key they share."""
        self.order[proposal.id] = len(self.order)
        keys = [name_key(n) for n in (proposal.name, *proposal.alt_names)]
        for key in (*keys, *([name_key(surname) for surname in person_surnames(proposal.name)] if proposal.kind == "person" else [])):
            self.names.setdefault(key.removeprefix("the "), proposal.id)
        for place in re.finditer(r" (?=(?:of|de|del|d'|in|at) )", keys[0] + " "):
            self.cut.setdefault((proposal.kind, keys[0][: place.start()]), proposal.id)
        if proposal.kind in _ORGANISATIONS:
            for key in keys:
                self.bare.setdefault(_without_cluster(key), proposal.id)

    def find(self, key: str, kind: str) -> str | None:
        """The earliest proposal the name `key` (of a candidate of `kind`) is another form of."""
        bare = self.bare.get(_without_cluster(key)) if kind in _ORGANISATIONS else None
        found = [ref for ref in (self.names.get(key.removeprefix("the ")), self.cut.get((kind, key)), bare) if ref is not None]
        return min(found, key=self.order.__getitem__) if found else None


def _without_cluster(key: str) -> str:
    """A folded name without a leading or trailing 'cluster': 'Silicon Alps Cluster' and 'Silicon Alps' are one name."""
    return re.sub(r"^cluster (?=\S)|(?<=\S) cluster$", "", key)


def with_article(proposal: Proposal, found: list[Candidate]) -> Proposal:
    """The proposal named as written inside a sentence, 'The Hague', when it was first seen where 'The' is dropped."""
    inner = next((f.name for f in found if f.name.startswith("The ") and name_key(f.name[4:]) == name_key(proposal.name)), None)
    return replace(proposal, name=inner, alt_names=(proposal.name, *proposal.alt_names)) if inner else proposal


def with_alternative(proposal: Proposal, name: str) -> Proposal:
    """The proposal with one more name it is written by ('Fundació BIT' and its full name, met later)."""
    known = {name_key(n) for n in (proposal.name, *proposal.alt_names)}
    return proposal if name_key(name) in known else replace(proposal, alt_names=(*proposal.alt_names, clean_label(name)))


def base_key(name: str) -> str:
    """A name's key without a legal form: 'e-mobil BW GmbH' and 'e-mobil BW' are one organisation."""
    return re.sub(r" (?:gmbh|ag|se|sa|s a|spa|ltd|llc|inc|plc|bv|nv|ab|oy|co)$", "", name_key(re.sub(r"^(?:the|The)[ \u00a0]+", "", name)))


def propose(found: Candidate, acronym: str | None, taken: set[str], surfaces: list[str]) -> Proposal:
    """A new entry for a candidate name, with an id not in `taken` and the other forms it was written in."""
    name = clean_label(re.sub(r"^(?:the|The)[ \u00a0]+", "", found.name))
    alternatives = [clean_label(s) for s in surfaces if name_key(s) != name_key(name)] + ([acronym] if acronym else [])
    base = slugify(name)
    ident, n = base, 2
    while ident in taken:
        ident, n = f"{base}-{n}", n + 1
    return Proposal(ident, found.kind, name, tuple(dict.fromkeys(alternatives)), found.detail, found.reason, found.start, found.end)


def with_short_forms(found_by_name: dict[str, list[Candidate]]) -> dict[str, list[Candidate]]:
    """An organisation's name without a closing acronym, or without a closing 'de …', is the same organisation
    ('Medical Valley' and 'Medical Valley EMN', 'Foodvalley' and 'Foodvalley NL'), whatever cue the short form had on its own."""
    merged = dict(found_by_name)
    for key, found_list in found_by_name.items():
        shortened = next((m for f in found_list if f.kind in ("organisation", "cluster-organisation") and (m := _SHORTENED.fullmatch(f.name) or _national(f.name))), None)
        short = base_key(shortened.group("short")) if shortened and country_of(shortened.group("short")) is None else None  # 'Uruguay XXI' is no 'Uruguay'
        if short and short != key and short in merged and key in merged:
            merged[key] = merged[key] + merged.pop(short)
    # "Clúster de l'Energia Eficient" in a headline and "Clúster de l'Energia Eficient de Catalunya" below: the one
    # organisation whose name goes on with 'de …' or 'of …' is the same, when only one does.
    organisations = [k for k, found in merged.items() if any(f.kind in ("organisation", "cluster-organisation") for f in found)]
    going_on: dict[str, list[str]] = {}  # a name cut before each 'de …' or 'of …' -> the names that go on there: one pass, not one per pair
    for key in organisations:
        for cut in re.finditer(r" (?=(?:de|del|d'|of|for) )", key):
            going_on.setdefault(key[: cut.start()], []).append(key)
    for short in organisations:
        longer = going_on.get(short, [])
        specific = len(short.split()) >= 3 or short.startswith("cluster ")  # 'Clúster Nàutic' names one cluster; 'Universitat Politècnica' does not
        if specific and len(longer) == 1 and short in merged and longer[0] in merged:
            merged[longer[0]] = merged[longer[0]] + merged.pop(short)
    return _with_full_names(_with_first_words(merged))


def _with_full_names(found_by_name: dict[str, list[Candidate]]) -> dict[str, list[Candidate]]:
    """A person first named short and then in full ('Lorena Cuesta' in a headline, 'Lorena Cuesta Arranz' below) is one
    person, when exactly one longer name goes on from the short one."""
    merged = dict(found_by_name)
    people = [key for key, found in merged.items() if any(f.kind == "person" for f in found)]
    for short in people:
        longer = [key for key in people if key.startswith(short + " ")]
        if len(longer) == 1 and short in merged:
            merged[longer[0]] = merged[longer[0]] + merged.pop(short)
    return merged


# What closes the name of an organisation rather than of a unit or a business of another ('HunterNet Co-operative',
# not 'HunterNet Defence Network'; 'DeepWind Offshore Wind Cluster', not 'Safran Aero Boosters'): the heads of a cluster
# organisation's name but those a unit has too, folded as names are
_FORMS = {name_key(w) for w in CLUSTER_ORGANISATION_HEADS - {"network", "hub", "platform"}} | {"clusters", "co operative", "cooperative", "co op", "consorcio", "consorci", "federation"}
_ORGANISATION_FORM = re.compile(rf" (?:{'|'.join(sorted(_FORMS))})$")


def _with_first_words(found_by_name: dict[str, list[Candidate]]) -> dict[str, list[Candidate]]:
    """A one-word organisation name ('DeepWind', 'Biocom') that opens exactly one longer organisation name closed by an
    organisation's form or by a place ('the DeepWind Offshore Wind Cluster', 'Biocom California') is that organisation."""
    merged = dict(found_by_name)
    places = {key for key, found in merged.items() if any(f.kind == "place" for f in found)}
    opening: dict[str, list[str]] = {}
    for key, found in merged.items():
        first, _, rest = key.partition(" ")
        organisation = any(f.kind in _ORGANISATIONS for f in found)
        if rest and organisation and (_ORGANISATION_FORM.search(key) or rest in places or country_of(rest)):
            opening.setdefault(first, []).append(key)
    for short, longer in opening.items():
        if len(longer) == 1 and short not in places and any(f.kind in _ORGANISATIONS for f in merged.get(short, [])):  # 'KOBE, Japan –' is no 'Kobe … Cluster'
            merged[longer[0]] = merged[longer[0]] + merged.pop(short)
    return merged


def _national(name: str) -> re.Match[str] | None:
    """'OptecNet Deutschland': a name closed by the country it works in."""
    match = _COUNTRY_AFTER.fullmatch(name)
    return match if match and country_of(match.group("country")) is not None else None


def acronym_near(text: str, end: int, name: str) -> str | None:
    """The acronym defined right after a name, or after a short place phrase ('… Innovation at Kobe (FBRI)')."""
    near = re.match(r"[ \u00a0]+(?:at|in|of|de|d')[ \u00a0]*[A-Z][\w\-]+(?=[ \u00a0]*\()", text[end : end + 40])
    return defined_acronym(text, end, name) or (defined_acronym(text, end + near.end(), name) if near else None)


def defined_acronym(text: str, end: int, name: str) -> str | None:
    """'(FBRI)' after a name; '(K-water)' too, an initial and a word of the name ('Korea Water Resources Corporation');
    '(Turistec)', a word that opens like a word of the name."""
    match = _ACRONYM.match(text, end)
    if match and sum(1 for c in match.group(1) if c.isupper()) >= 2:
        return match.group(1)
    short = re.fullmatch(r"([A-Z])-([a-z]{3,})", match.group(1)) if match else None
    if match and short and name[:1] == short.group(1) and short.group(2) in name.casefold().split():
        return match.group(1)
    words = {strip_accents(w.casefold())[:4] for w in re.findall(r"\w{4,}", name)}
    if match and re.fullmatch(r"[A-Z][a-z]{4,}", match.group(1)) and strip_accents(match.group(1).casefold())[:4] in words:
        return match.group(1)  # a short name made of the name's words: 'Turistec' for '… Tecnològica en Turisme …'
    if match and re.fullmatch(r"[A-Z][a-z]{2,}", match.group(1)) and abbreviates(match.group(1), name):
        return match.group(1)  # 'Fondo Europeo de Desarrollo Regional (Feder)', '… Organizaciones Empresariales de Murcia (Croem)'
    return None



# 'VITARTIS, la Asociación de la Industria Alimentaria de Castilla y León,': a short name in capitals, then its full name
_CAPITALS_BEFORE = re.compile(r"(?P<short>[A-ZÀ-Þ][A-ZÀ-Þ&\-]{2,11}),[ \u00a0]+(?:the|la|el|l['’]|els|les|los|las)[ \u00a0]*$")


def full_names_in_apposition(text: str, proposals: dict[str, Proposal], ends: dict[int, str]) -> dict[str, str]:
    """Proposed organisations first written as the apposition of a short name in capitals ('VITARTIS, la Asociación
    … de Castilla y León,') or in brackets after a name ('The Maritime Cluster Northern Germany (Maritimes Cluster
    Norddeutschland e.V.)'), each mapped to the entity the other name is (`ends`: the entity each name read ends at)."""
    out: dict[str, str] = {}
    for proposal in proposals.values():
        if proposal.kind not in _ORGANISATIONS or len(proposal.name.split()) < 3:
            continue
        bracketed = ends.get(proposal.start - 2) if text[proposal.start - 2 : proposal.start] == " (" else None
        if bracketed and bracketed != proposal.id and re.match(r"(?:[ \u00a0]*[\w.]{1,6})?\)", text[proposal.end : proposal.end + 8]):  # ' e.V.)'
            out[proposal.id] = bracketed
            continue
        if not re.match(r"[ \u00a0]*[,;.)]", text[proposal.end : proposal.end + 2]):
            continue
        short = _CAPITALS_BEFORE.search(text, max(0, proposal.start - 30), proposal.start)
        owner = ends.get(short.end("short")) if short else None
        if owner and owner != proposal.id:
            out[proposal.id] = owner
    return out
