"""Golden record: generating from spec/ must reproduce generated/ byte for byte."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from generator.config import resolve_config
from generator.pipeline import generate_files
from tests.conftest import GENERATED, ROOT
from tests.support.golden import golden_differences, output_tree

UPDATE_HINT = "If the change is intended, update the golden record: python -m generator generate"


def test_generated_matches_spec_and_templates() -> None:
    config = resolve_config({}, ROOT)
    fresh = {str(f.path): f.text.encode("utf-8") for f in generate_files(config).files}
    golden = output_tree(GENERATED)
    problems = golden_differences(golden, fresh, "generated")
    assert not problems, "\n\n".join([*problems, UPDATE_HINT])


@pytest.mark.slow
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
        outputs.append(output_tree(out))
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
