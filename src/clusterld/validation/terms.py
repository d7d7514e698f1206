"""Values exactly as pyshacl sees them, and the tests pyshacl applies to one value, for the compiled queries.

The store keeps literals in canonical form (every integer type as xsd:integer, "1.50" as "1.5", language tags in
lower case), and some literals pyshacl — through rdflib — reads as ill-typed ("2016-02-30"^^xsd:date). Such a
literal is loaded twice: as written, where the SPARQL-based constraints compute with its value as the store does,
and encoded, where every other constraint looks at it: its lexical form as rdflib reads it, under a datatype IRI
that names its own datatype (or language) and whether rdflib accepts it. The store keeps an encoded literal as
it is, so a datatype test is plain SPARQL, and `exact` turns it back into the term pyshacl would report.

Patterns, value ranges, sh:lessThan and membership of a list with literals are tested in Python, with the code
pyshacl runs (Python's `re`, rdflib's comparisons), so they agree on every value — the engines' regular
expressions and comparisons differ at the edges.
"""

from __future__ import annotations

import datetime
import re
from decimal import Decimal
from typing import Any

from rdflib import BNode, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SH, XSD

_EXACT = "urn:x-clusterld:exact:"
ACCEPTED = "urn:x-clusterld:exact:ok:"  # + datatype IRI, or "@" + language tag
REJECTED = "urn:x-clusterld:exact:ill:"  # + datatype IRI: a literal rdflib reads as ill-typed
_STRINGS = ("", str(RDF.langString), str(XSD.string))
Value = tuple[str, str]  # a term as the store hands it to Python tests: text, and "iri", "blank", "@tag", "" or datatype
_VALUE_TYPES: dict[Any, Any] = {
    XSD.string: (str, bytes), RDF.langString: (str, bytes), XSD.integer: int, XSD.float: float, XSD.decimal: Decimal,
    XSD.boolean: bool, XSD.date: datetime.date, XSD.time: datetime.time, XSD.dateTime: datetime.datetime,
}


def rdflib_literal(value: str, suffix: bytes) -> Literal:
    """The literal rdflib reads from N-Triples: lexical `value`, then `suffix` (b"", b"@lang" or b"^^<datatype>")."""
    if suffix.startswith(b"@"):
        return Literal(value, lang=suffix[1:].decode())
    if suffix.startswith(b"^^<"):
        return Literal(value, datatype=URIRef(suffix[3:-1].decode()))
    return Literal(value)


def accepted(literal: Literal) -> bool:
    """Whether pyshacl's sh:datatype test passes `literal` for its own datatype: not ill-typed for rdflib, and
    read as a Python value of the right type where pyshacl checks one."""
    if literal.ill_typed:
        return False
    expected = _VALUE_TYPES.get(literal.datatype)
    return expected is None or isinstance(literal.value, expected)


def encoded(literal: Literal) -> bytes:
    """`literal` as the N-Triples literal the store keeps unchanged and `exact` reads back."""
    lexical = str(literal).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    kind = f"@{literal.language}" if literal.language else str(literal.datatype or XSD.string)
    marker = ACCEPTED if literal.language or accepted(literal) else REJECTED
    return f'"{lexical}"^^<{marker}{kind}>'.encode()


def exact(term: Any) -> Any:
    """The rdflib term as the data has it (an encoded literal decoded)."""
    if not isinstance(term, Literal) or term.datatype is None or not term.datatype.startswith(_EXACT):
        return term
    kind = term.datatype.split(":", 4)[4]
    if kind.startswith("@"):
        return Literal(str(term), lang=kind[1:])
    return Literal(str(term), datatype=URIRef(kind))


def exact_value(value: Value) -> Value:
    """A value the store's functions get (see `MemoryStore.select`) as the data has it (an encoded literal decoded)."""
    text, kind = value
    return (text, kind.split(":", 4)[4]) if kind.startswith(_EXACT) else value


