"""Stage 1: read spec files (YAML or JSON) into plain data, keeping a way back to lines.

YAML is read as YAML 1.2 (core schema) with libyaml's C parser (``generator/spec/yaml12.py``);
JSON with the standard library. A key written twice in one mapping is an error at the
repetition, in both. Positions are not recorded while loading (that would slow down every
large spec); ``Document.locate`` finds the line and column of a JSON pointer on demand,
only when a diagnostic needs it: in JSON with JSON's grammar (``generator/spec/jsonpos.py``), in
YAML by composing the node tree once. Lines are counted by ``\n`` only, in both.

In a split spec, ``external_schema_names`` gives each schema defined in another file the
name it has there, for the model to use instead of a name taken from where it is used. When
the root was Swagger 2.0, every other file is converted too (``generator/spec/swagger2.py``).

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
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import quote, unquote, urljoin, urlsplit

import yaml

from generator.shared.diagnostics import (
    Diagnostic,
    GeneratorError,
    display_path,
    parts_from_pointer,
    pointer_from_parts,
)
from generator.shared.options import RefPolicy
from generator.spec.jsonpos import JsonIndex, LineIndex, duplicate_keys
from generator.spec.limits import (
    MAX_ALIAS_EXPANSION,
    MAX_NESTING,
    MAX_REF_CHAIN,
    MAX_SPEC_BYTES,
)
from generator.spec.yaml12 import USES_LIBYAML, SpecLoader, protect_breaks, restore_breaks

# Defined in neutral homes (generator.shared), kept importable from here, where they are used.
__all__ = ["RefPolicy", "display_path"]

# libyaml reports a bad character by its byte offset in UTF-8; the Python parser by index.
_OFFSETS_IN_BYTES = USES_LIBYAML

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
    # Other files that ``data`` was made from (a converted split spec inlines some parts).
    inputs: tuple[Path, ...] = field(default=(), repr=False)
    # Set when overlays patched ``data`` (generator/spec/overlay.py), keyed by pointers in
    # ``data`` as patched (before any conversion): the overlay document and pointer that
    # wrote a value, and the pointer in ``text`` of a value that moved (an array entry
    # before it was removed), so diagnostics name the line that made the node.
    overlay_written: dict[str, tuple[Document, str]] = field(default_factory=dict, repr=False)
    overlay_moved: dict[str, str] = field(default_factory=dict, repr=False)
    # (overlay file, SHA-256 of its text), in the order they were applied.
    overlays: tuple[tuple[Path, str], ...] = field(default=(), repr=False)
    _nodes: yaml.Node | None = field(default=None, repr=False)
    _json: JsonIndex | None = field(default=None, repr=False)
    _not_json: bool = field(default=False, repr=False)  # starts like JSON but is YAML
    _not_yaml: bool = field(default=False, repr=False)  # remembered: composing is slow
    _lines: LineIndex | None = field(default=None, repr=False)
    _key_table: dict[int, str] = field(default_factory=dict, repr=False)  # protect_breaks

    @property
    def display_name(self) -> str:
        return self.url or display_path(self.path)

    def locate(self, pointer: str) -> tuple[int, int] | None:
        """1-based (line, column) in ``text`` of the value at ``pointer``, or of its nearest
        parent (``place`` also knows the values an overlay wrote)."""
        parts = parts_from_pointer(self.original_pointer(pointer))
        if self._json is None and not self._not_json and _looks_like_json(self.text):
            self._json = JsonIndex(self.text)
        if self._json is not None:
            try:
                return self.position(self._json.offset(parts))
            except ValueError:  # flow-style YAML that starts with "{"
                self._json, self._not_json = None, True
        if self._nodes is None and not self._not_yaml:
            text, stand_ins = protect_breaks(self.text)
            self._key_table = str.maketrans({char: alias for alias, char in stand_ins.items()})
            try:
                self._nodes = yaml.compose(text, Loader=SpecLoader)
            except yaml.YAMLError:
                self._not_yaml = True
        node = self._nodes
        if node is None:
            return None
        for token in parts:
            child = _child_node(node, token.translate(self._key_table))
            if child is None:
                break
            node = child
        return self.position(node.start_mark.index)

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a character offset in ``text``."""
        if self._lines is None:
            self._lines = LineIndex(self.text)
        return self._lines.position(offset)

    def data_pointer(self, pointer: str) -> str:
        """``pointer`` in the data before conversion (differs only for converted documents)."""
        return _through_prefixes(self.pointer_origins, pointer)

    def original_pointer(self, pointer: str) -> str:
        """``pointer`` in the text as written (differs for converted documents, and after an
        overlay removed an array entry before the value)."""
        return _through_prefixes(self.overlay_moved, self.data_pointer(pointer))

    def written_by(self, pointer: str) -> tuple[Document, str] | None:
        """The overlay document and the pointer in it that wrote the value at ``pointer``."""
        prefix = self.data_pointer(pointer)
        full = prefix
        while True:
            found = self.overlay_written.get(prefix)
            if found is not None:
                return found[0], found[1] + full[len(prefix) :]
            if not prefix:
                return None
            prefix = prefix.rpartition("/")[0]

    def place(self, pointer: str) -> tuple[str, tuple[int, int] | None]:
        """The file (as shown) and 1-based (line, column) where the value at ``pointer``
        was written: in the spec, or in the overlay that wrote it."""
        written = self.written_by(pointer) if self.overlay_written else None
        if written is not None:
            overlay, at = written
            return overlay.display_name, overlay.locate(at)
        return self.display_name, self.locate(pointer)

    def diagnostic(self, message: str, pointer: str) -> Diagnostic:
        shown, position = self.place(pointer)
        line, column = position if position else (None, None)
        return Diagnostic(shown, message, line, column, self.data_pointer(pointer))


