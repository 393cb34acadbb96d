"""A client generated through an overlay, as a loopback server sees it: the vendor's spec
lacks a parameter and a field and has an operation the user does not want; the overlay
fixes all three, and the client sends and reads what the patched spec says."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from generator.cli import main
from tests.support.fault_server import CannedResponse, queue_responder, serve

VENDOR_SPEC = """\
openapi: 3.0.3
info: {title: Things, version: "1"}
servers: [{url: "http://localhost"}]
paths:
  /things:
    get:
      operationId: listThings
      parameters:
        - {name: cursor, in: query, schema: {type: string}}
      responses:
        "200":
          description: the things
          content:
            application/json:
              schema:
                type: array
                items: {$ref: "#/components/schemas/Thing"}
  /things/{id}:
    delete:
      operationId: deleteThing
      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
      responses: {"204": {description: gone}}
components:
  schemas:
    Thing:
      type: object
      properties:
        id: {type: string}
"""

OVERLAY = """\
overlay: 1.1.0
info: {title: our fixes to the vendor's spec, version: 1.0.0}
actions:
  - target: $.paths['/things'].get.parameters
    update: {name: limit, in: query, schema: {type: integer}}
  - target: $.components.schemas.Thing.properties
    update:
      nickname: {type: string}
  - target: $.components.schemas
    update:
      Gadget: {description: A thing by another name}
  - target: $.components.schemas.Gadget
    copy: $.components.schemas.Thing
  - target: $.paths['/things/{id}']
    remove: true
"""


@pytest.fixture(scope="module")
def things(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    root = tmp_path_factory.mktemp("overlaid")
    spec = root / "vendor.yaml"
    spec.write_text(VENDOR_SPEC, encoding="utf-8")
    overlay = root / "overlay.yaml"
    overlay.write_text(OVERLAY, encoding="utf-8")
    out = root / "out"
    arguments = ["generate", str(spec), "-o", str(out), "--package-name", "overlaid_things"]
    assert main([*arguments, "--overlay", str(overlay)]) == 0
    sys.path.insert(0, str(out))
    try:
        yield importlib.import_module("overlaid_things")
    finally:
        sys.path.remove(str(out))


@pytest.mark.slow
def test_the_client_sends_the_parameter_and_reads_the_field_the_overlay_added(
    things: Any,
) -> None:
    body = [{"id": "t1", "nickname": "first"}]
    with serve(queue_responder(CannedResponse.json(200, body))) as server:
        with things.Client(base_url=server.url) as client:
            listed = client.default.list_things(limit=5, cursor="c")
    assert server.requests[0].query_params == {"cursor": ["c"], "limit": ["5"]}
    assert [(thing.id, thing.nickname) for thing in listed.data] == [("t1", "first")]


@pytest.mark.slow
def test_the_operation_the_overlay_removed_is_not_generated(things: Any) -> None:
    with things.Client() as client:
        assert hasattr(client.default, "list_things")
        assert not hasattr(client.default, "delete_thing")
    apis = Path(things.__file__).parent / "apis"
    assert "/things/{id}" not in "".join(p.read_text("utf-8") for p in apis.glob("*.py"))


@pytest.mark.slow
def test_the_schema_the_overlay_copied_is_generated(things: Any) -> None:
    gadget = things.models.Gadget.model_validate({"id": "g1", "nickname": "second"})
    assert (gadget.id, gadget.nickname) == ("g1", "second")
    assert things.models.Gadget.__doc__.startswith("A thing by another name")
