"""Cut a spec down to some operations and everything they reference.

Used by ``diff --tag/--operation``: comparing one API of a large spec (Square's OAuth API
inside the whole Square spec) should neither report the rest nor fail on parts of the spec
the chosen operations never touch (such as a remote ``$ref`` elsewhere). JSON pointers stay
valid: kept values sit where they sat, so locations point into the original file.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from generator.shared.diagnostics import parts_from_pointer

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# Containers of named, referable definitions: OpenAPI 3 components and Swagger 2.0's top level.
_SWAGGER_CONTAINERS = ("definitions", "parameters", "responses", "securityDefinitions")


def select_operations(
    data: dict[str, Any], tags: Iterable[str] = (), operation_ids: Iterable[str] = ()
) -> dict[str, Any]:
    """A copy of ``data`` holding only the chosen operations and what they reach."""
    wanted_tags = set(tags)
    wanted_ids = set(operation_ids)
    paths: dict[str, Any] = {}
    for path, item in (data.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        kept = {
            method: operation
            for method, operation in item.items()
            if method in HTTP_METHODS
            and isinstance(operation, dict)
            and (
                wanted_tags & {str(t) for t in operation.get("tags") or []}
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
        str(t) for item in paths.values() for op in _operations(item) for t in op.get("tags") or []
    }
    if isinstance(data.get("tags"), list):
        selected["tags"] = [
            t for t in data["tags"] if isinstance(t, dict) and str(t.get("name")) in used_tags
        ]
    return selected


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
