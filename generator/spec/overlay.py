"""Stage 1b: patch a spec with OpenAPI Overlays (versions 1.0 and 1.1), in order, after it
is loaded and before anything validates it.

An overlay is the user's fix for a spec they cannot change at the source (a vendor's):
each action selects nodes with a JSONPath query (RFC 9535, the ``jsonpath-rfc9535``
library) and updates them (objects merge recursively, arrays are concatenated or appended
to, a primitive is replaced), removes them, or (1.1) copies another node of the same
document into them, with the merge rules the 1.1 text spells out, for 1.0 documents too
(1.0 appends an array ``update`` to an array as one entry and allows no primitive
targets; 1.1 made both useful, and no 1.0 overlay that means something else is likely).

Overlays apply to the document as the user wrote it, before a Swagger 2.0 spec is
converted: the paths an overlay names are the ones the user sees in the file.

Where this differs from the specification, on purpose: an action whose target selects
nothing is an error, not a no-op. An overlay is kept across vendor updates, and a target
that no longer matches is a fix that silently stopped applying.

Every error is located (``FILE:LINE:COL``): the overlay document is validated against its
published JSON Schema (vendored in ``overlay_schemas/``), and a failing action names its
line. Values an overlay writes keep a way back to it (``Document.overlay_written``), so a
later diagnostic about such a value names the overlay's line, not the spec's.
"""

from __future__ import annotations

import functools
import hashlib
import json
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from generator.shared.diagnostics import (
    Diagnostic,
    GeneratorError,
    escape_pointer_token,
    pointer_from_parts,
)
from generator.spec.loader import Document, load_document

if TYPE_CHECKING:
    from jsonpath_rfc9535 import JSONPathNode, JSONPathQuery

# Overlay Specification version (major.minor) -> its vendored JSON Schema (see
# overlay_schemas/README.md: published by the OpenAPI Initiative, Apache-2.0).
_SCHEMAS = {"1.0": "v1.0.schema.json", "1.1": "v1.1.schema.yaml"}
SUPPORTED = "1.0.x and 1.1.x"
_ACTION_FIELDS = frozenset({"target", "description", "update", "copy", "remove"})

# Where a value in the patched document came from: (overlay document, pointer in it).
_Origin = tuple[Document, str]


def apply_overlays(document: Document, overlays: Sequence[Path]) -> Document:
    """``document`` patched by each overlay in turn; ``document`` itself is not changed.
    Raises a ``GeneratorError`` listing every fault of every overlay."""
    if not overlays:
        return document
    import copy

    patcher = _Patcher(copy.deepcopy(document.data))
    applied: list[tuple[Path, str]] = []
    for path in overlays:
        overlay = load_overlay(path)
        patcher.apply(overlay, document)
        applied.append((overlay.path, hashlib.sha256(overlay.text.encode()).hexdigest()))
    if patcher.problems:
        raise GeneratorError(patcher.problems)
    written, moved = patcher.origins()
    return replace(
        document,
        data=patcher.patched,
        overlay_written=written,
        overlay_moved=moved,
        overlays=tuple(applied),
    )


def load_overlay(path: Path) -> Document:
    """An overlay document, read and checked against its version's published schema."""
    overlay = load_document(path)
    version = overlay.data.get("overlay")
    if version is None:
        message = "not an overlay document: the 'overlay' field (its version) is missing"
        raise GeneratorError([overlay.diagnostic(message, "")])
    if not isinstance(version, str):
        message = f"the overlay's version is text, e.g. '1.1.0', not {version!r}"
        raise GeneratorError([overlay.diagnostic(message, "/overlay")])
    major_minor = ".".join(version.split(".")[:2])
    if major_minor not in _SCHEMAS:
        message = f"unsupported Overlay Specification version {version!r}; supported: {SUPPORTED}"
        raise GeneratorError([overlay.diagnostic(message, "/overlay")])
    problems = [
        overlay.diagnostic(message, pointer)
        for pointer, message in _schema_problems(major_minor, overlay.data)
    ]
    if problems:
        raise GeneratorError(sorted(problems, key=lambda d: (d.line or 0, d.column or 0)))
    return overlay


