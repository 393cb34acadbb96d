"""Building test specs and their models: one copy of what many test files used to write out.

- ``header`` / ``document``: the top of an OpenAPI document, as YAML text or as data;
- ``write_spec``: a document (data or text) written where a test needs a file;
- ``many_operations``: a valid spec of any size (one model and one operation per number);
- ``client_model``: a spec file loaded (optionally validated) and built into the model;
- ``find_operation``: one operation of a model, by its Python name;
- ``write_files``: a folder of (dedented) text files, e.g. custom templates.
"""

from __future__ import annotations

import contextlib
import importlib
import json
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

from generator.model.build import PackageNames, build_client_model
from generator.model.types import ClientModel, Operation
from generator.spec.loader import SpecSource, load_document
from generator.spec.swagger2 import convert_swagger2, is_swagger2
from generator.spec.validate import validate_document

Spec = dict[str, Any]


def header(title: str, version: str = "1", openapi: str = "3.0.3") -> str:
    """``openapi`` and ``info`` as YAML text, for a test that writes the rest by hand."""
    return f'openapi: {openapi}\ninfo: {{title: {title}, version: "{version}"}}\n'


def document(
    title: str = "Test",
    *,
    paths: Spec | None = None,
    schemas: Spec | None = None,
    version: str = "1",
    openapi: str = "3.0.3",
    **extra: Any,
) -> Spec:
    """An OpenAPI document as data: ``info``, ``paths`` ({} if none), ``components.schemas``
    when given, and any other top-level key."""
    data: Spec = {"openapi": openapi, "info": {"title": title, "version": version}}
    data.update(extra)
    data["paths"] = paths or {}
    if schemas is not None:
        data.setdefault("components", {})["schemas"] = schemas
    return data


def write_spec(folder: Path, spec: Spec | str, name: str = "spec.yaml") -> Path:
    """``spec`` written to ``folder/name``: text as it is, data as JSON for a ``.json`` name
    (indented), else as YAML in the data's own key order."""
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(spec, str):
        text = spec
    elif path.suffix == ".json":
        text = json.dumps(spec, indent=2)
    else:
        text = yaml.safe_dump(spec, sort_keys=False)
    path.write_text(text, encoding="utf-8")
    return path


def many_operations(count: int, *, tags: int = 40, fields: int = 8) -> Spec:
    """A valid spec with one model (``fields`` string properties) and one GET operation per
    number, spread over ``tags`` tags: as big as a test needs generation to be."""
    paths: Spec = {}
    schemas: Spec = {}
    for number in range(count):
        properties = {f"field_{i}": {"type": "string", "description": "x"} for i in range(fields)}
        schemas[f"Thing{number}"] = {"type": "object", "properties": properties}
        paths[f"/things{number}/{{thing_id}}"] = {
            "get": {
                "operationId": f"getThing{number}",
                "tags": [f"group{number % tags}"],
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
                        "description": "ok",
                        "content": {
                            "application/json": {
                                "schema": {"$ref": f"#/components/schemas/Thing{number}"}
                            }
                        },
                    }
                },
            }
        }
    return document("Big", paths=paths, schemas=schemas)


def client_model(
    spec: Path,
    package: str = "pkg",
    project: str | None = None,
    version: str = "0.1.0",
    *,
    validate: bool = False,
) -> ClientModel:
    """The model of the spec file (Swagger 2.0 converted); ``validate``: checked first, as
    ``generate`` does (a spec with errors raises GeneratorError)."""
    loaded = load_document(spec)
    if validate:
        validate_document(loaded)
    if is_swagger2(loaded.data):
        loaded = convert_swagger2(loaded)
    return build_client_model(
        SpecSource(loaded), PackageNames(package, project or package, version)
    )


def find_operation(client: ClientModel, py_name: str) -> Operation:
    """The operation whose method is named ``py_name`` (StopIteration if none is)."""
    return next(op for api in client.apis for op in api.operations if op.py_name == py_name)


def write_files(folder: Path, files: dict[str, str]) -> Path:
    """Each text (dedented) at its relative path below ``folder``; returns ``folder``."""
    for name, text in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    return folder


@contextlib.contextmanager
def imported_package(spec: Path, out: Path, package: str) -> Iterator[Any]:
    """Generate ``spec`` into ``out`` as ``package`` and import it, its models too (so a
    test can run on its own); afterwards the package is forgotten by ``sys.modules``."""
    from generator.cli import main

    assert main(["generate", str(spec), "-o", str(out), "--package-name", package]) == 0
    sys.path.insert(0, str(out))
    try:
        imported = importlib.import_module(package)
        importlib.import_module(f"{package}.models")
        yield imported
    finally:
        sys.path.remove(str(out))
        for name in [m for m in sys.modules if m.split(".")[0] == package]:
            del sys.modules[name]
