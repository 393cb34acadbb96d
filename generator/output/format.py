"""Stage 5: format rendered Python (the ``.py`` files and the Python blocks of ``.md`` files).

Three formatters, chosen with ``--formatter`` (``formatter =`` in ``[tool.generator]``):

- ``ruff`` (the default): ``ruff format`` at the pinned version, one process for all the
  files of a run (they are written to a temporary folder first), isolated from any ruff
  configuration of the user's, with black's settings (line length 88, Python 3.10). Its
  output is black's: the suite checks that ``black --check`` accepts every file the
  built-in templates generate (tests/output/test_black_agreement.py).
- ``black``: in-process, in worker processes on every core when there are enough files.
- ``none``: the rendered text as it is, for debugging templates.

A file whose rendered text is the same as the last time this output folder was generated
with the same formatter is not formatted again: a small cache (rendered-text digest →
formatted-text digest, per output folder) says what the formatter made of it, and the
formatted text is read back from the output folder. It is used only if the file there still
has that digest, so a file edited by hand is formatted afresh.

The formatter must be able to start, and a worker process must not die: either failure
stops the run at once with one line and exit code 2, before anything is written.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any, Generic, TypeVar

from generator.shared.caching import cache_folder, installed_version, remove_stale
from generator.shared.diagnostics import Diagnostic, GeneratorError
from generator.shared.forked import cores as _cores  # a name of this module's: tests replace it
from generator.shared.options import DEFAULT_FORMATTER, FORMATTERS, Formatter
from generator.shared.rendered import RenderedFile

T = TypeVar("T")

LINE_LENGTH = 88
TARGET_VERSION = "PY310"
# Part of every cache key: bump it whenever what this module does to a text changes.
RECIPE = f"2 line_length={LINE_LENGTH} target={TARGET_VERSION}"
# Below this many files to format, starting black's worker processes costs more than it saves.
PARALLEL_MIN_FILES = 8
# Files per ruff process: keeps the command line far below the system's limit.
RUFF_BATCH = 5000

MARKDOWN_PYTHON_BLOCK = re.compile(r"^```python\n(.*?)^```", re.S | re.M)

# Each job is (suffix of the file, rendered text); each outcome (ok, formatted text or the
# formatter's complaint about text that is not valid Python).
Job = tuple[str, str]
Outcome = tuple[bool, str]


def format_files(
    files: list[RenderedFile],
    output: Path | None = None,
    workers: FormatWorkers | None = None,
    formatter: Formatter = DEFAULT_FORMATTER,
) -> list[RenderedFile]:
    """Every file formatted by ``formatter``; ``output`` (the folder the files are for)
    enables the cache; ``workers`` started early serve black (else a pool is forked when
    needed)."""
    cache = FormatCache.for_output(output, formatter) if output is not None else None
    results: dict[int, str] = {}
    pending: list[int] = []
    for index, file in enumerate(files):
        if file.formatted:
            results[index] = file.text
            continue
        cached = cache.lookup(file) if cache else None
        if cached is not None:
            results[index] = cached
        else:
            pending.append(index)
    jobs = [(files[i].path.suffix, files[i].text) for i in pending]
    outcomes = _format_texts(jobs, formatter, workers)
    for index, (ok, text) in zip(pending, outcomes, strict=True):
        if not ok:
            file = files[index]
            # Only a template bug can get here: spec text reaches code through escaping filters.
            message = f"rendered {file.path} is not valid Python ({text}); the template is at fault"
            raise GeneratorError([Diagnostic(file.template, message)])
        results[index] = text
    formatted = [RenderedFile(f.path, results[i], f.template, True) for i, f in enumerate(files)]
    if cache:
        cache.save(files, formatted)
    return formatted


def format_file(file: RenderedFile, formatter: Formatter = DEFAULT_FORMATTER) -> RenderedFile:
    """One file, without the cache or workers."""
    return format_files([file], formatter=formatter)[0]


def check_formatter(formatter: Formatter) -> None:
    """Fail now, with one line, if ``formatter`` cannot start (rather than after the spec
    has been loaded, or, for black, in worker processes)."""
    if formatter == "ruff":
        _ruff_binary()
    elif formatter == "black":
        import importlib.util

        try:
            found = importlib.util.find_spec("black") is not None
        except (ImportError, ValueError):
            found = False
        if not found:
            raise _cannot_start("black", "black is not installed")


def _cannot_start(formatter: Formatter, cause: str) -> GeneratorError:
    others = " or ".join(f"--formatter {f}" for f in FORMATTERS if f != formatter)
    message = f"cannot start {formatter}: {cause} (install it, or choose {others})"
    return GeneratorError([Diagnostic("formatter", message)])


def _format_texts(
    jobs: Sequence[Job], formatter: Formatter, workers: FormatWorkers | None = None
) -> list[Outcome]:
    if not jobs:
        return []
    if formatter == "none":
        return [(True, _end_with_newline(text)) for _, text in jobs]
    if formatter == "ruff":
        return _ruff_format(jobs)
    if len(jobs) < PARALLEL_MIN_FILES or _cores() < 2:
        check_formatter("black")
        _prepare_black()
        return [_black_outcome(job) for job in jobs]
    if workers is not None and workers.executor is not None and workers.formatter == "black":
        return _map(workers, jobs)
    with FormatWorkers("black") as started:  # checks that black can start
        return _map(started, jobs)


# ruff ------------------------------------------------------------------------------------


def _ruff_binary() -> str:
    """The pinned ruff package's own binary (never another ruff found on PATH: its version
    would decide the layout)."""
    try:
        from ruff import find_ruff_bin  # type: ignore[import-untyped]

        binary = str(find_ruff_bin())
    except (ImportError, OSError) as error:  # RuffNotFound is a FileNotFoundError
        cause = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        raise _cannot_start("ruff", cause) from None
    return binary


def _ruff_version() -> str:
    found = installed_version("ruff")
    if found is not None:
        return found
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("ruff")
    except PackageNotFoundError:  # pragma: no cover - ruff vendored or unpackaged
        return "unknown"


def _ruff_format(jobs: Sequence[Job]) -> list[Outcome]:
    """Every Python text of ``jobs`` (whole ``.py`` files, Python blocks of ``.md`` files)
    written to a temporary folder and formatted there by ruff, as few processes as can be."""
    units: list[str] = []  # the Python texts to format, in order
    for suffix, text in jobs:
        if suffix == ".py":
            units.append(text)
        elif suffix == ".md":
            units.extend(m.group(1) for m in MARKDOWN_PYTHON_BLOCK.finditer(text))
    formatted, failures = _ruff_run(units) if units else ([], {})
    outcomes: list[Outcome] = []
    position = 0
    for suffix, text in jobs:
        if suffix == ".py":
            if position in failures:
                outcomes.append((False, failures[position]))
            else:
                outcomes.append((True, formatted[position]))
            position += 1
        elif suffix == ".md":
            # A block ruff cannot parse (a fragment, a signature stub) stays as written.
            def block(match: re.Match[str]) -> str:
                nonlocal position
                code = match.group(1) if position in failures else formatted[position]
                position += 1
                return f"```python\n{code}```"

            outcomes.append((True, _end_with_newline(MARKDOWN_PYTHON_BLOCK.sub(block, text))))
        else:
            outcomes.append((True, _end_with_newline(text)))
    return outcomes


# Memory-backed where there is one: creating, reading and removing a few thousand small
# files costs a second or more of system time on a busy disk, next to nothing there.
MEMORY_FOLDER = "/dev/shm"


def _staging_root() -> str | None:
    """Where the texts for ruff are written (None: the system's temporary folder)."""
    if os.path.isdir(MEMORY_FOLDER) and os.access(MEMORY_FOLDER, os.W_OK | os.X_OK):
        return MEMORY_FOLDER
    return None


_RUFF_FAILURE = re.compile(r"\bu(\d+)\.py\b:?\s*(.*)")


def _ruff_run(units: list[str]) -> tuple[list[str], dict[int, str]]:
    """(each text formatted, {index: ruff's complaint} for the texts it could not parse)."""
    binary = _ruff_binary()
    names = [f"u{index}.py" for index in range(len(units))]
    failures: dict[int, str] = {}
    with tempfile.TemporaryDirectory(prefix="openapi-pyclient-", dir=_staging_root()) as folder:
        for name, text in zip(names, units, strict=True):
            with open(os.path.join(folder, name), "w", encoding="utf-8", newline="") as stream:
                stream.write(text)
        for start in range(0, len(names), RUFF_BATCH):
            # Named one by one (not the folder): ruff's excludes and .gitignore rules do not
            # apply to files named on the command line.
            command = [
                binary,
                "format",
                "--isolated",
                "--no-cache",
                f"--line-length={LINE_LENGTH}",
                f"--target-version={TARGET_VERSION.lower()}",
                "--",
                *names[start : start + RUFF_BATCH],
            ]
            try:
                completed = subprocess.run(
                    command, cwd=folder, capture_output=True, text=True, check=False
                )
            except OSError as error:
                raise _cannot_start("ruff", f"{binary}: {error.strerror or error}") from None
            if completed.returncode == 0:
                continue
            blamed = 0
            for line in completed.stderr.splitlines():
                found = _RUFF_FAILURE.search(line)
                if found:
                    failures[int(found.group(1))] = found.group(2).strip() or line.strip()
                    blamed += 1
            if not blamed:  # ruff itself failed: not a fault of any one text
                lines = completed.stderr.strip().splitlines() or [f"exit {completed.returncode}"]
                raise GeneratorError([Diagnostic("formatter", f"ruff failed: {lines[0]}")])
        formatted = []
        for name in names:
            with open(os.path.join(folder, name), encoding="utf-8", newline="") as stream:
                formatted.append(stream.read())
    return formatted, failures


# black -----------------------------------------------------------------------------------

_mode: Any = None
# Why black could not be imported in this (worker) process, if it could not.
_black_import_error: str | None = None


def _black_mode() -> Any:
    """Black is imported on first use: a run whose files all come from the cache skips it."""
    global _mode
    if _mode is None:
        import black
        from black.mode import TargetVersion

        _mode = black.Mode(target_versions={TargetVersion[TARGET_VERSION]}, line_length=LINE_LENGTH)
    return _mode


def _prepare_black() -> None:
    """A worker's initializer: import black now, while the main process loads the spec. It
    must not raise (a worker whose initializer raises dies, and the run would stop with a
    traceback): a failure is recorded and reported by the first file's outcome instead."""
    global _black_import_error
    try:
        _black_mode()
    except Exception as error:
        _black_import_error = f"{type(error).__name__}: {error}"


def _worker_start(black: bool) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "pthread_sigmask"):
        # Forked while the main process held SIGINT back (_sigint_held): ignored now.
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    if black:
        _prepare_black()


