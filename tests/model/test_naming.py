"""Name decisions: any spec string becomes a valid, non-keyword, deterministic identifier.

``snake_case``, ``pascal_case``, ``constant_case`` and ``field_name`` are total functions;
``NameScope.claim`` makes names unique within a scope, ignoring case (file names on macOS
and Windows are case-insensitive).
"""

from __future__ import annotations

import keyword
from collections.abc import Callable

import pytest

from generator.model.naming import (
    MAX_IDENTIFIER,
    Identifier,
    NameScope,
    constant_case,
    field_name,
    pascal_case,
    snake_case,
)

CONVERTERS = [snake_case, pascal_case, constant_case, field_name]

HOSTILE = [
    "ObtainToken", "OAuth", "HTTPServer", "class", "from", "import", "None", "True", "async",
    "match", "case", "type", "_", "__init__", "_private", "model_config", "schema", "2fa",
    "123", "café", "名前", "", "   ", "---", "a b", "x" * 500, "\udc80", "😀", "user-id",
    "user_id", "UserId", "self", "Ñandú", "tab\there", "new\nline",
]  # fmt: skip


@pytest.mark.parametrize("convert", CONVERTERS, ids=lambda f: f.__name__)
@pytest.mark.parametrize("text", HOSTILE, ids=lambda s: ascii(s[:20]))
def test_every_result_is_a_safe_identifier(convert: Callable[[str], str], text: str) -> None:
    name = convert(text)

    assert name.isidentifier(), name
    assert name.isascii(), name
    assert not keyword.iskeyword(name), name
    assert len(name) <= MAX_IDENTIFIER
    assert convert(text) == name  # deterministic


@pytest.mark.parametrize(
    ("text", "snake", "pascal", "constant"),
    [
        ("ObtainToken", "obtain_token", "ObtainToken", "OBTAIN_TOKEN"),
        ("OAuth", "o_auth", "OAuth", "O_AUTH"),
        ("HTTPServer", "http_server", "HTTPServer", "HTTP_SERVER"),
        ("getHTTPResponseCode", "get_http_response_code", "GetHTTPResponseCode",
         "GET_HTTP_RESPONSE_CODE"),
        ("obtain_token_request", "obtain_token_request", "ObtainTokenRequest",
         "OBTAIN_TOKEN_REQUEST"),
        ("api-error", "api_error", "ApiError", "API_ERROR"),
        ("Square-Version", "square_version", "SquareVersion", "SQUARE_VERSION"),
        ("café", "cafe", "Cafe", "CAFE"),
        ("Ñandú", "nandu", "Nandu", "NANDU"),
    ],
)  # fmt: skip
def test_word_splitting(text: str, snake: str, pascal: str, constant: str) -> None:
    assert snake_case(text) == snake
    assert pascal_case(text) == pascal
    assert constant_case(text) == constant
    assert field_name(text) == snake


@pytest.mark.parametrize("word", ["class", "from", "import", "def", "return", "lambda", "async"])
def test_keywords_get_a_trailing_underscore(word: str) -> None:
    assert snake_case(word) == f"{word}_"
    assert field_name(word) == f"{word}_"
    assert pascal_case(word) == word.capitalize()
    assert constant_case(word) == word.upper()


@pytest.mark.parametrize("word", ["None", "True", "False"])
def test_capitalised_keywords(word: str) -> None:
    assert pascal_case(word) == f"{word}_"
    assert snake_case(word) == word.lower()


@pytest.mark.parametrize("word", ["match", "case", "type"])
def test_soft_keywords_are_avoided_in_snake_case(word: str) -> None:
    assert snake_case(word) == f"{word}_"
    assert field_name(word) == f"{word}_"


