"""Regenerating with nothing changed skips the pipeline; any change, a hand edit included,
takes the full path again."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import generator.pipeline
from generator.cli import main
from tests.conftest import ROOT

PETSTORE = ROOT / "tests" / "specs" / "petstore.yaml"


class Counter:
    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.calls = 0
        real = generator.pipeline.generate_files

        def counting(*args: object, **kwargs: object) -> generator.pipeline.Generated:
            self.calls += 1
            return real(*args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(generator.pipeline, "generate_files", counting)


@pytest.fixture
def runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Counter:
    monkeypatch.setenv("OPENAPI_PYCLIENT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.chdir(tmp_path)
    return Counter(monkeypatch)


def _generate(spec: Path, out: Path, *extra: str) -> int:
    return main(["generate", str(spec), "-o", str(out), "--package-name", "petstore", *extra])


@pytest.mark.slow
def test_second_run_with_nothing_changed_skips_the_pipeline(
    runs: Counter, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    assert _generate(PETSTORE, out) == 0
    first = capsys.readouterr().out
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert _generate(PETSTORE, out) == 0
    assert _generate(PETSTORE, out, "--check") == 0
    assert runs.calls == 1
    count = first.split(" written")[0].rsplit(" ", 1)[-1]
    *_, again, check = capsys.readouterr().out.splitlines()
    assert again.endswith(f": 0 written, {count} unchanged, 0 removed")
    assert check.endswith(f"is up to date ({count} files)")
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before


@pytest.mark.slow
def test_the_shortcut_prints_what_a_full_run_would(
    runs: Counter,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "out"
    _generate(PETSTORE, out)
    capsys.readouterr()
    _generate(PETSTORE, out)
    shortcut = capsys.readouterr()
    assert runs.calls == 1
    monkeypatch.setenv("OPENAPI_PYCLIENT_CACHE_DIR", "off")
    _generate(PETSTORE, out)
    full = capsys.readouterr()
    assert runs.calls == 2
    assert (shortcut.out, shortcut.err) == (full.out, full.err)


@pytest.mark.slow
def test_hand_edit_is_still_reported_by_check_and_repaired_by_generate(
    runs: Counter, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    _generate(PETSTORE, out)
    edited = out / "petstore" / "client.py"
    original = edited.read_text(encoding="utf-8")
    edited.write_text(original + "# my change\n", encoding="utf-8")
    capsys.readouterr()
    assert _generate(PETSTORE, out, "--check") == 1
    assert "-# my change" in capsys.readouterr().out
    assert runs.calls == 2
    # What a full run does with a hand edit is write.py's business; the fast path must
    # simply not hide it.
    _generate(PETSTORE, out)
    assert runs.calls == 3


@pytest.mark.slow
def test_a_changed_spec_or_template_folder_runs_the_pipeline(runs: Counter, tmp_path: Path) -> None:
    spec = tmp_path / "petstore.yaml"
    shutil.copy(PETSTORE, spec)
    out = tmp_path / "out"
    templates = tmp_path / "templates"
    templates.mkdir()
    _generate(spec, out, "--templates", str(templates))
    _generate(spec, out, "--templates", str(templates))
    assert runs.calls == 1
    spec.write_text(spec.read_text(encoding="utf-8") + "\n# changed\n", encoding="utf-8")
    _generate(spec, out, "--templates", str(templates))
    assert runs.calls == 2
    (templates / "notes.txt").write_text("a file the templates folder did not have", "utf-8")
    _generate(spec, out, "--templates", str(templates))
    assert runs.calls == 3
    _generate(spec, out, "--templates", str(templates), "--project-name", "other-name")
    assert runs.calls == 4


@pytest.mark.slow
def test_no_fast_path_when_the_cache_is_off(
    runs: Counter, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENAPI_PYCLIENT_CACHE_DIR", "off")
    out = tmp_path / "out"
    _generate(PETSTORE, out)
    _generate(PETSTORE, out)
    assert runs.calls == 2


# Modules that a run answered by the fast path must not load: each was once imported on
# the way to it (the generator's start-up) and made every such run slower.
NOT_ON_THE_FAST_PATH = (
    "jinja2",
    "yaml",
    "black",
    "openapi_spec_validator",
    "jsonschema",
    "referencing",
    "pydantic",
    "platformdirs",
    "packaging",
    "difflib",
    "shlex",
    "shutil",  # argparse's help formatter imported it to measure the terminal
    "tomllib",  # the working folder here has no pyproject.toml
    "subprocess",
    "multiprocessing",
    "concurrent",
    "generator.model.types",  # twenty dataclasses
    "generator.model.metadata",  # dataclasses too: loaded only when metadata is given
    "dataclasses",  # with inspect, a quarter of such a run: its classes are NamedTuples
    "inspect",
    "generator.spec.validate",
    "generator.render.engine",
    "generator.output.write",
)

LOADED_AFTER_RUN = """
import json, sys
from generator.cli import main
code = main(sys.argv[1:])
print(json.dumps({"code": code, "modules": sorted(sys.modules)}))
"""


@pytest.mark.slow
def test_a_run_answered_by_the_fast_path_loads_none_of_the_pipeline(tmp_path: Path) -> None:
    import json
    import os
    import subprocess
    import sys

    out = tmp_path / "out"
    env = {**os.environ, "OPENAPI_PYCLIENT_CACHE_DIR": str(tmp_path / "cache")}
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")])
    command = [sys.executable, "-c", LOADED_AFTER_RUN, "generate", str(PETSTORE), "-o", str(out)]
    runs = []
    for _ in range(2):
        result = subprocess.run(
            command, cwd=tmp_path, env=env, capture_output=True, text=True, check=True
        )
        runs.append(json.loads(result.stdout.splitlines()[-1]))
    full, fast = runs
    assert full["code"] == fast["code"] == 0
    # The first run is a full one (so the list above names modules that exist and load).
    assert {"jinja2", "generator.pipeline", "generator.model.types"} <= set(full["modules"])
    loaded = [
        name
        for name in fast["modules"]
        if any(name == banned or name.startswith(banned + ".") for banned in NOT_ON_THE_FAST_PATH)
    ]
    assert loaded == []