@contextlib.contextmanager
def _sigint_held() -> Iterator[None]:
    """SIGINT blocked while workers are forked: a Ctrl-C then stays pending and reaches this
    process when the block ends (ignoring it instead lost a Ctrl-C that came while a large
    process forked on a loaded machine). A worker inherits the block and ignores SIGINT
    before it lifts it (_worker_start)."""
    if not hasattr(signal, "pthread_sigmask"):  # Windows: no fork, no signal masks
        yield
        return
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


class BlackUnavailable(Exception):
    """black could not be imported in the process that was to run it."""


def _black_outcome(job: Job) -> Outcome:
    try:
        return _format_text(job)
    except BlackUnavailable as error:
        raise _cannot_start("black", str(error)) from None


def _format_text(job: Job) -> Outcome:
    """(True, formatted text) or (False, black's complaint); runs in a worker process."""
    if _black_import_error is not None:
        raise BlackUnavailable(_black_import_error)
    suffix, text = job
    if suffix == ".md":
        return True, _end_with_newline(MARKDOWN_PYTHON_BLOCK.sub(_black_block, text))
    if suffix != ".py":
        return True, _end_with_newline(text)
    from black import format_str
    from black.parsing import InvalidInput

    try:
        return True, format_str(text, mode=_black_mode())
    except InvalidInput as error:
        return False, str(error)


