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

    @property
    def toml_table(self) -> str:
        """The entry as a TOML inline table, e.g. ``{ name = "Jane Doe", email = "..." }``."""
        from generator.shared.literals import toml_string  # only when a project is written

        parts = [f"{key} = {toml_string(value)}" for key, value in self._items() if value]
        return "{ " + ", ".join(parts) + " }"

    def _items(self) -> tuple[tuple[str, str], ...]:
        return (("name", self.name), ("email", self.email))


@dataclass(frozen=True)
class ProjectMetadata:
    """The generated project's metadata beyond its names and version (``[tool.generator]``
    ``license``, ``authors`` and ``urls``, or ``--license``, ``--author``, ``--url``)."""

    license: str = ""  # SPDX license expression, e.g. MIT; "" when none is configured
    authors: tuple[Author, ...] = ()  # in the order given
    urls: tuple[tuple[str, str], ...] = ()  # (label, URL) for [project.urls], in order given
    # Trove classifiers; every generated package ships inline types (py.typed)
    classifiers: tuple[str, ...] = ("Typing :: Typed",)

    @property
    def toml_fields(self) -> tuple[str, ...]:
        """The ``[project]`` lines after ``readme``: the Python floor, then the license and
        the authors when configured (one text each, the authors' array on several lines)."""
        from generator.shared.literals import toml_string  # only when a project is written

        fields = ['requires-python = ">=3.10"']
        if self.license:
            fields.append(f"license = {toml_string(self.license)}")
        if self.authors:
            entries = ",\n    ".join(author.toml_table for author in self.authors)
            fields.append(f"authors = [\n    {entries},\n]")
        return tuple(fields)

    @property
    def toml_urls(self) -> tuple[str, ...]:
        """The lines of ``[project.urls]``: ``"label" = "address"`` each, in order given."""
        from generator.shared.literals import toml_string  # only when a project is written

        return tuple(f"{toml_string(label)} = {toml_string(url)}" for label, url in self.urls)
