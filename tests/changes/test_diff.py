"""The change report on hand-made OpenAPI 3 pairs: one change at a time, classified."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.changes.compare import suggested_bump
from generator.changes.run import diff_specs
from generator.changes.surface import union_members
from generator.cli import main
from tests.conftest import ROOT
from tests.support.specs import Spec, write_spec

BASE: dict[str, Any] = yaml.safe_load(
    """
openapi: 3.0.3
info: {title: Shop, version: "1"}
servers: [{url: "https://shop.test", description: Production}]
security: [{key: []}]
components:
  securitySchemes:
    key: {type: apiKey, in: header, name: X-Key}
  schemas:
    Color:
      type: string
      enum: [red, green]
    Item:
      type: object
      description: An item in the shop.
      required: [id, name]
      properties:
        id: {type: integer}
        name: {type: string}
        color: {$ref: "#/components/schemas/Color"}
        note: {type: string}
    NewItem:
      type: object
      required: [name]
      properties:
        name: {type: string}
        color: {$ref: "#/components/schemas/Color"}
        size: {type: integer}
paths:
  /items:
    get:
      operationId: listItems
      tags: [items]
      summary: List items
      parameters:
        - {name: limit, in: query, schema: {type: integer}}
        - {name: tag, in: query, schema: {type: string}}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {type: array, items: {$ref: "#/components/schemas/Item"}}
    post:
      operationId: createItem
      tags: [items]
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: "#/components/schemas/NewItem"}
      responses:
        "201":
          description: created
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Item"}
  /items/{id}:
    parameters:
      - {name: id, in: path, required: true, schema: {type: integer}}
    get:
      operationId: getItem
      tags: [items]
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Item"}
    delete:
      operationId: deleteItem
      tags: [items]
      responses:
        "204": {description: gone}
