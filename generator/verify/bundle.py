"""A split spec as one document, for the values verify builds and checks.

Every ``$ref`` to another file becomes a local ``$ref`` into ``x-verify-files``, where each
file the spec refers to is kept whole (its own ``$ref``s rewritten the same way). The root
document's pointers do not move, so the model's ``source`` pointers still hold.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from generator.spec.loader import Document, SpecSource

FILES = "x-verify-files"


def bundled(root: Document) -> Any:
    """``root.data`` with the files it refers to inside it; the same object when it refers
    to none."""
    source = SpecSource(root)
    indexes: dict[Path, int] = {}
    stored: list[Any] = []
    found_any = False

    def index_of(path: Path) -> int:
        if path not in indexes:
            indexes[path] = len(stored)
            stored.append(None)
            stored[indexes[path]] = rewrite(source.document(path).data, path)
        return indexes[path]

    def rewrite(node: Any, base: Path) -> Any:
        nonlocal found_any
        if isinstance(node, list):
            return [rewrite(item, base) for item in node]
        if not isinstance(node, dict):
            return node
        copy = {key: rewrite(value, base) for key, value in node.items() if key != "$ref"}
        ref = node.get("$ref")
        if "$ref" not in node:
            return copy
        if isinstance(ref, str) and not ref.startswith("#") and "://" not in ref:
            found_any = True
            file, _, fragment = ref.partition("#")
            ref = f"#/{FILES}/{index_of((base.parent / file).resolve())}{fragment}"
        copy["$ref"] = ref
        return copy

    data = rewrite(root.data, root.path.resolve())
    if not found_any:
        return root.data
    data[FILES] = stored
    return data
