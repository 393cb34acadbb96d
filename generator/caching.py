"""Where the generator keeps what it can reuse between runs (compiled templates, what black
made of each file). Everything in it can be deleted at any time; it only saves time.

``$OPENAPI_PYCLIENT_CACHE_DIR`` chooses the folder (``off`` disables caching), else
``$XDG_CACHE_HOME/openapi-pyclient``, else ``~/.cache/openapi-pyclient``.
"""

from __future__ import annotations

import os
from pathlib import Path


def cache_folder(kind: str) -> Path | None:
    """The folder for one kind of cached data, or None when caching is off."""
    configured = os.environ.get("OPENAPI_PYCLIENT_CACHE_DIR")
    if configured == "off":
        return None
    if configured:
        return Path(configured) / kind
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "openapi-pyclient" / kind
