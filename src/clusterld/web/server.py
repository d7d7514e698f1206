"""`clusterld serve`: open the release to serve and run the application under uvicorn.

On the embedded store the release is build/current. Its pages are read from a copy of the store in memory when
it holds at most `page_memory_max_quads` quads, and requests are answered in `web_workers` processes; either
makes `serve` a supervisor of forked web processes (web/supervisor.py).

On a remote store the release is the one the store's control graph names; each web process re-reads that
pointer at most every `store_pointer_ttl` seconds and moves to a newly published release on its own, so any
number of processes on one store serve the same release.
"""

from __future__ import annotations

import asyncio
import functools
import gc
import socket
import time
from contextlib import AsyncExitStack
from typing import Any, Mapping

import uvicorn
from starlette.types import Receive, Scope, Send

from clusterld.errors import ReleaseError, StoreError
from clusterld.release import current_release, load_release
from clusterld.remote import Credentials, RemoteReleaseStore, RemoteStore, check_remote_settings
from clusterld.settings import Settings
from clusterld.store import ReleaseStore
from clusterld.web.app import create_app
from clusterld.web.supervisor import supervise

HEADER_ROOM = 64 * 1024  # request line and headers besides the query string
ACCEPTED_GRACE = 0.5  # seconds a stopping server gives connections it has just accepted to send their request
# A page makes tens of thousands of short-lived objects. At the interpreter's default (a young collection every
# 700) each page sets off dozens of collections, which move the page being built into the older generations,
# whose collections then walk every term and description the process keeps: a fifth of a page's time at
# N=5000 (bench/serve_ab.py).
YOUNG_COLLECTION = 10_000


class Server(uvicorn.Server):
    """uvicorn's server, which on stopping answers the requests of connections it has already accepted."""

    def __init__(self, config: uvicorn.Config, accepted_grace: float = ACCEPTED_GRACE) -> None:
        super().__init__(config)
        self.accepted_grace = accepted_grace

    def run(self, sockets: list[socket.socket] | None = None) -> None:
        """Serve until asked to stop, with the garbage collector tuned for a web process."""
        collect_less()
        super().run(sockets=sockets)

    async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
        """Stop accepting, let just-accepted connections send their request, then stop as uvicorn does."""
        # uvicorn closes a connection that has not yet sent its request at once; on a socket shared with other
        # web processes (a handover, `--workers`) that connection was meant for this process and gets no answer
        for server in self.servers:
            server.close()
        for sock in sockets or []:
            sock.close()
        if self.server_state.connections:
            await asyncio.sleep(self.accepted_grace)
        await super().shutdown()


def collect_less() -> None:
    """Tune this process's garbage collector for serving: what it holds now (modules, templates, the store's
    copy) is never collected, and young collections run every `YOUNG_COLLECTION` allocations."""
    gc.freeze()
    gc.set_threshold(YOUNG_COLLECTION, *gc.get_threshold()[1:])


def uvicorn_config(app: Any, settings: Settings, **options: Any) -> uvicorn.Config:
    """The uvicorn configuration for `app`: a request line long enough for the app itself to answer 414."""
    # h11 refuses longer request heads with a bare 400 before the app sees them
    return uvicorn.Config(app, h11_max_incomplete_event_size=settings.max_query_bytes + HEADER_ROOM, **options)


def remote_release(settings: Settings, remote: RemoteStore) -> RemoteReleaseStore:
    """The release the remote store's pointer names, with its folder under build/releases/."""
    release = remote.current_release()
    if release is None:
        raise ReleaseError(f"the remote store at {settings.store_query_url} has no release for {settings.base}; "
                           "run `clusterld build --store remote` first")
    folder = settings.build_dir / "releases" / release
    if not folder.is_dir():
        raise ReleaseError(f"release {release} is current in the remote store but its folder {folder} (manifest, "
                           "dumps, search index) is missing; share or copy build/releases/ from the build host")
    return RemoteReleaseStore(load_release(folder), remote)


class FollowingApp:
    """The application for the remote store's current release, rebuilt when the pointer moves on."""

    def __init__(self, settings: Settings, remote: RemoteStore) -> None:
        self.settings = settings
        self.remote = remote
        self.release = ""
        self.app: Any = None
        self.checked = 0.0
        self._lock = asyncio.Lock()
        self._stack = AsyncExitStack()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
            return
        if time.monotonic() - self.checked > self.settings.store_pointer_ttl:
            await self._follow()
        await self.app(scope, receive, send)

    async def _lifespan(self, receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                try:
                    await self._follow()
                except Exception as error:
                    await send({"type": "lifespan.startup.failed", "message": str(error)})
                    return
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await self._stack.aclose()
                await asyncio.to_thread(self.remote.close)
                await send({"type": "lifespan.shutdown.complete"})
                return

    async def _follow(self) -> None:
        """Read the pointer (once for all requests waiting on it) and move to the release it names."""
        async with self._lock:
            if self.app is not None and time.monotonic() - self.checked <= self.settings.store_pointer_ttl:
                return
            try:
                current = await asyncio.to_thread(self.remote.current_release)
            except StoreError:
                if self.app is None:
                    raise
                current = self.release  # the store is unreachable for now: keep serving what was read last
            if current != self.release:
                store = await asyncio.to_thread(remote_release, self.settings, self.remote)
                app = create_app(store, self.settings)
                # the replaced application's queries may still be running: it is closed with the server
                await self._stack.enter_async_context(app.router.lifespan_context(app))
                self.app, self.release = app, store.release_id
                print(f"serving release {self.release} from the remote store", flush=True)
            self.checked = time.monotonic()


def serve(settings: Settings, credentials: Credentials) -> int:
    """Serve the current release until interrupted; return the exit status."""
    check_remote_settings(settings)
    app: Any
    if settings.store == "remote":
        app = FollowingApp(settings, RemoteStore(settings, credentials))
        where = f"the remote store at {settings.store_query_url}"
    else:
        release = current_release(settings.build_dir)
        in_memory = pages_in_memory(release.manifest, settings)
        # pages at once: a query sent while the query workers open the store waits for them
        make_app = functools.partial(create_app, workers_wait=0.0)
        if in_memory or settings.web_workers > 1:
            return supervise(settings, release, in_memory, make_app, functools.partial(_run, settings))
        app = make_app(ReleaseStore(release.path), settings)
        where = f"release {release.id}"
    print(f"serving {where} for {settings.base} on http://{settings.host}:{settings.port}/")
    Server(uvicorn_config(app, settings, host=settings.host, port=settings.port, log_level="info")).run()
    return 0


def pages_in_memory(manifest: Mapping[str, Any], settings: Settings) -> bool:
    """Whether pages are read from a copy of the store in memory: when the release holds few enough quads."""
    return sum(manifest["counts"]["graphs"].values()) <= settings.page_memory_max_quads


def _run(settings: Settings, app: Any, sock: socket.socket) -> None:
    """Run `app` under uvicorn on a listening socket until asked to stop."""
    config = uvicorn_config(app, settings, host=settings.host, port=settings.port, log_level="info")
    Server(config).run(sockets=[sock])
