"""Helpers for running the web tests on a remote store: a real Oxigraph server, and releases published into it."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from dataclasses import replace
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

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


@contextmanager
def oxigraph_server(location: Path | None = None) -> Iterator[str]:
    """`oxigraph serve` (in memory, or persisted in `location`) on a free loopback port; yield its root URL."""
    sock = loopback_socket()
    port = sock.getsockname()[1]
    sock.close()  # the server binds the port itself; nothing else asks the kernel for one meanwhile
    command = [oxigraph_command(), "serve", "--bind", f"127.0.0.1:{port}"]
    if location is not None:
        command += ["--location", str(location)]
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
    return Settings(store="remote", store_query_url=f"{url}/query", store_gsp_url=f"{url}/store", **values)  # type: ignore[arg-type]


def published(store: ReleaseStore, url: str, settings: Settings) -> RemoteReleaseStore:
    """The release of `store` published into the Oxigraph server at `url`, opened for serving from it."""
    remote_config = replace(settings, store="remote", store_query_url=f"{url}/query", store_gsp_url=f"{url}/store")
    remote = RemoteStore(remote_config, Credentials())
    release = load_release(store.path)
    publish_release(release, remote, grace=0)
    return RemoteReleaseStore(release, remote)


def on_backend(request: pytest.FixtureRequest, store: ReleaseStore, settings: Settings) -> ReleaseStore | RemoteReleaseStore:
    """`store` as the parametrised backend asks: itself (embedded), or published into the module's Oxigraph server."""
    if request.param == "embedded":
        return store
    return published(store, request.getfixturevalue("oxigraph"), settings)
