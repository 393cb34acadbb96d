"""Markdown escaping for spec text, and the line-break and unprintable-character rules
that every escaping shares.

A neutral home: the rendering stage's ``md`` and ``md_cell`` filters are these functions,
and the model composes a few markdown cells (a type linked to its page, an operation's
result) with them, without importing the rendering stage.
"""

from __future__ import annotations

import re
from typing import Any

# Every line break str.splitlines() knows, "\r\n" first so that it becomes one "\n".
_LINE_BREAK = re.compile("\r\n|[\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")


def _normalise_newlines(text: str) -> str:
    return _LINE_BREAK.sub("\n", text)


# Deleting these first lets one C-level isprintable() call clear a whole text.
_KEEP_TABLES: dict[str, dict[int, None]] = {}


def _escape_unprintable(text: str, keep: str = "") -> str:
    if keep:
        table = _KEEP_TABLES.get(keep)
        if table is None:
            table = _KEEP_TABLES[keep] = dict.fromkeys(map(ord, keep))
        if text.translate(table).isprintable():
            return text  # nearly every spec string: nothing to escape
    elif text.isprintable():
        return text
    out = []
    for char in text:
        if char in keep or char.isprintable():
            out.append(char)
        else:
            out.append(repr(char)[1:-1])  # "\x00", "\u200b", "\udc80"
    return "".join(out)


def markdown(value: Any) -> str:
    """Prose for a markdown page: kept as written, but unable to open raw HTML."""
    text = _normalise_newlines(str(value)).strip()
    return _escape_unprintable(text, keep="\n\t").replace("<", "&lt;")


def markdown_cell(value: Any) -> str:
    """Text for one markdown table cell: no line breaks, no column separators."""
    text = markdown(value).replace("|", "\\|")
    return "<br>".join(line.strip() for line in text.split("\n") if line.strip())
