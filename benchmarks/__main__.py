"""``python -m benchmarks``: measure our generator side by side with the anchors and write
docs/performance.md.

    .venv/bin/python -m benchmarks            # everything (tens of minutes on 2 cores)
    .venv/bin/python -m benchmarks --quick    # small specs only, one run each (a smoke run)

The anchors are installed at pinned versions into .cache/bench by the first run (see
benchmarks/tools.py). Every measurement is a cold process writing into an empty folder,
except the deliberate "nothing changed", ``--check`` and "one description edited" runs.
Each run records wall time, CPU time of the process tree and its peak PSS
(benchmarks/measure.py); the tools take turns run by run.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.measure import Job, Series, run_once, run_paired, run_series
from benchmarks.report import ClientNumbers, Report, SpecResult, StageTimes, write_report
from benchmarks.tools import (
    CACHE,
    OAG_VENV,
    OPC_VENV,
    OUR_PYTHON,
    ROOT,
    Spec,
    java_available,
    setup,
)

OUT = CACHE / "out"
LARGE_SPEC_OPERATIONS = 400
FORMAT_CACHE = CACHE / "format-cache"
# The edited-description scenario generates the spec once more before it measures; on the
# 10,000-operation spec that alone would add minutes to the harness.
EDITED_MAX_OPERATIONS = 10000


def our_command(spec: Spec, out: Path, *extra: str, path: Path | None = None) -> list[str]:
    return [
        str(OUR_PYTHON),
        "-m",
        "generator",
        "generate",
        str(path or spec.path),
        "-o",
        str(out),
        "--package-name",
        spec.package,
        *extra,
    ]


def opc_command(spec: Spec, out: Path) -> list[str]:
    return [
        str(OPC_VENV / "bin" / "openapi-python-client"),
        "generate",
        "--path",
        str(spec.path),
        "--output-path",
        str(out),
    ]


def oag_command(spec: Spec, out: Path) -> list[str]:
    return [
        str(OAG_VENV / "bin" / "openapi-generator-cli"),
        "generate",
        "-i",
        str(spec.path),
        "-g",
        "python",
        "-o",
        str(out),
    ]


def _environment() -> dict[str, str]:
    env = dict(os.environ)
    # The anchor's ruff post-hooks are found on PATH; our format cache lives in the bench
    # folder so that "cold" really starts empty (it is cleared before each full run).
    env["PATH"] = f"{OPC_VENV / 'bin'}{os.pathsep}{env.get('PATH', '')}"
    env["OPENAPI_PYCLIENT_CACHE_DIR"] = str(FORMAT_CACHE)
    # Every tool runs from compiled bytecode, as after `pip install` (pip compiles the
    # anchors' modules, and main() compiles ours): with PYTHONDONTWRITEBYTECODE set, our
    # generator alone would be compiled from source on every run.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _compile_generator() -> None:
    subprocess.run(
        [str(OUR_PYTHON), "-m", "compileall", "-q", str(ROOT / "generator")],
        check=True,
        env=_environment(),
    )


def _fresh(folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)
    shutil.rmtree(FORMAT_CACHE, ignore_errors=True)


def measure_spec(spec: Spec, runs: int, with_oag: bool) -> SpecResult:
    env = _environment()
    ours_out = OUT / "ours" / spec.name
    opc_out = OUT / "opc" / spec.name
    oag_out = OUT / "oag" / spec.name
    print(f"-- {spec.label}", flush=True)
    OUT.mkdir(parents=True, exist_ok=True)  # the other tools run from there
    jobs = {
        "ours": Job(our_command(spec, ours_out), lambda: _fresh(ours_out), ROOT),
        "openapi-python-client": Job(
            opc_command(spec, opc_out), lambda: shutil.rmtree(opc_out, ignore_errors=True), OUT
        ),
    }
    if with_oag:
        jobs["openapi-generator"] = Job(
            oag_command(spec, oag_out), lambda: shutil.rmtree(oag_out, ignore_errors=True), OUT
        )
    # The tools take turns, run by run; ours goes last so that its folder holds the last
    # full run's output for the scenarios below.
    jobs = dict(reversed(list(jobs.items())))
    measured = run_paired(jobs, runs, env=env)
    for name, series in measured.items():
        _say(name, series)
    ours = measured["ours"]
    unchanged = check = edited = None
    if ours.ok:
        # The folder holds the last full run's output: regenerate on top of it.
        unchanged = run_series(our_command(spec, ours_out), max(runs, 3), cwd=ROOT, env=env)
        _say("ours, nothing changed", unchanged)
        check = run_series(our_command(spec, ours_out, "--check"), max(runs, 3), cwd=ROOT, env=env)
        _say("ours --check, nothing changed", check)
        if spec.operations < EDITED_MAX_OPERATIONS:
            edited = measure_edited(spec, ours_out, runs, env)
            _say("ours, one operation's description edited", edited)
    return SpecResult(
        spec,
        ours,
        unchanged,
        check,
        measured["openapi-python-client"],
        measured.get("openapi-generator"),
        edited,
    )


def measure_edited(spec: Spec, out: Path, runs: int, env: dict[str, str]) -> Series:
    """A user's usual next run: a copy of the spec is generated (not measured), then one
    operation's description is edited and the copy generated again (measured); a different
    edit each run, each on top of the previous run's output and caches."""
    copy = OUT / "edited" / f"{spec.name}.json"
    write_edited_spec(spec, 0, copy)
    first = run_once(our_command(spec, out, path=copy), cwd=ROOT, env=env)
    if first.returncode != 0:
        return Series((first,))
    edits = iter(range(1, 1000))
    return run_series(
        our_command(spec, out, path=copy),
        runs,
        prepare=lambda: write_edited_spec(spec, next(edits), copy),
        cwd=ROOT,
        env=env,
    )


