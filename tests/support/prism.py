"""Install and run a pinned Stoplight Prism mock server for integration tests.

Prism is pinned in ``tests/tools/package.json`` / ``tests/tools/package-lock.json`` and
installed on demand (``npm ci``) into the git-ignored ``.cache/prism/`` folder.

Typical use::

    with PrismServer(spec_path) as prism:
        response = httpx.get(f"{prism.url}/pets")
        assert response.status_code == 200, prism.log_tail()

or, when only the base URL is needed::

    with run_prism(spec_path) as base_url:
        ...
"""

from __future__ import annotations

import fcntl
import hashlib
import os
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
from typing import IO

import httpx

from . import ROOT

__all__ = [
    "CACHE_DIR",
    "TOOLS_DIR",
    "PrismServer",
    "ensure_prism",
    "find_free_port",
    "prism_executable",
    "run_prism",
]

TOOLS_DIR = ROOT / "tests" / "tools"
CACHE_DIR = ROOT / ".cache" / "prism"

_MANIFESTS = ("package.json", "package-lock.json")
_STAMP_NAME = ".install-complete"
_LOCK_PATH = ROOT / ".cache" / "prism.install.lock"
_LOCK_TIMEOUT_S = 900.0
_NPM_TIMEOUT_S = 600.0

STARTUP_TIMEOUT_S = 60.0
_TERM_GRACE_S = 5.0
_PORT_ATTEMPTS = 3

# Keep npm / Prism quiet and offline-friendly: no telemetry, no colour codes in logs.
_QUIET_ENV = {
    "SCARF_ANALYTICS": "false",
    "DO_NOT_TRACK": "1",
    "NO_COLOR": "1",
    "FORCE_COLOR": "0",
    "npm_config_update_notifier": "false",
}

_installed_exe: Path | None = None


def _tail(text: str, lines: int = 40) -> str:
    return "\n".join(text.rstrip().splitlines()[-lines:])


def _excerpt(text: str, head: int = 20, tail: int = 60) -> str:
    """Whole text if short, else head + tail (Prism prints the fatal line before its help)."""
    lines = text.rstrip().splitlines()
    if len(lines) <= head + tail:
        return "\n".join(lines)
    skipped = len(lines) - head - tail
    return "\n".join([*lines[:head], f"... ({skipped} lines skipped) ...", *lines[-tail:]])


def _as_text(data: str | bytes | None) -> str:
    if data is None:
        return ""
    if isinstance(data, bytes):
        return data.decode("utf-8", errors="replace")
    return data


def prism_executable() -> Path:
    """Where ``ensure_prism`` installs the ``prism`` launcher (it may not exist yet)."""
    return CACHE_DIR / "node_modules" / ".bin" / "prism"


