"""Error: Represents an error encountered during a request to the Connect API."""

from __future__ import annotations

import typing

from .._core.model import ApiModel
from .error_category import ErrorCategory
from .error_code import ErrorCode


class Error(ApiModel):
    """Represents an error encountered during a request to the Connect API.

    See [Handling errors](https://developer.squareup.com/docs/build-basics/handling-errors) for more information.
    """

    _secret_fields: typing.ClassVar[frozenset[str]] = frozenset()

    category: ErrorCategory
    """The high-level category for the error.
    See `ErrorCategory` for possible values."""

    code: ErrorCode
    """The specific code of the error.
    See `ErrorCode` for possible values."""

    detail: str | None = None
    """A human-readable description of the error for debugging purposes."""

    field: str | None = None
    """The name of the field provided in the original request (if any) that
    the error pertains to."""
