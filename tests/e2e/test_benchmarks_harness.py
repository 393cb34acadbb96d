"""The benchmark harness (benchmarks/) works: it is not run here (too slow for CI), but its
parts are, on tiny inputs. No timing is asserted."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from benchmarks.measure import Job, Series, run_once, run_paired
from benchmarks.report import ClientNumbers, Report, SpecResult, write_report
from benchmarks.synthetic import synthetic_spec, write_synthetic_spec
from benchmarks.tools import Spec
from generator.spec.loader import load_document
from generator.spec.validate import validate_document


def test_synthetic_specs_are_valid_and_grow_with_the_size(tmp_path: Path) -> None:
    path = write_synthetic_spec(10, tmp_path)
    validate_document(load_document(path))  # raises on any problem
    small, big = synthetic_spec(10), synthetic_spec(100)
    assert len(small["paths"]) == 10 and len(big["paths"]) == 100
    assert len(big["components"]["schemas"]) > len(small["components"]["schemas"])
    assert write_synthetic_spec(10, tmp_path).read_bytes() == path.read_bytes()


@pytest.mark.slow
def test_run_once_reports_exit_code_output_and_memory() -> None:
    # The memory is held for a while so that the PSS sampler (every 50 ms) sees it.
    code = "import sys, time; x = b'x' * 40_000_000; time.sleep(0.5); print('done'); sys.exit(3)"
    run = run_once([sys.executable, "-c", code])
    assert run.returncode == 3
    assert run.output_tail == "done"
    assert run.peak_mb >= 40
    assert run.max_rss_mb >= 40


# A parent and its child each hold 40 MB (38.1 MiB) of their own and burn CPU time until
# their own clock says 0.3 s; both then hold their memory together for half a second, so
# that the PSS sampler (every 50 ms) sees the sum; the parent waits for the child.
_TREE = """
import os, time
done_burning, may_exit = os.pipe(), os.pipe()
pid = os.fork()
data = b'x' * 40_000_000
while time.process_time() < 0.3:
    pass
if pid == 0:
    os.write(done_burning[1], b'1')
    os.read(may_exit[0], 1)
    os._exit(0)
os.read(done_burning[0], 1)
time.sleep(0.5)
os.write(may_exit[1], b'1')
os.waitpid(pid, 0)
"""


@pytest.mark.slow
def test_run_once_counts_the_whole_process_tree() -> None:
    run = run_once([sys.executable, "-c", _TREE])
    assert run.returncode == 0, run.output_tail
    assert run.cpu_seconds >= 0.6  # both processes' CPU time, not only the parent's
    assert run.peak_mb >= 76  # both processes' memory (PSS summed over the tree)
    assert run.max_rss_mb < 76  # which no single process reached


@pytest.mark.slow
def test_paired_runs_take_turns_and_stop_a_failing_tool(tmp_path: Path) -> None:
    log = tmp_path / "log"

    def job(name: str, code: int) -> Job:
        script = f"open({str(log)!r}, 'a').write({name!r}); raise SystemExit({code})"
        return Job([sys.executable, "-c", script])

    results = run_paired({"a": job("a", 0), "b": job("b", 1), "c": job("c", 0)}, 3)
    assert log.read_text() == "abcacac"
    assert [len(results[n].runs) for n in "abc"] == [3, 1, 3]
    assert results["a"].ok and not results["b"].ok


def _series(seconds: float, mb: float, code: int = 0, cpu: float | None = None) -> Series:
    from benchmarks.measure import Run

    return Series(
        (Run(seconds, mb, code, "boom" if code else "", seconds if cpu is None else cpu),)
    )


def _spec(name: str, operations: int, tmp_path: Path) -> Spec:
    return Spec(
        name, name.title(), tmp_path / f"{name}.json", name.replace("-", "_"), operations, 1
    )


def _report(*results: SpecResult, client: ClientNumbers | None = None) -> Report:
    return Report(
        results=results,
        client=client,
        machine="test",
        load=(0.0, 0.0, 0.0),
        started="now",
        minutes=0.0,
        command="python -m benchmarks",
        java=True,
    )


def _written(report: Report, tmp_path: Path) -> str:
    out = tmp_path / "docs" / "performance.md"
    write_report(report, out)
    return out.read_text(encoding="utf-8")


def test_report_shows_ratios_and_verdicts(tmp_path: Path) -> None:
    spec = Spec("square-oauth", "Square OAuth", tmp_path / "s.yaml", "square_oauth", 4, 11)
    result = SpecResult(
        spec,
        ours=_series(1.0, 50),
        unchanged=_series(0.02, 20),
        check=_series(0.03, 20),
        opc=_series(4.0, 60),
        oag=_series(2.0, 150, code=1),
        edited=_series(2.5, 50, cpu=1.0),
    )
    client = ClientNumbers({"hand-written httpx": 100.0, "ours": 150.0}, {"square-oauth": 0.1})
    text = _written(_report(result, client=client), tmp_path)
    assert (
        "| Square OAuth, cold process: ≤ 0.5× openapi-python-client | CPU 0.25×, wall 0.25× |"
        " **met** |" in text
    )
    assert (
        "| nothing changed ≤ 0.1× openapi-python-client's full run: Square OAuth |"
        " CPU 0.01×, wall 0.01× | **met** |" in text
    )
    # CPU within the target, wall not: not met.
    assert (
        "| after editing one description ≤ 0.5× openapi-python-client's full run: Square OAuth"
        " | CPU 0.25×, wall 0.62× | **not met** |" in text
    )
    assert "| request overhead ≤ 1.3× hand-written httpx | 1.50× | **not met** |" in text
    assert "openapi-generator on Square OAuth: `boom`" in text
    assert (tmp_path / "docs" / "performance-growth.svg").read_text().startswith("<svg")


def test_report_judges_memory_stripe_and_growth(tmp_path: Path) -> None:
    def result(
        name: str, operations: int, ours: Series, opc: Series, oag: Series | None
    ) -> SpecResult:
        return SpecResult(_spec(name, operations, tmp_path), ours, None, None, opc, oag)

    results = (
        result("github", 1000, _series(10.0, 300, cpu=20.0), _series(40.0, 250), None),
        result("stripe", 450, _series(4.0, 300), _series(1.0, 1, code=1), _series(10.0, 700)),
        result("synthetic-100", 100, _series(1.0, 90), _series(2.0, 80), None),
        result("synthetic-1000", 1000, _series(5.0, 100), _series(10.0, 190), None),
        result("synthetic-10000", 10000, _series(70.0, 500), _series(120.0, 1400), None),
    )
    text = _written(_report(*results), tmp_path)
    assert "| GitHub, cold process: ≤ 0.5× openapi-python-client | CPU 0.50×, wall 0.25× |" in text
    assert (
        "| GitHub peak memory (PSS of the process tree) ≤ openapi-python-client's | 1.20× |" in text
    )
    assert (
        "| Stripe, cold process: ≤ 0.5× openapi-generator | CPU 0.40×, wall 0.40× | **met** |"
        in text
    )
    # 5 ms per operation at 1,000, 7 ms at 10,000: more than 25 % up, so not linear.
    assert "ours: 10.0 → 5.0 → 7.0 ms CPU per operation" in text
    growth = next(line for line in text.splitlines() if line.startswith("| linear growth"))
    assert growth.endswith("| **not met** |")
    svg = (tmp_path / "docs" / "performance-growth.svg").read_text()
    assert svg.count("<circle") == 12  # three sizes, two tools, two panels
