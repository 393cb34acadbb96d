"""Keeping secrets out of everything the client prints: logs, reprs and exception text.

The values stay intact where the program reads them (``result.data.access_token`` is the
token); only their printed forms are replaced by ``***``.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import parse_qsl, urlencode

import httpx

from .auth import SCHEMES
from .settings import SECRET_NAMES

REDACTED = "***"

# Headers that carry credentials, whatever the spec says, plus the spec's own API-key headers.
SENSITIVE_HEADERS = frozenset(
    {
        "authorization",
        "proxy-authorization",
        "cookie",
        "set-cookie",
        "set-cookie2",
        "www-authenticate",
        "proxy-authenticate",
    }
    | {
        scheme.name.lower()
        for scheme in SCHEMES.values()
        if scheme.location == "header"
    }
)
# Words in a header's name that say its value is a secret (X-Auth-Token, X-Api-Key, ...).
SECRET_HEADER_WORDS = (
    "auth",
    "token",
    "secret",
    "key",
    "cookie",
    "session",
    "password",
    "credential",
    "signature",
)
# Query parameters that carry credentials (API keys sent in the query string).
SENSITIVE_QUERY = frozenset(
    scheme.name for scheme in SCHEMES.values() if scheme.location == "query"
)


def is_sensitive_header(name: str) -> bool:
    lower = name.lower()
    return lower in SENSITIVE_HEADERS or any(
        word in lower for word in SECRET_HEADER_WORDS
    )


def redact_headers(headers: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Header pairs for printing: credential values become ``***``."""
    return {
        name: REDACTED if is_sensitive_header(name) else value
        for name, value in headers
    }


def redact_userinfo(url: str) -> str:
    """A URL as text for printing, its ``user:password@`` hidden (it may not parse)."""
    scheme, separator, rest = url.partition("://")
    authority, slash, path = rest.partition("/")
    if not separator or "@" not in authority:
        return url
    return f"{scheme}://{REDACTED}@{authority.rpartition('@')[2]}{slash}{path}"


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
    """httpx logs every request URL at INFO: a ``user:password@`` from the base URL, or an
    API key sent in the query string, must not show."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple):
            record.args = tuple(_url_for_log(arg) for arg in record.args)
        return True


def _url_for_log(arg: Any) -> Any:
    if isinstance(arg, httpx.URL):
        return redact_url(arg)
    if SENSITIVE_QUERY and isinstance(arg, str) and "://" in arg and "?" in arg:
        # Another generated package's filter ran first and left text: hide our keys too.
        try:
            return redact_url(httpx.URL(arg))
        except httpx.InvalidURL:
            return arg
    return arg


# A bytes literal as repr() writes it, in either kind of quotes.
_BYTES = r"""b(?:'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")"""
# One header in httpcore's DEBUG trace: (b'Set-Cookie', b'session=...').
_TRACED_HEADER = re.compile(rf"\(({_BYTES}), ({_BYTES})\)")


def _hide_traced_header(match: re.Match[str]) -> str:
    name = match.group(1)[2:-1]
    if not is_sensitive_header(name):
        return match.group(0)
    return f"({match.group(1)}, b'{REDACTED}')"


class _HideCredentialsInHttpcoreTrace(logging.Filter):
    """httpcore's DEBUG trace prints every response header (``Set-Cookie``,
    ``WWW-Authenticate``, ...) inside its already formatted messages."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if "(b" in message:
            hidden = _TRACED_HEADER.sub(_hide_traced_header, message)
            if hidden != message:
                record.msg, record.args = hidden, ()
        return True


# A logger's filters see only the records logged to that very logger, so each of
# httpcore's loggers gets one. Installed once per logger, even if the package is reloaded.
HTTPCORE_LOGGERS = (
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "httpcore.socks",
)


def _install(logger_name: str, log_filter: logging.Filter) -> None:
    logger = logging.getLogger(logger_name)
    kind = _kind(log_filter)
    if not any(_kind(f) == kind for f in logger.filters):
        logger.addFilter(log_filter)


def _kind(log_filter: object) -> str:
    # By name, not class: reloading this module makes new classes of the same filters.
    return f"{type(log_filter).__module__}.{type(log_filter).__qualname__}"


_install("httpx", _HideCredentialsInHttpxUrls())
for _name in HTTPCORE_LOGGERS:
    _install(_name, _HideCredentialsInHttpcoreTrace())
