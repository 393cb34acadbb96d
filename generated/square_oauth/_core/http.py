"""Sending requests: one configuration, one way to build and read, two ways to send."""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

import httpx
from pydantic import TypeAdapter, ValidationError

from ..errors import ApiConnectionError, ApiResponseValidationError, ApiTimeoutError
from .auth import resolve_credentials
from .request import QueryValue, RequestSpec
from .result import ApiResult, ErrorItem

T = TypeVar("T")

logger = logging.getLogger("square_oauth")

DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
USER_AGENT = "square-oauth/0.1.0 (python; httpx)"
ERRORS_FIELD = "errors"
SENSITIVE_HEADERS = frozenset(
    {"authorization", "cookie", "set-cookie", "proxy-authorization"}
)


@dataclass(frozen=True)
class ClientConfig:
    base_url: str
    credentials: Mapping[str, str | None]  # scheme key -> credential
    headers: Mapping[str, str]  # sent with every request
    timeout: httpx.Timeout


class _BaseHttpClient:
    def __init__(self, config: ClientConfig) -> None:
        self.config = config

    def build_request(
        self, client: httpx.Client | httpx.AsyncClient, spec: RequestSpec[Any]
    ) -> httpx.Request:
        credentials = resolve_credentials(
            spec.operation, spec.security, spec.auth_overrides, self.config.credentials
        )
        headers = {
            "User-Agent": USER_AGENT,
            "Accept": "application/json",
            **self.config.headers,
            **spec.headers,
            **credentials.headers,
        }
        if credentials.cookies:
            headers["Cookie"] = "; ".join(
                f"{k}={v}" for k, v in credentials.cookies.items()
            )
        query: list[tuple[str, QueryValue]] = [*spec.query, *credentials.query.items()]
        kwargs: dict[str, Any] = {}
        if spec.has_json:
            kwargs["json"] = spec.json
        elif spec.content is not None:
            kwargs["content"] = spec.content
            if spec.content_type:
                headers["Content-Type"] = spec.content_type
        return client.build_request(
            spec.method,
            self.config.base_url + spec.path,
            params=query,
            headers=headers,
            timeout=self.config.timeout,
            **kwargs,
        )

    def read_response(
        self, spec: RequestSpec[T], response: httpx.Response
    ) -> ApiResult[T]:
        body = _decode(response)
        errors = _errors(body)
        data: T | None = None
        if (
            response.status_code < 400
            and spec.response_model is not None
            and body is not None
        ):
            try:
                data = TypeAdapter(spec.response_model).validate_python(body)
            except ValidationError as error:
                raise ApiResponseValidationError(
                    f"{spec.operation}: the response does not match the spec: {error}",
                    status_code=response.status_code,
                    body=body,
                ) from None
        return ApiResult(
            response.status_code, response.headers, body, data, errors, response
        )

    def log(
        self, request: httpx.Request, response: httpx.Response | None, started: float
    ) -> None:
        if logger.isEnabledFor(logging.DEBUG):
            status = response.status_code if response is not None else "no response"
            logger.debug(
                "%s %s -> %s in %.3fs",
                request.method,
                request.url,
                status,
                time.monotonic() - started,
            )


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
    if not isinstance(body, dict) or not isinstance(body.get(ERRORS_FIELD), list):
        return []
    items: list[ErrorItem] = []
    for raw in body[ERRORS_FIELD]:
        try:
            items.append(TypeAdapter(ErrorItem).validate_python(raw))
        except ValidationError:
            continue  # an error item we cannot read stays in result.body
    return items


class SyncHttpClient(_BaseHttpClient):
    def __init__(
        self, config: ClientConfig, client: httpx.Client | None = None
    ) -> None:
        super().__init__(config)
        self._owns_client = client is None
        self.client = client if client is not None else httpx.Client()

    def send(self, spec: RequestSpec[T]) -> ApiResult[T]:
        request = self.build_request(self.client, spec)
        started = time.monotonic()
        try:
            response = self.client.send(request)
        except httpx.TimeoutException as error:
            raise ApiTimeoutError(f"{spec.operation}: timed out: {error}") from error
        except httpx.TransportError as error:
            raise ApiConnectionError(
                f"{spec.operation}: connection failed: {error}"
            ) from error
        self.log(request, response, started)
        return self.read_response(spec, response)

    def close(self) -> None:
        if self._owns_client:
            self.client.close()


class AsyncHttpClient(_BaseHttpClient):
    def __init__(
        self, config: ClientConfig, client: httpx.AsyncClient | None = None
    ) -> None:
        super().__init__(config)
        self._owns_client = client is None
        self.client = client if client is not None else httpx.AsyncClient()

    async def send(self, spec: RequestSpec[T]) -> ApiResult[T]:
        request = self.build_request(self.client, spec)
        started = time.monotonic()
        try:
            response = await self.client.send(request)
        except httpx.TimeoutException as error:
            raise ApiTimeoutError(f"{spec.operation}: timed out: {error}") from error
        except httpx.TransportError as error:
            raise ApiConnectionError(
                f"{spec.operation}: connection failed: {error}"
            ) from error
        self.log(request, response, started)
        return self.read_response(spec, response)

    async def close(self) -> None:
        if self._owns_client:
            await self.client.aclose()
