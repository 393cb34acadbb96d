"""What the fuzzer found in the model stage, one case each (issue 19).

- Schemas that contain themselves through ``items``, ``oneOf`` or ``additionalProperties``
  (trees, JSON values) generate in strict mode: each becomes a pydantic ``RootModel``.
- With ``--lenient``, a node of the wrong type (``info: "x"``, ``responses: true``,
  ``$ref: 5``, ...) is a located warning and the rest is generated; the package imports.
- A dangling ``$ref`` inside an ``allOf`` leaves a package that imports.
- Name de-duplication is linear and gives the names counting from 2 each time would.
- Building the model leaves the spec's own data as it was read.
"""

from __future__ import annotations

import copy
import json
import random
import re
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.cli import main
from generator.model.build import PackageNames, build_client_model
from generator.model.naming import NameScope, constant_case
from generator.spec.loader import SpecSource, load_document
from tests.support import fuzz
from tests.support.specs import header

HEADER = header("Robust")


def _generate(
    tmp_path: Path, body: str, *flags: str, capsys: pytest.CaptureFixture[str]
) -> tuple[int, str, Path]:
    spec = tmp_path / "spec.yaml"
    spec.write_text(HEADER + textwrap.dedent(body), encoding="utf-8")
    out = tmp_path / "out"
    code = main(["generate", str(spec), "-o", str(out), *flags])
    return code, capsys.readouterr().err, out


# -- schemas that contain themselves ----------------------------------------------------------

RECURSIVE = """\
paths:
  /tree:
    get:
      operationId: getTree
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Forest"}
    post:
      operationId: putValue
      requestBody:
        content:
          application/json:
            schema: {$ref: "#/components/schemas/JsonValue"}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Tree"}
components:
  schemas:
    Forest:
      type: array
      items: {$ref: "#/components/schemas/Forest"}
    JsonValue:
      oneOf:
        - {type: string}
        - {type: number}
        - {type: boolean}
        - {type: array, items: {$ref: "#/components/schemas/JsonValue"}}
        - {type: object, additionalProperties: {$ref: "#/components/schemas/JsonValue"}}
    Dictionary:
      type: object
      additionalProperties: {$ref: "#/components/schemas/Dictionary"}
    Tree:
      type: object
      properties:
        label: {type: string}
        children: {type: array, items: {$ref: "#/components/schemas/Tree"}}
        attributes: {$ref: "#/components/schemas/Dictionary"}
        value: {$ref: "#/components/schemas/JsonValue"}
"""


@pytest.mark.slow
def test_schemas_that_contain_themselves_generate_in_strict_mode(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, stderr, out = _generate(tmp_path, RECURSIVE, capsys=capsys)

    assert code == 0, stderr
    assert fuzz.import_problem(out) == ""
    models = out / "robust" / "models"
    tree = (models / "tree.py").read_text(encoding="utf-8")
    # The model recurses through its own class, the others through a RootModel each.
    assert "children: list[Tree] | None = None" in tree
    assert "attributes: Dictionary | None = None" in tree
    assert "value: JsonValue | None = None" in tree
    forest = (models / "forest.py").read_text(encoding="utf-8")
    assert 'class Forest(RootModel["list[Forest]"]):' in forest
    assert "    root: list[Forest]\n" in forest
    json_value = (models / "json_value.py").read_text(encoding="utf-8")
    assert "root: str | float | bool | list[JsonValue] | dict[str, JsonValue]" in json_value
    api = (out / "robust" / "apis" / "default.py").read_text(encoding="utf-8")
    assert "ApiResult[Forest]" in api
    assert "body: JsonValue | None" in api


@pytest.mark.slow
def test_recursive_types_validate_nested_data(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A tree and a JSON value of any depth round-trip through the generated models."""
    code, stderr, out = _generate(tmp_path, RECURSIVE, capsys=capsys)
    assert code == 0, stderr
    script = textwrap.dedent(
        """\
        import json, sys
        import pydantic
        sys.path.insert(0, sys.argv[1])
        from robust.models import Forest, JsonValue, Tree
        data = {
            "label": "root",
            "children": [{"label": "leaf", "children": []}],
            "attributes": {"a": {"b": {"c": {}}}},
            "value": {"k": ["s", True, {"z": [[], {"deep": "x"}]}]},
        }
        tree = Tree.model_validate(data)
        assert tree.children[0].label == "leaf"
        assert tree.model_dump(mode="json", exclude_unset=True) == data
        forest = Forest.model_validate([[[]], []])
        assert forest.root[0].root[0].root == []
        try:
            JsonValue.model_validate({"k": object()})
        except pydantic.ValidationError:
            pass
        else:
            raise SystemExit("an object() is not a JSON value")
        print("ok")
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(out)], capture_output=True, text=True, timeout=120
    )
    assert result.stdout.strip() == "ok", result.stderr


