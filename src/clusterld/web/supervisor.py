"""`clusterld serve` in several processes: a supervisor holds the listening socket and forks the web processes
that answer on it.

    pages in memory   (releases of at most `page_memory_max_quads` quads) one process serves at once, reading
                      pages from the on-disk store, while another loads a copy of the store into memory; once
                      that one answers everything (its query workers open), it takes over and the first stops
                      after the requests it is answering. With `web_workers` > 1, the loaded process forks the
                      others, which share its copy of the store (copy on write).
    pages on disk     `web_workers` processes, each opening the on-disk store read-only.

The supervisor loads nothing and starts no thread, so forking from it is safe. It forwards SIGINT and SIGTERM
to the web processes and waits for them; a web process that ends otherwise stops the server (exit status 1),
for whatever runs it to start it again. If the copy cannot be loaded, pages stay on disk.
"""

from __future__ import annotations

import ctypes
import os
import select
import signal
import socket
import sys
import time
import traceback
from typing import Any, Callable

from clusterld.release import Release
from clusterld.settings import Settings
from clusterld.store import ReleaseStore

PR_SET_PDEATHSIG = 1
STOP_WAIT = 30.0  # seconds web processes get to finish their requests before they are killed
MakeApp = Callable[[Any, Settings, Callable[[], None] | None], Any]  # (store, settings, ready) -> application
Run = Callable[[Any, socket.socket], None]  # runs an application on a listening socket until asked to stop


def supervise(settings: Settings, release: Release, in_memory: bool, make_app: MakeApp, run: Run) -> int:
    """Serve `release` in forked web processes until SIGINT or SIGTERM; return the exit status."""
    sock = socket.create_server((settings.host, settings.port), backlog=2048)
    children: dict[int, str] = {}
    stopped_at: list[float] = []

    def stop(signum: int, frame: Any) -> None:
        stopped_at[:] = stopped_at or [time.monotonic()]
        for pid in list(children):
            _signal(pid, signal.SIGTERM)

    signal.signal(signal.SIGINT, stop)
    signal.signal(signal.SIGTERM, stop)
    where = f"release {release.id} for {settings.base} on http://{settings.host}:{settings.port}/"
    disk = (sock, ReleaseStore, release, settings, make_app, run, None)
    ready: int | None = None
    if in_memory:
        children[_fork(_serve, *disk)] = "disk"
        ready, ready_write = os.pipe()
        children[_fork(_serve_in_memory, sock, release, settings, make_app, run, ready_write)] = "memory"
        os.close(ready_write)
        print(f"serving {where} (pages from disk while the store is copied into memory)", flush=True)
    else:
        for _ in range(max(settings.web_workers, 1)):
            children[_fork(_serve, *disk)] = "disk"
        print(f"serving {where} in {len(children)} processes", flush=True)
    status, taken_over = 0, False
    while children:
        readable, _, _ = select.select([ready] if ready is not None else [], [], [], 0.2)
        if readable and ready is not None:
            taken_over = bool(os.read(ready, 1))  # nothing: the loading process ended without taking over
            os.close(ready)
            ready = None
            if taken_over:  # the process that read pages from disk is no longer needed
                for pid in [pid for pid, role in children.items() if role == "disk"]:
                    _signal(pid, signal.SIGTERM)
                    children[pid] = "replaced"
                print(f"serving release {release.id} with pages from memory", flush=True)
        pid, code = os.waitpid(-1, os.WNOHANG)
        if pid == 0:
            if stopped_at and time.monotonic() - stopped_at[0] > STOP_WAIT:
                for pid in list(children):
                    _signal(pid, signal.SIGKILL)
            continue
        role = children.pop(pid, "")
        if stopped_at or role == "replaced":
            continue
        if role == "memory" and not taken_over:
            print(f"the store could not be copied into memory ({_exit_text(code)}); pages stay on disk",
                  file=sys.stderr, flush=True)
            continue
        print(f"a web process ended unexpectedly ({_exit_text(code)}); stopping the server", file=sys.stderr, flush=True)
        status = 1
        stop(signal.SIGTERM, None)
    return status


def _serve(sock: socket.socket, open_store: Callable[[Any], Any], release: Release, settings: Settings,
           make_app: MakeApp, run: Run, ready: Callable[[], None] | None) -> None:
    """A web process: the release's application on the shared socket."""
    run(make_app(open_store(release.path), settings, ready), sock)


def _serve_in_memory(sock: socket.socket, release: Release, settings: Settings, make_app: MakeApp, run: Run,
                     ready_write: int) -> None:
    """Load the store into memory, fork the other web processes (they share the copy), and serve; say when
    ready on `ready_write`."""
    store = ReleaseStore(release.path, in_memory=True)
    others = [_fork(_serve, sock, lambda path: store, release, settings, make_app, run, None)
              for _ in range(max(settings.web_workers, 1) - 1)]

    def ended(signum: int, frame: Any) -> None:
        # one of the others ended (or a query worker did: those are the pool's to reap): stop, as the supervisor
        # stops the server when one of its own ends
        if any(os.waitpid(pid, os.WNOHANG)[0] for pid in others):
            os.kill(os.getpid(), signal.SIGTERM)

    if others:
        signal.signal(signal.SIGCHLD, ended)

    def ready() -> None:
        os.write(ready_write, b"1")

    _serve(sock, lambda path: store, release, settings, make_app, run, ready)


def _fork(target: Callable[..., None], *args: Any) -> int:
    """Run `target(*args)` in a forked process that ends with its parent; return its id."""
    sys.stdout.flush()
    sys.stderr.flush()
    pid = os.fork()
    if pid:
        return pid
    code = 0
    try:
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        _end_with_parent()
        target(*args)
    except BaseException:
        traceback.print_exc()
        code = 1
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)


def _end_with_parent() -> None:
    """Have the kernel send SIGTERM to this process when its parent ends (Linux; elsewhere nothing)."""
    try:
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
    except (AttributeError, OSError):
        pass


def _signal(pid: int, signum: int) -> None:
    try:
        os.kill(pid, signum)
    except ProcessLookupError:  # already gone
        pass


def _exit_text(code: int) -> str:
    return f"signal {os.WTERMSIG(code)}" if os.WIFSIGNALED(code) else f"exit status {os.waitstatus_to_exitcode(code)}"
