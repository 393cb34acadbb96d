"""How a request picks its credentials among the spec's security schemes.

A credential setting holds a value, or a provider: a function called for each request
that returns the value (a token that expires, one per tenant). On ``AsyncClient`` the
provider may be a coroutine function.
"""

from __future__ import annotations

import base64
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import TypeAlias

from ..errors import MissingCredentialError
from .scheme import Scheme
from .settings import SCHEMES as SCHEMES

# What a credential setting of ``Client`` takes, and of ``AsyncClient``.
Credential: TypeAlias = str | Callable[[], str | None] | None
AsyncCredential: TypeAlias = (
    str | Callable[[], str | None | Awaitable[str | None]] | None
)


def needed(
    alternatives: tuple[tuple[str, ...], ...],
    overrides: Mapping[str, str | None],
    settings: Mapping[str, AsyncCredential],
) -> dict[str, AsyncCredential]:
    """The settings an operation may use, by scheme key; those a call overrides are left
    out, so that their providers are not called for nothing."""
    keys = dict.fromkeys(k for alternative in alternatives for k in alternative)
    return {key: settings.get(key) for key in keys if not overrides.get(key)}


@dataclass(frozen=True)
class Credentials:
    """Where a request's credentials go: header, query and cookie values."""

    headers: dict[str, str]
    query: dict[str, str]
    cookies: dict[str, str]


def _value(scheme: Scheme, raw: str) -> str:
    if scheme.kind == "basic":
        raw = base64.b64encode(raw.encode()).decode("ascii")
    return scheme.prefix + raw


def resolve_credentials(
    operation: str,
    alternatives: tuple[tuple[str, ...], ...],
    overrides: Mapping[str, str | None],
    settings: Mapping[str, str | None],
) -> Credentials:
    """The first alternative whose schemes all have a value; per-call values win."""
    found = Credentials({}, {}, {})
    if not alternatives:
        return found
    for alternative in alternatives:
        values = {key: overrides.get(key) or settings.get(key) for key in alternative}
        if all(values.values()):
            for key, raw in values.items():
                scheme = SCHEMES[key]
                target = getattr(
                    found,
                    {"header": "headers", "query": "query", "cookie": "cookies"}[
                        scheme.location
                    ],
                )
                target[scheme.name] = _value(scheme, str(raw))
            return found
    raise MissingCredentialError(
        f"{operation} needs a credential: {_ways(alternatives)}"
    )


def _ways(alternatives: tuple[tuple[str, ...], ...]) -> str:
    ways = []
    for alternative in alternatives:
        parts = []
        for key in alternative:
            scheme = SCHEMES[key]
            option = f"Client({scheme.setting}=...)"
            if scheme.call_param:
                option = f"pass {scheme.call_param}=... or set {option}"
            else:
                option = f"set {option}"
            parts.append(option)
        ways.append(" and ".join(parts))
    return "; or ".join(ways)
