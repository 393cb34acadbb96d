"""The escaping filters keep hostile spec text as data wherever it lands in generated code.

For each filter the property is checked with Python's own parser:

* ``string_literal`` / ``python_literal``: ``ast.literal_eval(result) == original``;
* ``docstring``: the result between triple double quotes parses to one string expression
  holding the text (modulo the whitespace the filter normalises);
* ``comment``: ``"# " + result`` is one line, and ``x = 1  # {result}`` is one statement.

``identifier`` never rewrites a name, it only refuses unsafe ones.
"""

from __future__ import annotations

import ast
import datetime
import math
import tomllib
from typing import Any

import pytest

from generator.render.escaping import (
    comment,
    docstring,
    identifier,
    python_literal,
    string_literal,
    toml_string,
)

HOSTILE = [
    "plain",
    "",
    '"',
    "'",
    "\"'",
    '"""',
    "'''",
    'x"""y',
    'description ending """',
    "x'''y",
    '""""',
    'ends with a quote"',
    "ends with a quote'",
    '""',
    '"starts',
    "back\\slash",
    "trailing backslash\\",
    "\\",
    '\\"',
    "\\n is not a newline",
    "\\N{BULLET} \\u0041 \\x41",
    "nul \x00 byte",
    "line\u2028separator\u2029paragraph",
    "a\nb\r\nc\rd",
    "\x0b\x0c\x1c\x1d\x1e\x85",
    "tab\there",
    "{{ template }}",
    "{% if x %}block{% endif %}",
    "{# jinja comment #}",
    "emoji \U0001f600 non-BMP",
    "lone surrogate \udc80",
    "zero width \u200b and bom \ufeff",
    "escape \x1b[31m red",
    '"); import os; os.system("x")#',
    "'); import os; os.system('x')#",
    '""" + __import__("os").system("x") + """',
    "\n\nleading and trailing blank lines\n\n",
    "# looks like a comment",
    "é ü 名前 café",
]

# Text ending in three double quotes once closed the docstring early.
ENDS_WITH_TRIPLE_QUOTE = {
    '"""',
    'description ending """',
    '""" + __import__("os").system("x") + """',
}


def _ids(values: list[str]) -> list[str]:
    return [ascii(v)[:40] for v in values]


def _words(text: str) -> list[str]:
    return text.split()


def _assert_writable(result: str) -> None:
    """Generated files are written as UTF-8: no lone surrogates may survive escaping."""
    result.encode("utf-8")


# -- string_literal and python_literal ----------------------------------------------------


@pytest.mark.parametrize("text", HOSTILE, ids=_ids(HOSTILE))
def test_string_literal_round_trips(text: str) -> None:
    result = string_literal(text)

    assert ast.literal_eval(result) == text
    assert len(result.splitlines()) == 1
    _assert_writable(result)
    tree = ast.parse(f"x = {result}")
    assert len(tree.body) == 1


@pytest.mark.parametrize("text", HOSTILE, ids=_ids(HOSTILE))
def test_python_literal_of_strings_round_trips(text: str) -> None:
    result = python_literal(text)

    assert ast.literal_eval(result) == text
    assert len(result.splitlines()) == 1
    _assert_writable(result)


def test_string_literal_of_non_strings_is_their_text() -> None:
    assert ast.literal_eval(string_literal(42)) == "42"
    assert ast.literal_eval(string_literal(None)) == "None"


@pytest.mark.parametrize(
    "value",
    [
        None,
        True,
        False,
        0,
        -7,
        10**30,
        1.5,
        -0.0,
        [],
        {},
        [1, "two", None, [3.5, [True]]],
        {"a": {"b": ['"""', "\x00", "\udc80"]}, '"); os.system("x")#': "{{ x }}"},
        {str(i): HOSTILE[i] for i in range(len(HOSTILE))},
    ],
    ids=lambda v: ascii(v)[:30],
)
def test_python_literal_round_trips_json_values(value: Any) -> None:
    result = python_literal(value)

    assert ast.literal_eval(result) == value
    assert type(ast.literal_eval(result)) is type(value)
    _assert_writable(result)


@pytest.mark.parametrize("value", [math.inf, -math.inf])
def test_python_literal_of_infinity_is_an_expression(value: float) -> None:
    result = python_literal(value)

    assert eval(result, {"__builtins__": {"float": float}}) == value


def test_python_literal_of_nan_is_an_expression() -> None:
    result = python_literal(math.nan)

    assert math.isnan(eval(result, {"__builtins__": {"float": float}}))


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (datetime.date(2024, 1, 31), "2024-01-31"),
        (datetime.datetime(2024, 1, 31, 12, 30, tzinfo=datetime.UTC),
         "2024-01-31T12:30:00+00:00"),
    ],
    ids=["date", "datetime"],
)  # fmt: skip
def test_python_literal_of_yaml_dates_is_the_iso_string(value: Any, text: str) -> None:
    assert ast.literal_eval(python_literal(value)) == text


# -- docstring ------------------------------------------------------------------------------


def _parse_docstring(result: str) -> str:
    tree = ast.parse(f'"""{result}"""')
    assert len(tree.body) == 1
    statement = tree.body[0]
    assert isinstance(statement, ast.Expr)
    assert isinstance(statement.value, ast.Constant)
    assert isinstance(statement.value.value, str)
    return statement.value.value


DOCSTRING_CASES = [t for t in HOSTILE if t not in ENDS_WITH_TRIPLE_QUOTE]


@pytest.mark.parametrize("text", DOCSTRING_CASES, ids=_ids(DOCSTRING_CASES))
def test_docstring_stays_one_string(text: str) -> None:
    result = docstring(text)

    value = _parse_docstring(result)

    _assert_writable(result)
    # The filter strips the ends, turns every line break into "\n" and tabs into spaces.
    assert _words(value) == _words(text)


