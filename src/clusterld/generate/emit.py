"""A small YAML writer for the input format: block mappings, lists of mappings as block sequences, everything
else in flow style, strings as JSON (a subset of YAML's double-quoted style) unless they are plain slugs.

Writing YAML by hand is several times faster than yaml.safe_dump and gives the compact layout of the README's
examples; test_generate reads everything back with clusterld's own reader.
"""

from __future__ import annotations

import json
import re
from typing import Any

_PLAIN = re.compile(r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")
# YAML 1.1 reads these as booleans or null, so they are quoted even though they look like slugs
_RESERVED = frozenset({"y", "n", "yes", "no", "on", "off", "true", "false", "null"})


def scalar(value: Any) -> str:
    """One scalar in YAML: a plain slug, a JSON string, a number or a boolean."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    text = str(value)
    return text if _PLAIN.match(text) and text not in _RESERVED else json.dumps(text, ensure_ascii=False)


def flow(value: Any) -> str:
    """A value in flow style."""
    if isinstance(value, dict):
        return "{" + ", ".join(f"{scalar(k)}: {flow(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(flow(v) for v in value) + "]"
    return scalar(value)


def mapping(data: dict[str, Any], indent: str = "", first: str = "") -> str:
    """A block mapping; `first` prefixes its first line (the '- ' of a sequence item)."""
    lines = []
    for i, (key, value) in enumerate(data.items()):
        pad = first if i == 0 and first else indent
        if isinstance(value, list) and value and isinstance(value[0], dict) and key == "facts":
            lines.append(f"{pad}{key}:\n" + "".join(mapping(item, indent + "  ", indent + "- ") for item in value))
        elif isinstance(value, list) and value and key == "evidence":
            lines.append(f"{pad}{key}:\n" + "".join(f"{indent}  - {flow(item)}\n" for item in value))
        else:
            lines.append(f"{pad}{key}: {flow(value)}\n")
    return "".join(lines)


def entity(entry: dict[str, Any]) -> str:
    """One registry entry as an item of the file's top-level list."""
    return mapping(entry, "  ", "- ")
