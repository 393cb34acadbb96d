"""Field names of ObtainTokenRequest, for column mappings and log filters."""

from __future__ import annotations

from typing import Final

from ..models import ObtainTokenRequest

MODEL: Final = ObtainTokenRequest

OBTAIN_TOKEN_REQUEST_FIELDS: Final[tuple[str, ...]] = (
    "client_id",
    "client_secret",
    "code",
    "redirect_uri",
    "grant_type",
    "refresh_token",
    "migration_token",
    "scopes",
    "short_lived",
    "code_verifier",
)
"""The JSON names, in the order of the spec."""

OBTAIN_TOKEN_REQUEST_SECRET_FIELDS: Final[frozenset[str]] = frozenset(
    (
        "client_secret",
        "code",
        "refresh_token",
        "code_verifier",
    )
)
"""Fields whose values must never reach a log."""
