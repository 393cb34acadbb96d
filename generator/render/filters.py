"""Jinja filters about where text goes, not how long lines break (the formatter does that,
see generator/output/format.py): indentation for overridable blocks, where a docstring's
closing quotes go, and the one construct black and ruff only agree on when the template
writes it their common way (``parameter``)."""

from __future__ import annotations

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


# black's line length (generator.output.format.LINE_LENGTH).
LINE_LENGTH = 88


def parameter(type_: TypeRef, name: str, default: str | None = None, column: int = 0) -> str:
    """``name: annotation = default,`` in a parameter list, a union type's annotation in
    parentheses when the line is too long at ``column``. ``type_`` is the model's type
    (``param.type``), not its annotation text: whether it is a union is the tree's answer.

    Not a line break, an agreement between the formatters: black puts a parameter's union
    annotation too long for the line in parentheses, ruff does not add them but keeps
    them, and black removes them again where the line fits. Line breaking stays theirs.
    """
    if not isinstance(type_, TypeRef):
        raise TypeError(f"parameter takes a type (e.g. param.type), not {type(type_).__name__}")
    tail = f" = {default}" if default is not None else ""
    line = f"{name}: {type_.annotation}{tail},"
    if column + len(line) <= LINE_LENGTH or not type_.is_union:
        return line
    return f"{name}: ({type_.annotation}){tail},"


LAYOUT_FILTERS = {
    "indent_block": indent_block,
    "docstring_end": docstring_end,
    "parameter": parameter,
}
