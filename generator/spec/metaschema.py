"""The OpenAPI meta-schema pass of validation, screened by jsonschema-rs.

openapi-spec-validator checks a spec in two passes: the whole document against the OpenAPI
JSON schema, then its own keyword walk. The first pass, in jsonschema (Python), takes 4.8 s
of CPU on GitHub's spec; jsonschema-rs (Rust) gives the same verdict in about 0.02 s. So
jsonschema-rs decides whether the document passes, and only when it reports a problem does
the Python pass run, over the whole document as before: every message the user sees is
still jsonschema's, word for word, at the same path.

Without jsonschema-rs, or when it cannot take the document (a YAML key that is not a
string, a date), the Python pass runs as it always did. tests/spec/test_validate_differential.py
shows both ways give the same diagnostics on every test spec.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

_rust_validators: dict[str, Any] = {}


class ScreenedMetaValidator:
    """Stands where openapi-spec-validator expects its meta-schema validator (it calls only
    ``iter_errors``): jsonschema-rs first, the Python ``fallback`` where it finds a fault.
    """

    def __init__(self, version: str, meta_schema: dict[str, Any], fallback: Any) -> None:
        self.version = version
        self.meta_schema = meta_schema
        self.fallback = fallback
        self.rust_passed = False  # what the last iter_errors decided (for tests)

    def iter_errors(self, instance: Any) -> Iterator[Any]:
        self.rust_passed = _rust_says_valid(self.version, self.meta_schema, instance)
        if not self.rust_passed:
            yield from self.fallback.iter_errors(instance)


def _rust_says_valid(version: str, meta_schema: dict[str, Any], instance: Any) -> bool:
    """True only when jsonschema-rs ran and found nothing; False if it is missing or failed."""
    validator = _rust_validator(version, meta_schema)
    if validator is None:
        return False
    try:
        return bool(validator.is_valid(instance))
    except Exception:  # a value jsonschema-rs cannot convert: jsonschema decides
        return False


def _rust_validator(version: str, meta_schema: dict[str, Any]) -> Any:
    if version not in _rust_validators:
        try:
            import jsonschema_rs
        except ImportError:
            _rust_validators[version] = None
            return None
        try:
            # jsonschema does not check "format" here (no format checker is given), so
            # neither may jsonschema-rs; offline: the OpenAPI schemas need no other document.
            _rust_validators[version] = jsonschema_rs.validator_for(
                meta_schema, validate_formats=False, offline=True
            )
        except Exception:  # another jsonschema-rs that refuses these options: jsonschema
            _rust_validators[version] = None
    return _rust_validators[version]


def schema_passes_draft4(meta_schema: dict[str, Any], format_checker: Any, schema: Any) -> bool:
    """True when ``schema`` passes openapi-schema-validator's check of an OpenAPI 3.0
    schema object (the JSON Schema draft-04 meta-schema, whose one ``format`` is ``regex``,
    on ``pattern``), decided by jsonschema-rs; False means "ask jsonschema".

    jsonschema-rs checks everything but the format (its regular expressions are not
    Python's); then every string under a ``pattern`` key, anywhere, must pass the same
    ``format_checker`` jsonschema would use: a superset of the patterns it checks.
    """
    if not _rust_says_valid("schema-draft4", meta_schema, schema):
        return False
    stack = [schema]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            pattern = node.get("pattern")
            if isinstance(pattern, str) and not format_checker.conforms(pattern, "regex"):
                return False
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return True
