"""Stage 2, records: typed, frozen records from the schema-checked sources.

Checks what a schema cannot: unique ids, references to existing ids of the right kind, concepts that exist
in the ontology's schemes, real ISO 8601 dates, ends not before starts, and evidence quotes that occur
verbatim in the document's text. Every problem names file:line and field.

With a build cache, the records of a file checked before (same path and bytes, same concepts) are reused when
every id they looked up is still of the kind it was; ids are always checked for uniqueness across the project.
"""

from __future__ import annotations

import calendar
import hashlib
import re
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any, Callable, Mapping, TypeVar

from rdflib import Graph
from rdflib.namespace import RDF, SKOS

from clusterld.buildcache import BuildCache, lookup_cached
from clusterld.documents import DocumentSource, Located, Sources
from clusterld.errors import InputError, Problem
from clusterld.iris import split_concept
from clusterld.schemas import COMMON_ENTITY, DATE_PAIRS, DOCUMENT_FIELDS, ENTITY_FIELDS, FACT_FIELDS, Field

_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
T = TypeVar("T")


@dataclass(frozen=True, order=True)
class IsoDate:
    """An ISO 8601 date at day, month or year precision."""

    text: str

    @property
    def precision(self) -> str:
        return {4: "year", 7: "month", 10: "day"}[len(self.text)]

    def not_after(self, other: "IsoDate") -> bool:
        """True unless this date certainly lies after `other` (compared at their common precision)."""
        n = min(len(self.text), len(other.text))
        return self.text[:n] <= other.text[:n]


def parse_date(raw: Any) -> IsoDate:
    """Read an ISO 8601 date (YYYY-MM-DD, YYYY-MM or YYYY); ValueError says what is wrong."""
    text = str(raw)
    match = _DATE.match(text)
    if not match:
        raise ValueError(f"{text!r} is not an ISO 8601 date; write YYYY-MM-DD, YYYY-MM or YYYY")
    year, month, day = (int(g) if g else None for g in match.groups())
    if month is not None and not 1 <= month <= 12:
        raise ValueError(f"{text!r} has no month {month}")
    if day is not None:
        assert year is not None and month is not None  # the pattern reads a day only after a year and a month
        last = calendar.monthrange(year, month)[1]
        if not 1 <= day <= last:
            raise ValueError(f"{text!r} is not a real date: {calendar.month_name[month]} {year} has {last} days")
    return IsoDate(text)


@dataclass(frozen=True)
class Origin:
    """Where a record was written: file and line."""

    file: Path
    line: int | None

    def __str__(self) -> str:
        return f"{self.file}:{self.line}" if self.line else str(self.file)


@dataclass(frozen=True)
class Entity:
    """A registry entry: identity, names and links."""

    id: str
    kind: str
    values: Mapping[str, Any]
    origin: Origin
    digest: str = field(repr=False)  # SHA-256 of the file it was read from


@dataclass(frozen=True)
class Evidence:
    """A verbatim span of a document's text: [start, end) in code points."""

    start: int
    end: int
    quote: str


@dataclass(frozen=True)
class Fact:
    """One curated statement of a document, with its evidence."""

    id: str
    type: str
    document: str
    values: Mapping[str, Any]
    evidence: tuple[Evidence, ...]
    origin: Origin


@dataclass(frozen=True)
class Document:
    """A news article: metadata, verbatim text and the facts stated in it."""

    id: str
    values: Mapping[str, Any]
    text: str
    sha256: str
    facts: tuple[Fact, ...]
    origin: Origin
    digest: str = field(repr=False)  # SHA-256 of the file it was read from (front matter and text)

    @property
    def published(self) -> IsoDate | None:
        return self.values.get("published")


@dataclass(frozen=True)
class Records:
    """All records of a project, checked and cross-referenced."""

    entities: tuple[Entity, ...]
    documents: tuple[Document, ...]
    ontology: Graph = field(repr=False)
    rdf_files: tuple[Path, ...]
    checksums: Mapping[str, str]

    def kinds(self) -> dict[str, str]:
        """Every id → its registry kind or fact type."""
        out = {e.id: e.kind for e in self.entities}
        out.update({f.id: f.type for d in self.documents for f in d.facts})
        return out


