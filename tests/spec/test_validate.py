"""Stage 2, validation: good specs pass; every problem in a bad one is reported, with a line.

``validate_document`` raises one ``GeneratorError`` carrying a ``Diagnostic`` per problem, so
the user fixes them all in one go. ``openapi_version`` decides between 3.0 and 3.1 and
explains anything else.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from generator.shared.diagnostics import Diagnostic, GeneratorError
from generator.spec.loader import Document, load_document
from generator.spec.validate import openapi_version, validate_document
from tests.conftest import ROOT
from tests.support.specs import write_spec

REPO = ROOT
VALID = REPO / "tests" / "specs" / "valid"


@pytest.fixture(autouse=True)
def _no_verdict_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test here sees the validator run (the cache has tests of its own, in
    tests/spec/test_verdicts.py): a remembered verdict would skip the worker under test."""
    monkeypatch.setenv("OPENAPI_PYCLIENT_CACHE_DIR", "off")


def _load(tmp_path: Path, text: str, name: str = "spec.yaml") -> Document:
    return load_document(write_spec(tmp_path, text, name))


def _diagnostics(document: Document) -> list[Diagnostic]:
    with pytest.raises(GeneratorError) as error:
        validate_document(document)
    assert error.value.exit_code == 2
    return list(error.value.diagnostics)


# -- valid specs --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "version"),
    [
        (VALID / "petstore-3.0.yaml", "3.0"),
        (VALID / "petstore-3.1.json", "3.1"),
        (VALID / "split" / "api" / "root.yaml", "3.0"),
        (REPO / "spec" / "square-oauth.yaml", "3.1"),
    ],
    ids=["3.0-yaml", "3.1-json", "3.0-split-files", "square-3.1"],
)
def test_valid_specs_pass(path: Path, version: str) -> None:
    document = load_document(path)

    assert openapi_version(document) == version
    validate_document(document)  # raises on any problem


# -- several errors at once -----------------------------------------------------------------

MANY_ERRORS = """\
openapi: {version}
info:
  title: Many Errors
  version: 7
paths:
  /pets:
    get:
      operationId: listPets
      parameters:
        - name: limit
          in: nowhere
          schema: {{type: integer}}
      responses:
        "200":
          descriptio: typo
"""


@pytest.mark.parametrize("version", ["3.0.3", "3.1.0"])
def test_every_error_is_reported_with_a_line(tmp_path: Path, version: str) -> None:
    document = _load(tmp_path, MANY_ERRORS.format(version=version))

    diagnostics = _diagnostics(document)

    assert len(diagnostics) >= 3
    for diagnostic in diagnostics:
        assert diagnostic.file.endswith("spec.yaml")
        assert diagnostic.line is not None and diagnostic.column is not None
        assert diagnostic.pointer is not None
    by_pointer = {d.pointer: d for d in diagnostics}
    # info.version: an integer, line 4
    assert by_pointer["/info/version"].line == 4
    assert "7 is not of type 'string'" in by_pointer["/info/version"].message
    # the parameter's `in`: line 10 (the parameter) or 11 (the `in` value)
    parameter = [
        d for d in diagnostics if (d.pointer or "").startswith("/paths/~1pets/get/parameters/0")
    ]
    assert parameter and all(d.line in (10, 11) for d in parameter)
    # the response without a description: line 15
    response = [d for d in diagnostics if d.pointer == "/paths/~1pets/get/responses/200"]
    assert response and all(d.line == 15 for d in response)
    # no diagnostic is repeated
    assert len(set(diagnostics)) == len(diagnostics)


def test_diagnostics_print_as_file_line_column_message_pointer(tmp_path: Path) -> None:
    document = _load(tmp_path, MANY_ERRORS.format(version="3.1.0"))

    text = str(_diagnostics(document)[0])

    assert re.fullmatch(r".*spec\.yaml:4:12: 7 is not of type 'string' \(at /info/version\)", text)


