"""The shared spec builders (tests/support/specs.py) make what they say."""

from __future__ import annotations

import json
from pathlib import Path

import yaml

from generator.spec.loader import load_document
from generator.spec.validate import validate_document
from tests.support.specs import (
    client_model,
    document,
    find_operation,
    header,
    many_operations,
    write_files,
    write_spec,
)


def test_write_spec_keeps_text_and_writes_data_as_yaml_or_json(tmp_path: Path) -> None:
    data = document("Shop", paths={}, schemas={"B": {"type": "string"}, "A": {"type": "integer"}})
    as_yaml = write_spec(tmp_path, data)
    as_json = write_spec(tmp_path / "nested", data, "spec.json")
    text = write_spec(tmp_path, header("T") + "paths: {}\n", "text.yaml")

    assert yaml.safe_load(as_yaml.read_text(encoding="utf-8")) == data
    assert list(yaml.safe_load(as_yaml.read_text(encoding="utf-8"))["components"]["schemas"]) == [
        "B",
        "A",
    ]  # the data's own order, not sorted
    assert json.loads(as_json.read_text(encoding="utf-8")) == data
    assert text.read_text(encoding="utf-8") == (
        'openapi: 3.0.3\ninfo: {title: T, version: "1"}\npaths: {}\n'
    )
    assert validate_document(load_document(text)) == []


def test_many_operations_is_a_valid_spec_of_that_size(tmp_path: Path) -> None:
    spec = write_spec(tmp_path, many_operations(7, tags=3), "big.json")

    client = client_model(spec, "big", validate=True)

    assert sum(len(api.operations) for api in client.apis) == 7
    assert len(client.apis) == 3
    assert len(client.models) == 7
    assert find_operation(client, "get_thing6").path == "/things6/{thing_id}"


def test_write_files_dedents_and_makes_folders(tmp_path: Path) -> None:
    folder = write_files(tmp_path / "t", {"a/b.jinja": "\n    {{ x }}\n      y\n"})

    assert (folder / "a" / "b.jinja").read_text(encoding="utf-8") == "\n{{ x }}\n  y\n"
