"""Turn an exception raised while rendering into a diagnostic a template author can act on.

The diagnostic names the template file and line where it went wrong (the innermost
template frame, so a mistake inside an overridden block points at the user's file, not at
the built-in template that called it), what was being rendered (an operation, a model...,
with its place in the spec), and the cause in the words of the template: an unknown field
of ``operation`` says which fields exist.
"""

from __future__ import annotations

import dataclasses
import difflib
import re
import traceback
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import jinja2

from generator.model import types
from generator.shared.diagnostics import Diagnostic, display_path

# Jinja names the frames of compiled templates like this (jinja2.debug.fake_traceback).
_TEMPLATE_FRAME = re.compile(r"template|top-level template code|block '.*'")
_NO_ATTRIBUTE = re.compile(r"'(?P<owner>[\w.]+) object' has no attribute '(?P<name>\w+)'")
_IS_UNDEFINED = re.compile(r"'(?P<name>\w+)' is undefined")
_NO_FILTER = re.compile(r"No (?P<kind>filter|test) named '(?P<name>[\w.]+)'")

MODEL_CLASSES: dict[str, type] = {
    name: value
    for name, value in vars(types).items()
    if isinstance(value, type) and dataclasses.is_dataclass(value)
}


@dataclass(frozen=True)
class Subject:
    """What a template was rendering: ``operation obtain_token (spec.yaml:25, /paths/...)``."""

    kind: str  # "package", "api", "model", "enum", "operation"
    name: str
    pointer: str = ""  # place in the spec, when known
    # Finds the line of ``pointer``; called only when an error is reported (finding lines
    # parses the spec's text again, seconds for a large spec).
    locate: Callable[[str], str | None] | None = field(default=None, compare=False, repr=False)

    @property
    def where(self) -> str:
        if not self.pointer:
            return ""
        line = self.locate(self.pointer) if self.locate else None
        return f"{line}, {self.pointer}" if line else self.pointer

    def __str__(self) -> str:
        text = "the package" if self.kind == "package" else f"{self.kind} {self.name}"
        return f"{text} at {self.where}" if self.where else text


def template_diagnostic(
    error: BaseException,
    subject: Subject,
    entry_template: str,
    environment: jinja2.Environment,
    context_names: Iterable[str],
) -> Diagnostic:
    """The diagnostic for ``error``, raised while rendering ``entry_template`` for ``subject``."""
    if isinstance(error, jinja2.TemplateSyntaxError):
        file = _shown(error.filename) if error.filename else (error.name or entry_template)
        cause = _cause(error, environment, context_names)
        return Diagnostic(file, f"{cause} (while rendering {subject})", error.lineno)
    frames = [
        frame
        for frame in traceback.extract_tb(error.__traceback__)
        if _TEMPLATE_FRAME.fullmatch(frame.name)
    ]
    cause = _cause(error, environment, context_names)
    if isinstance(error, RecursionError):
        cause = "templates include or extend each other without end"
    if not frames:
        return Diagnostic(entry_template, f"{cause} (while rendering {subject})")
    innermost = frames[-1]
    chain = _chain(frames)
    via = f"; via {chain}" if chain else ""
    message = f"{cause} (while rendering {subject}{via})"
    return Diagnostic(_shown(innermost.filename), message, innermost.lineno)


def _shown(filename: str) -> str:
    return display_path(Path(filename))


def _chain(frames: list[traceback.FrameSummary]) -> str:
    """The other templates on the way, outermost first, without repeating the innermost."""
    seen: list[str] = []
    for frame in frames[:-1]:
        text = f"{_shown(frame.filename)}:{frame.lineno}"
        if frame.filename != frames[-1].filename and text not in seen:
            seen.append(text)
    return ", ".join(seen)


def _cause(
    error: BaseException, environment: jinja2.Environment, context_names: Iterable[str]
) -> str:
    text = error.message if isinstance(error, jinja2.TemplateError) else str(error)
    text = text or type(error).__name__
    if isinstance(error, jinja2.TemplateNotFound):
        return f"template {error.name!r} not found (built-in names start with 'builtin/')"
    if isinstance(error, jinja2.TemplateSyntaxError):
        missing = _NO_FILTER.search(text)
        if missing:
            table = environment.filters if missing["kind"] == "filter" else environment.tests
            return f"{text}{_did_you_mean(missing['name'], table)}"
        if isinstance(error, jinja2.TemplateAssertionError):
            return text
        return f"syntax error: {text}"
    if isinstance(error, jinja2.UndefinedError):
        no_attribute = _NO_ATTRIBUTE.search(text)
        if no_attribute:
            owner = no_attribute["owner"].rsplit(".", 1)[-1]
            cls = MODEL_CLASSES.get(owner)
            if cls is not None:
                known = [f.name for f in dataclasses.fields(cls)] + [
                    name for name, value in vars(cls).items() if isinstance(value, property)
                ]
                name = no_attribute["name"]
                return f"{owner} has no field {name!r}{_did_you_mean(name, known)}"
        undefined = _IS_UNDEFINED.search(text)
        if undefined:
            names = sorted(context_names)
            hint = _did_you_mean(undefined["name"], names)
            return f"{text}{hint}; this template receives: {', '.join(names)}"
        return text
    if isinstance(error, jinja2.TemplateError):
        return text
    return f"{type(error).__name__}: {text}"


def _did_you_mean(name: str, known: Iterable[str]) -> str:
    close = difflib.get_close_matches(name, list(known), n=3)
    return f" (did you mean {' or '.join(repr(c) for c in close)}?)" if close else ""