# -- wrong-typed nodes with --lenient ---------------------------------------------------------

PETS = """\
paths:
  /pets/{id}:
    parameters:
      - {name: id, in: path, required: true, schema: {type: string}}
    get:
      operationId: getPet
      tags: [pets]
      parameters:
        - {name: verbose, in: query, schema: {type: boolean}}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Pet"}
    put:
      operationId: putPet
      tags: [pets]
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: "#/components/schemas/Pet"}
      responses:
        "204": {description: done}
components:
  securitySchemes:
    key: {type: apiKey, in: header, name: X-Key}
  schemas:
    Pet:
      type: object
      required: [name]
      properties:
        name: {type: string}
        owner: {$ref: "#/components/schemas/Owner"}
    Owner:
      type: object
      properties:
        id: {type: integer}
security:
  - key: []
servers:
  - url: https://pets.example.test
"""

# (JSON pointer of the node, the wrong-typed value put there)
WRONG_TYPES: list[tuple[str, Any]] = [
    ("/info", "x"),
    ("/info/title", ["a"]),
    ("/paths/~1pets~1{id}/get/responses", True),
    ("/paths/~1pets~1{id}/get/responses/200/content", [[]]),
    ("/paths/~1pets~1{id}/get/responses/200/content/application~1json", [[]]),
    ("/paths/~1pets~1{id}/get/parameters/0/name", 5),
    ("/paths/~1pets~1{id}/get/parameters/0/in", [5]),
    ("/paths/~1pets~1{id}/get/parameters", True),
    ("/paths/~1pets~1{id}/get/tags", 1.5),
    ("/paths/~1pets~1{id}/put/requestBody/content", [[]]),
    ("/paths/~1pets~1{id}/put/requestBody/content/application~1json", [[]]),
    ("/paths/~1pets~1{id}/put/requestBody", 5),
    ("/paths/~1pets~1{id}/put/requestBody/content/application~1json/schema/$ref", 5),
    ("/components/schemas/Pet/required", [[]]),
    ("/components/schemas/Pet/required/0", {}),
    ("/components/schemas/Pet/properties", [[]]),
    ("/components/schemas/Pet/properties/owner/$ref", 5),
    ("/components/securitySchemes", [[]]),
    ("/components", 5),
    ("/security", True),
    ("/servers", 5),
    ("/paths", []),
]


def _set(data: Any, pointer: str, value: Any) -> None:
    parts = [p.replace("~1", "/").replace("~0", "~") for p in pointer[1:].split("/")]
    node = data
    for part in parts[:-1]:
        node = node[int(part)] if isinstance(node, list) else node[part]
    node[int(parts[-1]) if isinstance(node, list) else parts[-1]] = value


@pytest.mark.slow
@pytest.mark.parametrize(("pointer", "value"), WRONG_TYPES, ids=[p for p, _ in WRONG_TYPES])
def test_a_wrong_typed_node_is_a_located_warning_with_lenient(
    pointer: str, value: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = yaml.safe_load(HEADER + PETS)
    _set(data, pointer, value)
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps(data, indent=2), encoding="utf-8")
    out = tmp_path / "out"

    assert main(["generate", str(spec), "-o", str(out)]) == 2
    strict = capsys.readouterr().err
    assert fuzz.error_problem(strict, "", "") == ""
    assert not out.exists()

    assert main(["generate", str(spec), "-o", str(out), "--lenient"]) == 0
    lenient = capsys.readouterr().err
    assert "Traceback" not in lenient
    located = [line for line in lenient.splitlines() if fuzz.LOCATED.match(line)]
    assert located == lenient.splitlines()
    # A warning names the node, or the object that holds it (the validator names the
    # Response object when its content is wrong); the root only for a top-level node.
    ancestors = [pointer]
    while ancestors[-1].count("/") > 1:
        ancestors.append(ancestors[-1].rsplit("/", 1)[0])
    if pointer.count("/") == 1:
        ancestors.append("/")
    assert any(f"(at {a})" in w for a in ancestors for w in located), lenient
    assert fuzz.import_problem(out) == ""


