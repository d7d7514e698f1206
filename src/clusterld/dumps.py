"""Deterministic dumps of a release: same input, byte-identical files (sorted lines, gzip without a time)."""

from __future__ import annotations

import gzip
import hashlib
import io
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, IO, Mapping

from clusterld import store as rdfstore


@dataclass(frozen=True)
class DumpFile:
    """One file of a release's dumps folder."""

    name: str
    media_type: str
    compressed: bool
    size: int
    sha256: str


DUMP_MEDIA_TYPES = {
    "clusterld.nt.gz": "application/n-triples",
    "clusterld.nq.gz": "application/n-quads",
    "clusterld.ttl.gz": "text/turtle",
    "clusterld.trig.gz": "application/trig",
    "clusterld.jsonld.gz": "application/ld+json",
    "context.jsonld": "application/ld+json",
}


def write_dumps(store: object, folder: Path, context_url: str, prefixes: Mapping[str, str]) -> list[DumpFile]:
    """Write every dump, the JSON-LD context and SHA256SUMS into `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    triples = rdfstore.sorted_lines(store, quads=False)
    quads = rdfstore.sorted_lines(store, quads=True)
    writers: dict[str, Callable[[IO[bytes]], object]] = {
        "clusterld.nt.gz": lambda out: out.writelines(triples),
        "clusterld.nq.gz": lambda out: out.writelines(quads),
        "clusterld.ttl.gz": lambda out: rdfstore.write_turtle(triples, out, prefixes),
        "clusterld.trig.gz": lambda out: rdfstore.write_trig(quads, out, prefixes),
        "clusterld.jsonld.gz": lambda out: rdfstore.write_jsonld(triples, out, context_url, prefixes),
    }
    files = [_gzip(folder / name, writer) for name, writer in writers.items()]
    context = json.dumps(rdfstore.context_document(prefixes), indent=2).encode() + b"\n"
    (folder / "context.jsonld").write_bytes(context)
    files.append(_describe(folder / "context.jsonld"))
    sums = "".join(f"{f.sha256}  {f.name}\n" for f in files)
    (folder / "SHA256SUMS").write_text(sums, encoding="utf-8")
    return files


def _gzip(path: Path, writer: Callable[[IO[bytes]], object]) -> DumpFile:
    buffer = io.BytesIO()
    writer(buffer)
    # mtime=0 and no file name in the header: the bytes depend on the data alone
    with open(path, "wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=6) as out:
        out.write(buffer.getvalue())
    return _describe(path)


def _describe(path: Path) -> DumpFile:
    data = path.read_bytes()
    return DumpFile(path.name, DUMP_MEDIA_TYPES[path.name], path.suffix == ".gz", len(data), hashlib.sha256(data).hexdigest())
