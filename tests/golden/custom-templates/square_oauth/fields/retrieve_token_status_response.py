"""Field names of RetrieveTokenStatusResponse, for column mappings and log filters."""

from __future__ import annotations

from typing import Final

from ..models import RetrieveTokenStatusResponse

MODEL: Final = RetrieveTokenStatusResponse

RETRIEVE_TOKEN_STATUS_RESPONSE_FIELDS: Final[tuple[str, ...]] = (
    "scopes",
    "expires_at",
    "client_id",
    "merchant_id",
    "errors",
)
"""The JSON names, in the order of the spec."""

RETRIEVE_TOKEN_STATUS_RESPONSE_SECRET_FIELDS: Final[frozenset[str]] = frozenset(())
"""Fields whose values must never reach a log."""
