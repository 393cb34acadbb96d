"""Which member of a union a value gets is the model's decision (issue 15).

The model turns each union of models into a ``ChosenUnion`` holding the choice as data
(``TagChoice`` or ``ShapeChoice``); the template only writes it out. Built from
``tests/specs/valid/unions.yaml`` and ``read-write.yaml``, and from small specs for the
unions that stay plain.
"""

from __future__ import annotations

from pathlib import Path

from generator.model.build import PackageNames, build_client_model
from generator.model.typeref import (
    ChosenUnion,
    ListOf,
    ShapeChoice,
    TagChoice,
    TypeRef,
    walk,
)
from generator.model.types import ClientModel
from generator.spec.loader import SpecSource, load_document
from generator.spec.validate import validate_document
from tests.conftest import ROOT

SPECS = ROOT / "tests" / "specs" / "valid"


def _build(path: Path) -> ClientModel:
    document = load_document(path)
    validate_document(document)
    return build_client_model(SpecSource(document), PackageNames("t", "t", "0.1.0"))


def _results(client: ClientModel) -> dict[str, TypeRef]:
    return {
        op.py_name: op.result_type
        for api in client.apis
        for op in api.operations
        if op.result_type is not None
    }


def _item(ref: TypeRef) -> ChosenUnion:
    inner = ref.item if isinstance(ref, ListOf) else ref
    assert isinstance(inner, ChosenUnion), inner
    return inner


def test_tags_come_from_the_mapping_the_const_the_schema_name_and_all_of() -> None:
    results = _results(_build(SPECS / "unions.yaml"))
    pet = _item(results["get_pet"])
    assert pet.choice == TagChoice("pet_type", (("cat", "Cat"), ("dog", "Dog")))
    assert [tag for tag, _ in pet.options] == ["Cat", "Dog"]
    vehicles = _item(results["list_vehicles"]).choice
    assert vehicles == TagChoice("kind", (("Car", "Car"), ("Bike", "Bike")))
    shapes = _item(results["list_shapes"]).choice
    assert shapes == TagChoice("shape_type", (("circle", "Circle"), ("polygon", "Polygon")))
    notes = _item(results["send_notification"]).choice
    assert notes == TagChoice("channel", (("email", "EmailNote"), ("sms", "SmsNote")))


def test_a_nested_union_is_a_member_with_its_own_choice() -> None:
    living = _item(_results(_build(SPECS / "unions.yaml"))["list_living"])
    assert living.choice == TagChoice(
        "kingdom",
        (("animal", "Option1"), ("plant", "Plant")),
        (("Cat", "Option1"), ("Dog", "Option1")),
    )
    nested = dict(living.options)["Option1"]
    assert isinstance(nested, ChosenUnion) and isinstance(nested.choice, TagChoice)
    assert nested.choice.property_name == "pet_type"
    assert living.classes == {"Cat", "Dog", "Plant"}
    assert living.doc == "Cat | Dog | UnknownVariant | Plant | UnknownVariant"


def test_without_a_discriminator_required_and_constants_are_the_data() -> None:
    payments = _item(_results(_build(SPECS / "unions.yaml"))["list_payments"])
    assert payments.choice == ShapeChoice(
        (
            ("Card", ("amount", "number"), ()),
            ("Transfer", ("amount", "iban"), ()),
            ("Refund", ("amount",), (("type", ("refund",)),)),
        )
    )
    assert "Discriminator(by_shape(" in payments.annotation


def test_a_nullable_union_field_stays_optional() -> None:
    client = _build(SPECS / "unions.yaml")
    owner = next(m for m in client.models if m.class_name == "Owner")
    ride = next(f for f in owner.fields if f.py_name == "ride")
    assert ride.type.nullable and not ride.required
    assert any(isinstance(ref, ChosenUnion) for ref in walk(ride.type))
    assert ride.annotation.endswith("] | None")
    assert client.chooses_unions


SCALARS = """
openapi: 3.0.3
info: {title: T, version: "1"}
paths:
  /x:
    get:
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema:
                oneOf:
                  - {type: string}
                  - {$ref: "#/components/schemas/Pet"}
                discriminator: {propertyName: kind}
components:
  schemas:
    Pet:
      type: object
      properties:
        kind: {type: string}
"""


def test_a_union_with_a_scalar_member_stays_a_plain_union(tmp_path: Path) -> None:
    path = tmp_path / "spec.yaml"
    path.write_text(SCALARS, encoding="utf-8")
    client = _build(path)
    (result,) = _results(client).values()
    assert not isinstance(result, ChosenUnion)
    assert {m.annotation for m in result.members} == {"str", "Pet"}
    assert not client.chooses_unions


def test_read_only_and_write_only_fields_are_never_required() -> None:
    client = _build(SPECS / "read-write.yaml")
    item = next(m for m in client.models if m.class_name == "Item")
    fields = {f.py_name: f for f in item.fields}
    assert {n: (f.required, f.required_by_spec, f.access) for n, f in fields.items()} == {
        "id": (False, True, "read_only"),
        "created_at": (False, True, "read_only"),
        "name": (True, True, None),
        "password": (False, True, "write_only"),
        "owner": (False, False, None),
    }
    assert item.read_only_set == '{"id","created_at",}'
    assert client.has_read_only and client.has_write_only
