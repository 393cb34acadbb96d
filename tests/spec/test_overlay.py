"""Overlays (generator/spec/overlay.py): what each action does to the spec, the overlay
document's own validation, and where diagnostics point once an overlay has written a value."""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

import pytest

from generator.shared.diagnostics import GeneratorError
from generator.spec.loader import Document, load_document
from generator.spec.overlay import apply_overlays
from generator.spec.swagger2 import convert_swagger2
from generator.spec.validate import validate_document

SPEC = """\
openapi: 3.0.3
info:
  title: Pets
  version: "1.0"
paths:
  /pets:
    get:
      operationId: listPets
      tags: [pets, old]
      parameters:
        - name: dummy
          in: query
          schema: {type: string}
        - name: limit
          in: query
          schema: {type: integer}
      responses:
        "200":
          description: ok
components:
  schemas:
    Pet:
      type: object
      required: [name]
      properties:
        name: {type: string}
        tag: {type: string}
"""


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # file names in diagnostics are shown relative to it


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def _overlay(folder: Path, actions: str, version: str = "1.1.0", name: str = "ov.yaml") -> Path:
    head = f"overlay: {version}\ninfo:\n  title: fixes\n  version: 1.0.0\nactions:\n"
    return _write(folder, name, head + textwrap.dedent(actions))


def _patched(tmp_path: Path, actions: str, version: str = "1.1.0") -> Document:
    spec = load_document(_write(tmp_path, "spec.yaml", SPEC))
    return apply_overlays(spec, [_overlay(tmp_path, actions, version)])


def _errors(tmp_path: Path, actions: str, version: str = "1.1.0") -> list[str]:
    with pytest.raises(GeneratorError) as raised:
        _patched(tmp_path, actions, version)
    return [str(d) for d in raised.value.diagnostics]


def _get(document: Document) -> Any:
    return document.data["paths"]["/pets"]["get"]


def test_update_merges_objects_recursively_concatenates_arrays_and_replaces_primitives(
    tmp_path: Path,
) -> None:
    patched = _patched(
        tmp_path,
        """\
        - target: $.components.schemas.Pet
          update:
            description: A pet
            required: [tag]
            properties:
              name: {maxLength: 20}
              age: {type: integer}
        - target: $.info.title
          update: Pet Store
        """,
    )
    pet = patched.data["components"]["schemas"]["Pet"]
    assert pet["description"] == "A pet"
    assert pet["required"] == ["name", "tag"]
    assert pet["properties"] == {
        "name": {"type": "string", "maxLength": 20},
        "tag": {"type": "string"},
        "age": {"type": "integer"},
    }
    assert patched.data["info"]["title"] == "Pet Store"


def test_update_of_an_array_appends_an_entry_or_concatenates_an_array(tmp_path: Path) -> None:
    patched = _patched(
        tmp_path,
        """\
        - target: $.paths['/pets'].get.parameters
          update: {name: page, in: query, schema: {type: integer}}
        - target: $.paths['/pets'].get.tags
          update: [a, b]
        """,
    )
    assert [p["name"] for p in _get(patched)["parameters"]] == ["dummy", "limit", "page"]
    assert _get(patched)["tags"] == ["pets", "old", "a", "b"]


def test_remove_deletes_keys_and_array_entries_selected_by_a_filter(tmp_path: Path) -> None:
    patched = _patched(
        tmp_path,
        """\
        - target: $.paths['/pets'].get.parameters[?@.name == 'dummy']
          remove: true
        - target: $.paths['/pets'].get.tags[?@ == 'old']
          remove: true
        - target: $.components.schemas.Pet.properties.tag
          remove: true
        """,
    )
    assert [p["name"] for p in _get(patched)["parameters"]] == ["limit"]
    assert _get(patched)["tags"] == ["pets"]
    assert list(patched.data["components"]["schemas"]["Pet"]["properties"]) == ["name"]


def test_actions_apply_in_order_and_overlays_one_after_another(tmp_path: Path) -> None:
    spec = load_document(_write(tmp_path, "spec.yaml", SPEC))
    first = _overlay(
        tmp_path,
        """\
        - target: $.components.schemas.Pet
          remove: true
        - target: $.components.schemas
          update: {Pet: {type: string}}
        """,
        name="first.yaml",
    )
    second = _overlay(
        tmp_path,
        """\
        - target: $.components.schemas.Pet
          update: {format: uuid}
        """,
        name="second.yaml",
    )
    patched = apply_overlays(spec, [first, second])
    assert patched.data["components"]["schemas"]["Pet"] == {"type": "string", "format": "uuid"}
    assert [path.name for path, _ in patched.overlays] == ["first.yaml", "second.yaml"]
    assert spec.data["components"]["schemas"]["Pet"]["type"] == "object"  # input unchanged


