"""When to try a request again, and how long to wait first.

Retried: connection failures, timeouts, and the statuses that mean "try later" (408, 429,
5xx). Never retried: every other status, and errors that would repeat identically, since
repeating a bad request cannot fix it.
"""

from __future__ import annotations

import email.utils
import random
import time
from dataclasses import dataclass

import httpx

from .settings import INITIAL_RETRY_DELAY, MAX_RETRIES, MAX_RETRY_AFTER, MAX_RETRY_DELAY

DEFAULT_MAX_RETRIES = MAX_RETRIES
RETRY_STATUSES = frozenset({408, 429})  # plus every 5xx
# Failures that repeat identically: a URL httpx cannot send to, a request it cannot
# encode, a body it cannot decode, a redirect loop.
NEVER_RETRIED_ERRORS = (
    httpx.UnsupportedProtocol,
    httpx.LocalProtocolError,
    httpx.DecodingError,
    httpx.TooManyRedirects,
)
JITTER = 0.25  # each backoff delay is shortened by up to this fraction, at random


@dataclass(frozen=True)
class Backoff:
    """How long to wait between attempts.

    The n-th retry waits ``initial_delay * 2**(n-1)`` seconds, at most ``max_delay``, minus
    up to a quarter at random so that many clients do not retry in step. A ``Retry-After``
    header from the server replaces that delay, up to ``max_retry_after`` seconds.
    """

    initial_delay: float = INITIAL_RETRY_DELAY
    max_delay: float = MAX_RETRY_DELAY
    max_retry_after: float = MAX_RETRY_AFTER


DEFAULT_BACKOFF = Backoff()


def retry_reason(response: httpx.Response) -> str | None:
    """Why a response is worth retrying, or ``None`` when it is final."""
    status = response.status_code
    if status in RETRY_STATUSES or status >= 500:
        return f"HTTP {status}"
    return None


def error_retry_reason(error: httpx.RequestError) -> str | None:
    """Why a failed attempt is worth retrying, or ``None`` when trying again cannot help."""
    if isinstance(error, NEVER_RETRIED_ERRORS):
        return None
    return type(error).__name__


def retry_delay(
    backoff: Backoff, retries_done: int, response: httpx.Response | None
) -> float:
    """Seconds to wait before retry number ``retries_done + 1``."""
    if response is not None:
        asked = retry_after(response.headers)
        if asked is not None:
            return min(asked, backoff.max_retry_after)
    delay = min(backoff.initial_delay * 2.0**retries_done, backoff.max_delay)
    return delay * (1 - JITTER * random.random())


def retry_after(headers: httpx.Headers) -> float | None:
    """The ``Retry-After`` header in seconds (it may be a number or an HTTP date)."""
    value = headers.get("retry-after")
    if value is None:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        moment = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return max(0.0, moment.timestamp() - time.time())
