"""RevokeTokenResponse: Represents a `RevokeToken` response."""

from __future__ import annotations

import typing

from .._core.model import ApiModel
from .error import Error


class RevokeTokenResponse(ApiModel):
    """Represents a `RevokeToken` response."""

    _secret_fields: typing.ClassVar[frozenset[str]] = frozenset()

    success: bool | None = None
    """If the request is successful, this is `true`."""

    errors: list[Error] | None = None
    """Any errors that occurred during the request."""
