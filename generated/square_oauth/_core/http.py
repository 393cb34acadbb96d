"""Sending requests: one configuration, one way to build and read, two ways to send.

``SyncHttpClient`` and ``AsyncHttpClient`` differ only in the lines that do I/O (send,
sleep, close); building the request, deciding on a retry, logging and reading the response
are shared in ``_BaseHttpClient``.

Creating a client stays cheap: pydantic, the models and ``anyio`` are imported on first
use, and the ``httpx`` client (whose TLS setup is the slow part) is made by the first
request that needs it. Per call, the work that does not change between calls (parsing the
URL of a path, building a validator for a response type) is done once and kept.
"""

from __future__ import annotations

import dataclasses
import inspect
import json
import logging
import platform
import threading
import time
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import quote

import httpx

from ..errors import ApiConnectionError, ApiResponseValidationError, ApiTimeoutError
from . import pages
from .auth import AsyncCredential, needed, resolve_credentials
from .call import DEFAULT_OPTIONS, QueryValue, RequestOptions, RequestSpec
from .deadline import ATTEMPT_DEADLINE, AttemptTimeout, attempt_seconds, trace
from .redact import redact_headers, redact_url
from .result import ApiResult
from .retry import (
    Backoff,
    error_retry_reason,
    is_idempotent,
    retry_delay,
    retry_reason,
)
from .settings import (
    CONNECT_TIMEOUT_SECONDS,
    ERRORS_FIELD,
    LOGGER_NAME,
    TIMEOUT_SECONDS,
    USER_AGENT_PREFIX,
    error_item_type,
)
from .sse import AsyncEventStream, EventStream

if TYPE_CHECKING:
    from pydantic import TypeAdapter, ValidationError

    from .settings import ErrorItem

T = TypeVar("T")

logger = logging.getLogger(LOGGER_NAME)

DEFAULT_TIMEOUT = httpx.Timeout(TIMEOUT_SECONDS, connect=CONNECT_TIMEOUT_SECONDS)
USER_AGENT = (
    f"{USER_AGENT_PREFIX} python/{platform.python_version()} httpx/{httpx.__version__}"
)
# Response models are validated with this context, so they know the server sent them.
FROM_SERVER = {"from_server": True}
# Parsed URLs kept per client; a full cache is emptied (paths with ids in them vary).
URL_CACHE_SIZE = 256
SYNC_EXTENSIONS = {"trace": trace}


@dataclass(frozen=True)
class ClientConfig:
    base_url: str
    # scheme key -> credential, or a function that returns it (called per request)
    credentials: Mapping[str, AsyncCredential]
    headers: Mapping[str, str]  # sent with every request
    timeout: httpx.Timeout
    max_retries: int
    backoff: Backoff


def as_timeout(value: float | httpx.Timeout) -> httpx.Timeout:
    return value if isinstance(value, httpx.Timeout) else httpx.Timeout(value)


def changed_config(
    config: ClientConfig,
    *,
    credentials: Mapping[str, AsyncCredential],
    base_url: str | None,
    timeout: float | httpx.Timeout | None,
    max_retries: int | None,
    backoff: Backoff | None,
    headers: Mapping[str, str] | None,
) -> ClientConfig:
    """``config`` with what ``with_options`` was given: ``None`` keeps a setting, the
    headers given are added to (and win over) the client's."""
    if max_retries is not None and max_retries < 0:
        raise ValueError(f"max_retries must be 0 or more, not {max_retries}")
    given = {key: value for key, value in credentials.items() if value is not None}
    return dataclasses.replace(
        config,
        base_url=config.base_url if base_url is None else base_url.rstrip("/"),
        credentials={**config.credentials, **given},
        headers={**config.headers, **(headers or {})},
        timeout=config.timeout if timeout is None else as_timeout(timeout),
        max_retries=config.max_retries if max_retries is None else max_retries,
        backoff=backoff or config.backoff,
    )


