"""ErrorResponse: Body returned with a non-2xx status: one or more errors that occurred during the request."""

from __future__ import annotations

from typing import ClassVar

from .._core.model import ApiModel
from .error import Error


class ErrorResponse(ApiModel):
    """Body returned with a non-2xx status: one or more errors that occurred during the request."""

    _secret_fields: ClassVar[frozenset[str]] = frozenset({})

    errors: list[Error]
    """Any errors that occurred during the request."""
