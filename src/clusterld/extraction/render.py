"""Writing a draft: the document (YAML front matter, a comment block for the curator, the verbatim text) and
the proposed registry entries as a registry YAML file."""

from __future__ import annotations

from typing import Any, Iterable

import yaml

from clusterld.extraction.normalise import INVISIBLE, SPACES
from clusterld.extraction.proposals import Proposal

_HIDDEN = SPACES.replace("\t", "") + INVISIBLE


class _Dumper(yaml.SafeDumper):
    """Block style, keys in insertion order; strings with invisible characters double-quoted so they show."""


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    style = '"' if any(ch in _HIDDEN for ch in value) else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _represent_str)


def dump_yaml(data: Any) -> str:
    """YAML text of `data`: block style, unsorted keys, invisible characters written as \\u escapes."""
    text = yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100_000, default_flow_style=False)
    for ch in _HIDDEN:
        text = text.replace(ch, f"\\u{ord(ch):04x}")  # only inside double-quoted scalars, where \\u is an escape
    return text


def proposal_entity(proposal: Proposal, first_seen: str, language: str) -> dict[str, Any]:
    """A proposal as a registry entry (valid against the entities schema), its names in the article's language."""
    entity: dict[str, Any] = {"id": proposal.id, "type": proposal.kind, "name": {language: proposal.name}}
    if proposal.alt_names:
        entity["alt_names"] = {language: list(proposal.alt_names)}
    if proposal.kind == "place" and proposal.detail:
        entity["place_type"] = proposal.detail
    if proposal.kind == "work" and proposal.detail:
        entity["work_type"] = proposal.detail
    entity["description"] = {"en": f"NEW, proposed by clusterld extract ({proposal.reason}); first seen in: {first_seen}"}
    return entity


def render_document(front: dict[str, Any], text: str, proposals: Iterable[dict[str, Any]], unmatched: Iterable[str]) -> str:
    """The draft document: front matter with the curator's comment block, then the article text verbatim."""
    lines = [
        "# Draft by `clusterld extract`: every fact is a candidate. Delete what is wrong, correct what is",
        "# incomplete, then run `clusterld validate`. Evidence quotes are verbatim with their offsets.",
    ]
    proposal_list = list(proposals)
    if proposal_list:
        lines.append("# proposed_entities: NEW registry entries (not in data/entities/) that facts below may refer to.")
        lines.append("# Review them and copy them into a data/entities/*.yaml file (or write them with --proposals FILE).")
        lines += [f"#   {line}" for line in dump_yaml(proposal_list).splitlines()]
    for item in unmatched:
        lines.append(f"# number not drafted (no indicator concept fits; add one to ontology/concepts.ttl): {item}")
    return "---\n" + "\n".join(lines) + "\n" + dump_yaml(front) + "---\n" + text
