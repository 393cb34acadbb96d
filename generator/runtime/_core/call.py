"""One call described as data: the ``RequestSpec`` an API method builds and the
``RequestOptions`` it was called with.

Kept apart from the helpers in ``request.py`` (which need pydantic) so that creating a
client loads neither pydantic nor any model: they come with the first API class used.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

import httpx

from .pages import Pagination

T = TypeVar("T")
QueryValue = str | int | float | bool | None


@dataclass(frozen=True)
class RequestSpec(Generic[T]):
    operation: str
    method: str
    path: str  # already filled in and percent-encoded
    # What the body of a success decodes to: a class, ``list[...]`` or a union. Typed
    # ``Any`` because a union is not a ``type[T]``; ``T`` comes from the method's annotation.
    response_model: Any
    query: list[tuple[str, QueryValue]] = field(default_factory=list)
    headers: dict[str, str] = field(default_factory=dict)
    json: Any = None
    has_json: bool = False
    content: bytes | None = None
    content_type: str | None = None
    form: dict[str, str | list[str]] | None = (
        None  # urlencoded, or the fields of multipart
    )
    files: list[tuple[str, Any]] | None = None  # multipart file parts
    cookies: dict[str, str] = field(default_factory=dict)
    # The body fields above, for a body sent as the media type the caller chose (see
    # ``encode_body``); they replace the fields given directly.
    body_parts: Mapping[str, Any] = field(default_factory=dict)
    response_kind: str = "json"  # json | text (str) | binary (bytes)
    # The kinds a success may also come as (CSV besides JSON, say): an answer of one of
    # them, by its Content-Type, is read as that kind rather than as ``response_kind``.
    other_kinds: tuple[str, ...] = ()
    accept: str | None = None  # the Accept header; None: JSON, or anything for a file
    # Success statuses the spec documents without a body ("204", "2XX"): an empty answer
    # to them is no fault even when another status declares ``response_model``.
    bodyless: tuple[str, ...] = ()
    # What the body of an error answer decodes to, by the status the spec documents it
    # under: "404", a range like "4XX", or "default" (every status not listed).
    error_models: Mapping[str, Any] = field(default_factory=dict)
    security: tuple[tuple[str, ...], ...] = ()
    auth_overrides: dict[str, str | None] = field(default_factory=dict)
    # Whether sending it twice does no more than once (see retry.py), as the spec's
    # ``x-idempotent`` declares it; None: as the method implies, or as its key makes it.
    idempotent: bool | None = None
    # Where its idempotency key goes, ``("header", "Idempotency-Key")`` or ``("body",
    # "idempotency_key")``: a key the caller left out is made up (a UUID4) once per call,
    # so every attempt carries the same one, and a request that carries it is
    # idempotent. None: it has no key.
    idempotency_key: tuple[str, str] | None = None
    # Where its cursor goes and where an answer names the next page (see pages.py);
    # None: the operation does not paginate.
    pagination: Pagination | None = None


@dataclass(frozen=True)
class RequestOptions:
    """Settings of one call that override the client's; ``None`` keeps the client's."""

    timeout: float | httpx.Timeout | None = None
    max_retries: int | None = None
    extra_headers: Mapping[str, str] | None = None
    extra_query: Mapping[str, QueryValue] | None = None
    extra_body: Mapping[str, Any] | None = None  # merged into a JSON object body


DEFAULT_OPTIONS = RequestOptions()