def _through_prefixes(mapping: dict[str, str], pointer: str) -> str:
    """``pointer`` with its longest prefix (whole tokens) that ``mapping`` has replaced."""
    if not mapping:
        return pointer
    prefix = pointer
    while prefix:
        if prefix in mapping:
            return mapping[prefix] + pointer[len(prefix) :]
        prefix = prefix.rpartition("/")[0]
    return pointer


def _looks_like_json(text: str) -> bool:
    return text.lstrip(" \t\r\n").startswith(("{", "["))


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
        before = raw[: error.start].decode("utf-8-sig", errors="replace")
        line, column = LineIndex(before).position(len(before))
        message = f"not UTF-8 text (byte {error.start} cannot be decoded)"
        raise GeneratorError([Diagnostic(shown, message, line, column)]) from None
    if not text.strip():
        raise GeneratorError([Diagnostic(shown, "file is empty", 1, 1)])
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
        repeated: list[bool] = []

        def strict_object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
            # One call per object (json.loads of Square's 3 MB spec: 17 -> 23 ms); where
            # the repeated keys are is found only when there are some.
            result = dict(pairs)
            if len(result) != len(pairs):
                repeated.append(True)
            return result

        try:
            data = json.loads(text, object_pairs_hook=strict_object)
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
        else:
            if repeated:
                lines = LineIndex(text)
                found = [
                    (lines.position(second), key, lines.position(first)[0])
                    for key, first, second in duplicate_keys(text)
                ]
                raise GeneratorError(_duplicates(shown, "JSON", found))
            return data
    # Line numbers are needed only to report a fault: counted then, not on every load.
    yaml_text, stand_ins = protect_breaks(text)
    try:
        _check_aliases(yaml_text, shown)
        loader = SpecLoader(yaml_text)
        try:
            data = restore_breaks(loader.get_single_data(), stand_ins)
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line, column = LineIndex(text).position(mark.index) if mark else (None, None)
        problem = error.problem or error.context or "syntax error"
        raise GeneratorError(
            [Diagnostic(shown, f"invalid YAML: {problem}", line, column)]
        ) from None
    except yaml.reader.ReaderError as error:
        offset = error.position
        if _OFFSETS_IN_BYTES:
            offset = len(text.encode("utf-8")[:offset].decode("utf-8", errors="ignore"))
        line, column = LineIndex(text).position(offset)
        message = f"invalid YAML: {error.reason} (character #x{error.character:04x})"
        raise GeneratorError([Diagnostic(shown, message, line, column)]) from None
    except yaml.YAMLError as error:
        raise GeneratorError([Diagnostic(shown, f"invalid YAML: {error}")]) from None
    except RecursionError:
        message = f"nested more than {MAX_NESTING} levels deep, the limit for a spec"
        line, column = _yaml_too_deep_at(text, LineIndex(text))
        raise GeneratorError([Diagnostic(shown, message, line, column)]) from None
    if loader.duplicates:
        lines = LineIndex(text)
        found = [
            (lines.position(second.index), key, lines.position(first.index)[0])
            for key, first, second in loader.duplicates
        ]
        raise GeneratorError(_duplicates(shown, "YAML", found))
    return data