def test_copy_merges_another_node_of_the_same_document_into_the_target(tmp_path: Path) -> None:
    patched = _patched(
        tmp_path,
        """\
        - target: $.components.schemas
          update: {Dog: {description: A dog}}
        - target: $.components.schemas.Dog
          copy: $.components.schemas.Pet
        """,
    )
    dog = patched.data["components"]["schemas"]["Dog"]
    assert dog["description"] == "A dog"
    assert dog["properties"] == patched.data["components"]["schemas"]["Pet"]["properties"]
    assert dog["properties"] is not patched.data["components"]["schemas"]["Pet"]["properties"]


def test_a_target_that_matches_nothing_names_the_overlay_and_the_line(tmp_path: Path) -> None:
    errors = _errors(
        tmp_path,
        """\
        - target: $.info
          update: {description: fine}
        - target: $.paths['/cats']
          remove: true
        """,
    )
    assert errors == [
        "ov.yaml:8:11: target $.paths['/cats'] matches nothing in spec.yaml (at /actions/1/target)"
    ]


@pytest.mark.parametrize(
    ("version", "actions", "expected"),
    [
        (
            "1.0.0",
            "- target: $.info\n  copy: $.info\n",
            "ov.yaml:6:5: Unevaluated properties are not allowed ('copy' was unexpected); "
            "copy is an Overlay 1.1 action (overlay: 1.1.0) (at /actions/0)",
        ),
        (
            "1.0.0",
            "- target: $.info\n  remove: true\n  update: {}\n",
            "ov.yaml:6:5: an action with remove: true cannot also have update (at /actions/0)",
        ),
        (
            "1.1.0",
            "- target: $.info\n  update: {}\n  copy: $.info\n",
            "ov.yaml:6:5: an action has exactly one of update, copy or remove (at /actions/0)",
        ),
        (
            "1.0.0",
            "- target: info\n  update: {}\n",
            "ov.yaml:6:13: a target is a JSONPath query that starts with $, not 'info' "
            "(at /actions/0/target)",
        ),
        (
            "1.1.0",
            "- target: $.info\n  remove: yes\n",
            "ov.yaml:7:13: 'yes' is not of type 'boolean' (at /actions/0/remove)",
        ),
        ("1.1.0", "[]\n", "ov.yaml:5:10: [] should be non-empty (at /actions)"),
    ],
)
def test_the_overlay_document_is_checked_against_its_versions_schema(
    tmp_path: Path, version: str, actions: str, expected: str
) -> None:
    spec = load_document(_write(tmp_path, "spec.yaml", SPEC))
    head = f"overlay: {version}\ninfo:\n  title: fixes\n  version: 1.0.0\nactions:\n"
    text = head + (actions if actions.startswith("[") else textwrap.indent(actions, "  "))
    if actions.startswith("["):
        text = head.replace("actions:\n", "actions: ") + actions
    overlay = _write(tmp_path, "ov.yaml", text)
    with pytest.raises(GeneratorError) as raised:
        apply_overlays(spec, [overlay])
    assert [str(d) for d in raised.value.diagnostics] == [expected]


def test_a_document_that_is_not_an_overlay_or_of_another_version_is_refused(
    tmp_path: Path,
) -> None:
    spec = load_document(_write(tmp_path, "spec.yaml", SPEC))
    with pytest.raises(GeneratorError) as raised:
        apply_overlays(spec, [spec.path])
    assert str(raised.value) == (
        "spec.yaml:1:1: not an overlay document: the 'overlay' field (its version) is missing "
        "(at /)"
    )
    number = _write(tmp_path, "number.yaml", "overlay: 1.1\ninfo: {}\nactions: []\n")
    with pytest.raises(GeneratorError) as raised:
        apply_overlays(spec, [number])
    assert str(raised.value) == (
        "number.yaml:1:10: the overlay's version is text, e.g. '1.1.0', not 1.1 (at /overlay)"
    )
    future = _write(tmp_path, "future.yaml", "overlay: 2.0.0\ninfo: {}\nactions: []\n")
    with pytest.raises(GeneratorError) as raised:
        apply_overlays(spec, [future])
    assert str(raised.value) == (
        "future.yaml:1:10: unsupported Overlay Specification version '2.0.0'; "
        "supported: 1.0.x and 1.1.x (at /overlay)"
    )


