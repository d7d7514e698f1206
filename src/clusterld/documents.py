"""Stage 1, documents: read the project's input files and check them against the published JSON Schemas.

Produces `Sources`: every YAML file parsed with the line of each value, every document's verbatim text,
the ontology graph and the list of extra RDF files. Problems are collected, not raised one at a time, so a
curator sees everything wrong in one run. With a build cache, a file read before with the same bytes at the
same path is not parsed or schema-checked again (only files without problems are kept).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Mapping, TypeVar, cast

import jsonschema
import yaml
from rdflib import Graph

from clusterld.buildcache import BuildCache
from clusterld.errors import InputError, Problem
from clusterld.schemas import document_schema, entities_schema

RDF_SUFFIXES = {".ttl": "turtle", ".nt": "nt", ".jsonld": "json-ld", ".trig": "trig", ".nq": "nquads"}
Path_ = tuple[Any, ...]
T = TypeVar("T")


@dataclass(frozen=True)
class Located:
    """Parsed YAML and the 1-based line of every mapping key and sequence item in it."""

    file: Path
    data: Any
    lines: Mapping[Path_, int] = field(repr=False)
    digest: str = field(repr=False)  # SHA-256 of the file it was read from: what later stages' caches key on

    def line(self, *keys: Any) -> int | None:
        """Line of the value at `keys`, or of its nearest enclosing value."""
        for end in range(len(keys), -1, -1):
            if keys[:end] in self.lines:
                return self.lines[keys[:end]]
        return None


@dataclass(frozen=True)
class DocumentSource:
    """One article: its front matter and its verbatim text."""

    front: Located
    text: str

    @property
    def file(self) -> Path:
        return self.front.file

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Sources:
    """Everything a build reads, parsed and schema-checked."""

    entities: tuple[Located, ...]
    documents: tuple[DocumentSource, ...]
    ontology: Graph = field(repr=False)
    rdf_files: tuple[Path, ...]
    checksums: Mapping[str, str]


# libyaml's parser when installed (ten times faster on large projects), the pure-Python one otherwise
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_SafeLoader):  # type: ignore[valid-type,misc]
    """SafeLoader that keeps dates as text: clusterld checks ISO 8601 itself, with precision."""


_Loader.yaml_implicit_resolvers = {
    key: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def read_sources(root: Path, cache: BuildCache | None = None) -> Sources:
    """Read data/, ontology/ under `root`; raise InputError listing every problem found."""
    problems: list[Problem] = []
    checksums: dict[str, str] = {}
    entities = [
        located for path in sorted((root / "data" / "entities").glob("*.yaml"))
        if (located := _read_file(path, root, checksums, problems, cache, _parse_entities)) is not None
    ]
    documents = [
        document for path in sorted((root / "data" / "documents").glob("*.md"))
        if (document := _read_file(path, root, checksums, problems, cache, _parse_document)) is not None
    ]
    ontology = _read_ontology(root / "ontology", problems, checksums, root)
    rdf_dir = root / "data" / "rdf"
    rdf_files = tuple(sorted(p for p in rdf_dir.glob("*") if p.suffix in RDF_SUFFIXES)) if rdf_dir.is_dir() else ()
    for path in rdf_files:
        checksums[path.relative_to(root).as_posix()] = hashlib.sha256(path.read_bytes()).hexdigest()
    if problems:
        raise InputError(problems)
    return Sources(tuple(entities), tuple(documents), ontology, rdf_files, dict(sorted(checksums.items())))


def _read_file(
    path: Path,
    root: Path,
    checksums: dict[str, str],
    problems: list[Problem],
    cache: BuildCache | None,
    parse: Callable[[Path, str, str, list[Problem]], T | None],
) -> T | None:
    """One input file parsed and schema-checked, or as it was the last time these bytes were read at this path."""
    raw = path.read_bytes()
    digest = hashlib.sha256(raw).hexdigest()
    checksums[path.relative_to(root).as_posix()] = digest
    key = cache.key(__name__, str(path), digest) if cache is not None else ""
    cached = cache.get("read", key) if cache is not None else None
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        problems.append(
            Problem(path, line, "", f"not UTF-8 (byte 0x{raw[error.start]:02x} at offset {error.start}); save the file as UTF-8")
        )
        return None
    found: list[Problem] = []
    value = parse(path, text, digest, found)
    problems += found
    if cache is not None and value is not None and not found:
        cache.put("read", key, value)
    return value


def _parse_entities(path: Path, text: str, digest: str, problems: list[Problem]) -> Located | None:
    located = _read_yaml(path, text, digest, problems)
    if located is not None:
        problems += _schema_problems(located, entities_schema())
    return located


def _parse_document(path: Path, text: str, digest: str, problems: list[Problem]) -> DocumentSource | None:
    document = _read_document(path, text, digest, problems)
    if document is not None:
        problems += _schema_problems(document.front, document_schema())
    return document


def _read_yaml(path: Path, text: str, digest: str, problems: list[Problem], first_line: int = 1) -> Located | None:
    try:
        loader = _Loader(text)
        try:
            node = loader.get_single_node()
            data = loader.construct_document(node) if node is not None else None
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + first_line if mark else None
        problems.append(Problem(path, line, "", f"malformed YAML: {error.problem or error.context}"))
        return None
    lines: dict[Path_, int] = {}
    for key_path, line, duplicate in _walk(node, (), first_line):
        if duplicate:
            problems.append(Problem(path, line, _dotted(key_path), "duplicate key; each key may appear once"))
        lines.setdefault(key_path, line)
    return Located(path, data, lines, digest)


def _walk(node: yaml.Node | None, at: Path_, first_line: int) -> Iterator[tuple[Path_, int, bool]]:
    if node is None:
        return
    yield at, node.start_mark.line + first_line, False
    if isinstance(node, yaml.MappingNode):
        seen: set[Any] = set()
        for key_node, value_node in node.value:
            key = key_node.value
            yield at + (key,), key_node.start_mark.line + first_line, key in seen
            seen.add(key)
            for item in _walk(value_node, at + (key,), first_line):
                if item[0] != at + (key,):
                    yield item
    elif isinstance(node, yaml.SequenceNode):
        for index, item_node in enumerate(node.value):
            yield from _walk(item_node, at + (index,), first_line)


def _read_document(path: Path, text: str, digest: str, problems: list[Problem]) -> DocumentSource | None:
    lines = text.split("\n")
    if not lines or lines[0].rstrip() != "---":
        problems.append(Problem(path, 1, "", "a document starts with a '---' line, then YAML front matter, then '---' and the text"))
        return None
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].rstrip() == "---")
    except StopIteration:
        problems.append(Problem(path, 1, "", "front matter is not closed: add a '---' line before the article text"))
        return None
    front = _read_yaml(path, "\n".join(lines[1:end]), digest, problems, first_line=2)
    if front is None:
        return None
    return DocumentSource(front, "\n".join(lines[end + 1 :]))


def _read_ontology(folder: Path, problems: list[Problem], checksums: dict[str, str], root: Path) -> Graph:
    graph = Graph()
    for path in sorted(folder.glob("*.ttl")):
        checksums[path.relative_to(root).as_posix()] = hashlib.sha256(path.read_bytes()).hexdigest()
        try:
            graph.parse(path, format="turtle")
        except Exception as error:  # rdflib raises several unrelated types for bad Turtle
            problems.append(Problem(path, getattr(error, "lines", None), "", f"not valid Turtle: {error}"))
    return graph


def _schema_problems(located: Located, schema: Mapping[str, Any]) -> list[Problem]:
    validator = jsonschema.Draft202012Validator(schema)
    problems = []
    for error in sorted(validator.iter_errors(located.data), key=lambda e: list(map(str, e.absolute_path))):
        at = tuple(error.absolute_path)
        field_name, message = _describe(error)
        key_path = at + ((field_name,) if error.validator == "additionalProperties" else ())
        problems.append(Problem(located.file, located.line(*key_path), _dotted(at + ((field_name,) if field_name else ())), message))
    return problems


def _describe(error: jsonschema.ValidationError) -> tuple[str, str]:
    """Turn a JSON Schema error into (missing or offending field, message saying what is expected)."""
    # the validator sets the instance, schema and keyword value of every error it yields (only an error made by
    # hand leaves them unset), so the casts below only name what each keyword's error holds
    if error.validator == "required":
        missing = error.message.split("'")[1]
        return missing, f"required field '{missing}' is missing"
    if error.validator == "additionalProperties":
        properties = cast(Mapping[str, Any], error.schema).get("properties", {})  # an object's schema
        extra = sorted(set(cast(Mapping[str, Any], error.instance)) - set(properties))
        allowed = ", ".join(sorted(properties))
        return (extra[0] if extra else ""), f"unknown field {', '.join(map(repr, extra))}; allowed here: {allowed}"
    if error.validator == "enum":
        return "", f"{error.instance!r} is not one of: {', '.join(map(str, cast(Iterable[Any], error.validator_value)))}"
    return "", error.message


def _dotted(at: Path_) -> str:
    return "".join(f"[{p}]" if isinstance(p, int) else (f".{p}" if i else str(p)) for i, p in enumerate(at))
