"""Exceptions raised by the client. HTTP error statuses are results, not exceptions."""

from __future__ import annotations

from typing import Any

import httpx


class ApiError(Exception):
    """The base of every exception this package raises."""


class MissingCredentialError(ApiError, ValueError):
    """An operation needs a credential that neither the call nor the client provides."""


class ApiConnectionError(ApiError):
    """The server could not be reached, after ``retries`` retries."""

    def __init__(self, message: str, *, retries: int = 0) -> None:
        super().__init__(message)
        self.retries = retries


class ApiTimeoutError(ApiConnectionError):
    """The server did not answer in time (connect, read, write or pool timeout)."""


class ApiResponseValidationError(ApiError):
    """A successful response did not match the spec's schema.

    The message names the fields and the problems, never the values (they may be secrets);
    ``body`` holds the decoded response for inspection.
    """

    def __init__(self, message: str, *, status_code: int, body: Any) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.body = body


class ApiStatusError(ApiError):
    """Raised by ``ApiResult.raise_for_error()`` for an error response.

    ``error`` is the body decoded into the model the spec declares for its status (or
    ``None``), ``body`` the decoded body as it came.
    """

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        errors: list[Any],
        headers: httpx.Headers,
        http_response: httpx.Response | None = None,
        error: Any = None,
        body: Any = None,
    ) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.errors = errors
        self.headers = headers
        self.http_response = http_response  # the raw response, as on the result
        self.error = error
        self.body = body
