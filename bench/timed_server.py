"""`clusterld serve` with each request timed inside the server, for bench/serve.py.

    python bench/timed_server.py --root PROJECT --port PORT

Runs `clusterld serve` unchanged (same command line, application and uvicorn configuration) with the application
wrapped in one ASGI layer that records, per request, the time from the application receiving it to its last body
chunk being handed to uvicorn: the server's own work, without HTTP parsing and the socket. GET /_bench/timings
returns the records as JSON ([path, query, status, milliseconds], in order) and forgets them.
"""

from __future__ import annotations

import json
import sys
import time
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from clusterld.cli import main
from clusterld.web import server

TIMINGS = "/_bench/timings"


class Timed:
    """An ASGI layer recording how long the application takes for each HTTP request."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.records: list[tuple[str, str, int, float]] = []

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if scope["path"] == TIMINGS:
            body, self.records = json.dumps(self.records).encode(), []
            await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"application/json")]})
            await send({"type": "http.response.body", "body": body})
            return
        started, status = time.perf_counter(), 0

        async def timed_send(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            elif message["type"] == "http.response.body" and not message.get("more_body"):
                elapsed = (time.perf_counter() - started) * 1000
                self.records.append((scope["path"], scope["query_string"].decode(), status, elapsed))
            await send(message)

        await self.app(scope, receive, timed_send)


def timed_app(create: Any) -> Any:
    """`create_app`, with its application wrapped in `Timed`."""
    return lambda *args, **kwargs: Timed(create(*args, **kwargs))


if __name__ == "__main__":
    server.create_app = timed_app(server.create_app)  # the one change to what `clusterld serve` runs
    sys.exit(main(["serve", *sys.argv[1:]]))