def _with_key(
    spec: RequestSpec[Any], headers: dict[str, str], body: Any
) -> tuple[dict[str, str], Any]:
    """The headers and body with the idempotency key the caller left out: made up once
    per call (the request is built once), so every attempt sends the same key."""
    if spec.idempotency_key is None:
        return headers, body
    where, name = spec.idempotency_key
    if where == "header":
        if name.lower() not in (key.lower() for key in headers):
            headers[name] = str(uuid.uuid4())
    elif isinstance(body, dict) and body.get(name) is None:
        body = {**body, name: str(uuid.uuid4())}
    return headers, body


def _carries_key(spec: RequestSpec[Any], request: httpx.Request) -> bool:
    """Whether the request as sent holds its idempotency key: an optional body left out
    has no field to hold it."""
    if spec.idempotency_key is None:
        return False
    where, name = spec.idempotency_key
    if where == "header":
        return name in request.headers
    try:
        body = json.loads(request.content) if request.content else None
    except ValueError:
        return False
    return isinstance(body, dict) and body.get(name) is not None


def _with_extra_body(spec: RequestSpec[Any], extra: Mapping[str, Any]) -> Any:
    """The JSON body with ``extra_body`` merged in (its fields win), or ``extra_body``
    alone when the call sends no body."""
    if spec.has_json and isinstance(spec.json, dict):
        return {**spec.json, **extra}
    if (
        not spec.has_json
        and spec.content is None
        and spec.form is None
        and not spec.files
    ):
        return dict(extra)
    raise TypeError(
        f"{spec.operation}: extra_body needs a JSON object body to merge into"
    )


