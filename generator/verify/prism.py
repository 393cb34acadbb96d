"""Stoplight Prism, the spec's own mock server, for ``verify``: installed on first use,
started on 127.0.0.1, stopped with everything it forked.

The version is pinned by the npm manifests next to this module (``prism/package.json`` and
``prism/package-lock.json``, shipped in the wheel); ``npm ci`` installs exactly that tree.
Where it goes (``install_folder``): the folder the caller names, else
``$OPENAPI_PYCLIENT_PRISM_DIR``, else ``cache_folder("prism")/VERSION`` in the user's cache
folder. With caching off (``OPENAPI_PYCLIENT_CACHE_DIR=off``) it goes into a temporary
folder that lives as long as the process, so every run installs Prism again.

Every failure a user can cause or fix (no Node.js, npm failing, a spec Prism cannot load,
a server that never answers) is a ``GeneratorError`` with exit code 2, never a traceback.
"""

from __future__ import annotations

import functools
import hashlib
import http.client
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import IO, Self

from generator.shared.caching import cache_folder
from generator.shared.diagnostics import Diagnostic, GeneratorError, display_path

MANIFEST_DIR = Path(__file__).with_name("prism")
MANIFESTS = ("package.json", "package-lock.json")
PACKAGE = "@stoplight/prism-cli"
PRISM_DIR_ENV = "OPENAPI_PYCLIENT_PRISM_DIR"
# The file of a diagnostic about installing or running Prism rather than about the spec.
NO_FILE = "prism"

STARTUP_TIMEOUT_S = 60.0
_STAMP_NAME = ".install-complete"
_LOCK_TIMEOUT_S = 900.0
_NPM_TIMEOUT_S = 600.0
_TERM_GRACE_S = 5.0
_PORT_ATTEMPTS = 3
_NODE_ADVICE = "install Node.js 18 or later"

# Keep npm and Prism quiet and offline-friendly: no telemetry, no colour codes in logs.
_QUIET_ENV = {
    "SCARF_ANALYTICS": "false",
    "DO_NOT_TRACK": "1",
    "NO_COLOR": "1",
    "FORCE_COLOR": "0",
    "npm_config_update_notifier": "false",
}

# Prism's own account of why it stopped: `[TIME] [CLI] ✖  fatal     MESSAGE`.
_FATAL = re.compile(r"✖\s+fatal\s+(?P<message>.*)")
# Prism prints its usage after the fatal line; the lines between belong to the message.
_USAGE_START = "prism mock <document>"
_FATAL_POINTER = re.compile(r'^at "#(?P<pointer>/[^"]*)"')
_FATAL_POSITION = re.compile(r"at line (?P<line>\d+), column (?P<column>\d+)")

_installed: dict[Path, Path] = {}  # install folder -> launcher, once checked in this process
_run_folder: tempfile.TemporaryDirectory[str] | None = None


@functools.cache
def pinned_version() -> str:
    """The Prism version the manifests pin (e.g. ``5.16.0``)."""
    manifest = json.loads((MANIFEST_DIR / "package.json").read_text(encoding="utf-8"))
    version: str = manifest["dependencies"][PACKAGE]
    return version


def install_folder() -> Path:
    """Where Prism is installed when the caller names no folder.

    ``$OPENAPI_PYCLIENT_PRISM_DIR`` when set (the test suite points it at one shared
    install), else ``cache_folder("prism")/VERSION``. When caching is off, a temporary
    folder made once per process and removed when it exits: each run installs again.
    """
    configured = os.environ.get(PRISM_DIR_ENV)
    if configured:
        return Path(configured)
    cached = cache_folder("prism")
    if cached is not None:
        return cached / pinned_version()
    global _run_folder
    if _run_folder is None:
        _run_folder = tempfile.TemporaryDirectory(prefix="openapi-pyclient-prism-")
    # A subfolder, so that the install lock next to it goes when the temporary folder goes.
    return Path(_run_folder.name) / pinned_version()


def prism_executable(install_dir: Path | None = None) -> Path:
    """Where ``ensure_prism`` installs the ``prism`` launcher (it may not exist yet)."""
    folder = install_dir if install_dir is not None else install_folder()
    return folder / "node_modules" / ".bin" / "prism"


