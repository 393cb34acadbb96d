"""RetrieveTokenStatusResponse: Defines the fields that are included in the response body of"""

from __future__ import annotations

import typing

from .._core.model import ApiModel
from .error import Error


class RetrieveTokenStatusResponse(ApiModel):
    """Defines the fields that are included in the response body of
    a request to the `RetrieveTokenStatus` endpoint.
    """

    _secret_fields: typing.ClassVar[frozenset[str]] = frozenset()

    scopes: list[str] | None = None
    """The list of scopes associated with an access token."""

    expires_at: str | None = None
    """The date and time when the `access_token` expires, in RFC 3339 format. Empty if the token never expires."""

    client_id: str | None = None
    """The Square-issued application ID associated with the access token. This is the same application ID used to obtain the token."""

    merchant_id: str | None = None
    """The ID of the authorizing merchant's business."""

    errors: list[Error] | None = None
    """Any errors that occurred during the request."""