def _schema_problems(version: str, data: Any) -> list[tuple[str, str]]:
    """(pointer, message) of each place where ``data`` breaks the overlay schema."""
    from jsonschema.exceptions import best_match

    found = []
    for error in _schema_validator(version).iter_errors(data):
        path = list(error.absolute_path)
        action = error.instance if len(path) == 2 and path[0] == "actions" else None
        if (
            version != "1.0"
            and isinstance(action, dict)
            and error.validator == "unevaluatedProperties"
        ):
            if all(key in _ACTION_FIELDS or key.startswith("x-") for key in action):
                continue  # a field of a failed oneOf branch: the oneOf's own error says why
        if isinstance(action, dict) and error.validator == "oneOf" and error.context:
            given = [key for key in ("update", "copy", "remove") if key in action]
            if len(given) == 1:  # the right modifier with a wrong value: say what is wrong
                index = next(
                    i for i, b in enumerate(error.validator_value) if given[0] in b["required"]
                )
                branch = [e for e in error.context if e.relative_schema_path[0] == index]
                specific = best_match(branch or error.context)
                pointer = pointer_from_parts(specific.absolute_path)
                found.append((pointer, _short(specific.message)))
                continue
        if len(path) == 2 and path[0] == "actions" and error.validator in ("oneOf", "not"):
            # The schemas' ways of saying "one modifier per action" (1.1: oneOf, 1.0: an
            # if/then/not) name no field: say it in the spec's words.
            message = (
                "an action has exactly one of update, copy or remove"
                if version == "1.1"
                else "an action with remove: true cannot also have update"
            )
            found.append((pointer_from_parts(path), message))
            continue
        # A failed anyOf says only "is not valid under any of the given schemas": the
        # closest branch's own error says what is wrong.
        specific = best_match(error.context) if error.context else error
        message = specific.message
        if specific.validator == "pattern" and list(specific.absolute_path)[-1:] == ["target"]:
            message = f"a target is a JSONPath query that starts with $, not {specific.instance!r}"
        elif version == "1.0" and "'copy' was unexpected" in message:
            message += "; copy is an Overlay 1.1 action (overlay: 1.1.0)"
        found.append((pointer_from_parts(specific.absolute_path), _short(message)))
    return sorted(set(found))


@functools.cache
def _schema_validator(version: str) -> Any:
    from jsonschema import Draft202012Validator

    path = Path(__file__).parent / "overlay_schemas" / _SCHEMAS[version]
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".json":
        schema = json.loads(text)
    else:
        import yaml

        schema = yaml.safe_load(text)
    return Draft202012Validator(schema)


def _short(message: str) -> str:
    message = " ".join(message.split())
    return message if len(message) <= 200 else message[:197] + "..."


def _kind(value: Any) -> str:
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "an array"
    return "a primitive value"


class _Conflict(Exception):
    """An update or copy that the target cannot take; ``at`` is the pointer in the overlay."""

    def __init__(self, at: str, message: str) -> None:
        super().__init__(message)
        self.at = at
        self.message = message


