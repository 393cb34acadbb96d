"""RenewTokenRequest: Represents a `RenewToken` request. Deprecated together with the `RenewToken` endpoint."""

from __future__ import annotations

import typing

from .._core.model import ApiModel


class RenewTokenRequest(ApiModel):
    """Represents a `RenewToken` request. Deprecated together with the `RenewToken` endpoint.

    .. deprecated:: This model is deprecated in the spec.
    """

    _secret_fields: typing.ClassVar[frozenset[str]] = frozenset(
        {
            "access_token",
        }
    )

    access_token: str | None = None
    """The token you want to renew."""
