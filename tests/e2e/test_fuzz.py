"""The mutation fuzzer (tests/support/fuzz.py): no mutant of a valid spec crashes, hangs,
or makes ``--lenient`` write a package that does not import.

``FUZZ_MUTANTS`` sets how many mutants run (default ``DEFAULT_MUTANTS``, each in strict
and in ``--lenient`` mode), ``FUZZ_SEED`` the first seed (default 0)::

    FUZZ_MUTANTS=2000 FUZZ_SEED=5000 .venv/bin/python -m pytest tests/e2e/test_fuzz.py -q

The mutants are split between two worker processes (the machine's two cores).
"""

from __future__ import annotations

import multiprocessing
import os
from collections import Counter
from pathlib import Path

import pytest

from tests.support import fuzz

DEFAULT_MUTANTS = 200
WORKERS = 2


def _run_share(args: tuple[Path, int, int, int]) -> list[fuzz.Outcome]:
    """Every ``WORKERS``-th mutant from ``first + offset``, in strict and lenient mode."""
    workdir, first, count, offset = args
    runner = fuzz.Runner(workdir / f"worker{offset}")
    outcomes = []
    for seed in range(first + offset, first + count, WORKERS):
        mutant = fuzz.mutant(seed)
        for lenient in (False, True):
            outcomes.append(runner.run(mutant, lenient=lenient))
    return outcomes


@pytest.mark.slow
def test_no_mutant_crashes_hangs_or_writes_a_broken_package(tmp_path: Path) -> None:
    count = int(os.environ.get("FUZZ_MUTANTS", DEFAULT_MUTANTS))
    first = int(os.environ.get("FUZZ_SEED", "0"))
    jobs = [(tmp_path, first, count, offset) for offset in range(WORKERS)]
    with multiprocessing.get_context("fork").Pool(WORKERS) as pool:
        outcomes = [o for share in pool.map(_run_share, jobs) for o in share]

    assert len(outcomes) == 2 * count
    findings = [o for o in outcomes if o.problem]
    assert not findings, f"{len(findings)} bad runs of {len(outcomes)}:\n\n" + "\n\n".join(
        o.report() for o in findings[:8]
    )
    # The mutants reach both ends of the oracle: packages that import, and located errors.
    codes = Counter((o.lenient, o.exit_code) for o in outcomes)
    assert codes[(False, 0)] > count // 10, codes
    assert codes[(False, 2)] > count // 10, codes
    assert codes[(True, 0)] > count // 3, codes


@pytest.mark.slow
def test_mutants_are_reproducible_from_their_seed() -> None:
    first = [fuzz.mutant(seed) for seed in range(30)]
    again = [fuzz.mutant(seed) for seed in range(30)]
    assert first == again
    assert len({m.text for m in first}) == 30
    assert len({m.base for m in first}) > 3


@pytest.mark.slow
def test_every_kind_of_mutation_is_made() -> None:
    steps = " ".join(step for seed in range(300) for step in fuzz.mutant(seed).steps)
    for marker in (
        " = true",
        " = 5",
        ' = "x"',
        " = []",
        " = [[]]",
        " = null",
        "deleted",
        "renamed to",
        "written twice",
        "copied to",
        "refers to itself through items",
        "refers to itself through oneOf",
        "refers to itself through additionalProperties",
        "refers to itself through property",
        "allOf with dangling $ref",
        "= dangling $ref",
        "twinned",
    ):
        assert marker in steps, marker


@pytest.mark.slow
def test_a_traceback_is_a_finding(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The oracle can fail: a crash inside the run is reported with its traceback."""
    from generator import model

    runner = fuzz.Runner(tmp_path)
    mutant = fuzz.mutant(1)
    runner.run(mutant, lenient=True)  # the base spec's package first, unbroken

    def crash(*args: object, **kwargs: object) -> object:
        raise KeyError("planted")

    monkeypatch.setattr(model, "build_client_model", crash)
    outcome = runner.run(mutant, lenient=True)
    assert outcome.exit_code is None
    assert "KeyError: 'planted'" in outcome.problem


def test_an_unimportable_package_is_a_finding(tmp_path: Path) -> None:
    package = tmp_path / "broken_pkg"
    (package / "apis").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "apis" / "__init__.py").write_text("")
    (package / "apis" / "things.py").write_text("from ..models import Missing\n")
    problem = fuzz.import_problem(tmp_path)
    assert "broken_pkg.apis.things does not import" in problem
    assert "broken_pkg.apis.things does not import" not in fuzz.import_problem(tmp_path / "none")


def test_unlocated_error_lines_and_writes_are_findings() -> None:
    located = "error: spec.yaml:3:5: 5 is not of type 'string' (at /info/title)"
    assert fuzz.error_problem(located, "a", "a") == ""
    assert "unlocated" in fuzz.error_problem("error: spec.yaml: something\n", "a", "a")
    assert "changed" in fuzz.error_problem(located, "a", "b")
    assert "without an error" in fuzz.error_problem("warning: spec.yaml:1:1: w", "a", "a")
    assert fuzz.warning_problem("warning: spec.yaml:1:1: w\n") == ""
    assert "unlocated" in fuzz.warning_problem("warning: spec.yaml: w\n")
    assert "unlocated" in fuzz.warning_problem("Traceback (most recent call last):\n")


@pytest.mark.slow
def test_a_sample_of_packages_imports_in_a_fresh_interpreter(tmp_path: Path) -> None:
    """The in-process import check, confirmed by a separate interpreter for a few mutants."""
    runner = fuzz.Runner(tmp_path)
    checked = 0
    for seed in range(40):
        mutant = fuzz.mutant(seed)
        outcome = runner.run(mutant, lenient=True)
        if outcome.exit_code != 0 or outcome.problem:
            continue
        output = runner.output_of(mutant)
        (package,) = fuzz.packages_in(output)
        assert fuzz.subprocess_import_problem(output, package) == ""
        checked += 1
        if checked == 3:
            break
    assert checked == 3