def term(value: Value) -> Any:
    """The rdflib term of a value (`exact_value`: an explicit xsd:string keeps its datatype)."""
    text, kind = value
    if kind == "iri":
        return URIRef(text)
    if kind == "blank":
        return BNode(text)
    if kind.startswith("@"):
        return Literal(text, lang=kind[1:])
    return Literal(text, datatype=URIRef(kind) if kind else None)


def datatype_test(datatype: URIRef, var: str) -> str:
    """A SPARQL expression: whether `var` passes pyshacl's sh:datatype `datatype` (rdfs:Datatype is not supported)."""
    if datatype == RDFS.Literal:
        return f"isLITERAL({var})"
    if datatype == RDF.langString:
        return f'(isLITERAL({var}) && (LANG({var}) != "" || STRSTARTS(STR(DATATYPE({var})), "{ACCEPTED}@")))'
    # a literal the store keeps under `datatype` itself is one rdflib accepts: the others were encoded
    return f"(isLITERAL({var}) && (sameTerm(DATATYPE({var}), <{datatype}>) || sameTerm(DATATYPE({var}), <{ACCEPTED}{datatype}>)))"


def language(var: str) -> str:
    """A SPARQL expression: the language tag of `var` as written, in lower case ("" for anything else)."""
    encoded_tag = f'STRSTARTS(STR(DATATYPE({var})), "{ACCEPTED}@")'
    return f'LCASE(IF(isLITERAL({var}), IF({encoded_tag}, STRAFTER(STR(DATATYPE({var})), "@"), LANG({var})), ""))'


def matches(value: Value, pattern: re.Pattern[str]) -> bool:
    """pyshacl's sh:pattern test of one value (`exact_value`): it matches an IRI, or a literal's lexical form as
    rdflib writes it, and never a blank node."""
    text, kind = value
    if kind == "blank":
        return False
    if kind != "iri" and not kind.startswith("@") and kind not in _STRINGS:
        text = str(term(value))  # rdflib's own lexical form of a typed literal ("05" is read as "5")
    return pattern.search(text) is not None


def in_range(value: Any, bound: Literal, component: Any) -> bool:
    """pyshacl's test of one value against sh:minInclusive, sh:maxInclusive, sh:minExclusive or sh:maxExclusive."""
    if not isinstance(value, Literal) or isinstance(value.value, str) != isinstance(bound.value, str):
        return False
    try:
        order = _compare(value, bound)
    except TypeError:  # values rdflib cannot order (a date against a number) fail the range, as in pyshacl
        return False
    return {SH.minExclusive: order > 0, SH.minInclusive: order >= 0, SH.maxExclusive: order < 0,
            SH.maxInclusive: order <= 0}[component]


def ordered(value: Any, other: Any, strict: bool) -> bool:
    """pyshacl's sh:lessThan (`strict`) or sh:lessThanOrEquals test of a value against one value of the other
    property; a blank node raises, as in pyshacl."""
    if isinstance(value, BNode) or isinstance(other, BNode):
        raise ValueError("sh:lessThan and sh:lessThanOrEquals cannot compare a blank node")
    (left, left_text), (right, right_text) = _comparable(value), _comparable(other)
    if left_text != right_text:
        return False
    return bool(left < right) if strict else bool(left <= right)


def _comparable(term: Any) -> tuple[Any, bool]:
    """What pyshacl compares for a term (an IRI's or a string literal's text, else the literal), and whether it is
    text (an rdflib Literal is itself a `str`, so this is said apart)."""
    if isinstance(term, URIRef):
        return str(term), True
    if isinstance(term, Literal) and isinstance(term.value, str):
        return term.value, True
    return term, False


def _compare(left: Literal, right: Literal) -> int:
    """pyshacl's order of two literals (its `compare_literal`)."""
    if left.eq(right):
        return 0
    if left.value.__class__ in (datetime.datetime, datetime.time):
        if left.value == right.value:
            return 0
        if left.value > right.value:
            return 1
    elif left > right:
        return 1
    return -1