def test_bad_jsonpath_and_incompatible_updates_are_located(tmp_path: Path) -> None:
    errors = _errors(
        tmp_path,
        """\
        - target: $.paths[
          update: {}
        - target: $.info.title
          update: {text: no}
        - target: $.components.schemas.Pet
          update:
            required: {name: true}
        - target: $.info
          copy: $.paths.*.get.parameters.*
        """,
    )
    assert errors == [
        "ov.yaml:6:11: '$.paths[' is not a valid JSONPath query: unbalanced brackets "
        "(character 9) (at /actions/0/target)",
        "ov.yaml:9:11: the target $['info']['title'] is a primitive value; an object cannot "
        "replace it (at /actions/1/update)",
        "ov.yaml:12:15: an object cannot be merged into "
        "$['components']['schemas']['Pet'][\"required\"], which is an array "
        "(at /actions/2/update/required)",
        "ov.yaml:14:9: copy $.paths.*.get.parameters.* must select one node; it selects 2 "
        "nodes (at /actions/3/copy)",
    ]


def test_a_fault_in_a_value_the_overlay_wrote_names_the_overlays_line(tmp_path: Path) -> None:
    patched = _patched(
        tmp_path,
        """\
        - target: $.components.schemas.Pet.properties
          update:
            age:
              type: integer
              minimum: low
        """,
    )
    with pytest.raises(GeneratorError) as raised:
        validate_document(patched)
    shown = [str(d) for d in raised.value.diagnostics]
    assert (
        "ov.yaml:10:16: 'low' is not of type 'number' "
        "(at /components/schemas/Pet/properties/age/minimum)"
    ) in shown


def test_values_the_overlay_did_not_write_keep_their_spec_lines_after_a_removal(
    tmp_path: Path,
) -> None:
    patched = _patched(
        tmp_path,
        """\
        - target: $.paths['/pets'].get.parameters[?@.name == 'dummy']
          remove: true
        - target: $.paths['/pets'].get.tags[?@ == 'pets']
          remove: true
        - target: $.paths['/pets'].get.parameters
          update: {name: page, in: query}
        - target: $.paths['/pets'].get.parameters[?@.name == 'limit'].schema
          update: {maximum: 100}
        """,
    )
    limit = "/paths/~1pets/get/parameters/0"
    assert _get(patched)["parameters"][0]["name"] == "limit"
    # "limit" was the second entry as written: line 14 of the spec, not the first's line 11.
    assert patched.place(limit) == ("spec.yaml", (14, 11))
    assert patched.place(limit + "/schema/type") == ("spec.yaml", (16, 26))
    assert patched.place(limit + "/schema/maximum") == ("ov.yaml", (13, 21))
    assert patched.place("/paths/~1pets/get/tags/0") == ("spec.yaml", (9, 20))
    assert patched.place("/paths/~1pets/get/parameters/1/in") == ("ov.yaml", (11, 28))
    assert patched.place("/info/title") == ("spec.yaml", (3, 10))


def test_overlays_patch_swagger_2_as_written_and_lines_survive_conversion(
    tmp_path: Path,
) -> None:
    swagger = _write(
        tmp_path,
        "swagger.yaml",
        """\
        swagger: "2.0"
        info: {title: Old, version: "1"}
        paths: {}
        definitions:
          Pet:
            type: object
            properties:
              name: {type: string}
        """,
    )
    overlay = _overlay(
        tmp_path,
        """\
        - target: $.definitions.Pet.properties
          update:
            age: {type: integer}
        """,
    )
    patched = apply_overlays(load_document(swagger), [overlay])
    converted = convert_swagger2(patched)
    age = "/components/schemas/Pet/properties/age"
    assert converted.data["components"]["schemas"]["Pet"]["properties"]["age"] == {
        "type": "integer"
    }
    assert str(converted.diagnostic("here", age)) == (
        "ov.yaml:8:10: here (at /definitions/Pet/properties/age)"
    )
    assert str(converted.diagnostic("here", "/components/schemas/Pet/properties/name")) == (
        "swagger.yaml:8:13: here (at /definitions/Pet/properties/name)"
    )