def _fingerprint() -> str:
    digest = hashlib.sha256()
    for name in _MANIFESTS:
        digest.update(name.encode())
        digest.update(b"\0")
        digest.update((TOOLS_DIR / name).read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()


def _install_is_current() -> bool:
    if not prism_executable().exists():
        return False
    for name in _MANIFESTS:
        cached = CACHE_DIR / name
        if not cached.is_file() or cached.read_bytes() != (TOOLS_DIR / name).read_bytes():
            return False
    stamp = CACHE_DIR / _STAMP_NAME
    return stamp.is_file() and stamp.read_text(encoding="utf-8").strip() == _fingerprint()


@contextmanager
def _install_lock() -> Iterator[None]:
    """Exclusive inter-process lock (fcntl.flock) around the npm install."""
    _LOCK_PATH.parent.mkdir(parents=True, exist_ok=True)
    with open(_LOCK_PATH, "a+b") as handle:
        deadline = time.monotonic() + _LOCK_TIMEOUT_S
        while True:
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise RuntimeError(
                        f"timed out after {_LOCK_TIMEOUT_S:.0f}s waiting for {_LOCK_PATH} "
                        "(another process is installing Prism)"
                    ) from None
                time.sleep(0.2)
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def _run_npm_ci() -> None:
    npm = shutil.which("npm")
    if npm is None:
        raise RuntimeError("npm was not found on PATH; Node.js + npm are needed to install Prism")
    # --ignore-scripts: nothing in the tree needs an install script; the only one is the
    # @scarf/scarf telemetry postinstall hook.
    cmd = [npm, "ci", "--no-audit", "--no-fund", "--ignore-scripts"]
    try:
        proc = subprocess.run(
            cmd,
            cwd=CACHE_DIR,
            env={**os.environ, **_QUIET_ENV},
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            errors="replace",
            timeout=_NPM_TIMEOUT_S,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise RuntimeError(
            f"`{' '.join(cmd)}` timed out after {_NPM_TIMEOUT_S:.0f}s in {CACHE_DIR}\n"
            f"--- npm stderr (tail) ---\n{_tail(_as_text(exc.stderr))}"
        ) from exc
    if proc.returncode != 0:
        raise RuntimeError(
            f"`{' '.join(cmd)}` failed with exit code {proc.returncode} in {CACHE_DIR}\n"
            f"--- npm stderr (tail) ---\n{_tail(proc.stderr)}"
        )
    if not prism_executable().exists():
        raise RuntimeError(
            f"`npm ci` succeeded but {prism_executable()} is missing\n"
            f"--- npm stderr (tail) ---\n{_tail(proc.stderr)}"
        )


def ensure_prism() -> Path:
    """Install the pinned Prism into ``.cache/prism/`` if needed; return the ``prism`` path.

    Reinstalls when the launcher is missing or the cached manifests differ from the
    committed ones in ``tests/tools/``. Safe to call from concurrent pytest processes.
    """
    global _installed_exe
    if _installed_exe is not None and _installed_exe.exists():
        return _installed_exe
    with _install_lock():
        if not _install_is_current():
            CACHE_DIR.mkdir(parents=True, exist_ok=True)
            stamp = CACHE_DIR / _STAMP_NAME
            stamp.unlink(missing_ok=True)
            for name in _MANIFESTS:
                shutil.copyfile(TOOLS_DIR / name, CACHE_DIR / name)
            _run_npm_ci()
            stamp.write_text(_fingerprint() + "\n", encoding="utf-8")
    _installed_exe = prism_executable()
    return _installed_exe


def find_free_port(host: str = "127.0.0.1") -> int:
    """Ask the OS for a currently free TCP port on ``host``."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        port: int = sock.getsockname()[1]
        return port


class PrismServer:
    """A ``prism mock`` subprocess bound to 127.0.0.1 on a free port.

    Use as a context manager; ``url`` is the base URL, ``log_text()`` / ``log_tail()``
    return Prism's combined stdout/stderr (still available after the server stopped).
    """

    def __init__(
        self,
        spec: Path,
        *,
        errors: bool = True,
        extra_args: Sequence[str] = (),
        startup_timeout_s: float = STARTUP_TIMEOUT_S,
    ) -> None:
        self.spec = Path(spec).resolve()
        self.errors = errors
        self.extra_args = tuple(extra_args)
        self.startup_timeout_s = startup_timeout_s
        self.host = "127.0.0.1"
        self.startup_s: float | None = None
        self._port: int | None = None
        self._process: subprocess.Popen[bytes] | None = None
        self._log_path: Path | None = None
        self._log_handle: IO[bytes] | None = None
        self._final_log: str | None = None

    # -- public API ---------------------------------------------------------------------

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
        """Everything Prism has written to stdout/stderr so far."""
        if self._final_log is not None:
            return self._final_log
        if self._log_path is None:
            return ""
        try:
            return self._log_path.read_text(encoding="utf-8", errors="replace")
        except FileNotFoundError:
            return ""

    def log_tail(self, lines: int = 40) -> str:
        return _tail(self.log_text(), lines)

    def start(self) -> PrismServer:
        if self._process is not None:
            raise RuntimeError("Prism is already started")
        if not self.spec.is_file():
            raise FileNotFoundError(self.spec)
        exe = ensure_prism()
        for attempt in range(1, _PORT_ATTEMPTS + 1):
            started = time.monotonic()
            self._spawn(exe, find_free_port(self.host))
            try:
                self._wait_until_ready()
            except _PortTaken:
                self.stop()
                if attempt == _PORT_ATTEMPTS:
                    raise RuntimeError(
                        f"Prism could not bind a port after {attempt} attempts\n"
                        f"--- prism log ---\n{_excerpt(self.log_text())}"
                    ) from None
                continue
            except BaseException:
                self.stop()
                raise
            self.startup_s = time.monotonic() - started
            return self
        raise AssertionError("unreachable")

    def stop(self) -> None:
        """Terminate the whole process group: SIGTERM, then SIGKILL after 5 s."""
        proc = self._process
        if proc is not None:
            if proc.poll() is None:
                _signal_group(proc.pid, signal.SIGTERM)
                try:
                    proc.wait(timeout=_TERM_GRACE_S)
                except subprocess.TimeoutExpired:
                    _signal_group(proc.pid, signal.SIGKILL)
                    proc.wait()
            # Reap anything the leader forked that outlived it.
            _signal_group(proc.pid, signal.SIGKILL)
        self._process = None
        if self._log_handle is not None:
            self._log_handle.close()
            self._log_handle = None
        if self._log_path is not None:
            self._final_log = self._log_path.read_text(encoding="utf-8", errors="replace")
            self._log_path.unlink(missing_ok=True)
            self._log_path = None

    def __enter__(self) -> PrismServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # -- internals ----------------------------------------------------------------------

    def _spawn(self, exe: Path, port: int) -> None:
        fd, log_name = tempfile.mkstemp(prefix="prism-", suffix=".log")
        self._log_path = Path(log_name)
        self._log_handle = os.fdopen(fd, "wb")
        self._final_log = None
        self._port = port
        cmd = [str(exe), "mock"]
        if self.errors:
            cmd.append("--errors")
        cmd += ["-h", self.host, "-p", str(port), *self.extra_args, str(self.spec)]
        self._log_handle.write(("$ " + " ".join(cmd) + "\n").encode())
        self._log_handle.flush()
        self._process = subprocess.Popen(
            cmd,
            stdin=subprocess.DEVNULL,
            stdout=self._log_handle,
            stderr=subprocess.STDOUT,
            env={**os.environ, **_QUIET_ENV},
            start_new_session=True,
        )

    def _wait_until_ready(self) -> None:
        proc = self._process
        assert proc is not None
        deadline = time.monotonic() + self.startup_timeout_s
        probe = f"{self.url}/__prism_readiness_probe__"
        with httpx.Client(trust_env=False, timeout=2.0) as client:
            while True:
                code = proc.poll()
                if code is not None:
                    if "EADDRINUSE" in self.log_text():
                        raise _PortTaken
                    raise RuntimeError(
                        f"Prism exited with code {code} before becoming ready "
                        f"(spec: {self.spec})\n--- prism log ---\n{_excerpt(self.log_text())}"
                    )
                try:
                    client.get(probe)
                except httpx.TransportError:
                    pass
                else:
                    return  # any HTTP answer (typically 404) means it is serving
                if time.monotonic() > deadline:
                    raise RuntimeError(
                        f"Prism did not accept HTTP on {self.url} within "
                        f"{self.startup_timeout_s:.0f}s (spec: {self.spec})\n"
                        f"--- prism log ---\n{_excerpt(self.log_text())}"
                    )
                time.sleep(0.1)


class _PortTaken(Exception):
    pass


def _signal_group(pgid: int, sig: signal.Signals) -> None:
    try:
        os.killpg(pgid, sig)
    except (ProcessLookupError, PermissionError):
        pass


@contextmanager
def run_prism(spec: Path, *, errors: bool = True) -> Iterator[str]:
    """Run ``prism mock`` on ``spec`` and yield its base URL (``http://127.0.0.1:PORT``).

    Use ``PrismServer`` directly when the test also needs Prism's log.
    """
    with PrismServer(spec, errors=errors) as server:
        yield server.url