def write_edited_spec(spec: Spec, edit: int, target: Path) -> None:
    """The spec with one operation's description changed (differently each time; ``edit``
    0 leaves it as it is), as JSON: what a user's next run usually looks like."""
    if spec.path.suffix == ".json":
        data = json.loads(spec.path.read_text(encoding="utf-8"))
    else:
        import yaml

        data = yaml.safe_load(spec.path.read_text(encoding="utf-8"))
    methods = ("get", "put", "post", "delete", "patch")
    first = next(
        item[m]
        for item in data["paths"].values()
        for m in methods
        if isinstance(item, dict) and m in item
    )
    if edit:
        first["description"] = f"{first.get('description', '')}\n\nEdited {edit} times.".strip()
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(data, default=str), encoding="utf-8")


def _say(what: str, series: Series) -> None:
    if series.ok:
        print(
            f"   {what}: {series.median_seconds:.2f} s wall median "
            f"({series.min_seconds:.2f}-{series.max_seconds:.2f}), "
            f"{series.median_cpu:.2f} s CPU, {series.peak_mb:.0f} MB",
            flush=True,
        )
    else:
        last = series.runs[-1] if series.runs else None
        print(f"   {what}: FAILED ({last.output_tail if last else 'not run'})", flush=True)


def measure_client(runs: int) -> ClientNumbers:
    """Per-call overhead (Square OAuth client) and import + Client() time of each client."""
    ours_folder = OUT / "ours" / "square-oauth"
    opc_folder = OUT / "opc" / "square-oauth"
    args = [str(ours_folder)] + ([str(opc_folder)] if opc_folder.is_dir() else [])
    raw = subprocess.run(
        [str(OUR_PYTHON), "-m", "benchmarks.client_overhead", *args],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    per_call = json.loads(raw.strip().splitlines()[-1])
    imports: dict[str, float] = {}
    for name, package in (("square-oauth", "square_oauth"), ("github", "github_client")):
        folder = OUT / "ours" / name
        if not (folder / package).is_dir():
            continue
        code = (
            "import time; t = time.perf_counter(); import "
            + package
            + "; "
            + package
            + ".Client(); print(time.perf_counter() - t)"
        )
        # No bytecode cache: the package is measured as it is right after generating, the
        # same on every run of the harness (with .pyc files it starts a little faster).
        env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
        times = []
        for _ in range(max(runs, 3)):
            result = subprocess.run(
                [str(OUR_PYTHON), "-c", code], cwd=folder, capture_output=True, text=True, env=env
            )
            if result.returncode != 0:
                break
            times.append(float(result.stdout.strip()))
        if times:
            imports[name] = sorted(times)[len(times) // 2]
    return ClientNumbers(per_call, imports)


def measure_stages(specs: list[Spec]) -> tuple[StageTimes, ...]:
    """Our stages timed in one process, for the specs that show where the time goes."""
    found = []
    for spec in specs:
        if spec.name not in ("square-oauth", "synthetic-1000"):
            continue
        out = OUT / "stages" / spec.name
        shutil.rmtree(out, ignore_errors=True)
        result = subprocess.run(
            [str(OUR_PYTHON), "-m", "benchmarks.stages", str(spec.path), spec.package, str(out)],
            cwd=ROOT,
            capture_output=True,
            text=True,
        )
        if result.returncode == 0:
            found.append(StageTimes(spec.label, json.loads(result.stdout.strip().splitlines()[-1])))
    return tuple(found)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--runs", type=int, default=3, help="cold runs per tool and spec")
    parser.add_argument(
        "--quick",
        action="store_true",
        help="small specs only, one run each; for checking the harness",
    )
    parser.add_argument(
        "--only",
        action="append",
        metavar="SPEC",
        help="measure only these specs (by name, e.g. github)",
    )
    parser.add_argument(
        "--output", default=str(ROOT / "docs" / "performance.md"), help="where to write the report"
    )
    args = parser.parse_args(argv)
    if not OUR_PYTHON.exists():
        print("run `make setup` first", file=sys.stderr)
        return 2
    started = time.time()
    specs = setup(with_large=not args.quick)
    if args.quick:
        specs = [s for s in specs if s.operations <= 100]
    if args.only:
        specs = [s for s in specs if s.name in args.only]
    with_oag = java_available()
    _compile_generator()
    results = []
    for spec in specs:
        # A large spec takes minutes per run of ours: one run each keeps the whole harness
        # near an hour on 2 cores; the small ones get --runs runs.
        runs = 1 if args.quick or spec.operations >= LARGE_SPEC_OPERATIONS else args.runs
        results.append(measure_spec(spec, runs, with_oag and spec.operations < 10000))
    client = measure_client(1 if args.quick else args.runs) if not args.only else None
    stages = measure_stages(specs)
    report = Report(
        results=tuple(results),
        client=client,
        machine=f"{platform.platform()}, {os.cpu_count()} cores, Python "
        f"{platform.python_version()}",
        load=os.getloadavg(),
        started=time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime(started)),
        minutes=(time.time() - started) / 60,
        command=" ".join(["python -m benchmarks", *(argv if argv is not None else sys.argv[1:])]),
        java=with_oag,
        stages=stages,
    )
    write_report(report, Path(args.output))
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())


__all__ = ["main", "run_once"]
