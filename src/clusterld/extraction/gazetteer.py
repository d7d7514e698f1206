"""What the project already knows: registry entities and their names, concept schemes, ids in use.

The registry (data/entities/*.yaml) is the gazetteer. Names are matched on a folded copy of the text (accents,
case, '&'/'and', hyphens, quotes and runs of spaces unified) that keeps, for every folded character, the offset
of the raw character it came from, so a match maps back to an exact span of the raw text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Mapping

import yaml
from rdflib import Graph
from rdflib.namespace import RDF, SKOS

from clusterld.extraction.normalise import fold
from clusterld.iris import split_concept

_FOLD_CHAR = str.maketrans({"’": "'", "‘": "'", "`": "'", "–": " ", "—": " ", "-": " ", "‑": " ", "\u00a0": " ",
                            "\t": " ", "\n": " ", "\u202f": " ", "\u2009": " ", ".": " ", "&": " and "})


@dataclass(frozen=True)
class RegistryEntity:
    """A registry entry as the extractor needs it."""

    id: str
    kind: str
    name: str
    names: tuple[str, ...]
    facilitated_by: tuple[str, ...]


@dataclass(frozen=True)
class Knowledge:
    """Registry, concept schemes (scheme → slug → folded labels) and every id already used in the project."""

    entities: Mapping[str, RegistryEntity]
    concepts: Mapping[str, Mapping[str, tuple[str, ...]]]
    used_ids: frozenset[str]

    def has_concept(self, scheme: str, slug: str) -> bool:
        """True when `slug` is a concept of `scheme` in the project's ontology."""
        return slug in self.concepts.get(scheme, {})

    def same_name(self, ident: str, kinds: set[str]) -> str | None:
        """A registry entity of one of `kinds` that shares a name with `ident` ('Boston-Cambridge' the place)."""
        entity = self.entities.get(ident)
        if entity is None:
            return None
        keys = {name_key(n) for n in entity.names}
        matches = [e.id for e in self.entities.values() if e.kind in kinds and keys & {name_key(n) for n in e.names}]
        return matches[0] if len(matches) == 1 else None


def load_knowledge(root: Path) -> Knowledge:
    """Read the registry, the ontology's concepts and the ids in use under project folder `root`."""
    entities: dict[str, RegistryEntity] = {}
    for path in sorted((root / "data" / "entities").glob("*.yaml")):
        for item in _yaml_list(path):
            if isinstance(item, dict) and "id" in item and "type" in item:
                entity = _entity(item)
                entities[entity.id] = entity
    used = set(entities)
    for path in sorted((root / "data" / "documents").glob("*.md")):
        used |= _document_ids(path)
    return Knowledge(entities, _concepts(root / "ontology"), frozenset(used))


def _yaml_list(path: Path) -> list:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError):
        return []  # a broken registry file is `clusterld validate`'s to report, not the extractor's
    return data if isinstance(data, list) else []


def _entity(item: dict) -> RegistryEntity:
    names: list[str] = []
    for value in (item.get("name") or {}).values() if isinstance(item.get("name"), dict) else [item.get("name")]:
        names.append(str(value))
    for values in (item.get("alt_names") or {}).values():
        names.extend(str(v) for v in values)
    name = item["name"].get("en", next(iter(item["name"].values()))) if isinstance(item.get("name"), dict) else str(item.get("name"))
    return RegistryEntity(str(item["id"]), str(item["type"]), str(name), tuple(dict.fromkeys(names)), tuple(item.get("facilitated_by") or ()))


def _document_ids(path: Path) -> set[str]:
    text = path.read_text(encoding="utf-8", errors="replace")
    if not text.startswith("---"):
        return set()
    front, _, _ = text[3:].partition("\n---")
    try:
        data = yaml.safe_load(front)
    except yaml.YAMLError:
        return set()
    if not isinstance(data, dict):
        return set()
    facts = data.get("facts") or []
    return {str(data.get("id"))} | {str(f["id"]) for f in facts if isinstance(f, dict) and "id" in f}