def _duplicates(
    shown: str, syntax: str, found: list[tuple[tuple[int, int], str, int]]
) -> list[Diagnostic]:
    """One diagnostic per repeated key, at the repetition, in text order."""
    return [
        Diagnostic(
            shown,
            f"invalid {syntax}: duplicate key {key!r} (the first is on line {first_line})",
            line,
            column,
        )
        for (line, column), key, first_line in sorted(found)
    ]


def _yaml_too_deep_at(text: str, lines: LineIndex) -> tuple[int | None, int | None]:
    """1-based line and column of the first collection nested deeper than ``MAX_NESTING``:
    parse events come one at a time, so finding it needs no recursion."""
    depth = 0
    try:
        for event in yaml.parse(text, Loader=SpecLoader):
            if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                depth += 1
                if depth > MAX_NESTING:
                    return (
                        lines.position(event.start_mark.index) if event.start_mark else (None, None)
                    )
            elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                depth -= 1
    except yaml.YAMLError:
        pass
    return None, None


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
    root = yaml.compose(text, Loader=SpecLoader)
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
            raise GeneratorError(
                [Diagnostic(shown, message, *LineIndex(text).position(mark.index))]
            )
        on_path.add(key)
        stack.append((node, True))
        stack.extend((child, False) for child in _children(node) if id(child) not in sizes)
    if sizes[id(root)] - len(sizes) > MAX_ALIAS_EXPANSION and too_big is not None:
        mark = too_big.start_mark
        message = (
            f"YAML aliases expand this file by more than {MAX_ALIAS_EXPANSION:,} nodes "
            "(an alias bomb?); the limit keeps generation bounded"
        )
        raise GeneratorError([Diagnostic(shown, message, *LineIndex(text).position(mark.index))])


