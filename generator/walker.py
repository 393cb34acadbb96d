"""openapi-spec-validator's keyword walk, without its repeated work.

The library remembers which schema objects it has walked and meta-checked, and which
operationIds it has seen, in lists, and asks ``x in list`` for every schema it meets: on
GitHub's spec that is quadratic, 9 of the walk's 13-15 s of CPU. Here the same records are
kept in ``SeenList``, a list that answers membership from a set; nothing else about the
walk changes (same order, same messages), so the patch is only a different ``__init__``.

The patch depends on how the library uses those attributes (``append`` and ``in`` only),
so it is applied only to the versions it was measured and tested on (``MEASURED_ON``);
with any other version the library's own walker runs, slower but right.
tests/test_validate_differential.py checks both walkers give the same diagnostics.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from importlib import metadata
from typing import Any

# The library versions the patch was measured on; elsewhere the unpatched walker runs.
MEASURED_ON = {"openapi-spec-validator": ("0.9.0",)}

# The walker's records of what it has seen (attribute names in the library).
_RECORDS = ("visited_schema_ids", "meta_checked_schema_ids", "operation_ids_registry")
# Keyword validators that hold such records.
_PATCHED_KEYWORDS = ("schema", "operation")


class SeenList(list[Any]):
    """A list with set-speed ``in`` for hashable items (unhashable ones, which a broken
    spec can put among operationIds, fall back to the list's own scan)."""

    def __init__(self) -> None:
        super().__init__()
        self._hashed: set[Hashable] = set()
        self._unhashable: list[Any] = []

    def append(self, item: Any) -> None:
        super().append(item)
        try:
            self._hashed.add(item)
        except TypeError:
            self._unhashable.append(item)

    def __contains__(self, item: object) -> bool:
        try:
            return item in self._hashed
        except TypeError:  # only an unhashable item can equal an unhashable one
            return item in self._unhashable


class _SeenRecords:
    """Mixin for a keyword validator: its records of what it has seen become ``SeenList``s."""

    def __init__(self, registry: Any) -> None:
        super().__init__(registry)  # type: ignore[call-arg]
        for name in _RECORDS:
            if isinstance(getattr(self, name, None), list):
                setattr(self, name, SeenList())


def patch_applies() -> bool:
    """Whether the installed library is one the patch was measured on."""
    for distribution, versions in MEASURED_ON.items():
        try:
            if metadata.version(distribution) not in versions:
                return False
        except metadata.PackageNotFoundError:
            return False
    return True


def fast_keyword_validators(
    keyword_validators: Mapping[str, type[Any]],
) -> dict[str, type[Any]]:
    """``keyword_validators`` of a library validator class, with the walk patched (or as
    they are, on library versions the patch was not measured on)."""
    patched = dict(keyword_validators)
    if not patch_applies():
        return patched
    for keyword in _PATCHED_KEYWORDS:
        if keyword in patched:
            base = patched[keyword]
            patched[keyword] = type(f"Seen{base.__name__}", (_SeenRecords, base), {})
    return patched
