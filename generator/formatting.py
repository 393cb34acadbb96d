"""Stage 5: format rendered Python with black, in-process, on every core.

Black is most of a generation's time, so it is spent only where needed:

- Files are formatted in worker processes, one per core, when there are enough of them to
  repay starting the workers.
- A file whose rendered text is the same as the last time this output folder was generated
  is not formatted again: a small cache (rendered-text digest → formatted-text digest, per
  output folder) says what black made of it, and the formatted text is read back from the
  output folder. It is used only if the file there still has that digest, so a file edited
  by hand is formatted afresh and the result is byte for byte what black would give.

The cache lives in the generator's cache folder (see ``generator.caching``).
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import re
import signal
import sys
import tempfile
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Generic, TypeVar

from generator.caching import cache_folder, remove_stale
from generator.diagnostics import Diagnostic, GeneratorError
from generator.render import RenderedFile

T = TypeVar("T")

LINE_LENGTH = 88
TARGET_VERSION = "PY310"
# Part of every cache key: bump it whenever what this module does to a text changes.
RECIPE = f"1 black line_length={LINE_LENGTH} target={TARGET_VERSION}"
# Below this many files to format, starting worker processes costs more than it saves.
PARALLEL_MIN_FILES = 8

MARKDOWN_PYTHON_BLOCK = re.compile(r"^```python\n(.*?)^```", re.S | re.M)

_mode: Any = None


def _black_mode() -> Any:
    """Black is imported on first use: a run whose files all come from the cache skips it."""
    global _mode
    if _mode is None:
        import black
        from black.mode import TargetVersion

        _mode = black.Mode(target_versions={TargetVersion[TARGET_VERSION]}, line_length=LINE_LENGTH)
    return _mode


def format_files(
    files: list[RenderedFile],
    output: Path | None = None,
    workers: FormatWorkers | None = None,
) -> list[RenderedFile]:
    """Format every file; ``output`` (the folder the files are for) enables the cache;
    ``workers`` started early keep memory low (else a pool is forked when needed)."""
    cache = FormatCache.for_output(output) if output is not None else None
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
    outcomes = _format_texts([(files[i].path.suffix, files[i].text) for i in pending], workers)
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


def format_file(file: RenderedFile) -> RenderedFile:
    """One file, without the cache or workers."""
    return format_files([file])[0]


class FormatWorkers:
    """Worker processes for black (and the spec's schema check, see ``start``), to be
    started before the spec is loaded.

    Forked while this process is still small, they share only the imported libraries with
    it; forked later, each would carry a copy of the whole model of a large spec (Python's
    reference counting soon unshares the pages a fork starts out sharing).
    """

    def __init__(self) -> None:
        self.pool: Any = None

    def __enter__(self) -> FormatWorkers:
        cores = _cores()
        if cores >= 2:
            # Each worker imports black itself, while this process loads, validates and
            # renders the spec: importing it here first would make everything wait for it.
            self.pool = _workers(cores)
        return self

    def start(self, function: Callable[..., T], *args: Any) -> Pending[T]:
        """Run ``function(*args)`` in a worker (in this process, now, without workers);
        its arguments and result cross the process boundary by pickling."""
        if self.pool is None:
            return Pending(function(*args), None)
        return Pending(None, self.pool.apply_async(function, args))

    def __exit__(self, *exc: object) -> None:
        if self.pool is not None:
            self.pool.terminate()
            self.pool.join()
            self.pool = None


class Pending(Generic[T]):
    """The result of work handed to a worker, or already done."""

    def __init__(self, value: T | None, handle: Any) -> None:
        self._value = value
        self._handle = handle

    def result(self) -> T:
        if self._handle is not None:
            self._value = self._handle.get()
            self._handle = None
        return self._value  # type: ignore[return-value]


def _workers(count: int) -> Any:
    """A pool whose workers ignore Ctrl-C: it reaches every process of the terminal's
    group, and only the main process reports it (one line); it then ends the workers.
    They are forked with SIGINT ignored, so none can be interrupted before it starts."""
    if threading.current_thread() is not threading.main_thread():
        return _context().Pool(count, initializer=_worker_start)  # signals go to the main one
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        return _context().Pool(count, initializer=_worker_start)
    finally:
        signal.signal(signal.SIGINT, previous)


def _worker_start() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # also in a worker the pool replaces
    try:
        _black_mode()
    except ImportError:
        # A failing initializer makes the pool replace the worker for ever: a hang. The
        # first file to format raises it again, and the command line reports it.
        pass


def _context() -> Any:
    return multiprocessing.get_context("fork" if sys.platform == "linux" else None)


def _format_texts(
    jobs: Sequence[tuple[str, str]], workers: FormatWorkers | None = None
) -> list[tuple[bool, str]]:
    if len(jobs) < PARALLEL_MIN_FILES or _cores() < 2:
        return [_format_text(job) for job in jobs]
    if workers is not None and workers.pool is not None:
        return _map(workers.pool, jobs)
    _black_mode()
    with _workers(_cores()) as pool:
        return _map(pool, jobs)


def _map(pool: Any, jobs: Sequence[tuple[str, str]]) -> list[tuple[bool, str]]:
    # Largest first, handed out one by one, so that no worker is left with a long tail.
    order = sorted(range(len(jobs)), key=lambda i: -len(jobs[i][1]))
    done = pool.map(_format_text, [jobs[i] for i in order], chunksize=1)
    results: list[tuple[bool, str]] = [(False, "")] * len(jobs)
    for index, outcome in zip(order, done, strict=True):
        results[index] = outcome
    return results


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1


def _format_text(job: tuple[str, str]) -> tuple[bool, str]:
    """(True, formatted text) or (False, black's complaint); runs in a worker process."""
    suffix, text = job
    if suffix == ".md":
        return True, _end_with_newline(MARKDOWN_PYTHON_BLOCK.sub(_format_block, text))
    if suffix != ".py":
        return True, _end_with_newline(text)
    from black import format_str
    from black.parsing import InvalidInput

    try:
        return True, format_str(text, mode=_black_mode())
    except InvalidInput as error:
        return False, str(error)


def _end_with_newline(text: str) -> str:
    return text if text.endswith("\n") or not text else text + "\n"


def _format_block(match: re.Match[str]) -> str:
    """Examples in docs get the same formatting as code; a block black cannot parse (a
    fragment, a signature stub) is left as written."""
    from black import format_str
    from black.parsing import InvalidInput

    try:
        code = format_str(match.group(1), mode=_black_mode())
    except InvalidInput:
        code = match.group(1)
    return f"```python\n{code}```"


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _black_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("black")
    except PackageNotFoundError:  # pragma: no cover - black vendored or unpackaged
        return "unknown"


class FormatCache:
    """What black made of each file's rendered text the last time, for one output folder."""

    def __init__(self, store: Path, output: Path) -> None:
        self.store = store
        self.output = output
        self.recipe = f"{RECIPE} black={_black_version()}"
        self.entries: dict[str, list[str]] = {}
        try:
            data = json.loads(store.read_text(encoding="utf-8"))
            if data.get("recipe") == self.recipe:
                self.entries = dict(data["entries"])
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            pass  # no cache, or one written by another version: start afresh

    @classmethod
    def for_output(cls, output: Path) -> FormatCache | None:
        folder = cache_folder("format")
        if folder is None:
            return None
        output = output.resolve()
        name = _digest(str(output).encode("utf-8"))[:24]
        return cls(folder / f"{name}.json", output)

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