"""
)


def _schemas(spec: Spec) -> dict[str, Any]:
    return spec["components"]["schemas"]  # type: ignore[no-any-return]


def _list_params(spec: Spec) -> list[dict[str, Any]]:
    return spec["paths"]["/items"]["get"]["parameters"]  # type: ignore[no-any-return]


def _remove_operation(spec: Spec) -> None:
    del spec["paths"]["/items/{id}"]["delete"]


def _add_operation(spec: Spec) -> None:
    spec["paths"]["/items/{id}"]["put"] = {
        "operationId": "replaceItem",
        "tags": ["items"],
        "responses": {"204": {"description": "done"}},
    }


def _add_optional_parameter(spec: Spec) -> None:
    _list_params(spec).append({"name": "page", "in": "query", "schema": {"type": "integer"}})


def _add_required_parameter(spec: Spec) -> None:
    _list_params(spec).append(
        {"name": "shop", "in": "query", "required": True, "schema": {"type": "string"}}
    )


def _remove_parameter(spec: Spec) -> None:
    _list_params(spec).pop(1)


def _require_parameter(spec: Spec) -> None:
    _list_params(spec)[0]["required"] = True


def _add_required_request_field(spec: Spec) -> None:
    _schemas(spec)["NewItem"]["properties"]["sku"] = {"type": "string"}
    _schemas(spec)["NewItem"]["required"].append("sku")


def _add_optional_request_field(spec: Spec) -> None:
    _schemas(spec)["NewItem"]["properties"]["sku"] = {"type": "string"}


def _add_response_field(spec: Spec) -> None:
    _schemas(spec)["Item"]["properties"]["price"] = {"type": "number"}


def _make_response_field_optional(spec: Spec) -> None:
    _schemas(spec)["Item"]["required"].remove("name")


def _make_request_field_optional(spec: Spec) -> None:
    _schemas(spec)["NewItem"]["required"].remove("name")


def _remove_response_field(spec: Spec) -> None:
    del _schemas(spec)["Item"]["properties"]["note"]


def _change_response_type(spec: Spec) -> None:
    _schemas(spec)["Item"]["properties"]["id"] = {"type": "string"}


def _narrow_request_type(spec: Spec) -> None:
    _schemas(spec)["NewItem"]["properties"]["size"] = {"type": "boolean"}


def _widen_request_type(spec: Spec) -> None:
    _schemas(spec)["NewItem"]["properties"]["size"] = {
        "oneOf": [{"type": "integer"}, {"type": "string"}]
    }


def _make_response_field_nullable(spec: Spec) -> None:
    _schemas(spec)["Item"]["properties"]["id"]["nullable"] = True


def _remove_enum_value(spec: Spec) -> None:
    _schemas(spec)["Color"]["enum"].remove("green")


def _add_enum_value(spec: Spec) -> None:
    _schemas(spec)["Color"]["enum"].append("blue")


def _change_description(spec: Spec) -> None:
    _schemas(spec)["Item"]["description"] = "A thing for sale."


def _require_auth_where_none_was(spec: Spec) -> None:
    spec["paths"]["/items"]["get"]["security"] = []
    # the old spec gets the open operation; the new one inherits the global requirement


def _deprecate_operation(spec: Spec) -> None:
    spec["paths"]["/items"]["get"]["deprecated"] = True


def _remove_model(spec: Spec) -> None:
    _schemas(spec)["Gone"] = {"type": "object", "properties": {"a": {"type": "string"}}}


# (change to the spec, applied to OLD instead of NEW?, expected (breaking, kind, subject))
CASES: list[tuple[Callable[[Spec], None], bool, set[tuple[bool, str, str]]]] = [
    (_remove_operation, False, {(True, "operation-removed", "operation deleteItem")}),
    (_add_operation, False, {(False, "operation-added", "operation replaceItem")}),
    (
        _add_optional_parameter,
        False,
        {(False, "parameter-added", "operation listItems parameter query:page")},
    ),
    (
        _add_required_parameter,
        False,
        {(True, "parameter-added", "operation listItems parameter query:shop")},
    ),
    (
        _remove_parameter,
        False,
        {(True, "parameter-removed", "operation listItems parameter query:tag")},
    ),
    (
        _require_parameter,
        False,
        {(True, "now-required", "operation listItems parameter query:limit")},
    ),
    (_add_required_request_field, False, {(True, "field-added", "NewItem.sku")}),
    (_add_optional_request_field, False, {(False, "field-added", "NewItem.sku")}),
    (_add_response_field, False, {(False, "field-added", "Item.price")}),
    (_make_response_field_optional, False, {(True, "now-optional", "Item.name")}),
    (_make_request_field_optional, False, {(False, "now-optional", "NewItem.name")}),
    (_remove_response_field, False, {(True, "field-removed", "Item.note")}),
    (_change_response_type, False, {(True, "type-changed", "Item.id")}),
    (_narrow_request_type, False, {(True, "type-changed", "NewItem.size")}),
    (_widen_request_type, False, {(False, "type-changed", "NewItem.size")}),
    (_make_response_field_nullable, False, {(True, "nullable-changed", "Item.id")}),
    (_remove_enum_value, False, {(True, "enum-value-removed", "Color")}),
    (_add_enum_value, False, {(False, "enum-value-added", "Color")}),
    (_change_description, False, {(False, "description-changed", "Item")}),
    (
        _require_auth_where_none_was,
        True,
        {
            (True, "auth-required", "operation listItems"),
            # the generated method gains the per-call credential keyword of a header API key
            (False, "parameter-added", "operation listItems parameter auth:X-Key"),
        },
    ),
    (_deprecate_operation, False, {(False, "deprecated", "operation listItems")}),
    (_remove_model, True, {(True, "model-removed", "Gone")}),
]


def _pair(tmp_path: Path, change: Callable[[Spec], None], to_old: bool) -> tuple[Path, Path]:
    old, new = copy.deepcopy(BASE), copy.deepcopy(BASE)
    change(old if to_old else new)
    return write_spec(tmp_path, old, "old.yaml"), write_spec(tmp_path, new, "new.yaml")


@pytest.mark.parametrize(
    ("change", "to_old", "expected"), CASES, ids=[c[0].__name__.strip("_") for c in CASES]
)
def test_each_change_is_found_and_classified(
    tmp_path: Path,
    change: Callable[[Spec], None],
    to_old: bool,
    expected: set[tuple[bool, str, str]],
) -> None:
    old, new = _pair(tmp_path, change, to_old)
    found = {(c.breaking, c.kind, c.subject) for c in diff_specs(old, new).changes}
    assert found == expected


def test_identical_specs_have_no_changes(tmp_path: Path) -> None:
    old, new = _pair(tmp_path, lambda spec: None, False)
    result = diff_specs(old, new)
    assert result.changes == []
    assert result.bump == "none"


def test_suggested_bump_follows_the_worst_change(tmp_path: Path) -> None:
    bumps = {}
    for change in (_remove_operation, _add_operation, _change_description):
        old, new = _pair(tmp_path, change, False)
        bumps[change.__name__] = suggested_bump(diff_specs(old, new).changes)
    assert bumps == {
        "_remove_operation": "major",
        "_add_operation": "minor",
        "_change_description": "patch",
    }


def test_locations_point_at_the_lines_in_both_files(tmp_path: Path) -> None:
    old, new = _pair(tmp_path, _make_response_field_optional, False)
    result = diff_specs(old, new)
    from generator.changes.report import locate

    [item] = locate(result.changes, result.old.document, result.new.document)
    assert item.old is not None and item.new is not None
    assert item.old.pointer == "/components/schemas/Item/properties/name"
    old_lines = old.read_text().splitlines()
    assert old_lines[item.old.line - 1].strip().startswith("type: string")  # type: ignore[operator]
    assert old_lines[item.old.line - 2].strip() == "name:"  # type: ignore[operator]
    assert item.new.line is not None and item.new.file.endswith("new.yaml")


def test_union_members_come_from_the_type_tree_not_its_text() -> None:
    # The surface keeps a union's members as the tree gave them; a type that is not a
    # union at its top level is its own one member, whatever unions it holds inside.
    assert union_members({"type": "list[A | B] | None", "members": ["list[A | B]", "None"]}) == {
        "list[A | B]",
        "None",
    }
    assert union_members({"type": "dict[str, int | str]"}) == {"dict[str, int | str]"}
    assert union_members({"result": "A | B", "result_members": ["A", "B"]}, "result") == {"A", "B"}
    assert union_members({"result": "Any"}, "result") == {"Any"}


def _cli(*args: str) -> tuple[int, str, str]:
    result = subprocess.run(
        [sys.executable, "-m", "generator", "diff", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    return result.returncode, result.stdout, result.stderr


def test_fail_on_breaking_and_formats(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old, new = _pair(tmp_path, _remove_operation, False)
    assert main(["diff", str(old), str(new), "--fail-on", "breaking"]) == 1
    text = capsys.readouterr().out
    assert "1 breaking, 0 non-breaking change; suggested version bump: major" in text
    assert "operation deleteItem: removed (DELETE /items/{id})" in text
    assert "old: " in text and "(/paths/~1items~1{id}/delete)" in text

    assert main(["diff", str(old), str(old), "--fail-on", "breaking"]) == 0
    capsys.readouterr()

    assert main(["diff", str(old), str(new), "--format", "json"]) == 0  # no --fail-on
    data = json.loads(capsys.readouterr().out)
    assert data["breaking"] == 1 and data["suggested_bump"] == "major"
    [change] = data["changes"]
    assert change["severity"] == "breaking" and change["kind"] == "operation-removed"
    assert change["old"]["pointer"] == "/paths/~1items~1{id}/delete"
    assert isinstance(change["old"]["line"], int) and change["new"] is None

    assert main(["diff", str(old), str(new), "--format", "markdown"]) == 0
    markdown = capsys.readouterr().out
    assert "| **breaking** | `operation deleteItem` |" in markdown


def test_non_breaking_only_passes_fail_on_breaking(tmp_path: Path) -> None:
    old, new = _pair(tmp_path, _add_operation, False)
    assert main(["diff", str(old), str(new), "--fail-on", "breaking"]) == 0
    assert main(["diff", str(old), str(new), "--fail-on", "any"]) == 1


@pytest.mark.slow
def test_tag_filter_and_bad_input(tmp_path: Path) -> None:
    old, new = _pair(tmp_path, _remove_operation, False)
    code, out, err = _cli(str(old), str(new), "--tag", "nothing-has-this-tag")
    assert code == 2 and "no operation matches nothing-has-this-tag" in err
    code, out, err = _cli(str(old), str(tmp_path / "missing.yaml"))
    assert code == 2 and "missing.yaml: file not found" in err and "Traceback" not in err
    code, out, err = _cli(str(old), str(new), "--operation", "listItems", "--fail-on", "breaking")
    assert code == 0, out + err  # deleteItem is outside the selection
