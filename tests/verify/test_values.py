"""generator/verify/values.py: the spec's examples, synthesized values, and the local check.

Each feature has a value test (the exact value, or the check's [] for it) and a negative
test that the check refuses a bad value, so that a check that passes everything would fail
here. The last tests build values for every parameter and JSON body of the specs in
tests/specs and the Square spec, and check each against its own schema.
"""

from __future__ import annotations

import base64
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pytest
import yaml

from generator.shared.diagnostics import pointer_from_parts
from generator.verify import patterns
from generator.verify.values import NOTHING, Values
from tests.conftest import ROOT

SCHEMAS = "/components/schemas"


def values_of(schemas: dict[str, Any], version: str = "3.0.3") -> Values:
    return Values({"openapi": version, "info": {}, "paths": {}, "components": {"schemas": schemas}})


def built(schema: dict[str, Any], *, full: bool = True, version: str = "3.0.3", **more: Any) -> Any:
    """The value synthesized for `schema` (as components/schemas/S), after checking it."""
    values = values_of({"S": schema, **more}, version)
    value = values.synthesize(f"{SCHEMAS}/S", full=full)
    assert values.violations(value, f"{SCHEMAS}/S") == [], value
    return value


def refused(schema: dict[str, Any], value: Any, version: str = "3.0.3", **more: Any) -> list[str]:
    problems = values_of({"S": schema, **more}, version).violations(value, f"{SCHEMAS}/S")
    assert problems, f"{value!r} passed {schema}"
    return problems


# -- references and composition ------------------------------------------------------------


def test_ref_is_followed() -> None:
    assert (
        built({"$ref": "#/components/schemas/Name"}, Name={"type": "string", "enum": ["x"]}) == "x"
    )
    refused({"$ref": "#/components/schemas/Name"}, "y", Name={"type": "string", "enum": ["x"]})


@pytest.mark.parametrize(
    "ref", ["#/components/schemas/Missing", "other.yaml#/Pet", "https://example.com/s.json"]
)
def test_unresolvable_or_external_ref_raises_naming_it(ref: str) -> None:
    values = values_of(
        {"S": {"type": "object", "required": ["a"], "properties": {"a": {"$ref": ref}}}}
    )
    with pytest.raises(ValueError, match=re.escape(repr(ref))):
        values.synthesize(f"{SCHEMAS}/S", full=False)


def test_pointer_through_a_ref_and_a_missing_pointer() -> None:
    document = {
        "openapi": "3.0.3",
        "paths": {"/p": {"get": {"parameters": [{"$ref": "#/components/parameters/Limit"}]}}},
        "components": {
            "parameters": {
                "Limit": {
                    "name": "limit",
                    "in": "query",
                    "schema": {"type": "integer", "minimum": 5},
                }
            }
        },
    }
    values = Values(document)
    pointer = "/paths/~1p/get/parameters/0/schema"
    assert values.synthesize(pointer, full=False) == 5
    assert values.violations(4, pointer) == ["at (root): 4 is less than the minimum of 5"]
    with pytest.raises(ValueError, match="no schema at"):
        values.synthesize("/paths/~1q/get", full=False)


