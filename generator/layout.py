"""Jinja filters that lay generated code out: indentation for overridable blocks, and
line breaking as black does it.

black formats every generated file, but ``black.format_str`` runs a second full pass
whenever its first pass changed anything. Templates that already write black's layout
through these filters get formatted in one pass, in about half the time. The filters
only need to be right for the shapes the built-in templates produce (each is checked
against black in tests/test_layout_filters.py); where one is not, black still produces
the same file, only slower.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from generator.escaping import python_literal, string_literal

# black's line length (generator.formatting.LINE_LENGTH).
LINE_LENGTH = 88


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


def fit(
    items: Iterable[str],
    head: str,
    at: int = 0,
    close: str = ")",
    indent: int | None = None,
    hug: bool = False,
    after: int = 0,
) -> str:
    """``head`` followed by the comma-separated ``items`` and ``close``: on one line when
    that fits starting at column ``at``, else one item per line with a trailing comma.

    ``fit(["a", "b"], "f(")`` is ``f(a, b)`` or the exploded form; black keeps both as
    they are (the exploded one for its trailing comma). A ``head`` without an opening
    bracket, as in ``from x import ``, gets parentheses when exploded, as black adds them.
    ``indent`` is the indentation the template itself writes before the line (default
    ``at``; 0 inside ``indent_block``, which indents every line afterwards). With ``hug``
    (calls, not literals or imports), arguments that fit on one line of their own are
    put there, as black does. ``after``: how many characters follow on the same line
    (a trailing comma the template writes).
    """
    items = list(items)
    bracketed = head.endswith(("(", "[", "{"))
    one_line = head + ", ".join(items) + (close if bracketed else "")
    if at + len(one_line) + after <= LINE_LENGTH and "\n" not in one_line:
        return one_line
    margin = " " * (at if indent is None else indent)
    joined = ", ".join(items)
    if hug and bracketed and at + 4 + len(joined) <= LINE_LENGTH:
        # A call's arguments that fit on one line of their own stay together (black does
        # not explode a call without a trailing comma when it does not have to).
        return f"{head}\n{margin}    {joined}\n{margin}{close}"
    lines = [head if bracketed else head + "("]
    lines += [f"{margin}    {item}," for item in items]
    lines.append(margin + (close if bracketed else ")"))
    return "\n".join(lines)


def assign(value: str, target: str, at: int = 0, indent: int | None = None) -> str:
    """``target = value`` for a value without brackets (a literal, a name), as black lays
    it out: too long for one line, the value goes inside parentheses on a line of its own
    if it fits there; if it does not fit there either, black leaves the line as it is.
    ``at`` and ``indent`` as for ``fit``."""
    line = f"{target} = {value}"
    if at + len(line) <= LINE_LENGTH or at + 4 + len(value) > LINE_LENGTH:
        return line
    margin = " " * (at if indent is None else indent)
    return f"{target} = (\n{margin}    {value}\n{margin})"


def annotated(
    annotation: str,
    name: str,
    default: str | None = None,
    at: int = 0,
    suffix: str = "",
    parameter: bool = False,
) -> str:
    """A field or parameter ``name: annotation`` (``= default``, then ``suffix``, e.g. the
    comma after a parameter) as black lays it out when too long for one line: the default
    inside parentheses if that fits (fields only), else one subscript split inside its
    brackets, else the annotation inside parentheses, a long union one member per line.
    Continuation lines are relative to column 0 (inside ``indent_block``, or the template
    indents them); ``at`` is the real column of the line."""
    tail = f" = {default}" if default is not None else ""
    line = f"{name}: {annotation}{tail}{suffix}"
    if at + len(line) <= LINE_LENGTH:
        return line
    if (
        default is not None
        and not parameter
        and at + len(f"{name}: {annotation} = (") <= LINE_LENGTH
    ):
        return f"{name}: {annotation} = (\n    {default}\n){suffix}"
    members = _union_members(annotation)
    if len(members) == 1 and annotation.endswith("]") and "[" in annotation:
        head, _, inner = annotation[:-1].partition("[")
        if at + 4 + len(inner) <= LINE_LENGTH and "[" not in inner:
            return f"{name}: {head}[\n    {inner}\n]{tail}{suffix}"
        return line  # black splits further inside; it then formats this file twice
    if at + 4 + len(annotation) <= LINE_LENGTH:
        return f"{name}: (\n    {annotation}\n){tail}{suffix}"
    if len(members) > 1 and all(at + 6 + len(m) <= LINE_LENGTH for m in members):
        return f"{name}: (\n{_one_member_per_line(members, '')}\n){tail}{suffix}"
    return line  # black finds another way; it then formats this file twice


def returns(inner: str, head: str, at: int = 0) -> str:
    """The last line of a signature, ``) -> head[inner]:``, as black lays it out when too
    long: ``inner`` on a line of its own inside the brackets, or a union one member per
    line. The template writes ``at`` spaces before it; continuation lines get them too."""
    line = f") -> {head}[{inner}]:"
    margin = " " * at
    if at + len(line) <= LINE_LENGTH:
        return line
    members = _union_members(inner)
    if at + 4 + len(inner) <= LINE_LENGTH:
        body = f"{margin}    {inner}"
    elif len(members) > 1 and all(at + 6 + len(m) <= LINE_LENGTH for m in members):
        body = _one_member_per_line(members, margin)
    else:
        return line  # black splits further inside; it then formats this file twice
    return f") -> {head}[\n{body}\n{margin}]:"


def keyword_argument(value: str, name: str, at: int = 0) -> str:
    """``name=value,`` inside a call, as black lays it out when too long: a union one
    member per line, at the same indentation (``at``, written by the template)."""
    line = f"{name}={value},"
    members = _union_members(value)
    if at + len(line) <= LINE_LENGTH or len(members) == 1:
        return line
    margin = " " * at
    rest = "".join(f"\n{margin}| {m}" for m in members[1:])
    return f"{name}={members[0]}{rest},"


def _one_member_per_line(members: list[str], margin: str) -> str:
    """A union split as black splits it inside brackets: ``A`` then ``| B`` on each line."""
    marks = ["    ", *["    | "] * (len(members) - 1)]
    return "\n".join(margin + mark + m for mark, m in zip(marks, members, strict=True))


def _union_members(annotation: str) -> list[str]:
    """``A | B[C | D] | E`` -> ``["A", "B[C | D]", "E"]``: the members at the top level."""
    members, depth, start = [], 0, 0
    for index, char in enumerate(annotation):
        if char in "[(":
            depth += 1
        elif char in "])":
            depth -= 1
        elif depth == 0 and annotation.startswith(" | ", index):
            members.append(annotation[start:index])
            start = index + 3
    members.append(annotation[start:])
    return members


def docstring_end(text: str) -> str:
    """The closing quotes of a docstring whose text (already through ``docstring``) is
    ``text``, placed where black puts them: on the same line when the text is one line,
    else on a line of their own (black keeps that)."""
    return '"""' if "\n" not in text else '\n"""'


def literal_assignment(value: Any, target: str, at: int = 0) -> str:
    """``target = <value as a Python literal>`` (a JSON value: an example), laid out as
    black lays it out: on one line if it fits; else a dict or list of several items one
    item per line with a trailing comma, each item laid out the same way; a single item
    inside the brackets on a line of its own."""
    return "\n".join(_literal_lines(value, f"{target} = ", "", at))


def _literal_lines(value: Any, prefix: str, suffix: str, at: int) -> list[str]:
    margin = " " * at
    one_line = prefix + python_literal(value) + suffix
    if at + len(one_line) <= LINE_LENGTH or not isinstance(value, (dict, list)) or not value:
        return [margin + one_line]
    opening, closing = ("{", "}") if isinstance(value, dict) else ("[", "]")
    items: list[tuple[str, Any]] = (
        [(f"{string_literal(k)}: ", v) for k, v in value.items()]
        if isinstance(value, dict)
        else [("", v) for v in value]
    )
    lines = [margin + prefix + opening]
    if len(items) == 1:  # no comma to split at: black puts the item on its own line
        lines += _literal_lines(items[0][1], items[0][0], "", at + 4)
    else:
        for item_prefix, item in items:
            lines += _literal_lines(item, item_prefix, ",", at + 4)
    lines.append(margin + closing + suffix)
    return lines


LAYOUT_FILTERS = {
    "indent_block": indent_block,
    "docstring_end": docstring_end,
    "fit": fit,
    "assign": assign,
    "literal_assignment": literal_assignment,
    "annotated": annotated,
    "returns": returns,
    "keyword_argument": keyword_argument,
}
