"""Deterministic dumps of a release: same input, byte-identical files (sorted lines, gzip without a time).

The dumps are written from the graphs' canonical lines in chunks: runs of subjects in sorted order, each run
ending at a subject whose hash says so, so that a change moves no chunk boundary but its own. Each chunk is
written in every format and compressed on its own — a raw deflate segment that a full flush ends on a byte
boundary — and a file is the gzip header, its chunks' segments in order, and a trailer whose CRC-32 is
combined from theirs: one ordinary gzip stream. A chunk's bytes depend on its triples alone, so with the
build cache a rebuild writes and compresses only the chunks whose triples changed, and the files are the
same bytes a build from scratch writes.
"""

from __future__ import annotations

import hashlib
import json
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping

from clusterld import store as rdfstore
from clusterld.ntriples import NamedGraph, NamedGraphs
from clusterld.tally import Figures, chunk_figures


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
CHUNK_SUBJECTS = 256  # subjects per chunk on average: about 2,000 lines
LEVEL = 6
# gzip's header without a time or a file name (RFC 1952: deflate, no flags, mtime 0, no extra flags, unknown OS)
GZIP_HEADER = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff"


@dataclass(frozen=True)
class Segment:
    """A piece of a file compressed on its own: its raw deflate bytes, and the CRC-32 and length of the piece."""

    deflated: bytes
    crc: int
    size: int


def segment(data: bytes) -> Segment:
    """`data` deflated by a fresh compressor and flushed to a byte boundary, so segments can follow each other."""
    compressor = zlib.compressobj(LEVEL, zlib.DEFLATED, -zlib.MAX_WBITS)
    return Segment(compressor.compress(data) + compressor.flush(zlib.Z_FULL_FLUSH), zlib.crc32(data), len(data))


def write_dumps(graphs: NamedGraphs, folder: Path, base: str, prefixes: Mapping[str, str]) -> tuple[list[DumpFile], list[Figures]]:
    """Write every dump, the JSON-LD context (published at `{base}/context.jsonld`) and SHA256SUMS into `folder`;
    return the files and the chunks' figures (`tally`)."""
    folder.mkdir(parents=True, exist_ok=True)
    chunks = list(_chunks(graphs, prefixes, base))
    context_url = f"{base}/context.jsonld"
    head = segment(rdfstore.prefix_lines(prefixes))
    comma = segment(b",\n")
    members = [piece for c in chunks if c["jsonld"].size for piece in (comma, c["jsonld"])][1:]  # joined by commas
    jsonld_head = segment(b'{\n"@context": ' + json.dumps(context_url).encode() + b',\n"@graph": [\n')
    files = [
        _gzip(folder / "clusterld.nt.gz", [c["nt"] for c in chunks]),
        _gzip(folder / "clusterld.nq.gz", [c["nq"] for c in chunks]),
        _gzip(folder / "clusterld.ttl.gz", [head, *(c["ttl"] for c in chunks)]),
        _gzip(folder / "clusterld.trig.gz", [head, *(c["trig"] for c in chunks)]),
        _gzip(folder / "clusterld.jsonld.gz", [jsonld_head, *members, segment(b"\n]\n}\n")]),
    ]
    context = json.dumps(rdfstore.context_document(prefixes), indent=2).encode() + b"\n"
    (folder / "context.jsonld").write_bytes(context)
    files.append(_describe(folder / "context.jsonld"))
    sums = "".join(f"{f.sha256}  {f.name}\n" for f in files)
    (folder / "SHA256SUMS").write_text(sums, encoding="utf-8")
    return files, [c["figures"] for c in chunks]


def _chunks(graphs: NamedGraphs, prefixes: Mapping[str, str], base: str) -> Iterator[dict[str, Any]]:
    """Each chunk's segment in every format and its figures, from the build cache when the chunk's triples were
    written before.

    A chunk is keyed by its subjects and, for each, the name and digest of every graph describing it: that
    fixes the chunk's triples and quads without reading them.
    """
    described: dict[bytes, list[tuple[str, NamedGraph]]] = {}
    for name, graph in graphs.stored.items():
        for subject in graph.subjects:
            described.setdefault(subject, []).append((str(name), graph))
    tags = {str(name): f" {name} {graph.digest}".encode() for name, graph in graphs.stored.items()}
    cache = graphs.cache
    subjects = sorted(described)
    start = 0
    for end in _ends(subjects):
        run = subjects[start:end]
        start = end
        key = ""
        if cache is not None:
            identity = b"".join(s + b"".join(tags[name] for name, _ in described[s]) + b"\n" for s in run)
            key = cache.key(__name__, repr(sorted(prefixes.items())), base, hashlib.sha256(identity).digest())
            cached = cache.get("dumps", key)
            if cached is not None:
                yield cached
                continue
        chunk = _write_chunk([(s, described[s]) for s in run], prefixes, base)
        if cache is not None:
            cache.put("dumps", key, chunk)
        yield chunk