def test_all_of_merges_properties_required_and_bounds() -> None:
    schema = {
        "allOf": [
            {"$ref": "#/components/schemas/Base"},
            {
                "type": "object",
                "required": ["size"],
                "properties": {"size": {"type": "integer", "minimum": 3}},
            },
            {"properties": {"size": {"maximum": 4}}},
        ]
    }
    base = {"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}}}
    assert built(schema, full=False, Base=base) == {"id": "string", "size": 3}
    refused(schema, {"id": "string", "size": 5}, Base=base)
    refused(schema, {"size": 3}, Base=base)


def test_one_of_takes_the_first_alternative_the_whole_schema_accepts() -> None:
    # The first alternative cannot hold with the sibling minimum; the second can.
    schema = {
        "oneOf": [{"type": "integer", "maximum": 2}, {"type": "integer", "minimum": 10}],
        "minimum": 5,
    }
    assert built(schema) == 10
    refused(schema, 3)


def test_one_of_needs_exactly_one_match() -> None:
    # {"a": "string"} matches both alternatives; a value only the first accepts is built.
    first = {"type": "object", "required": ["a"], "properties": {"a": {"type": "string"}}}
    second = {"type": "object", "properties": {"a": {"type": "string"}, "b": {"type": "integer"}}}
    value = built({"oneOf": [first, second]}, full=False)
    assert value["a"] == "string" and "b" in value and not isinstance(value["b"], int)
    refused({"oneOf": [first, second]}, {"a": "string"})


def test_any_of_takes_the_first_alternative() -> None:
    assert (
        built({"anyOf": [{"type": "string", "format": "date"}, {"type": "integer"}]})
        == "2024-01-01"
    )
    refused({"anyOf": [{"type": "string", "format": "date"}, {"type": "integer"}]}, "soon")


def test_discriminator_sets_the_mapping_key_of_the_chosen_alternative() -> None:
    schemas = {
        "S": {
            "oneOf": [{"$ref": "#/components/schemas/Cat"}, {"$ref": "#/components/schemas/Dog"}],
            "discriminator": {
                "propertyName": "kind",
                "mapping": {"cat": "#/components/schemas/Cat"},
            },
        },
        "Cat": {
            "type": "object",
            "required": ["kind"],
            "properties": {
                "kind": {"type": "string", "enum": ["cat"]},
                "lives": {"type": "integer"},
            },
        },
        "Dog": {
            "type": "object",
            "required": ["kind"],
            "properties": {"kind": {"type": "string", "enum": ["Dog"]}},
        },
    }
    values = values_of(schemas)
    value = values.synthesize(f"{SCHEMAS}/S", full=True)
    assert value == {"kind": "cat", "lives": 1}
    assert values.violations(value, f"{SCHEMAS}/S") == []
    assert values.violations({"kind": "cow"}, f"{SCHEMAS}/S") != []


def test_discriminator_of_a_base_names_the_schema_that_extends_it() -> None:
    schemas = {
        "Pet": {
            "type": "object",
            "required": ["petType"],
            "properties": {"petType": {"type": "string"}},
            "discriminator": {
                "propertyName": "petType",
                "mapping": {"kitty": "#/components/schemas/Cat"},
            },
        },
        "Cat": {
            "allOf": [
                {"$ref": "#/components/schemas/Pet"},
                {"type": "object", "properties": {"lives": {"type": "integer"}}},
            ]
        },
    }
    values = values_of(schemas)
    assert values.synthesize(f"{SCHEMAS}/Cat", full=False) == {"petType": "kitty"}


def test_not_is_skipped() -> None:
    assert built({"type": "string", "not": {"enum": ["x"]}}) == "string"
    refused({"type": "string", "not": {"enum": ["x"]}}, "x")


# -- types ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("schema", "expected", "bad"),
    [
        ({"type": "string"}, "string", 1),
        ({"type": "integer"}, 1, 1.5),
        ({"type": "number"}, 1, "1"),
        ({"type": "boolean"}, True, "true"),
        ({"type": "array", "items": {"type": "integer"}}, [1, 1], [None]),
        ({"type": "object", "properties": {"a": {"type": "boolean"}}}, {"a": True}, {"a": 1}),
    ],
)
def test_types(schema: dict[str, Any], expected: Any, bad: Any) -> None:
    value = built(schema)
    assert value == expected and type(value) is type(expected)
    refused(schema, bad)


def test_null_type_in_31() -> None:
    assert built({"type": "null"}, version="3.1.0") is None
    refused({"type": "null"}, 0, version="3.1.0")


