"""Cut a spec down to some operations and everything they reference.

Used by ``generate`` and ``diff`` with ``--tag/--operation/--path``: one API of a large
spec (Square's OAuth API inside the whole Square spec) is generated or compared without the
rest, and without failing on parts of the spec the chosen operations never touch (such as a
dangling ``$ref`` elsewhere). JSON pointers stay valid: kept values sit where they sat, so
locations point into the original file, and ``within`` tells whether a diagnostic's node
was kept.
"""

from __future__ import annotations

from collections.abc import Iterable
from fnmatch import fnmatchcase
from typing import TYPE_CHECKING, Any

from generator.shared.diagnostics import Diagnostic, GeneratorError, parts_from_pointer
from generator.shared.options import Selection

if TYPE_CHECKING:
    from generator.spec.loader import Document

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# Containers of named, referable definitions: OpenAPI 3 components and Swagger 2.0's top level.
_SWAGGER_CONTAINERS = ("definitions", "parameters", "responses", "securityDefinitions")


def select_operations(
    data: dict[str, Any],
    tags: Iterable[str] = (),
    operation_ids: Iterable[str] = (),
    path_globs: Iterable[str] = (),
) -> dict[str, Any]:
    """A copy of ``data`` holding only the chosen operations and what they reach: an
    operation is chosen when it has one of ``tags``, one of ``operation_ids``, or its path
    matches one of ``path_globs`` (shell-style, ``*`` also matches ``/``)."""
    wanted_tags = set(tags)
    wanted_ids = set(operation_ids)
    globs = tuple(path_globs)
    paths: dict[str, Any] = {}
    for path, item in (data.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        path_chosen = any(fnmatchcase(str(path), glob) for glob in globs)
        kept = {
            method: operation
            for method, operation in item.items()
            if method in HTTP_METHODS
            and isinstance(operation, dict)
            and (
                path_chosen
                or wanted_tags & {str(t) for t in _list(operation.get("tags"))}
                or str(operation.get("operationId")) in wanted_ids
            )
        }
        if not kept:
            continue
        paths[path] = {k: v for k, v in item.items() if k not in HTTP_METHODS} | kept

    selected = {k: v for k, v in data.items() if k not in ("paths", "components", "tags")}
    selected = {k: v for k, v in selected.items() if k not in _SWAGGER_CONTAINERS}
    selected["paths"] = paths
    reached = _reachable(data, paths)
    components = data.get("components")
    if isinstance(components, dict):
        kept_components: dict[str, Any] = {}
        for section, entries in components.items():
            if not isinstance(entries, dict) or section.startswith("x-"):
                continue
            names = {n for n in entries if ("components", section, n) in reached}
            if section == "securitySchemes":
                names = set(entries)  # client-wide settings: the whole client has them all
            if names:
                kept_components[section] = {n: entries[n] for n in entries if n in names}
        selected["components"] = kept_components
    for container in _SWAGGER_CONTAINERS:
        entries = data.get(container)
        if isinstance(entries, dict):
            names = {n for n in entries if (container, n) in reached}
            if container == "securityDefinitions":
                names = set(entries)
            selected[container] = {n: entries[n] for n in entries if n in names}
    used_tags = {
        str(t) for item in paths.values() for op in _operations(item) for t in _list(op.get("tags"))
    }
    if isinstance(data.get("tags"), list):
        selected["tags"] = [
            t for t in data["tags"] if isinstance(t, dict) and str(t.get("name")) in used_tags
        ]
    return selected


def select(data: dict[str, Any], selection: Selection) -> dict[str, Any]:
    """``select_operations`` with the choices of a run's configuration."""
    return select_operations(data, selection.tags, selection.operations, selection.paths)


def cut(document: Document, selection: Selection) -> Document:
    """``document`` holding only what ``selection`` chooses; the same file and text, so
    lines are still found. A choice that matches no operation is an error (a typo would
    otherwise generate a client without it)."""
    from dataclasses import replace

    missing = unmatched(document.data, selection)
    if missing:
        shown = document.display_name
        raise GeneratorError([Diagnostic(shown, f"{m} chooses no operation") for m in missing])
    return replace(document, data=select(document.data, selection))


def unmatched(data: dict[str, Any], selection: Selection) -> list[str]:
    """Each tag, operationId and path glob of ``selection`` that chooses no operation of
    ``data``, named as in ``tag 'OAuth'``: most likely a typo."""
    tags: set[str] = set()
    ids: set[str] = set()
    paths: list[str] = []
    for path, item in (data.get("paths") or {}).items():
        operations = _operations(item) if isinstance(item, dict) else []
        if operations:
            paths.append(str(path))
        for operation in operations:
            tags.update(str(t) for t in _list(operation.get("tags")))
            ids.add(str(operation.get("operationId")))
    return (
        [f"tag {t!r}" for t in selection.tags if t not in tags]
        + [f"operationId {o!r}" for o in selection.operations if o not in ids]
        + [f"path glob {g!r}" for g in selection.paths if not any(fnmatchcase(p, g) for p in paths)]
    )


def within(selected: Any, diagnostic: Diagnostic, root_file: str) -> bool:
    """Whether ``diagnostic`` is about a node the selection kept from the root file
    ``root_file`` (or about no node in particular, or about another file, which a kept
    ``$ref`` may have led to): only a problem wholly outside the selection cannot affect
    its output."""
    if diagnostic.pointer is None or diagnostic.file != root_file:
        return True
    node = selected
    for part in parts_from_pointer(diagnostic.pointer):
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            return False
    return True


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _operations(item: dict[str, Any]) -> list[dict[str, Any]]:
    return [v for k, v in item.items() if k in HTTP_METHODS and isinstance(v, dict)]


def _reachable(data: dict[str, Any], start: Any) -> set[tuple[str, ...]]:
    """Every named definition (as a pointer prefix) reached through local ``$ref`` chains."""
    reached: set[tuple[str, ...]] = set()
    pending = [start]
    while pending:
        value = pending.pop()
        if isinstance(value, dict):
            ref = value.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/"):
                parts = tuple(parts_from_pointer(ref[1:]))
                key = parts[:3] if parts[:1] == ("components",) else parts[:2]
                if key not in reached:
                    reached.add(key)
                    target = _follow(data, key)
                    if target is not None:
                        pending.append(target)
            pending.extend(v for k, v in value.items() if k != "$ref")
        elif isinstance(value, list):
            pending.extend(value)
    return reached


def _follow(data: Any, parts: tuple[str, ...]) -> Any:
    for part in parts:
        if not isinstance(data, dict) or part not in data:
            return None
        data = data[part]
    return data
