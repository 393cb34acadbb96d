"""Field names of ErrorResponse, for column mappings and log filters."""

from __future__ import annotations

from typing import Final

from ..models import ErrorResponse

MODEL: Final = ErrorResponse

ERROR_RESPONSE_FIELDS: Final[tuple[str, ...]] = ("errors",)
"""The JSON names, in the order of the spec."""

ERROR_RESPONSE_SECRET_FIELDS: Final[frozenset[str]] = frozenset(())
"""Fields whose values must never reach a log."""
