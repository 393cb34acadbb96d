"""Reading spec nodes that may have the wrong type (``--lenient`` lets such specs through).

The validator reports a node of the wrong type (``info: "x"``, ``responses: true``) with
its location, as an error or, with ``--lenient``, as a warning. The model then reads the
node as empty: what it held is left out, never a crash.
"""

from __future__ import annotations

from typing import Any


def mapping(value: Any) -> dict[str, Any]:
    """``value`` if it is a mapping, else an empty one."""
    return value if isinstance(value, dict) else {}


def sequence(value: Any) -> list[Any]:
    """``value`` if it is a list, else an empty one."""
    return value if isinstance(value, list) else []


def name(value: Any) -> str | None:
    """A name as the wire sees it: a string, or a number written without quotes; else None."""
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return None


def text(value: Any) -> str:
    """Free text (a description, a title): strings and numbers; anything else is no text."""
    return (name(value) or "").strip()
