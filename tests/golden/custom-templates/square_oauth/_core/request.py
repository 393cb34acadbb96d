"""A request described as data: what API methods build and clients send.

Building is pure (arguments in, ``RequestSpec`` out), so the sync and async clients share
everything but the line that does I/O.
"""

from __future__ import annotations

import enum
import warnings
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar
from urllib.parse import quote

import httpx
from pydantic import BaseModel

T = TypeVar("T")
QueryValue = str | int | float | bool | None


@dataclass(frozen=True)
class RequestSpec(Generic[T]):
    operation: str
    method: str
    path: str  # already filled in and percent-encoded
    response_model: type[T] | None
    query: list[tuple[str, QueryValue]] = field(default_factory=list)
    headers: dict[str, str] = field(default_factory=dict)
    json: Any = None
    has_json: bool = False
    content: bytes | None = None
    content_type: str | None = None
    security: tuple[tuple[str, ...], ...] = ()
    auth_overrides: dict[str, str | None] = field(default_factory=dict)


@dataclass(frozen=True)
class RequestOptions:
    """Settings of one call that override the client's; ``None`` keeps the client's."""

    timeout: float | httpx.Timeout | None = None
    max_retries: int | None = None
    extra_headers: Mapping[str, str] | None = None
    extra_query: Mapping[str, QueryValue] | None = None


DEFAULT_OPTIONS = RequestOptions()


def encode_path(template: str, values: Mapping[str, Any]) -> str:
    """Fill ``{name}`` placeholders; every value is percent-encoded, slashes included."""
    path = template
    for name, value in values.items():
        path = path.replace("{" + name + "}", quote(_scalar(value), safe=""))
    return path


def _scalar(value: Any) -> str:
    if isinstance(value, enum.Enum):
        value = value.value
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def query_pairs(values: Mapping[str, Any]) -> list[tuple[str, QueryValue]]:
    """Query parameters in form style: lists repeat the name, unset values are left out."""
    pairs: list[tuple[str, QueryValue]] = []
    for name, value in values.items():
        if value is None:
            continue
        for item in value if isinstance(value, (list, tuple)) else [value]:
            pairs.append((name, _scalar(item)))
    return pairs


def header_values(values: Mapping[str, Any]) -> dict[str, str]:
    return {name: _scalar(value) for name, value in values.items() if value is not None}


def json_body(body: Any) -> Any:
    """A model becomes its wire JSON (only fields that were set); dicts go as given."""
    if isinstance(body, BaseModel):
        return body.model_dump(mode="json", by_alias=True, exclude_unset=True)
    if isinstance(body, list):
        return [json_body(item) for item in body]
    return body


def warn_deprecated(message: str) -> None:
    # stacklevel 3: past this helper and the API method, to the caller's line.
    warnings.warn(message, DeprecationWarning, stacklevel=3)