def test_all_remote_refs_are_reported_before_anything_is_fetched(tmp_path: Path) -> None:
    document = _load(
        tmp_path,
        "openapi: 3.0.3\n"
        "info: {title: T, version: '1'}\n"
        "paths: {}\n"
        "components:\n"
        "  schemas:\n"
        "    A: {$ref: 'https://example.com/a.yaml#/A'}\n"
        "    B: {$ref: 'http://example.com/b.yaml#/B'}\n",
    )

    diagnostics = _diagnostics(document)

    assert [(d.line, d.pointer) for d in diagnostics] == [
        (6, "/components/schemas/A/$ref"),
        (7, "/components/schemas/B/$ref"),
    ]
    assert all("is not fetched; save a copy and pass --ref-map" in d.message for d in diagnostics)


BAD_SCHEMA_TYPE = """\
openapi: 3.1.0
info:
  title: T
  version: "1"
paths: {}
components:
  schemas:
    Pet:
      type: object
      properties:
        name:
          type: strin
"""


def test_error_inside_a_schema_points_at_its_line(tmp_path: Path) -> None:
    document = _load(tmp_path, BAD_SCHEMA_TYPE)

    diagnostics = _diagnostics(document)

    bad_type = [d for d in diagnostics if "'strin'" in d.message]
    assert bad_type
    for diagnostic in bad_type:
        assert diagnostic.pointer == "/components/schemas/Pet/properties/name/type"
        assert diagnostic.line == 12


UNQUOTED_STATUS = """\
openapi: 3.0.3
info:
  title: T
  version: "1"
paths:
  /pets:
    get:
      responses:
        200:
          description: ok
"""


def test_unquoted_status_code_is_accepted_or_explained_at_its_line(tmp_path: Path) -> None:
    """Either accept `200:` (as most tools do) or say at line 9 that it must be quoted."""
    document = _load(tmp_path, UNQUOTED_STATUS)

    try:
        validate_document(document)
    except GeneratorError as error:
        assert all("cannot validate" not in d.message for d in error.diagnostics)
        assert any(d.line == 9 and "200" in d.message for d in error.diagnostics)


# -- version detection --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "version"),
    [
        ("openapi: 3.0.0", "3.0"),
        ("openapi: 3.0.3", "3.0"),
        ("openapi: '3.0.4'", "3.0"),
        ("openapi: 3.1.0", "3.1"),
        ("openapi: 3.1.1", "3.1"),
        ("swagger: '2.0'", "2.0"),
    ],
)
def test_supported_versions(tmp_path: Path, header: str, version: str) -> None:
    document = _load(tmp_path, f"{header}\ninfo: {{title: T, version: '1'}}\npaths: {{}}\n")

    assert openapi_version(document) == version


@pytest.mark.parametrize(
    ("header", "message", "pointer", "line"),
    [
        ("swagger: '1.2'", "Swagger 1.2 is not supported; this generator reads Swagger 2.0 "
         "and OpenAPI 3.0.x and 3.1.x", "/swagger", 1),
        ("openapi: 2.5.0", "unsupported OpenAPI version '2.5.0'; supported: 3.0.x and 3.1.x",
         "/openapi", 1),
        ("openapi: 3.2.0", "unsupported OpenAPI version '3.2.0'", "/openapi", 1),
        ("openapi: 3.0", "unsupported OpenAPI version 3.0;", "/openapi", 1),
        ("openapi: 3.1.0-rc1", "unsupported OpenAPI version '3.1.0-rc1'", "/openapi", 1),
        ("title: no version", "not an OpenAPI document: the 'openapi' field is missing", "", 1),
    ],
    ids=["swagger-1.2", "2.5.0", "3.2.0", "float-3.0", "pre-release", "missing"],
)  # fmt: skip
def test_unsupported_versions_are_explained(
    tmp_path: Path, header: str, message: str, pointer: str, line: int
) -> None:
    document = _load(tmp_path, f"{header}\ninfo: {{title: T, version: '1'}}\npaths: {{}}\n")

    with pytest.raises(GeneratorError) as error:
        openapi_version(document)

    (diagnostic,) = error.value.diagnostics
    assert message in diagnostic.message
    assert diagnostic.pointer == pointer
    assert diagnostic.line == line
    # validate_document stops at the version, before the schema check.
    with pytest.raises(GeneratorError) as again:
        validate_document(document)
    assert again.value.diagnostics == error.value.diagnostics