def test_type_arrays_in_31_take_the_first_non_null_type() -> None:
    assert built({"type": ["null", "integer"]}, version="3.1.0") == 1
    assert (
        values_of({"S": {"type": ["null", "integer"]}}, "3.1.0").violations(None, f"{SCHEMAS}/S")
        == []
    )
    refused({"type": ["null", "integer"]}, "1", version="3.1.0")


def test_nullable_in_30() -> None:
    assert built({"type": "string", "nullable": True}) == "string"
    assert (
        values_of({"S": {"type": "string", "nullable": True}}).violations(None, f"{SCHEMAS}/S")
        == []
    )
    refused({"type": "string"}, None)


@pytest.mark.parametrize(
    ("schema", "expected"),
    [
        ({"properties": {"a": {"type": "integer"}}}, {"a": 1}),
        ({"items": {"type": "string"}}, ["string", "string"]),
        ({"minimum": 5}, 5),
        ({"enum": [None, "b", "c"]}, "b"),
        ({}, "string"),
    ],
)
def test_schema_without_type_is_inferred(schema: dict[str, Any], expected: Any) -> None:
    assert built(schema) == expected


def test_const_and_enum() -> None:
    assert built({"const": "fixed"}, version="3.1.0") == "fixed"
    refused({"const": "fixed"}, "other", version="3.1.0")
    assert built({"type": "string", "enum": [None, "a", "b"], "nullable": True}) == "a"
    refused({"type": "string", "enum": ["a", "b"]}, "c")


def test_default_is_used_only_by_example() -> None:
    values = values_of({"S": {"type": "integer", "default": 7, "minimum": 2}})
    assert values.synthesize(f"{SCHEMAS}/S", full=True) == 2
    assert values.example(f"{SCHEMAS}/S") == 7


# -- strings -------------------------------------------------------------------------------

FORMATS = {
    "date": "2024-01-01",
    "date-time": "2024-01-01T10:30:00Z",
    "time": "10:30:00",
    "duration": "P1D",
    "email": "user@example.com",
    "idn-email": "user@example.com",
    "uuid": "3fa85f64-5717-4562-b3fc-000000000000",
    "uri": "https://example.com/",
    "uri-reference": "https://example.com/",
    "url": "https://example.com/",
    "hostname": "example.com",
    "ipv4": "192.0.2.0",
    "ipv6": "2001:db8::0",
    "byte": base64.b64encode(b"string").decode(),
    "binary": "binary",
    "password": "password",
    "made-up-format": "string",
}


@pytest.mark.parametrize(("fmt", "expected"), sorted(FORMATS.items()))
def test_string_formats(fmt: str, expected: str) -> None:
    assert built({"type": "string", "format": fmt}) == expected


@pytest.mark.parametrize(
    ("fmt", "bad"),
    [
        ("date", "2024-13-45"),
        ("date-time", "yesterday"),
        ("email", "nobody"),
        ("uuid", "not-a-uuid"),
        ("ipv4", "999.1.1.1"),
        ("ipv6", "::g"),
        ("byte", "***"),
    ],
)
def test_the_check_refuses_bad_formats(fmt: str, bad: str) -> None:
    refused({"type": "string", "format": fmt}, bad)


@pytest.mark.parametrize(
    ("fmt", "expected"), [("int32", 1), ("int64", 1), ("float", 1), ("double", 1)]
)
def test_number_formats(fmt: str, expected: int) -> None:
    assert (
        built({"type": "number" if fmt in ("float", "double") else "integer", "format": fmt})
        == expected
    )
    refused({"type": "integer", "format": "int32"}, 2**31)


def test_lengths() -> None:
    assert built({"type": "string", "minLength": 10}) == "stringxxxx"
    assert built({"type": "string", "maxLength": 3}) == "str"
    assert built({"type": "string", "format": "byte", "minLength": 12}) == "c3RyaW5neA=="
    assert len(built({"type": "string", "format": "email", "minLength": 20})) == 20
    refused({"type": "string", "maxLength": 3}, "four")
    refused({"type": "string", "minLength": 3}, "ab")


