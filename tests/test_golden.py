"""Golden record: generating from spec/ must reproduce generated/ byte for byte."""

from __future__ import annotations

import difflib
import os
import subprocess
import sys
from pathlib import Path

from generator.config import resolve_config
from generator.pipeline import generate_files
from generator.write import MANIFEST_NAME
from tests.conftest import GENERATED, ROOT

UPDATE_HINT = "If the change is intended, update the golden record: python -m generator generate"


# Folders that tools (not the generator) leave in generated/; .gitignore ignores them too.
TOOL_CACHES = {"__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache", "build", "dist"}


def _on_disk(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
        and not TOOL_CACHES & set(p.relative_to(folder).parts)
        and not p.parent.name.endswith(".egg-info")
        and p.name != MANIFEST_NAME
    }


def test_generated_matches_spec_and_templates() -> None:
    config = resolve_config({}, ROOT)
    fresh = {str(f.path): f.text.encode("utf-8") for f in generate_files(config).files}
    golden = _on_disk(GENERATED)
    problems = []
    for name in sorted(fresh.keys() - golden.keys()):
        problems.append(f"missing from generated/: {name}")
    for name in sorted(golden.keys() - fresh.keys()):
        problems.append(f"in generated/ but no longer generated: {name}")
    for name in sorted(fresh.keys() & golden.keys()):
        if fresh[name] != golden[name]:
            diff = difflib.unified_diff(
                golden[name].decode().splitlines(),
                fresh[name].decode().splitlines(),
                f"generated/{name}",
                f"fresh/{name}",
                lineterm="",
                n=2,
            )
            problems.append("\n".join(list(diff)[:60]))
    assert not problems, "\n\n".join([*problems, UPDATE_HINT])


def test_output_is_identical_across_runs_and_hash_seeds(tmp_path: Path) -> None:
    outputs = []
    for seed in ("1", "4242"):
        out = tmp_path / f"out-{seed}"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run(
            [
                sys.executable,
                "-m",
                "generator",
                "generate",
                str(ROOT / "spec/square-oauth.yaml"),
                "-o",
                str(out),
                "--package-name",
                "square_oauth",
                "--project-name",
                "square-oauth",
            ],
            cwd=ROOT,
            env=env,
            check=True,
            capture_output=True,
        )
        outputs.append(_on_disk(out))
    assert outputs[0] == outputs[1]
    assert len(outputs[0]) > 30


def test_check_reports_clean_tree() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "generator", "generate", "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "up to date" in result.stdout
