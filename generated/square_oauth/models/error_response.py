"""ErrorResponse: Body returned with a non-2xx status: one or more errors that occurred during the request."""

from __future__ import annotations

import typing

from .._core.model import ApiModel
from .error import Error


class ErrorResponse(ApiModel):
    """Body returned with a non-2xx status: one or more errors that occurred during the request."""

    _secret_fields: typing.ClassVar[frozenset[str]] = frozenset()

    errors: list[Error]
    """Any errors that occurred during the request."""
