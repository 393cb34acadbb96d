"""The model's types are trees (generator/model/typeref.py), rendered to text in one place.

First the tree on its own: annotation and doc text of each kind of node, union
flattening, ``None`` added once. Then the tree as the model builds it from a spec, where
it fixes two faults of the old string types (a nullable member of a nullable union gave
``str | None | None``; a ``const`` parameter's ``Literal`` was not imported). Last, a walk
over generator/ proving no code takes an annotation's text apart again.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from generator.model.build import PackageNames, build_client_model
from generator.model.typeref import (
    ANY,
    FREE_OBJECT,
    NONE,
    DictOf,
    ListOf,
    LiteralOf,
    Named,
    Optional,
    Primitive,
    Standard,
    TypeRef,
    Union,
    non_null,
    union_of,
)
from generator.model.types import ClientModel
from generator.spec.loader import SpecSource, load_document
from generator.spec.validate import validate_document
from tests.conftest import ROOT

PET = Named("Pet", "pet")
ERROR = Named("Error", "error")
STR = Primitive("str")
INT = Primitive("int")


@pytest.mark.parametrize(
    ("ref", "annotation", "doc"),
    [
        (STR, "str", "str"),
        (ANY, "Any", "Any"),
        (PET, "Pet", "Pet"),
        (Standard("datetime", "date"), "datetime.date", "datetime.date"),
        (ListOf(PET), "list[Pet]", "list[Pet]"),
        (DictOf(ListOf(INT)), "dict[str, list[int]]", "dict[str, list[int]]"),
        (FREE_OBJECT, "dict[str, Any]", "dict[str, Any]"),
        (LiteralOf("card"), 'Literal["card"]', '"card"'),
        (ListOf(LiteralOf(3)), "list[Literal[3]]", "list[3]"),
        # An optional value's doc leaves None out; a union's doc is its annotation.
        (PET.or_none(), "Pet | None", "Pet"),
        (union_of([PET, ERROR]), "Pet | Error", "Pet | Error"),
        (union_of([LiteralOf("a")]), 'Literal["a"]', 'Literal["a"]'),
        (ListOf(union_of([PET, ERROR])).or_none(), "list[Pet | Error] | None", "list[Pet | Error]"),
    ],
)
def test_each_node_renders_its_annotation_and_doc(ref: TypeRef, annotation: str, doc: str) -> None:
    assert (ref.annotation, ref.doc, str(ref)) == (annotation, doc, annotation)


def test_classes_and_modules_come_from_the_nodes() -> None:
    ref = union_of([ListOf(PET), DictOf(Standard("datetime", "datetime")), LiteralOf(True)])

    assert ref.annotation == "list[Pet] | dict[str, datetime.datetime] | Literal[True]"
    assert ref.classes == {"Pet"}
    assert ref.modules == {"datetime", "typing.Literal"}
    assert FREE_OBJECT.or_none().modules == {"typing.Any"}
    # A class name inside a literal is a value, not a class to import.
    assert LiteralOf("Pet").classes == frozenset()


def test_union_members_are_flat_distinct_and_in_order() -> None:
    ref = union_of([PET.or_none(), union_of([ERROR, PET]), STR])

    assert [m.annotation for m in ref.members] == ["Pet", "None", "Error", "str"]
    assert ref.is_union and ref.nullable
    # Already nullable: or_none adds nothing (the old strings gave "... | None | None").
    assert ref.or_none() is ref
    assert ref.or_none().annotation == "Pet | None | Error | str"
    # A top-level union only: a list of a union is one member.
    assert ListOf(ref).members == (ListOf(ref),)
    assert not ListOf(ref).is_union


def test_any_absorbs_a_union_and_none() -> None:
    assert union_of([PET, ANY]) is ANY
    assert union_of([]) is ANY
    assert ANY.or_none() is ANY
    assert NONE.or_none() is NONE
    with pytest.raises(ValueError, match="already accepts None"):
        Optional(PET.or_none())


def test_class_name_only_for_exactly_one_class() -> None:
    assert PET.class_name == "Pet"
    assert union_of([PET]).class_name == "Pet"
    assert PET.or_none().class_name is None
    assert ListOf(PET).class_name is None
    assert union_of([PET, ERROR]).class_name is None
    assert non_null(PET.or_none()) == PET
    assert non_null(PET) == PET


def test_trees_compare_by_value() -> None:
    assert ListOf(Named("Pet", "pet")) == ListOf(PET)
    assert Union((PET, ERROR)) != Union((ERROR, PET))
    assert hash(ListOf(PET).or_none()) == hash(ListOf(Named("Pet", "pet")).or_none())


# -- built from a spec ---------------------------------------------------------------------

SPEC_31 = """\
openapi: 3.1.0
info: {title: T, version: "1"}
paths:
  /things/{id}:
    get:
      operationId: getThing
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
        - {name: kind, in: query, schema: {const: fixed}}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {type: array, items: {$ref: "#/components/schemas/Thing"}}
        "400":
          description: bad
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Thing"}
components:
  schemas:
    Thing:
      type: object
      properties:
        twice:
          oneOf:
            - {type: [string, "null"]}
            - {type: "null"}
        errors: {type: array, items: {$ref: "#/components/schemas/Problem"}}
    Problem:
      type: object
      properties:
        detail: {type: string}
