"""From drafted facts to document facts: references checked against the field tables, ids minted, evidence
quoted with offsets, notes and confidence written.

Every reference a fact keeps has the kind schemas.FACT_FIELDS allows for its field, every required field is
present, and ends are not before starts, so `clusterld validate` accepts the draft once the curator has
deleted what is wrong (and added the proposed entities the remaining facts use).
"""

from __future__ import annotations

from typing import Any, Iterable

from clusterld.extraction.context import ArticleState, FactDraft
from clusterld.extraction.normalise import slugify
from clusterld.records import IsoDate
from clusterld.schemas import DATE_PAIRS, FACT_FIELDS

# What a relation's object must be, so the SHACL shapes accept it (FACT_FIELDS allows any id there).
RELATION_OBJECTS = {
    "based-in": {"place"}, "located-in": {"place"}, "visited": {"place", "organisation", "cluster-organisation"},
    "part-of": {"organisation", "cluster-organisation", "programme"}, "member-of": {"organisation", "cluster-organisation", "programme"},
    "facilitates": {"cluster"}, "alumni-of": {"organisation", "cluster-organisation"},
    "operated-by": {"organisation", "cluster-organisation"}, "launched-by": {"organisation", "cluster-organisation", "person", "place"},  # a state or region sets up a cluster
    "promoted-by": {"organisation", "cluster-organisation", "person"},
}
_TYPE_ORDER = ("agreement", "event", "participation", "role", "membership", "founding", "publication", "relation", "observation", "claim")


def assemble_facts(state: ArticleState) -> list[dict[str, Any]]:
    """The drafted facts as document facts, in a stable order, with ids unique across the project."""
    facts = [f for f in state.facts.values() if f.evidence]
    _date_agreements_from_events(facts, state)
    taken = set(state.knowledge.used_ids) | set(state.kinds)
    suffixes: dict[str, int] = {}
    event_ids: dict[str, str] = {}
    for fact in facts:
        if fact.type == "event":
            event_ids[fact.key[1]] = _unique(_event_id(fact), taken, suffixes)
    state.kinds.update({ident: "event" for ident in event_ids.values()})
    out = []
    for fact in sorted(facts, key=lambda f: (_TYPE_ORDER.index(f.type), min(f.evidence))):
        fields = _checked(fact, event_ids, state)
        if fields is None:
            continue
        ident = event_ids[fact.key[1]] if fact.type == "event" else _unique(_fact_id(fact.type, fields), taken, suffixes)
        out.append(_document_fact(fact, ident, fields, state))
    return out


def _date_agreements_from_events(facts: Iterable[FactDraft], state: ArticleState) -> None:
    """An agreement signed during an event with known dates was signed within them."""
    events = {f.key[1]: f for f in facts if f.type == "event"}
    for fact in facts:
        event = events.get(fact.fields.get("signed_during", ""))
        if fact.type == "agreement" and "date" not in fact.fields and event is not None and event.fields.get("start"):
            start, end = event.fields["start"], event.fields.get("end") or event.fields["start"]
            fact.fields["date"] = start if start == end else (start[:7] if start[:7] == end[:7] else start[:4])
            fact.note(f"Signed during the event of {start}{'' if start == end else ' to ' + end}; recorded at the precision both dates share.")