def _check_nesting(data: dict[str, Any], text: str, shown: str) -> None:
    """Refuse data nested deeper than ``MAX_NESTING`` (later stages recurse over schemas)."""
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
    # A $ref in another file as made absolute -> as written there, for messages.
    written_refs: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.documents.setdefault(self.root.path, self.root)
        for path in self.root.inputs:  # so that the run lists every file it read
            self.document(path)

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
            document = load_document(path, self.policy)
            self.written_refs.update(_make_refs_absolute(document))
            self.documents[path] = self._converted(document)
        return self.documents[path]

    def _converted(self, document: Document) -> Document:
        """Another file, in the format the root was converted to (split Swagger 2.0)."""
        if self.root.converted_from != "Swagger 2.0":
            return document
        from generator.spec.swagger2 import convert_external  # imports this module

        return convert_external(document)

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
            from generator.spec.fetch import fetch_url  # only with --allow-remote-refs

            raw = fetch_url(url)
            data, text = parse_bytes(raw, url, json_hint=urlsplit(url).path.endswith(".json"))
            # A stand-in path: stable, unique per URL, never read from or written to.
            stand_in = Path("/remote-ref") / hashlib.sha256(url.encode()).hexdigest()[:16]
            document = Document(stand_in, text, data, ref_policy=self.policy, url=url)
            self.written_refs.update(_make_refs_absolute(document))
            self.remote[url] = self._converted(document)
        return self.remote[url]

    def resolve_ref(self, ref: str, base: Document, at: str) -> tuple[Document, str, Any]:
        """Follow one ``$ref`` written in ``base`` at pointer ``at``."""
        shown = self.written_refs.get(ref, ref)
        target = base
        try:
            parts = urlsplit(ref)
            if base.url and not parts.scheme and parts.path:
                parts = urlsplit(urljoin(base.url, ref))  # relative to the remote document
            if "\0" in ref:
                raise ValueError("a NUL character")
            if parts.scheme in ("http", "https"):
                target = self.url_document(parts._replace(fragment="").geturl())
            elif parts.scheme not in ("", "file"):
                raise GeneratorError([Diagnostic(base.display_name, f"unsupported $ref {shown!r}")])
            elif parts.path:
                target = self.document((base.path.parent / unquote(parts.path)).resolve())
        except GeneratorError as error:
            detail = error.diagnostics[0].message
            if detail.startswith(("remote $ref", "unsupported $ref")):
                message = detail
            else:
                message = f"$ref {shown!r}: {detail}"
            raise GeneratorError([base.diagnostic(message, at)]) from None
        except ValueError as error:  # e.g. "http://[::1/x": not a URL at all
            message = f"$ref {shown!r} is not a valid reference ({error})"
            raise GeneratorError([base.diagnostic(message, at)]) from None
        fragment = unquote(parts.fragment)
        found = _follow_fragment(target.data, fragment)
        if found is None:
            raise GeneratorError([base.diagnostic(f"$ref {shown!r} points to nothing", at)])
        pointer, value = found
        return target, pointer, value


# A ``$ref`` whose value does not start with "#": the spec is split over several files.
_EXTERNAL_REF = re.compile(r"""\$ref['"]?[ \t]*:[ \t]*['"]?[^#'"\s]""")
# Where a ``$ref`` names a schema: the key holding it, or the key of the map or list around.
_SCHEMA_KEYS = frozenset(
    {
        "schema",
        "items",
        "additionalProperties",
        "not",
        "additionalItems",
        "contains",
        "propertyNames",
        "if",
        "then",
        "else",
        "unevaluatedItems",
        "unevaluatedProperties",
        "contentSchema",
    }
)
_SCHEMA_MAPS = frozenset(
    {"schemas", "properties", "patternProperties", "$defs", "definitions", "dependentSchemas"}
)
_SCHEMA_LISTS = frozenset({"allOf", "oneOf", "anyOf", "prefixItems"})


def _names_a_schema(where: list[str | int]) -> bool:
    """Whether a ``$ref`` in the object at ``where`` refers to a schema."""
    if not where:
        return False
    if where[-1] in _SCHEMA_KEYS:
        return True
    if len(where) < 2:
        return False
    return where[-2] in _SCHEMA_MAPS or (where[-2] in _SCHEMA_LISTS and isinstance(where[-1], int))


def is_example_data(where: list[str | int], key: Any, child: Any) -> bool:
    """Example values are data: a ``$ref`` key inside one is no reference (Square's 2025
    spec shows JSON schemas with remote ``$ref``s in webhook examples). As the validator
    reads them too (generator/spec/validate.py)."""
    if key == "example" or (key == "examples" and isinstance(child, list)):
        return True
    return key == "value" and len(where) >= 2 and where[-2] == "examples"


def _make_refs_absolute(document: Document) -> dict[str, str]:
    """Rewrite every ``$ref`` of a file other than the root to name its target absolutely
    (a file path or URL, and the fragment): a path item, parameter or response of another
    file is read where the root uses it, so its references must lead to the same place
    whichever document they are followed from. Returns absolute -> as written."""
    written: dict[str, str] = {}
    stack: list[tuple[Any, list[str | int]]] = [(document.data, [])]
    while stack:
        node, where = stack.pop()
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str):
                absolute = _absolute_ref(ref, document)
                if absolute != ref:
                    node["$ref"] = absolute
                    written[absolute] = ref
            stack.extend(
                (child, [*where, key])
                for key, child in node.items()
                if not is_example_data(where, key, child)
            )
        elif isinstance(node, list):
            stack.extend((child, [*where, index]) for index, child in enumerate(node))
    return written


