"""Where the generator keeps what it can reuse between runs (compiled templates, what the
formatter made of each file). Everything in it can be deleted at any time; it only saves time.

``$OPENAPI_PYCLIENT_CACHE_DIR`` chooses the folder (``off`` disables caching), else the
user's cache folder as ``platformdirs`` names it (``$XDG_CACHE_HOME/openapi-pyclient`` or
``~/.cache/openapi-pyclient`` on Linux, ``~/Library/Caches/openapi-pyclient`` on macOS,
``%LOCALAPPDATA%/openapi-pyclient/Cache`` on Windows).
"""

from __future__ import annotations

import functools
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable

# Records of output folders not generated for this long are removed.
STALE_SECONDS = 30 * 24 * 3600


def cache_folder(kind: str) -> Path | None:
    """The folder for one kind of cached data, or None when caching is off."""
    configured = os.environ.get("OPENAPI_PYCLIENT_CACHE_DIR")
    if configured == "off":
        return None
    if configured:
        return Path(configured) / kind
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("openapi-pyclient", appauthor=False)) / kind


def remove_stale(folder: Path) -> None:
    """Forget output folders not generated for a month (temporary ones, deleted projects)."""
    oldest = time.time() - STALE_SECONDS
    try:
        for entry in os.scandir(folder):
            if entry.name.endswith(".json") and entry.stat().st_mtime < oldest:
                Path(entry.path).unlink(missing_ok=True)
    except OSError:
        pass


def installed_version(project: str) -> str | None:
    """The version of the installed distribution ``project``, as ``importlib.metadata``
    would find it (the first on ``sys.path``), read from the ``*.dist-info`` folder's name;
    None when there is none (then ask ``importlib.metadata``, which knows every kind of
    install). Importing ``importlib.metadata`` costs more than a small run's other
    bookkeeping together."""
    return _dist_info_versions().get(_normalized(project))


def _normalized(project: str) -> str:
    return project.lower().replace("-", "_").replace(".", "_")


@functools.cache
def _dist_info_versions() -> dict[str, str]:
    found: dict[str, str] = {}
    for name in _dist_info_names():
        project, _, version = name.removesuffix(".dist-info").partition("-")
        found.setdefault(_normalized(project), version)
    return found


def installed_distributions(projects: Iterable[str]) -> str:
    """The ``*.dist-info`` names of ``projects`` on ``sys.path``, lower-cased and sorted:
    what a cache key needs to change when one of them is upgraded."""
    wanted = {_normalized(project) for project in projects}
    return " ".join(
        sorted(
            {
                name.lower()
                for name in _dist_info_names()
                if _normalized(name.partition("-")[0]) in wanted
            }
        )
    )


def _dist_info_names() -> list[str]:
    """Every ``*.dist-info`` folder name on ``sys.path``, in its order (one listing per
    entry; ``importlib.metadata`` would cost more than the lookup itself)."""
    found = []
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        found += [name for name in names if name.endswith(".dist-info")]
    return found