class _Patcher:
    """Applies actions to ``patched`` in place and remembers, for every value an overlay
    wrote, where in which overlay it was written.

    Containers an overlay wrote are tracked by identity, a primitive value by its place in
    the container an overlay changed, and an array an overlay changed keeps, per entry,
    the index it had as written: only removing an array entry moves original values.
    Every container tracked stays referenced here until ``origins`` has run, so that no
    identity is reused by a new object; ``origins`` walks only the containers on the way
    to a change (``_changed``), not the whole (maybe megabytes of) spec.
    """

    def __init__(self, root: Any) -> None:
        self.patched = root
        self.problems: list[Diagnostic] = []
        self._kept: list[Any] = []
        # id of a container an overlay wrote -> where
        self._cloned: dict[int, _Origin] = {}
        # id of an object -> key -> where, for the primitive values overlays put there
        self._keys: dict[int, dict[str, _Origin]] = {}
        # id of an array an overlay changed -> per entry: where an overlay wrote it, or the
        # entry's index in the text as written
        self._items: dict[int, list[_Origin | int]] = {}
        # ids of the containers an action changed and of every container around them
        self._changed: set[int] = set()

    def _mark(self, node: JSONPathNode | None) -> None:
        """``node`` (if a container) and every container around it will have changed."""
        while node is not None:
            if isinstance(node.value, (dict, list)):
                self._changed.add(id(node.value))
                self._kept.append(node.value)
            node = node.parent

    # -- actions

    def apply(self, overlay: Document, spec: Document) -> None:
        for index, action in enumerate(overlay.data["actions"]):
            at = f"/actions/{index}"
            try:
                self._apply_action(overlay, spec, action, at)
            except _Conflict as conflict:
                self.problems.append(overlay.diagnostic(conflict.message, conflict.at))

    def _apply_action(self, overlay: Document, spec: Document, action: Any, at: str) -> None:
        target = action["target"]
        nodes = list(_compile(target, f"{at}/target").find(self.patched))
        if not nodes:
            raise _Conflict(
                f"{at}/target", f"target {target} matches nothing in {spec.display_name}"
            )
        if action.get("remove") is True:
            self._remove(nodes, f"{at}/target")
        elif "update" in action:
            for node in nodes:
                self._write(node, action["update"], (overlay, f"{at}/update"))
        elif "copy" in action:
            source = action["copy"]
            found = list(_compile(source, f"{at}/copy").find(self.patched))
            if len(found) != 1:
                count = "nothing" if not found else f"{len(found)} nodes"
                raise _Conflict(
                    f"{at}/copy", f"copy {source} must select one node; it selects {count}"
                )
            for node in nodes:
                self._write(node, found[0].value, (overlay, f"{at}/copy"))

    def _remove(self, nodes: list[JSONPathNode], at: str) -> None:
        if any(not node.location for node in nodes):
            raise _Conflict(at, "the target selects the whole document, which cannot be removed")
        # Last first: removing an array entry moves the entries after it.
        for node in sorted(nodes, key=lambda n: _sort_key(n.location), reverse=True):
            self._mark(node.parent)
            holder = node.parent.value if node.parent is not None else None
            key = node.location[-1]
            if isinstance(holder, dict) and isinstance(key, str) and key in holder:
                del holder[key]
                self._keys.get(id(holder), {}).pop(key, None)
            elif isinstance(holder, list) and isinstance(key, int) and key < len(holder):
                self._entries(holder).pop(key)
                del holder[key]

    def _write(self, node: JSONPathNode, value: Any, origin: _Origin) -> None:
        """``value`` (an update or a copied node) into the selected ``node``."""
        self._mark(node)
        target = node.value
        if isinstance(target, dict):
            if not isinstance(value, dict):
                raise _Conflict(
                    origin[1],
                    f"the target {node.path()} is an object; {_kind(value)} cannot "
                    "be merged into it",
                )
            self._merge(target, value, origin, node.path())
        elif isinstance(target, list):
            if isinstance(value, list):
                self._extend(target, value, origin)
            else:
                self._append(target, value, origin)
        elif isinstance(value, (dict, list)):
            raise _Conflict(
                origin[1],
                f"the target {node.path()} is a primitive value; {_kind(value)} cannot replace it",
            )
        else:
            holder = node.parent.value if node.parent is not None else None
            key = node.location[-1]
            if isinstance(holder, dict) and isinstance(key, str):
                holder[key] = value
                self._keys.setdefault(id(holder), {})[key] = origin
            elif isinstance(holder, list) and isinstance(key, int):
                holder[key] = value
                self._entries(holder)[key] = origin

    def _merge(
        self, target: dict[str, Any], value: dict[str, Any], origin: _Origin, path: str
    ) -> None:
        overlay, at = origin
        for key, given in value.items():
            given_at = (overlay, f"{at}/{escape_pointer_token(key)}")
            if key not in target:
                self._put(target, key, given, given_at)
                continue
            present = target[key]
            if isinstance(present, (dict, list)) and type(present) is type(given):
                self._changed.add(id(present))
                self._kept.append(present)
            if isinstance(present, dict) and isinstance(given, dict):
                self._merge(present, given, given_at, f"{path}[{json.dumps(key)}]")
            elif isinstance(present, list) and isinstance(given, list):
                self._extend(present, given, given_at)
            elif isinstance(present, (dict, list)) or isinstance(given, (dict, list)):
                raise _Conflict(
                    given_at[1],
                    f"{_kind(given)} cannot be merged into {path}[{json.dumps(key)}], "
                    f"which is {_kind(present)}",
                )
            else:
                self._put(target, key, given, given_at)

    def _put(self, target: dict[str, Any], key: str, value: Any, origin: _Origin) -> None:
        target[key] = self._clone(value, origin)
        if not isinstance(value, (dict, list)):
            self._keys.setdefault(id(target), {})[key] = origin
            self._kept.append(target)

    def _extend(self, target: list[Any], values: list[Any], origin: _Origin) -> None:
        overlay, at = origin
        for index, value in enumerate(values):
            self._append(target, value, (overlay, f"{at}/{index}"))

    def _append(self, target: list[Any], value: Any, origin: _Origin) -> None:
        entries = self._entries(target)
        target.append(self._clone(value, origin))
        entries.append(origin)

    def _entries(self, array: list[Any]) -> list[_Origin | int]:
        if id(array) not in self._items:
            self._items[id(array)] = list(range(len(array)))
            self._kept.append(array)
        return self._items[id(array)]

    def _clone(self, value: Any, origin: _Origin) -> Any:
        """A copy of ``value`` whose containers remember where they were written."""
        overlay, at = origin
        if isinstance(value, dict):
            copied: Any = {
                key: self._clone(child, (overlay, f"{at}/{escape_pointer_token(key)}"))
                for key, child in value.items()
            }
        elif isinstance(value, list):
            copied = [
                self._clone(child, (overlay, f"{at}/{index}")) for index, child in enumerate(value)
            ]
        else:
            return value
        self._cloned[id(copied)] = origin
        self._kept.append(copied)
        return copied

    # -- the result

    def origins(self) -> tuple[dict[str, _Origin], dict[str, str]]:
        """(pointer -> where an overlay wrote it, pointer -> pointer in the text as written)
        for the patched document: each value written and each original value an array
        removal moved, at the top of its subtree (the pointers below follow by prefix)."""
        written: dict[str, _Origin] = {}
        moved: dict[str, str] = {}
        # (a changed container, its pointer in the patched document, in the text as
        # written: None inside what an overlay wrote)
        stack: list[tuple[Any, str, str | None]] = [(self.patched, "", "")]
        while stack:
            node, pointer, as_written = stack.pop()
            if isinstance(node, dict):
                keys = self._keys.get(id(node), {})
                children = [(escape_pointer_token(key), key, child) for key, child in node.items()]
            else:
                keys = {}
                entries = self._items.get(id(node)) or list(range(len(node)))
                children = [(str(i), entries[i], child) for i, child in enumerate(node)]
            for token, key, child in children:
                at = f"{pointer}/{token}"
                origin = key if isinstance(key, tuple) else keys.get(key)
                if isinstance(child, (dict, list)) and id(child) in self._cloned:
                    origin = self._cloned[id(child)]
                below: str | None = None
                if origin is not None:
                    written[at] = origin
                elif as_written is not None:
                    # ``key``: the object's key, or the entry's index as written
                    below = f"{as_written}/{escape_pointer_token(key)}"
                    if below != f"{as_written}/{token}":
                        moved[at] = below
                if isinstance(child, (dict, list)) and id(child) in self._changed:
                    stack.append((child, at, below))
        self._kept.clear()
        return written, moved


def _sort_key(location: tuple[str | int, ...]) -> tuple[tuple[int, str | int], ...]:
    return tuple((0, part) if isinstance(part, int) else (1, part) for part in location)


@functools.lru_cache(maxsize=256)
def _compiled(expression: str) -> JSONPathQuery:
    import jsonpath_rfc9535

    return jsonpath_rfc9535.compile(expression)


def _compile(expression: str, at: str) -> JSONPathQuery:
    from jsonpath_rfc9535 import JSONPathError

    try:
        return _compiled(expression)
    except JSONPathError as error:
        detail = str(error.args[0]) if error.args else str(error)
        column = error.token.index + 1 if error.token is not None else None
        where = f" (character {column})" if column else ""
        raise _Conflict(
            at, f"{expression!r} is not a valid JSONPath query: {detail}{where}"
        ) from None
