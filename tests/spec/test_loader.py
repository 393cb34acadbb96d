"""Stage 1, loading: YAML and JSON files become data, and pointers lead back to lines.

``Document.locate`` answers with the 1-based line and column where the *value* at a JSON
pointer starts (for a block mapping, its first key; for JSON, its opening brace), or of its
nearest existing parent. ``SpecSource.resolve_ref`` follows local and relative-file ``$ref``s
and refuses remote ones.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from generator.shared.diagnostics import GeneratorError, parts_from_pointer, pointer_from_parts
from generator.spec.loader import Document, SpecSource, load_document
from tests.conftest import ROOT
from tests.support.specs import client_model, write_spec

VALID = ROOT / "tests" / "specs" / "valid"
PETSTORE_YAML = VALID / "petstore-3.0.yaml"
PETSTORE_JSON = VALID / "petstore-3.1.json"
SPLIT_ROOT = VALID / "split" / "api" / "root.yaml"

RESPONSE_200 = "/paths/~1pets/get/responses/200"


def _error_text(error: pytest.ExceptionInfo[GeneratorError]) -> str:
    return "\n".join(str(d) for d in error.value.diagnostics)


# -- parsing ------------------------------------------------------------------------------


def test_loads_yaml() -> None:
    document = load_document(PETSTORE_YAML)

    assert document.path == PETSTORE_YAML.resolve()
    assert document.data["openapi"] == "3.0.3"
    assert document.data["info"] == {"title": "Petstore", "version": "1.0.0"}
    assert document.data["paths"]["/pets"]["get"]["operationId"] == "listPets"
    assert "200" in document.data["paths"]["/pets"]["get"]["responses"]


def test_loads_json() -> None:
    document = load_document(PETSTORE_JSON)

    assert document.data == json.loads(PETSTORE_JSON.read_text(encoding="utf-8"))
    assert document.data["openapi"] == "3.1.0"


def test_json_content_in_a_yaml_named_file_and_flow_yaml(tmp_path: Path) -> None:
    as_json = write_spec(tmp_path, '{"openapi": "3.1.0", "info": {"title": "T"}}', "spec.yaml")
    flow_yaml = write_spec(tmp_path, "{openapi: 3.1.0, info: {title: T}}", "flow.yaml")

    assert load_document(as_json).data == {"openapi": "3.1.0", "info": {"title": "T"}}
    assert load_document(flow_yaml).data == {"openapi": "3.1.0", "info": {"title": "T"}}


def test_utf8_bom_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.yaml"
    path.write_bytes("\ufeffopenapi: 3.0.3\ninfo: {title: Café}\n".encode())

    assert load_document(path).data["info"]["title"] == "Café"


def test_missing_file_is_a_diagnostic_naming_it(tmp_path: Path) -> None:
    with pytest.raises(GeneratorError) as error:
        load_document(tmp_path / "absent.yaml")

    (diagnostic,) = error.value.diagnostics
    assert diagnostic.file.endswith("absent.yaml")
    assert diagnostic.message == "file not found"
    assert error.value.exit_code == 2


def test_yaml_syntax_error_has_a_position(tmp_path: Path) -> None:
    path = write_spec(tmp_path, "openapi: 3.0.3\ninfo:\n  title: [unclosed\n", "bad.yaml")

    with pytest.raises(GeneratorError) as error:
        load_document(path)

    (diagnostic,) = error.value.diagnostics
    assert diagnostic.message.startswith("invalid YAML: ")
    assert diagnostic.line is not None and diagnostic.line >= 3


# -- locate -------------------------------------------------------------------------------


def test_locate_nested_pointer_in_yaml() -> None:
    document = load_document(PETSTORE_YAML)

    # `"200":` is on line 17; its mapping value starts at `description:` on line 18.
    assert document.locate(RESPONSE_200) == (18, 11)
    assert document.locate(RESPONSE_200 + "/description") == (18, 24)
    assert document.locate("/paths/~1pets/get/operationId") == (10, 20)
    assert document.locate("/info/title") == (3, 10)


def test_locate_nested_pointer_in_json() -> None:
    document = load_document(PETSTORE_JSON)

    # `"200": {` is on line 12; the value is the `{` in column 18.
    assert document.locate(RESPONSE_200) == (12, 18)
    assert document.locate(RESPONSE_200 + "/description") == (13, 28)
    assert document.locate("/paths/~1pets/get/operationId") == (10, 24)


def test_locate_root_sequences_and_missing_parts() -> None:
    document = load_document(PETSTORE_YAML)

    assert document.locate("") == (1, 1)
    assert document.locate("#") == (1, 1)
    assert document.locate("/servers/0/url") == (6, 10)
    assert document.locate("/paths/~1pets/get/parameters/0/in") == (14, 15)
    # A pointer past what exists answers with its nearest parent.
    assert document.locate("/paths/~1pets/get/responses/404") == document.locate(
        "/paths/~1pets/get/responses"
    )
    assert document.locate("/servers/7") == document.locate("/servers")


def test_locate_in_a_compact_one_line_json_document(tmp_path: Path) -> None:
    text = json.dumps({"openapi": "3.1.0", "paths": {"/a": {"get": {"summary": "x"}}}})
    document = load_document(write_spec(tmp_path, text, "compact.json"))

    line, column = document.locate("/paths/~1a/get/summary") or (0, 0)
    assert line == 1
    assert text[column - 1 :].startswith('"x"')


def test_locate_returns_none_when_text_is_not_yaml() -> None:
    # Tab-indented block YAML cannot be composed; build the Document directly to reach
    # that branch. The diagnostic then has no line rather than failing.
    document = Document(path=Path("x.yaml"), text="a:\n\t- b\n", data={"a": ["b"]})

    assert document.locate("/a/0") is None
    assert document.diagnostic("boom", "/a/0").line is None


# -- JSON pointer escaping ----------------------------------------------------------------


def test_pointer_escaping_round_trip() -> None:
    parts: list[str | int] = ["paths", "/pets/{id}", "a~b", "~1", "x/~0y", 3]

    pointer = pointer_from_parts(parts)

    assert pointer == "/paths/~1pets~1{id}/a~0b/~01/x~1~00y/3"
    assert parts_from_pointer(pointer) == [str(p) for p in parts]
    assert parts_from_pointer("#" + pointer) == [str(p) for p in parts]
    with pytest.raises(ValueError):
        parts_from_pointer("no-slash")


def test_locate_with_escaped_tokens(tmp_path: Path) -> None:
    text = (
        "openapi: 3.0.3\n"  # 1
        "paths:\n"  # 2
        "  /a/b:\n"  # 3
        "    summary: slash\n"  # 4
        "components:\n"  # 5
        "  schemas:\n"  # 6
        "    a~b:\n"  # 7
        "      type: string\n"  # 8
        "    '~1':\n"  # 9
        "      type: integer\n"  # 10
    )
    document = load_document(write_spec(tmp_path, text, "escapes.yaml"))

    assert document.locate("/paths/~1a~1b/summary") == (4, 14)
    assert document.locate("/components/schemas/a~0b/type") == (8, 13)
    assert document.locate("/components/schemas/~01/type") == (10, 13)


# -- $ref resolution ----------------------------------------------------------------------


def test_resolve_local_ref_with_escaped_pointer() -> None:
    document = load_document(PETSTORE_YAML)
    source = SpecSource(document)

    target, pointer, value = source.resolve_ref("#/components/schemas/a~0b~1c", document, "/x")

    assert target is document
    assert pointer == "/components/schemas/a~0b~1c"
    assert value == {"type": "object", "properties": {"x": {"type": "string"}}}


def test_resolve_ref_to_a_relative_file_in_another_folder() -> None:
    root = load_document(SPLIT_ROOT)
    source = SpecSource(root)
    at = "/paths/~1pets/get/responses/200/content/application~1json/schema/$ref"

    target, pointer, value = source.resolve_ref("../schemas/pet.yaml#/Pet", root, at)

    assert target.path == (VALID / "split" / "schemas" / "pet.yaml").resolve()
    assert pointer == "/Pet"
    # A ref inside the other file is relative to that file, and the file is loaded once.
    again, pointer, owner = source.resolve_ref("#/Owner", target, "/Pet/properties/owner")
    assert again is target
    assert owner["properties"] == {"email": {"type": "string"}}
    assert set(source.documents) == {root.path, target.path}
    # The other file's refs are made absolute, so that they lead to the same place when
    # followed from the root (where a path item or parameter of another file is read).
    written = value["properties"]["owner"]["$ref"]
    assert written == f"{target.path.as_posix()}#/Owner"
    assert source.resolve_ref(written, root, "/x")[:2] == (target, "/Owner")


def test_resolve_ref_to_missing_file_points_at_the_ref(tmp_path: Path) -> None:
    root_path = write_spec(tmp_path, "openapi: 3.0.3\nx:\n  $ref: ./nope.yaml#/X\n", "root.yaml")
    root = load_document(root_path)

    with pytest.raises(GeneratorError) as error:
        SpecSource(root).resolve_ref("./nope.yaml#/X", root, "/x/$ref")

    (diagnostic,) = error.value.diagnostics
    assert diagnostic.file.endswith("root.yaml")
    assert diagnostic.message == "$ref './nope.yaml#/X': file not found"
    assert (diagnostic.line, diagnostic.column) == (3, 9)
    assert diagnostic.pointer == "/x/$ref"


def test_resolve_ref_to_nothing(tmp_path: Path) -> None:
    root = load_document(write_spec(tmp_path, "openapi: 3.0.3\nitems: [a, b]\n", "root.yaml"))
    source = SpecSource(root)

    assert source.resolve_ref("#/items/1", root, "")[2] == "b"
    for ref in ("#/components/schemas/Nope", "#/items/9", "#/items/x", "#/openapi/deeper"):
        with pytest.raises(GeneratorError) as error:
            source.resolve_ref(ref, root, "")
        assert f"$ref {ref!r} points to nothing" in _error_text(error)


@pytest.mark.parametrize(
    "ref", ["https://example.com/x.yaml#/X", "http://example.com/schemas.json#/Pet"]
)
def test_remote_ref_is_refused(ref: str) -> None:
    document = load_document(PETSTORE_YAML)

    with pytest.raises(GeneratorError) as error:
        SpecSource(document).resolve_ref(ref, document, "/paths/~1pets/get/operationId")

    (diagnostic,) = error.value.diagnostics
    url, _, _ = ref.partition("#")
    origin = "/".join(url.split("/")[:3]) + "/"
    assert diagnostic.message == (
        f"remote $ref to {url} is not fetched; save a copy and pass --ref-map {origin}=DIR, "
        "or pass --allow-remote-refs"
    )
    assert diagnostic.line == 10


def test_other_ref_schemes_are_refused() -> None:
    document = load_document(PETSTORE_YAML)

    with pytest.raises(GeneratorError) as error:
        SpecSource(document).resolve_ref("ftp://example.com/x.yaml", document, "")

    assert "unsupported $ref 'ftp://example.com/x.yaml'" in _error_text(error)


def test_json_that_yaml_cannot_parse_is_located_and_scanned_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """json.dumps writes a non-BMP character as a surrogate-pair escape, which YAML
    rejects: JSON is located as JSON, and no diagnostic may scan the file again (a 13 MB
    spec took seconds per attempt, for thousands of rendering subjects)."""
    import yaml

    from generator.spec import jsonpos

    spec = {"openapi": "3.1.0", "info": {"title": "\U0001f600", "version": "1"}, "paths": {}}
    text = json.dumps(spec)
    document = load_document(write_spec(tmp_path, text, "spec.json"))
    scanned: list[int] = []
    real = jsonpos.JsonIndex._read_children

    def counting(self: jsonpos.JsonIndex, at: int) -> Any:
        scanned.append(at)
        return real(self, at)

    monkeypatch.setattr(jsonpos.JsonIndex, "_read_children", counting)
    monkeypatch.setattr(yaml, "compose", None)  # never needed for JSON
    assert document.data["info"]["title"] == "\U0001f600"
    assert document.locate("/info/title") == (1, text.index('"\\ud83d') + 1)
    assert document.locate("/paths") == (1, text.index("{}") + 1)
    assert document.diagnostic("wrong", "/info/version").column == text.index('"1"') + 1
    assert len(scanned) == 2  # the top object and /info, each once


def test_rendering_looks_up_no_line_unless_something_fails(tmp_path: Path) -> None:
    from generator.config import GenerateConfig
    from generator.model import build_client_model
    from generator.pipeline import package_names
    from generator.render.engine import render

    path = ROOT / "spec" / "square-oauth.yaml"
    document = load_document(path)
    config = GenerateConfig(path, tmp_path, "pkg", None, "0.1.0", ())
    client = build_client_model(SpecSource(document), package_names(config, document))
    looked_up: list[str] = []

    def locate(pointer: str) -> str | None:
        looked_up.append(pointer)
        return None

    assert render(client, locate=locate)
    assert looked_up == []


# -- issue 19: loading fidelity ------------------------------------------------------------

LOADING = ROOT / "tests" / "specs" / "loading"


def _run_cli(spec: Path, out: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    from generator.cli import main

    code = main(["generate", str(spec), "-o", str(out), "--package-name", "pkg"])
    return code, capsys.readouterr().err


def test_yaml_is_read_as_yaml_1_2_core_schema(tmp_path: Path) -> None:
    text = (
        "words: [NO, no, No, on, off, yes, y, n, Yes, OFF]\n"
        "booleans: [true, True, TRUE, false, False, FALSE]\n"
        "nulls: [null, Null, NULL, ~]\n"
        "empty:\n"
        "integers: [12, -3, +4, 012, 0o17, 0x1F]\n"
        "floats: [1.5, -0.5, .5, 1e3, .inf, -.Inf]\n"
        "strings: [1_000, '1:30', 1:30, 0b11, 0o9, 2024-01-31, 2024-01-31T10:00:00Z, =]\n"
        "<<: {merged: kept}\n"
    )
    data = load_document(write_spec(tmp_path, text, "types.yaml")).data

    assert data["words"] == ["NO", "no", "No", "on", "off", "yes", "y", "n", "Yes", "OFF"]
    assert data["booleans"] == [True, True, True, False, False, False]
    assert data["nulls"] == [None] * 4
    assert data["empty"] is None
    assert data["integers"] == [12, -3, 4, 12, 15, 31]
    assert all(type(value) is int for value in data["integers"])
    assert data["floats"] == [1.5, -0.5, 0.5, 1000.0, float("inf"), float("-inf")]
    assert data["strings"] == [
        "1_000",
        "1:30",
        "1:30",
        "0b11",
        "0o9",
        "2024-01-31",
        "2024-01-31T10:00:00Z",
        "=",
    ]
    # Merge keys are a YAML 1.1 feature that specs with anchors rely on: still honoured.
    assert data["merged"] == "kept"


def test_an_enum_of_country_codes_stays_text_and_typed() -> None:
    client = client_model(LOADING / "yaml12-enum.yaml", validate=True)

    (operation,) = [op for api in client.apis for op in api.operations]
    (country,) = operation.parameters
    assert country.annotation != "Any"
    (enum,) = [e for e in client.enums if e.class_name == country.annotation]
    assert [m.value for m in enum.members] == ["SE", "NO", "DK", "FI"]
    (state,) = [e for e in client.enums if e.class_name != country.annotation]
    assert [m.value for m in state.members] == ["on", "off", "yes", "no", "y", "n"]


@pytest.mark.parametrize("name", ["duplicate-path.yaml", "duplicate-path.json"])
def test_duplicate_keys_are_errors_at_the_second_key(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = LOADING / name
    second = spec.read_text(encoding="utf-8").splitlines()[11 if name.endswith("yaml") else 7]
    column = second.index("/pets") + (1 if name.endswith("yaml") else 0)

    with pytest.raises(GeneratorError) as error:
        load_document(spec)
    (diagnostic,) = error.value.diagnostics
    assert (diagnostic.line, diagnostic.column) == (12 if name.endswith("yaml") else 8, column)
    assert "duplicate key '/pets'" in diagnostic.message
    assert "line " + ("6" if name.endswith("yaml") else "5") in diagnostic.message

    code, stderr = _run_cli(spec, tmp_path / "out", capsys)
    assert code == 2
    assert stderr.count("\n") == 1
    assert f"{name}:{diagnostic.line}:{column}: " in stderr
    assert not (tmp_path / "out").exists()


def test_every_duplicate_is_reported_and_text_keys_collide_with_number_keys(
    tmp_path: Path,
) -> None:
    yaml_text = 'a: 1\nb:\n  200: x\n  "200": y\n  c: 1\n  c: 2\nd: 1\n'
    json_text = '{"a": 1,\n "b": {"x": 1, "y": {"z": 1, "z": 2}},\n "a": 3}'

    for name, text, where in (
        ("dups.yaml", yaml_text, [(4, 3), (6, 3)]),
        ("dups.json", json_text, [(2, 30), (3, 2)]),
    ):
        with pytest.raises(GeneratorError) as error:
            load_document(write_spec(tmp_path, text, name))
        found = [(d.line, d.column) for d in error.value.diagnostics]
        assert found == where, name


def test_keys_in_merges_and_anchors_are_not_duplicates(tmp_path: Path) -> None:
    text = "base: &base {a: 1, b: 2}\nderived:\n  <<: *base\n  b: 3\n"

    data = load_document(write_spec(tmp_path, text, "merge.yaml")).data

    assert data["derived"] == {"a": 1, "b": 3}


def test_yaml_control_character_has_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "ctrl.yaml"
    path.write_bytes("openapi: 3.0.3\ninfo:\n  title: Café \x01 ok\n".encode())

    with pytest.raises(GeneratorError) as error:
        load_document(path)

    (diagnostic,) = error.value.diagnostics
    assert (diagnostic.line, diagnostic.column) == (3, 15)
    assert "position" not in diagnostic.message
    assert "#x0001" in diagnostic.message


def test_text_that_is_not_utf8_has_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "latin1.yaml"
    path.write_bytes(b"openapi: 3.0.3\ninfo:\n  title: Caf" + b"\xe9\n")

    with pytest.raises(GeneratorError) as error:
        load_document(path)

    (diagnostic,) = error.value.diagnostics
    assert (diagnostic.line, diagnostic.column) == (3, 13)


@pytest.mark.parametrize(
    "odd",
    [
        "\\ud83d\\ude00",  # a surrogate-pair escape, as json.dumps writes an emoji
        "\u2028",  # raw LINE SEPARATOR: a line break for YAML 1.1, not for JSON
        "\u2029",
        "\u0085",
        "\u0090",  # a C1 control: allowed raw in JSON, refused by YAML
        "\U0001f600",
    ],
)
def test_json_positions_after_text_yaml_reads_differently(odd: str, tmp_path: Path) -> None:
    text = (
        "{\n"
        f'  "info": {{"title": "a{odd}b", "version": "1"}},\n'
        '  "paths": {\n'
        '    "/a": {"get": {"operationId": 5}}\n'
        "  }\n"
        "}\n"
    )
    document = load_document(write_spec(tmp_path, text, "odd.json"))

    assert document.locate("/paths/~1a/get/operationId") == (4, 35)
    assert document.locate("/info/version") == (2, 38 + len(odd))
    assert document.locate("/paths/~1a/get/nothing") == (4, 19)


def test_json_positions_with_a_key_longer_than_yaml_allows(tmp_path: Path) -> None:
    key = "k" * 2000
    document = load_document(
        write_spec(tmp_path, f'{{"{key}": 1,\n "b": [1, {{"c": 2}}]}}', "long.json")
    )

    assert document.locate("/b/1/c") == (2, 17)
    assert document.locate("/" + key) == (1, 2006)


def test_validation_errors_in_json_with_an_emoji_escape_keep_their_lines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = {
        "openapi": "3.0.3",
        "info": {"title": "Emoji \U0001f600", "version": "1"},
        "paths": {"/a": {"get": {"operationId": 5, "responses": {"200": {"description": "ok"}}}}},
    }
    path = write_spec(tmp_path, json.dumps(spec, indent=2), "emoji.json")
    assert "\\ud83d" in path.read_text(encoding="utf-8")

    code, stderr = _run_cli(path, tmp_path / "out", capsys)

    assert code == 2
    lines = path.read_text(encoding="utf-8").splitlines()
    line = next(n for n, text in enumerate(lines, 1) if '"operationId"' in text)
    assert f"emoji.json:{line}:{lines[line - 1].index('5') + 1}: " in stderr, stderr


def test_a_schema_from_another_file_keeps_its_own_name() -> None:
    client = client_model(LOADING / "split-names" / "root.yaml", validate=True)

    results = {op.py_name: op.result_annotation for api in client.apis for op in api.operations}
    assert results == {
        "list_pets": "Pet",
        "list_categories": "Category",
        "list_tags": "Tag",
        "get_pet": "Pet",
    }
    # A path item in a third file, in another folder, whose parameter is in a fourth.
    operation = next(op for api in client.apis for op in api.operations if op.py_name == "get_pet")
    (pet_id,) = operation.parameters
    assert (pet_id.wire_name, pet_id.annotation) == ("petId", "uuid.UUID")  # format: uuid
    names = {model.class_name for model in client.models}
    # errors.yaml#/Error meets the local component Error: both kept, under two names.
    assert len(names) == 5 and {"Pet", "Category", "Tag", "Error"} < names
    (other_error,) = names - {"Pet", "Category", "Tag", "Error"}
    assert other_error.startswith("Error")
    fields = {m.class_name: [f.py_name for f in m.fields] for m in client.models}
    assert (fields["Error"], fields[other_error]) == (["message"], ["code"])
    pet = next(m for m in client.models if m.class_name == "Pet")
    assert [f.annotation for f in pet.fields] == ["str | None", "Category | None"]


def test_a_split_swagger2_spec_is_converted_in_every_file() -> None:
    client = client_model(LOADING / "split-swagger2" / "root.yaml", validate=True)

    pet = next(m for m in client.models if m.class_name == "Pet")
    fields = {f.py_name: (f.annotation, f.required) for f in pet.fields}
    assert fields["nickname"] == ("str | None", True)
    assert fields["name"] == ("str", True)
    owner = next(m for m in client.models if m.class_name == "Owner")
    assert {f.py_name: f.annotation for f in owner.fields}["photo"] == "bytes | None"
    operations = {op.py_name: op for api in client.apis for op in api.operations}
    (limit,) = operations["list_pets"].parameters
    assert (limit.wire_name, limit.annotation) == ("limit", "int | None")
    assert operations["list_pets"].result_annotation == "Pet"
    # A body parameter in another file becomes the request body, also when the operation
    # itself is in a third file, in another folder.
    for name in ("create_pet", "update_pet"):
        body = operations[name].body
        assert body is not None and (body.model_name, body.required) == ("Pet", True), name
    (pet_id,) = operations["get_pet"].parameters
    assert (pet_id.wire_name, pet_id.location, pet_id.annotation) == ("petId", "path", "str")
    assert operations["get_pet"].result_annotation == "Pet"
    assert {m.class_name for m in client.models} == {"Pet", "Owner"}


@pytest.mark.parametrize("ref", ["a\x00b.yaml#/X", "a%00b.yaml", "http://[::1/x.yaml"])
def test_a_ref_that_is_no_file_name_or_url_is_a_located_error(ref: str, tmp_path: Path) -> None:
    root = load_document(write_spec(tmp_path, "openapi: 3.0.3\nx:\n  $ref: y\n", "root.yaml"))

    with pytest.raises(GeneratorError) as error:
        SpecSource(root).resolve_ref(ref, root, "/x/$ref")

    (diagnostic,) = error.value.diagnostics
    assert (diagnostic.line, diagnostic.column) == (3, 9)
    assert diagnostic.message.startswith(f"$ref {ref!r} is not a valid reference")


def test_refs_in_example_data_of_other_files_stay_as_written(tmp_path: Path) -> None:
    root = load_document(
        write_spec(tmp_path, "openapi: 3.0.3\nx:\n  $ref: t.yaml#/T\n", "root.yaml")
    )
    write_spec(
        tmp_path,
        "T:\n  properties:\n    a: {$ref: '#/A'}\n  example: {$ref: ./x.yaml}\n"
        "  examples: [{$ref: ./y.yaml}]\nA: {type: string}\n",
        "t.yaml",
    )

    _, _, thing = SpecSource(root).resolve_ref("t.yaml#/T", root, "/x/$ref")

    assert thing["properties"]["a"]["$ref"] == f"{(tmp_path / 't.yaml').resolve().as_posix()}#/A"
    assert thing["example"] == {"$ref": "./x.yaml"}
    assert thing["examples"] == [{"$ref": "./y.yaml"}]


def test_a_file_read_only_by_the_swagger2_conversion_is_listed_as_read(tmp_path: Path) -> None:
    """The fast path (generator/output/fastpath.py) reruns when a file the run read changes: a
    file that held only a body parameter must be on the list too."""
    from generator.spec.swagger2 import convert_swagger2

    root_path = write_spec(
        tmp_path,
        'swagger: "2.0"\ninfo: {title: T, version: "1"}\npaths:\n  /a:\n    post:\n'
        "      parameters: [{$ref: 'body.yaml#/b'}]\n      responses: {'204': {description: x}}\n",
        "root.yaml",
    )
    body = write_spec(tmp_path, "b: {in: body, name: b, schema: {type: object}}\n", "body.yaml")

    converted = convert_swagger2(load_document(root_path))

    assert "requestBody" in converted.data["paths"]["/a"]["post"]
    assert set(SpecSource(converted).documents) == {root_path.resolve(), body.resolve()}


def test_a_swagger2_file_with_definitions_is_converted_and_refs_into_it_follow(
    tmp_path: Path,
) -> None:
    root = write_spec(
        tmp_path,
        'swagger: "2.0"\ninfo: {title: T, version: "1"}\npaths:\n  /a:\n    get:\n'
        "      responses:\n        '200':\n          description: ok\n"
        "          schema: {$ref: 'common.yaml#/definitions/Thing'}\n",
        "root.yaml",
    )
    write_spec(
        tmp_path,
        "definitions:\n  Thing:\n    type: object\n    properties:\n"
        "      part: {$ref: '#/definitions/Part'}\n"
        "  Part:\n    type: object\n    required: [size, count]\n    properties:\n"
        "      size: {type: integer, x-nullable: true}\n      count: {type: integer}\n",
        "common.yaml",
    )

    client = client_model(root, validate=True)

    (operation,) = [op for api in client.apis for op in api.operations]
    assert operation.result_annotation == "Thing"
    fields = {m.class_name: {f.py_name: f.annotation for f in m.fields} for m in client.models}
    assert fields == {
        "Thing": {"part": "Part | None"},
        "Part": {"size": "int | None", "count": "int"},
    }


@pytest.mark.parametrize("odd", ["\u2028", "\u2029", "\u0085"])
def test_yaml_line_separators_are_text_as_in_yaml_1_2(odd: str, tmp_path: Path) -> None:
    """YAML 1.1 (and libyaml) breaks lines at U+2028, U+2029 and U+0085; YAML 1.2 and
    editors' line numbers do not. Text pasted from a web page carries them."""
    text = (
        "openapi: 3.0.3\n"
        f"info: {{title: 'a{odd}b', version: '1'}}\n"
        "paths:\n"
        f"  /a{odd}b:\n"
        "    get:\n"
        f"      summary: plain {odd} text\n"
        f"      description: |\n        block{odd}text\n"
        "      operationId: 5\n"
    )

    document = load_document(write_spec(tmp_path, text, "seps.yaml"))

    assert document.data["info"]["title"] == f"a{odd}b"
    operation = document.data["paths"][f"/a{odd}b"]["get"]
    assert operation["summary"] == f"plain {odd} text"
    assert operation["description"] == f"block{odd}text\n"
    assert document.locate(f"/paths/~1a{odd}b/get/operationId") == (9, 20)


def test_flow_yaml_that_starts_like_json_is_located_as_yaml(tmp_path: Path) -> None:
    text = '{openapi: 3.0.3,\n info: {title: "T", version: "1"},\n paths: {}}\n'
    document = load_document(write_spec(tmp_path, text, "flow.yaml"))

    assert document.locate("/info/version") == (2, 30)
    assert document.locate("/paths") == (3, 9)


def test_a_pyyaml_built_without_libyaml_still_loads_specs() -> None:
    code = (
        "import yaml; del yaml.CSafeLoader\n"  # as PyYAML is when built without libyaml
        "from pathlib import Path\n"
        "from generator.spec.loader import load_document\n"
        "print(load_document(Path('spec/square-oauth.yaml')).data['info']['title'])"
    )
    root = ROOT
    run = subprocess.run(
        [sys.executable, "-c", code], cwd=root, capture_output=True, text=True, timeout=60
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout == "Square OAuth API\n"