# -- the schema check in a worker process, while the model is built ----------------------


def _generate_in_pipeline(spec: Path, out: Path) -> None:
    from generator.config import GenerateConfig
    from generator.pipeline import generate_files

    generate_files(GenerateConfig(spec, out, "pkg", None, "0.1.0", ()))


def test_worker_schema_check_gives_the_same_diagnostics_as_in_process(tmp_path: Path) -> None:
    spec = REPO / "tests" / "specs" / "invalid" / "schema_type_typo.yaml"
    in_process = _diagnostics(load_document(spec))
    with pytest.raises(GeneratorError) as error:
        _generate_in_pipeline(spec, tmp_path / "out")
    assert list(error.value.diagnostics) == in_process
    assert not (tmp_path / "out").exists()


def test_schema_diagnostics_win_over_a_later_stage_failing_on_the_same_spec(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A spec the validator rejects may make the model stage fail first, since both run at
    once: the user still sees the validator's located diagnostics, not a crash."""
    from generator import model

    def crash(*args: object, **kwargs: object) -> None:
        raise KeyError("what a broken spec does to the model stage")

    monkeypatch.setattr(model, "build_client_model", crash)
    spec = REPO / "tests" / "specs" / "invalid" / "schema_type_typo.yaml"
    with pytest.raises(GeneratorError) as error:
        _generate_in_pipeline(spec, tmp_path / "out")
    assert list(error.value.diagnostics) == _diagnostics(load_document(spec))
    # On a valid spec the same failure is a bug, and shows as one.
    with pytest.raises(KeyError):
        _generate_in_pipeline(REPO / "spec" / "square-oauth.yaml", tmp_path / "out")


# -- every validator diagnostic at the node it is about (issue 19) ------------------------

# Zoom's fault, in 18 lines: the parameter's default is not one of its enum values.
DEFAULT_OUTSIDE_ENUM = """\
openapi: 3.0.3
info:
  title: Telephone report
  version: "1"
paths:
  /report/telephone:
    get:
      operationId: reportTelephone
      parameters:
        - name: type
          in: query
          schema:
            type: integer
            enum: [1, 3]
            default: '1'
      responses:
        "200":
          description: ok
"""
TELEPHONE_DEFAULT = "/paths/~1report~1telephone/get/parameters/0/schema/default"


def test_a_default_outside_its_enum_is_reported_at_the_default(tmp_path: Path) -> None:
    diagnostics = _diagnostics(_load(tmp_path, DEFAULT_OUTSIDE_ENUM))

    assert [(d.message, d.line, d.column, d.pointer) for d in diagnostics] == [
        ("'1' is not of type 'integer'", 15, 22, TELEPHONE_DEFAULT),
        ("'1' is not one of [1, 3]", 15, 22, TELEPHONE_DEFAULT),
    ]


def test_a_default_in_a_referenced_schema_is_reported_where_it_is_written(
    tmp_path: Path,
) -> None:
    text = DEFAULT_OUTSIDE_ENUM.replace(
        "          schema:\n            type: integer\n            enum: [1, 3]\n"
        "            default: '1'\n",
        '          schema:\n            $ref: "#/components/schemas/Kind"\n',
    ) + (
        "components:\n  schemas:\n    Kind:\n      type: integer\n      enum: [1, 3]\n"
        "      default: 2\n"
    )
    (diagnostic,) = _diagnostics(_load(tmp_path, text))

    assert diagnostic.message == "2 is not one of [1, 3]"
    assert (diagnostic.line, diagnostic.pointer) == (22, "/components/schemas/Kind/default")


def test_a_swagger2_parameter_default_is_reported_at_the_default(tmp_path: Path) -> None:
    text = """\
swagger: "2.0"
info: {title: T, version: "1"}
paths:
  /report:
    get:
      parameters:
        - {name: kind, in: query, type: integer, enum: [1, 3], default: 2}
      responses:
        "200": {description: ok}
"""
    (diagnostic,) = _diagnostics(_load(tmp_path, text))

    assert diagnostic.message == "2 is not one of [1, 3]"
    assert diagnostic.pointer == "/paths/~1report/get/parameters/0/default"
    assert (diagnostic.line, diagnostic.column) == (7, 73)


def test_a_schema_fault_found_by_the_keyword_walk_is_at_its_schema(tmp_path: Path) -> None:
    text = """\
openapi: 3.0.3
info: {title: T, version: "1"}
paths: {}
components:
  schemas:
    Pet:
      type: object
      required: [id]
      allOf:
        - type: object
          properties:
            name: {type: string}
"""
    (diagnostic,) = _diagnostics(_load(tmp_path, text))

    assert diagnostic.message == "Required list has not defined properties: ['id']"
    assert (diagnostic.line, diagnostic.pointer) == (7, "/components/schemas/Pet")


DANGLING = """\
openapi: 3.0.3
info: {title: T, version: "1"}
paths:
  /pets:
    get:
      operationId: listPets
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema:
                $ref: "#/components/schemas/Missing"
"""


def test_lenient_reports_a_dangling_ref_once_at_the_ref(tmp_path: Path) -> None:
    diagnostics = validate_document(_load(tmp_path, DANGLING), lenient=True)

    assert [(d.line, d.column, d.pointer) for d in diagnostics] == [
        (13, 23, "/paths/~1pets/get/responses/200/content/application~1json/schema/$ref")
    ]
    assert "points to nothing" in diagnostics[0].message


@pytest.mark.slow
def test_lenient_generate_prints_one_line_for_a_dangling_ref(tmp_path: Path) -> None:
    from generator.cli import main

    spec = tmp_path / "spec.yaml"
    spec.write_text(DANGLING, encoding="utf-8")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "generator",
            "generate",
            str(spec),
            "-o",
            str(tmp_path / "out"),
            "--lenient",
        ],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
        env={**os.environ, "OPENAPI_PYCLIENT_CACHE_DIR": "off"},
    )
    assert main is not None and result.returncode == 0, result.stderr
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning:")]

    assert len(warnings) == 1
    assert ":13:23: $ref '#/components/schemas/Missing' points to nothing; typed Any" in warnings[0]


def test_lenient_reports_a_duplicate_operation_id_once(tmp_path: Path) -> None:
    document = load_document(REPO / "tests" / "specs" / "invalid" / "duplicate_operation_id.yaml")
    diagnostics = validate_document(document, lenient=True)

    assert [(d.line, d.column, d.pointer) for d in diagnostics] == [
        (13, 20, "/paths/~1dogs/get/operationId")
    ]


def test_a_validator_crash_is_reported_at_the_node_it_was_in(tmp_path: Path) -> None:
    # openapi-spec-validator 0.9.0 fails on 'properties' that is not a mapping in a 3.1
    # schema it reaches through a $ref before checking it (3.1's meta-schema leaves
    # schemas to the walk) instead of reporting it.
    text = """\
openapi: 3.1.0
info: {title: T, version: "1"}
paths: {}
components:
  schemas:
    Node:
      type: object
      properties:
        tree:
          $ref: "#/components/schemas/Tree"
    Tree:
      type: object
      properties: 5
"""
    (diagnostic,) = _diagnostics(_load(tmp_path, text))

    assert diagnostic.message.startswith("cannot validate: ")
    assert (diagnostic.line, diagnostic.column, diagnostic.pointer) == (
        12,
        7,
        "/components/schemas/Tree",
    )
