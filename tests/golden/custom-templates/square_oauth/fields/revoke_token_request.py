"""Field names of RevokeTokenRequest, for column mappings and log filters."""

from __future__ import annotations

from typing import Final

from ..models import RevokeTokenRequest

MODEL: Final = RevokeTokenRequest

REVOKE_TOKEN_REQUEST_FIELDS: Final[tuple[str, ...]] = (
    "client_id",
    "access_token",
    "merchant_id",
    "revoke_only_access_token",
)
"""The JSON names, in the order of the spec."""

REVOKE_TOKEN_REQUEST_SECRET_FIELDS: Final[frozenset[str]] = frozenset(("access_token",))
"""Fields whose values must never reach a log."""
