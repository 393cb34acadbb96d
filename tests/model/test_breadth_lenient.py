"""``--lenient``: validation errors become warnings, and what cannot be built is named.

Without the flag the same spec fails with located errors (exit 2) and writes nothing.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from generator.cli import main

SPEC = textwrap.dedent(
    """\
    openapi: 3.0.3
    info:
      title: Half Broken
      version: "1"
      externalDocs: {url: "https://example.com"}
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
      /other:
        get:
          operationId: getOther
          parameters:
            - $ref: "#/components/parameters/Missing"
          responses:
            "204": {description: none}
    components:
      schemas:
        Thing:
          type: object
          properties:
            id: {type: string}
            owner: {$ref: "#/components/schemas/Owner"}
    """
)


@pytest.fixture()
def spec(tmp_path: Path) -> Path:
    path = tmp_path / "half.yaml"
    path.write_text(SPEC, encoding="utf-8")
    return path


def test_strict_run_fails_with_located_errors(
    spec: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"

    assert main(["generate", str(spec), "-o", str(out)]) == 2

    stderr = capsys.readouterr().err
    assert "half.yaml:29:23: $ref '#/components/schemas/Owner' points to nothing" in stderr
    assert "half.yaml:20:17: $ref '#/components/parameters/Missing' points to nothing" in stderr
    assert not out.exists()


def test_lenient_run_warns_and_generates_the_rest(
    spec: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"

    assert main(["generate", str(spec), "-o", str(out), "--lenient"]) == 0

    stderr = capsys.readouterr().err
    warnings = [line for line in stderr.splitlines() if line.startswith("warning: ")]
    assert all("Traceback" not in line for line in stderr.splitlines())
    # Every validation error, with its place...
    assert any("half.yaml:3:3:" in w and "externalDocs" in w for w in warnings)
    # ...and what the generator did about each part it could not build.
    assert any(
        "half.yaml:29:23:" in w and "Owner' points to nothing; typed Any" in w for w in warnings
    )
    assert any("half.yaml:20:17:" in w and "operation GET /other skipped" in w for w in warnings)
    api = (out / "half_broken" / "apis" / "default.py").read_text(encoding="utf-8")
    assert "def list_things(" in api
    assert "def get_other(" not in api
    model = (out / "half_broken" / "models" / "thing.py").read_text(encoding="utf-8")
    assert "owner: Any = None" in model


def test_validate_lenient_reports_warnings_and_succeeds(
    spec: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["validate", str(spec)]) == 2
    capsys.readouterr()

    assert main(["validate", str(spec), "--lenient"]) == 0

    captured = capsys.readouterr()
    assert "usable OpenAPI 3.0.3" in captured.out
    assert "warning: " in captured.err


def test_refs_inside_example_values_are_data(tmp_path: Path) -> None:
    # Square's 2025 spec shows JSON schemas with remote $refs inside webhook examples.
    spec = tmp_path / "examples.yaml"
    spec.write_text(
        textwrap.dedent(
            """\
            openapi: 3.0.3
            info: {title: Examples, version: "1"}
            paths: {}
            components:
              schemas:
                Event:
                  type: object
                  properties:
                    data: {type: object}
                  example:
                    data: {schema: {$ref: "https://cdn.example.com/common.json#String"}}
              examples:
                Sample:
                  value: {schema: {$ref: "#/nowhere"}}
            """
        ),
        encoding="utf-8",
    )

    assert main(["validate", str(spec)]) == 0
