"""Swagger 2.0 input: validated as written, converted to OpenAPI 3.0, generated like any spec.

``tests/specs/valid/swagger2-shop.yaml`` holds the 2.0 features that change shape in 3.0
(body and formData parameters, collectionFormat, securityDefinitions, x-nullable, string
discriminators, response examples) and Square's deprecation markers. Diagnostics raised
after conversion must still name the line of the Swagger file.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from generator.cli import main
from generator.model.build import PackageNames
from generator.model.types import ClientModel
from generator.spec.loader import load_document
from generator.spec.swagger2 import convert_swagger2
from tests.conftest import ROOT
from tests.support.specs import client_model, find_operation

REPO = ROOT
SHOP = REPO / "tests" / "specs" / "valid" / "swagger2-shop.yaml"
NAMES = PackageNames("shop", "shop", "0.1.0")


def _converted() -> dict[str, Any]:
    data: dict[str, Any] = convert_swagger2(load_document(SHOP)).data
    return data


def _client() -> ClientModel:
    return client_model(SHOP, "shop", validate=True)


def test_servers_and_components_move_to_openapi_3_places() -> None:
    data = _converted()

    assert data["openapi"] == "3.0.3"
    assert [s["url"] for s in data["servers"]] == [
        "https://shop.example.com/v2",
        "http://shop.example.com/v2",
    ]
    assert set(data["components"]["schemas"]) == {"Item", "Category", "Error"}
    assert data["components"]["parameters"]["PageSize"]["schema"] == {
        "type": "integer",
        "default": 20,
    }
    # A body parameter has no place among 3.0 parameters: it is inlined where used.
    assert "ItemBody" not in data["components"]["parameters"]
    schemes = data["components"]["securitySchemes"]
    assert schemes["basicAuth"] == {"type": "http", "scheme": "basic"}
    assert schemes["apiKey"] == {"type": "apiKey", "name": "key", "in": "query"}
    assert schemes["oauth2"]["flows"]["authorizationCode"]["tokenUrl"].endswith("/oauth/token")


def test_schemas_are_rewritten() -> None:
    schemas = _converted()["components"]["schemas"]

    assert schemas["Item"]["properties"]["name"] == {"type": "string", "nullable": True}
    assert schemas["Item"]["properties"]["parent"] == {"$ref": "#/components/schemas/Category"}
    assert schemas["Category"]["discriminator"] == {"propertyName": "kind"}
    assert schemas["Category"]["properties"]["items"]["items"] == {
        "$ref": "#/components/schemas/Item"
    }


def test_parameters_bodies_and_responses() -> None:
    paths = _converted()["paths"]
    list_items = paths["/items"]["get"]
    by_name = {p.get("name", p.get("$ref")): p for p in list_items["parameters"]}

    assert by_name["#/components/parameters/PageSize"] == {
        "$ref": "#/components/parameters/PageSize"
    }
    assert (by_name["ids"]["style"], by_name["ids"]["explode"]) == ("form", False)
    assert (by_name["tags"]["style"], by_name["tags"]["explode"]) == ("form", True)
    ok = list_items["responses"]["200"]["content"]["application/json"]
    assert ok["example"] == [{"id": "1", "name": "Pen"}]

    create = paths["/items"]["post"]["requestBody"]
    assert create["required"] is True
    assert create["content"] == {
        "application/json": {"schema": {"$ref": "#/components/schemas/Item"}}
    }

    upload = paths["/items/{item_id}/image"]["post"]
    form = upload["requestBody"]["content"]["multipart/form-data"]["schema"]
    assert form["properties"]["file"] == {
        "type": "string",
        "format": "binary",
        "description": "The picture.",
    }
    assert form["required"] == ["file"]
    assert [p["name"] for p in upload["parameters"]] == ["item_id"]
    assert upload["responses"]["200"]["headers"]["X-Rate-Limit"]["schema"] == {"type": "integer"}

    login = paths["/login"]["post"]["requestBody"]["content"]
    assert list(login) == ["application/x-www-form-urlencoded"]


def test_model_from_swagger_has_every_operation_and_vendor_deprecation() -> None:
    client = _client()

    names = sorted(op.py_name for api in client.apis for op in api.operations)
    assert names == [
        "create_item",
        "delete_item",
        "list_items",
        "login",
        "retrieve_item",
        "upload_image",
    ]
    assert find_operation(client, "delete_item").deprecated  # x-release-status: DEPRECATED
    assert find_operation(client, "login").deprecated  # x-is-deprecated: true
    assert not find_operation(client, "list_items").deprecated
    assert next(m for m in client.models if m.class_name == "Error").deprecated
    kind = next(e for e in client.enums if e.class_name == "ItemKind")
    assert [(m.name, m.value) for m in kind.members] == [("WRITING", "PEN"), ("SHEET", "PAPER")]
    assert client.servers[0].url == "https://shop.example.com/v2"


@pytest.mark.slow
def test_generated_swagger_client_imports_and_handles_cyclic_models(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert main(["generate", str(SHOP), "-o", str(out), "--package-name", "shop"]) == 0

    script = textwrap.dedent(
        """
        import warnings
        from shop import Client
        from shop.models import Category, Item, ItemKind

        item = Item.model_validate(
            {"id": "1", "kind": "PEN", "parent": {"kind": "x", "items": [{"id": "2"}]}}
        )
        assert item.kind is ItemKind.WRITING
        assert isinstance(item.parent, Category)
        assert item.parent.items[0].id == "2"
        client = Client(access_token="t")
        assert callable(client.items.upload_image)
        print("ok")
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=out,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_diagnostics_after_conversion_name_the_swagger_line() -> None:
    document = convert_swagger2(load_document(SHOP))
    lines = SHOP.read_text(encoding="utf-8").splitlines()

    def line_of(pointer: str) -> str:
        diagnostic = document.diagnostic("problem", pointer)
        assert diagnostic.line is not None
        return lines[diagnostic.line - 1].strip()

    assert line_of("/components/schemas/Item/properties/name") == (
        "name: {type: string, x-nullable: true}"
    )
    # The body moved from parameters to requestBody; its schema still points at the file.
    assert line_of("/paths/~1items~1{item_id}~1image/post/requestBody/content") == (
        "- {name: file, in: formData, required: true, type: file, description: The picture.}"
    )
    # (a value's position is where the value starts)
    assert line_of("/paths/~1items/get/responses/200/content/application~1json/schema") == (
        "type: array"
    )
    assert document.diagnostic("x", "/components/schemas/Category").pointer == (
        "/definitions/Category"
    )
