"""One deadline for a whole attempt: connecting, sending, and reading the entire answer.

httpx's timeouts bound each network operation, not their sum: a server that sends one
byte every second never trips a 60 s read timeout, however long its answer takes. So an
attempt gets a deadline of its own, the longest of its timeout's phases.

``AsyncHttpClient`` runs each attempt under an anyio timeout (asyncio or trio). ``SyncHttpClient`` cannot
interrupt a blocking read from outside without a thread per request, so it shortens the
waits instead: every read and write on a connection waits at most for the time left, and
one that starts after the deadline fails at once. It reaches the connections through
httpcore's ``trace`` extension, which hands over every network stream httpcore opens;
connections an ``http_client`` opened outside this package keep httpx's per-read timeouts.
(One write may still take longer: httpcore sends its buffer in a loop, each ``send``
allowed the wait given to the write, so a server that takes a large request body a few
bytes at a time can stretch that write.)
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from contextvars import ContextVar
from typing import Any

import httpx

# When the attempt running on this thread must end (``time.monotonic()``); None: no limit.
ATTEMPT_DEADLINE: ContextVar[float | None] = ContextVar(
    "attempt_deadline", default=None
)

# httpcore's trace events (``<layer>.<step>.started`` / ``.complete``) around opening a
# stream: a direct connection, a proxy's, a SOCKS proxy's; plain, Unix socket or TLS.
_OPEN_STEPS = [
    f"{layer}.{step}"
    for layer in ("connection", "proxy", "socks")
    for step in ("connect_tcp", "connect_unix_socket", "start_tls")
]
_OPENING = frozenset(f"{step}.started" for step in _OPEN_STEPS)
_OPENED = frozenset(f"{step}.complete" for step in _OPEN_STEPS)


class AttemptTimeout(httpx.TimeoutException):
    """The attempt as a whole ran past its deadline."""


def attempt_seconds(timeout: Mapping[str, float | None]) -> float | None:
    """How long one attempt may take in all: its longest phase (``None``: no limit).

    ``timeout`` is httpx's per-request form, ``{"connect": .., "read": .., ...}``; a phase
    without a limit lifts the deadline, as waiting forever was asked for.
    """
    seconds = 0.0
    for value in timeout.values():
        if value is None:
            return None
        seconds = max(seconds, value)
    return seconds


def time_left(deadline: float, timeout: float | None) -> float:
    """The wait allowed for one network operation: its own timeout, cut to the time left."""
    left = deadline - time.monotonic()
    if left <= 0:
        raise AttemptTimeout("the attempt ran past its deadline")
    return left if timeout is None or timeout > left else timeout


def trace(event: str, info: dict[str, Any]) -> None:
    """httpcore's ``trace`` callback for synchronous requests: bounds the streams it opens."""
    if event in _OPENING:
        deadline = ATTEMPT_DEADLINE.get()
        if deadline is not None and "timeout" in info:
            # httpcore passes these keyword arguments on to the connect or TLS call.
            info["timeout"] = time_left(deadline, info["timeout"])
    elif event in _OPENED:
        _bound(info.get("return_value"))


def _bound(stream: Any) -> None:
    """Make a network stream's reads and writes end by the deadline of the attempt using it.

    The stream outlives the attempt (the pool keeps the connection): the deadline is read
    at each call, so every later attempt on this thread is bounded by its own.
    """
    if stream is None or getattr(stream, "_attempt_deadline_bound", False):
        return
    read, write = stream.read, stream.write

    def read_in_time(max_bytes: int, timeout: float | None = None) -> bytes:
        deadline = ATTEMPT_DEADLINE.get()
        if deadline is not None:
            timeout = time_left(deadline, timeout)
        data: bytes = read(max_bytes, timeout)
        return data

    def write_in_time(buffer: bytes, timeout: float | None = None) -> None:
        deadline = ATTEMPT_DEADLINE.get()
        if deadline is not None:
            timeout = time_left(deadline, timeout)
        write(buffer, timeout)

    try:
        stream.read = read_in_time
        stream.write = write_in_time
        stream._attempt_deadline_bound = True
    except AttributeError:
        pass  # a stream type that takes no new attributes keeps per-read timeouts
