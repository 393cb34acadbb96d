"""A generated file in memory: what rendering makes, formatting lays out and writing puts
on disk.

A neutral home, so that formatting and writing (generator/output/) get the type without
importing the Jinja engine that makes it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePosixPath


@dataclass(frozen=True)
class RenderedFile:
    path: PurePosixPath  # relative to the output folder
    text: str
    template: str  # the template file that made it, as shown in diagnostics
    # The text is final: a runtime module or a shipped template without any template
    # syntax, kept formatted in the repository (tests/output/test_formatting.py checks that
    # black and ruff keep each one), so the format stage passes it through instead of
    # formatting the same text every time.
    formatted: bool = False
