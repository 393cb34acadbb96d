"""The verdict cache (generator/spec/verdicts.py): an unchanged spec is validated once.

Hits and misses are observed through ``verdicts.counts`` and by which modules a process
imported, never by timing.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.shared.diagnostics import GeneratorError
from generator.spec import verdicts
from generator.spec.loader import load_document
from generator.spec.validate import schema_problems, validate_document
from tests.conftest import ROOT

REPO = ROOT
SPLIT = REPO / "tests" / "specs" / "valid" / "split"
TYPO = REPO / "tests" / "specs" / "invalid" / "schema_type_typo.yaml"


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("OPENAPI_PYCLIENT_CACHE_DIR", str(folder))
    for name in verdicts.counts:
        monkeypatch.setitem(verdicts.counts, name, 0)
    return folder


def _split_copy(tmp_path: Path) -> Path:
    shutil.copytree(SPLIT, tmp_path / "split")
    return tmp_path / "split" / "api" / "root.yaml"


def _errors(path: Path, **options: bool) -> list[str]:
    try:
        return [str(d) for d in validate_document(load_document(path), **options)]
    except GeneratorError as error:
        return [str(d) for d in error.diagnostics]


def test_second_run_is_answered_from_the_cache(cache: Path, tmp_path: Path) -> None:
    root = _split_copy(tmp_path)

    assert _errors(root) == []
    assert verdicts.counts == {"hit": 0, "miss": 1, "stored": 1}
    assert _errors(root) == []
    assert verdicts.counts == {"hit": 1, "miss": 1, "stored": 1}
    (entry,) = (cache / "verdicts").iterdir()
    assert json.loads(entry.read_text())["inputs"] == {"../schemas/pet.yaml": entry_digest(root)}


def entry_digest(root: Path) -> str:
    text = (root.parent.parent / "schemas" / "pet.yaml").read_text(encoding="utf-8")
    return verdicts._text_digest(text)


def test_a_changed_byte_in_a_referenced_file_misses(cache: Path, tmp_path: Path) -> None:
    root = _split_copy(tmp_path)
    assert _errors(root) == []
    pet = root.parent.parent / "schemas" / "pet.yaml"
    pet.write_text(pet.read_text(encoding="utf-8").replace("type: string", "type: strin", 1))

    errors = _errors(root)

    assert verdicts.counts["hit"] == 0 and verdicts.counts["miss"] == 2
    assert errors and "strin" in errors[0]


def test_a_file_that_was_missing_and_now_exists_misses(cache: Path, tmp_path: Path) -> None:
    root = _split_copy(tmp_path)
    pet = root.parent.parent / "schemas" / "pet.yaml"
    text = pet.read_text(encoding="utf-8")
    pet.unlink()
    # The validator's own verdict (validate_document leaves out what check_structure says).
    before = schema_problems(load_document(root), lenient=True)
    pet.write_text(text, encoding="utf-8")
    after = schema_problems(load_document(root), lenient=True)

    assert [d.message for d in before] == ["cannot validate: ../schemas/pet.yaml#/Pet"]
    assert after == []
    assert verdicts.counts == {"hit": 0, "miss": 2, "stored": 2}


def test_the_same_spec_in_another_project_hits(cache: Path, tmp_path: Path) -> None:
    first = _split_copy(tmp_path / "one")
    second = _split_copy(tmp_path / "two")

    assert _errors(first) == _errors(second) == []
    assert verdicts.counts["hit"] == 1


def test_remembered_errors_are_the_same_lines(cache: Path) -> None:
    first = _errors(TYPO)
    second = _errors(TYPO)

    assert first and second == first
    assert verdicts.counts == {"hit": 1, "miss": 1, "stored": 1}


def test_options_are_part_of_the_key(cache: Path) -> None:
    strict = _errors(TYPO)
    lenient = _errors(TYPO, lenient=True)

    assert verdicts.counts["hit"] == 0 and verdicts.counts["stored"] == 2
    assert lenient == strict


@pytest.mark.parametrize(
    "garbage", [b"", b"{not json", b"[]", b'{"inputs": {}, "problems": [1]}', b"\xff\xfe"]
)
def test_a_corrupt_entry_is_ignored_and_rewritten(cache: Path, garbage: bytes) -> None:
    expected = _errors(TYPO)
    (entry,) = (cache / "verdicts").iterdir()
    entry.write_bytes(garbage)

    assert _errors(TYPO) == expected
    assert verdicts.counts["hit"] == 0 and verdicts.counts["stored"] == 2
    assert _errors(TYPO) == expected
    assert verdicts.counts["hit"] == 1


def test_off_keeps_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAPI_PYCLIENT_CACHE_DIR", "off")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setitem(verdicts.counts, "stored", 0)

    _errors(TYPO)
    _errors(TYPO)

    assert verdicts.counts["stored"] == 0
    assert not (tmp_path / "xdg").exists() and not (tmp_path / "home").exists()


def test_default_folder_is_the_users_cache_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("OPENAPI_PYCLIENT_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))

    _errors(TYPO)

    assert list((tmp_path / "xdg" / "openapi-pyclient" / "verdicts").glob("*.json"))


_VALIDATE_TWICE = """
import sys
from generator.cli import main
code = main(["validate", sys.argv[1]])
print(code, "openapi_spec_validator" in sys.modules, "jsonschema" in sys.modules)
"""


@pytest.mark.slow
def test_a_remembered_verdict_does_not_import_the_validator(cache: Path) -> None:
    env = {**os.environ, "OPENAPI_PYCLIENT_CACHE_DIR": str(cache), "PYTHONPATH": str(REPO)}
    runs = [
        subprocess.run(
            [sys.executable, "-c", _VALIDATE_TWICE, str(REPO / "spec" / "square-oauth.yaml")],
            capture_output=True,
            text=True,
            env=env,
            cwd=REPO,
            check=True,
        ).stdout.split()[-3:]
        for _ in range(2)
    ]

    assert runs == [["0", "True", "True"], ["0", "False", "False"]]


@pytest.mark.slow
def test_generate_with_a_remembered_verdict_starts_no_schema_check(
    cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from generator.config import GenerateConfig
    from generator.output.format import FormatWorkers
    from generator.pipeline import generate_files

    started: list[str] = []
    original = FormatWorkers.start

    def start(self: FormatWorkers, function: object, *args: object) -> object:
        started.append(getattr(function, "__name__", ""))
        return original(self, function, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(FormatWorkers, "start", start)
    spec = REPO / "spec" / "square-oauth.yaml"
    for output in ("one", "two"):
        generate_files(GenerateConfig(spec, tmp_path / output, "pkg", None, "0.1.0", ()))

    assert started.count("schema_problems_of_file") == 1
    assert verdicts.counts["hit"] == 1


_GENERATE = """
import sys
from generator.cli import main
code = main(["generate", sys.argv[1], "-o", sys.argv[2], *sys.argv[3:]])
print(code, "openapi_spec_validator" in sys.modules, "jsonschema" in sys.modules)
"""


@pytest.mark.slow
@pytest.mark.parametrize("mode", [[], ["--lenient"]])
def test_generate_validates_in_a_worker_strict_or_lenient(mode: list[str], tmp_path: Path) -> None:
    """The validator is imported where it runs: in a worker process (the machine has two
    cores, as this suite's does), never in the process that builds the model."""
    if (os.cpu_count() or 1) < 2:
        pytest.skip("one core: the check runs in this process by design")
    env = {**os.environ, "OPENAPI_PYCLIENT_CACHE_DIR": "off", "PYTHONPATH": str(REPO)}
    spec = REPO / "tests" / "specs" / "valid" / "petstore-3.0.yaml"
    result = subprocess.run(
        [sys.executable, "-c", _GENERATE, str(spec), str(tmp_path / "out"), *mode],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        check=False,
        timeout=120,
    )

    assert result.stdout.split()[-3:] == ["0", "False", "False"], result.stderr
