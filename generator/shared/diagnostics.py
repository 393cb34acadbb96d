"""Errors about the user's input, as values that carry a location.

Every user-facing failure of the generator is a ``Diagnostic``: a file, a line and column
when known, a JSON pointer into the document, and a message. The CLI prints them as
``FILE:LINE:COL: message (at /pointer)`` and exits with the error's code; a traceback is
only ever shown for a bug in the generator itself.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import NamedTuple

# Exit codes, shared by every command.
EXIT_OK = 0
EXIT_DRIFT = 1  # `generate --check` found differences
EXIT_USER_ERROR = 2  # the spec, the config or the command line is wrong


# NamedTuple rather than a dataclass here and in the other modules every run imports
# (config, progress, fastpath): importing dataclasses (with inspect) and making a class
# with it cost a run answered by the fast path a quarter of its time.
class Diagnostic(NamedTuple):
    file: str
    message: str
    line: int | None = None
    column: int | None = None
    pointer: str | None = None

    def __str__(self) -> str:
        where = self.file
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        text = f"{where}: {self.message}"
        if self.pointer is not None:
            text += f" (at {self.pointer or '/'})"
        return text


class GeneratorError(Exception):
    """A failure caused by the user's input; carries one or more diagnostics."""

    def __init__(self, diagnostics: Iterable[Diagnostic], exit_code: int = EXIT_USER_ERROR):
        self.diagnostics: Sequence[Diagnostic] = tuple(diagnostics)
        self.exit_code = exit_code
        super().__init__("\n".join(str(d) for d in self.diagnostics))


def escape_pointer_token(token: str | int) -> str:
    """Escape one reference token as RFC 6901 requires."""
    return str(token).replace("~", "~0").replace("/", "~1")


def unescape_pointer_token(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def pointer_from_parts(parts: Iterable[str | int]) -> str:
    return "".join("/" + escape_pointer_token(p) for p in parts)


def parts_from_pointer(pointer: str) -> list[str]:
    if pointer in ("", "#"):
        return []
    pointer = pointer.removeprefix("#")
    if not pointer.startswith("/"):
        raise ValueError(f"not a JSON pointer: {pointer!r}")
    return [unescape_pointer_token(t) for t in pointer[1:].split("/")]


def display_path(path: Path) -> str:
    """A path as the user would type it: relative to the working folder when inside it."""
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)
