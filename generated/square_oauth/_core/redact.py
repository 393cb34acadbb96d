"""Keeping secrets out of everything the client prints: logs, reprs and exception text.

The values stay intact where the program reads them (``result.data.access_token`` is the
token); only their printed forms are replaced by ``***``.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import parse_qsl, urlencode

import httpx

from .auth import SCHEMES
from .settings import SECRET_NAMES

REDACTED = "***"

# Headers that carry credentials, whatever the spec says, plus the spec's own API-key headers.
SENSITIVE_HEADERS = frozenset(
    {"authorization", "proxy-authorization", "cookie", "set-cookie"}
    | {
        scheme.name.lower()
        for scheme in SCHEMES.values()
        if scheme.location == "header"
    }
)
# Query parameters that carry credentials (API keys sent in the query string).
SENSITIVE_QUERY = frozenset(
    scheme.name for scheme in SCHEMES.values() if scheme.location == "query"
)


def redact_headers(headers: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Header pairs for printing: credential values become ``***``."""
    return {
        name: REDACTED if name.lower() in SENSITIVE_HEADERS else value
        for name, value in headers
    }


def redact_url(url: httpx.URL) -> str:
    """The URL for printing: credential query parameters and any userinfo hidden."""
    if url.userinfo:
        url = url.copy_with(username=REDACTED, password=None)
    if not SENSITIVE_QUERY or not url.query:
        return str(url)
    pairs = parse_qsl(url.query.decode("ascii"), keep_blank_values=True)
    hidden = [(k, REDACTED if k in SENSITIVE_QUERY else v) for k, v in pairs]
    return str(url.copy_with(query=urlencode(hidden, safe="*").encode("ascii")))


def redact_data(value: Any) -> Any:
    """Decoded JSON for printing: the values of secret fields become ``***``."""
    if isinstance(value, Mapping):
        return {
            key: (
                REDACTED
                if isinstance(key, str) and key in SECRET_NAMES and item is not None
                else redact_data(item)
            )
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [redact_data(item) for item in value]
    return value


class _HideCredentialsInHttpxUrls(logging.Filter):
    """httpx logs every request URL at INFO; API keys sent in the query string must not show."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple) and any(
            isinstance(arg, httpx.URL) for arg in record.args
        ):
            record.args = tuple(
                redact_url(arg) if isinstance(arg, httpx.URL) else arg
                for arg in record.args
            )
        return True


# Installed only when this API sends credentials in the query string; it rewrites nothing else.
if SENSITIVE_QUERY:
    logging.getLogger("httpx").addFilter(_HideCredentialsInHttpxUrls())
