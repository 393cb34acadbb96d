"""Jinja filters about where text goes, not how long lines break (the formatter does that,
see generator/formatting.py): indentation for overridable blocks, and where a docstring's
closing quotes go."""

from __future__ import annotations


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


LAYOUT_FILTERS = {
    "indent_block": indent_block,
    "docstring_end": docstring_end,
}
