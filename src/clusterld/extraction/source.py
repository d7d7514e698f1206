"""Reading an article: bytes to text, refusing what is not an article with a clear, located message."""

from __future__ import annotations

import re
from pathlib import Path
from typing import NoReturn

import yaml

from clusterld.errors import InputError, Problem

MAX_BYTES = 1_000_000  # far above a news article (the seeds are under 4 kB); bounds time and memory
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def read_article(raw: bytes, name: Path) -> str:
    """The article's text from `raw`: UTF-8, not binary, not empty, at most MAX_BYTES; CRLF made LF."""
    if len(raw) > MAX_BYTES:
        _refuse(name, None, f"the article is {len(raw):,} bytes; clusterld extract reads at most {MAX_BYTES:,} bytes (one article, not a collection): split the file")
    if b"\x00" in raw:
        _refuse(name, raw.count(b"\n", 0, raw.index(b"\x00")) + 1, "this looks like a binary file (it contains NUL bytes), not an article; give a plain-text or Markdown file")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        _refuse(name, line, f"not UTF-8 (byte 0x{raw[error.start]:02x} at offset {error.start}); save the article as UTF-8")
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if len(_CONTROL.findall(text)) > max(8, len(text) // 100):
        _refuse(name, None, "this looks like a binary file (many control characters), not an article; give a plain-text or Markdown file")
    body = _without_front_matter(text)
    if not body.strip():
        _refuse(name, None, "the article is empty; give a file with the article's text")
    return body


def _without_front_matter(text: str) -> str:
    """The text after a leading YAML front matter block, if the file has one (e.g. a clusterld document)."""
    lines = text.split("\n")
    if not lines or lines[0].rstrip() != "---":
        return text
    for end in range(1, len(lines)):
        if lines[end].rstrip() == "---":
            try:
                front = yaml.safe_load("\n".join(lines[1:end]))
            except yaml.YAMLError:
                return text
            return "\n".join(lines[end + 1 :]) if isinstance(front, dict) else text
    return text


def _refuse(name: Path, line: int | None, message: str) -> NoReturn:
    raise InputError([Problem(name, line, "", message)])
