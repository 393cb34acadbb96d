"""Example values for generated docs, taken from the spec or made up from the schema.

Made-up values respect the constraints a mock server checks (enums, lengths, formats,
required properties), so that every generated example is a valid request.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Resolve = Callable[[dict[str, Any]], dict[str, Any]]

_FORMAT_EXAMPLES = {
    "date-time": "2024-01-01T00:00:00Z",
    "date": "2024-01-01",
    "uuid": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
    "email": "user@example.com",
    "uri": "https://example.com",
    "byte": "U3F1YXJl",
}


def example_for(schema: Any, resolve: Resolve, name: str = "value", depth: int = 0) -> Any:
    """The schema's own example when it has one, else a value made up to satisfy it."""
    if not isinstance(schema, dict) or depth > 8:
        return None
    schema = resolve(schema)
    for key in ("example", "default", "const"):
        if key in schema:
            return schema[key]
    examples = schema.get("examples")
    if isinstance(examples, list) and examples:
        return examples[0]
    if isinstance(schema.get("enum"), list) and schema["enum"]:
        return schema["enum"][0]
    for combinator in ("allOf", "oneOf", "anyOf"):
        members = schema.get(combinator)
        if isinstance(members, list) and members:
            if combinator == "allOf":
                merged: dict[str, Any] = {}
                for member in members:
                    value = example_for(member, resolve, name, depth + 1)
                    if isinstance(value, dict):
                        merged.update(value)
                return merged
            return example_for(members[0], resolve, name, depth + 1)
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), None)
    if kind == "object" or "properties" in schema:
        properties = schema.get("properties")
        properties = properties if isinstance(properties, dict) else {}
        required = schema.get("required")
        required = required if isinstance(required, list) else []
        return {
            key: example_for(properties[key], resolve, key, depth + 1)
            for key in required
            if isinstance(key, str) and key in properties
        }
    if kind == "array":
        return [example_for(schema.get("items", {}), resolve, name, depth + 1)]
    if kind in ("integer", "number"):
        minimum = schema.get("minimum")
        if not isinstance(minimum, int | float) or isinstance(minimum, bool):
            minimum = 1 if kind == "integer" else 1.5  # none, or not a number (--lenient)
        return int(minimum) if kind == "integer" else float(minimum)
    if kind == "boolean":
        return True
    if kind == "string":
        return _string_example(schema, name)
    return None


def _string_example(schema: dict[str, Any], name: str) -> str:
    value = _FORMAT_EXAMPLES.get(str(schema.get("format")), name.upper() or "VALUE")
    min_length = schema.get("minLength")
    if isinstance(min_length, int) and len(value) < min_length:
        value = value + "X" * (min_length - len(value))
    max_length = schema.get("maxLength")
    if isinstance(max_length, int) and len(value) > max_length:
        value = value[:max_length]
    return value
