"""``--overlay`` on the command line and ``overlays`` in [tool.generator]: generate, validate
and diff read the patched spec; the manifest, ``--check`` and the fast path know the
overlays."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

import generator.pipeline
from generator.cli import main
from tests.conftest import ROOT

PETSTORE = ROOT / "tests" / "specs" / "petstore.yaml"

ADD_NICKNAME = """\
overlay: 1.0.0
info: {title: pet fixes, version: 1.0.0}
actions:
  - target: $.components.schemas.Pet.properties
    update:
      nickname: {type: string, description: What the owner calls it}
"""


def _write(path: Path, text: str) -> Path:
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("OPENAPI_PYCLIENT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _pet_model(out: Path) -> str:
    return (out / "petstore" / "models" / "pet.py").read_text(encoding="utf-8")


def _generate(out: Path, *extra: str) -> int:
    return main(["generate", str(PETSTORE), "-o", str(out), "--package-name", "petstore", *extra])


@pytest.mark.slow
def test_generate_applies_overlays_from_the_command_line_and_records_them(here: Path) -> None:
    overlay = _write(here / "nickname.yaml", ADD_NICKNAME)
    assert _generate(here / "plain") == 0
    assert _generate(here / "out", "--overlay", "nickname.yaml") == 0
    assert "nickname" not in _pet_model(here / "plain")
    assert "nickname: str | None = None" in _pet_model(here / "out")
    manifest = json.loads((here / "out" / ".generator-manifest.json").read_text("utf-8"))
    import hashlib

    assert manifest["overlays"] == [
        {"file": "nickname.yaml", "sha256": hashlib.sha256(overlay.read_bytes()).hexdigest()}
    ]
    plain = json.loads((here / "plain" / ".generator-manifest.json").read_text("utf-8"))
    assert "overlays" not in plain


@pytest.mark.slow
def test_project_overlays_are_relative_to_the_pyproject_and_apply_in_order(
    here: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = here / "project"
    (project / "fixes").mkdir(parents=True)
    _write(project / "fixes" / "one.yaml", ADD_NICKNAME)
    _write(
        project / "fixes" / "two.yaml",
        """\
        overlay: 1.1.0
        info: {title: second, version: 1.0.0}
        actions:
          - target: $.components.schemas.Pet.properties.nickname
            update: {description: Set by the second overlay}
        """,
    )
    _write(
        project / "pyproject.toml",
        f"""\
        [tool.generator]
        spec = "{PETSTORE}"
        output = "out"
        package-name = "petstore"
        overlays = ["fixes/one.yaml", "fixes/two.yaml"]
        """,
    )
    monkeypatch.chdir(project)
    assert main(["generate"]) == 0
    model = _pet_model(project / "out")
    assert 'nickname: str | None = None\n    """Set by the second overlay"""' in model


def test_a_missing_overlay_file_is_one_line_and_exit_2(
    here: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _generate(here / "out", "--overlay", "nope.yaml") == 2
    assert capsys.readouterr().err == "error: command line: --overlay: nope.yaml not found\n"
    _write(
        here / "pyproject.toml",
        f'[tool.generator]\nspec = "{PETSTORE}"\noutput = "out"\noverlays = ["fix.yaml"]\n',
    )
    assert main(["generate"]) == 2
    assert capsys.readouterr().err == "error: pyproject.toml: overlays: fix.yaml not found\n"
    assert not (here / "out").exists()


def test_an_overlay_fault_stops_generate_before_anything_is_written(
    here: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _write(
        here / "stale.yaml",
        """\
        overlay: 1.0.0
        info: {title: stale, version: 1.0.0}
        actions:
          - target: $.components.schemas.Pet.properties
            update: {nickname: {type: string}}
          - target: $.paths['/owners']
            remove: true
        """,
    )
    assert _generate(here / "out", "--overlay", "stale.yaml") == 2
    assert capsys.readouterr().err == (
        "error: stale.yaml:6:13: target $.paths['/owners'] matches nothing in "
        f"{PETSTORE} (at /actions/1/target)\n"
    )
    assert not (here / "out").exists()


def test_validate_reports_a_fault_an_overlay_wrote_at_the_overlays_line(
    here: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _write(
        here / "bad.yaml",
        """\
        overlay: 1.0.0
        info: {title: bad, version: 1.0.0}
        actions:
          - target: $.components.schemas.Pet.properties
            update:
              nickname:
                type: text
        """,
    )
    # First without: the verdict remembered for the spec alone must not answer for the
    # patched spec (generator/spec/verdicts.py keys on the overlays too).
    assert main(["validate", str(PETSTORE)]) == 0
    assert main(["validate", str(PETSTORE), "--overlay", "bad.yaml"]) == 2
    errors = capsys.readouterr().err.splitlines()
    assert errors[-1] == (
        "error: bad.yaml:7:15: 'text' is not valid under any of the given schemas "
        "(at /components/schemas/Pet/properties/nickname/type)"
    )
    assert main(["validate", str(PETSTORE)]) == 0


@pytest.mark.slow
def test_diff_applies_the_overlays_to_each_spec_side_and_locates_what_they_wrote(
    here: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = _write(
        here / "old.yaml",
        """\
        openapi: 3.0.3
        info: {title: Shop, version: "1"}
        paths:
          /items:
            get:
              operationId: listItems
              responses: {"200": {description: ok}}
        """,
    )
    new = _write(
        here / "new.yaml",
        """\
        openapi: 3.0.3
        info: {title: Shop, version: "2"}
        paths:
          /items:
            get:
              operationId: listItems
              responses: {"200": {description: ok}}
          /items/{id}:
            get:
              operationId: getItem
              parameters: [{name: id, in: path, required: true, schema: {type: string}}]
              responses: {"200": {description: ok}}
        """,
    )
    _write(
        here / "fix.yaml",
        """\
        overlay: 1.0.0
        info: {title: fix, version: 1.0.0}
        actions:
          - target: $.paths['/items'].get
            update:
              parameters: [{name: limit, in: query, required: true, schema: {type: integer}}]
        """,
    )
    added = (
        "NON-BREAKING\n"
        "  operation getItem: added (GET /items/{id}): `client.default.get_item()`\n"
        "      new: new.yaml:10 (/paths/~1items~1{id}/get)\n"
    )
    # The same fix on both sides: only the vendor's change shows.
    assert main(["diff", str(old), str(new), "--overlay", "fix.yaml"]) == 0
    assert capsys.readouterr().out == (
        "old.yaml -> new.yaml: 0 breaking, 1 non-breaking change; suggested version bump: "
        "minor\n\n" + added
    )
    # A folder generated without the overlay is not patched: the fix shows, at its line.
    assert main(["generate", str(old), "-o", "old-client", "-q"]) == 0
    assert main(["diff", "old-client", str(new), "--overlay", "fix.yaml"]) == 0
    assert capsys.readouterr().out == (
        "old-client (last generation) -> new.yaml: 1 breaking, 1 non-breaking changes; "
        "suggested version bump: major\n\n"
        "BREAKING\n"
        "  operation listItems parameter query:limit: new required keyword `limit: int`\n"
        "      old: /paths/~1items/get\n"
        "      new: fix.yaml:6 (/paths/~1items/get/parameters/0)\n\n" + added
    )


class _Counter:
    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.calls = 0
        real = generator.pipeline.generate_files

        def counting(*args: object, **kwargs: object) -> generator.pipeline.Generated:
            self.calls += 1
            return real(*args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(generator.pipeline, "generate_files", counting)


@pytest.mark.slow
def test_the_fast_path_and_check_notice_an_edited_overlay(
    here: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    runs = _Counter(monkeypatch)
    overlay = _write(here / "nickname.yaml", ADD_NICKNAME)
    out = here / "out"
    assert _generate(out, "--overlay", "nickname.yaml") == 0
    assert _generate(out, "--overlay", "nickname.yaml") == 0
    assert runs.calls == 1  # nothing changed: the fast path answered
    # An edit that changes the output: the fast path steps aside, --check fails.
    overlay.write_text(ADD_NICKNAME.replace("string", "integer"), encoding="utf-8")
    capsys.readouterr()
    assert _generate(out, "--overlay", "nickname.yaml", "--check") == 1
    assert runs.calls == 2
    assert "+    nickname: int | None" in capsys.readouterr().out
    # An edit that leaves every generated file as it was: the manifest's record is stale.
    overlay.write_text(ADD_NICKNAME.replace("version: 1.0.0", "version: 1.0.1"), "utf-8")
    assert _generate(out, "--overlay", "nickname.yaml", "--check") == 1
    shown = capsys.readouterr().out
    assert shown.startswith("--- a/.generator-manifest.json (overlays)\n")
    assert runs.calls == 3
    assert _generate(out, "--overlay", "nickname.yaml") == 0
    assert _generate(out, "--overlay", "nickname.yaml", "--check") == 0
    assert runs.calls == 4  # the check after it was answered by the fast path


@pytest.mark.slow
def test_the_model_stage_names_the_overlays_line_for_a_value_it_wrote(
    here: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _write(
        here / "dangling.yaml",
        """\
        overlay: 1.0.0
        info: {title: dangling, version: 1.0.0}
        actions:
          - target: $.components.schemas.Pet.properties
            update:
              owner:
                $ref: '#/components/schemas/Owner'
        """,
    )
    assert _generate(here / "out", "--overlay", "dangling.yaml", "--lenient") == 0
    assert capsys.readouterr().err == (
        "warning: dangling.yaml:7:15: $ref '#/components/schemas/Owner' points to nothing; "
        "typed Any (at /components/schemas/Pet/properties/owner/$ref)\n"
    )
