"""Following pages, sync and async, against a Square-shaped server on 127.0.0.1.

``list_payments`` carries its cursor in the query, ``search_orders`` in the JSON body;
both answers name the next cursor in ``cursor``. The server serves three pages.
"""

from __future__ import annotations

import ast
import asyncio
import importlib
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from generator.cli import main
from tests.support.fault_server import CannedResponse, RecordedRequest, serve

SPEC = """\
openapi: 3.0.3
info: {title: Payments, version: "1"}
servers: [{url: "https://connect.example.com"}]
components:
  schemas:
    Payment:
      type: object
      properties:
        id: {type: string}
        amount: {type: integer}
    Error:
      type: object
      properties:
        code: {type: string}
    ListPaymentsResponse:
      type: object
      properties:
        errors: {type: array, items: {$ref: "#/components/schemas/Error"}}
        payments: {type: array, items: {$ref: "#/components/schemas/Payment"}}
        cursor: {type: string}
    SearchOrdersRequest:
      type: object
      properties:
        location_ids: {type: array, items: {type: string}}
        cursor: {type: string}
        limit: {type: integer}
paths:
  /v2/payments:
    get:
      operationId: ListPayments
      parameters:
        - {name: cursor, in: query, schema: {type: string}}
        - {name: limit, in: query, schema: {type: integer}}
      responses:
        "200":
          description: one page
          content:
            application/json:
              schema: {$ref: "#/components/schemas/ListPaymentsResponse"}
  /v2/payments-unpaged:
    get:
      operationId: ListPaymentsOnce
      x-pagination: false
      parameters:
        - {name: cursor, in: query, schema: {type: string}}
      responses:
        "200":
          description: one page
          content:
            application/json:
              schema: {$ref: "#/components/schemas/ListPaymentsResponse"}
  /v2/orders/search:
    post:
      operationId: SearchOrders
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: "#/components/schemas/SearchOrdersRequest"}
      responses:
        "200":
          description: one page
          content:
            application/json:
              schema: {$ref: "#/components/schemas/ListPaymentsResponse"}
"""
PAGES = {
    None: ({"payments": [{"id": "P1", "amount": 1}, {"id": "P2", "amount": 2}], "cursor": "c2"}),
    "c2": {"payments": [{"id": "P3", "amount": 3}], "cursor": "c3"},
    "c3": {"payments": [{"id": "P4", "amount": 4}]},  # the last page names no cursor
}
EVERY_ID = ["P1", "P2", "P3", "P4"]


def three_pages(request: RecordedRequest) -> CannedResponse:
    """Square's shape: the cursor comes in the query (GET) or the JSON body (POST)."""
    if request.method == "GET":
        cursor = request.query_params.get("cursor", [None])[0]
    else:
        cursor = json.loads(request.body).get("cursor")
    if cursor not in PAGES:
        return CannedResponse.json(400, {"errors": [{"code": "BAD_CURSOR"}]})
    return CannedResponse.json(200, PAGES[cursor])


@pytest.fixture(scope="module")
def paged(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    root = tmp_path_factory.mktemp("paged")
    spec = root / "paged.yaml"
    spec.write_text(SPEC, encoding="utf-8")
    out = root / "out"
    assert main(["generate", str(spec), "-o", str(out), "--package-name", "paged_api"]) == 0
    sys.path.insert(0, str(out))
    try:
        yield importlib.import_module("paged_api")
    finally:
        sys.path.remove(str(out))


def test_one_for_loop_reads_every_payment_of_three_pages(paged: Any) -> None:
    with serve(three_pages) as server, paged.Client(base_url=server.url) as client:
        first = client.default.list_payments(limit=2)
        assert first.is_success() and [p.id for p in first.data.payments] == ["P1", "P2"]
        items = list(first.iter_items())
        pages = list(first.iter_pages())
    assert [p.id for p in items] == EVERY_ID
    assert all(isinstance(p, paged.models.Payment) for p in items)
    assert [len(page.data.payments) for page in pages] == [2, 1, 1]
    sent = [r.query_params for r in server.requests]
    # The first page once, then the pages each loop followed; the limit kept on each.
    assert sent[:3] == [
        {"limit": ["2"]},
        {"limit": ["2"], "cursor": ["c2"]},
        {"limit": ["2"], "cursor": ["c3"]},
    ]
    assert len(sent) == 5  # 1 + 2 (iter_items) + 2 (iter_pages)


def test_a_body_cursor_and_the_async_client(paged: Any) -> None:
    async def every_order() -> tuple[list[str], list[int]]:
        async with paged.AsyncClient(base_url=server.url) as client:
            first = await client.default.search_orders(body={"location_ids": ["L1"]})
            ids = [p.id async for p in first.aiter_items()]
            sizes = [len(page.data.payments) async for page in first.aiter_pages()]
            return ids, sizes

    with serve(three_pages) as server:
        ids, sizes = asyncio.run(every_order())
    assert ids == EVERY_ID and sizes == [2, 1, 1]
    bodies = [r.json() for r in server.requests]
    assert bodies[:3] == [
        {"location_ids": ["L1"]},
        {"location_ids": ["L1"], "cursor": "c2"},
        {"location_ids": ["L1"], "cursor": "c3"},
    ]


def test_the_cap_an_error_page_and_switched_off_pagination(paged: Any) -> None:
    with serve(three_pages) as server, paged.Client(base_url=server.url) as client:
        first = client.default.list_payments()
        assert [len(p.data.payments) for p in first.iter_pages(max_pages=2)] == [2, 1]
        bad = client.default.list_payments(cursor="nope")
        assert bad.is_error() and [p.status_code for p in bad.iter_pages()] == [400]
        with pytest.raises(paged.ApiStatusError):
            list(bad.iter_items())
        once = client.default.list_payments_once()
        assert once.is_success() and not once.has_next_page()
        assert [p.id for p in once.iter_items()] == []  # no items path without pagination
        assert len(list(once.iter_pages())) == 1
    assert len(server.requests) == 2 + 1 + 1  # the cap sent no third request


def test_a_server_naming_the_cursor_it_was_sent_ends_the_loop(paged: Any) -> None:
    def looping(request: RecordedRequest) -> CannedResponse:
        return CannedResponse.json(200, {"payments": [{"id": "P"}], "cursor": "same"})

    with serve(looping) as server, paged.Client(base_url=server.url) as client:
        pages = list(client.default.list_payments().iter_pages())
    assert len(pages) == 2 and len(server.requests) == 2


def test_iter_pages_on_an_async_result_says_to_use_async_for(paged: Any) -> None:
    async def first_page() -> Any:
        async with paged.AsyncClient(base_url=server.url) as client:
            first = await client.default.list_payments()
            with pytest.raises(TypeError, match="aiter_pages"):
                list(first.iter_pages())
            return first

    with serve(three_pages) as server:
        assert asyncio.run(first_page()).is_success()


def test_the_docs_page_says_which_operations_paginate_and_shows_the_loop(paged: Any) -> None:
    out = Path(paged.__file__).parent.parent
    page = (out / "docs" / "apis" / "default.md").read_text(encoding="utf-8")
    listed = [line for line in page.splitlines() if line.startswith("* [")]
    assert [line.endswith("(paginated)") for line in listed] == [True, False, True]
    assert page.count("### Pages") == 2
    assert "`cursor` query parameter" in page and "`cursor` body field" in page
    for block in re.findall(r"^```python\n(.*?)^```", page, re.S | re.M):
        ast.parse(block)
    assert "async for page in first.aiter_pages():" in page