def test_leading_digits() -> None:
    assert snake_case("2fa") == "n2fa"
    assert snake_case("123") == "n123"
    assert pascal_case("2fa") == "M2fa"  # first letter of kind "Model"
    assert pascal_case("3d", "Api") == "A3d"
    assert constant_case("1") == "VALUE_1"
    assert constant_case("404 not found", "STATUS") == "STATUS_404_NOT_FOUND"


def test_pydantic_reserved_field_names() -> None:
    assert field_name("model_config") == "model_config_"
    assert field_name("model_dump") == "model_dump_"
    assert field_name("schema") == "schema_"
    assert field_name("json") == "json_"
    assert field_name("_private") == "private"  # never starts with an underscore
    assert snake_case("model_config") == "model_config"  # only fields are restricted


def test_names_without_ascii_words_fall_back_to_a_stable_digest() -> None:
    japanese, other = snake_case("名前"), snake_case("名字")

    assert japanese.startswith("name_") and other.startswith("name_")
    assert japanese != other
    assert snake_case("名前", "param").startswith("param_")
    assert pascal_case("名前").startswith("Model_")
    assert constant_case("名前").startswith("VALUE_")


def test_empty_string() -> None:
    assert snake_case("").startswith("name_")
    assert pascal_case("").startswith("Model_")
    assert constant_case("") == "EMPTY"
    assert field_name("").startswith("field_")
    assert snake_case("") == snake_case("")


@pytest.mark.parametrize("convert", CONVERTERS, ids=lambda f: f.__name__)
def test_long_names_are_shortened_and_stay_unique(convert: Callable[[str], str]) -> None:
    first = "segment_" * 62 + "alpha"  # 501 characters
    second = "segment_" * 62 + "omega"
    assert len(first) == len(second) == 501

    a, b = convert(first), convert(second)

    assert len(a) <= MAX_IDENTIFIER and len(b) <= MAX_IDENTIFIER
    assert a != b
    assert a.isidentifier() and b.isidentifier()
    assert convert(first) == a


def test_names_that_differ_only_in_case_or_punctuation_collide_before_claiming() -> None:
    assert snake_case("user-id") == snake_case("user_id") == snake_case("UserId") == "user_id"
    assert pascal_case("user-id") == pascal_case("user_id") == pascal_case("UserId") == "UserId"


def test_name_scope_claims_unique_names_case_insensitively() -> None:
    scope = NameScope()

    claimed = [scope.claim(snake_case(text)) for text in ("user-id", "user_id", "UserId")]

    assert claimed == ["user_id", "user_id_2", "user_id_3"]
    assert scope.claim("USER_ID") == "USER_ID_4"
    assert scope.claim("User") == "User"
    assert scope.claim("user") == "user_2"
    assert scope.claim("user_2") == "user_2_2"


def test_name_scope_respects_reserved_names_and_odd_endings() -> None:
    scope = NameScope({"Client", "body"})

    assert scope.claim("client") == "client_2"
    assert scope.claim("Body") == "Body_2"
    assert scope.claim("name_") == "name_"
    assert scope.claim("name_") == "name_2"  # no double underscore


def test_pascal_names_that_differ_only_in_case_get_distinct_claims() -> None:
    scope = NameScope()

    assert [scope.claim(pascal_case(t)) for t in ("ABTest", "AbTest", "abTest")] == [
        "ABTest",
        "AbTest_2",
        "AbTest_3",
    ]


@pytest.mark.parametrize("bad", ["", "2fa", "user-id", "class", "None", "naïve", "a b"])
def test_an_identifier_cannot_hold_an_invalid_name(bad: str) -> None:
    with pytest.raises(ValueError, match="not a valid Python identifier"):
        Identifier(bad)


def test_claimed_names_are_identifiers() -> None:
    scope = NameScope()

    first, second = scope.claim("user_id"), scope.claim("user_id")

    assert isinstance(first, Identifier) and isinstance(second, Identifier)
    assert (first, second) == ("user_id", "user_id_2")
    assert Identifier("match") == "match"  # a soft keyword is a valid name
