"""What a run tells the person waiting for it: the stage it is in, and with ``-v`` how long
each stage took.

The pipeline marks its stages with ``stage(name, detail)``; the command line decides who
listens (``listen``). The live line is drawn on stderr only when stderr is a terminal and
the run has taken longer than ``LIVE_AFTER`` seconds, so short runs, pipes, logs and CI
output stay clean. It uses no colour, so there is nothing for ``NO_COLOR`` to turn off.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import NamedTuple, TextIO

LIVE_AFTER = 0.5  # seconds: below this a run is over before a line would help
_CLEAR = "\r\x1b[K"  # back to the start of the line and erase it: not a colour


class StageTime(NamedTuple):  # not a dataclass: see generator.shared.diagnostics
    name: str
    detail: str
    seconds: float


class Listener:
    """Where stages are reported for one run."""

    def __init__(self, stream: TextIO, live: bool, timings: bool, label: str = "generate"):
        self.stream = stream
        self.live = live  # draw the current stage on the terminal
        self.timings = timings  # print each stage's time at the end (-v)
        self.label = label
        self.started = time.perf_counter()
        self.done: list[StageTime] = []
        self._current = ""
        self._drawn = False
        self._lock = threading.Lock()
        self._timer: threading.Timer | None = None

    def begin(self, name: str, detail: str) -> None:
        if not self.live:
            return
        wait = LIVE_AFTER - (time.perf_counter() - self.started)
        with self._lock:
            self._current = f"{self.label}: {name}" + (f" ({detail})" if detail else "") + " ..."
            if wait <= 0:
                self._draw()
        if wait > 0 and self._timer is None:
            self._timer = threading.Timer(wait, self._show)
            self._timer.daemon = True
            self._timer.start()

    def _show(self) -> None:
        with self._lock:
            if self._current:
                self._draw()

    def _draw(self) -> None:
        self.stream.write(_CLEAR + self._current)
        self.stream.flush()
        self._drawn = True

    def end(self, name: str, detail: str, seconds: float) -> None:
        self.done.append(StageTime(name, detail, seconds))

    def erase(self) -> None:
        """Take the live line away before other output; the next stage draws it again."""
        with self._lock:
            if self._drawn:
                self.stream.write(_CLEAR)
                self.stream.flush()
                self._drawn = False

    def close(self) -> None:
        """Erase the live line and, with -v, print the timings."""
        if self._timer is not None:
            self._timer.cancel()
        with self._lock:
            self._current = ""
            if self._drawn:
                self.stream.write(_CLEAR)
                self._drawn = False
        if self.timings:
            for step in self.done:
                detail = f" ({step.detail})" if step.detail else ""
                self.stream.write(f"time: {step.name} {step.seconds:.2f} s{detail}\n")
            total = time.perf_counter() - self.started
            self.stream.write(f"time: total {total:.2f} s\n")
        self.stream.flush()


_listener: Listener | None = None


def counted(number: int, singular: str, plural: str = "") -> str:
    """``1 model``, ``2 models``: counts for the stage details."""
    return f"{number} {singular if number == 1 else plural or singular + 's'}"


def is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty() and os.environ.get("TERM") != "dumb"
    except (AttributeError, ValueError):
        return False


@contextmanager
def listen(stream: TextIO, *, timings: bool, quiet: bool, label: str) -> Iterator[None]:
    """Report the stages run inside this block on ``stream``."""
    global _listener
    live = not quiet and is_terminal(stream)
    listener = Listener(stream, live=live, timings=timings, label=label)
    _listener = listener
    try:
        yield
    finally:
        _listener = None
        listener.close()


def erase() -> None:
    """Before printing a line of output: the live progress line must not be in its way."""
    if _listener is not None:
        _listener.erase()


class Stage:
    """One running stage; ``detail`` may be set once its counts are known (for -v)."""

    def __init__(self, name: str, detail: str) -> None:
        self.name = name
        self.detail = detail


@contextmanager
def stage(name: str, detail: str = "") -> Iterator[Stage]:
    """Mark a stage of the run (no cost when nobody listens)."""
    listener = _listener
    current = Stage(name, detail)
    if listener is None:
        yield current
        return
    listener.begin(name, detail)
    started = time.perf_counter()
    try:
        yield current
    finally:
        listener.end(name, current.detail, time.perf_counter() - started)
