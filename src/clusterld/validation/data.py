"""The data to validate in an in-memory store, in two views: as pyshacl reads it, and as the store computes with it.

Most triples are the same in both views and are loaded once. A triple whose literal the store would keep in
another form, or rdflib reads as ill-typed, is loaded twice (see `terms`): encoded in the exact view, which the
compiled constraints query, and as written in the canonical view, where SPARQL-based constraints and targets run
(their arithmetic needs the store's numbers). A literal such a query returns is mapped back to the one literal of
the data it stands for (`Data.original`); when it stands for several, the query's shape goes to pyshacl instead.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterator, Sequence

from rdflib import Literal

from clusterld.store import MemoryStore, kept_literals
from clusterld.validation.terms import ACCEPTED, encoded, rdflib_literal

COMMON = "urn:x-clusterld:validation:common"
EXACT = "urn:x-clusterld:validation:exact"
CANONICAL = "urn:x-clusterld:validation:canonical"
EXACT_VIEW = (COMMON, EXACT)
CANONICAL_VIEW = (COMMON, CANONICAL)
CHUNK = 200_000  # lines per load: the text handed to the store at once stays small however large the release


class Ambiguous(Exception):
    """A literal the store holds stands for several literals of the data."""


@dataclass
class Data:
    """The loaded store, and what each literal the store keeps otherwise than the data wrote it stands for."""

    store: MemoryStore
    originals: dict[tuple, Any] = field(default_factory=dict)  # the store's literal -> the data's (None: several)
    tags: dict[str, str | None] = field(default_factory=dict)  # the store's language tag -> the data's (None: several)

    def original(self, term: Any) -> Any:
        """The data's term for a term the canonical view returned."""
        if not isinstance(term, Literal):
            return term
        if term.language:
            if term.language not in self.tags:
                return term
            tag = self.tags[term.language]
            if tag is None:
                raise Ambiguous(term.n3())
            return Literal(str(term), lang=tag)
        found = self.originals.get(_identity(term), term)
        if found is None:
            raise Ambiguous(term.n3())
        return found


def load(collections: Sequence[Sequence[bytes]]) -> Data:
    """Load N-Triples lines (several collections, duplicates allowed) into a new store, in both views."""
    typed: dict[bytes, None] = {}  # distinct literals with a datatype, as written
    tags: dict[bytes, None] = {}  # distinct language tags, as written
    for _, obj in _literal_triples(collections):
        suffix = obj[obj.rfind(b'"') + 1:]
        if suffix[:1] == b"@":
            tags[suffix] = None
        elif suffix:
            typed[obj] = None
    data = Data(MemoryStore())
    special = _typed(data, list(typed))
    changed = _tags(data, list(tags))
    common: list[bytes] = []
    exact: list[bytes] = []
    canonical: list[bytes] = []
    for line in _lines(collections):
        replacement = None
        if b'"' in line:  # a literal (an IRI has no quote): maybe encoded
            head, obj = _split(line)
            quote = obj.rfind(b'"')
            if obj[quote + 1:quote + 2] == b"@":
                if obj[quote + 1:] in changed:  # strings are read alike: only the tag is encoded
                    replacement = obj[:quote + 1] + b"^^<" + ACCEPTED.encode() + obj[quote + 1:] + b">"
            else:
                replacement = special.get(obj)
        if replacement is None:
            common.append(line)
            if len(common) >= CHUNK:
                data.store.load(b"".join(common), COMMON)
                common.clear()
        else:
            exact.append(head + replacement + b" .\n")
            canonical.append(line)
    for graph, lines in ((COMMON, common), (EXACT, exact), (CANONICAL, canonical)):
        for start in range(0, len(lines), CHUNK):
            data.store.load(b"".join(lines[start:start + CHUNK]), graph)
    return data


def _typed(data: Data, typed: list[bytes]) -> dict[bytes, bytes]:
    """The literals with a datatype to encode (rdflib reads them otherwise than the store keeps them, or as
    ill-typed), each with its encoding; notes in `data.originals` what the store's forms stand for."""
    special: dict[bytes, bytes] = {}
    kept_as_written: set[tuple] = set()
    for text, (value, kept) in zip(typed, kept_literals(typed)):
        read = rdflib_literal(value, text[text.rfind(b'"') + 1:])
        code = encoded(read)
        same = _identity(read) == _identity(kept)
        if same and code.endswith(b">") and b":exact:ok:" in code:
            kept_as_written.add(_identity(kept))
            continue
        special[text] = code
        if not same:
            known = data.originals.setdefault(_identity(kept), read)
            if known is not None and _identity(known) != _identity(read):
                data.originals[_identity(kept)] = None
    for identity in kept_as_written & data.originals.keys():
        data.originals[identity] = None  # the data also wrote the store's form itself
    return special


def _tags(data: Data, tags: list[bytes]) -> set[bytes]:
    """The language tags (b"@tag") the store writes otherwise; notes in `data.tags` what its tags stand for."""
    changed: set[bytes] = set()
    kept_as_written: set[str] = set()
    for tag, (_, kept) in zip(tags, kept_literals([b'""' + tag for tag in tags])):
        written = tag[1:].decode()
        if kept.language == written:
            kept_as_written.add(written)
            continue
        changed.add(tag)
        data.tags[kept.language] = written if data.tags.get(kept.language, written) == written else None
    for language in kept_as_written & data.tags.keys():
        data.tags[language] = None  # the data also wrote the store's tag itself
    return changed


def _identity(literal: Literal) -> tuple:
    """A literal's lexical form, datatype and language tag as written (rdflib's equality ignores the tag's case)."""
    return (str(literal), literal.datatype, literal.language)


def _lines(collections: Sequence[Sequence[bytes]]) -> Iterator[bytes]:
    """The N-Triples lines (each ending with a line break), blank lines left out."""
    for lines in collections:
        for line in lines:
            if line.strip():
                yield line if line.endswith(b"\n") else line + b"\n"


def _literal_triples(collections: Sequence[Sequence[bytes]]) -> Iterator[tuple[bytes, bytes]]:
    """The lines with a literal, each as its subject and predicate (with the space after them) and its object."""
    for line in _lines(collections):
        if b'"' in line:
            yield _split(line)


def _split(line: bytes) -> tuple[bytes, bytes]:
    start = line.index(b" ", line.index(b" ") + 1) + 1  # subject and predicate contain no space
    return line[:start], line[start:].rstrip()[:-1].rstrip()
