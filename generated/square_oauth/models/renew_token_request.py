"""RenewTokenRequest: Represents a `RenewToken` request. Deprecated together with the `RenewToken` endpoint."""

from __future__ import annotations

from typing import ClassVar

from .._core.model import ApiModel


class RenewTokenRequest(ApiModel):
    """Represents a `RenewToken` request. Deprecated together with the `RenewToken` endpoint.

    .. deprecated:: This model is deprecated in the spec.
    """

    _secret_fields: ClassVar[frozenset[str]] = frozenset(
        {
            "access_token",
        }
    )

    access_token: str | None = None
    """The token you want to renew."""