# -- patterns ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"^[A-Z]{3}$", "AAA"),
        (r"^\d{4}-\d{2}$", "0000-00"),
        (r"^(foo|bar)+baz?$", "fooba"),
        (r"^[^/]+$", "string"),  # the plain string matches: kept
        (r"^\w+@\w+\.com$", "a@a.com"),
        (r"^\s?x\S$", "xa"),
        (r"^[a-z0-9-]*$", "string"),
        (r"^(?<year>\d{4})-\k<year>$", "0000-0000"),  # ECMA named groups
        (r"^\p{L}+$", "string"),  # ECMA Unicode classes
        (r"^\p{L}\d$", "a0"),
        (r"^\p{Lu}\P{L}$", "A-"),
        (r"abc", "abc"),  # a search pattern: matches anywhere
        (r"^(?=.*[a-z])(?=.*[A-Z])(?=.*\d).{8,}$", "aA1!aA1!"),  # lookaheads: cycled `.`
        (r"^[[a]$", "["),  # `[` inside a class is a literal in ECMA
        (r"^\/v1\/x$", "/v1/x"),
    ],
)
def test_pattern_strings(pattern: str, expected: str) -> None:
    assert built({"type": "string", "pattern": pattern}) == expected


def test_pattern_with_lengths() -> None:
    assert built({"type": "string", "pattern": r"^[a-z]+$", "minLength": 7}) == "stringx"
    assert built({"type": "string", "pattern": r"^[A-Z]+$", "minLength": 7}) == "AAAAAAA"
    assert (
        built({"type": "string", "pattern": r"^[a-z]{2,8}$", "minLength": 4, "maxLength": 5})
        == "strin"
    )
    assert built({"type": "string", "pattern": r"^[A-Z]{2,8}$", "minLength": 4}) == "AAAA"
    # A search pattern keeps matching when padded outside the match.
    assert built({"type": "string", "pattern": r"^ab", "minLength": 4}) == "abxx"
    assert built({"type": "string", "pattern": r"ab$", "minLength": 4}) == "xxab"


def test_pattern_strings_are_not_empty_when_they_need_not_be() -> None:
    # An empty string makes a poor path segment or query value.
    assert patterns.matching_string(r"^[a-z0-9-]*$") == "a"
    assert patterns.matching_string(r"^[a-z0-9-]*$", max_length=0) == ""


def test_a_format_value_that_matches_the_pattern_is_kept() -> None:
    assert built({"type": "string", "format": "byte", "pattern": "^.{1,100}"}) == "c3RyaW5n"
    assert (
        built({"type": "string", "format": "date", "pattern": r"^\d{4}-\d\d-\d\d$"}) == "2024-01-01"
    )
    refused({"type": "string", "format": "byte", "pattern": "^.{1,100}"}, "a")


def test_pattern_the_check_refuses() -> None:
    refused({"type": "string", "pattern": r"^[A-Z]{3}$"}, "AAAA")
    refused({"type": "string", "pattern": r"^\p{L}+$"}, "123")


def test_unsatisfiable_pattern_returns_a_best_try_the_check_refuses() -> None:
    # Genuinely unsatisfiable: 3 digits cannot fit in 2 characters.
    schema = {"type": "string", "pattern": r"^\d{3}$", "maxLength": 2}
    values = values_of({"S": schema})
    value = values.synthesize(f"{SCHEMAS}/S", full=False)
    assert value == "000"
    assert values.violations(value, f"{SCHEMAS}/S") == ["at (root): '000' is too long"]


def test_pattern_variants_differ() -> None:
    texts = {patterns.matching_string(r"^[A-Z]{2}$", variant=v) for v in range(5)}
    assert len(texts) == 5 and all(re.fullmatch("[A-Z]{2}", t) for t in texts)


