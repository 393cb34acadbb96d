"""Whether an operation returns one page of many, decided once from the spec.

The rule it recognises (Square's): a cursor the request carries, a query parameter or a
top-level field of its JSON body named ``cursor`` (or ``page_token``), and the next cursor
in a top-level field of the success body, named the same (or ``next_cursor``,
``next_page_token``). The page's items are the first list field of the success body other
than ``errors``. The runtime (runtime/_core/pages.py) sends the same request with the
next cursor until an answer names none.

The vendor extension ``x-pagination`` on an operation says what the rule cannot see:
``x-pagination: false`` switches pagination off; an object declares it,
``{cursor: <query parameter or body field>, next: <field of the success body>, items:
<list field of the success body>}`` (``next`` and ``items`` may be dotted paths into
nested objects; ``next`` defaults to the cursor's name, ``items`` to the rule's choice).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from generator.model import naming
from generator.model.typeref import ListOf, non_null

if TYPE_CHECKING:
    from generator.model.types import ObjectModel, Parameter, RequestBody

EXTENSION = "x-pagination"
CURSOR_NAMES = ("cursor", "page_token")  # compared after snake_case: pageToken matches too
NEXT_NAMES = ("next_cursor", "next_page_token")
NOT_ITEMS = ("errors",)


@dataclass(frozen=True)
class Pagination:
    """Where an operation's cursor goes, and where its answers name the next one."""

    cursor: tuple[Literal["query", "body"], str]  # the request's cursor, by wire name
    next_cursor: tuple[str, ...]  # wire names leading to the next cursor in the answer
    items: tuple[str, ...]  # wire names leading to the page's items; () when unknown
    declared: bool = False  # by ``x-pagination`` rather than by the rule

    @property
    def keyword(self) -> str:
        """The ``Pagination(...)`` expression of the operation's ``RequestSpec``."""
        return (
            f"Pagination(cursor={self.cursor!r}, next_cursor={self.next_cursor!r},"
            f" items={self.items!r})"
        )

    @property
    def note(self) -> str:
        """One sentence (markdown) for the docs: how its pages are followed."""
        where = "query parameter" if self.cursor[0] == "query" else "body field"
        return (
            f"Paginated: the answer's `{'.'.join(self.next_cursor)}` is sent back as the"
            f" `{self.cursor[1]}` {where} for the next page"
            + (f"; the items are `{'.'.join(self.items)}`." if self.items else ".")
        )


def pagination(
    spec: Mapping[str, Any],
    parameters: tuple[Parameter, ...],
    body: RequestBody | None,
    success_model: str | None,
    models: Mapping[str, ObjectModel],
) -> Pagination | None:
    declared = spec.get(EXTENSION)
    if declared is False:
        return None
    request_fields = _request_fields(parameters, body, models)
    response = models.get(success_model) if success_model else None
    if isinstance(declared, Mapping):
        return _declared(declared, request_fields, response)
    cursor = next((c for c in request_fields if naming.snake_case(c[1]) in CURSOR_NAMES), None)
    if cursor is None or response is None:
        return None
    names = {naming.snake_case(f.wire_name): f.wire_name for f in response.fields}
    wanted = (naming.snake_case(cursor[1]), *NEXT_NAMES)
    next_name = next((names[n] for n in wanted if n in names), None)
    if next_name is None:
        return None
    return Pagination(cursor, (next_name,), _items(response))


def _request_fields(
    parameters: tuple[Parameter, ...],
    body: RequestBody | None,
    models: Mapping[str, ObjectModel],
) -> list[tuple[Literal["query", "body"], str]]:
    found: list[tuple[Literal["query", "body"], str]] = [
        ("query", p.wire_name) for p in parameters if p.location == "query"
    ]
    if body is not None and body.encoding == "json" and body.model_name is not None:
        model = models.get(body.model_name)
        if model is not None:
            found += [("body", f.wire_name) for f in model.fields]
    return found


def _items(response: ObjectModel) -> tuple[str, ...]:
    for field in response.fields:
        if isinstance(non_null(field.type), ListOf) and field.wire_name not in NOT_ITEMS:
            return (field.wire_name,)
    return ()


def _declared(
    declared: Mapping[str, Any],
    request_fields: list[tuple[Literal["query", "body"], str]],
    response: ObjectModel | None,
) -> Pagination | None:
    name = declared.get("cursor")
    cursor = next((c for c in request_fields if c[1] == name), None)
    if cursor is None:
        return None
    next_path = declared.get("next", cursor[1])
    items = declared.get("items")
    return Pagination(
        cursor,
        tuple(str(next_path).split(".")),
        tuple(str(items).split(".")) if items else (_items(response) if response else ()),
        declared=True,
    )
