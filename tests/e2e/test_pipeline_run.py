"""``pipeline.run`` is the whole ``generate`` run: it writes (or only compares), remembers
the run for the fast path, and returns what happened; the command line only prints it."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

from generator import pipeline
from generator.config import GenerateConfig, resolve_config
from generator.shared.record import MANIFEST_NAME, read_manifest
from tests.conftest import ROOT

PETSTORE = ROOT / "tests" / "specs" / "petstore.yaml"


def _config(out: Path) -> GenerateConfig:
    return resolve_config({"spec": str(PETSTORE), "output": str(out)}, out.parent)


def test_a_run_writes_then_the_next_is_answered_by_the_fast_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENAPI_PYCLIENT_CACHE_DIR", str(tmp_path / "cache"))
    out = tmp_path / "out"
    first = pipeline.run(_config(out))
    manifest = read_manifest(out)
    assert manifest is not None
    on_disk = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    assert (
        sorted([*first.written, MANIFEST_NAME])
        == on_disk
        == sorted([*manifest.files, MANIFEST_NAME])
    )
    assert (first.output, first.files, first.reused, first.checked) == (
        out,
        len(manifest.files),
        False,
        False,
    )
    assert first.notes == ("no earlier API record here: the changelog starts with this version",)
    again = pipeline.run(_config(out))
    assert again.reused
    assert (again.written, again.unchanged, again.removed) == ((), first.files, ())
    # The fast path reports what the full run reports.
    monkeypatch.setenv("OPENAPI_PYCLIENT_CACHE_DIR", "off")
    full = pipeline.run(_config(out))
    assert not full.reused
    assert again == full._replace(reused=True)


def test_check_compares_and_writes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAPI_PYCLIENT_CACHE_DIR", "off")
    out = tmp_path / "out"
    pipeline.run(_config(out))
    edited = sorted(out.rglob("*.py"))[0]
    edited.write_text(edited.read_text() + "# my change\n")
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    report = pipeline.run(_config(out), check=True)
    assert report.checked and not report.reused
    assert "-# my change" in report.diff
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before


def test_warnings_reach_the_caller_before_the_run_returns(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENAPI_PYCLIENT_CACHE_DIR", "off")
    spec = ROOT / "tests" / "specs" / "invalid" / "schema_type_typo.yaml"
    heard: list[str] = []

    def warn(lines: Sequence[str]) -> None:
        heard.extend(lines)

    config = resolve_config(
        {"spec": str(spec), "output": str(tmp_path / "out"), "lenient": True}, tmp_path
    )
    pipeline.run(config, warn=warn)
    assert heard and all(line.startswith("warning: ") for line in heard)