# -- numbers -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("schema", "version", "expected", "bad"),
    [
        ({"type": "integer", "minimum": 10}, "3.0.3", 10, 9),
        ({"type": "integer", "maximum": -3}, "3.0.3", -3, -2),
        ({"type": "integer", "minimum": 10, "exclusiveMinimum": True}, "3.0.3", 11, 10),
        ({"type": "integer", "maximum": 0, "exclusiveMaximum": True}, "3.0.3", -1, 0),
        ({"type": "integer", "exclusiveMinimum": 10}, "3.1.0", 11, 10),
        ({"type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1}, "3.1.0", 0.5, 1),
        ({"type": "number", "minimum": 2.5}, "3.0.3", 2.5, 2.4),
        ({"type": "integer", "multipleOf": 5, "minimum": 7}, "3.0.3", 10, 11),
        ({"type": "number", "multipleOf": 0.01, "minimum": 0.05}, "3.0.3", 1, 0.051),
        (
            {"type": "number", "multipleOf": 0.01, "minimum": 3.01, "maximum": 3.09},
            "3.0.3",
            3.01,
            3.015,
        ),
        ({"type": "integer", "multipleOf": 0.5}, "3.0.3", 1, 1.5),
        ({"type": "integer", "format": "int64", "minimum": 3000000000}, "3.0.3", 3000000000, 1),
        ({"type": "integer", "format": "int32", "maximum": -5}, "3.0.3", -5, -(2**31) - 1),
    ],
)
def test_numbers(schema: dict[str, Any], version: str, expected: Any, bad: Any) -> None:
    value = built(schema, version=version)
    assert value == expected and type(value) is type(expected)
    refused(schema, bad, version=version)


# -- arrays --------------------------------------------------------------------------------


def test_array_counts() -> None:
    schema = {"type": "array", "items": {"type": "integer"}, "minItems": 2, "maxItems": 3}
    assert built(schema, full=False) == [1, 1]
    assert built({"type": "array", "items": {"type": "integer"}}, full=False) == []
    # Two near the top: lists go on the wire with several items.
    assert built({"type": "array", "items": {"type": "integer"}}, full=True) == [1, 1]
    refused(schema, [1])
    refused(schema, [1, 1, 1, 1])


@pytest.mark.parametrize(
    "items",
    [
        {"type": "integer"},
        {"type": "string"},
        {"type": "string", "format": "uuid"},
        {"type": "string", "enum": ["a", "b", "c"]},
        {"type": "string", "pattern": "^[a-c]$"},
        {"type": "object", "required": ["n"], "properties": {"n": {"type": "integer"}}},
    ],
)
def test_unique_items_vary(items: dict[str, Any]) -> None:
    schema = {"type": "array", "items": items, "minItems": 3, "uniqueItems": True}
    value = built(schema)
    assert len(value) == 3
    refused(schema, [value[0]] * 3)


# -- objects -------------------------------------------------------------------------------

PERSON = {
    "type": "object",
    "required": ["name", "id"],
    "properties": {
        "id": {"type": "integer", "readOnly": True},
        "name": {"type": "string"},
        "age": {"type": "integer", "minimum": 0},
        "secret": {"type": "string", "writeOnly": True},
    },
}


@pytest.mark.parametrize("version", ["3.0.3", "3.1.0"])
def test_required_and_read_only(version: str) -> None:
    assert built(PERSON, full=False, version=version) == {"name": "string"}
    assert built(PERSON, full=True, version=version) == {
        "name": "string",
        "age": 1,
        "secret": "string",
    }
    # The check does not demand a readOnly property, and refuses one that is sent.
    problems = refused(PERSON, {"name": "x", "id": 3}, version=version)
    assert problems == ["at /id: Tried to write read-only property with 3"]
    assert refused(PERSON, {"name": 3}, version=version) == ["at /name: 3 is not of type 'string'"]


def test_additional_properties() -> None:
    assert built({"type": "object", "additionalProperties": {"type": "integer"}}) == {
        "additionalProp1": 1
    }
    assert built({"type": "object", "additionalProperties": {"type": "integer"}}, full=False) == {}
    closed = {
        "type": "object",
        "properties": {"a": {"type": "string"}},
        "additionalProperties": False,
    }
    assert built(closed) == {"a": "string"}
    refused(closed, {"a": "x", "b": 1})
    refused({"type": "object", "additionalProperties": {"type": "integer"}}, {"k": "v"})


def test_min_and_max_properties() -> None:
    schema = {"type": "object", "properties": {"a": {"type": "string"}}, "minProperties": 2}
    assert built(schema, full=False) == {"a": "string", "additionalProp1": "string"}
    capped = {**PERSON, "maxProperties": 2}
    assert built(capped) == {"name": "string", "age": 1}
    refused(schema, {"a": "x"})


def test_pattern_properties() -> None:
    schema = {
        "type": "object",
        "required": ["x-id"],
        "patternProperties": {"^x-": {"type": "integer"}},
    }
    assert built(schema, version="3.1.0") == {"x-id": 1}
    refused(schema, {"x-id": "1"}, version="3.1.0")


def test_recursive_schema_ends() -> None:
    node = {
        "type": "object",
        "properties": {
            "name": {"type": "string"},
            "children": {"type": "array", "items": {"$ref": "#/components/schemas/S"}},
            "parent": {"$ref": "#/components/schemas/S"},
        },
    }
    value = built(node)
    depth = 0
    while value.get("parent"):
        value, depth = value["parent"], depth + 1
    assert 2 <= depth <= 5


def test_all_of_cycle_ends() -> None:
    schemas = {
        "S": {"allOf": [{"$ref": "#/components/schemas/T"}]},
        "T": {"allOf": [{"$ref": "#/components/schemas/S"}], "type": "integer"},
    }
    assert values_of(schemas).synthesize(f"{SCHEMAS}/S", full=True) == 1


def test_values_are_deterministic() -> None:
    document = _load(ROOT / "tests" / "specs" / "valid" / "breadth-schemas.yaml")
    first, second = Values(document), Values(json.loads(json.dumps(document)))
    for pointer in _schema_pointers(document):
        for full in (False, True):
            a = json.dumps(first.synthesize(pointer, full=full))
            assert a == json.dumps(second.synthesize(pointer, full=full))


def test_read_only_behind_a_ref_is_not_required() -> None:
    # openapi-schema-validator reads readOnly only beside the property; Prism strips
    # readOnly properties from a request schema after following $refs.
    schema = {
        "type": "object",
        "required": ["id", "name"],
        "properties": {"id": {"$ref": "#/components/schemas/Id"}, "name": {"type": "string"}},
    }
    ident = {"type": "string", "readOnly": True}
    assert built(schema, Id=ident) == {"name": "string"}
    assert refused(schema, {"id": "x"}, Id=ident) == [
        "at (root): 'name' is a required property",
        "at /id: Tried to write read-only property with x",
    ]


def test_read_only_at_the_root_is_no_property() -> None:
    # A parameter or body schema marked readOnly as a whole: the value is still sent.
    assert built({"type": "string", "readOnly": True}) == "string"
    refused({"type": "string", "readOnly": True}, 1)


def test_one_of_by_required_sets_leaves_out_what_the_other_requires() -> None:
    properties = {"url": {"type": "string"}, "html": {"type": "string"}}
    schema = {"properties": properties, "oneOf": [{"required": ["url"]}, {"required": ["html"]}]}
    assert built(schema, full=True) == {"url": "string"}
    refused(schema, {"url": "a", "html": "b"})


def test_uri_is_checked() -> None:
    # Without a uri check, oneOf [uri, binary] could never hold (binary takes any string).
    schema = {
        "oneOf": [{"type": "string", "format": "uri"}, {"type": "string", "format": "binary"}]
    }
    assert built(schema) == "binary"
    refused({"type": "string", "format": "uri"}, "not a uri")


def test_unknown_type_is_reported_not_raised() -> None:
    schema = {"type": "application/json"}
    assert refused(schema, "x") == [
        "the schema names a type JSON Schema does not have: 'application/json'"
    ]


@pytest.mark.parametrize(
    ("schema", "problem"),
    [
        # Genuinely unsatisfiable (seen in the public corpus): no enum member has the type.
        ({"type": "string", "enum": [10, 20]}, "at (root): 10 is not of type 'string'"),
        # Genuinely unsatisfiable: each allOf part forbids the other's properties.
        (
            {
                "allOf": [
                    {
                        "type": "object",
                        "required": ["a"],
                        "properties": {"a": {"type": "string"}},
                        "additionalProperties": False,
                    },
                    {
                        "type": "object",
                        "properties": {"b": {"type": "string"}},
                        "additionalProperties": False,
                    },
                ]
            },
            "at (root): Additional properties are not allowed ('a' was unexpected)",
        ),
        # Genuinely unsatisfiable: a JavaScript regex literal (slashes and flags) as pattern.
        ({"type": "string", "pattern": "/^[a-z]+$/i"}, "does not match '/^[a-z]+$/i'"),
    ],
)
def test_unsatisfiable_schemas_give_a_value_the_check_refuses(
    schema: dict[str, Any], problem: str
) -> None:
    values = values_of({"S": schema})
    problems = values.violations(values.synthesize(f"{SCHEMAS}/S", full=True), f"{SCHEMAS}/S")
    assert any(problem in p for p in problems), problems


# -- examples ------------------------------------------------------------------------------


def test_example_sources_in_order() -> None:
    values = values_of(
        {
            "A": {"type": "integer", "example": 3, "default": 4},
            "B": {"type": "integer", "examples": [5, 6], "default": 4},
            "C": {"type": "integer", "default": 4},
            "D": {"const": 8},
            "E": {"$ref": "#/components/schemas/A"},
            "F": {"type": "integer", "enum": [1, 2]},
        },
        "3.1.0",
    )
    assert [values.example(f"{SCHEMAS}/{n}") for n in "ABCDE"] == [3, 5, 4, 8, 3]
    assert values.example(f"{SCHEMAS}/F") is NOTHING


def test_example_composed_from_properties() -> None:
    schema = {
        "type": "object",
        "required": ["id", "name", "kind"],
        "properties": {
            "id": {"type": "integer", "readOnly": True, "example": 9},
            "name": {"type": "string", "example": "Rex"},
            "kind": {"type": "string", "enum": ["dog"]},
            "tags": {"type": "array", "items": {"type": "string", "example": "good"}},
            "note": {"type": "string"},
        },
    }
    values = values_of({"S": schema})
    assert values.example(f"{SCHEMAS}/S") == {"name": "Rex", "kind": "dog", "tags": ["good"]}
    assert (
        values_of({"S": {"type": "object", "properties": {"a": {"type": "string"}}}}).example(
            f"{SCHEMAS}/S"
        )
        is NOTHING
    )


def test_example_of_all_of_ignores_a_parts_example() -> None:
    schemas = {
        "Base": {"type": "object", "properties": {"a": {"type": "string"}}, "example": {"a": "x"}},
        "S": {
            "allOf": [
                {"$ref": "#/components/schemas/Base"},
                {"properties": {"b": {"type": "integer", "example": 2}}},
            ]
        },
    }
    assert values_of(schemas).example(f"{SCHEMAS}/S") == {"b": 2}


# -- every schema of the specs -------------------------------------------------------------

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
SPECS = ROOT / "tests" / "specs"


def _load(path: Path) -> Any:
    text = path.read_text(encoding="utf-8")
    return json.loads(text) if path.suffix == ".json" else yaml.safe_load(text)


def _walk(document: Any, pointer: str) -> Any:
    node = document
    for part in pointer.split("/"):
        key = unquote(part).replace("~1", "/").replace("~0", "~")
        node = node[int(key)] if isinstance(node, list) else node[key]
    return node


def _schema_pointers(document: Any) -> Iterator[str]:
    """Every parameter schema and JSON request body schema of every operation."""

    def follow(node: Any) -> Any:
        for _ in range(20):
            if not (isinstance(node, dict) and isinstance(node.get("$ref"), str)):
                break
            if not node["$ref"].startswith("#/"):
                return None  # another file: Values takes one document
            node = _walk(document, node["$ref"][2:])
        return node

    for path, item in (document.get("paths") or {}).items():
        item = follow(item)
        if not isinstance(item, dict):
            continue
        operations = [(["paths", path], item)]
        operations += [(["paths", path, m], follow(item[m])) for m in METHODS if m in item]
        for where, operation in operations:
            for index, parameter in enumerate(operation.get("parameters") or []):
                parameter = follow(parameter)
                if not isinstance(parameter, dict):
                    continue
                if "schema" in parameter:
                    yield pointer_from_parts([*where, "parameters", index, "schema"])
                for media in parameter.get("content") or {}:
                    yield pointer_from_parts(
                        [*where, "parameters", index, "content", media, "schema"]
                    )
            body = follow(operation.get("requestBody")) if len(where) == 3 else None
            for media, content in ((body or {}).get("content") or {}).items():
                if "json" in media and isinstance(content, dict) and "schema" in content:
                    yield pointer_from_parts([*where, "requestBody", "content", media, "schema"])


def _openapi3_specs() -> list[Path]:
    found = []
    for path in sorted([*SPECS.rglob("*.yaml"), *SPECS.rglob("*.json")]):
        if "invalid" in path.relative_to(SPECS).parts:
            continue
        try:
            document = _load(path)
        except (yaml.YAMLError, json.JSONDecodeError, UnicodeDecodeError):
            continue
        if isinstance(document, dict) and str(document.get("openapi", "")).startswith("3."):
            found.append(path)
    return found


def _failures(document: Any) -> tuple[int, list[str]]:
    values = Values(document)
    failures: list[str] = []
    checked = 0
    for pointer in _schema_pointers(document):
        for full in (False, True):
            checked += 1
            try:
                value = values.synthesize(pointer, full=full)
                problems = values.violations(value, pointer)
            except ValueError as error:
                problems = [f"ValueError: {error}"]
                value = None
            if problems:
                failures.append(f"{pointer} full={full}: {problems} for {json.dumps(value)[:300]}")
    return checked, failures


OPENAPI3_SPECS = _openapi3_specs()


@pytest.mark.parametrize("path", OPENAPI3_SPECS, ids=lambda p: str(p.relative_to(SPECS)))
def test_every_schema_of_the_test_specs_gets_a_value_it_accepts(path: Path) -> None:
    checked, failures = _failures(_load(path))
    assert not failures, f"{len(failures)} of {checked}:\n" + "\n".join(failures)


def test_the_test_specs_hold_many_schemas() -> None:
    # The walk above must see the specs' operations, or the test before proves nothing.
    counts = {p.name: sum(1 for _ in _schema_pointers(_load(p))) for p in OPENAPI3_SPECS}
    assert len(OPENAPI3_SPECS) >= 15 and sum(counts.values()) >= 600, counts
    assert counts["square-api-2025-08-20.json"] > 500  # tests/specs/vendor: the Square spec


def test_a_split_spec_names_the_ref_to_another_file() -> None:
    # Values takes one document: a $ref into another file is refused, naming it.
    document = _load(SPECS / "valid" / "split" / "api" / "root.yaml")
    parts = ["paths", "/pets", "get", "responses", "200", "content", "application/json", "schema"]
    with pytest.raises(ValueError, match=re.escape(repr("../schemas/pet.yaml#/Pet"))):
        Values(document).synthesize(pointer_from_parts(parts), full=False)
