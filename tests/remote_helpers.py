"""Helpers for running the web tests on a remote store: a real Oxigraph server, and releases published into it."""

from __future__ import annotations

import shutil
import subprocess
import sys
import threading
import time
from contextlib import contextmanager
from dataclasses import replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Iterator, Mapping

import httpx
import pytest

from clusterld.publication import publish_release
from clusterld.release import load_release
from clusterld.remote import Credentials, RemoteReleaseStore, RemoteStore
from clusterld.settings import Settings
from clusterld.store import ReleaseStore

from web_helpers import loopback_socket

BACKENDS = ("embedded", "remote")


def oxigraph_command() -> str:
    """The `oxigraph` server program of the PyPI package `oxigraph` (a test dependency)."""
    found = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
    if not Path(found).exists():
        raise RuntimeError("the Oxigraph server is missing: pip install -e '.[test]' installs it")
    return found


Heard = list[tuple[Mapping[str, str], bytes]]


@contextmanager
def recording_listener(body: bytes, headers: Mapping[str, str]) -> Iterator[tuple[str, Heard]]:
    """A loopback HTTP server answering every POST with SPARQL JSON results `body` and extra `headers`, as a
    store whose answers a test needs to choose (a cut answer, say); yield its URL and each request's headers
    and body as it heard them."""
    heard: Heard = []

    class Listener(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            heard.append((self.headers, self.rfile.read(int(self.headers.get("Content-Length", 0)))))
            self.send_response(200)
            self.send_header("Content-Type", "application/sparql-results+json")
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            """Quiet."""

    server = ThreadingHTTPServer(("127.0.0.1", 0), Listener)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", heard
    finally:
        server.shutdown()
        server.server_close()


@contextmanager
def oxigraph_server(timeout: int = 30) -> Iterator[str]:
    """`oxigraph serve` (in memory, queries stopped after `timeout` s) on a free loopback port; yield its root URL."""
    sock = loopback_socket()
    port = sock.getsockname()[1]
    sock.close()  # the server binds the port itself; nothing else asks the kernel for one meanwhile
    command = [oxigraph_command(), "serve", "--bind", f"127.0.0.1:{port}", "--timeout-s", str(timeout)]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                httpx.get(f"{url}/query", params={"query": "ASK {}"}, timeout=1)
                break
            except httpx.TransportError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"oxigraph serve did not start: {process.stderr.read().decode()}") from None
                time.sleep(0.05)
        yield url
    finally:
        process.terminate()
        process.wait(10)


def remote_settings(url: str, **values: object) -> Settings:
    """Settings for a remote store served by `oxigraph serve` at `url`."""
    return Settings(**oxigraph_endpoints(url), **values)  # type: ignore[arg-type]


def oxigraph_endpoints(url: str) -> dict[str, str]:
    """The store settings for `oxigraph serve` at `url`."""
    return {"store": "remote", "store_query_url": f"{url}/query", "store_gsp_url": f"{url}/store"}


def external_endpoints(environ: Mapping[str, str]) -> dict[str, str] | None:
    """The store settings for another store the tests are pointed at (CLUSTERLD_TEST_STORE_*), if any."""
    if not environ.get("CLUSTERLD_TEST_STORE_QUERY_URL"):
        return None
    return {"store": "remote", **{f"store_{kind}_url": environ.get(f"CLUSTERLD_TEST_STORE_{kind.upper()}_URL", "")
                                  for kind in ("query", "gsp", "update")}}


def published(store: ReleaseStore, endpoints: Mapping[str, str], settings: Settings) -> RemoteReleaseStore:
    """The release of `store` published into the remote store at `endpoints`, opened for serving from it."""
    remote = RemoteStore(replace(settings, **endpoints), Credentials())
    release = load_release(store.path)
    publish_release(release, remote, grace=0)
    return RemoteReleaseStore(release, remote)


def on_backend(request: pytest.FixtureRequest, store: ReleaseStore, settings: Settings) -> ReleaseStore | RemoteReleaseStore:
    """`store` as the parametrised backend asks: itself (embedded), or published into the module's remote store."""
    if request.param == "embedded":
        return store
    return published(store, request.getfixturevalue("remote_endpoints"), settings)
