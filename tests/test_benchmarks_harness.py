"""The benchmark harness (benchmarks/) works: it is not run here (too slow for CI), but its
parts are, on tiny inputs. No timing is asserted."""

from __future__ import annotations

import sys
from pathlib import Path

from benchmarks.measure import Series, run_once
from benchmarks.report import ClientNumbers, Report, SpecResult, write_report
from benchmarks.synthetic import synthetic_spec, write_synthetic_spec
from benchmarks.tools import Spec
from generator.loader import load_document
from generator.validate import validate_document


def test_synthetic_specs_are_valid_and_grow_with_the_size(tmp_path: Path) -> None:
    path = write_synthetic_spec(10, tmp_path)
    validate_document(load_document(path))  # raises on any problem
    small, big = synthetic_spec(10), synthetic_spec(100)
    assert len(small["paths"]) == 10 and len(big["paths"]) == 100
    assert len(big["components"]["schemas"]) > len(small["components"]["schemas"])
    assert write_synthetic_spec(10, tmp_path).read_bytes() == path.read_bytes()


def test_run_once_reports_exit_code_output_and_memory() -> None:
    code = "import sys; x = bytearray(30_000_000); print('done'); sys.exit(3)"
    run = run_once([sys.executable, "-c", code])
    assert run.returncode == 3
    assert run.output_tail == "done"
    assert run.peak_mb >= 30


def test_report_shows_ratios_and_verdicts(tmp_path: Path) -> None:
    def series(seconds: float, mb: float, code: int = 0) -> Series:
        from benchmarks.measure import Run

        return Series((Run(seconds, mb, code, "boom" if code else ""),))

    spec = Spec("square-oauth", "Square OAuth", tmp_path / "s.yaml", "square_oauth", 4, 11)
    result = SpecResult(
        spec,
        ours=series(1.0, 50),
        unchanged=series(0.02, 20),
        check=series(0.03, 20),
        opc=series(4.0, 60),
        oag=series(2.0, 150, code=1),
    )
    report = Report(
        results=(result,),
        client=ClientNumbers({"hand-written httpx": 100.0, "ours": 150.0}, {"square-oauth": 0.1}),
        machine="test",
        load=(0.0, 0.0, 0.0),
        started="now",
        minutes=0.0,
        command="python -m benchmarks",
        java=True,
    )
    out = tmp_path / "docs" / "performance.md"
    write_report(report, out)
    text = out.read_text(encoding="utf-8")
    assert "| Square OAuth, cold process: ≤ 0.5× openapi-python-client | 0.25×" in text
    assert "| request overhead ≤ 1.3× hand-written httpx | 1.50× | **not met** |" in text
    assert "openapi-generator on Square OAuth: `boom`" in text
    assert (tmp_path / "docs" / "performance-growth.svg").read_text().startswith("<svg")
