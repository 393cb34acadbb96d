"""When to try a request again, and how long to wait first.

Retried: connection failures, timeouts, and the statuses that mean "try later" (408, 429,
5xx). Never retried: every other status, and errors that would repeat identically, since
repeating a bad request cannot fix it.

A request that is not idempotent (a POST or PATCH without an idempotency key or the
spec's ``x-idempotent: true``) is sent again only when it never left: the connection
could not be made. After a timeout or a 5xx the server may have acted on it, and a second
attempt could charge a card twice or spend a single-use authorization code.

The server has the last word: ``x-should-retry: false`` stops retries, ``x-should-retry:
true`` allows one even for a request that is not idempotent (the server knows it did not
act). ``retry-after-ms`` and ``Retry-After`` set the wait.
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
# Methods that do the same thing however often they are sent (RFC 9110, 9.2.2); the model
# says so explicitly for the others (RequestSpec.idempotent).
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})
# Failures before the request was written: no connection, or none free in the pool.
NEVER_SENT_ERRORS = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
JITTER = 0.25  # each backoff delay is shortened by up to this fraction, at random


@dataclass(frozen=True)
class Backoff:
    """How long to wait between attempts.

    The n-th retry waits ``initial_delay * 2**(n-1)`` seconds, at most ``max_delay``, minus
    up to a quarter at random so that many clients do not retry in step. A ``Retry-After``
    (or ``retry-after-ms``) header from the server replaces that delay, up to
    ``max_retry_after`` seconds.
    """

    initial_delay: float = INITIAL_RETRY_DELAY
    max_delay: float = MAX_RETRY_DELAY
    max_retry_after: float = MAX_RETRY_AFTER


DEFAULT_BACKOFF = Backoff()


def is_idempotent(method: str, declared: bool | None, keyed: bool = False) -> bool:
    """Whether sending the request twice does no more than sending it once: what the
    spec declared (``declared``), else what the method implies, or whether the request
    carries an idempotency key (``keyed``) the server recognises a repeat by."""
    if declared is not None:
        return declared
    return keyed or method.upper() in IDEMPOTENT_METHODS


def retry_reason(response: httpx.Response, idempotent: bool = True) -> str | None:
    """Why a response is worth retrying, or ``None`` when it is final."""
    status = response.status_code
    verdict = should_retry(response.headers)
    if verdict is not None:
        return f"HTTP {status} (x-should-retry)" if verdict else None
    if idempotent and (status in RETRY_STATUSES or status >= 500):
        return f"HTTP {status}"
    return None


def error_retry_reason(
    error: httpx.RequestError, idempotent: bool = True
) -> str | None:
    """Why a failed attempt is worth retrying, or ``None`` when trying again cannot help
    (or could repeat what a request that is not idempotent already did)."""
    if isinstance(error, NEVER_RETRIED_ERRORS):
        return None
    if not idempotent and not isinstance(error, NEVER_SENT_ERRORS):
        return None
    return type(error).__name__


def should_retry(headers: httpx.Headers) -> bool | None:
    """The server's ``x-should-retry`` verdict: ``True``, ``False`` or ``None`` (none)."""
    value = headers.get("x-should-retry", "").strip().lower()
    return {"true": True, "false": False}.get(value)


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
    """The wait the server asks for in seconds: ``retry-after-ms`` (milliseconds) when
    given, else ``Retry-After`` (seconds or an HTTP date)."""
    milliseconds = headers.get("retry-after-ms")
    if milliseconds is not None:
        try:
            return max(0.0, float(milliseconds) / 1000)
        except ValueError:
            pass  # unreadable: Retry-After may still say
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
