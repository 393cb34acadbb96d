"""``generate --tag/--operation/--path`` (and ``tags``/``operations``/``paths`` in
``[tool.generator]``): only the chosen operations and the schemas they reach are generated;
a fault outside them is a warning, one inside stays an error; a changed selection is a
changed input for the fast path."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from generator.cli import main
from generator.shared.record import read_manifest
from tests.support.specs import document, write_spec


def _operation(operation_id: str, tag: str, schema: str) -> dict[str, Any]:
    ref = {"$ref": f"#/components/schemas/{schema}"}
    return {
        "operationId": operation_id,
        "tags": [tag],
        "responses": {
            "200": {"description": "ok", "content": {"application/json": {"schema": ref}}}
        },
    }


def _spec(store_ref: str = "#/components/schemas/Address") -> dict[str, Any]:
    """Pets and stores; the store's schema refers to ``store_ref`` (dangling by default:
    there is no Address)."""
    return document(
        "Shop",
        paths={
            "/pets": {"get": _operation("listPets", "pets", "Pet")},
            "/pets/{id}": {
                "delete": {
                    **_operation("deletePet", "admin", "Receipt"),
                    "parameters": [
                        {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
                    ],
                }
            },
            "/stores": {"get": _operation("listStores", "stores", "Store")},
        },
        schemas={
            "Pet": {
                "type": "object",
                "properties": {"owner": {"$ref": "#/components/schemas/Owner"}},
            },
            "Owner": {"type": "object", "properties": {"name": {"type": "string"}}},
            "Receipt": {"type": "object", "properties": {"id": {"type": "string"}}},
            "Store": {"type": "object", "properties": {"address": {"$ref": store_ref}}},
            "Unused": {"type": "object", "properties": {"x": {"type": "integer"}}},
        },
    )


def _generate(capsys: pytest.CaptureFixture[str], *arguments: str | Path) -> tuple[int, list[str]]:
    code = main(["generate", *map(str, arguments)])
    return code, capsys.readouterr().err.splitlines()


def _models(out: Path) -> list[str]:
    return sorted(p.stem for p in (out / "shop" / "models").glob("*.py") if p.stem != "__init__")


def _methods(out: Path) -> list[str]:
    return sorted(p.stem for p in (out / "shop" / "apis").glob("*.py") if p.stem != "__init__")


@pytest.fixture(autouse=True)
def _no_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAPI_PYCLIENT_CACHE_DIR", "off")


def test_a_tag_generates_its_operations_and_the_schemas_they_reach(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = write_spec(tmp_path, _spec())
    code, err = _generate(capsys, spec, "-o", tmp_path / "out", "--tag", "pets")
    assert code == 0, err
    assert _models(tmp_path / "out") == ["owner", "pet"]  # Owner only through Pet's property
    assert _methods(tmp_path / "out") == ["pets"]
    client = (tmp_path / "out" / "shop" / "apis" / "pets.py").read_text(encoding="utf-8")
    assert "def list_pets(" in client
    # The dangling $ref is in a schema nothing chosen uses: a located warning, not an error.
    (warning,) = [line for line in err if line.startswith("warning:")]
    assert warning.startswith(f"warning: {spec}:") and "points to nothing" in warning
    assert "outside the selected operations" in warning
    assert "/components/schemas/Store/properties/address/$ref" in warning


def test_without_a_selection_the_same_fault_stops_the_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = write_spec(tmp_path, _spec())
    code, err = _generate(capsys, spec, "-o", tmp_path / "out")
    assert code == 2 and any("points to nothing" in line for line in err)
    assert not (tmp_path / "out").exists()


def test_a_fault_inside_the_selection_stays_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = write_spec(tmp_path, _spec())
    code, err = _generate(capsys, spec, "-o", tmp_path / "out", "--path", "/st*")
    assert code == 2
    assert err[0].startswith(f"error: {spec}:") and "points to nothing" in err[0]
    assert "outside" not in err[0]
    assert not (tmp_path / "out").exists()


def test_operations_and_globs_add_up(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = write_spec(tmp_path, _spec("#/components/schemas/Owner"))
    out = tmp_path / "out"
    code, err = _generate(capsys, spec, "-o", out, "--operation", "deletePet", "--path", "/stores")
    assert code == 0, err
    assert _models(out) == ["owner", "receipt", "store"]
    assert _methods(out) == ["admin", "stores"]


def test_a_choice_that_chooses_nothing_is_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = write_spec(tmp_path, _spec())
    code, err = _generate(
        capsys, spec, "-o", tmp_path / "out", "--tag", "pets", "--tag", "pest", "--operation", "x"
    )
    assert code == 2
    assert err == [
        f"error: {spec}: tag 'pest' chooses no operation",
        f"error: {spec}: operationId 'x' chooses no operation",
    ]


def test_the_project_settings_select_and_the_command_line_overrides_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    write_spec(tmp_path, _spec("#/components/schemas/Owner"))
    (tmp_path / "pyproject.toml").write_text(
        '[tool.generator]\nspec = "spec.yaml"\noutput = "out"\ntags = ["stores"]\n'
        'paths = ["/pets/*"]\n',
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    code, err = _generate(capsys)
    assert code == 0, err
    assert _methods(tmp_path / "out") == ["admin", "stores"]
    code, err = _generate(capsys, "--tag", "pets")  # replaces the project's whole selection
    assert code == 0, err
    assert _methods(tmp_path / "out") == ["pets"]


def test_a_selection_setting_of_the_wrong_type_is_located(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    write_spec(tmp_path, _spec())
    (tmp_path / "pyproject.toml").write_text(
        '[tool.generator]\nspec = "spec.yaml"\noutput = "out"\noperations = [1]\n',
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    code, err = _generate(capsys)
    assert code == 2
    assert err == [
        "error: pyproject.toml:4:1: [tool.generator] operations: expected a text or a list "
        "of texts, got a list"
    ]


def test_the_fast_path_notices_a_changed_selection(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENAPI_PYCLIENT_CACHE_DIR", str(tmp_path / "cache"))
    spec = write_spec(tmp_path, _spec("#/components/schemas/Owner"))
    out = tmp_path / "out"
    assert _generate(capsys, spec, "-o", out, "--tag", "pets")[0] == 0
    assert _generate(capsys, spec, "-o", out, "--tag", "pets", "--check")[0] == 0
    # Another selection: the last run's record must not answer for it.
    code, err = _generate(capsys, spec, "-o", out, "--tag", "stores", "--check")
    assert code == 1, err
    assert _generate(capsys, spec, "-o", out, "--tag", "stores")[0] == 0
    assert _methods(out) == ["stores"] and _models(out) == ["owner", "store"]


@pytest.mark.slow
def test_the_manifest_records_the_selection_and_check_notices_another(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Two selections that choose the same operations make the same files; the folder still
    records which one made it, and --check says when it differs."""
    spec = write_spec(tmp_path, _spec("#/components/schemas/Owner"))
    out = tmp_path / "out"
    assert _generate(capsys, spec, "-o", out, "--tag", "pets")[0] == 0
    manifest = read_manifest(out)
    assert manifest is not None and manifest.selection == {"tags": ["pets"]}
    assert main(["generate", str(spec), "-o", str(out), "--path", "/pets", "--check"]) == 1
    report = capsys.readouterr().out
    assert report == "selection: generated with {'tags': ['pets']}, now {'paths': ['/pets']}\n"
    assert _generate(capsys, spec, "-o", out, "--path", "/pets")[0] == 0
    manifest = read_manifest(out)
    assert manifest is not None and manifest.selection == {"paths": ["/pets"]}
    assert _generate(capsys, spec, "-o", out, "--path", "/pets", "--check")[0] == 0


