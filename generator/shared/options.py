"""The pieces of a run's settings that the stages read: where a setting was written, a
template plugin, the remote ``$ref`` policy and the formatter's name.

A neutral home: generator/config.py assembles them from pyproject.toml and the command
line, and a stage that needs one of them must not import the run's configuration (it sits
above every stage). Imported by every run, the fast path's included: standard library only.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal, NamedTuple, get_args

from generator.shared.diagnostics import Diagnostic

# What lays the generated Python out (generator/output/format.py): ruff by default, black, or
# nothing at all (to debug templates).
Formatter = Literal["black", "ruff", "none"]
FORMATTERS: tuple[Formatter, ...] = get_args(Formatter)
DEFAULT_FORMATTER: Formatter = "ruff"


# NamedTuples, not dataclasses: see generator.shared.diagnostics.
class Origin(NamedTuple):
    """Where the user wrote something, for diagnostics."""

    file: str
    line: int | None = None

    def diagnostic(self, message: str) -> Diagnostic:
        return Diagnostic(self.file, message, self.line)


class PluginRef(NamedTuple):
    """``module:function`` that receives the Jinja environment and adds filters to it."""

    target: str
    origin: Origin
    search: tuple[Path, ...]  # folders that may hold the module, tried before sys.path


class Selection(NamedTuple):
    """The operations to generate (``--tag``, ``--operation``, ``--path``; generator/spec/
    select.py): those that match any of them; all of them when none is given."""

    tags: tuple[str, ...] = ()
    operations: tuple[str, ...] = ()  # operationIds
    paths: tuple[str, ...] = ()  # shell-style globs over the paths' templates

    @property
    def chosen(self) -> bool:
        return bool(self.tags or self.operations or self.paths)


class RefPolicy(NamedTuple):
    """What a remote (http/https) ``$ref`` may do: be mapped to a folder, or be fetched."""

    allow_remote: bool = False
    ref_map: tuple[tuple[str, Path], ...] = ()  # (URL prefix, local folder), as given

    def mapped_path(self, url: str) -> Path | None:
        """The local copy of ``url`` under the longest matching prefix, if any."""
        matches = [(prefix, folder) for prefix, folder in self.ref_map if url.startswith(prefix)]
        if not matches:
            return None
        from urllib.parse import unquote, urlsplit

        prefix, folder = max(matches, key=lambda match: len(match[0]))
        rest = unquote(urlsplit(url[len(prefix) :]).path).lstrip("/")
        return folder / rest
