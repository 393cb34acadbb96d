"""Stage 1: read spec files (YAML or JSON) into plain data, keeping a way back to lines.

Parsing uses libyaml's C loader when it is installed. Positions are not recorded while
loading (that would slow down every large spec); ``Document.locate`` finds the line and
column of a JSON pointer on demand, by composing the YAML node tree once, only when a
diagnostic needs it.

A spec is untrusted input, so loading is bounded (docs/security.md states the limits):
only safe YAML (plain data, no Python objects), at most ``MAX_SPEC_BYTES`` per file, at
most ``MAX_NESTING`` levels of mappings and lists, at most ``MAX_ALIAS_EXPANSION`` nodes
added by YAML aliases (an "alias bomb" is refused before anything walks it), no alias that
contains itself. Remote ``$ref``s are never fetched unless the user allows it
(``RefPolicy``); a URL prefix can be mapped to a local folder instead.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urljoin, urlsplit

import yaml

from generator.config import RefPolicy, parse_ref_map
from generator.diagnostics import (
    Diagnostic,
    GeneratorError,
    display_path,
    parts_from_pointer,
    pointer_from_parts,
)

# Defined with the run's settings (generator.config), which must not load YAML; kept
# importable from here, where they are used.
__all__ = ["RefPolicy", "display_path", "parse_ref_map"]

try:  # pragma: no cover - depends on how PyYAML was built
    _SafeLoader: type[yaml.SafeLoader] = yaml.CSafeLoader  # type: ignore[assignment]
except AttributeError:  # pragma: no cover
    _SafeLoader = yaml.SafeLoader

MAX_SPEC_BYTES = 32 * 1024 * 1024  # per file; the largest public specs are under 10 MB
MAX_NESTING = 200  # mappings/lists inside each other: ~100 nested schemas
MAX_ALIAS_EXPANSION = 1_000_000  # nodes that YAML aliases may add to a file
MAX_REF_CHAIN = 64  # $refs that point straight at another $ref, one after the other
REMOTE_TIMEOUT_SECONDS = 30
# File types a local $ref may read: a spec must not make the generator read ~/.ssh/id_rsa.
SPEC_SUFFIXES = (".yaml", ".yml", ".json")


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
    ref_policy: RefPolicy = field(default_factory=RefPolicy, repr=False)
    url: str = ""  # set for a document fetched from the network; ``path`` is then a stand-in
    _nodes: yaml.Node | None = field(default=None, repr=False)
    _unlocatable: bool = field(default=False, repr=False)

    @property
    def display_name(self) -> str:
        return self.url or display_path(self.path)

    def locate(self, pointer: str) -> tuple[int, int] | None:
        """1-based (line, column) of the value at ``pointer``, or of its nearest parent."""
        pointer = self.original_pointer(pointer)
        if self._nodes is None and not self._unlocatable:
            try:
                self._nodes = yaml.compose(self.text, Loader=_SafeLoader)
            except yaml.YAMLError:
                # Some JSON is not YAML (e.g. surrogate-pair escapes such as "\ud83d"):
                # remembered, so that many diagnostics do not parse a large file again each.
                self._unlocatable = True
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


def load_document(path: Path, ref_policy: RefPolicy | None = None) -> Document:
    """Read and parse one file; every failure is a ``GeneratorError`` naming the file."""
    shown = display_path(path)
    try:
        with path.open("rb") as stream:
            raw = stream.read(MAX_SPEC_BYTES + 1)  # never more than the limit into memory
    except FileNotFoundError:
        raise GeneratorError([Diagnostic(shown, "file not found")]) from None
    except IsADirectoryError:
        raise GeneratorError([Diagnostic(shown, "is a folder, not a spec file")]) from None
    except OSError as error:
        raise GeneratorError([Diagnostic(shown, f"cannot read: {error.strerror}")]) from None
    data, text = parse_bytes(raw, shown, json_hint=path.suffix.lower() == ".json")
    return Document(path=path.resolve(), text=text, data=data, ref_policy=ref_policy or RefPolicy())


def parse_bytes(raw: bytes, shown: str, *, json_hint: bool) -> tuple[dict[str, Any], str]:
    """The data and text of one spec file's bytes, within the limits above."""
    if len(raw) > MAX_SPEC_BYTES:
        message = f"file is larger than {MAX_SPEC_BYTES // (1024 * 1024)} MiB, the limit for a spec"
        raise GeneratorError([Diagnostic(shown, message)])
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        message = f"not UTF-8 text (byte {error.start} cannot be decoded)"
        raise GeneratorError([Diagnostic(shown, message)]) from None
    if not text.strip():
        raise GeneratorError([Diagnostic(shown, "file is empty")])
    data = _parse(text, shown, json_hint)
    if not isinstance(data, dict):
        kind = _KINDS.get(type(data).__name__, type(data).__name__)
        raise GeneratorError(
            [Diagnostic(shown, f"expected a mapping at the top, found {kind}", 1, 1)]
        )
    _check_nesting(data, text, shown)
    return data, text