def build_records(sources: Sources, cache: BuildCache | None = None) -> Records:
    """Turn schema-checked sources into records; raise InputError listing every problem."""
    problems: list[Problem] = []
    defined: dict[str, tuple[str, Origin]] = {}
    concepts = _concepts(sources.ontology)
    concepts_digest = hashlib.sha256(repr(sorted((k, sorted(v)) for k, v in concepts.items())).encode()).hexdigest()

    def define(ident: str, kind: str, origin: Origin, label: str) -> None:
        if ident in defined:
            problems.append(Problem(origin.file, origin.line, "id", f"duplicate id '{ident}': already defined at {defined[ident][1]}; ids are unique across the project"))
        else:
            defined[ident] = (kind, origin)

    raw_entities = [(item, i, located) for located in sources.entities for i, item in enumerate(located.data or [])]
    for item, i, located in raw_entities:
        define(str(item["id"]), item["type"], Origin(located.file, located.line(i, "id")), "entity")
    document_ids: dict[str, Origin] = {}
    for source in sources.documents:
        front = source.front.data
        origin = Origin(source.file, source.front.line("id"))
        if front["id"] in document_ids:
            problems.append(Problem(source.file, origin.line, "id", f"duplicate document id '{front['id']}': already used by {document_ids[front['id']]}"))
        document_ids[front["id"]] = origin
        for j, fact in enumerate(front.get("facts") or []):
            define(str(fact["id"]), fact["type"], Origin(source.file, source.front.line("facts", j, "id")), "fact")

    kinds = {k: kind for k, (kind, _) in defined.items()}

    def checked(located: Located, make: Callable[[_Checker], T]) -> T:
        """Records made from one file, or those of an earlier build if every id they looked up is unchanged."""
        before = len(problems)
        key = cache.key(__name__, str(located.file), located.digest, concepts_digest) if cache is not None else ""
        return lookup_cached(cache, "check", key, kinds, lambda looked_up: make(_Checker(problems, looked_up, concepts)),
                             keep=lambda _: len(problems) == before)

    entities = tuple(entity for located in sources.entities for entity in checked(located, lambda c: _entities(located, c)))
    documents = tuple(checked(source.front, lambda c: _document(source, c)) for source in sources.documents)
    if problems:
        raise InputError(problems)
    return Records(entities, documents, sources.ontology, sources.rdf_files, sources.checksums)


def _entities(located: Located, checker: "_Checker") -> tuple[Entity, ...]:
    return tuple(
        Entity(str(item["id"]), item["type"], checker.values(item, COMMON_ENTITY | ENTITY_FIELDS[item["type"]], located, (i,), "en"),
               Origin(located.file, located.line(i)), located.digest)
        for i, item in enumerate(located.data or [])
    )


def _document(source: DocumentSource, checker: "_Checker") -> Document:
    front = source.front.data
    language = str(front["language"])
    values = checker.values(front, {k: f for k, f in DOCUMENT_FIELDS.items() if k != "facts"}, source.front, (), language)
    facts = []
    for j, raw in enumerate(front.get("facts") or []):
        at = ("facts", j)
        fields = FACT_FIELDS[raw["type"]]
        fact_values = checker.values(raw, fields, source.front, at, language, skip={"type", "id", "evidence", "note", "confidence"})
        for key in ("note", "confidence"):
            if key in raw:
                fact_values[key] = raw[key] if key == "note" else Decimal(str(raw[key]))
        evidence = tuple(checker.evidence(raw["evidence"], source, at))
        facts.append(Fact(str(raw["id"]), raw["type"], str(front["id"]), fact_values, evidence, Origin(source.file, source.front.line(*at))))
    return Document(str(front["id"]), values, source.text, source.sha256, tuple(facts), Origin(source.file, 1), source.front.digest)


def _concepts(ontology: Graph) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for subject in ontology.subjects(RDF.type, SKOS.Concept):
        parts = split_concept(str(subject))
        if parts:
            out.setdefault(parts[0], set()).add(parts[1])
    return out