def _black_block(match: re.Match[str]) -> str:
    """Examples in docs get the same formatting as code; a block black cannot parse (a
    fragment, a signature stub) is left as written."""
    from black import format_str
    from black.parsing import InvalidInput

    try:
        code = format_str(match.group(1), mode=_black_mode())
    except InvalidInput:
        code = match.group(1)
    return f"```python\n{code}```"


def _map(workers: FormatWorkers, jobs: Sequence[Job]) -> list[Outcome]:
    # Largest first, handed out one by one, so that no worker is left with a long tail.
    order = sorted(range(len(jobs)), key=lambda i: -len(jobs[i][1]))
    futures = [workers.submit(_format_text, jobs[i]) for i in order]
    results: list[Outcome] = [(False, "")] * len(jobs)
    for index, future in zip(order, futures, strict=True):
        try:
            results[index] = _worker_result(future)
        except BlackUnavailable as error:
            raise _cannot_start("black", str(error)) from None
    return results


def _end_with_newline(text: str) -> str:
    return text if text.endswith("\n") or not text else text + "\n"


# worker processes ------------------------------------------------------------------------


def _worker_result(future: Future[T]) -> T:
    try:
        return future.result()
    except BrokenProcessPool:
        message = (
            "a worker process stopped unexpectedly (killed, or out of memory); nothing written"
        )
        raise GeneratorError([Diagnostic("generator", message)]) from None


