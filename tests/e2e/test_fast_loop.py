"""What `make test-fast` (``pytest -m "not slow"``) runs: no Prism test, and still the
golden records, so the quick loop notices any change of output."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import ROOT


def _collected(*options: str) -> set[str]:
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", *options],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    return {line for line in result.stdout.splitlines() if "::" in line}


@pytest.mark.slow
def test_the_fast_loop_leaves_out_prism_and_keeps_the_golden_records() -> None:
    fast = _collected("-m", "not slow")
    prism = _collected("-m", "prism")

    assert prism and fast
    assert fast.isdisjoint(prism)  # tests/conftest.py marks every Prism test slow
    assert "tests/e2e/test_golden.py::test_generated_matches_spec_and_templates" in fast
    assert (
        "tests/render/test_custom_templates.py::test_example_templates_reproduce_the_golden_record"
        in fast
    )
    assert any("test_the_golden_keeps_no_file_that_generated_has_too" in n for n in fast)
