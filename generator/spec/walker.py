"""openapi-spec-validator's keyword walk, without its repeated work.

The library remembers which schema objects it has walked and meta-checked, and which
operationIds it has seen, in lists, and asks ``x in list`` for every schema it meets: on
GitHub's spec that is quadratic, 9 of the walk's 13-15 s of CPU. Here the same records are
kept in ``SeenList``, a list that answers membership from a set; nothing else about the
walk changes (same order, same messages), so the patch is only a different ``__init__``.

The walk also checks the first schema object it meets at each place against JSON Schema's
draft-04 meta-schema (OpenAPI 3.0 and Swagger 2.0), in jsonschema, with a new validator
each time: 45 % of what was left on GitHub's spec. jsonschema-rs screens that check
(``_ScreenedSchemaCheck``); jsonschema runs, and words the error, where it finds a fault.

The patch depends on how the library uses those attributes (``append`` and ``in`` only)
and on its ``_validate_schema_meta`` hook, so it is applied only to the versions it was
measured and tested on (``MEASURED_ON``);
with any other version the library's own walker runs, slower but right.
tests/spec/test_validate_differential.py checks both walkers give the same diagnostics.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from typing import Any

from generator.shared.caching import installed_version

# The library versions the patch was measured on; elsewhere the unpatched walker runs.
MEASURED_ON = {
    "openapi-spec-validator": ("0.9.0",),
    # Its OAS30Validator.check_schema is what _ScreenedSchemaCheck stands in front of.
    "openapi-schema-validator": ("0.9.0",),
}

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


class _ScreenedSchemaCheck:
    """Mixin for the OpenAPI 3.0 (and Swagger 2.0) schema keyword validator: each schema
    the walk meets first is checked against the draft-04 meta-schema, by jsonschema,
    building a new validator each time (45 % of the walk on GitHub's spec). jsonschema-rs
    screens it (generator/spec/metaschema.py); jsonschema runs, and words the error, only for a
    schema that does not pass."""

    def _validate_schema_meta(self, schema: Any, schema_value: Any) -> Any:
        from openapi_schema_validator import OAS30Validator

        from generator.spec.metaschema import schema_passes_draft4

        meta = OAS30Validator.META_SCHEMA
        if schema_passes_draft4(meta, OAS30Validator.FORMAT_CHECKER, schema_value):
            return None
        return super()._validate_schema_meta(schema, schema_value)  # type: ignore[misc]


def patch_applies() -> bool:
    """Whether the installed library is one the patch was measured on."""
    return all(_installed(name) in versions for name, versions in MEASURED_ON.items())


def _installed(distribution: str) -> str | None:
    found = installed_version(distribution)
    if found is not None:
        return found
    from importlib import metadata  # any other kind of install (costly to import)

    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return None


def fast_keyword_validators(
    keyword_validators: Mapping[str, type[Any]],
) -> dict[str, type[Any]]:
    """``keyword_validators`` of a library validator class, with the walk patched (or as
    they are, on library versions the patch was not measured on)."""
    patched = dict(keyword_validators)
    if not patch_applies():
        return patched
    from openapi_spec_validator.validation.keywords import OpenAPIV30SchemaValidator

    for keyword in _PATCHED_KEYWORDS:
        if keyword in patched:
            base = patched[keyword]
            mixins: tuple[type, ...] = (_SeenRecords,)
            if issubclass(base, OpenAPIV30SchemaValidator):
                mixins = (_SeenRecords, _ScreenedSchemaCheck)
            patched[keyword] = type(f"Seen{base.__name__}", (*mixins, base), {})
    return patched