_KINDS = {
    "list": "a list",
    "str": "text",
    "NoneType": "nothing (null)",
    "int": "a number",
    "float": "a number",
    "bool": "true/false",
    "date": "a date",
    "datetime": "a date",
}


def _parse(text: str, shown: str, json_hint: bool) -> Any:
    if json_hint or text.lstrip().startswith("{"):
        try:
            return json.loads(text)
        except json.JSONDecodeError as error:
            if json_hint:
                raise GeneratorError(
                    [Diagnostic(shown, f"invalid JSON: {error.msg}", error.lineno, error.colno)]
                ) from None
            # Not JSON after all: flow-style YAML also starts with "{".
        except RecursionError:
            message = f"nested more than {MAX_NESTING} levels deep, the limit for a spec"
            line, column = _json_too_deep_at(text)
            raise GeneratorError([Diagnostic(shown, message, line, column)]) from None
    try:
        _check_aliases(text, shown)
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
        message = f"nested more than {MAX_NESTING} levels deep, the limit for a spec"
        raise GeneratorError([Diagnostic(shown, message)]) from None


def _json_too_deep_at(text: str) -> tuple[int | None, int | None]:
    """1-based line and column of the first bracket nested deeper than ``MAX_NESTING``."""
    depth, in_string, escaped, line, line_start = 0, False, False, 1, 0
    for offset, char in enumerate(text):
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            if depth > MAX_NESTING:
                return line, offset - line_start + 1
        elif char in "]}":
            depth -= 1
        if char == "\n":
            line, line_start = line + 1, offset + 1
    return None, None


# An anchor (&name) where YAML allows one; a text without any cannot hold an alias.
_MAY_HAVE_ANCHORS = re.compile(r"(?:^|[\s\[{,:-])&[^\s]", re.M)


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.MappingNode):
        return [item for pair in node.value for item in pair]
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    return []


def _check_aliases(text: str, shown: str) -> None:
    """Refuse YAML whose aliases would expand it by more than ``MAX_ALIAS_EXPANSION`` nodes,
    or that contains itself, before anything walks the loaded data.

    An alias is the same node object as its anchor, so the expanded size is computed once
    per distinct node (linear in the file), not by expanding.
    """
    if not _MAY_HAVE_ANCHORS.search(text):
        return
    root = yaml.compose(text, Loader=_SafeLoader)
    if root is None:
        return
    sizes: dict[int, int] = {}
    on_path: set[int] = set()
    too_big: yaml.Node | None = None
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, finished = stack.pop()
        key = id(node)
        if finished:
            on_path.discard(key)
            sizes[key] = 1 + sum(sizes[id(child)] for child in _children(node))
            if too_big is None and sizes[key] > MAX_ALIAS_EXPANSION:
                too_big = node
            continue
        if key in sizes:
            continue
        if key in on_path:
            mark = node.start_mark
            message = "invalid YAML: an alias refers to a node that contains it (a cycle)"
            raise GeneratorError([Diagnostic(shown, message, mark.line + 1, mark.column + 1)])
        on_path.add(key)
        stack.append((node, True))
        stack.extend((child, False) for child in _children(node) if id(child) not in sizes)
    if sizes[id(root)] - len(sizes) > MAX_ALIAS_EXPANSION and too_big is not None:
        mark = too_big.start_mark
        message = (
            f"YAML aliases expand this file by more than {MAX_ALIAS_EXPANSION:,} nodes "
            "(an alias bomb?); the limit keeps generation bounded"
        )
        raise GeneratorError([Diagnostic(shown, message, mark.line + 1, mark.column + 1)])


def _stringify_keys(mapping: dict[Any, Any]) -> None:
    """JSON (and so OpenAPI) keys are text; YAML reads ``200:`` as a number. Make it "200"."""
    items = list(mapping.items())
    mapping.clear()
    for key, value in items:
        if isinstance(key, bool) or key is None:
            key = json.dumps(key)
        elif not isinstance(key, str):
            key = key.isoformat() if hasattr(key, "isoformat") else str(key)
        mapping[key] = value


def _check_nesting(data: dict[str, Any], text: str, shown: str) -> None:
    """Refuse data nested deeper than ``MAX_NESTING`` (later stages recurse over schemas);
    on the way, turn non-text mapping keys into text."""
    # (value, depth, index of the parent entry, key in the parent)
    entries: list[tuple[Any, int, int, str | int]] = [(data, 1, -1, "")]
    stack = [0]
    while stack:
        index = stack.pop()
        value, depth, _, _ = entries[index]
        if depth > MAX_NESTING:
            parts: list[str | int] = []
            while index > 0:
                _, _, parent, key = entries[index]
                parts.append(key)
                index = parent
            pointer = pointer_from_parts(reversed(parts))
            document = Document(Path(shown), text, data)
            message = f"nested more than {MAX_NESTING} levels deep, the limit for a spec"
            diagnostic = document.diagnostic(message, pointer)
            tokens = pointer.split("/")
            pointer = "/".join(tokens[:9]) + "/..." if len(tokens) > 9 else pointer
            raise GeneratorError(
                [Diagnostic(shown, message, diagnostic.line, diagnostic.column, pointer)]
            )
        if isinstance(value, dict) and not all(isinstance(key, str) for key in value):
            _stringify_keys(value)
        items = value.items() if isinstance(value, dict) else enumerate(value)
        for key, child in items:
            if isinstance(child, (dict, list)):
                entries.append((child, depth + 1, index, key))
                stack.append(len(entries) - 1)


