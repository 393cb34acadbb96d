"""Jinja filters about where text goes, not how long lines break (the formatter does that,
see generator/output/format.py): indentation for overridable blocks, where a docstring's
closing quotes go, and the one construct black and ruff only agree on when the template
writes it their common way (``parameter``)."""

from __future__ import annotations

from generator.model.plan import declaration
from generator.model.typeref import TypeRef


def indent_block(text: str, width: int) -> str:
    """Indent every line that is not empty by ``width`` spaces; nothing stays nothing.

    Built-in templates wrap the blocks that sit inside a class or a method in it, so that
    a user's override is written at column 0. Unlike Jinja's ``indent``, an empty block
    gives an empty string, and a final line break is kept.
    """
    prefix = " " * width
    return "".join(
        prefix + line if line.rstrip("\n") else line for line in text.splitlines(keepends=True)
    )


def docstring_end(text: str) -> str:
    """The closing quotes of a docstring whose text (already through ``docstring``) is
    ``text``: on the same line when the text is one line, else on a line of their own.
    Formatters keep either placement, so the template decides it."""
    return '"""' if "\n" not in text else '\n"""'


def parameter(type_: TypeRef, name: str, default: str | None = None, column: int = 0) -> str:
    """``name: annotation = default,`` in a parameter list, a union type (``param.type``,
    not its annotation text) in parentheses when the line is too long at ``column``.

    Kept for custom templates; the built-in ones use the lines the model decides
    (``Argument.method_line``, ``docs_line``, ``builder_line``), made by the same rule.
    """
    if not isinstance(type_, TypeRef):
        raise TypeError(f"parameter takes a type (e.g. param.type), not {type(type_).__name__}")
    return declaration(name, type_, default, column)


LAYOUT_FILTERS = {
    "indent_block": indent_block,
    "docstring_end": docstring_end,
    "parameter": parameter,
}
