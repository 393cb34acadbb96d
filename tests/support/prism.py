"""Stoplight Prism for the tests: ``generator.verify.prism`` with one install for the suite,
in the git-ignored ``.cache/prism/`` (``npm ci`` on first use; the version is pinned by
``generator/verify/prism/package-lock.json``).

Typical use::

    with PrismServer(spec_path) as prism:
        response = httpx.get(f"{prism.url}/pets")
        assert response.status_code == 200, prism.log_tail()

or, when only the base URL is needed::

    with run_prism(spec_path) as base_url:
        ...
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from generator.verify import prism as _prism
from generator.verify.prism import MANIFEST_DIR, STARTUP_TIMEOUT_S, find_free_port

from . import ROOT

__all__ = [
    "CACHE_DIR",
    "MANIFEST_DIR",
    "PrismServer",
    "ensure_prism",
    "find_free_port",
    "prism_executable",
    "run_prism",
]

# The suite's one install; tests/conftest.py also names it in $OPENAPI_PYCLIENT_PRISM_DIR
# so that a `verify` started in a subprocess finds it instead of installing again.
CACHE_DIR = ROOT / ".cache" / "prism"


def prism_executable() -> Path:
    """Where ``ensure_prism`` installs the ``prism`` launcher (it may not exist yet)."""
    return _prism.prism_executable(CACHE_DIR)


def ensure_prism() -> Path:
    """Install the pinned Prism into ``.cache/prism/`` if needed; return the launcher."""
    return _prism.ensure_prism(CACHE_DIR)


class PrismServer(_prism.PrismServer):
    """``generator.verify.prism.PrismServer`` installed into ``.cache/prism/``."""

    def __init__(
        self,
        spec: Path,
        *,
        install_dir: Path | None = CACHE_DIR,
        errors: bool = True,
        extra_args: Sequence[str] = (),
        startup_timeout_s: float = STARTUP_TIMEOUT_S,
    ) -> None:
        super().__init__(
            spec,
            install_dir=install_dir,
            errors=errors,
            extra_args=extra_args,
            startup_timeout_s=startup_timeout_s,
        )


@contextmanager
def run_prism(spec: Path, *, errors: bool = True) -> Iterator[str]:
    """Run ``prism mock`` on ``spec`` and yield its base URL (``http://127.0.0.1:PORT``).

    Use ``PrismServer`` directly when the test also needs Prism's log.
    """
    with PrismServer(spec, errors=errors) as server:
        yield server.url