class _BaseHttpClient:
    def __init__(self, config: ClientConfig) -> None:
        self.config = config
        self._urls: dict[str, httpx.URL] = {}
        # Our own httpx client is made by the first request: its TLS setup (reading the
        # CA certificates) would be most of the time it takes to create a client.
        self._lock = threading.Lock()
        self._closed = False

    def check_open(self) -> None:
        if self._closed:
            # What httpx says of a closed client; ours was closed before it was needed.
            raise RuntimeError("Cannot send a request, as the client has been closed.")

    def url(self, path: str) -> httpx.URL:
        """The absolute URL of a path. Parsing a URL costs more than the rest of building
        a request, and an API calls the same paths again and again: parsed once, kept.
        """
        url = self._urls.get(path)
        if url is None:
            if len(self._urls) >= URL_CACHE_SIZE:
                self._urls.clear()
            url = self._urls[path] = httpx.URL(self.config.base_url + path)
        return url

    def needed_credentials(self, spec: RequestSpec[Any]) -> dict[str, AsyncCredential]:
        """The credential settings this call may use; providers are called by ``send``."""
        return needed(spec.security, spec.auth_overrides, self.config.credentials)

    def build_request(
        self,
        client: httpx.Client | httpx.AsyncClient,
        spec: RequestSpec[Any],
        options: RequestOptions,
        credential_values: Mapping[str, str | None],
    ) -> httpx.Request:
        if spec.body_parts:
            spec = replace(spec, body_parts={}, **spec.body_parts)
        credentials = resolve_credentials(
            spec.operation, spec.security, spec.auth_overrides, credential_values
        )
        accept = spec.accept or (
            "application/json" if spec.response_kind == "json" else "*/*"
        )
        headers = {
            "User-Agent": USER_AGENT,
            "Accept": accept,
            **self.config.headers,
            **spec.headers,
            **credentials.headers,
        }
        cookies = {**spec.cookies, **credentials.cookies}
        if cookies:
            headers["Cookie"] = cookie_header(cookies)
        query: list[tuple[str, QueryValue]] = [*spec.query, *credentials.query.items()]
        if options.extra_query:
            query += options.extra_query.items()
        kwargs: dict[str, Any] = {}
        body = spec.json
        if options.extra_body:
            body = _with_extra_body(spec, options.extra_body)
        # A JSON body goes in below, once the idempotency key is in it; the builder sets
        # one kind of body only, and extra_body refuses the others.
        sends_json = spec.has_json or bool(options.extra_body)
        if sends_json and spec.content_type:
            # A JSON media type of its own (merge-patch+json, say) is named.
            headers["Content-Type"] = spec.content_type
        if spec.content is not None:
            kwargs["content"] = spec.content
            if spec.content_type:
                headers["Content-Type"] = spec.content_type
        elif spec.files is not None:
            # multipart/form-data. httpx writes multipart only when it has a file to write
            # (else it sends the fields urlencoded): without one, each field is a part.
            if spec.files:
                kwargs["data"] = spec.form or {}
                kwargs["files"] = spec.files
            else:
                kwargs["files"] = _field_parts(spec.form or {})
        elif spec.form is not None:
            kwargs["data"] = spec.form
        if options.extra_headers:
            headers.update(options.extra_headers)
        headers, body = _with_key(spec, headers, body)
        if sends_json:
            kwargs["json"] = body
        timeout = (
            self.config.timeout
            if options.timeout is None
            else as_timeout(options.timeout)
        )
        if isinstance(client, httpx.Client):
            # Hands the streams httpcore opens to the deadline (see deadline.py).
            kwargs["extensions"] = SYNC_EXTENSIONS
        return client.build_request(
            spec.method,
            self.url(spec.path),
            # None, not an empty list: httpx would parse the URL again to add no parameters.
            params=query or None,
            headers=headers,
            timeout=timeout,
            **kwargs,
        )

    def max_retries(self, options: RequestOptions) -> int:
        return (
            self.config.max_retries
            if options.max_retries is None
            else options.max_retries
        )

    def next_delay(
        self,
        spec: RequestSpec[Any],
        request: httpx.Request,
        outcome: httpx.Response | httpx.RequestError,
        retries_done: int,
        max_retries: int,
    ) -> float | None:
        """Seconds to wait before trying again, or ``None`` when this outcome is final."""
        if isinstance(outcome, httpx.Response) and retry_reason(outcome) is None:
            return None  # final for any request: no need to look for its key
        idempotent = is_idempotent(
            spec.method, spec.idempotent, _carries_key(spec, request)
        )
        if isinstance(outcome, httpx.Response):
            reason = retry_reason(outcome, idempotent)
            response: httpx.Response | None = outcome
        else:
            reason = error_retry_reason(outcome, idempotent)
            response = None
        if reason is None or retries_done >= max_retries:
            return None
        delay = retry_delay(self.config.backoff, retries_done, response)
        logger.debug(
            "%s %s: %s, retry %d of %d in %.2fs",
            request.method,
            redact_url(request.url),
            reason,
            retries_done + 1,
            max_retries,
            delay,
        )
        return delay

    def log_request(self, request: httpx.Request) -> None:
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug(
                "%s %s headers=%s",
                request.method,
                redact_url(request.url),
                redact_headers(
                    (name.decode("latin-1"), value.decode("latin-1"))
                    for name, value in request.headers.raw
                ),
            )

    def log_outcome(
        self,
        request: httpx.Request,
        outcome: httpx.Response | httpx.RequestError,
        started: float,
        retries_done: int,
    ) -> None:
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug(
                "%s %s -> %s in %.3fs (retries=%d)",
                request.method,
                redact_url(request.url),
                (
                    outcome.status_code
                    if isinstance(outcome, httpx.Response)
                    else _describe(outcome)
                ),
                time.monotonic() - started,
                retries_done,
            )

    def failure(
        self,
        spec: RequestSpec[Any],
        request: httpx.Request,
        error: httpx.RequestError,
        retries_done: int,
    ) -> ApiConnectionError:
        """The exception for a request that got no usable response."""
        where = f"{spec.operation} ({request.method} {redact_url(request.url)})"
        tries = f"after {retries_done} {'retry' if retries_done == 1 else 'retries'}"
        if isinstance(error, httpx.TimeoutException):
            return ApiTimeoutError(
                f"{where} timed out {tries}: {_describe(error)}", retries=retries_done
            )
        return ApiConnectionError(
            f"{where} failed {tries}: {_describe(error)}", retries=retries_done
        )

    def paged(
        self,
        result: ApiResult[T],
        spec: RequestSpec[T],
        send: Callable[[RequestSpec[T]], Any],
    ) -> ApiResult[T]:
        """The result, able to fetch the next page when its operation paginates."""
        if spec.pagination is None:
            return result
        result.pagination = spec.pagination
        if result.is_error():
            return result
        cursor = pages.next_cursor(spec.pagination, result.body)
        if cursor is None or cursor == pages.sent_cursor(spec):
            return result
        following = pages.next_request(spec, cursor)
        result.follow = lambda: send(following)
        return result

    def read_response(
        self, spec: RequestSpec[T], response: httpx.Response, retries_done: int
    ) -> ApiResult[T]:
        status = response.status_code
        if 200 <= status < 300 and _kind(spec, response) != "json":
            # A file or text: handed over as bytes or str, not decoded or validated.
            raw: Any = (
                response.content if _kind(spec, response) == "binary" else response.text
            )
            return ApiResult(
                response.status_code,
                response.headers,
                raw,
                raw,
                [],
                response,
                retries_done,
            )
        body = _decode(response)
        errors = _errors(body)
        data: T | None = None
        problem: str | None = None
        error: Any = None
        if not 200 <= status < 300 and body is not None:
            error = _typed_error(spec, status, body)
        if 300 <= status < 400:
            # Only a client told to follow redirects gets to the target; data from a
            # redirect's own body would be a wrong answer taken for the right one.
            problem = "a redirect, not followed (its Location header says where to)"
        elif 200 <= status < 300 and spec.response_model is not None:
            if body is not None:
                data = _validated(spec, status, body)
            elif _may_be_empty(spec, status):
                pass
            elif not response.content:
                problem = "no body where the spec declares a response body"
            elif not _accepts_null(spec.response_model):
                problem = "a JSON null where the spec declares a response body"
        return ApiResult(
            status,
            response.headers,
            body,
            data,
            errors,
            response,
            retries_done,
            problem,
            error,
        )


