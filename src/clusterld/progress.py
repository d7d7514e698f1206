"""How `clusterld build` shows where it is: a progress bar on a terminal, plain lines in a log.

The pipeline calls the display with the name of each stage as it starts, and may report counts within the
current stage as `display(stage, done, total)` (e.g. graphs validated). Either way every finished stage is
written as a line with the time it took, so a log and a terminal both keep the time per stage.
"""

from __future__ import annotations

import os
import threading
import time
from types import TracebackType
from typing import Self, TextIO

# the stages `build` goes through, so the bar can show how far along it is; an unknown stage still counts
BUILD_STAGES = ("read", "check", "map", "validate", "store", "dumps", "search", "switch")
BAR_WIDTH = 24
REDRAW_SECONDS = 0.2


class BuildProgress:
    """Stage timer and display: a redrawn bar when `stream` is a terminal, else one line per event."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.bar = stream.isatty()
        self.started = self.stage_started = time.perf_counter()
        self.stage: str | None = None
        self.position = 0
        self.done: int | None = None
        self.total: int | None = None
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._ticker: threading.Thread | None = None

    def __enter__(self) -> Self:
        if self.bar:
            # the elapsed time keeps moving during a long stage even when the pipeline reports nothing
            self._ticker = threading.Thread(target=self._tick, name="build-progress", daemon=True)
            self._ticker.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None) -> None:
        self._stop.set()
        if self._ticker:
            self._ticker.join()
        if kind is None:
            self(None)
            self._write(f"  {'total':<9} {time.perf_counter() - self.started:7.2f} s\n")
        elif self.bar:
            self._clear()  # the error message starts on a clean line

    def __call__(self, stage: str | None, done: int | None = None, total: int | None = None) -> None:
        """Start `stage` (ending the previous one), or report `done` of `total` within the current stage."""
        with self._lock:
            if stage == self.stage and stage is not None:
                self._count(done, total)
                return
            now = time.perf_counter()
            if self.bar:
                self._clear()
            if self.stage:
                self._write(f"  {self.stage:<9} {now - self.stage_started:7.2f} s\n")
            self.stage, self.stage_started, self.done, self.total = stage, now, None, None
            if stage:
                self.position += 1
                if not self.bar:
                    self._write(f"{stage} ...\n")
                self._count(done, total)

    def _count(self, done: int | None, total: int | None) -> None:
        if done is None or not total:
            if self.bar:
                self._draw()
            return
        previous, self.done, self.total = self.done, done, total
        if self.bar:
            self._draw()
        elif previous is None or done * 10 // total != previous * 10 // total:
            # a log gets a line per tenth of the stage, not one per graph
            self._write(f"  {self.stage} {done}/{total}\n")

    def _tick(self) -> None:
        while not self._stop.wait(REDRAW_SECONDS):
            with self._lock:
                if self.stage:
                    self._draw()

    def _draw(self) -> None:
        stages = max(len(BUILD_STAGES), self.position)
        if self.done is not None and self.total:
            fraction, count = self.done / self.total, f" {self.done}/{self.total}"
        else:
            fraction, count = (self.position - 1) / stages, ""
        filled = round(fraction * BAR_WIDTH)
        elapsed = time.perf_counter() - self.stage_started
        line = (f"[{'#' * filled}{'.' * (BAR_WIDTH - filled)}] {self.position}/{stages} {self.stage}{count} "
                f"{elapsed:6.1f} s")
        self._write("\r" + line[: self._columns() - 1] + "\x1b[K")

    def _columns(self) -> int:
        try:
            columns = os.get_terminal_size(self.stream.fileno()).columns
        except (AttributeError, OSError, ValueError):
            columns = 0
        return columns or 80  # a terminal without a size set reports 0

    def _clear(self) -> None:
        self._write("\r\x1b[K")

    def _write(self, text: str) -> None:
        self.stream.write(text)
        self.stream.flush()

