"""Where the generator's shipped templates are, for every stage that reads them: the
rendering engine loads them, and the fast path digests them without loading Jinja.
"""

from __future__ import annotations

from pathlib import Path


def builtin_templates() -> Path:
    """The shipped templates: inside the installed package, or the repo's top-level folder."""
    package = Path(__file__).parent.parent
    packaged = package / "templates"
    return packaged if packaged.is_dir() else package.parent / "templates"
