"""black stays the authority on layout: ruff formats (generator/output/format.py), and black,
the pinned version, must find nothing to change in any file generated from the built-in
templates (``black --check``, as a library: line length 88, Python 3.10), nor in the Python
blocks of the generated Markdown. Checked on the committed trees, on every test spec, and
on a spec of very long names that puts every construct at the edge of the line length.

Where ruff and black once disagreed, the template writes the construct so that both accept
it (see the commit that introduced ruff): a parameterless request builder whose signature
is too long, ``_core/model.py``'s ``yield name, redact_data(value)``, and the blank line
after the imports of the README's examples.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import black
import pytest
from black.mode import TargetVersion
from black.parsing import InvalidInput

from generator.config import GenerateConfig
from generator.output.format import MARKDOWN_PYTHON_BLOCK
from generator.pipeline import generate_files
from tests.conftest import GENERATED, ROOT
from tests.support.golden import custom_golden_tree, output_tree

pytestmark = pytest.mark.slow  # every test here is (README, Tests)

MODE = black.Mode(target_versions={TargetVersion.PY310}, line_length=88)
SPECS = [
    ROOT / "spec" / "square-oauth.yaml",
    ROOT / "tests" / "specs" / "petstore.yaml",
    *sorted((ROOT / "tests" / "specs" / "valid").glob("*.yaml")),
    *sorted((ROOT / "tests" / "specs" / "valid").glob("*.json")),
    ROOT / "tests" / "specs" / "valid" / "split" / "api" / "root.yaml",
]


def _black_would_change(files: dict[str, str]) -> list[str]:
    """The names of the files (``name:block N`` for a Markdown block) black reformats."""
    changed = []
    for name, text in sorted(files.items()):
        if name.endswith(".py"):
            if black.format_str(text, mode=MODE) != text:
                changed.append(name)
        elif name.endswith(".md"):
            for number, match in enumerate(MARKDOWN_PYTHON_BLOCK.finditer(text), 1):
                try:
                    if black.format_str(match.group(1), mode=MODE) != match.group(1):
                        changed.append(f"{name}:block {number}")
                except InvalidInput:
                    pass  # a fragment: left as written by either formatter
    return changed


GOLDEN = ROOT / "tests" / "golden" / "custom-templates"
# The committed trees; the custom-template golden is put together from its kept files and
# generated/ (tests/support/golden.py).
TREES = {
    "generated": lambda: output_tree(GENERATED),
    "custom-templates": lambda: custom_golden_tree(GOLDEN, GENERATED),
}


def _tree(name: str) -> dict[str, str]:
    return {
        path: text.decode("utf-8")
        for path, text in TREES[name]().items()
        if path.endswith((".py", ".md"))
    }


def _generated(spec: Path, out: Path) -> dict[str, str]:
    config = GenerateConfig(spec, out, "pkg", None, "0.1.0", ())
    files = generate_files(config).files
    return {str(f.path): f.text for f in files if f.path.suffix in (".py", ".md")}


@pytest.mark.parametrize("tree", list(TREES))
def test_committed_trees_pass_black_check(tree: str) -> None:
    files = _tree(tree)
    assert len([name for name in files if name.endswith(".py")]) > 20
    # The docs' Python blocks are checked too: there must be some to check.
    assert any(
        MARKDOWN_PYTHON_BLOCK.search(text) for name, text in files.items() if name.endswith(".md")
    )
    assert _black_would_change(files) == []


@pytest.mark.parametrize("spec", SPECS, ids=lambda path: str(path.relative_to(ROOT)))
def test_every_test_spec_generates_what_black_keeps(spec: Path, tmp_path: Path) -> None:
    files = _generated(spec, tmp_path / "out")
    assert any(name.endswith(".py") for name in files)
    assert _black_would_change(files) == []


NAME = "ExtraordinarilyLongDescriptiveSchemaNameForTestingTheFormatters"  # 64 characters


def _long_names_spec() -> dict[str, Any]:
    """Names and values long enough that signatures, annotations, imports, calls, enum
    members and the docs' examples all have to be split; each kind of operation (no
    parameters, many, a body, deprecated, header and cookie parameters)."""
    parameter_names = [f"{kind}_parameter_with_a_rather_long_name" for kind in ("a", "b", "c")]
    ref = {"$ref": f"#/components/schemas/{NAME}Response"}
    union = {"oneOf": [{"$ref": f"#/components/schemas/{NAME}{n}"} for n in ("A", "B", "C")]}
    member = {
        "type": "object",
        "properties": {"value_of_the_member": {"type": "string", "example": "x" * 70}},
    }
    return {
        "openapi": "3.0.3",
        "info": {"title": "Long Names", "version": "1.0"},
        "servers": [{"url": "http://127.0.0.1:9"}],
        "components": {
            "securitySchemes": {
                "an_api_key_scheme_with_a_long_name": {
                    "type": "apiKey",
                    "in": "header",
                    "name": "X-A-Very-Long-Header-Name-For-The-Api-Key",
                }
            },
            "schemas": {
                f"{NAME}A": member,
                f"{NAME}B": member,
                f"{NAME}C": member,
                f"{NAME}Status": {
                    "type": "string",
                    "enum": ["a_rather_long_enum_value_" * 3, "short", "y" * 90],
                },
                f"{NAME}Response": {
                    "type": "object",
                    "required": ["identifier_of_the_thing"],
                    "properties": {
                        "identifier_of_the_thing": {"type": "string"},
                        "the_union_of_all_the_things": union,
                        "list_of_union_members_in_a_field": {"type": "array", "items": union},
                        "a_mapping_from_names_to_members": {
                            "type": "object",
                            "additionalProperties": {"$ref": f"#/components/schemas/{NAME}A"},
                        },
                        "status_of_the_thing_in_question": {
                            "$ref": f"#/components/schemas/{NAME}Status"
                        },
                        "class": {"type": "string", "deprecated": True},
                        "renamed-property-with-a-long-wire-name-and-a-default": {
                            "type": "integer",
                            "default": 12345678901234567890,
                        },
                    },
                },
            },
        },
        "security": [{"an_api_key_scheme_with_a_long_name": []}],
        "paths": {
            "/things": {
                "get": {
                    "operationId": "listEveryThing",
                    "tags": ["Things"],
                    "security": [],  # no credential parameter: a builder without parameters
                    "responses": {
                        "200": {
                            "description": "OK",
                            "content": {"application/json": {"schema": ref}},
                        }
                    },
                },
                "post": {
                    "operationId": "createThing",
                    "tags": ["Things"],
                    "deprecated": True,
                    "parameters": [
                        {
                            "name": name,
                            "in": location,
                            "required": location == "path",
                            "schema": {"$ref": f"#/components/schemas/{NAME}Status"},
                            "example": "short",
                        }
                        for name, location in zip(
                            parameter_names, ("query", "header", "cookie"), strict=True
                        )
                    ],
                    "requestBody": {
                        "required": True,
                        "content": {
                            "application/json": {
                                "schema": ref,
                                "example": {
                                    "identifier_of_the_thing": "i" * 40,
                                    "the_union_of_all_the_things": {"value_of_the_member": "v"},
                                    "a_mapping_from_names_to_members": {
                                        "first": {"value_of_the_member": "w" * 60}
                                    },
                                },
                            }
                        },
                    },
                    "responses": {
                        "200": {
                            "description": "OK",
                            "content": {"application/json": {"schema": union}},
                        }
                    },
                },
            },
            "/things/{thing_id}": {
                "get": {
                    "operationId": "fetchThing",
                    "tags": ["Things"],
                    "parameters": [
                        {
                            "name": "thing_id",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "string"},
                        }
                    ],
                    "responses": {
                        "200": {
                            "description": "OK",
                            "content": {
                                "application/json": {"schema": {"type": "array", "items": union}}
                            },
                        }
                    },
                }
            },
        },
    }


def test_a_spec_of_very_long_names_generates_what_black_keeps(tmp_path: Path) -> None:
    spec = tmp_path / "long-names.json"
    spec.write_text(json.dumps(_long_names_spec(), indent=2), encoding="utf-8")
    files = _generated(spec, tmp_path / "out")
    api = next(text for name, text in files.items() if name.startswith("pkg/apis/things"))
    # The constructs this spec is for are there: a parameterless builder with a long return
    # type, parameters whose union annotation is too long for the line.
    assert re.search(r"\n_list_every_thing_result = RequestSpec\[", api)
    assert "    a_parameter_with_a_rather_long_name: (\n" in api
    assert _black_would_change(files) == []
