"""A client's query made to ask the same of a release kept under release-scoped graph names (remote store).

A client names the public graph IRIs; in the remote store release <id> keeps graph G as `<prefix>G`. The
query is rewritten token by token (strings, IRIs and comments are tokens of their own, so nothing inside
them is ever touched):

    GRAPH <G>, GRAPH prefix:local        GRAPH <prefix G>
    FROM <G>, FROM NAMED <G>             FROM <prefix G>, FROM NAMED <prefix G>; left out when the request's
                                         default-graph-uri / named-graph-uri replace them (stores differ
                                         on which of the two wins; the protocol's must)
    GRAPH ?g { P }                       { SELECT vars(P) ?g WHERE { GRAPH ?s { P } BIND(public(?s) AS ?g) } }
                                         (BIND first inside the GRAPH when P itself uses ?g)

so a graph variable is bound to the public IRI, exactly as the embedded store binds it, and every other
mention of a graph IRI (as data, in VALUES, in a FILTER) keeps meaning what it means there. Data never
contains a scoped name, so no result needs rewriting on the way back.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urljoin

TOKEN = re.compile(
    r"""(?P<space>\s+)
      | (?P<comment>\#[^\n]*)
      | (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
                   |'(?:[^'\\\n\r]|\\.)*'|"(?:[^"\\\n\r]|\\.)*")
      | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
      | (?P<var>[?$][^\W]\w*)
      | (?P<pname>(?:[^\W\d_][\w.-]*)?:(?:[\w:%-]|\\[_~.!$&'()*+,;=/?\#@%-]|\.(?=[\w:%-]))*)
      | (?P<word>[^\W\d]\w*)
      | (?P<other>.)""",
    re.X | re.S,
)
LOCAL_ESCAPE = re.compile(r"\\(.)")
INSIGNIFICANT = ("space", "comment")


@dataclass(frozen=True)
class Token:
    kind: str
    text: str


@dataclass(frozen=True)
class Rewritten:
    """The rewritten query, the release graphs it names after GRAPH, and whether a GRAPH takes a variable."""

    text: str
    graphs: frozenset[str]
    graph_variable: bool


def tokenize(text: str) -> list[Token]:
    """Every token of a query, whitespace and comments included, so that joining their texts gives it back."""
    return [Token(m.lastgroup or "other", m.group()) for m in TOKEN.finditer(text)]


def rewrite(text: str, prefix: str, graphs: frozenset[str], without_dataset: bool = False) -> Rewritten:
    """`text` asking the same of graphs stored as `prefix` + public IRI; `graphs` are the release's graphs;
    `without_dataset`: the query's FROM and FROM NAMED clauses are left out."""
    tokens = tokenize(text)
    names = _Names(tokens)
    rewriter = _Rewriter(tokens, names, prefix, graphs, without_dataset)
    body = rewriter.span(0, len(tokens))
    return Rewritten(body, frozenset(rewriter.constants), rewriter.variable)


class _Names:
    """What the query's PREFIX and BASE declarations make of an IRI or prefixed-name token."""

    def __init__(self, tokens: list[Token]) -> None:
        self.prefixes: dict[str, str] = {}
        self.base = ""
        significant = [t for t in tokens if t.kind not in INSIGNIFICANT]
        for i, token in enumerate(significant[:-1]):
            keyword = token.text.upper() if token.kind == "word" else ""
            following = significant[i + 1]
            if keyword == "BASE" and following.kind == "iri":
                self.base = urljoin(self.base, following.text[1:-1])
            elif keyword == "PREFIX" and following.kind == "pname" and i + 2 < len(significant):
                if significant[i + 2].kind == "iri":
                    self.prefixes[following.text[:-1]] = urljoin(self.base, significant[i + 2].text[1:-1])

    def resolve(self, token: Token) -> str | None:
        if token.kind == "iri":
            return urljoin(self.base, token.text[1:-1])
        if token.kind == "pname":
            prefix, _, local = token.text.partition(":")
            if prefix in self.prefixes:
                return self.prefixes[prefix] + LOCAL_ESCAPE.sub(r"\1", local)
        return None


class _Rewriter:
    def __init__(self, tokens: list[Token], names: _Names, prefix: str, graphs: frozenset[str],
                 without_dataset: bool) -> None:
        self.tokens = tokens
        self.names = names
        self.prefix = prefix
        self.graphs = graphs
        self.without_dataset = without_dataset
        self.constants: set[str] = set()
        self.variable = False
        used = {t.text[1:] for t in tokens if t.kind == "var"}
        self.fresh = (f"clusterld_graph_{n}" for n in range(1_000_000) if f"clusterld_graph_{n}" not in used)

    def span(self, start: int, end: int) -> str:
        """The rewritten text of tokens[start:end]."""
        out: list[str] = []
        i = start
        while i < end:
            token = self.tokens[i]
            keyword = token.text.upper() if token.kind == "word" else ""
            target = self._next(i + 1, end)
            if keyword in ("GRAPH", "FROM") and target is not None:
                if keyword == "FROM" and self.tokens[target].text.upper() == "NAMED":
                    target = self._next(target + 1, end)
                if target is not None and self.tokens[target].kind in ("iri", "pname"):
                    if keyword == "FROM" and self.without_dataset:
                        out.append(" ")  # the clause goes; the tokens on either side stay apart
                    else:
                        out.append(self._join(i, target) + self._scoped(self.tokens[target], keyword == "GRAPH"))
                    i = target + 1
                    continue
                if keyword == "GRAPH" and target is not None and self.tokens[target].kind == "var":
                    group = self._next(target + 1, end)
                    if group is not None and self.tokens[group].text == "{":
                        close = self._closing(group, end)
                        out.append(self._graph_variable(self.tokens[target].text[1:], group, close))
                        i = close + 1
                        continue
            out.append(token.text)
            i += 1
        return "".join(out)

    def _scoped(self, token: Token, after_graph: bool) -> str:
        iri = self.names.resolve(token)
        if iri is None or iri not in self.graphs:
            return token.text  # not a graph of the release: it names nothing in the store either
        if after_graph:
            self.constants.add(iri)
        return f"<{self.prefix}{iri}>"

    def _graph_variable(self, name: str, group: int, close: int) -> str:
        self.variable = True
        inner = self.span(group + 1, close)
        scoped = next(self.fresh)
        public = f"IRI(SUBSTR(STR(?{scoped}), {len(self.prefix) + 1}))"
        inner_vars = sorted({t.text[1:] for t in self.tokens[group + 1:close] if t.kind == "var"})
        projected = " ".join(f"?{v}" for v in sorted({*inner_vars, name}))
        if name in inner_vars:  # the pattern uses the graph's name itself: bound first, as Oxigraph binds it
            return f"{{ SELECT {projected} WHERE {{ GRAPH ?{scoped} {{ BIND({public} AS ?{name}) {inner}}} }} }}"
        return f"{{ SELECT {projected} WHERE {{ GRAPH ?{scoped} {{{inner}}} BIND({public} AS ?{name}) }} }}"

    def _join(self, start: int, stop: int) -> str:
        return "".join(t.text for t in self.tokens[start:stop])

    def _next(self, start: int, end: int) -> int | None:
        """The index of the next significant token from `start`, or None."""
        for i in range(start, end):
            if self.tokens[i].kind not in INSIGNIFICANT:
                return i
        return None

    def _closing(self, open_at: int, end: int) -> int:
        depth = 0
        for i in range(open_at, end):
            text = self.tokens[i].text
            depth += (text == "{") - (text == "}")
            if depth == 0:
                return i
        return end - 1 if end > open_at else open_at  # unbalanced: left for the store's parser to report
