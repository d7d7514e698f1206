"""Facts said as sentences: "HealthTech Cluster and MassMEDIC signed an agreement on 2016-10 in Barcelona."

A sentence is a tuple of parts: plain strings, IRIs (a page renders them as links with their labels) and
`Text` (a literal in a known language). Everything is read from a description graph.
"""

from __future__ import annotations

from typing import Any, Callable, Sequence, Union

from rdflib import URIRef
from rdflib.namespace import ORG, RDF

from clusterld.description import Triples
from clusterld.iris import CL, concept
from clusterld.views.labels import Text, pick

Part = Union[str, URIRef, Text]
SDO = "https://schema.org/"
EXACT = concept("qualifier", "exact")


def _s(local: str) -> URIRef:
    return URIRef(SDO + local)


# reified assertions: predicate → (words between the two ends, whether the object is said first)
ASSERTIONS: dict[URIRef, tuple[str, bool]] = {
    _s("foundingDate"): (" was founded in ", False),
    _s("datePublished"): (" was published in ", False),
    _s("author"): (" is an author of ", True),
    _s("attendee"): (" attended ", True),
    _s("organizer"): (" organised ", True),
    _s("contributor"): (" contributed to ", True),
    CL.speaker: (" spoke at ", True),
    CL.trainer: (" trained participants at ", True),
    CL.facilitates: (" facilitates ", False),
    CL.operatedBy: (" is operated by ", False),
    ORG.subOrganizationOf: (" is part of ", False),
    CL.basedIn: (" is based in ", False),
    _s("alumniOf"): (" is an alumnus of ", False),
    ORG.memberOf: (" is a member of ", False),
    CL.visited: (" visited ", False),
    _s("containedInPlace"): (" is located in ", False),
    CL.launchedBy: (" was launched by ", False),
    CL.promotedBy: (" is promoted by ", False),
}


def joined(items: Sequence[Part]) -> list[Part]:
    """Parts joined as English lists: "A", "A and B", "A, B and C"."""
    out: list[Part] = []
    for i, item in enumerate(items):
        if i:
            out.append(" and " if i == len(items) - 1 else ", ")
        out.append(item)
    return out


# the class that makes a node each kind of fact, in the order they are tried (made once: a page asks for
# hundreds of facts' kinds, and naming a term through its namespace builds it anew each time)
FACT_CLASSES = (("agreement", CL.Agreement), ("observation", CL.Observation), ("assertion", CL.Assertion),
                ("claim", CL.Claim), ("event", _s("Event")), ("role", ORG.Membership))


def fact_kind(graph: Triples, fact: URIRef) -> str | None:
    """Which kind of fact a node is, from its types."""
    types = set(graph.objects(fact, RDF.type))
    for kind, cls in FACT_CLASSES:
        if cls in types:
            return kind
    return None


def sentence(graph: Triples, fact: URIRef, languages: Sequence[str]) -> tuple[Part, ...]:
    """The fact node `fact` as a sentence; an empty tuple if it is no kind of fact this module knows."""
    kind = fact_kind(graph, fact)
    return tuple(_BUILDERS[kind](graph, fact, languages)) if kind else ()


def _objects(graph: Triples, node: URIRef, predicate: URIRef) -> list[Any]:
    return sorted(graph.objects(node, predicate), key=str)


def _one(graph: Triples, node: URIRef, predicate: URIRef) -> Any:
    values = _objects(graph, node, predicate)
    return values[0] if values else None


def _value(term: object) -> Part:
    return term if isinstance(term, URIRef) else str(term)


def _agreement(graph: Triples, fact: URIRef, languages: Sequence[str]) -> list[Part]:
    parties = _objects(graph, fact, CL.party)
    out: list[Part] = [*joined(parties), " signed an agreement"]
    date, place, during = (_one(graph, fact, p) for p in (CL.signingDate, _s("location"), CL.signedDuring))
    if date is not None:
        out += [" on ", str(date)]
    if place is not None:
        out += [" in ", place]
    if during is not None:
        out += [" during ", during]
    topics = _objects(graph, fact, CL.topic)
    if topics:
        out += [" about ", *joined(topics)]
    return out + ["."]


