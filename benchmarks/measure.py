"""Run one command as a cold process and measure its wall time, CPU time and peak memory.

- CPU time is user + system time of the whole process tree: ``wait4``'s resource usage of
  the command, which includes every descendant it waited for (worker pools, the JVM under
  a wrapper script, a formatter run as a subprocess). On a shared, loaded machine it varies
  much less than wall time, so the targets are judged on it.
- Peak memory is the largest sum, over the whole process tree, of each process's
  proportional set size (PSS, from /proc, sampled every few milliseconds), so that worker
  processes are counted and pages they share with their parent are not counted twice. The
  largest resident set of any single process (``ru_maxrss`` as ``/usr/bin/time`` reports
  it) is kept beside it, and stands in only when no sample was taken (a run shorter than
  one sampling interval). The command is started by ``/usr/bin/time`` rather than by this
  process because Linux carries a process's peak RSS across ``exec``: a child forked from
  a big benchmark process would report the benchmark's own size.
"""

from __future__ import annotations

import os
import signal
import statistics
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

SAMPLE_SECONDS = 0.05
# No single run may take longer, so that the whole harness ends within about an hour.
RUN_TIMEOUT = 1200.0
TIME = Path("/usr/bin/time")


@dataclass(frozen=True)
class Run:
    seconds: float  # wall time
    peak_mb: float  # peak PSS of the process tree (max RSS when none was sampled)
    returncode: int
    output_tail: str  # the last lines the command printed, to explain a failure
    cpu_seconds: float = 0.0  # user + system time of the process tree
    max_rss_mb: float = 0.0  # the largest single process's peak resident set


@dataclass(frozen=True)
class Series:
    """Several runs of the same command."""

    runs: tuple[Run, ...]

    @property
    def ok(self) -> bool:
        return bool(self.runs) and all(r.returncode == 0 for r in self.runs)

    @property
    def median_seconds(self) -> float:
        return statistics.median(r.seconds for r in self.runs)

    @property
    def min_seconds(self) -> float:
        return min(r.seconds for r in self.runs)

    @property
    def max_seconds(self) -> float:
        return max(r.seconds for r in self.runs)

    @property
    def median_cpu(self) -> float:
        return statistics.median(r.cpu_seconds for r in self.runs)

    @property
    def min_cpu(self) -> float:
        return min(r.cpu_seconds for r in self.runs)

    @property
    def max_cpu(self) -> float:
        return max(r.cpu_seconds for r in self.runs)

    @property
    def peak_mb(self) -> float:
        return max(r.peak_mb for r in self.runs)


def _children(pid: int) -> list[int]:
    found: list[int] = []
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return found
    for task in tasks:
        try:
            with open(f"/proc/{pid}/task/{task}/children", encoding="ascii") as stream:
                found.extend(int(p) for p in stream.read().split())
        except OSError:
            continue
    return found


def _pss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as stream:
            for line in stream:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _tree_pss_kb(root: int) -> int:
    total = 0
    pending = [root]
    while pending:
        pid = pending.pop()
        total += _pss_kb(pid)
        pending.extend(_children(pid))
    return total


def run_once(
    command: Sequence[str],
    *,
    cwd: Path | None = None,
    env: Mapping[str, str] | None = None,
    timeout: float = RUN_TIMEOUT,
) -> Run:
    report = tempfile.NamedTemporaryFile(prefix="bench-time-", delete=False)
    report.close()
    wrapped = list(command)
    if TIME.exists():
        wrapped = [str(TIME), "-f", "%M", "-o", report.name, *wrapped]
    started = time.perf_counter()
    process = subprocess.Popen(
        wrapped,
        cwd=cwd,
        env=dict(env) if env is not None else None,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,  # so that a timeout ends the whole tree (a JVM too)
    )
    peak_tree_kb = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak_tree_kb
        while not done.is_set():
            peak_tree_kb = max(peak_tree_kb, _tree_pss_kb(process.pid))
            done.wait(SAMPLE_SECONDS)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    output: list[bytes] = []
    reader = threading.Thread(
        target=lambda: output.append(process.stdout.read() if process.stdout else b""),
        daemon=True,
    )
    reader.start()
    deadline = started + timeout
    status = None
    usage = None
    timed_out = False
    while status is None:
        pid, raw_status, raw_usage = os.wait4(process.pid, os.WNOHANG)
        if pid:
            status, usage = raw_status, raw_usage
            break
        if time.perf_counter() > deadline and not timed_out:
            os.killpg(process.pid, signal.SIGKILL)
            timed_out = True
            continue
        time.sleep(0.002)
    seconds = time.perf_counter() - started
    done.set()
    sampler.join()
    reader.join()
    process.returncode = os.waitstatus_to_exitcode(status)
    max_rss_kb = 0
    try:
        max_rss_kb = int(Path(report.name).read_text().split()[-1])
    except (OSError, ValueError, IndexError):
        pass
    os.unlink(report.name)
    tail = b"".join(output).decode("utf-8", "replace").strip().splitlines()[-5:]
    if timed_out:
        tail.append(f"(stopped after {timeout:.0f} s)")
    cpu = usage.ru_utime + usage.ru_stime if usage is not None else 0.0
    return Run(
        seconds,
        (peak_tree_kb or max_rss_kb) / 1024,
        process.returncode,
        "\n".join(tail),
        cpu,
        max_rss_kb / 1024,
    )


def run_series(
    command: Sequence[str],
    runs: int,
    *,
    prepare: object = None,
    cwd: Path | None = None,
    env: Mapping[str, str] | None = None,
    timeout: float = RUN_TIMEOUT,
) -> Series:
    """``runs`` cold runs; ``prepare`` (a callable) runs before each, outside the timing."""
    results = []
    for _ in range(runs):
        if callable(prepare):
            prepare()
        result = run_once(command, cwd=cwd, env=env, timeout=timeout)
        results.append(result)
        if result.returncode != 0:
            break  # a failing tool fails the same way again; do not wait for it twice
    return Series(tuple(results))


@dataclass(frozen=True)
class Job:
    """One tool's command in a paired measurement."""

    command: Sequence[str]
    prepare: Callable[[], object] | None = None  # runs before each run, outside the timing
    cwd: Path | None = None


def run_paired(
    jobs: Mapping[str, Job],
    runs: int,
    *,
    env: Mapping[str, str] | None = None,
    timeout: float = RUN_TIMEOUT,
) -> dict[str, Series]:
    """``runs`` cold runs of each job, taking turns (A, B, C, A, B, C...), so that a change
    in the machine's load during the measurement falls on every tool alike. A job that
    fails is not run again."""
    results: dict[str, list[Run]] = {name: [] for name in jobs}
    for _ in range(runs):
        for name, job in jobs.items():
            done = results[name]
            if done and done[-1].returncode != 0:
                continue
            if job.prepare is not None:
                job.prepare()
            done.append(run_once(job.command, cwd=job.cwd, env=env, timeout=timeout))
    return {name: Series(tuple(done)) for name, done in results.items()}
