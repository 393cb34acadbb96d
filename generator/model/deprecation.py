"""Whether a spec object is deprecated: ``deprecated: true`` or a vendor's own marker."""

from __future__ import annotations

from typing import Any


def is_deprecated(spec: Any) -> bool:
    """Square marks deprecation with ``x-is-deprecated: true`` or
    ``x-release-status: DEPRECATED`` (its 2.0 specs predate wide use of ``deprecated``)."""
    if not isinstance(spec, dict):
        return False
    return bool(
        spec.get("deprecated") is True
        or spec.get("x-is-deprecated") is True
        or str(spec.get("x-release-status", "")).upper() == "DEPRECATED"
    )