# One validator per response type, built on first use: building one costs more than
# validating a small response with it.
_ADAPTERS: dict[Any, TypeAdapter[Any]] = {}


def _adapter(annotation: Any) -> TypeAdapter[Any]:
    adapter = _ADAPTERS.get(annotation)
    if adapter is None:
        from pydantic import TypeAdapter

        adapter = _ADAPTERS[annotation] = TypeAdapter(annotation)
    return adapter


def _event_decoder(spec: RequestSpec[T]) -> Callable[[str], T]:
    """How an event's data is read: JSON validated into the model the spec declares for
    the stream, else the text as it came."""
    if spec.response_model is None or spec.response_model is str:
        return lambda data: data  # type: ignore[return-value]
    from pydantic import ValidationError  # not loaded when the package is

    def decode(data: str) -> T:
        try:
            event: T = _adapter(spec.response_model).validate_json(
                data, context=FROM_SERVER
            )
        except ValidationError as error:
            raise ApiResponseValidationError(
                f"{spec.operation}: an event does not match the spec: "
                + _problems(error),
                status_code=200,
                body=data,
            ) from None
        return event

    return decode


def _validated(spec: RequestSpec[T], status: int, body: Any) -> T:
    from pydantic import ValidationError  # not loaded when the package is

    try:
        data: T = _adapter(spec.response_model).validate_python(
            body, context=FROM_SERVER
        )
    except ValidationError as error:
        raise ApiResponseValidationError(
            f"{spec.operation}: the response does not match the spec: "
            + _problems(error),
            status_code=status,
            body=body,
        ) from None
    return data