@pytest.mark.parametrize("text", DOCSTRING_CASES, ids=_ids(DOCSTRING_CASES))
def test_docstring_inside_an_indented_function(text: str) -> None:
    body = docstring(text).replace("\n", "\n    ")
    source = f'def f():\n    """{body}"""\n    return 1\n'

    tree = ast.parse(source)

    function = tree.body[0]
    assert isinstance(function, ast.FunctionDef)
    assert len(function.body) == 2
    assert _words(ast.get_docstring(function, clean=True) or "") == _words(text)


def test_docstring_keeps_line_breaks_readable() -> None:
    result = docstring("First line.\r\n\r\nSecond\tparagraph.  \n")

    assert result == "First line.\n\nSecond    paragraph."
    assert _parse_docstring(result) == "First line.\n\nSecond    paragraph."


def test_docstring_keeps_text_exact_when_nothing_needs_normalising() -> None:
    text = 'Say "hi" and \'bye\', C:\\path, """inner""" quotes, {{ x }}.'

    assert _parse_docstring(docstring(text)) == text


@pytest.mark.parametrize(
    "text", sorted(ENDS_WITH_TRIPLE_QUOTE), ids=_ids(sorted(ENDS_WITH_TRIPLE_QUOTE))
)
def test_docstring_of_text_ending_with_triple_quotes(text: str) -> None:
    assert _words(_parse_docstring(docstring(text))) == _words(text)


# -- comment --------------------------------------------------------------------------------


@pytest.mark.parametrize("text", HOSTILE, ids=_ids(HOSTILE))
def test_comment_is_one_line(text: str) -> None:
    result = comment(text)

    line = "# " + result
    assert len(line.splitlines()) == 1
    assert "\n" not in line and "\r" not in line
    _assert_writable(result)
    tree = ast.parse("x = 1  # " + result)
    assert len(tree.body) == 1
    assert isinstance(tree.body[0], ast.Assign)
    # Nothing after the comment became code.
    assert ast.unparse(tree) == "x = 1"


def test_comment_collapses_whitespace() -> None:
    assert comment("  several\nlines\r\n\tand   spaces  ") == "several lines and spaces"


def test_comment_escapes_unprintable_characters() -> None:
    assert comment("a\x00b") == "a\\x00b"
    assert comment("lone \udc80") == "lone \\udc80"


# -- identifier -----------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["a b", "class", "é", "", "1a", "None", "a-b", "x\x00"])
def test_identifier_rejects_unsafe_names(name: str) -> None:
    with pytest.raises(ValueError, match="not a safe Python identifier"):
        identifier(name)


@pytest.mark.parametrize("name", ["obtain_token", "OAuthApi", "class_", "_private", "match"])
def test_identifier_returns_safe_names_unchanged(name: str) -> None:
    assert identifier(name) == name


# -- toml_string ------------------------------------------------------------------------------


@pytest.mark.parametrize("text", HOSTILE, ids=_ids(HOSTILE))
def test_toml_string_round_trips(text: str) -> None:
    """One TOML value, equal to the text (a lone surrogate, not writable in TOML, is U+FFFD)."""
    result = toml_string(text)

    parsed = tomllib.loads(f"key = {result}\nother = 1\n")
    expected = "".join("\ufffd" if 0xD800 <= ord(c) <= 0xDFFF else c for c in text)
    assert parsed == {"key": expected, "other": 1}
    assert result.isascii()
    assert len(result.splitlines()) == 1


def test_toml_string_spells_non_bmp_characters_as_toml_does() -> None:
    # json.dumps would write the surrogate pair "\ud83d\ude00", which TOML rejects.
    assert toml_string("\U0001f600") == '"\\U0001F600"'


# The fast paths of the private helpers (one isprintable() per string, one regex for line
# breaks) against the per-character definitions they replaced.
def _escape_each_character(text: str, keep: str = "") -> str:
    return "".join(c if c in keep or c.isprintable() else repr(c)[1:-1] for c in text)


def _replace_each_line_break(text: str) -> str:
    for mark in ("\r\n", "\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"):
        text = text.replace(mark, "\n")
    return text


_AWKWARD = [
    "",
    "plain ascii",
    "tab\tand\nnewline",
    "\r\r\n\n\r",
    "nul \x00 bell \x07 del \x7f",
    "zero width \u200b, nbsp \xa0, line sep \u2028 para \u2029, nel \x85",
    "lone surrogate \udc80",
    "emoji 😀 and ü and 中文",
    "\x1c\x1d\x1e\x0b\x0c",
]


@pytest.mark.parametrize("text", _AWKWARD)
@pytest.mark.parametrize("keep", ["", "\n\t"])
def test_escape_fast_path_matches_the_per_character_rule(text: str, keep: str) -> None:
    from generator.render.escaping import _escape_unprintable

    assert _escape_unprintable(text, keep) == _escape_each_character(text, keep)


@pytest.mark.parametrize("text", _AWKWARD)
def test_line_breaks_normalised_as_by_successive_replacement(text: str) -> None:
    from generator.render.escaping import _normalise_newlines

    assert _normalise_newlines(text) == _replace_each_line_break(text)


def test_escape_fast_paths_on_every_character_of_the_first_plane() -> None:
    from generator.render.escaping import _escape_unprintable, _normalise_newlines

    every = "".join(map(chr, range(0x10000)))
    for keep in ("", "\n\t"):
        assert _escape_unprintable(every, keep) == _escape_each_character(every, keep)
    assert _normalise_newlines(every) == _replace_each_line_break(every)