@dataclass
class _Checker:
    problems: list[Problem]
    kinds: Mapping[str, str]
    concepts: Mapping[str, set[str]]

    def problem(self, located: Located, at: tuple, name: str | int, message: str) -> None:
        dotted = ".".join(str(p) for p in at + (name,))
        self.problems.append(Problem(located.file, located.line(*at, name), dotted, message))

    def values(self, raw: Mapping[str, Any], fields: Mapping[str, Field], located: Located, at: tuple, language: str, skip: set[str] = frozenset()) -> dict[str, Any]:  # type: ignore[assignment]
        out: dict[str, Any] = {}
        for name, value in raw.items():
            if name in skip or name not in fields:
                continue
            out[name] = self.value(fields[name], value, located, at, name, language)
        for start, end in DATE_PAIRS:
            a, b = out.get(start), out.get(end)
            if isinstance(a, IsoDate) and isinstance(b, IsoDate) and not a.not_after(b):
                self.problem(located, at, end, f"ends ({b.text}) before it starts ({a.text}); swap or correct the dates")
        return out

    def value(self, f: Field, value: Any, located: Located, at: tuple, name: str, language: str) -> Any:
        if f.kind == "date":
            try:
                return parse_date(value)
            except ValueError as error:
                self.problem(located, at, name, str(error))
                return None
        if f.kind == "langmap":
            return {language: str(value)} if isinstance(value, str) else {k: str(v) for k, v in value.items()}
        if f.kind == "langlist":
            return {k: tuple(map(str, v)) for k, v in value.items()}
        if f.kind in ("ref", "refs"):
            items = [value] if f.kind == "ref" else list(value)
            for item in items:
                self.reference(f, str(item), located, at, name)
            return str(value) if f.kind == "ref" else tuple(map(str, items))
        if f.kind in ("concept", "concepts"):
            (scheme,) = f.targets
            items = [value] if f.kind == "concept" else list(value)
            for item in items:
                if item not in self.concepts.get(scheme, ()):
                    self.problem(located, at, name, f"'{item}' is not a concept of the '{scheme}' scheme; add it to ontology/concepts.ttl or use one of: {', '.join(sorted(self.concepts.get(scheme, ()))) or '(none defined)'}")
            return str(value) if f.kind == "concept" else tuple(map(str, items))
        if f.kind == "number":
            return Decimal(str(value))
        if f.kind == "iris":
            return tuple(map(str, value))
        if f.kind == "idmap":
            return {str(k): str(v) for k, v in value.items()}
        return value if f.kind == "bool" else str(value)

    def reference(self, f: Field, ident: str, located: Located, at: tuple, name: str) -> None:
        kind = self.kinds.get(ident)
        if kind is None:
            self.problem(located, at, name, f"'{ident}' is not a known id; define it in data/entities/ or as a fact id, or fix the spelling")
        elif f.targets and kind not in f.targets:
            self.problem(located, at, name, f"'{ident}' is a {kind}, but {name} expects: {', '.join(sorted(f.targets))}")

    def evidence(self, items: list[Any], source: DocumentSource, at: tuple) -> list[Evidence]:
        out = []
        for k, item in enumerate(items):
            quote, start = (item, None) if isinstance(item, str) else (item["quote"], item.get("start"))
            where = at + ("evidence",)
            found = [m.start() for m in re.finditer(re.escape(quote), source.text)]
            if not found:
                self.problem(source.front, where, k, f"quote does not occur verbatim in the text: {quote[:60]!r}; copy it exactly (spaces, quotes and dashes included)")
            elif start is not None and start not in found:
                self.problem(source.front, where, k, f"quote does not start at {start}; it occurs at {', '.join(map(str, found))}")
            elif start is None and len(found) > 1:
                self.problem(source.front, where, k, f"quote occurs {len(found)} times (at {', '.join(map(str, found))}); give {{quote: ..., start: N}}")
            else:
                begin = start if start is not None else found[0]
                out.append(Evidence(begin, begin + len(quote), quote))
        return out
