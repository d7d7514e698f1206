"""A query worker process, and the messages it exchanges with the pool over a socket: the worker reads and writes
them blocking, in a thread of its own; the pool's end (`Channel`) reads them on the event loop as they arrive.

A message is a header (the sizes of its two parts), a small JSON part and a raw part: a request's JSON part
holds the formats, the dataset and, once any worker has checked the same text, that check's outcome; its raw
part is the query text. A reply's JSON part holds the form, format and truncation (or a refusal), its raw part
the results as the engine wrote them: nothing is pickled.
"""

from __future__ import annotations

import asyncio
import ctypes
import json
import resource
import socket
import struct
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from clusterld.errors import QueryError
from clusterld.graph import PREFIXES
from clusterld.sparql.check import GRAPH_FORMS, CheckedQuery, check_graphs, check_query
from clusterld.store import QueryStore

HEADER = struct.Struct("!IQ")  # sizes of the JSON part and of the raw part
CLONE_NEWUSER = 0x10000000
CLONE_NEWNET = 0x40000000
Message = tuple[Any, bytes]


@dataclass(frozen=True)
class WorkerConfig:
    """What a worker needs to know: the store, whether to copy it into memory (from the N-Quads dump, when
    given), and its caps."""

    store_path: Path
    in_memory: bool
    dump: Path | None
    max_rows: int
    memory_mb: int


def encode(meta: Any, body: bytes) -> list[bytes]:
    """A message as the buffers to write, in order (the raw part is not copied)."""
    data = json.dumps(meta, separators=(",", ":")).encode()
    return [HEADER.pack(len(data), len(body)) + data, body]


def decode(data: bytes) -> Message:
    """The JSON and raw parts of one whole message."""
    meta_size, _ = HEADER.unpack_from(data)
    start = HEADER.size + meta_size
    return json.loads(data[HEADER.size:start]), data[start:]


def read_message(sock: socket.socket) -> Message:
    """One whole message from a blocking socket (the worker's hello)."""
    data = b""
    while len(data) < HEADER.size or len(data) < HEADER.size + sum(HEADER.unpack_from(data)):
        chunk = sock.recv(1 << 16)
        if not chunk:
            raise ConnectionError("the query worker closed its socket")
        data += chunk
    return decode(data)


class Channel(asyncio.Protocol):
    """The pool's end of a worker's socket: one request out, its reply read as it arrives."""

    def __init__(self) -> None:
        self.transport: asyncio.Transport | None = None
        self.lost = False
        self._reply: asyncio.Future[Message] | None = None
        self._chunks: list[bytes] = []
        self._received = 0
        self._expected = 0  # the whole message's size, once its header is in (0: not yet)

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]

    def ask(self, message: list[bytes]) -> asyncio.Future[Message]:
        """Send a request; the future gets the reply (or ConnectionError if the worker goes away first)."""
        assert self.transport is not None
        self._reply = asyncio.get_running_loop().create_future()
        self.transport.writelines(message)
        return self._reply

    def data_received(self, data: bytes) -> None:
        self._chunks.append(data)
        self._received += len(data)
        if not self._expected and self._received >= HEADER.size:
            head = b"".join(self._chunks)
            self._chunks = [head]
            meta_size, body_size = HEADER.unpack_from(head)
            self._expected = HEADER.size + meta_size + body_size
        if self._expected and self._received >= self._expected:
            whole = b"".join(self._chunks)
            self._chunks, self._received, self._expected = [], 0, 0
            if self._reply is not None and not self._reply.done():
                self._reply.set_result(decode(whole))

    def connection_lost(self, exc: Exception | None) -> None:
        self.lost = True
        if self._reply is not None and not self._reply.done():
            self._reply.set_exception(ConnectionError("the query worker went away"))


def serve(sock: socket.socket, config: WorkerConfig) -> None:
    """A worker's life: leave the network, open the store, then answer requests until the pool hangs up."""
    isolated = _leave_network()
    store = QueryStore(config.store_path, config.in_memory, config.dump)
    # queries run in a thread of their own: glibc gives it its own malloc arena, in which the engine's hash
    # tables (GROUP BY, DISTINCT) grow about 1.7 times faster than in the main thread's (measured)
    answering = threading.Thread(target=_answer_all, args=(sock, store, config, isolated), name="clusterld-query")
    answering.start()
    answering.join()


