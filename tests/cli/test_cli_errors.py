"""The command line's behaviour on bad input: exit codes, diagnostics, and no partial output.

Every broken spec under ``tests/specs/invalid/`` is listed in ``expected.yaml`` with the exit
code, a message and (when one applies) a line number that ``generate`` and ``validate`` must
print as ``FILE:LINE:COL: message``. A user mistake must never show a traceback or leave
files behind. Cases the generator gets wrong today carry an ``xfail`` reason in
``expected.yaml`` and run here as strict xfails.

The ``--check`` tests cover the other side: drift is exit 1 with a diff, no drift is exit 0.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.cli import main
from tests.conftest import ROOT

REPO = ROOT
INVALID = REPO / "tests" / "specs" / "invalid"
VALID = REPO / "tests" / "specs" / "valid"
SQUARE_SPEC = REPO / "spec" / "square-oauth.yaml"
EXPECTED: dict[str, dict[str, Any]] = yaml.safe_load((INVALID / "expected.yaml").read_text())


def _cases() -> list[Any]:
    params = []
    for name, expected in sorted(EXPECTED.items()):
        marks = []
        if expected.get("xfail"):
            marks.append(pytest.mark.xfail(strict=True, reason=expected["xfail"]))
        params.append(pytest.param(name, expected, id=name, marks=marks))
    return params


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def _assert_diagnostic(stderr: str, spec: Path, expected: dict[str, Any]) -> None:
    assert "Traceback" not in stderr
    assert spec.name in stderr, f"the file name is not in stderr:\n{stderr}"
    assert expected["message"] in stderr, f"expected {expected['message']!r} in:\n{stderr}"
    if expected["line"] is not None:
        pattern = rf"{re.escape(spec.name)}:{expected['line']}:\d+: "
        assert re.search(pattern, stderr), f"expected {spec.name}:{expected['line']}: in:\n{stderr}"
    # The diagnostic that carries the message names the file itself.
    line = next(text for text in stderr.splitlines() if expected["message"] in text)
    assert spec.name in line


# -- every broken spec --------------------------------------------------------------------


def test_every_invalid_spec_has_an_expectation() -> None:
    on_disk = {p.name for p in INVALID.iterdir() if p.name != "expected.yaml"}
    assert on_disk == set(EXPECTED)
    assert len(on_disk) >= 30
    for expected in EXPECTED.values():
        assert set(expected) <= {"exit", "message", "line", "xfail"}
        assert expected["exit"] == 2


@pytest.mark.slow
@pytest.mark.parametrize(("name", "expected"), _cases())
def test_generate_reports_broken_spec(
    name: str, expected: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = INVALID / name
    out = tmp_path / "out"

    code = main(["generate", str(spec), "-o", str(out)])

    captured = capsys.readouterr()
    assert code == expected["exit"], captured.err
    _assert_diagnostic(captured.err, spec, expected)
    assert captured.out == ""
    assert not out.exists(), "a failed run must write nothing"


@pytest.mark.parametrize(("name", "expected"), _cases())
def test_validate_reports_broken_spec(
    name: str, expected: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    spec = INVALID / name

    code = main(["validate", str(spec)])

    captured = capsys.readouterr()
    assert code == expected["exit"], captured.err
    _assert_diagnostic(captured.err, spec, expected)
    assert "valid OpenAPI" not in captured.out


@pytest.mark.slow
def test_real_process_shows_no_traceback(tmp_path: Path) -> None:
    """``python -m generator`` as a user runs it: a diagnostic, exit 2, no traceback."""
    spec = INVALID / "yaml_unclosed_bracket.yaml"
    out = tmp_path / "out"
    env = {**os.environ, "PYTHONPATH": str(REPO)}

    result = subprocess.run(
        [sys.executable, "-m", "generator", "generate", str(spec), "-o", str(out)],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip

    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert "yaml_unclosed_bracket.yaml:6:6: invalid YAML" in result.stderr
    assert result.stderr.startswith("error: ")
    assert not out.exists()


def test_wrong_type_gives_no_spurious_internal_error(capsys: pytest.CaptureFixture[str]) -> None:
    spec = INVALID / "paths_wrong_type.yaml"

    assert main(["validate", str(spec)]) == 2

    lines = capsys.readouterr().err.splitlines()
    assert not any("cannot validate" in line for line in lines), lines
    assert len(lines) == 1
    assert lines[0].endswith("paths_wrong_type.yaml:5:8: 5 is not of type 'object' (at /paths)")


# -- missing files and occupied folders -----------------------------------------------------


@pytest.mark.parametrize("command", ["generate", "validate"])
def test_missing_spec_file(
    command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = tmp_path / "no-such-spec.yaml"
    out = tmp_path / "out"
    argv = [command, str(spec)] + (["-o", str(out)] if command == "generate" else [])

    code = main(argv)

    err = capsys.readouterr().err
    assert code == 2
    assert "no-such-spec.yaml: file not found" in err
    assert "Traceback" not in err
    assert not out.exists()


def test_spec_is_a_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(tmp_path)]) == 2
    assert "is a folder, not a spec file" in capsys.readouterr().err


def test_foreign_non_empty_output_folder_is_left_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "mine"
    (out / "sub").mkdir(parents=True)
    (out / "notes.txt").write_text("my notes\n")
    (out / "sub" / "data.bin").write_bytes(b"\x00\x01")
    before = _snapshot(out)

    code = main(["generate", str(VALID / "petstore-3.0.yaml"), "-o", str(out)])

    err = capsys.readouterr().err
    assert code == 2
    assert "folder is not empty and was not made by this generator" in err
    assert "mine" in err
    assert _snapshot(out) == before
    assert sorted(p.name for p in out.iterdir()) == ["notes.txt", "sub"]


# -- generate --check -----------------------------------------------------------------------


@pytest.mark.slow
def test_check_detects_drift_then_passes_after_generate(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "client"
    out.mkdir()
    spec = str(SQUARE_SPEC)
    generate = ["generate", spec, "-o", str(out), "--package-name", "square_oauth"]

    # A fresh, empty folder is entirely out of date; --check writes nothing.
    assert main([*generate, "--check"]) == 1
    captured = capsys.readouterr()
    assert "--- /dev/null" in captured.out
    assert "+++ b/README.md" in captured.out
    assert "+++ b/square_oauth/client.py" in captured.out
    assert "is out of date" in captured.err
    assert list(out.iterdir()) == []

    assert main(generate) == 0
    capsys.readouterr()

    assert main([*generate, "--check"]) == 0
    captured = capsys.readouterr()
    assert "is up to date" in captured.out
    assert captured.err == ""

    # A hand edit to a generated file is drift, and the diff shows the edited line.
    readme = out / "README.md"
    lines = readme.read_text(encoding="utf-8").splitlines(keepends=True)
    original_first = lines[0]
    lines[0] = "# Edited by hand\n"
    readme.write_text("".join(lines), encoding="utf-8")
    before = _snapshot(out)

    assert main([*generate, "--check"]) == 1
    captured = capsys.readouterr()
    assert "--- a/README.md" in captured.out
    assert "+++ b/README.md" in captured.out
    assert "-# Edited by hand\n" in captured.out
    assert f"+{original_first}" in captured.out
    assert "square_oauth/client.py" not in captured.out  # only the edited file differs
    assert _snapshot(out) == before  # --check never writes