def media_kind(content_type: str) -> str | None:
    """How a body of this Content-Type is read: json, text or binary; None when unknown."""
    base = content_type.split(";")[0].strip().lower()
    if not base:
        return None
    if base == "application/json" or base.endswith("+json") or base == "text/json":
        return "json"
    if base.startswith("text/") or base.endswith(("/xml", "+xml")):
        return "text"
    if base.startswith(("image/", "audio/", "video/", "font/", "application/")):
        return "binary"
    return None


def _kind(spec: RequestSpec[Any], response: httpx.Response) -> str:
    """How to read a success: as its Content-Type says when that is one of the kinds the
    spec declares for it, else as the spec's main kind (a mismatch then shows)."""
    if not spec.other_kinds:
        return spec.response_kind
    kind = media_kind(response.headers.get("content-type", ""))
    if kind == spec.response_kind or kind in spec.other_kinds:
        return kind
    return spec.response_kind


def _error_model(spec: RequestSpec[Any], status: int) -> Any:
    """The model the spec declares for an error status: its own, its range's, ``default``."""
    models = spec.error_models
    for key in (str(status), f"{status // 100}XX", "default"):
        if key in models:
            return models[key]
    return None


def _typed_error(spec: RequestSpec[Any], status: int, body: Any) -> Any:
    """The error body as its declared model; ``None`` when none is declared or it does not
    match (an error answer is reported as it came, never turned into a second failure).
    """
    model = _error_model(spec, status)
    if model is None:
        return None
    from pydantic import ValidationError

    try:
        return _adapter(model).validate_python(body, context=FROM_SERVER)
    except ValidationError:
        return None


def _may_be_empty(spec: RequestSpec[Any], status: int) -> bool:
    """Whether the spec documents this success status without a body (a 204, say)."""
    return str(status) in spec.bodyless or f"{status // 100}XX" in spec.bodyless


def _field_parts(form: dict[str, str | list[str]]) -> list[tuple[str, Any]]:
    """Form fields as multipart parts without a file name, in order, lists repeated."""
    return [
        (name, (None, item))
        for name, value in form.items()
        for item in (value if isinstance(value, list) else [value])
    ]


def _accepts_null(annotation: Any) -> bool:
    """Whether ``null`` is a valid answer: the spec's schema is nullable."""
    from pydantic import ValidationError

    try:
        _adapter(annotation).validate_python(None, context=FROM_SERVER)
    except ValidationError:
        return False
    return True


def _describe(error: Exception) -> str:
    return f"{type(error).__name__}: {error}" if str(error) else type(error).__name__


def _problems(error: ValidationError) -> str:
    # Locations and messages only: the input values could be secrets.
    problems = [
        f"{'.'.join(str(part) for part in item['loc']) or '(body)'}: {item['msg']}"
        for item in error.errors(include_input=False, include_url=False)
    ]
    return "; ".join(problems)


def _decode(response: httpx.Response) -> Any:
    if not response.content:
        return None
    content_type = response.headers.get("content-type", "")
    if "json" in content_type:
        try:
            return json.loads(response.content)
        except ValueError:
            return response.text
    return response.text


def _errors(body: Any) -> list[ErrorItem]:
    if (
        ERRORS_FIELD is None
        or not isinstance(body, dict)
        or not isinstance(body.get(ERRORS_FIELD), list)
    ):
        return []
    from pydantic import ValidationError

    adapter = _adapter(error_item_type())
    items: list[ErrorItem] = []
    for raw in body[ERRORS_FIELD]:
        try:
            items.append(adapter.validate_python(raw, context=FROM_SERVER))
        except ValidationError:
            continue  # an error item we cannot read stays in result.body
    return items


