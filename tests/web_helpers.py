"""Helpers for HTTP tests: run an ASGI app under a real uvicorn server on a free loopback port."""

from __future__ import annotations

import socket
import threading
import time
from contextlib import contextmanager
from typing import Any, Iterator

import uvicorn


def loopback_socket() -> socket.socket:
    """A socket bound to 127.0.0.1 on a port the kernel picked (so a test can know its URL before serving)."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    return sock


def socket_url(sock: socket.socket) -> str:
    """The root URL (no trailing slash) of a loopback socket."""
    return f"http://127.0.0.1:{sock.getsockname()[1]}"


@contextmanager
def running_server(app: Any, timeout: float = 120.0, sock: socket.socket | None = None) -> Iterator[str]:
    """Serve `app` with uvicorn in a thread on 127.0.0.1 and a free port (or on `sock`); yield its root URL."""
    sock = sock or loopback_socket()  # uvicorn serves on this very socket, so the port cannot be taken meanwhile
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + timeout
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.01)
    try:
        yield socket_url(sock)
    finally:
        server.should_exit = True
        thread.join(timeout)
        sock.close()
