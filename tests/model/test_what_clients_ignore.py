"""What OpenAPI and HTTP say a client ignores. A header parameter named Accept,
Content-Type or Authorization "SHALL be ignored" (the media types and security schemes
decide those headers; verify found a method sending a second Content-Type from one); a
204 answer has no content whatever the spec declares; and `properties` beside a `type`
other than object are not an object."""

from __future__ import annotations

from pathlib import Path

from tests.support.specs import client_model, document, find_operation, write_spec


def test_accept_content_type_and_authorization_parameters_are_ignored(tmp_path: Path) -> None:
    headers = ["Accept", "content-type", "AUTHORIZATION", "X-Request-Id"]
    spec = document(
        paths={
            "/notes": {
                "post": {
                    "operationId": "createNote",
                    "parameters": [
                        {"name": name, "in": "header", "schema": {"type": "string"}}
                        for name in headers
                    ],
                    "requestBody": {"content": {"text/plain": {"schema": {"type": "string"}}}},
                    "responses": {"204": {"description": "Stored."}},
                }
            }
        }
    )
    operation = find_operation(client_model(write_spec(tmp_path, spec)), "create_note")
    assert [p.wire_name for p in operation.parameters] == ["X-Request-Id"]
    assert [a.py_name for a in operation.arguments if a.kind == "header"] == ["x_request_id"]


def test_a_204_has_no_body_whatever_the_spec_declares(tmp_path: Path) -> None:
    # HTTP gives 204 no content; asana.com declares one, and the client refused every answer.
    body = {"application/json": {"schema": {"type": "object", "properties": {"data": {}}}}}
    spec = document(
        paths={
            "/teams/{id}/removeUser": {
                "post": {
                    "operationId": "removeUser",
                    "parameters": [
                        {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
                    ],
                    "responses": {"204": {"description": "Removed.", "content": body}},
                }
            }
        }
    )
    operation = find_operation(client_model(write_spec(tmp_path, spec)), "remove_user")
    assert operation.result_type is None
    assert [(r.status, r.has_body) for r in operation.responses] == [("204", False)]


def test_properties_beside_another_type_are_ignored(tmp_path: Path) -> None:
    # JSON Schema: `type` decides; thesmsworks.co.uk's array with `properties` was a model.
    metadata = {
        "type": "array",
        "items": {"type": "object"},
        "properties": {"schema": {"type": "string"}},
    }
    spec = document(
        paths={
            "/messages": {
                "post": {
                    "operationId": "send",
                    "requestBody": {
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Message"}}
                        }
                    },
                    "responses": {"204": {"description": "Sent."}},
                }
            }
        },
        schemas={"Message": {"type": "object", "properties": {"metadata": metadata}}},
    )
    client = client_model(write_spec(tmp_path, spec))
    message = next(m for m in client.models if m.class_name == "Message")
    assert [f.annotation for f in message.fields] == ["list[dict[str, Any]] | None"]
    assert {m.class_name for m in client.models} == {"Message"}
