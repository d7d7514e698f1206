"""The query worker processes: started (a fresh interpreter each), waited for until they have opened the store,
and killed; the pool (sparql/pool.py) decides which runs what."""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import socket
import threading
from dataclasses import dataclass, field
from multiprocessing.process import BaseProcess
from typing import Any

from clusterld.sparql.worker import Channel, WorkerConfig, read_message, serve

LOG = logging.getLogger("clusterld.sparql.pool")


@dataclass(eq=False)
class Worker:
    """One worker process and the socket the pool speaks to it over."""

    process: BaseProcess
    sock: socket.socket
    channel: Channel = field(default_factory=Channel)

    @property
    def alive(self) -> bool:
        return not self.channel.lost and self.process.is_alive()

    async def attach(self) -> None:
        """Read this worker's replies on the event loop from now on (its socket was blocking until its hello)."""
        await asyncio.get_running_loop().connect_accepted_socket(lambda: self.channel, self.sock)


class WorkerProcesses:
    """The worker processes started and not yet killed, for one store; started and stopped from any thread."""

    def __init__(self, config: WorkerConfig, start_timeout: float) -> None:
        self.config = config
        self._start_timeout = start_timeout
        self._context = multiprocessing.get_context("spawn")  # a fresh interpreter: no locks or threads inherited
        self._workers: set[Worker] = set()
        self._lock = threading.Lock()  # workers are started and stopped from other threads too
        self._closed = False

    @property
    def any_started(self) -> bool:
        """Whether some worker is started and not killed."""
        return bool(self._workers)

    def close(self) -> None:
        """Stop every worker, busy or not, and start no more."""
        with self._lock:
            self._closed = True
            workers = list(self._workers)
        for worker in workers:
            self.kill(worker)
            worker.process.join()

    def spawn(self) -> Worker | None:
        """Start a worker process, unless closed (under the lock, so `close` cannot miss it)."""
        with self._lock:
            if self._closed:
                return None
            ours, theirs = socket.socketpair()
            process = self._context.Process(
                target=serve, args=(theirs, self.config), name="clusterld-query", daemon=True
            )
            process.start()
            theirs.close()
            worker = Worker(process, ours)
            self._workers.add(worker)
            return worker

    def await_ready(self, worker: Worker) -> bool:
        """Wait for a worker's hello; a worker that never says it is stopped (an error unless closed meanwhile)."""
        timeout = self._start_timeout
        try:
            worker.sock.settimeout(timeout)
            hello: Any = read_message(worker.sock)[0]
            worker.sock.setblocking(False)
        except OSError:  # the worker failed, took too long, or the pool was closed meanwhile
            hello = None
        if hello is None:
            self.kill(worker)
            worker.process.join()
            if self._closed:
                return False
            raise RuntimeError(
                f"a query worker did not start: it failed or could not open {self.config.store_path} "
                f"within {timeout:g} s (setting query_worker_start_timeout)"
            )
        if not hello["network_isolated"]:
            LOG.warning("query worker runs without network isolation (no network namespace available); "
                        "SERVICE and LOAD are still refused before evaluation")
        return True

    def kill(self, worker: Worker) -> None:
        """Kill a worker process (whoever joins it)."""
        with self._lock:
            self._workers.discard(worker)
        worker.process.kill()
        if worker.channel.transport is None:  # an attached socket is closed by its transport, at the worker's end
            worker.sock.close()