class FormatWorkers:
    """Worker processes for black (``--formatter black``: one per core) or for the spec's
    schema check alone (one), see ``start``; to be started before the spec is loaded.

    Forked while this process is still small, they share only the imported libraries with
    it; forked later, each would carry a copy of the whole model of a large spec (Python's
    reference counting soon unshares the pages a fork starts out sharing). A worker that
    dies breaks the pool: whatever waits on it raises a GeneratorError (exit 2), it never
    waits for ever.
    """

    def __init__(self, formatter: Formatter = DEFAULT_FORMATTER) -> None:
        self.formatter = formatter
        self.executor: ProcessPoolExecutor | None = None

    def __enter__(self) -> FormatWorkers:
        check_formatter(self.formatter)
        cores = _cores()
        if cores >= 2:
            black = self.formatter == "black"
            # Each black worker imports black itself, while this process loads, validates
            # and renders the spec: importing it here first would make everything wait.
            self.executor = ProcessPoolExecutor(
                cores if black else 1,
                mp_context=_context(),
                initializer=_worker_start,
                initargs=(black,),
            )
            # With fork, the first task starts every worker: now, while this process is
            # small. Ctrl-C reaches every process of the terminal's group and only the main
            # process reports it (one line), so the workers are forked with SIGINT blocked:
            # none can be interrupted before its initializer ignores it.
            with _sigint_held():
                self.executor.submit(os.getpid)
        return self

    def submit(self, function: Callable[..., T], *args: Any) -> Future[T]:
        assert self.executor is not None
        try:
            return self.executor.submit(function, *args)
        except BrokenProcessPool:
            future: Future[T] = Future()
            future.set_exception(BrokenProcessPool())
            return future

    def start(self, function: Callable[..., T], *args: Any) -> Pending[T]:
        """Run ``function(*args)`` in a worker (in this process, now, without workers);
        its arguments and result cross the process boundary by pickling."""
        if self.executor is None:
            return Pending(function(*args), None)
        return Pending(None, self.submit(function, *args))

    def __exit__(self, error_type: object, *exc: object) -> None:
        executor, self.executor = self.executor, None
        if executor is None:
            return
        if error_type is not None:
            # Stop the workers now: a schema check still running after another stage failed
            # would keep this process alive until it ends. (Python 3.14 has
            # terminate_workers(); before it, the executor's own table of its processes.)
            for pid in list(getattr(executor, "_processes", None) or {}):
                try:
                    os.kill(pid, signal.SIGTERM)
                except OSError:
                    pass
        # Always waits for the executor's own thread: one still closing its pipe when the
        # interpreter exits makes Python 3.11 print a traceback (EBADF) after our message.
        executor.shutdown(wait=True, cancel_futures=True)


