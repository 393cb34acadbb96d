"""The generated project's metadata, from ``[tool.generator]`` or the command line.

Apart from the rest of the model (``types``, which re-exports these) because the
configuration needs them on every run, the fast path's included (generator/output/fastpath.py),
and importing ``types`` creates twenty dataclasses: a good part of such a run's time.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Author:
    """One entry of ``authors`` in the generated pyproject.toml."""

    name: str  # e.g. Jane Doe
    email: str  # "" when not given


@dataclass(frozen=True)
class ProjectMetadata:
    """The generated project's metadata beyond its names and version (``[tool.generator]``
    ``license``, ``authors`` and ``urls``, or ``--license``, ``--author``, ``--url``)."""

    license: str = ""  # SPDX license expression, e.g. MIT; "" when none is configured
    authors: tuple[Author, ...] = ()  # in the order given
    urls: tuple[tuple[str, str], ...] = ()  # (label, URL) for [project.urls], in order given
    # Trove classifiers; every generated package ships inline types (py.typed)
    classifiers: tuple[str, ...] = ("Typing :: Typed",)
