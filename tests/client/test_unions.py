"""Unions of models decode to the member the spec names (issue 15).

The client is generated from ``tests/specs/valid/unions.yaml`` and reads answers from the
local fault server. Before: pydantic took the first member that validated, and every model
validates nearly anything (open enums, unknown fields kept), so ``{"pet_type": "dog"}``
came back as ``Cat`` and an unknown ``"fish"`` as ``Cat`` too.
"""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from generator.cli import main
from tests.conftest import ROOT
from tests.support.fault_server import CannedResponse, queue_responder, serve

SPEC = ROOT / "tests" / "specs" / "valid" / "unions.yaml"


@pytest.fixture(scope="module")
def unions_api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    out = tmp_path_factory.mktemp("unions") / "out"
    assert main(["generate", str(SPEC), "-o", str(out), "--package-name", "unions_api"]) == 0
    sys.path.insert(0, str(out))
    try:
        yield importlib.import_module("unions_api")
    finally:
        sys.path.remove(str(out))


def _answer(unions_api: Any, answer: Any, call: str, **arguments: Any) -> Any:
    with serve(queue_responder(CannedResponse.json(200, answer))) as server:
        with unions_api.Client(base_url=server.url) as client:
            return getattr(client.zoo, call)(**arguments).unwrap()


def _classes(values: list[Any]) -> list[str]:
    return [type(value).__name__ for value in values]


def test_the_mapping_names_the_member_whatever_else_would_validate(unions_api: Any) -> None:
    dog = _answer(unions_api, {"pet_type": "dog", "name": "rex"}, "get_pet", id="1")
    cat = _answer(unions_api, {"pet_type": "cat", "name": "tom", "barks": True}, "get_pet", id="2")
    assert type(dog).__name__ == "Dog" and dog.name == "rex"
    assert type(cat).__name__ == "Cat" and cat.model_extra == {"barks": True}


def test_an_unknown_tag_keeps_the_raw_data_and_is_no_member(unions_api: Any) -> None:
    fish = _answer(unions_api, {"pet_type": "fish", "name": "nemo", "fins": 2}, "get_pet", id="3")
    assert type(fish).__name__ == "UnknownVariant"
    assert fish.raw == {"pet_type": "fish", "name": "nemo", "fins": 2}
    assert fish.to_dict() == fish.raw


def test_without_a_mapping_the_schema_names_are_the_tags(unions_api: Any) -> None:
    body = [{"kind": "Car", "doors": 3}, {"kind": "Bike", "gears": 7}, {"kind": "car"}]
    assert _classes(_answer(unions_api, body, "list_vehicles")) == [
        "Car",
        "Bike",
        "UnknownVariant",
    ]


def test_a_discriminator_inherited_through_all_of_decides(unions_api: Any) -> None:
    body = [{"shape_type": "polygon", "sides": 3}, {"shape_type": "circle"}, {"shape_type": "x"}]
    assert _classes(_answer(unions_api, body, "list_shapes")) == [
        "Polygon",
        "Circle",
        "UnknownVariant",
    ]


def test_a_union_nested_in_a_union_decides_by_both_tags(unions_api: Any) -> None:
    body = [
        {"kingdom": "animal", "pet_type": "dog", "name": "rex"},
        {"kingdom": "animal", "pet_type": "cat", "name": "tom"},
        {"kingdom": "plant", "leaves": 4},
        {"kingdom": "fungus"},
        {"kingdom": "animal", "pet_type": "fish"},
    ]
    assert _classes(_answer(unions_api, body, "list_living")) == [
        "Dog",
        "Cat",
        "Plant",
        "UnknownVariant",
        "UnknownVariant",
    ]


def test_any_of_with_const_tags_decodes_and_sends_the_member(unions_api: Any) -> None:
    note = importlib.import_module("unions_api.models").SmsNote(channel="sms", to="+100")
    with serve(
        queue_responder(CannedResponse.json(200, {"channel": "sms", "to": "+100"}))
    ) as server:
        with unions_api.Client(base_url=server.url) as client:
            answer = client.zoo.send_notification(body=note).unwrap()
    assert json.loads(server.requests[0].body) == {"channel": "sms", "to": "+100"}
    assert type(answer).__name__ == "SmsNote"
    email = _answer(unions_api, {"channel": "email", "to": "a@b.c"}, "send_notification", body=note)
    assert type(email).__name__ == "EmailNote"


def test_without_a_discriminator_required_properties_and_constants_decide(
    unions_api: Any,
) -> None:
    body = [
        {"amount": 1, "iban": "DE00"},  # only Transfer requires iban
        {"amount": 2, "number": "4111"},  # only Card requires number
        {"amount": 3, "type": "refund"},  # Refund's constant
        {"amount": 4, "type": "chargeback"},  # Refund's constant does not hold; nothing else fits
        {"amount": 5, "number": "4111", "iban": "DE00"},  # Card and Transfer fit alike
    ]
    assert _classes(_answer(unions_api, body, "list_payments")) == [
        "Transfer",
        "Card",
        "Refund",
        "UnknownVariant",
        "UnknownVariant",
    ]


def test_fields_of_a_model_decode_their_unions_too(unions_api: Any) -> None:
    body = {
        "favourite": {"pet_type": "dog", "name": "rex"},
        "others": [{"pet_type": "cat", "name": "tom"}, {"pet_type": "emu"}],
        "ride": {"kind": "Bike"},
    }
    owner = _answer(unions_api, body, "get_owner")
    assert type(owner.favourite).__name__ == "Dog"
    assert _classes(owner.others) == ["Cat", "UnknownVariant"]
    assert type(owner.ride).__name__ == "Bike"
    built = importlib.import_module("unions_api.models").Owner(
        favourite=importlib.import_module("unions_api.models").Cat(pet_type="cat", name="tom")
    )
    assert type(built.favourite).__name__ == "Cat"


def test_models_the_caller_builds_keep_their_class_in_a_nested_union(unions_api: Any) -> None:
    models = importlib.import_module("unions_api.models")
    garden = [models.Dog(pet_type="dog", name="rex"), models.Plant(kingdom="plant")]
    owner = models.Owner(favourite=models.Cat(pet_type="cat", name="tom"), garden=garden)
    assert _classes(owner.garden) == ["Dog", "Plant"]


@pytest.mark.slow
def test_the_packages_pass_mypy_strict_ruff_and_black(tmp_path: Path) -> None:
    """The union annotations and the read-only ClassVar, as type checkers and linters see
    them: both specs of these features, generated and checked."""
    for spec, name in (("unions.yaml", "unions_api"), ("read-write.yaml", "read_write")):
        out = tmp_path / name
        arguments = ["generate", str(SPEC.parent / spec), "-o", str(out), "--package-name", name]
        assert main(arguments) == 0
        readme = (out / "README.md").read_text(encoding="utf-8")
        assert ("## Unions" in readme) == (name == "unions_api")
        for tool in (
            ["mypy", "--strict", "--no-incremental", name],
            ["ruff", "check", "--no-cache", "."],
            ["black", "--check", "-q", name],
        ):
            done = subprocess.run(
                [sys.executable, "-m", *tool], cwd=out, capture_output=True, text=True
            )
            assert done.returncode == 0, (tool, done.stdout, done.stderr)
