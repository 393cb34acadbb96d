"""The ``parameter`` filter asks the type tree whether an annotation is a union."""

from __future__ import annotations

import pytest

from generator.model.typeref import ListOf, Named, Primitive, union_of
from generator.render.filters import parameter

LONG = Named("A" * 60, "a")


def test_a_long_union_gets_parentheses_and_a_short_one_does_not() -> None:
    long_union = LONG.or_none()
    assert parameter(long_union, "body", "None", column=8) == f"body: ({'A' * 60} | None) = None,"
    assert parameter(Primitive("str").or_none(), "name", "None", column=8) == (
        "name: str | None = None,"
    )


def test_a_union_inside_brackets_is_not_a_top_level_union() -> None:
    # list[X | Y] is one member, however long: black adds no parentheses to it.
    nested = ListOf(union_of([LONG, Named("B" * 30, "b")]))
    assert not nested.is_union
    line = parameter(nested, "items", column=8)
    assert line == f"items: {nested.annotation},"


def test_annotation_text_is_refused() -> None:
    with pytest.raises(TypeError, match="takes a type"):
        parameter("str | None", "name")  # type: ignore[arg-type]