def _absolute_ref(ref: str, document: Document) -> str:
    try:
        parts = urlsplit(ref)
        if parts.scheme or "\0" in ref:
            return ref  # already absolute, or refused where it is followed
        if document.url:
            return urljoin(document.url, ref)
        file_part, hash_sign, fragment = ref.partition("#")
        target = (
            (document.path.parent / unquote(file_part)).resolve() if file_part else document.path
        )
        return quote(target.as_posix()) + hash_sign + fragment
    except ValueError:
        return ref  # refused, with its location, where it is followed


def external_schema_names(source: SpecSource) -> list[tuple[tuple[str, str], str]]:
    """The schemas that ``$ref``s reach in files other than the root, each with the name it
    has where it is defined: the last token of its pointer (``pets.yaml#/Pet``,
    ``common.yaml#/components/schemas/Pet``), or the file's stem when the whole file is the
    schema. Keyed by (file path, pointer) and sorted by name, so the model can claim them
    right after the root's component names, in an order that does not depend on use sites.

    References that cannot be followed are left to the stages that report them.
    """
    root = source.root
    if not _EXTERNAL_REF.search(root.text):
        return []  # one-file specs (nearly all of the large ones) skip the walk
    names: dict[tuple[str, str], str] = {}
    walked: set[tuple[str, str]] = set()
    pending: list[tuple[Document, str, Any]] = [(root, "", root.data)]
    while pending:
        document, pointer, value = pending.pop()
        if (str(document.path), pointer) in walked:
            continue
        walked.add((str(document.path), pointer))
        stack: list[tuple[Any, list[str | int]]] = [(value, list(parts_from_pointer(pointer)))]
        while stack:
            node, where = stack.pop()
            if isinstance(node, dict):
                ref = node.get("$ref")
                # The root is walked whole: its own "#/..." references need no following.
                if isinstance(ref, str) and (document is not root or not ref.startswith("#")):
                    at = pointer_from_parts([*where, "$ref"])
                    found = _final_target(source, document, ref, at)
                    if found is not None and found[0] is not root:
                        pending.append(found)
                        if _names_a_schema(where):
                            target, target_pointer, _ = found
                            names.setdefault(
                                (str(target.path), target_pointer),
                                _defined_name(target, target_pointer),
                            )
                stack.extend(
                    (child, [*where, key])
                    for key, child in node.items()
                    if not is_example_data(where, key, child)
                )
            elif isinstance(node, list):
                stack.extend((child, [*where, index]) for index, child in enumerate(node))
    return sorted(names.items(), key=lambda item: (item[1], item[0]))


def _final_target(
    source: SpecSource, document: Document, ref: str, at: str
) -> tuple[Document, str, Any] | None:
    """Where ``ref`` (written in ``document`` at ``at``) leads, through chains of ``$ref``s."""
    seen: set[tuple[str, str]] = set()
    try:
        while True:
            document, pointer, value = source.resolve_ref(ref, document, at)
            location = (str(document.path), pointer)
            if location in seen or len(seen) > MAX_REF_CHAIN:
                return None
            seen.add(location)
            if not (isinstance(value, dict) and isinstance(value.get("$ref"), str)):
                return document, pointer, value
            ref, at = value["$ref"], pointer + "/$ref"
    except GeneratorError:
        return None


def _defined_name(document: Document, pointer: str) -> str:
    """A schema's own name: its key, or its file's stem when it is the whole file."""
    parts = parts_from_pointer(pointer)
    if parts:
        return parts[-1]
    file_path = PurePosixPath(urlsplit(document.url).path) if document.url else document.path
    return file_path.stem


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
