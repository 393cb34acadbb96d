"""Field names of RenewTokenRequest, for column mappings and log filters."""

from __future__ import annotations

from typing import Final

from ..models import RenewTokenRequest

MODEL: Final = RenewTokenRequest

RENEW_TOKEN_REQUEST_FIELDS: Final[tuple[str, ...]] = ("access_token",)
"""The JSON names, in the order of the spec."""

RENEW_TOKEN_REQUEST_SECRET_FIELDS: Final[frozenset[str]] = frozenset(("access_token",))
"""Fields whose values must never reach a log."""
