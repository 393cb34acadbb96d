"""Field names of RevokeTokenResponse, for column mappings and log filters."""

from __future__ import annotations

from typing import Final

from ..models import RevokeTokenResponse

MODEL: Final = RevokeTokenResponse

REVOKE_TOKEN_RESPONSE_FIELDS: Final[tuple[str, ...]] = (
    "success",
    "errors",
)
"""The JSON names, in the order of the spec."""

REVOKE_TOKEN_RESPONSE_SECRET_FIELDS: Final[frozenset[str]] = frozenset(())
"""Fields whose values must never reach a log."""
