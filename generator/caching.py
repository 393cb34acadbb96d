"""Where the generator keeps what it can reuse between runs (compiled templates, what the
formatter made of each file). Everything in it can be deleted at any time; it only saves time.

``$OPENAPI_PYCLIENT_CACHE_DIR`` chooses the folder (``off`` disables caching), else the
user's cache folder as ``platformdirs`` names it (``$XDG_CACHE_HOME/openapi-pyclient`` or
``~/.cache/openapi-pyclient`` on Linux, ``~/Library/Caches/openapi-pyclient`` on macOS,
``%LOCALAPPDATA%/openapi-pyclient/Cache`` on Windows).
"""

from __future__ import annotations

import os
import time
from pathlib import Path

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