def ensure_prism(install_dir: Path | None = None) -> Path:
    """Install the pinned Prism into ``install_dir`` (default ``install_folder()``) unless
    it is there already, and return the ``prism`` launcher.

    Installs again when the launcher is missing or the folder's manifests differ from the
    pinned ones. Concurrent processes wait for each other (a file lock next to the folder).
    """
    folder = (install_dir if install_dir is not None else install_folder()).absolute()
    known = _installed.get(folder)
    if known is not None and known.exists():
        return known
    with _install_lock(folder):
        if not _install_is_current(folder):
            _install(folder)
    _installed[folder] = prism_executable(folder)
    return _installed[folder]


def _fingerprint() -> str:
    digest = hashlib.sha256()
    for name in MANIFESTS:
        digest.update(name.encode())
        digest.update(b"\0")
        digest.update((MANIFEST_DIR / name).read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()


def _install_is_current(folder: Path) -> bool:
    if not prism_executable(folder).exists():
        return False
    for name in MANIFESTS:
        installed = folder / name
        if not installed.is_file() or installed.read_bytes() != (MANIFEST_DIR / name).read_bytes():
            return False
    stamp = folder / _STAMP_NAME
    return stamp.is_file() and stamp.read_text(encoding="utf-8").strip() == _fingerprint()


def _install(folder: Path) -> None:
    npm = shutil.which("npm")
    if npm is None:  # checked before anything is written
        raise _error(
            f"verify needs Node.js (npm) to install Stoplight Prism {pinned_version()} into "
            f"{display_path(folder)}: `npm` was not found on PATH; {_NODE_ADVICE}"
        )
    try:
        folder.mkdir(parents=True, exist_ok=True)
        stamp = folder / _STAMP_NAME
        stamp.unlink(missing_ok=True)
        for name in MANIFESTS:
            shutil.copyfile(MANIFEST_DIR / name, folder / name)
    except OSError as error:
        raise _error(f"cannot prepare {display_path(folder)} for Prism: {error}") from None
    _run_npm_ci(npm, folder)
    try:
        stamp.write_text(_fingerprint() + "\n", encoding="utf-8")
    except OSError as error:
        raise _error(
            f"cannot finish the Prism install in {display_path(folder)}: {error}"
        ) from None


def _run_npm_ci(npm: str, folder: Path) -> None:
    # --ignore-scripts: nothing in the tree needs an install script; the only one is the
    # @scarf/scarf telemetry postinstall hook.
    command = [npm, "ci", "--no-audit", "--no-fund", "--ignore-scripts"]
    shown = f"`npm ci` for Stoplight Prism {pinned_version()} in {display_path(folder)}"
    try:
        finished = subprocess.run(
            command,
            cwd=folder,
            env={**os.environ, **_QUIET_ENV},
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            errors="replace",
            timeout=_NPM_TIMEOUT_S,
            check=False,
        )
    except subprocess.TimeoutExpired as expired:
        raise _error(
            f"{shown} did not finish within {_NPM_TIMEOUT_S:.0f} s; the end of npm's output:\n"
            + _tail(_as_text(expired.stderr))
        ) from None
    except OSError as error:
        raise _error(f"{shown} could not start: {error}") from None
    if finished.returncode != 0:
        raise _error(
            f"{shown} failed with exit code {finished.returncode}; the end of npm's output:\n"
            + _tail(finished.stderr or finished.stdout)
        )
    if not prism_executable(folder).exists():
        raise _error(
            f"{shown} succeeded but did not install {display_path(prism_executable(folder))}"
        )


@contextmanager
def _install_lock(folder: Path) -> Iterator[None]:
    """An exclusive lock between processes (flock on ``FOLDER.install.lock``)."""
    import fcntl  # POSIX only; imported here so that importing this module works anywhere

    lock_path = folder.with_name(folder.name + ".install.lock")
    try:
        lock_path.parent.mkdir(parents=True, exist_ok=True)
        handle = open(lock_path, "a+b")  # closed by the with below
    except OSError as error:
        raise _error(f"cannot create {display_path(lock_path)}: {error}") from None
    with handle:
        deadline = time.monotonic() + _LOCK_TIMEOUT_S
        while True:
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise _error(
                        f"waited {_LOCK_TIMEOUT_S:.0f} s for another process to finish "
                        f"installing Prism ({display_path(lock_path)})"
                    ) from None
                time.sleep(0.2)
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def find_free_port(host: str = "127.0.0.1") -> int:
    """Ask the OS for a currently free TCP port on ``host``."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        port: int = sock.getsockname()[1]
        return port


class PrismServer:
    """``prism mock`` on one spec, on 127.0.0.1 and a free port.

    A context manager: ``url`` is the base URL while it runs. ``log_text()`` and
    ``log_tail()`` return what Prism printed (still there after it stopped);
    ``log_offset()`` before a request and ``log_since(offset)`` after it give what Prism
    printed meanwhile (its request violations). With ``errors`` (``--errors``), a request
    that breaks the spec is answered 422 instead of only being logged.
    """

    def __init__(
        self,
        spec: Path,
        *,
        install_dir: Path | None = None,
        errors: bool = True,
        extra_args: Sequence[str] = (),
        startup_timeout_s: float = STARTUP_TIMEOUT_S,
    ) -> None:
        self.spec = Path(spec).resolve()
        self.install_dir = install_dir
        self.errors = errors
        self.extra_args = tuple(extra_args)
        self.startup_timeout_s = startup_timeout_s
        self.host = "127.0.0.1"
        self.startup_s: float | None = None  # how long the last start took, once started
        self._port: int | None = None
        self._process: subprocess.Popen[bytes] | None = None
        self._log_path: Path | None = None
        self._log_handle: IO[bytes] | None = None
        self._final_log: bytes | None = None

    # -- public API -------------------------------------------------------------------------

    @property
    def port(self) -> int:
        if self._port is None:
            raise RuntimeError("Prism is not running")
        return self._port

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def log_text(self) -> str:
        """Everything Prism has written to stdout and stderr so far."""
        return self.log_since(0)

    def log_tail(self, lines: int = 40) -> str:
        return _tail(self.log_text(), lines)

    def log_offset(self) -> int:
        """The size of the log now: pass it to ``log_since`` after a request."""
        if self._final_log is not None:
            return len(self._final_log)
        if self._log_path is None:
            return 0
        try:
            return self._log_path.stat().st_size
        except FileNotFoundError:
            return 0

    def log_since(self, offset: int) -> str:
        """What Prism wrote after ``offset`` (a ``log_offset()`` value).

        Prism logs a request's validation (``[VALIDATOR] ✖  error  ...`` lines) before it
        answers; only its closing ``Request terminated with error`` line may come after the
        answer, and then starts the next request's slice.
        """
        if self._final_log is not None:
            return _decode(self._final_log[offset:])
        if self._log_path is None:
            return ""
        try:
            with self._log_path.open("rb") as log:
                log.seek(offset)
                return _decode(log.read())
        except FileNotFoundError:
            return ""

    def start(self) -> Self:
        if self._process is not None:
            raise RuntimeError("Prism is already started")
        if not self.spec.is_file():
            raise GeneratorError([Diagnostic(display_path(self.spec), "file not found")])
        launcher = ensure_prism(self.install_dir)
        if shutil.which("node") is None:
            raise _error(
                f"verify needs Node.js to run Stoplight Prism {pinned_version()}: "
                f"`node` was not found on PATH; {_NODE_ADVICE}"
            )
        for attempt in range(1, _PORT_ATTEMPTS + 1):
            started = time.monotonic()
            self._spawn(launcher, find_free_port(self.host))
            try:
                self._wait_until_ready()
            except _PortTaken:
                self.stop()
                if attempt == _PORT_ATTEMPTS:
                    raise _error(
                        f"Prism found no free port after {attempt} attempts; its log:\n"
                        + _excerpt(self.log_text())
                    ) from None
                continue
            except BaseException:
                self.stop()
                raise
            self.startup_s = time.monotonic() - started
            return self
        raise AssertionError("unreachable")

    def stop(self) -> None:
        """Stop Prism's whole process group: SIGTERM, then SIGKILL after 5 s."""
        process = self._process
        if process is not None:
            if process.poll() is None:
                _signal_group(process.pid, signal.SIGTERM)
                try:
                    process.wait(timeout=_TERM_GRACE_S)
                except subprocess.TimeoutExpired:
                    _signal_group(process.pid, signal.SIGKILL)
                    process.wait()
            # Reap anything the leader forked that outlived it.
            _signal_group(process.pid, signal.SIGKILL)
        self._process = None
        if self._log_handle is not None:
            self._log_handle.close()
            self._log_handle = None
        if self._log_path is not None:
            self._final_log = self._log_path.read_bytes()
            self._log_path.unlink(missing_ok=True)
            self._log_path = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # -- internals --------------------------------------------------------------------------

    def _spawn(self, launcher: Path, port: int) -> None:
        descriptor, log_name = tempfile.mkstemp(prefix="prism-", suffix=".log")
        self._log_path = Path(log_name)
        self._log_handle = os.fdopen(descriptor, "wb")
        self._final_log = None
        self._port = port
        command = [str(launcher), "mock"]
        if self.errors:
            command.append("--errors")
        command += ["-h", self.host, "-p", str(port), *self.extra_args, str(self.spec)]
        self._log_handle.write(("$ " + " ".join(command) + "\n").encode())
        self._log_handle.flush()
        try:
            self._process = subprocess.Popen(
                command,
                stdin=subprocess.DEVNULL,
                stdout=self._log_handle,
                stderr=subprocess.STDOUT,
                env={**os.environ, **_QUIET_ENV},
                start_new_session=True,  # its own process group, so stop() reaches its children
            )
        except OSError as error:
            self.stop()
            raise _error(f"cannot start {display_path(launcher)}: {error}") from None

    def _wait_until_ready(self) -> None:
        process = self._process
        assert process is not None
        deadline = time.monotonic() + self.startup_timeout_s
        while True:
            code = process.poll()
            if code is not None:
                log = self.log_text()
                if "EADDRINUSE" in log:
                    raise _PortTaken
                raise GeneratorError([self._exit_diagnostic(code, log)])
            if _answers_http(self.host, self.port):
                return  # any HTTP answer (typically 404) means it is serving
            if time.monotonic() > deadline:
                message = (
                    f"Prism did not answer HTTP on {self.url} within {self.startup_timeout_s:g} s;"
                    " its log:\n" + _excerpt(self.log_text())
                )
                raise GeneratorError([Diagnostic(display_path(self.spec), message)])
            time.sleep(0.1)

    def _exit_diagnostic(self, code: int, log: str) -> Diagnostic:
        """Prism's fatal message, located in the spec where it names a place, else its log."""
        shown = display_path(self.spec)
        fatal = _fatal_message(log)
        if fatal is None:
            return Diagnostic(
                shown,
                f"Prism exited with code {code} before serving; its log:\n" + _excerpt(log),
            )
        message = f"Prism {pinned_version()} cannot load the spec: {fatal}"
        position = _FATAL_POSITION.search(fatal)
        if position is not None:
            return Diagnostic(shown, message, int(position["line"]), int(position["column"]))
        pointer = _FATAL_POINTER.match(fatal)
        if pointer is None:
            return Diagnostic(shown, message)
        line, column = _locate(self.spec, pointer["pointer"]) or (None, None)
        return Diagnostic(shown, message, line, column, pointer["pointer"])


class _PortTaken(Exception):
    pass


def _answers_http(host: str, port: int) -> bool:
    connection = http.client.HTTPConnection(host, port, timeout=2.0)
    try:
        connection.request("GET", "/__prism_readiness_probe__")
        connection.getresponse().read()
    except (OSError, http.client.HTTPException):
        return False
    finally:
        connection.close()
    return True


def _fatal_message(log: str) -> str | None:
    """Prism's fatal line and the lines up to its usage text, joined; None without one."""
    lines = log.splitlines()
    for index, line in enumerate(lines):
        found = _FATAL.search(line)
        if found is None:
            continue
        parts = [found["message"].strip()]
        for following in lines[index + 1 :]:
            if following.startswith(_USAGE_START) or not following.strip():
                break
            parts.append(following.strip())
        return " ".join(part for part in parts if part)
    return None


def _locate(spec: Path, pointer: str) -> tuple[int, int] | None:
    """Line and column of ``pointer`` in the spec's text; None when our loader cannot read it."""
    from generator.spec.loader import load_document

    try:
        return load_document(spec).locate(pointer)
    except GeneratorError:
        return None


def _signal_group(group: int, sig: signal.Signals) -> None:
    try:
        os.killpg(group, sig)
    except (ProcessLookupError, PermissionError):
        pass


def _error(message: str) -> GeneratorError:
    return GeneratorError([Diagnostic(NO_FILE, message)])


def _decode(data: bytes) -> str:
    return data.decode("utf-8", errors="replace")


def _as_text(data: str | bytes | None) -> str:
    if data is None:
        return ""
    return _decode(data) if isinstance(data, bytes) else data


def _tail(text: str, lines: int = 40) -> str:
    return "\n".join(text.rstrip().splitlines()[-lines:])


def _excerpt(text: str, head: int = 10, tail: int = 30) -> str:
    """The whole text if short, else its head and tail (Prism's fatal line comes early)."""
    lines = text.rstrip().splitlines()
    if len(lines) <= head + tail:
        return "\n".join(lines)
    skipped = len(lines) - head - tail
    return "\n".join([*lines[:head], f"... ({skipped} lines skipped) ...", *lines[-tail:]])
