"""Where openapi-spec-validator's findings are, so that each diagnostic names its line.

The library's keyword walk reports a fault in a schema, or in a ``default`` value, with a
path relative to that schema or value, or with none at all: shown as is, ``'1' is not one
of [1, 3]`` lands at ``1:1 (at /)``. The walk knows where it is (the ``SchemaPath`` it is
given), so the keyword validators here prefix that path to each error they yield that
nested calls have not already placed. The messages are the library's, unchanged.

The walk follows ``$ref``s, so such a path may run through one (``.../schema/default``
where ``schema`` is ``{$ref: '#/components/schemas/Kind'}``): ``through_refs`` turns it
into the pointer of the value in the document.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from generator.shared.diagnostics import parts_from_pointer

# Keyword validators whose errors carry no location of their own: each gets the path of
# the node it was called with ("default" also its own key: the error is about the value).
# The others place their errors themselves, or name the place in the message.
_PLACED = {"schema": (), "default": ("default",), "tags": ()}
# The largest number of $refs followed for one step of a path (chains are bounded earlier,
# by check_structure; this only keeps a malformed document from looping).
_MAX_REF_HOPS = 64


def located_keyword_validators(
    keyword_validators: Mapping[str, type[Any]],
) -> dict[str, type[Any]]:
    """``keyword_validators`` of a library validator class, with every error located, and
    every crash too: the library fails on some wrong-typed nodes instead of reporting them,
    and the exception then carries ``generator_at``, the path of the innermost node the
    walk was in."""
    located = dict(keyword_validators)
    for keyword, base in keyword_validators.items():
        if keyword != "__root__":
            located[keyword] = _located_class(base, _PLACED.get(keyword))
    return located


def _located_class(base: type[Any], suffix: tuple[str, ...] | None) -> type[Any]:
    def __call__(self: Any, *args: Any, **kwargs: Any) -> Iterator[Any]:
        node = next((arg for arg in args if hasattr(arg, "parts")), None)
        at = list(node.parts) if node is not None else []
        try:
            for error in base.__call__(self, *args, **kwargs):
                if suffix is not None and not getattr(error, "_generator_located", False):
                    error.path.extendleft(reversed([*at, *suffix]))
                    error._generator_located = True
                yield error
        except Exception as crash:
            if getattr(crash, "generator_at", None) is None:
                try:
                    crash.generator_at = at  # type: ignore[attr-defined]
                except AttributeError:
                    pass  # an exception type that takes no attributes: unlocated
            raise

    return type(f"Located{base.__name__}", (base,), {"__call__": __call__})


def through_refs(data: Any, parts: list[Any]) -> list[Any] | None:
    """``parts`` as a path in ``data`` that goes through no ``$ref``: each local ``$ref``
    met on the way, and one at the end, is replaced by the path it names (the walk was in
    the schema it names). None when the path leaves the document (a ``$ref`` to another
    file) or does not exist; a ``$ref`` at the end that does stays as it is."""
    resolved: list[Any] = []
    value = data
    for part in [*parts, None]:  # None: the end, where a $ref is followed too
        for _ in range(_MAX_REF_HOPS):
            ref = value.get("$ref") if isinstance(value, dict) and part not in value else None
            if ref is None:
                break
            if not (isinstance(ref, str) and ref.startswith("#/")):
                return None if part is not None else resolved
            try:
                found = _value_at(data, parts_from_pointer(ref))
            except ValueError:
                found = None
            if found is None:
                return None if part is not None else resolved
            value, resolved = found
        if part is None:
            return resolved
        if isinstance(value, dict) and part in value:
            value = value[part]
        elif isinstance(value, list) and isinstance(part, int) and 0 <= part < len(value):
            value = value[part]
        else:
            return None
        resolved.append(part)
    return resolved


def _value_at(data: Any, tokens: list[str]) -> tuple[Any, list[Any]] | None:
    """The value at JSON-pointer ``tokens`` and the same path with list indexes as ints."""
    value = data
    path: list[Any] = []
    for token in tokens:
        if isinstance(value, dict) and token in value:
            value = value[token]
            path.append(token)
        elif isinstance(value, list) and token.isdigit() and int(token) < len(value):
            value = value[int(token)]
            path.append(int(token))
        else:
            return None
    return value, path