"""


def _build(tmp_path: Path) -> ClientModel:
    path = tmp_path / "spec.yaml"
    path.write_text(SPEC_31, encoding="utf-8")
    document = load_document(path)
    validate_document(document)
    return build_client_model(SpecSource(document), PackageNames("t", "t", "0.1.0"))


def test_the_model_holds_trees_and_fixes_the_string_faults(tmp_path: Path) -> None:
    client = _build(tmp_path)
    thing = next(m for m in client.models if m.class_name == "Thing")
    fields = {f.py_name: f for f in thing.fields}

    assert fields["twice"].type == Union((STR, NONE))
    assert fields["twice"].annotation == "str | None"  # was "str | None | None"
    assert fields["errors"].type == ListOf(Named("Problem", "problem")).or_none()
    assert client.error_model is not None and client.error_model.model_name == "Problem"

    [api] = client.apis
    [operation] = api.operations
    kind = next(p for p in operation.parameters if p.wire_name == "kind")
    assert kind.type == LiteralOf("fixed").or_none()
    # The Literal of a const parameter is imported by the API module (it was not).
    assert ("typing", "Literal") in {(i.module, i.name) for i in api.imports}
    assert operation.result_type == ListOf(Named("Thing", "thing"))
    assert (operation.result_model, operation.result_link) == ("list[Thing]", "Thing")
    assert operation.result_annotation == "list[Thing]"


# -- nothing parses an annotation ----------------------------------------------------------

_TYPE_TEXTS = {"annotation", "doc_type", "doc", "root", "result_model", "result_annotation"}
_STRING_TAKERS = {
    "split",
    "rsplit",
    "partition",
    "rpartition",
    "startswith",
    "endswith",
    "removeprefix",
    "removesuffix",
    "find",
    "index",
    "replace",
    "findall",
    "finditer",
    "search",
    "match",
    "fullmatch",
}


def _is_type_text(node: ast.AST) -> bool:
    return isinstance(node, ast.Attribute) and node.attr in _TYPE_TEXTS


def _parses_type_text(node: ast.AST) -> bool:
    """A string method or regex applied to a type's text, or a loop over its characters."""
    suspects: list[ast.AST] = []
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        if node.func.attr in _STRING_TAKERS:
            suspects = [node.func.value, *node.args]
    elif isinstance(node, ast.For | ast.comprehension):
        suspects = [node.iter]
    return any(_is_type_text(s) for s in suspects)


def _parsing_sites(source: str) -> list[int]:
    tree = ast.parse(source)
    return sorted(
        {getattr(node, "lineno", 0) for node in ast.walk(tree) if _parses_type_text(node)}
    )


def test_no_code_takes_an_annotation_text_apart() -> None:
    """Parsing a type's text back is what the tree is for: no generator code does it."""
    found = {
        str(path.relative_to(ROOT)): sites
        for path in sorted((ROOT / "generator").rglob("*.py"))
        if "precompiled" not in path.parts
        and (sites := _parsing_sites(path.read_text(encoding="utf-8")))
    }
    assert found == {}


def test_the_walk_finds_what_it_looks_for() -> None:
    # The check above can fail: the old code's ways of parsing are each caught.
    old_code = """\
if field.annotation.startswith("list["):
    item = field.annotation.removeprefix("list[").split("]")[0]
for piece in part.annotation.split(" | "):
    pass
names = _IDENT.findall(parameter.annotation)
for char in old.annotation:
    pass
fine = field.annotation + " | None"
"""
    assert _parsing_sites(old_code) == [1, 2, 3, 5, 6]