def _ends(subjects: list[bytes]) -> Iterator[int]:
    """Where chunks of sorted subjects end: after a subject whose hash is a multiple of CHUNK_SUBJECTS (or four
    times CHUNK_SUBJECTS after the last end), so ends depend on the subjects, not on how many came before."""
    last = 0
    for i, subject in enumerate(subjects, 1):
        if zlib.crc32(subject) % CHUNK_SUBJECTS == 0 or i - last >= 4 * CHUNK_SUBJECTS:
            yield i
            last = i
    if last < len(subjects):
        yield len(subjects)


def _write_chunk(run: Iterable[tuple[bytes, list[tuple[str, NamedGraph]]]], prefixes: Mapping[str, str], base: str) -> dict[str, Any]:
    """One chunk of every dump: sorted distinct triples of the union (N-Triples), sorted quads (N-Quads); and
    the figures of those triples."""
    triples: list[bytes] = []
    quads: list[bytes] = []
    for subject, where in run:
        triples += sorted({line for _, graph in where for line in graph.about(subject)})
        quads += sorted(line[:-2] + f"<{name}> .\n".encode() for name, graph in where for line in graph.about(subject))
    return {
        "nt": segment(b"".join(triples)),
        "nq": segment(b"".join(quads)),
        "ttl": segment(rdfstore.write_turtle(triples, prefixes)),
        "trig": segment(rdfstore.write_trig(quads, prefixes)),
        "jsonld": segment(rdfstore.write_jsonld(triples, prefixes)),
        "figures": chunk_figures(triples, base),
    }


def _gzip(path: Path, segments: Iterable[Segment]) -> DumpFile:
    """A gzip file of segments in order: one deflate stream, closed by an empty final block and the trailer."""
    crc, size = 0, 0
    with open(path, "wb") as out:
        out.write(GZIP_HEADER)
        for piece in segments:
            if piece.size:
                out.write(piece.deflated)
                crc, size = crc32_combine(crc, piece.crc, piece.size), size + piece.size
        out.write(zlib.compressobj(LEVEL, zlib.DEFLATED, -zlib.MAX_WBITS).flush())
        out.write(crc.to_bytes(4, "little") + (size & 0xFFFFFFFF).to_bytes(4, "little"))
    return _describe(path)


def crc32_combine(crc1: int, crc2: int, size2: int) -> int:
    """The CRC-32 of A followed by B from the CRC-32 of each and the length of B (zlib's crc32_combine, which
    Python's zlib does not offer): crc(A + B) = crc(A) · x^(8·len B) + crc(B) modulo CRC-32's polynomial."""
    return _multiply(_x_power(8 * size2), crc1) ^ crc2


_POLYNOMIAL = 0xEDB88320  # CRC-32's polynomial, bits reflected as zlib keeps them


def _multiply(a: int, b: int) -> int:
    """a(x) · b(x) modulo the polynomial, in reflected bit order (zlib's multmodp)."""
    product, bit = 0, 1 << 31
    while a:
        if a & bit:
            product ^= b
            a ^= bit
        bit >>= 1
        b = (b >> 1) ^ _POLYNOMIAL if b & 1 else b >> 1
    return product


def _x_power(n: int) -> int:
    """x^n modulo the polynomial, by squaring."""
    result, square = 1 << 31, 1 << 30  # x^0 and x^1 in reflected order
    while n:
        if n & 1:
            result = _multiply(square, result)
        square = _multiply(square, square)
        n >>= 1
    return result


def _describe(path: Path) -> DumpFile:
    data = path.read_bytes()
    return DumpFile(path.name, DUMP_MEDIA_TYPES[path.name], path.suffix == ".gz", len(data), hashlib.sha256(data).hexdigest())
