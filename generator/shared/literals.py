"""Python literals for JSON values: how the model writes a ``const`` into a type and how
templates write examples and defaults (as the ``pystr`` and ``pyliteral`` filters).

A neutral home: the model decides literal types without importing the rendering stage.
"""

from __future__ import annotations

import datetime
import json
import math
from collections.abc import Iterable
from typing import Any


def string_literal(value: Any) -> str:
    """A Python string literal holding ``value`` exactly.

    Quoted the way black writes it (double quotes unless that needs more escapes): black
    then finds nothing to change and formats the file in one pass instead of two.
    """
    literal = repr(str(value))
    if literal[0] == "'" and '"' not in literal and "'" not in literal[1:-1]:
        # No quote inside, so no escape depends on the quote character.
        return f'"{literal[1:-1]}"'
    return literal


def dict_literal(items: Iterable[tuple[str, str]]) -> str:
    """``{"key": value, ...}``: text keys, Python expressions as values."""
    return "{" + ", ".join(f"{string_literal(key)}: {value}" for key, value in items) + "}"


def python_literal(value: Any) -> str:
    """A Python expression equal to a JSON value (for examples and defaults)."""
    if isinstance(value, float) and not math.isfinite(value):
        return f"float({str(value)!r})"
    if isinstance(value, dict):
        items = ", ".join(f"{string_literal(k)}: {python_literal(v)}" for k, v in value.items())
        return "{" + items + "}"
    if isinstance(value, list):
        return "[" + ", ".join(python_literal(v) for v in value) + "]"
    if isinstance(value, tuple):
        members = [python_literal(v) for v in value]
        return "(" + ", ".join(members) + ("," if len(members) == 1 else "") + ")"
    if isinstance(value, str):
        return string_literal(value)
    if isinstance(value, (datetime.date, datetime.datetime)):
        return string_literal(value.isoformat())  # YAML reads unquoted dates as dates
    if isinstance(value, bytes):
        literal = repr(value)  # b'...': quoted the way black writes it, as string_literal
        if "'" not in literal[2:-1] and '"' not in literal:
            return f'b"{literal[2:-1]}"'
        return literal
    if value is None or isinstance(value, (bool, int, float)):
        return repr(value)
    return string_literal(json.dumps(value, default=str))


_TOML_SHORT = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r"}


def toml_string(value: Any) -> str:
    """A TOML basic string, ASCII only.

    Not ``json.dumps``: JSON writes characters outside the BMP as surrogate pairs
    (``\\ud83d\\ude00``), which TOML rejects; TOML spells them ``\\U0001F600``. A lone
    surrogate (possible in a JSON spec) is not a Unicode scalar value and cannot be
    written in TOML at all, so it becomes U+FFFD.
    """
    out = ['"']
    for char in str(value):
        code = ord(char)
        if char in _TOML_SHORT:
            out.append(_TOML_SHORT[char])
        elif 0x20 <= code < 0x7F:
            out.append(char)
        elif 0xD800 <= code <= 0xDFFF:
            out.append("\\uFFFD")
        elif code <= 0xFFFF:
            out.append(f"\\u{code:04X}")
        else:
            out.append(f"\\U{code:08X}")
    out.append('"')
    return "".join(out)