def _concepts(folder: Path) -> dict[str, dict[str, tuple[str, ...]]]:
    graph = Graph()
    for path in sorted(folder.glob("*.ttl")):
        try:
            graph.parse(path, format="turtle")
        except Exception:  # rdflib raises several unrelated types; `clusterld validate` reports bad Turtle
            continue
    out: dict[str, dict[str, tuple[str, ...]]] = {}
    for subject in graph.subjects(RDF.type, SKOS.Concept):
        parts = split_concept(str(subject))
        if parts:
            labels = [str(o) for p in (SKOS.prefLabel, SKOS.altLabel) for o in graph.objects(subject, p)]
            out.setdefault(parts[0], {})[parts[1]] = tuple(dict.fromkeys(fold(label) for label in labels))
    return out


def fold_char(ch: str) -> str:
    """One raw character folded for matching; may be empty (a combining accent) or a space."""
    decomposed = unicodedata.normalize("NFKD", ch.translate(_FOLD_CHAR))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


@dataclass(frozen=True)
class FoldedText:
    """The text folded for matching, with the raw offset of each folded character."""

    folded: str
    offsets: tuple[int, ...]

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """The raw [start, end) of folded [start, end)."""
        return self.offsets[start], self.offsets[end - 1] + 1


def fold_text(text: str) -> FoldedText:
    """Fold `text` character by character, collapsing runs of spaces, keeping raw offsets."""
    chars: list[str] = []
    offsets: list[int] = []
    for index, ch in enumerate(text):
        for piece in fold_char(ch):
            if piece == " " and chars and chars[-1] == " ":
                continue
            chars.append(piece)
            offsets.append(index)
    return FoldedText("".join(chars), tuple(offsets))


def name_key(name: str) -> str:
    """A name folded exactly as fold_text folds the article ('&' reads 'and')."""
    return re.sub(r" +", " ", "".join(fold_char(ch) for ch in name)).strip()


@dataclass(frozen=True)
class NameMatch:
    """A gazetteer hit: raw span and the entity id."""

    start: int
    end: int
    entity: str


def compile_names(names: Iterable[tuple[str, str]]) -> tuple[re.Pattern[str] | None, Mapping[str, tuple[str, str]]]:
    """A pattern matching any of the names (longest first) and a map from name key to (entity id, name as written)."""
    table: dict[str, tuple[str, str]] = {}
    for entity, name in names:
        key = name_key(name)
        if len(key) >= 2:
            table.setdefault(key, (entity, name))
    if not table:
        return None, table
    alternatives = sorted(table, key=len, reverse=True)
    body = "|".join(re.escape(k) for k in alternatives)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)"), table


def find_names(text: str, folded: FoldedText, pattern: re.Pattern[str] | None, table: Mapping[str, tuple[str, str]]) -> Iterator[NameMatch]:
    """Every non-overlapping name hit in the text, leftmost-longest, with the acronym case rule applied."""
    if pattern is None:
        return
    for match in pattern.finditer(folded.folded):
        entity, written = table[match.group()]
        start, end = folded.raw_span(match.start(), match.end())
        if text[end : end + 1] == "." and re.fullmatch(r"(?:\w{1,3}\.)+\w{1,3}", text[start:end]):
            end += 1  # a dotted acronym keeps its last full stop: 'CL.A.N.', 'U.S.'
        if _case_compatible(text[start:end], written) and not re.search(r"\w[-‑]$", text[max(0, start - 2) : start]):
            yield NameMatch(start, end, entity)  # not the tail of a compound: 'Europe' in 'BIO-Europe'


def _case_compatible(surface: str, written: str) -> bool:
    """A one-word name must not match a lowercase word ('US' is not 'us', 'MIT' is not 'mit')."""
    if " " in written.strip() or written.islower():
        return True
    if surface.islower():
        return False
    letters = [c for c in written if c.isalpha()]
    if len(letters) <= 3 and written.isupper():
        return surface.isupper()
    return True