class SyncHttpClient(_BaseHttpClient):
    def __init__(
        self, config: ClientConfig, client: httpx.Client | None = None
    ) -> None:
        super().__init__(config)
        self._owns_client = client is None
        self._client = client

    @property
    def client(self) -> httpx.Client:
        """The given ``httpx.Client``, or our own, made on first use."""
        client = self._client
        if client is None:
            with self._lock:
                self.check_open()
                if self._client is None:
                    self._client = httpx.Client()
                client = self._client
        return client

    def with_config(self, config: ClientConfig) -> SyncHttpClient:
        """A client with other settings on the same connection pool (not closed by it)."""
        return SyncHttpClient(config, self.client)

    def credential_values(self, spec: RequestSpec[Any]) -> dict[str, str | None]:
        values: dict[str, str | None] = {}
        for key, setting in self.needed_credentials(spec).items():
            value = setting() if callable(setting) else setting
            if not (value is None or isinstance(value, str)):
                if inspect.iscoroutine(value):
                    value.close()  # never awaited: no "was never awaited" warning
                raise TypeError(
                    f"the provider of {key!r} returned {type(value).__name__}, not str"
                    " (a coroutine function works with AsyncClient only)"
                )
            values[key] = value
        return values

    def stream(
        self, spec: RequestSpec[T], options: RequestOptions = DEFAULT_OPTIONS
    ) -> EventStream[T]:
        """Opens an event stream; an error answer raises ``ApiStatusError``.

        Sent once: a stream may have had effects by the time it breaks off.
        """
        values = self.credential_values(spec)
        request = self.build_request(self.client, spec, options, values)
        self.log_request(request)
        started = time.monotonic()
        try:
            response = self.client.send(request, stream=True)
        except httpx.RequestError as error:
            self.log_outcome(request, error, started, 0)
            raise self.failure(spec, request, error, 0) from error
        self.log_outcome(request, response, started, 0)
        if not 200 <= response.status_code < 300:
            response.read()
            response.close()
            self.read_response(spec, response, 0).raise_for_error()
        return EventStream(response, _event_decoder(spec))

    def send(
        self, spec: RequestSpec[T], options: RequestOptions = DEFAULT_OPTIONS
    ) -> ApiResult[T]:
        values = self.credential_values(spec)
        request = self.build_request(self.client, spec, options, values)
        max_retries = self.max_retries(options)
        seconds = attempt_seconds(request.extensions["timeout"])
        retries = 0
        while True:
            self.log_request(request)
            started = time.monotonic()
            outcome: httpx.Response | httpx.RequestError
            deadline = None if seconds is None else started + seconds
            token = ATTEMPT_DEADLINE.set(deadline)
            try:
                outcome = self.client.send(request)
            except httpx.RequestError as error:
                outcome = error
                if deadline is not None and isinstance(error, httpx.TimeoutException):
                    if time.monotonic() >= deadline:  # a wait cut short by the deadline
                        outcome = _late(request, seconds, error)
            finally:
                ATTEMPT_DEADLINE.reset(token)
            self.log_outcome(request, outcome, started, retries)
            delay = self.next_delay(spec, request, outcome, retries, max_retries)
            if delay is None:
                if isinstance(outcome, httpx.RequestError):
                    raise self.failure(spec, request, outcome, retries) from outcome
                result = self.read_response(spec, outcome, retries)
                return self.paged(result, spec, lambda s: self.send(s, options))
            if isinstance(outcome, httpx.Response):
                outcome.close()
            time.sleep(delay)
            retries += 1

    def close(self) -> None:
        self._closed = True
        if self._owns_client and self._client is not None:
            self._client.close()


