"""Stage 1: read spec files (YAML or JSON) into plain data, keeping a way back to lines.

Parsing uses libyaml's C loader when it is installed. Positions are not recorded while
loading (that would slow down every large spec); ``Document.locate`` finds the line and
column of a JSON pointer on demand, by composing the YAML node tree once, only when a
diagnostic needs it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import yaml

from generator.diagnostics import Diagnostic, GeneratorError, parts_from_pointer

try:  # pragma: no cover - depends on how PyYAML was built
    _SafeLoader: type[yaml.SafeLoader] = yaml.CSafeLoader  # type: ignore[assignment]
except AttributeError:  # pragma: no cover
    _SafeLoader = yaml.SafeLoader

MAX_SPEC_BYTES = 64 * 1024 * 1024


@dataclass
class Document:
    """One parsed file of a spec."""

    path: Path
    text: str
    data: Any
    # Set when ``data`` was converted from another format (Swagger 2.0): converted pointer
    # prefix -> pointer in ``text``, so diagnostics still name the line the user wrote.
    pointer_origins: dict[str, str] = field(default_factory=dict, repr=False)
    converted_from: str = ""  # e.g. "Swagger 2.0"; empty when ``data`` is the file as read
    _nodes: yaml.Node | None = field(default=None, repr=False)

    @property
    def display_name(self) -> str:
        return display_path(self.path)

    def locate(self, pointer: str) -> tuple[int, int] | None:
        """1-based (line, column) of the value at ``pointer``, or of its nearest parent."""
        pointer = self.original_pointer(pointer)
        if self._nodes is None:
            try:
                self._nodes = yaml.compose(self.text, Loader=_SafeLoader)
            except yaml.YAMLError:
                return None
        node = self._nodes
        if node is None:
            return None
        for token in parts_from_pointer(pointer):
            child = _child_node(node, token)
            if child is None:
                break
            node = child
        return node.start_mark.line + 1, node.start_mark.column + 1

    def original_pointer(self, pointer: str) -> str:
        """``pointer`` in the text as written (differs only for converted documents)."""
        if not self.pointer_origins:
            return pointer
        prefix = pointer
        while prefix:
            if prefix in self.pointer_origins:
                return self.pointer_origins[prefix] + pointer[len(prefix) :]
            prefix = prefix.rpartition("/")[0]
        return pointer

    def diagnostic(self, message: str, pointer: str) -> Diagnostic:
        position = self.locate(pointer)
        line, column = position if position else (None, None)
        return Diagnostic(self.display_name, message, line, column, self.original_pointer(pointer))


def _child_node(node: yaml.Node, token: str) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if isinstance(key, yaml.ScalarNode) and key.value == token:
                return value  # type: ignore[no-any-return]
        return None
    if isinstance(node, yaml.SequenceNode) and token.isdigit():
        index = int(token)
        return node.value[index] if index < len(node.value) else None
    return None


def display_path(path: Path) -> str:
    """A path as the user would type it: relative to the working folder when inside it."""
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def load_document(path: Path) -> Document:
    """Read and parse one file; every failure is a ``GeneratorError`` naming the file."""
    shown = display_path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise GeneratorError([Diagnostic(shown, "file not found")]) from None
    except IsADirectoryError:
        raise GeneratorError([Diagnostic(shown, "is a folder, not a spec file")]) from None
    except OSError as error:
        raise GeneratorError([Diagnostic(shown, f"cannot read: {error.strerror}")]) from None
    if len(raw) > MAX_SPEC_BYTES:
        message = f"file is {len(raw)} bytes; the limit is {MAX_SPEC_BYTES}"
        raise GeneratorError([Diagnostic(shown, message)])
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        message = f"not UTF-8 text (byte {error.start} cannot be decoded)"
        raise GeneratorError([Diagnostic(shown, message)]) from None
    if not text.strip():
        raise GeneratorError([Diagnostic(shown, "file is empty")])
    data = _parse(text, path, shown)
    if not isinstance(data, dict):
        kind = type(data).__name__
        raise GeneratorError(
            [Diagnostic(shown, f"expected a mapping at the top, found {kind}", 1, 1)]
        )
    return Document(path=path.resolve(), text=text, data=data)


def _parse(text: str, path: Path, shown: str) -> Any:
    if path.suffix.lower() == ".json" or text.lstrip().startswith("{"):
        try:
            return json.loads(text)
        except json.JSONDecodeError as error:
            if path.suffix.lower() == ".json":
                raise GeneratorError(
                    [Diagnostic(shown, f"invalid JSON: {error.msg}", error.lineno, error.colno)]
                ) from None
            # Not JSON after all: flow-style YAML also starts with "{".
    try:
        return yaml.load(text, Loader=_SafeLoader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else None
        column = mark.column + 1 if mark else None
        problem = error.problem or error.context or "syntax error"
        raise GeneratorError(
            [Diagnostic(shown, f"invalid YAML: {problem}", line, column)]
        ) from None
    except yaml.YAMLError as error:
        raise GeneratorError([Diagnostic(shown, f"invalid YAML: {error}")]) from None
    except RecursionError:
        raise GeneratorError([Diagnostic(shown, "invalid YAML: nested too deeply")]) from None


@dataclass
class SpecSource:
    """The root document and every file it refers to, loaded on first use."""

    root: Document
    documents: dict[Path, Document] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.documents.setdefault(self.root.path, self.root)

    def document(self, path: Path) -> Document:
        path = path.resolve()
        if path not in self.documents:
            self.documents[path] = load_document(path)
        return self.documents[path]

    def resolve_ref(self, ref: str, base: Document, at: str) -> tuple[Document, str, Any]:
        """Follow one ``$ref`` written in ``base`` at pointer ``at``."""
        parts = urlsplit(ref)
        if parts.scheme in ("http", "https"):
            raise GeneratorError(
                [base.diagnostic(f"remote $ref {ref!r} is not fetched; save it locally", at)]
            )
        if parts.scheme not in ("", "file"):
            raise GeneratorError([base.diagnostic(f"unsupported $ref {ref!r}", at)])
        target = base
        if parts.path:
            file_path = (base.path.parent / unquote(parts.path)).resolve()
            try:
                target = self.document(file_path)
            except GeneratorError as error:
                detail = error.diagnostics[0].message
                raise GeneratorError([base.diagnostic(f"$ref {ref!r}: {detail}", at)]) from None
        pointer = unquote(parts.fragment)
        value: Any = target.data
        try:
            for token in parts_from_pointer(pointer):
                if isinstance(value, list):
                    value = value[int(token)]
                else:
                    value = value[token]
        except (KeyError, IndexError, ValueError, TypeError):
            raise GeneratorError([base.diagnostic(f"$ref {ref!r} points to nothing", at)]) from None
        return target, pointer, value