@dataclass
class SpecSource:
    """The root document and every file it refers to, loaded on first use."""

    root: Document
    documents: dict[Path, Document] = field(default_factory=dict)
    remote: dict[str, Document] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.documents.setdefault(self.root.path, self.root)

    @property
    def policy(self) -> RefPolicy:
        return self.root.ref_policy

    def document(self, path: Path) -> Document:
        path = path.resolve()
        if path not in self.documents:
            if path.suffix.lower() not in SPEC_SUFFIXES:
                kinds = ", ".join(SPEC_SUFFIXES)
                raise GeneratorError(
                    [Diagnostic(display_path(path), f"not a spec file (only {kinds} are read)")]
                )
            self.documents[path] = load_document(path, self.policy)
        return self.documents[path]

    def url_document(self, url: str) -> Document:
        """The document at an http(s) URL: its mapped local copy, or (if allowed) fetched."""
        mapped = self.policy.mapped_path(url)
        if mapped is not None:
            try:
                return self.document(mapped)
            except GeneratorError as error:
                detail = error.diagnostics[0]
                raise GeneratorError(
                    [
                        Diagnostic(
                            detail.file,
                            f"{detail.message} (--ref-map copy of {url})",
                            detail.line,
                            detail.column,
                        )
                    ]
                ) from None
        if not self.policy.allow_remote:
            origin = f"{urlsplit(url).scheme}://{urlsplit(url).netloc}/"
            message = (
                f"remote $ref to {url} is not fetched; save a copy and pass "
                f"--ref-map {origin}=DIR, or pass --allow-remote-refs"
            )
            raise GeneratorError([Diagnostic(url, message)])
        if url not in self.remote:
            from generator.fetch import fetch_url  # only with --allow-remote-refs

            raw = fetch_url(url)
            data, text = parse_bytes(raw, url, json_hint=urlsplit(url).path.endswith(".json"))
            # A stand-in path: stable, unique per URL, never read from or written to.
            stand_in = Path("/remote-ref") / hashlib.sha256(url.encode()).hexdigest()[:16]
            self.remote[url] = Document(stand_in, text, data, ref_policy=self.policy, url=url)
        return self.remote[url]

    def resolve_ref(self, ref: str, base: Document, at: str) -> tuple[Document, str, Any]:
        """Follow one ``$ref`` written in ``base`` at pointer ``at``."""
        parts = urlsplit(ref)
        if base.url and not parts.scheme and parts.path:
            parts = urlsplit(urljoin(base.url, ref))  # relative to the remote document
        target = base
        try:
            if parts.scheme in ("http", "https"):
                target = self.url_document(parts._replace(fragment="").geturl())
            elif parts.scheme not in ("", "file"):
                raise GeneratorError([Diagnostic(base.display_name, f"unsupported $ref {ref!r}")])
            elif parts.path:
                target = self.document((base.path.parent / unquote(parts.path)).resolve())
        except GeneratorError as error:
            detail = error.diagnostics[0].message
            if detail.startswith(("remote $ref", "unsupported $ref")):
                message = detail
            else:
                message = f"$ref {ref!r}: {detail}"
            raise GeneratorError([base.diagnostic(message, at)]) from None
        fragment = unquote(parts.fragment)
        found = _follow_fragment(target.data, fragment)
        if found is None:
            raise GeneratorError([base.diagnostic(f"$ref {ref!r} points to nothing", at)])
        pointer, value = found
        return target, pointer, value


def _follow_fragment(data: Any, fragment: str) -> tuple[str, Any] | None:
    """(JSON pointer, value) named by a fragment: a JSON pointer, or a plain name declared by
    ``$anchor``, ``$id``/``id`` ending in ``#name`` (as JSON Schema allows, and as Square's
    ``common.json#squareup.common.String`` uses)."""
    if fragment == "" or fragment.startswith("/"):
        value: Any = data
        try:
            for token in parts_from_pointer(fragment):
                value = value[int(token)] if isinstance(value, list) else value[token]
        except (KeyError, IndexError, ValueError, TypeError):
            return None
        return fragment, value
    stack: list[tuple[Any, list[str | int]]] = [(data, [])]
    while stack:
        node, where = stack.pop()
        if isinstance(node, dict):
            names = (node.get("$anchor"), node.get("$id"), node.get("id"))
            if any(
                isinstance(n, str) and (n == fragment or n.endswith("#" + fragment)) for n in names
            ):
                return pointer_from_parts(where), node
            stack.extend((child, [*where, key]) for key, child in node.items())
        elif isinstance(node, list):
            stack.extend((child, [*where, index]) for index, child in enumerate(node))
    if isinstance(data, dict) and fragment in data:  # "file.json#Name" meaning a top-level key
        return pointer_from_parts([fragment]), data[fragment]
    return None
