"""``x-additional-headers`` on a security scheme (Square's ``Square-Version``): a client
setting with its default, as a header parameter every operation shares is."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from generator.model.types import GlobalHeader
from tests.support.specs import client_model, document, find_operation, write_spec


def _spec(parameters: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    operation: dict[str, Any] = {"operationId": "ping", "responses": {"204": {"description": "ok"}}}
    if parameters:
        operation["parameters"] = parameters
    return document(
        paths={"/ping": {"get": operation}},
        components={
            "securitySchemes": {
                "oauth2": {
                    "type": "oauth2",
                    "flows": {"clientCredentials": {"tokenUrl": "https://x/t", "scopes": {}}},
                    "x-additional-headers": [
                        {
                            "name": "Square-Version",
                            "description": "Square Connect API versions",
                            "schema": {"default": "2025-08-20"},
                        },
                        {"name": "X-Tenant"},
                        {"description": "no name: not a header"},
                        "not an entry",
                    ],
                }
            }
        },
    )


def test_each_named_header_becomes_a_setting_with_its_default(tmp_path: Path) -> None:
    client = client_model(write_spec(tmp_path, _spec()), validate=True)
    assert client.global_headers == (
        GlobalHeader(
            "square_version", "Square-Version", "2025-08-20", "Square Connect API versions"
        ),
        GlobalHeader("x_tenant", "X-Tenant", None, ""),
    )
    names = [setting.py_name for setting in client.constructor.settings]
    assert names == ["access_token", "square_version", "x_tenant"]
    assert client.constructor.global_headers == (
        '{"Square-Version": square_version, "X-Tenant": x_tenant}'
    )


def test_an_operations_own_parameter_for_the_header_is_the_setting(tmp_path: Path) -> None:
    """An operation that also declares the header takes no argument for it: the client's
    setting sends it, as for a shared header parameter."""
    parameter = {"name": "X-Tenant", "in": "header", "schema": {"type": "string"}}
    client = client_model(write_spec(tmp_path, _spec([parameter])), validate=True)
    assert [p.wire_name for p in find_operation(client, "ping").parameters] == []
    assert [h.wire_name for h in client.global_headers] == ["Square-Version", "X-Tenant"]


def test_a_shared_header_parameter_wins_over_the_schemes_entry(tmp_path: Path) -> None:
    spec = _spec([{"$ref": "#/components/parameters/Version"}])
    spec["components"]["parameters"] = {
        "Version": {
            "name": "Square-Version",
            "in": "header",
            "description": "From the parameter.",
            "schema": {"type": "string", "default": "2024-01-01"},
        }
    }
    client = client_model(write_spec(tmp_path, spec), validate=True)
    assert client.global_headers[0] == GlobalHeader(
        "square_version", "Square-Version", "2024-01-01", "From the parameter."
    )
    assert len(client.global_headers) == 2
