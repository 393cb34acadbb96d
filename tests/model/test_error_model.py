"""Which list in a body holds errors: Square's convention (``errors: [Error]`` in the
models of error responses), and nothing else. verify found appcenter.ms's successes
(crash reports with an ``errors`` list) read as failures when any model's list decided."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.support.fault_server import CannedResponse, queue_responder, serve
from tests.support.specs import client_model, document, imported_package, write_spec

ITEM = {"type": "object", "properties": {"count": {"type": "integer"}}}


def _spec(error_body: dict[str, Any]) -> dict[str, Any]:
    return document(
        paths={
            "/counts": {
                "get": {
                    "operationId": "getCounts",
                    "responses": {
                        "200": {
                            "description": "Counts, each an error count.",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/Counts"}
                                }
                            },
                        },
                        "400": {
                            "description": "Bad.",
                            "content": {"application/json": {"schema": error_body}},
                        },
                    },
                }
            }
        },
        schemas={
            "Counts": {
                "type": "object",
                "properties": {
                    "errors": {"type": "array", "items": {"$ref": "#/components/schemas/Count"}}
                },
            },
            "Count": ITEM,
            "Problem": {"type": "object", "properties": {"message": {"type": "string"}}},
            "ErrorList": {
                "type": "object",
                "properties": {
                    "errors": {"type": "array", "items": {"$ref": "#/components/schemas/Problem"}}
                },
            },
        },
    )


def test_a_success_models_errors_list_is_data(tmp_path: Path) -> None:
    spec = write_spec(tmp_path, _spec({"$ref": "#/components/schemas/Problem"}))
    assert client_model(spec).error_model is None


def test_the_error_responses_list_is_the_convention(tmp_path: Path) -> None:
    spec = write_spec(tmp_path, _spec({"$ref": "#/components/schemas/ErrorList"}))
    error_model = client_model(spec).error_model
    assert error_model is not None
    assert (error_model.model_name, error_model.field) == ("Problem", "errors")


@pytest.mark.slow
def test_on_the_wire_a_success_with_an_errors_list_is_a_success(tmp_path: Path) -> None:
    spec = write_spec(tmp_path, _spec({"$ref": "#/components/schemas/Problem"}))
    with imported_package(spec, tmp_path / "out", "counts_client") as package:
        answer = CannedResponse.json(200, {"errors": [{"count": 3}]})
        with serve(queue_responder(answer)) as server:
            with package.Client(base_url=server.url, max_retries=0) as client:
                result = client.default.get_counts()
    assert result.is_success(), result
    assert result.errors == [] and result.unwrap().errors[0].count == 3
