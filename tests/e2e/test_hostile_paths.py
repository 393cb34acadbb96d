"""No path escape: spec names never write outside the output folder or over each other.

Schema, tag, enum and operation names become module and doc file names. Names such as
``../../x``, ``/etc/passwd``, ``CON``, ``a\\b`` or names that differ only in case must give
files inside the output folder, unique even on a case-insensitive file system, and never a
Windows device name. The write stage checks the same again (defence in depth): it refuses
any path that leaves the folder or that differs from another only in case.
"""

from __future__ import annotations

import json
from pathlib import Path, PurePosixPath
from typing import Any

import pytest

from generator.cli import main
from generator.model import naming
from generator.output.write import write_output
from generator.shared.diagnostics import GeneratorError
from generator.shared.record import MANIFEST_NAME, digest, manifest_text
from generator.shared.rendered import RenderedFile

HOSTILE_NAMES = [
    "../../x",
    "../../../../tmp/escaped",
    "/etc/passwd",
    "C:\\Windows\\System32\\evil",
    "a\\b",
    "a/b",
    "..",
    ".",
    "",
    " ",
    "CON",
    "con",
    "Nul",
    "aux",
    "COM1",
    "lpt9",
    "Pet",
    "pet",
    "PET",
    "pEt",
    "~",
    "$HOME",
    "name\x00with nul",
    "new\nline",
    "é",
    "É",
    "__init__",
    "models",
    "client",
]


def _spec() -> dict[str, Any]:
    schemas = {
        name: {"type": "object", "properties": {"id": {"type": "string"}}} for name in HOSTILE_NAMES
    }
    schemas.update({f"{name} enum": {"type": "string", "enum": ["a"]} for name in HOSTILE_NAMES})
    paths = {}
    for index, name in enumerate(HOSTILE_NAMES):
        paths[f"/r{index}"] = {
            "get": {
                "operationId": name or f"empty{index}",
                "tags": [name],
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/" + _token(name)}
                            }
                        },
                    }
                },
            }
        }
    return {
        "openapi": "3.1.0",
        "info": {"title": "../../escape", "version": "1"},
        "paths": paths,
        "components": {"schemas": schemas},
    }


def _token(name: str) -> str:
    from urllib.parse import quote

    return quote(name.replace("~", "~0").replace("/", "~1"), safe="")


def _files(folder: Path) -> set[Path]:
    return {p for p in folder.rglob("*")}


@pytest.mark.slow
def test_hostile_names_stay_inside_the_output_folder(tmp_path: Path) -> None:
    """Generated without the validator (component names like '../../x' are invalid
    OpenAPI, and a lenient user could still feed them): the model names must hold."""
    from generator.model import build_client_model
    from generator.model.build import PackageNames
    from generator.output.format import format_files
    from generator.pipeline import Generated
    from generator.render.engine import render
    from generator.spec.loader import Document, SpecSource

    spec = _spec()
    document = Document(tmp_path / "spec.json", json.dumps(spec), spec)
    client = build_client_model(SpecSource(document), PackageNames("pkg", "pkg", "1.0.0"))
    files = format_files(render(client))
    generated = Generated(client, files, manifest_text(files, "0" * 64, "test"))
    work = tmp_path / "work"
    out = work / "out"
    work.mkdir()
    before = _files(tmp_path)

    write_output(out, generated.files, generated.manifest)

    created = _files(tmp_path) - before
    assert created, "nothing was written"
    for path in created:
        assert path.is_relative_to(out), path
    relative = [str(f.path) for f in files]
    assert len({r.casefold() for r in relative}) == len(relative)
    for file in files:
        for part in file.path.parts:
            stem = part.split(".")[0]
            assert not naming.is_device_name(stem), file.path
            assert part not in ("", ".", "..") and "\\" not in part and "\x00" not in part
    # Every hostile schema became a module of its own: none was merged into another.
    modules = [f for f in relative if f.startswith("pkg/models/") and f != "pkg/models/__init__.py"]
    assert len(modules) == 2 * len(HOSTILE_NAMES)


def test_case_twins_get_distinct_files(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    schemas = "".join(
        f"    {name}:\n      type: object\n      properties: {{id: {{type: string}}}}\n"
        for name in ("Pet", "pet", "PET", "Con", "Pet_2")
    )
    spec.write_text(
        'openapi: 3.0.3\ninfo: {title: Twins, version: "1"}\n'
        "paths:\n  /pets:\n    get:\n      operationId: listPets\n"
        '      responses: {"204": {description: none}}\n'
        f"components:\n  schemas:\n{schemas}"
    )
    out = tmp_path / "out"

    assert main(["generate", str(spec), "-o", str(out), "--package-name", "twins"]) == 0

    models = sorted(p.name for p in (out / "twins" / "models").glob("*.py"))
    docs = sorted(p.name for p in (out / "docs" / "models").glob("*.md"))
    assert len(models) == 6  # five models and __init__.py
    assert len({m.casefold() for m in models}) == 6
    assert len({d.casefold() for d in docs}) == len(docs) == 5
    assert "Con_.md" in docs and "con_.py" in models


@pytest.mark.parametrize(
    "bad",
    ["../outside.py", "pkg/../../outside.py", "/tmp/absolute.py", "pkg/../../../etc/x"],
)
def test_write_refuses_a_path_outside_the_folder(tmp_path: Path, bad: str) -> None:
    out = tmp_path / "out"
    files = [
        RenderedFile(PurePosixPath("pkg/ok.py"), "x = 1\n", "t"),
        RenderedFile(PurePosixPath(bad), "x = 2\n", "t"),
    ]

    with pytest.raises(GeneratorError) as error:
        write_output(out, files, manifest_text(files, "0" * 64, "test"))

    assert "outside the output folder" in str(error.value)
    assert not out.exists(), "nothing may be written when one path is refused"
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_write_refuses_names_that_differ_only_in_case(tmp_path: Path) -> None:
    out = tmp_path / "out"
    files = [
        RenderedFile(PurePosixPath("pkg/models/pet.py"), "x = 1\n", "t"),
        RenderedFile(PurePosixPath("pkg/models/Pet.py"), "x = 2\n", "t"),
    ]

    with pytest.raises(GeneratorError) as error:
        write_output(out, files, manifest_text(files, "0" * 64, "test"))

    assert "differs only in case" in str(error.value)
    assert not out.exists()


def test_a_tampered_manifest_cannot_delete_outside_the_folder(tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me\n")
    out = tmp_path / "out"
    files = [RenderedFile(PurePosixPath("pkg/ok.py"), "x = 1\n", "t")]
    write_output(out, files, manifest_text(files, "0" * 64, "test"))
    manifest = json.loads((out / MANIFEST_NAME).read_text())
    # Recorded with its true hash, so it looks like an unedited generated file to remove.
    manifest["files"]["../victim.txt"] = digest("keep me\n")
    (out / MANIFEST_NAME).write_text(json.dumps(manifest))

    write_output(out, files, manifest_text(files, "1" * 64, "test"))

    assert victim.read_text() == "keep me\n"
    assert (out / "pkg" / "ok.py").is_file()
