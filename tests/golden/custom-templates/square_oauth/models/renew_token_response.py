"""RenewTokenResponse: Represents a `RenewToken` response. Deprecated together with the `RenewToken` endpoint."""

from __future__ import annotations

import typing

from .._core.model import ApiModel
from .error import Error


class RenewTokenResponse(ApiModel):
    """Represents a `RenewToken` response. Deprecated together with the `RenewToken` endpoint.

    .. deprecated:: This model is deprecated in the spec.
    """

    _secret_fields: typing.ClassVar[frozenset[str]] = frozenset(
        {
            "access_token",
        }
    )

    access_token: str | None = None
    """The renewed access token.
    This value might be different from the `access_token` you provided in your request.
    You provide this token in a header with every request to Connect API endpoints.
    See [Request and response headers](https://developer.squareup.com/docs/api/connect/v2/#requestandresponseheaders) for the format of this header."""

    token_type: str | None = None
    """This value is always _bearer_."""

    expires_at: str | None = None
    """The date when access_token expires, in [ISO 8601](http://www.iso.org/iso/home/standards/iso8601.htm) format."""

    merchant_id: str | None = None
    """The ID of the authorizing merchant's business."""

    subscription_id: str | None = None
    """__LEGACY FIELD__. The ID of the merchant subscription associated with
    the authorization. Only present if the merchant signed up for a subscription
    during authorization.."""

    plan_id: str | None = None
    """__LEGACY FIELD__. The ID of the subscription plan the merchant signed
    up for. Only present if the merchant signed up for a subscription during
    authorization."""

    errors: list[Error] | None = None
    """Any errors that occurred during the request."""
