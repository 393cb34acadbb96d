"""RevokeTokenRequest: Represents a `RevokeToken` request."""

from __future__ import annotations

import typing

from .._core.model import ApiModel


class RevokeTokenRequest(ApiModel):
    """Represents a `RevokeToken` request."""

    _secret_fields: typing.ClassVar[frozenset[str]] = frozenset(
        {
            "access_token",
        }
    )

    client_id: str | None = None
    """The Square-issued ID for your application, which is available on the **OAuth** page in the
    [Developer Dashboard](https://developer.squareup.com/apps)."""

    access_token: str | None = None
    """The access token of the merchant whose token you want to revoke.
    Do not provide a value for `merchant_id` if you provide this parameter."""

    merchant_id: str | None = None
    """The ID of the merchant whose token you want to revoke.
    Do not provide a value for `access_token` if you provide this parameter."""

    revoke_only_access_token: bool | None = None
    """If `true`, terminate the given single access token, but do not
    terminate the entire authorization.
    Default: `false`"""
