"""Field names of Error, for column mappings and log filters."""

from __future__ import annotations

from typing import Final

from ..models import Error

MODEL: Final = Error

ERROR_FIELDS: Final[tuple[str, ...]] = (
    "category",
    "code",
    "detail",
    "field",
)
"""The JSON names, in the order of the spec."""

ERROR_SECRET_FIELDS: Final[frozenset[str]] = frozenset(())
"""Fields whose values must never reach a log."""