class Pending(Generic[T]):
    """The result of work handed to a worker, or already done."""

    def __init__(self, value: T | None, handle: Future[T] | None) -> None:
        self._value = value
        self._handle = handle

    def result(self) -> T:
        if self._handle is not None:
            self._value = _worker_result(self._handle)
            self._handle = None
        return self._value  # type: ignore[return-value]


def _context() -> Any:
    import multiprocessing

    return multiprocessing.get_context("fork" if sys.platform == "linux" else None)


# cache -----------------------------------------------------------------------------------


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _black_version() -> str:
    found = installed_version("black")
    if found is not None:
        return found
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("black")
    except PackageNotFoundError:  # pragma: no cover - black vendored or unpackaged
        return "unknown"


def formatter_recipe(formatter: Formatter) -> str:
    """What decides the formatted text besides the rendered one: the formatter, its
    version and its settings."""
    if formatter == "none":
        return f"{RECIPE} none"
    version = _ruff_version() if formatter == "ruff" else _black_version()
    return f"{RECIPE} {formatter}={version}"


class FormatCache:
    """What the formatter made of each file's rendered text the last time, for one output
    folder."""

    def __init__(self, store: Path, output: Path, formatter: Formatter = DEFAULT_FORMATTER):
        self.store = store
        self.output = output
        self.recipe = formatter_recipe(formatter)
        self.entries: dict[str, list[str]] = {}
        try:
            data = json.loads(store.read_text(encoding="utf-8"))
            if data.get("recipe") == self.recipe:
                self.entries = dict(data["entries"])
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            pass  # no cache, or one written by another version or formatter: start afresh

    @classmethod
    def for_output(
        cls, output: Path, formatter: Formatter = DEFAULT_FORMATTER
    ) -> FormatCache | None:
        folder = cache_folder("format")
        if folder is None:
            return None
        output = output.resolve()
        name = _digest(str(output).encode("utf-8"))[:24]
        return cls(folder / f"{name}.json", output, formatter)

    def lookup(self, file: RenderedFile) -> str | None:
        entry = self.entries.get(str(file.path))
        if not entry or entry[0] != _digest(file.text.encode("utf-8")):
            return None
        try:
            data = (self.output / Path(*file.path.parts)).read_bytes()
        except OSError:
            return None
        if _digest(data) != entry[1]:
            return None  # edited by hand, or not written yet: format it
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:  # pragma: no cover - the digest matched our own text
            return None

    def save(self, rendered: list[RenderedFile], formatted: list[RenderedFile]) -> None:
        entries = {
            str(before.path): [
                _digest(before.text.encode("utf-8")),
                _digest(after.text.encode("utf-8")),
            ]
            for before, after in zip(rendered, formatted, strict=True)
        }
        if entries == self.entries:
            return
        text = json.dumps({"recipe": self.recipe, "entries": entries}, sort_keys=True)
        try:
            self.store.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=self.store.parent, prefix=".format-")
            with os.fdopen(handle, "w", encoding="utf-8") as stream:
                stream.write(text)
            os.replace(temporary, self.store)
            remove_stale(self.store.parent)
        except OSError:
            pass  # a cache that cannot be written only costs time on the next run