def _answer_all(sock: socket.socket, store: QueryStore, config: WorkerConfig, isolated: bool) -> None:
    store.run("ASK {}", "srj", None, None, 1, PREFIXES)  # creates this thread's arena before the cap is measured
    _limit_memory(config.memory_mb)
    reader = sock.makefile("rb")
    _send(sock, {"network_isolated": isolated}, b"")
    while (request := _receive(reader)) is not None:
        _send(sock, *_answer(request, store, config.max_rows))


def _receive(reader: BinaryIO) -> Message | None:
    """The next message, or None once the pool has closed its end."""
    header = reader.read(HEADER.size)
    if len(header) < HEADER.size:
        return None
    meta_size, body_size = HEADER.unpack(header)
    rest = reader.read(meta_size + body_size)
    return decode(header + rest) if len(rest) == meta_size + body_size else None


def _send(sock: socket.socket, meta: Any, body: bytes) -> None:
    """Write a message in as few system calls as the socket takes (usually one)."""
    views = [memoryview(part) for part in encode(meta, body) if part]
    while views:
        sent = sock.sendmsg(views)
        while views and sent >= len(views[0]):
            sent -= len(views[0])
            views.pop(0)
        if views:
            views[0] = views[0][sent:]


def _answer(request: Message, store: QueryStore, max_rows: int) -> Message:
    """The reply to one request: results, or a refusal with its status (never an exception)."""
    meta, raw = request
    text = raw.decode("utf-8")
    try:
        known = meta.get("checked")
        checked = CheckedQuery(known[0], _tuple(known[1]), _tuple(known[2])) if known else check_query(text)
        reply: dict[str, Any] = {"checked": [checked.form, checked.default_graphs, checked.named_graphs]}
        default: tuple[str, ...] | None
        named: tuple[str, ...] | None
        if meta["default_graphs"] is not None or meta["named_graphs"] is not None:
            default, named = tuple(meta["default_graphs"] or ()), tuple(meta["named_graphs"] or ())
            check_graphs(default, named, store.graphs, "default-graph-uri and named-graph-uri")
        else:
            default, named = checked.default_graphs, checked.named_graphs
            check_graphs(default or (), named or (), store.graphs, "FROM and FROM NAMED")
        extension = meta["graph_format"] if checked.form in GRAPH_FORMS else meta["results_format"]
        reply.update(form=checked.form, format=extension, truncated=False)
        if extension is None:
            return reply, b""
        body, reply["truncated"] = store.run(text, extension, default, named, max_rows, PREFIXES)
        return reply, body
    except QueryError as error:
        return {"status": error.status, "message": str(error), "headers": error.headers}, b""
    except Exception as error:  # anything else the engine raises is the server's fault, reported as such
        return {"status": 500, "message": f"the query failed in the engine: {error}", "headers": {}}, b""


def _tuple(value: list[str] | None) -> tuple[str, ...] | None:
    return None if value is None else tuple(value)


def _limit_memory(headroom_mb: int) -> None:
    """Cap this worker's address space at its size now (the store loaded) plus `headroom_mb` (Linux; 0: no cap).

    A query that needs more then fails to allocate and ends this worker, which is replaced, instead of
    driving the machine out of memory before its deadline.
    """
    if headroom_mb <= 0:
        return
    try:
        status = Path("/proc/self/status").read_text(encoding="ascii")
    except OSError:
        return
    size_kb = next(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmSize:"))
    limit = (size_kb + headroom_mb * 1024) * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def _leave_network() -> bool:
    """Move this process into a network namespace of its own (no interface up): nothing it runs can reach a host.

    Linux only; with CAP_SYS_ADMIN a network namespace alone, otherwise inside a new user namespace.
    Returns False where the kernel allows neither.
    """
    try:
        unshare = ctypes.CDLL(None, use_errno=True).unshare
    except (AttributeError, OSError):
        return False
    return any(unshare(flags) == 0 for flags in (CLONE_NEWNET, CLONE_NEWUSER | CLONE_NEWNET))