def test_a_fault_that_stops_even_lenient_runs_is_a_warning_outside_the_selection(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A $ref cycle cannot be generated at all, so without a selection it is an error even
    with --lenient; in a schema nothing chosen uses, it changes nothing."""
    spec = _spec("#/components/schemas/Owner")
    spec["components"]["schemas"]["Loop"] = {"$ref": "#/components/schemas/Back"}
    spec["components"]["schemas"]["Back"] = {"$ref": "#/components/schemas/Loop"}
    path = write_spec(tmp_path, spec)
    code, err = _generate(capsys, path, "-o", tmp_path / "all", "--lenient")
    assert code == 2 and any("Loop" in line for line in err), err
    code, err = _generate(capsys, path, "-o", tmp_path / "out", "--tag", "pets")
    assert code == 0, err
    assert err and all(line.startswith("warning:") for line in err)
    assert all("outside the selected operations" in line for line in err)
    assert any("/components/schemas/Loop" in line or "Back" in line for line in err)


@pytest.mark.slow
def test_remembered_verdicts_are_per_selection(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The validator's verdict is remembered (generator/spec/verdicts.py) by the file's
    text: with a selection, by the selection too, or one selection's verdict would pass or
    fail another's."""
    monkeypatch.setenv("OPENAPI_PYCLIENT_CACHE_DIR", str(tmp_path / "cache"))
    spec = _spec("#/components/schemas/Owner")
    spec["components"]["schemas"]["Store"]["nullable"] = "yes"  # OpenAPI 3.0: a boolean
    path = write_spec(tmp_path, spec)
    for _ in range(2):  # the second time, from the remembered verdicts
        code, err = _generate(capsys, path, "-o", tmp_path / "pets", "--tag", "pets")
        assert code == 0, err
        (warning,) = err
        assert "(at /components/schemas/Store)" in warning and "outside the selected" in warning
        code, err = _generate(capsys, path, "-o", tmp_path / "stores", "--tag", "stores")
        assert code == 2
        (error,) = err
        assert error.startswith("error:") and "(at /components/schemas/Store)" in error
        assert "outside" not in error
    assert not (tmp_path / "stores").exists()
