"""Which operations paginate, and how, as the model decides it from the spec."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from generator.model.build import PackageNames, build_client_model
from generator.spec.loader import SpecSource, load_document
from tests.conftest import ROOT
from tests.support.specs import client_model, document, find_operation, write_spec

SQUARE = ROOT / "tests" / "specs" / "vendor" / "square-api-2025-08-20.json"
CURSOR = {"name": "cursor", "in": "query", "schema": {"type": "string"}}
PAGE = {"$ref": "#/components/schemas/Page"}


def _get(parameters: list[dict[str, Any]], **extra: Any) -> dict[str, Any]:
    ok = {"description": "ok", "content": {"application/json": {"schema": PAGE}}}
    return {"parameters": parameters, "responses": {"200": ok}, **extra}


def test_the_cursor_rule_and_the_extension(tmp_path: Path) -> None:
    after = {"name": "after", "in": "query", "schema": {"type": "string"}}
    spec = document(
        paths={
            "/ruled": {"get": _get([CURSOR], operationId="ruled")},
            "/off": {"get": _get([CURSOR], operationId="off", **{"x-pagination": False})},
            "/declared": {
                "get": _get(
                    [after],
                    operationId="declared",
                    **{"x-pagination": {"cursor": "after", "next": "meta.next", "items": "rows"}},
                )
            },
            "/no-cursor": {"get": _get([after], operationId="noCursor")},
        },
        schemas={
            "Page": {
                "type": "object",
                "properties": {
                    "errors": {"type": "array", "items": {"type": "string"}},
                    "rows": {"type": "array", "items": {"type": "integer"}},
                    "cursor": {"type": "string"},
                },
            }
        },
    )
    client = client_model(write_spec(tmp_path, spec), validate=True)
    found = {op.py_name: op.pagination for api in client.apis for op in api.operations}
    ruled = found["ruled"]
    assert ruled is not None and not ruled.declared
    assert ruled.cursor == ("query", "cursor")
    assert (ruled.next_cursor, ruled.items) == (("cursor",), ("rows",))
    declared = found["declared"]
    assert declared is not None and declared.declared
    assert (declared.cursor, declared.next_cursor) == (("query", "after"), ("meta", "next"))
    assert found["off"] is None and found["no_cursor"] is None


def test_square_lists_and_searches_paginate_and_creates_do_not() -> None:
    source = SpecSource(load_document(SQUARE))
    client = build_client_model(
        source, PackageNames("square", "square", "1.0.0"), lenient=True, warnings=[]
    )
    payments = find_operation(client, "list_payments").pagination
    assert payments is not None
    assert (payments.cursor, payments.next_cursor, payments.items) == (
        ("query", "cursor"),
        ("cursor",),
        ("payments",),
    )
    orders = find_operation(client, "search_orders").pagination
    assert orders is not None and orders.cursor == ("body", "cursor")
    assert orders.items == ("order_entries",)  # the first list field; orders when entries off
    assert find_operation(client, "create_payment").pagination is None
    paginated = [op for api in client.apis for op in api.operations if op.pagination]
    assert len(paginated) > 40
