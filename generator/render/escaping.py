"""One escaping function per place a spec string can land in generated files.

Spec text is untrusted: it may hold quotes, backslashes, newlines, NUL, template syntax or
Python code. Templates must pass every spec string through exactly one of these filters,
chosen by where it lands, so that it stays data in that context.
"""

from __future__ import annotations

import keyword
from typing import Any

from generator.shared.literals import python_literal, string_literal, toml_string
from generator.shared.markdown import (
    _escape_unprintable,
    _normalise_newlines,
    markdown,
    markdown_cell,
)


def docstring(value: Any) -> str:
    """Text that is safe between triple double quotes, keeping line breaks readable."""
    text = docstring_text(value)
    if text.endswith('"'):
        text += " "  # a quote right before the closing ones would end the string early
    return text


def docstring_text(value: Any) -> str:
    """``docstring`` for text that more text follows inside the docstring (a paragraph,
    an Args entry), never the closing quotes: without the space ``docstring`` puts after
    a final quote, which black would strip from a line inside a docstring."""
    text = _normalise_newlines(str(value)).strip()
    text = text.replace("\\", "\\\\")
    text = _escape_unprintable(text, keep="\n\t").replace("\t", "    ")
    text = text.replace('"""', '\\"\\"\\"')
    return "\n".join(line.rstrip() for line in text.split("\n"))


def comment(value: Any) -> str:
    """One line of text for a ``#`` comment."""
    text = " ".join(_normalise_newlines(str(value)).split())
    return _escape_unprintable(text)


def identifier(value: Any) -> str:
    """Checks that a name decided by the model is a valid identifier; never rewrites it."""
    name = str(value)
    if not name.isidentifier() or not name.isascii() or keyword.iskeyword(name):
        raise ValueError(f"not a safe Python identifier: {name!r}")
    return name


FILTERS = {
    "pystr": string_literal,
    "docstring": docstring,
    "docstring_text": docstring_text,
    "comment": comment,
    "ident": identifier,
    "pyliteral": python_literal,
    "md": markdown,
    "md_cell": markdown_cell,
    "toml_str": toml_string,
}