def _checked(fact: FactDraft, event_ids: dict[str, str], state: ArticleState) -> dict[str, Any] | None:
    """The fact's fields with event keys replaced by ids and every reference of a wrong kind dropped."""
    spec = FACT_FIELDS[fact.type]
    out: dict[str, Any] = {}
    for name, f in spec.items():
        value = fact.fields.get(name)
        if value is None or value == [] or value == {}:
            continue
        if f.kind in ("ref", "refs"):
            values = [event_ids.get(str(v), str(v)) for v in (value if isinstance(value, list) else [value])]
            values = [v for v in values if _allowed(v, f.targets, state)]
            values = list(dict.fromkeys(values))
            if not values:
                continue
            value = values if f.kind == "refs" else values[0]
        elif f.kind in ("concept", "concepts"):
            (scheme,) = f.targets
            items = [v for v in (value if isinstance(value, list) else [value]) if state.knowledge.has_concept(scheme, v)]
            if not items:
                continue
            value = items if f.kind == "concepts" else items[0]
        out[name] = value
    if fact.type == "agreement" and len(out.get("parties", [])) < 2:
        return None
    if any(f.required and name not in out for name, f in spec.items()):
        return None
    if fact.type == "relation":
        wanted = RELATION_OBJECTS.get(out["property"], set())
        obj = out["object"] if state.kinds.get(out["object"]) in wanted else state.knowledge.same_name(out["object"], wanted)
        if obj is None or obj == out["subject"]:
            return None
        out["object"] = obj
    for start, end in DATE_PAIRS:
        if start in out and end in out and not IsoDate(str(out[start])).not_after(IsoDate(str(out[end]))):
            del out[end]
    return out


def _allowed(ident: str, targets: frozenset[str], state: ArticleState) -> bool:
    kind = state.kinds.get(ident)
    return kind is not None and (not targets or kind in targets)


def _event_id(fact: FactDraft) -> str:
    year = str(fact.fields.get("start", ""))[:4]
    base = slugify(next(iter(fact.fields["label"].values())), limit=60)
    return f"{base}-{year}" if year and year not in base else base


def _fact_id(kind: str, fields: dict[str, Any]) -> str:
    parts: list[str] = {
        "agreement": lambda: ["agreement", *fields["parties"], str(fields.get("date", ""))[:4]],
        "participation": lambda: ["participation", fields["participant"], fields["event"]],
        "role": lambda: ["role", fields["person"], fields.get("role") or slugify(next(iter(fields["role_label"].values()))), fields["organisation"]],
        "membership": lambda: ["membership", fields["member"], fields["organisation"]],
        "founding": lambda: ["founding", fields["organisation"]],
        "publication": lambda: ["publication", fields["work"]],
        "relation": lambda: ["relation", fields["subject"], fields["property"], fields["object"]],
        "observation": lambda: ["obs", fields["about"], fields["indicator"], str(fields.get("date") or fields.get("period_end") or "")[:4]],
        "claim": lambda: ["quote" if fields.get("kind") == "quotation" else "claim", fields.get("by", ""), *slugify(next(iter(fields["text"].values())), limit=40).split("-")[:5]],
    }[kind]()
    return slugify("-".join(p for p in parts if p), limit=90)


def _unique(base: str, taken: set[str], suffixes: dict[str, int]) -> str:
    """`base`, else `base-2`, `base-3`, …: the first not taken (`suffixes` remembers where each base's search stopped,
    so thirty thousand quotations of one speaker do not try every suffix again)."""
    ident, n = base, suffixes.get(base, 2)
    while ident in taken:
        ident, n = f"{base}-{n}", n + 1
    suffixes[base] = n
    taken.add(ident)
    return ident


def _document_fact(fact: FactDraft, ident: str, fields: dict[str, Any], state: ArticleState) -> dict[str, Any]:
    proposed = sorted({v for value in fields.values() for v in (value if isinstance(value, list) else [value]) if isinstance(v, str) and v in state.proposals})
    notes = list(fact.notes)
    confidence = fact.confidence
    if proposed:
        notes.append(f"Refers to proposed new entities ({', '.join(proposed)}): add them to the registry or delete this fact.")
        confidence -= 0.1
    out: dict[str, Any] = {"type": fact.type, "id": ident, **fields}
    if notes:
        out["note"] = " ".join(notes)
    out["confidence"] = round(max(0.1, min(confidence, 0.95)), 2)
    out["evidence"] = [{"quote": state.text[s:e], "start": s} for s, e in sorted(fact.evidence)]
    return out