@pytest.mark.slow
def test_a_parameter_named_by_a_number_is_that_number(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    body = PETS.replace("{name: verbose, in: query", "{name: 5, in: query")
    code, stderr, out = _generate(tmp_path, body, "--lenient", capsys=capsys)

    assert code == 0, stderr
    api = (out / "robust" / "apis" / "pets.py").read_text(encoding="utf-8")
    assert "n5: bool | None = None," in api  # the keyword
    assert '{"5": n5}' in api  # sent as the query parameter "5"
    assert fuzz.import_problem(out) == ""


# -- a dangling $ref inside an allOf ----------------------------------------------------------

DANGLING_ALL_OF = """\
paths:
  /things:
    get:
      operationId: listThings
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Thing"}
components:
  schemas:
    Thing:
      allOf:
        - {$ref: "#/components/schemas/Missing"}
        - type: object
          properties:
            id: {type: string}
"""


@pytest.mark.slow
def test_a_dangling_ref_inside_all_of_still_gives_an_importable_package(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, stderr, out = _generate(tmp_path, DANGLING_ALL_OF, "--lenient", capsys=capsys)

    assert code == 0, stderr
    assert fuzz.import_problem(out) == ""
    assert re.search(
        r"spec\.yaml:17:\d+: .*Missing' points to nothing; allOf member skipped", stderr
    )
    model = (out / "robust" / "models" / "thing.py").read_text(encoding="utf-8")
    assert "id: str | None = None" in model


# -- linear name de-duplication ---------------------------------------------------------------


def _naive_claims(names: list[str], reserved: frozenset[str] = frozenset()) -> list[str]:
    """The scope's rule written the obvious (quadratic) way: count from 2 every time."""
    taken = {n.lower() for n in reserved}
    result = []
    for name in names:
        candidate, counter = name, 2
        while candidate.lower() in taken:
            candidate = f"{name}_{counter}" if name[-1].isalnum() else f"{name}{counter}"
            counter += 1
        taken.add(candidate.lower())
        result.append(candidate)
    return result


def test_name_scope_gives_the_names_counting_from_two_would() -> None:
    rng = random.Random(19)
    pool = ["A", "a", "A_2", "a_2_2", "B_", "b_", "B_2", "Value", "VALUE_3", "x"]
    for _ in range(200):
        names = [rng.choice(pool) for _ in range(rng.randint(1, 40))]
        reserved = frozenset(rng.sample(pool, 2))
        scope = NameScope(reserved)
        assert [scope.claim(n) for n in names] == _naive_claims(names, reserved)


class _CountingSet(set[str]):
    """The scope's set of taken names, counting membership tests."""

    lookups = 0

    def __contains__(self, item: object) -> bool:
        _CountingSet.lookups += 1
        return super().__contains__(item)


@pytest.mark.slow
def test_24000_colliding_enum_values_get_distinct_names_in_linear_work() -> None:
    # "a" and "b" with 8 separators between them, each one of "-_ .": distinct on the wire.
    values = [
        "a" + "".join("-_ ."[(i >> (2 * k)) & 3] for k in range(8)) + "b" for i in range(24000)
    ]
    assert len(set(values)) == 24000
    assert len({constant_case(v) for v in values}) == 1  # every one collides once cased

    scope = NameScope({"name", "value"})
    scope._taken = _CountingSet(scope._taken)
    _CountingSet.lookups = 0
    names = [scope.claim(constant_case(v)) for v in values]

    assert len(set(names)) == 24000
    assert names[:3] == ["A_B", "A_B_2", "A_B_3"]
    assert names[-1] == "A_B_24000"
    # One lookup per claim plus one per number tried: linear (counting from 2 each time
    # would make about 288 million).
    assert _CountingSet.lookups <= 2 * 24000
    again = NameScope({"name", "value"})
    assert [again.claim(constant_case(v)) for v in values] == names


# -- the spec's data stays as read ------------------------------------------------------------

MULTIPART = """\
paths:
  /upload:
    post:
      operationId: upload
      requestBody:
        content:
          multipart/form-data:
            schema:
              type: object
              properties:
                file: {type: string, format: binary}
                note: {type: string}
            example: {file: "raw text", note: "hello"}
      responses:
        "204": {description: done}
"""


def test_building_the_model_leaves_the_spec_data_as_read(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(HEADER + MULTIPART, encoding="utf-8")
    document = load_document(spec)
    before = copy.deepcopy(document.data)

    client = build_client_model(SpecSource(document), PackageNames("robust", "robust", "0.1.0"))

    (operation,) = [op for api in client.apis for op in api.operations]
    assert operation.body is not None
    assert operation.body.example == {"file": b"file contents", "note": "hello"}
    assert document.data == before


def test_a_minimum_that_is_not_a_number_gives_the_usual_example() -> None:
    """Fuzzer seed 11950: ``minimum: "x"`` (--lenient) crashed the made-up example."""
    from generator.model.examples import example_for

    def same(schema: dict[str, Any]) -> dict[str, Any]:
        return schema

    assert example_for({"type": "integer", "minimum": "x"}, same) == 1
    assert example_for({"type": "number", "minimum": [2]}, same) == 1.5
    assert example_for({"type": "integer", "minimum": 7.9}, same) == 7
    assert example_for({"type": "number", "minimum": 3}, same) == 3.0
