"""Which operations may be sent twice, as the model decides it from the spec."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from generator.model.build import PackageNames, build_client_model
from generator.model.types import ClientModel
from generator.spec.loader import SpecSource, load_document
from tests.conftest import ROOT
from tests.support.specs import client_model, document, find_operation, write_spec

SQUARE = ROOT / "tests" / "specs" / "vendor" / "square-api-2025-08-20.json"
KEYED_BODY = {
    "type": "object",
    "properties": {"idempotencyKey": {"type": "string"}, "amount": {"type": "integer"}},
}


def _operation(body: dict[str, Any] | None = None, **extra: Any) -> dict[str, Any]:
    operation: dict[str, Any] = {"responses": {"200": {"description": "ok"}}, **extra}
    if body is not None:
        operation["requestBody"] = {"content": {"application/json": {"schema": body}}}
    return operation


def _model(tmp_path: Path) -> ClientModel:
    key_header = {"name": "Idempotency-Key", "in": "header", "schema": {"type": "string"}}
    spec = document(
        paths={
            "/plain": {
                "post": _operation(operationId="plainPost"),
                "get": _operation(operationId="plainGet"),
                "patch": _operation(operationId="plainPatch"),
                "put": _operation(operationId="plainPut"),
            },
            "/keyed-body": {"post": _operation({"$ref": "#/components/schemas/Keyed"})},
            "/keyed-header": {"patch": _operation(parameters=[key_header])},
            "/marked": {"post": _operation(**{"x-idempotent": True})},
            "/unmarked": {"delete": _operation(**{"x-idempotent": False})},
        },
        schemas={"Keyed": KEYED_BODY},
    )
    return client_model(write_spec(tmp_path, spec), validate=True)


def test_the_method_a_key_or_the_extension_decides(tmp_path: Path) -> None:
    client = _model(tmp_path)
    found = {
        op.py_name: (op.idempotency.idempotent, op.idempotency.key, op.idempotency.reason)
        for api in client.apis
        for op in api.operations
    }
    assert found == {
        "plain_post": (False, None, ""),
        "plain_get": (True, None, "method"),
        "plain_patch": (False, None, ""),
        "plain_put": (True, None, "method"),
        "post_keyed_body": (True, ("body", "idempotencyKey"), "key"),
        "patch_keyed_header": (True, ("header", "Idempotency-Key"), "key"),
        "post_marked": (True, None, "extension"),
        "delete_unmarked": (False, None, "extension"),
    }


def test_the_runtime_is_told_only_what_the_method_does_not_say(tmp_path: Path) -> None:
    client = _model(tmp_path)

    def keywords(name: str) -> dict[str, str]:
        return {k.name: k.value for k in find_operation(client, name).request.keywords}

    assert "idempotent" not in keywords("plain_post")  # the runtime's default for POST
    assert "idempotent" not in keywords("plain_get")
    # A request that carries its key is idempotent: the runtime sees that itself.
    assert "idempotent" not in keywords("post_keyed_body")
    assert keywords("post_keyed_body")["idempotency_key"] == '("body", "idempotencyKey")'
    assert keywords("patch_keyed_header")["idempotency_key"] == '("header", "Idempotency-Key")'
    assert keywords("post_marked")["idempotent"] == "True"
    assert keywords("delete_unmarked")["idempotent"] == "False"


def test_an_idempotency_key_that_is_not_a_top_level_json_field_does_not_count(
    tmp_path: Path,
) -> None:
    nested = {"type": "object", "properties": {"inner": KEYED_BODY}}
    spec = document(
        paths={
            "/nested": {"post": _operation(nested)},
            "/form": {
                "post": {
                    "requestBody": {
                        "content": {"application/x-www-form-urlencoded": {"schema": KEYED_BODY}}
                    },
                    "responses": {"200": {"description": "ok"}},
                }
            },
        }
    )
    client = client_model(write_spec(tmp_path, spec), validate=True)
    for name in ("post_nested", "post_form"):
        assert find_operation(client, name).idempotency.idempotent is False, name


@pytest.mark.slow
def test_squares_create_operations_are_keyed_and_its_token_calls_are_not() -> None:
    source = SpecSource(load_document(SQUARE))
    client = build_client_model(
        source, PackageNames("square", "square", "1.0.0"), lenient=True, warnings=[]
    )
    create_payment = find_operation(client, "create_payment").idempotency
    assert (create_payment.idempotent, create_payment.key) == (True, ("body", "idempotency_key"))
    assert find_operation(client, "list_payments").idempotency.idempotent is True
    for name in ("obtain_token", "complete_payment", "search_orders"):
        assert find_operation(client, name).idempotency.idempotent is False, name
    keyed_posts = [
        op.py_name
        for api in client.apis
        for op in api.operations
        if op.http_method == "POST" and op.idempotency.key is not None
    ]
    assert len(keyed_posts) > 40  # Square's create, pay and batch operations


def test_each_operation_docs_say_when_it_is_retried(tmp_path: Path) -> None:
    client = _model(tmp_path)
    notes = {op.py_name: op.retry_note for api in client.apis for op in api.operations}
    assert notes["plain_get"].endswith("a `GET` does the same however often it is sent.")
    assert "(a `POST` without an idempotency key could act twice)" in notes["plain_post"]
    assert "idempotency key `idempotencyKey` (body field)" in notes["post_keyed_body"]
    assert "idempotency key `Idempotency-Key` (header)" in notes["patch_keyed_header"]
    assert notes["post_marked"].endswith("the spec marks it `x-idempotent: true`.")
    assert "(the spec marks it `x-idempotent: false`)" in notes["delete_unmarked"]
    assert client.unsafe_to_repeat == (
        "default.plain_post",
        "default.plain_patch",
        "default.delete_unmarked",
    )
