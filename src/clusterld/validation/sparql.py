"""SPARQL-based constraints and targets, rewritten to run once over all focus nodes instead of once per node.

pyshacl runs a constraint's SELECT for each focus node with $this bound to it. Put the focus nodes as the first
pattern of the query's group, the query gives the same rows for all of them at once — as long as $this is only
read in that group, in FILTER [NOT] EXISTS and in OPTIONAL, where the group's bindings reach (a nested group,
UNION, subquery, GRAPH, MINUS or VALUES would be evaluated without it). Queries of any other form, with solution
modifiers, $shapesGraph or $currentShape, or messages with {?variable} placeholders are left to pyshacl.
"""

from __future__ import annotations

import re
from typing import Any

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SH

PREFIXES = {"rdf": str(RDF), "rdfs": str(RDFS), "owl": str(OWL)}  # what pyshacl declares in every query
_HEAD = re.compile(r"^\s*SELECT\s+(?:(?:DISTINCT|REDUCED)\s+)?((?:[?$]\w+\s*)+)(?:WHERE\s*)?$", re.IGNORECASE)
_IRI = re.compile(r'<[^<>"{}|^`\\\s]*>')
_OPENS = re.compile(r"\b(EXISTS|OPTIONAL)\s*$", re.IGNORECASE)
_PLACEHOLDER = re.compile(r"\{[?$][^{}]*\}")
_PATH = re.compile(r"([\s{}()])[$?]PATH")  # pyshacl's own substitution of $PATH
_REBINDS = re.compile(r"\bAS\s+[?$](this|value|path|failure|clusterld\w*)\b", re.IGNORECASE)
_RESERVED = re.compile(r"[?$](shapesGraph|currentShape|failure|clusterld\w*)\b")


FOCUS_PATTERN = "%%focus%%"  # where a query's focus nodes are put in (no SPARQL outside strings has it)


class Unsupported(Exception):
    """A shape uses something the compiler does not support; the message says what."""


def constraint_query(shapes: Graph, constraint: Any, shape: Any, messages: list[Any]) -> tuple[str, tuple[str, ...], str]:
    """A SPARQL-based constraint of `shape` as a query over every focus node (FOCUS_PATTERN binds ?this),
    the columns it projects (this, then value and path when the constraint's query has them), and its message."""
    select = shapes.value(constraint, SH.select)
    if not isinstance(select, Literal):
        raise Unsupported("a SPARQL-based constraint without sh:select")
    own = [m for m in shapes.objects(constraint, SH.message) if m not in messages]
    if len(messages) + len(own) != 1:  # pyshacl reports every message of the two; a finding holds one
        raise Unsupported("a SPARQL-based constraint without exactly one message")
    message = str((messages + own)[0])
    if _PLACEHOLDER.search(message):
        raise Unsupported("a message with placeholders")
    text = str(select)
    path = shapes.value(shape, SH.path)
    if _PATH.search(text):
        if not isinstance(path, URIRef):
            raise Unsupported("$PATH without a path")
        text = _PATH.sub(rf"\g<1><{path}>", text)
    if _RESERVED.search(text) or _REBINDS.search(text):
        raise Unsupported("a SPARQL-based constraint using reserved variables")
    opening, closing = _group(text)
    head = _HEAD.match(text[:opening])
    if head is None or text[closing + 1:].strip():
        raise Unsupported("a SPARQL-based constraint that is not a plain SELECT ... WHERE { ... }")
    projected = {name[1:] for name in head.group(1).split()}
    columns = ("this",) + tuple(c for c in ("value", "path") if c in projected)
    prologue = _prologue(shapes, constraint)
    if FOCUS_PATTERN in prologue + text:
        raise Unsupported(f"a query containing {FOCUS_PATTERN}")
    query = f"{prologue}SELECT DISTINCT {' '.join('?' + c for c in columns)} WHERE {{ {FOCUS_PATTERN} " + text[opening + 1:]
    return query, columns, message


def target_select(shapes: Graph, target: Any) -> tuple[str, str]:
    """A SPARQL target's prologue and SELECT, to be run as a subquery."""
    select = shapes.value(target, SH.select)
    if not isinstance(select, Literal) or shapes.value(target, SH.ask) is not None:
        raise Unsupported("a custom target type")
    text = str(select)
    head = text[: text.find("{")] if "{" in text else ""
    if not re.match(r"^\s*SELECT\s", head, re.IGNORECASE) or not re.search(r"[?$]this\b|\*", head):
        raise Unsupported("a SPARQL target that is not a SELECT of ?this")
    return _prologue(shapes, target), text


def _prologue(shapes: Graph, node: Any) -> str:
    """The PREFIX declarations pyshacl puts before a query of `node` (its sh:prefixes, collected as pyshacl does)."""
    prefixes = dict(PREFIXES)
    ontologies = set(shapes.subjects(RDF.type, OWL.Ontology))
    everywhere = {d for o in ontologies for d in shapes.objects(o, SH.declare)}
    for declarer in shapes.objects(node, SH.prefixes):
        own = set(shapes.objects(declarer, SH.declare))
        for declaration in own if own and declarer in ontologies else everywhere | own:
            prefix = list(shapes.objects(declaration, SH.prefix))
            namespace = list(shapes.objects(declaration, SH.namespace))
            if len(prefix) != 1 or len(namespace) != 1 or not isinstance(namespace[0], Literal):
                raise Unsupported("a malformed sh:declare")
            name, iri = str(prefix[0]), str(namespace[0].value)
            if prefixes.get(name, iri) != iri and name not in PREFIXES:
                raise Unsupported(f"two namespaces for the prefix {name}")
            prefixes[name] = iri
    return "".join(f"PREFIX {name}: <{iri}>\n" for name, iri in prefixes.items())


def _group(text: str) -> tuple[int, int]:
    """Where the query's group opens and closes; raises unless every other group follows EXISTS, or OPTIONAL
    directly in the query's group (strings, IRIs and comments skipped)."""
    i, depth, opening = 0, 0, -1
    while i < len(text):
        char = text[i]
        if char in "\"'":
            quote = text[i: i + 3] if text[i: i + 3] in ('"""', "'''") else char
            end = text.find(quote, i + len(quote))
            while end != -1 and len(quote) == 1 and text[end - 1] == "\\":
                end = text.find(quote, end + 1)
            if end == -1:
                raise Unsupported("an unterminated string")
            i = end + len(quote)
            continue
        iri = _IRI.match(text, i) if char == "<" else None
        if iri:
            i = iri.end()
            continue
        if char == "#":
            newline = text.find("\n", i)
            i = len(text) if newline == -1 else newline
            continue
        if char == "{":
            before = _OPENS.search(text[:i])
            if opening == -1:
                opening = i
            elif not before or (before.group(1).upper() == "OPTIONAL" and depth != 1):
                raise Unsupported("a nested group other than FILTER [NOT] EXISTS or OPTIONAL")
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0:
                return opening, i
        i += 1
    raise Unsupported("a query without a group")