class AsyncHttpClient(_BaseHttpClient):
    def __init__(
        self, config: ClientConfig, client: httpx.AsyncClient | None = None
    ) -> None:
        super().__init__(config)
        self._owns_client = client is None
        self._client = client

    @property
    def client(self) -> httpx.AsyncClient:
        """The given ``httpx.AsyncClient``, or our own, made on first use."""
        client = self._client
        if client is None:
            with self._lock:
                self.check_open()
                if self._client is None:
                    self._client = httpx.AsyncClient()
                client = self._client
        return client

    def with_config(self, config: ClientConfig) -> AsyncHttpClient:
        """A client with other settings on the same connection pool (not closed by it)."""
        return AsyncHttpClient(config, self.client)

    async def credential_values(self, spec: RequestSpec[Any]) -> dict[str, str | None]:
        values: dict[str, str | None] = {}
        for key, setting in self.needed_credentials(spec).items():
            value = setting() if callable(setting) else setting
            if inspect.isawaitable(value):
                value = await value
            values[key] = value
        return values

    async def stream(
        self, spec: RequestSpec[T], options: RequestOptions = DEFAULT_OPTIONS
    ) -> AsyncEventStream[T]:
        """``SyncHttpClient.stream`` for ``AsyncClient``."""
        values = await self.credential_values(spec)
        request = self.build_request(self.client, spec, options, values)
        self.log_request(request)
        started = time.monotonic()
        try:
            response = await self.client.send(request, stream=True)
        except httpx.RequestError as error:
            self.log_outcome(request, error, started, 0)
            raise self.failure(spec, request, error, 0) from error
        self.log_outcome(request, response, started, 0)
        if not 200 <= response.status_code < 300:
            await response.aread()
            await response.aclose()
            self.read_response(spec, response, 0).raise_for_error()
        return AsyncEventStream(response, _event_decoder(spec))

    async def send(
        self, spec: RequestSpec[T], options: RequestOptions = DEFAULT_OPTIONS
    ) -> ApiResult[T]:
        values = await self.credential_values(spec)
        request = self.build_request(self.client, spec, options, values)
        max_retries = self.max_retries(options)
        seconds = attempt_seconds(request.extensions["timeout"])
        retries = 0
        while True:
            self.log_request(request)
            started = time.monotonic()
            outcome: httpx.Response | httpx.RequestError
            try:
                outcome = await _send_in_time(self.client, request, seconds)
            except httpx.RequestError as error:
                outcome = error
            self.log_outcome(request, outcome, started, retries)
            delay = self.next_delay(spec, request, outcome, retries, max_retries)
            if delay is None:
                if isinstance(outcome, httpx.RequestError):
                    raise self.failure(spec, request, outcome, retries) from outcome
                result = self.read_response(spec, outcome, retries)
                return self.paged(result, spec, lambda s: self.send(s, options))
            if isinstance(outcome, httpx.Response):
                await outcome.aclose()
            import anyio  # here: most programs never use async at all

            # anyio, not asyncio: the same code sleeps under asyncio and under trio.
            await anyio.sleep(delay)
            retries += 1

    async def close(self) -> None:
        self._closed = True
        if self._owns_client and self._client is not None:
            await self._client.aclose()


async def _send_in_time(
    client: httpx.AsyncClient, request: httpx.Request, seconds: float | None
) -> httpx.Response:
    """One attempt, cancelled when it runs past its deadline (see deadline.py)."""
    if seconds is None:
        return await client.send(request)
    import anyio  # here: most programs never use async at all

    try:
        # anyio's cancel scope works under asyncio and trio alike (httpx supports both).
        with anyio.fail_after(seconds):
            return await client.send(request)
    except TimeoutError as error:
        raise _late(request, seconds, error) from error


# What RFC 6265 allows in a cookie value unquoted, besides letters and digits: the
# rest (``;``, ``,``, spaces, quotes, backslash, controls, non-ASCII) is percent-encoded,
# so that a value can never end its cookie early and start another.
_COOKIE_SAFE = "!#$&'()*+-./:<=>?@[]^_`{|}~"


def cookie_header(cookies: Mapping[str, str]) -> str:
    """The ``Cookie`` header: ``name=value`` pairs, each value percent-encoded."""
    return "; ".join(
        f"{name}={quote(value, safe=_COOKIE_SAFE)}" for name, value in cookies.items()
    )


def _late(
    request: httpx.Request, seconds: float | None, cause: BaseException
) -> AttemptTimeout:
    late = AttemptTimeout(
        f"the attempt took more than {seconds:g} s in all", request=request
    )
    late.__cause__ = cause
    return late