def _event(graph: Triples, fact: URIRef, languages: Sequence[str]) -> list[Part]:
    out: list[Part] = [fact]
    kind = _one(graph, fact, CL.eventType)
    if kind is not None:
        out += [" (", kind, ")"]
    start, end = _one(graph, fact, _s("startDate")), _one(graph, fact, _s("endDate"))
    places = _objects(graph, fact, _s("location"))
    if start is not None or places:
        out.append(" took place")
    if start is not None and (end is None or str(end) == str(start)):
        out += [" in " if len(str(start)) < 10 else " on ", str(start)]
    elif start is not None:
        out += [" from ", str(start), " to ", str(end)]
    if places:
        out += [" in ", *joined(places)]
    out.append(".")
    for predicate, words in ((_s("organizer"), " Organised by "), (_s("attendee"), " Attended by "),
                             (_s("contributor"), " With contributions from "), (CL.visited, " Visited: ")):
        values = _objects(graph, fact, predicate)
        if values:
            out += [words, *joined(values), "."]
    return out


def _role(graph: Triples, fact: URIRef, languages: Sequence[str]) -> list[Part]:
    member, organisation = _one(graph, fact, ORG.member), _one(graph, fact, ORG.organization)
    label = pick(graph.objects(fact, CL.roleLabel), languages)
    role: Part = label if label is not None else (_one(graph, fact, ORG.role) or "member")
    end = _one(graph, fact, CL.endDate)
    out: list[Part] = [_value(member), " was " if end is not None else " is ", role, " of ", _value(organisation)]
    start = _one(graph, fact, CL.startDate)
    if start is not None:
        out += [" from ", str(start)]
    if end is not None:
        out += [" until ", str(end)]
    return out + ["."]


def _observation(graph: Triples, fact: URIRef, languages: Sequence[str]) -> list[Part]:
    indicator = _one(graph, fact, CL.indicator)
    out: list[Part] = [indicator, " of "] if indicator is not None else []
    out += [_value(_one(graph, fact, CL.observedEntity)), ": "]
    qualifier = _one(graph, fact, CL.qualifier)
    if qualifier is not None and qualifier != EXACT:  # "exact 31 clusters" says no more than "31 clusters"
        out += [qualifier, " "]
    out.append(str(_one(graph, fact, CL.value)))
    unit = _one(graph, fact, CL.unit)
    if unit is not None:
        out += [" ", unit]
    for predicate, words in ((CL.sector, " in "), (CL.region, " in ")):
        value = _one(graph, fact, predicate)
        if value is not None:
            out += [words, value]
    date = _one(graph, fact, _s("observationDate"))
    start, end = _one(graph, fact, CL.periodStart), _one(graph, fact, CL.periodEnd)
    if start is not None or end is not None:
        out += [" (", str(start or "…"), "–", str(end or "…"), ")"]
    elif date is not None:
        out += [" (", str(date), ")"]
    return out + ["."]


def _assertion(graph: Triples, fact: URIRef, languages: Sequence[str]) -> list[Part]:
    s, p, o = (_one(graph, fact, x) for x in (RDF.subject, RDF.predicate, RDF.object))
    if p in ASSERTIONS:
        words, swap = ASSERTIONS[p]
        first, second = (o, s) if swap else (s, o)
        return [_value(first), words, _value(second), "."]
    return [_value(s), " ", _value(p), " ", _value(o), "."]


def _claim(graph: Triples, fact: URIRef, languages: Sequence[str]) -> list[Part]:
    text = pick(graph.objects(fact, _s("text")), languages)
    author = _one(graph, fact, _s("author"))
    about = _objects(graph, fact, _s("about"))
    out: list[Part] = [author, " said"] if author is not None else ["The article says"]
    if about:
        out += [" about ", *joined(about)]
    return out + [": “", text if text is not None else "", "”"]


_BUILDERS: dict[str, Callable[[Triples, URIRef, Sequence[str]], list[Part]]] = {
    "agreement": _agreement, "event": _event, "role": _role, "observation": _observation,
    "assertion": _assertion, "claim": _claim,
}
