"""Field names of ObtainTokenResponse, for column mappings and log filters."""

from __future__ import annotations

from typing import Final

from ..models import ObtainTokenResponse

MODEL: Final = ObtainTokenResponse

OBTAIN_TOKEN_RESPONSE_FIELDS: Final[tuple[str, ...]] = (
    "access_token",
    "token_type",
    "expires_at",
    "merchant_id",
    "subscription_id",
    "plan_id",
    "id_token",
    "refresh_token",
    "short_lived",
    "refresh_token_expires_at",
    "errors",
)
"""The JSON names, in the order of the spec."""

OBTAIN_TOKEN_RESPONSE_SECRET_FIELDS: Final[frozenset[str]] = frozenset(
    (
        "access_token",
        "id_token",
        "refresh_token",
    )
)
"""Fields whose values must never reach a log."""
