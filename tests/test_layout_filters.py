"""The layout filters write code as black writes it, so black has nothing to change and
formats each generated file in one pass (black.format_str runs a second pass over any text
its first pass changed). Each case is checked against black itself."""

from __future__ import annotations

import textwrap

import pytest

from generator import formatting
from generator.layout import (
    annotated,
    assign,
    fit,
    keyword_argument,
    literal_assignment,
    returns,
)

NAME = "Widget" * 12  # a 72-character name, as long schema names in public specs are


def _black_keeps(code: str) -> None:
    ok, formatted = formatting._format_text((".py", code))
    assert ok, formatted
    assert formatted == code


@pytest.mark.parametrize(
    "items",
    [[], ["a"], ["alpha", "beta"], [NAME, NAME], [f'"{NAME}"', "2", "None"]],
)
def test_fit_imports_calls_and_literals(items: list[str]) -> None:
    names = [item for item in items if item.isidentifier()] or ["x"]
    _black_keeps(fit(names, "from package.module import ") + "\n")
    _black_keeps("result = " + fit(items, "call(", at=9, indent=0) + "\n")
    _black_keeps("result = " + fit(items, "call(", at=9, indent=0, hug=True) + "\n")
    _black_keeps("value = " + fit(items, "[", at=8, indent=0, close="]") + "\n")


@pytest.mark.parametrize("value", ['"short"', f'"{NAME}"', f'"{NAME * 2}"'])
def test_assign_long_values(value: str) -> None:
    text = assign(value, "MEMBER_NAME", at=4, indent=0)
    _black_keeps("class E:\n" + textwrap.indent(text, "    ") + "\n")


@pytest.mark.parametrize(
    ("annotation", "default"),
    [
        ("int", None),
        (f"{NAME} | None", "None"),
        (f"list[{NAME}] | None", "None"),
        (f"dict[str, {NAME}]", None),
        (NAME, None),
    ],
)
def test_annotated_fields(annotation: str, default: str | None) -> None:
    """Up to the lengths the filter claims: beyond them (an annotation too long for a line
    of its own) black splits the annotation itself and formats that file twice."""
    annotation = annotation.replace(NAME, NAME[:60])
    for name in ("x", "a_field_name_of_moderate_length"):
        text = annotated(annotation, name, default, at=4)
        _black_keeps("class M:\n" + textwrap.indent(text, "    ") + "\n")


@pytest.mark.parametrize(
    "value",
    [
        {},
        {"a": 1},
        {"token": "x" * 70},
        {"client_id": "x" * 30, "client_secret": "y" * 50, "code": "z" * 30},
        {"nested": {"inner": ["a" * 40, "b" * 40], "flag": True}, "n": [1, 2, 3]},
        ["a" * 50, "b" * 50],
        [{"k": "v" * 80}],
    ],
)
def test_literal_assignment_of_examples(value: object) -> None:
    _black_keeps(literal_assignment(value, "body") + "\n")


@pytest.mark.parametrize(
    "annotation",
    [
        f"{NAME[:60]} | dict[str, Any]",
        f"{NAME[:50]} | {NAME[:50]} | None",
        f"list[{NAME[:60]}]",
    ],
)
def test_annotated_parameters(annotation: str) -> None:
    lines = [
        annotated(annotation, "body", None, at=4, suffix=",", parameter=True),
        annotated(annotation, "other", "None", at=4, suffix=",", parameter=True),
    ]
    body = "".join(textwrap.indent(line, "    ") + "\n" for line in lines)
    _black_keeps(f"def call(\n    *,\n{body}) -> None:\n    pass\n")


def test_fit_counts_what_follows_on_the_line() -> None:
    items = ['"org": org', '"image_definition_id": image_definition_id', '"version": version']
    text = fit(items, "{", at=12, close="}", after=1)
    code = "def f():\n    return g(\n        x(\n            " + text + ",\n        )\n    )\n"
    _black_keeps(code)


def test_the_filters_break_lines_where_black_does() -> None:
    from generator import layout

    assert layout.LINE_LENGTH == formatting.LINE_LENGTH


UNION = "Account | BankAccount | Card | Source | DeletedBankAccount | DeletedCard"


@pytest.mark.parametrize("inner", ["int", UNION, f"{UNION} | {UNION.replace('Card', 'Cheque')}"])
def test_returns_and_keyword_arguments(inner: str) -> None:
    code = (
        "def _request(\n    *,\n    a: int,\n"
        + returns(inner, "RequestSpec")
        + "\n    return RequestSpec(\n        "
        + keyword_argument(inner, "response_model", at=8)
        + "\n    )\n\n\nclass Api:\n    def call(\n        self,\n    "
        + returns(inner, "ApiResult", at=4)
        + "\n        pass\n"
    )
    _black_keeps(code)
