"""readOnly and writeOnly properties (issue 15).

The client is generated from ``tests/specs/valid/read-write.yaml`` and talks to the local
fault server. One model class is both the request body and the answer. Before:
``Item(name=..., password=...)`` failed because the readOnly ``id`` and ``created_at``
were required, an item read from the server went back with them, and an answer without
the writeOnly ``password`` failed validation.
"""

from __future__ import annotations

import importlib
import json
import sys
from collections.abc import Iterator
from typing import Any

import pytest

from generator.cli import main
from tests.conftest import ROOT
from tests.support.fault_server import CannedResponse, queue_responder, serve

SPEC = ROOT / "tests" / "specs" / "valid" / "read-write.yaml"
STORED = {
    "id": "it-1",
    "created_at": "2024-01-02T03:04:05Z",
    "name": "lamp",
    "owner": {"id": 7, "name": "ann"},
}


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    out = tmp_path_factory.mktemp("read_write") / "out"
    assert main(["generate", str(SPEC), "-o", str(out), "--package-name", "read_write"]) == 0
    sys.path.insert(0, str(out))
    try:
        yield out, importlib.import_module("read_write")
    finally:
        sys.path.remove(str(out))


def _create(package: Any, body: Any) -> tuple[Any, dict[str, Any]]:
    with serve(queue_responder(CannedResponse.json(201, STORED))) as server:
        with package.Client(base_url=server.url) as client:
            item = client.items.create_item(body=body).unwrap()
    return item, json.loads(server.requests[0].body)


def test_a_request_neither_requires_nor_sends_read_only_fields(generated: Any) -> None:
    _, package = generated
    models = importlib.import_module("read_write.models")
    body = models.Item(name="lamp", password="pw", owner=models.Person(name="ann"))
    _, sent = _create(package, body)
    assert sent == {"name": "lamp", "password": "pw", "owner": {"name": "ann"}}


def test_an_answer_sent_back_leaves_its_read_only_fields_out(generated: Any) -> None:
    _, package = generated
    stored, _ = _create(
        package, importlib.import_module("read_write.models").Item(name="lamp", password="pw")
    )
    assert stored.id == "it-1" and stored.owner.id == 7  # the answer keeps them
    stored.password = "new"
    _, sent = _create(package, stored)
    assert sent == {"name": "lamp", "owner": {"name": "ann"}, "password": "new"}
    assert stored.to_dict()["id"] == "it-1"  # only requests leave them out


def test_an_answer_need_not_carry_write_only_fields(generated: Any) -> None:
    _, package = generated
    stored, _ = _create(
        package, importlib.import_module("read_write.models").Item(name="lamp", password="pw")
    )
    assert stored.password is None and stored.name == "lamp"


def test_the_model_page_says_which_is_which(generated: Any) -> None:
    out, _ = generated
    page = (out / "docs" / "models" / "Item.md").read_text(encoding="utf-8")
    rows = {line.split(" | ")[0].strip("| `"): line for line in page.splitlines()}
    assert "| Read-only |" in rows["id"] and "| Read-only |" in rows["created_at"]
    assert "| Required in requests, Write-only, Secret |" in rows["password"]
    assert "| Required |" in rows["name"]
    assert "Fields tagged *Read-only* are set by the server" in page
    assert "Fields tagged *Write-only* go only to the server" in page
    readme = (out / "README.md").read_text(encoding="utf-8")
    assert "## Read-only and write-only fields" in readme and "## Unions" not in readme
