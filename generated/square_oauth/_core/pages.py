"""Following the pages of a paginated operation.

The generator decides per operation (generator/model/pagination.py) where the request
carries its cursor and where the answer names the next one; the runtime only follows it:
the next request is the same request with the next cursor in place, until an answer names
none, names the cursor it was sent (a server that would loop forever), or is an error.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .call import RequestSpec

# How many pages ``iter_pages()`` and ``iter_items()`` follow at most, unless told: a
# server that keeps naming new cursors cannot keep a loop going for ever.
DEFAULT_MAX_PAGES = 1000


@dataclass(frozen=True)
class Pagination:
    """Where one operation's cursor goes and where its answers name the next one."""

    # ("query", "cursor") or ("body", "cursor"): the request's cursor, by its wire name.
    cursor: tuple[str, str]
    # The wire names leading to the next cursor in the answer's JSON body.
    next_cursor: tuple[str, ...]
    # The wire names leading to the page's list of items; () when unknown.
    items: tuple[str, ...] = ()


def next_cursor(pagination: Pagination, body: Any) -> str | None:
    """The cursor the answer names for the next page; None when it names none."""
    value = body
    for name in pagination.next_cursor:
        if not isinstance(value, dict):
            return None
        value = value.get(name)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)
    return value if isinstance(value, str) and value else None


def sent_cursor(spec: RequestSpec[Any]) -> str | None:
    """The cursor a request carries (None on a first page)."""
    assert spec.pagination is not None
    where, name = spec.pagination.cursor
    if where == "query":
        sent = [str(v) for k, v in spec.query if k == name and v is not None]
        return sent[-1] if sent else None
    if isinstance(spec.json, dict):
        value = spec.json.get(name)
        return None if value is None else str(value)
    return None


def next_request(spec: RequestSpec[Any], cursor: str) -> RequestSpec[Any]:
    """The same request asking for the page ``cursor`` names."""
    assert spec.pagination is not None
    where, name = spec.pagination.cursor
    if where == "query":
        query = [(k, v) for k, v in spec.query if k != name]
        return dataclasses.replace(spec, query=[*query, (name, cursor)])
    body = dict(spec.json) if isinstance(spec.json, dict) else {}
    body[name] = cursor
    return dataclasses.replace(spec, json=body, has_json=True)


def page_items(pagination: Pagination | None, data: Any) -> Sequence[Any]:
    """The items of one page's data (typed as the spec declares them); [] when none."""
    if pagination is None or not pagination.items:
        return []
    value = data
    for name in pagination.items:
        value = _member(value, name)
        if value is None:
            return []
    return value if isinstance(value, list) else []


def _member(value: Any, wire_name: str) -> Any:
    if isinstance(value, dict):
        return value.get(wire_name)
    fields = getattr(type(value), "model_fields", None)
    if not isinstance(fields, dict):
        return None
    for py_name, info in fields.items():
        if (getattr(info, "alias", None) or py_name) == wire_name:
            return getattr(value, py_name, None)
    return None
