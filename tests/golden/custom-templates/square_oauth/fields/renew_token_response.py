"""Field names of RenewTokenResponse, for column mappings and log filters."""

from __future__ import annotations

from typing import Final

from ..models import RenewTokenResponse

MODEL: Final = RenewTokenResponse

RENEW_TOKEN_RESPONSE_FIELDS: Final[tuple[str, ...]] = (
    "access_token",
    "token_type",
    "expires_at",
    "merchant_id",
    "subscription_id",
    "plan_id",
    "errors",
)
"""The JSON names, in the order of the spec."""

RENEW_TOKEN_RESPONSE_SECRET_FIELDS: Final[frozenset[str]] = frozenset(("access_token",))
"""Fields whose values must never reach a log."""
