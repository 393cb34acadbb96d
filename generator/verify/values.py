"""Argument values for `verify`: the spec's own examples, values built to satisfy a schema,
and a local check of a value against its schema.

Values are for requests: readOnly properties are left out (OpenAPI lets a request omit them
even when `required` lists them), and the check does not demand them either.

Building works on a flattened view of a schema: its `$ref` followed, `allOf` merged into one
schema, 3.0 spellings (`nullable`, boolean `exclusiveMinimum`) turned into 3.1 ones, and
`oneOf`/`anyOf` kept as choices still to make. A choice takes the first alternative whose
value the check accepts against the whole schema, so the check (openapi-schema-validator)
is the judge, not this module's reading of the keywords.
"""

from __future__ import annotations

import base64
import enum
import math
import re
from collections.abc import Callable, Iterator, Mapping
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from typing import Any, Final
from urllib.parse import unquote

import referencing
import referencing.exceptions
import referencing.jsonschema
from jsonschema import FormatChecker
from jsonschema import _keywords as jsonschema_keywords
from jsonschema.exceptions import UnknownType, ValidationError
from jsonschema.validators import extend
from openapi_schema_validator import (
    OAS30ReadValidator,
    OAS30WriteValidator,
    OAS31Validator,
    oas30_format_checker,
    oas31_format_checker,
)
from openapi_schema_validator import _keywords as oas_keywords

from generator.shared.diagnostics import parts_from_pointer, pointer_from_parts
from generator.verify import patterns


class _Nothing(enum.Enum):
    NOTHING = "NOTHING"


NOTHING: Final = _Nothing.NOTHING
"""What `Values.example` returns when a schema and its parts hold no example."""

DOCUMENT_URI = "urn:generator-verify:document"
# Past this nesting, full values stop adding optional properties and array items, so that
# recursive schemas end.
OPTIONAL_DEPTH = 4
# Past this nesting even required parts stop (a schema that requires itself has no finite
# value): the value is then incomplete and the check says so.
HARD_DEPTH = 24
MAX_MESSAGES = 5
# Values of a property another oneOf alternative declares, one of which its schema refuses.
_ODD_VALUES: tuple[Any, ...] = (None, {}, [], 0.5, "", True)
_INT32 = (-(2**31), 2**31 - 1)
_INT64 = (-(2**63), 2**63 - 1)
# Keywords that say which type a schema without `type` means.
_OBJECT_KEYWORDS = ("properties", "required", "additionalProperties", "patternProperties")
_OBJECT_KEYWORDS_MORE = ("minProperties", "maxProperties", "propertyNames")
_ARRAY_KEYWORDS = ("items", "prefixItems", "minItems", "maxItems", "uniqueItems", "contains")
_NUMBER_KEYWORDS = ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf")
_EXAMPLE_KEYWORDS = ("example", "examples", "default")

# Internal keys of a flattened schema (no OpenAPI keyword starts with "@").
_CHOICES = "@choices"  # list of (keyword, alternatives, discriminator)
_NAMES = "@names"  # the $refs the schema came through, outermost first
_NEVER = "@never"  # the boolean schema `false`


def _format_values(variant: int) -> dict[str, str]:
    day = variant % 28 + 1
    return {
        "date": f"2024-01-{day:02d}",
        "date-time": f"2024-01-{day:02d}T10:30:00Z",
        # No offset: the check (jsonschema's draft 3 `time`) refuses one; Prism takes both.
        "time": f"10:30:{variant % 60:02d}",
        "duration": f"P{variant + 1}D",
        "email": f"user{variant or ''}@example.com",
        "idn-email": f"user{variant or ''}@example.com",
        "uuid": f"3fa85f64-5717-4562-b3fc-{variant:012x}",
        "uri": f"https://example.com/{variant or ''}",
        "url": f"https://example.com/{variant or ''}",
        "iri": f"https://example.com/{variant or ''}",
        "uri-reference": f"https://example.com/{variant or ''}",
        "iri-reference": f"https://example.com/{variant or ''}",
        "uri-template": "https://example.com/{id}",
        "hostname": f"example{variant or ''}.com",
        "idn-hostname": f"example{variant or ''}.com",
        "ipv4": f"192.0.2.{variant % 255}",
        "ipv6": f"2001:db8::{variant % 65535:x}",
        "byte": base64.b64encode(f"string{variant or ''}".encode()).decode(),
        "binary": f"binary{variant or ''}",
        "password": f"password{variant or ''}",
        "json-pointer": f"/path{variant or ''}",
        "relative-json-pointer": f"{variant}",
        "regex": f"^a{variant or ''}$",
        # Numbers sent as strings (Kubernetes' int-or-string, some money fields).
        "int32": str(variant + 1),
        "int64": str(variant + 1),
        "float": f"{variant}.5",
        "double": f"{variant}.5",
        "decimal": f"{variant}.5",
    }


def _ecma_pattern(
    validator: Any, pattern: str, instance: Any, schema: Mapping[str, Any]
) -> Iterator[ValidationError]:
    """`pattern` read as ECMA-262 (as OpenAPI says), through patterns.python_pattern."""
    if not validator.is_type(instance, "string"):
        return
    regex = patterns.compiled(pattern)
    if regex is None:
        yield ValidationError(f"{pattern!r} is a pattern Python cannot check")
    elif regex.search(instance) is None:
        yield ValidationError(f"{instance!r} does not match {pattern!r}")


def _implied_object(
    validator: Any, properties: Any, instance: Any, schema: Mapping[str, Any]
) -> Iterator[ValidationError]:
    """`properties` without `type` read as an object, as the generated models read it (and
    every generator does): JSON Schema alone lets a string or null through such a schema,
    and Prism builds answers like that for untyped allOf parts."""
    if "type" not in schema and not validator.is_type(instance, "object"):
        if not (instance is None and schema.get("nullable") is True):
            yield ValidationError(
                f"{instance!r} is not an object (the schema has properties and no type: "
                "read as an object)"
            )
        return
    checked: Any = jsonschema_keywords.properties  # typeshed: no return value; it yields
    yield from checked(validator, properties, instance, schema)


# Request (write) validators: a readOnly property is not required, and must not be sent.
# oneOf/anyOf/allOf as JSON Schema says: Prism (ajv, no discriminator option) ignores
# `discriminator`; openapi-schema-validator's 3.0 reading of it recurses without end where
# a base schema lists the schemas that extend it, and its releases differ on 3.1.
# What every validator here reads its own way (see above).
_OUR_KEYWORDS: dict[str, Any] = {
    "pattern": _ecma_pattern,
    "properties": _implied_object,
    "oneOf": jsonschema_keywords.oneOf,
    "anyOf": jsonschema_keywords.anyOf,
    "allOf": jsonschema_keywords.allOf,
}
_VALIDATOR_30: Any = extend(OAS30WriteValidator, _OUR_KEYWORDS)  # type: ignore[no-untyped-call]
_VALIDATOR_31: Any = extend(  # type: ignore[no-untyped-call]
    OAS31Validator,
    {
        **_OUR_KEYWORDS,
        "required": oas_keywords.write_required,
        "readOnly": oas_keywords.write_readOnly,
    },
)

# Answer (read) validators, for what a server sends: a writeOnly property is not required.
_READ_30: Any = extend(OAS30ReadValidator, _OUR_KEYWORDS)  # type: ignore[no-untyped-call]
_READ_31: Any = extend(  # type: ignore[no-untyped-call]
    OAS31Validator,
    {
        **_OUR_KEYWORDS,
        "required": oas_keywords.read_required,
        "writeOnly": oas_keywords.read_writeOnly,
    },
)


_URI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s]*$")


def _format_checker(is_31: bool) -> FormatChecker:
    """openapi-schema-validator's checker, plus `uri` as Prism (ajv-formats) checks it: the
    default one needs a package we do not have, and without it oneOf [uri, binary] can
    never hold."""
    base = oas31_format_checker if is_31 else oas30_format_checker
    checker = FormatChecker(formats=())
    checker.checkers = {**base.checkers}
    checker.checks("uri")(
        lambda instance: not isinstance(instance, str) or bool(_URI.match(instance))
    )
    return checker


def _is_property(path: Any) -> bool:
    return bool(path) and isinstance(path[-1], str)


class Values:
    """Values for the schemas of one OpenAPI document (3.0 or 3.1, already converted from
    Swagger 2.0): the spec's own examples, values synthesized to satisfy a schema, and a
    local check of a value against a schema.

    By default the values are for requests (readOnly properties left out); with
    ``reading``, for what a server answers (writeOnly properties left out, readOnly ones
    in), and violations() checks that direction."""

    def __init__(self, document: Mapping[str, Any], *, reading: bool = False) -> None:
        self._document = document
        self._left_out = "writeOnly" if reading else "readOnly"
        # 3.0 is the odd one out (nullable, boolean exclusive bounds); 3.1 and later are
        # JSON Schema 2020-12.
        self._is_31 = not str(document.get("openapi", "3.0")).startswith("3.0")
        specification = (
            referencing.jsonschema.DRAFT202012 if self._is_31 else referencing.jsonschema.DRAFT4
        )
        resource = specification.create_resource(document)
        self._registry: referencing.Registry[Any] = referencing.Registry().with_resource(
            DOCUMENT_URI, resource
        )
        if reading:
            base = _READ_31 if self._is_31 else _READ_30
        else:
            base = _VALIDATOR_31 if self._is_31 else _VALIDATOR_30
        # `required` as Prism reads it: a property left out in this direction (readOnly in a
        # request, also behind a $ref, which openapi-schema-validator does not follow;
        # writeOnly in an answer) is not required.
        self._validator_class = extend(  # type: ignore[no-untyped-call]
            base, {"required": self._required}
        )
        self._format_checker = _format_checker(self._is_31)

    # -- the interface ---------------------------------------------------------------------

    def example(self, pointer: str) -> Any:
        """The spec's own example for the schema at `pointer` (a JSON pointer), or NOTHING.

        `example`, else the first of `examples`, else `default`, else `const`; an object or
        array without one is composed from its properties' or items' examples.
        """
        return self._example(self._node(pointer), "#" + pointer, 0)

    def synthesize(self, pointer: str, *, full: bool) -> Any:
        """A value that satisfies the schema at `pointer`.

        full=False: required properties only, the fewest array items allowed; full=True:
        every property but readOnly ones, arrays of max(1, minItems) items, down to a depth.
        A schema nothing satisfies gives a best try, which violations() then refuses.
        Raises ValueError for a pointer that leads nowhere, or a $ref that is not local
        ("#/...") or names nothing (the message quotes the ref).
        """
        return self._build(self._node(pointer), "#" + pointer, full=full, depth=0, variant=0)

    def violations(self, value: Any, pointer: str) -> list[str]:
        """[] when `value` satisfies the schema at `pointer`, else the first few problems
        ("at /name: 3 is not of type 'string'"), as a request: readOnly properties are not
        required. `discriminator` is not used, as Prism does not use it either."""
        # The node itself, not {"$ref": URI#pointer}: a pointer may pass through $refs
        # (a parameter defined in components), which a JSON pointer cannot follow.
        return self._errors(value, self._node(pointer))

    def unsatisfiable(self, pointer: str) -> str | None:
        """Why no value satisfies the schema at `pointer` or one of its properties or items,
        where that is plain to see: an `enum` none of whose members has the schema's
        `type` (`type: string` with `enum: [true, false]`, an array with the enum of its
        items), or a `$ref` with a `type` beside it that is not its target's (britbox.co.uk:
        an object's $ref with `type: string`). None when no such part is found."""
        try:
            return self._unsatisfiable(self._node(pointer), 0, set())
        except (ValueError, RecursionError):
            return None

    def _unsatisfiable(self, schema: Any, depth: int, seen: set[int]) -> str | None:
        if depth > OPTIONAL_DEPTH or id(schema) in seen:
            return None
        seen.add(id(schema))
        beside = schema.get("type") if isinstance(schema, Mapping) and "$ref" in schema else None
        if isinstance(beside, str):  # Prism (and the check) apply a 3.0 $ref's siblings too
            target = self._target(schema["$ref"])[1]
            theirs = target.get("type") if isinstance(target, Mapping) else None
            if isinstance(theirs, str) and theirs != beside:
                return f"a $ref to a schema of type {theirs} with type {beside} beside it"
        flat = self._flat(schema)
        members = flat.get("enum")
        types = flat.get("type")
        types = [types] if isinstance(types, str) else types
        if isinstance(members, list) and members and isinstance(types, list) and types:
            if not any(_has_type(m, str(t)) for m in members for t in types):
                return f"enum {members!r} has no value of type {'/'.join(map(str, types))}"
        properties = flat.get("properties")
        parts = list(properties.items()) if isinstance(properties, Mapping) else []
        if isinstance(flat.get("items"), Mapping):
            parts.append(("items", flat["items"]))
        for name, part in parts:
            found = self._unsatisfiable(part, depth + 1, seen)
            if found is not None:
                return f"{name}: {found}"
        return None

    # -- the document ----------------------------------------------------------------------

    def _node(self, pointer: str) -> Any:
        """The node at `pointer`, following the $refs met on the way (not the last one)."""
        node: Any = self._document
        for part in parts_from_pointer(pointer):
            if isinstance(node, Mapping) and "$ref" in node and part not in node:
                node = self._target(node["$ref"])[1]
            try:
                node = node[int(part)] if isinstance(node, list) else node[part]
            except (KeyError, IndexError, ValueError, TypeError):
                raise ValueError(f"no schema at {pointer!r}") from None
        return node

    def _target(self, ref: Any) -> tuple[str, Any]:
        """The local $ref `ref` as (its "#/..." form, the node it names)."""
        if not isinstance(ref, str) or not ref.startswith("#"):
            raise ValueError(f"cannot resolve $ref {ref!r}: only local refs ('#/...') are")
        node: Any = self._document
        try:
            for part in parts_from_pointer(unquote(ref[1:])):
                node = node[int(part)] if isinstance(node, list) else node[part]
        except (KeyError, IndexError, ValueError, TypeError):
            raise ValueError(f"cannot resolve $ref {ref!r}: nothing there") from None
        return ref, node

    def _required(
        self, validator: Any, names: Any, instance: Any, schema: Mapping[str, Any]
    ) -> Iterator[ValidationError]:
        if not validator.is_type(instance, "object") or not isinstance(names, list):
            return
        properties = schema.get("properties") or {}
        for name in names:
            if name not in instance and not self._is_read_only(properties.get(name)):
                yield ValidationError(f"{name!r} is a required property")

    def _errors(self, value: Any, schema: Any) -> list[str]:
        validator = self._validator_class(
            schema,
            registry=self._registry,
            format_checker=self._format_checker,
            # Inline schemas hold "#/components/..." refs: they mean the document.
            _resolver=self._registry.resolver(base_uri=DOCUMENT_URI),
        )
        messages: list[str] = []
        try:
            for error in validator.iter_errors(value):
                if error.validator == "readOnly" and not _is_property(error.absolute_path):
                    continue  # readOnly means something for properties only
                where = pointer_from_parts(error.absolute_path) or "(root)"
                messages.append(f"at {where}: {error.message}")
                if len(messages) == MAX_MESSAGES:
                    break
        except RecursionError:
            messages.append("the schema refers to itself without end (the check gave up)")
        except referencing.exceptions.Unresolvable as error:
            messages.append(f"cannot resolve $ref {error.ref!r}")
        except UnknownType as error:  # `type: application/json` (cloudmersive.com/ocr)
            messages.append(f"the schema names a type JSON Schema does not have: {error.type!r}")
        return messages

    # -- flattening ------------------------------------------------------------------------

    def _flat(self, schema: Any, trail: tuple[str, ...] = (), origin: str = "") -> dict[str, Any]:
        """`schema` as one plain schema: $ref followed, allOf merged, 3.0 spelled as 3.1.

        `trail` holds the $refs being flattened (a ref met again adds nothing: allOf cycles
        end), `origin` the ref `schema` was reached through (for discriminator values).
        """
        names = [origin] if origin else []
        if schema is True or schema is None:
            return {_NAMES: names, _CHOICES: []}
        if schema is False or not isinstance(schema, Mapping):
            return {_NEVER: True, _NAMES: names, _CHOICES: []}
        node = dict(schema)
        if "$ref" in node:
            ref, target = self._target(node.pop("$ref"))
            if ref in trail:
                base: dict[str, Any] = {_NAMES: [], _CHOICES: []}
            else:
                base = self._flat(target, (*trail, ref), ref)
            # 3.0 says a $ref's siblings are ignored, but the check and Prism (its $ref
            # parser merges them) both apply them: so do values.
            return _merge(self._flat(node, trail, origin), base)
        node[_NAMES] = names
        self._spell_31(node)
        parts = node.pop("allOf", None) or []
        choices = [
            (keyword, node.pop(keyword), node.get("discriminator"))
            for keyword in ("oneOf", "anyOf")
            if isinstance(node.get(keyword), list) and node[keyword]
        ]
        node[_CHOICES] = choices
        node.pop("not", None)  # values are built from what a schema allows, not what it bans
        flat = node
        for part in parts if isinstance(parts, list) else []:
            part_flat = self._flat(part, trail)
            for keyword in _EXAMPLE_KEYWORDS:
                part_flat.pop(keyword, None)  # a part's example is not the whole's
            flat = _merge(flat, part_flat)
        return flat

    def _spell_31(self, node: dict[str, Any]) -> None:
        """3.0's `nullable` and boolean exclusive bounds as 3.1 spells them (in place)."""
        kind = node.get("type")
        if isinstance(kind, str):
            node["type"] = [kind]
        if self._is_31:
            return
        if node.pop("nullable", False) is True and isinstance(node.get("type"), list):
            node["type"] = [*node["type"], "null"]
        for exclusive, bound in (("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")):
            flag = node.pop(exclusive, None)
            if flag is True and bound in node:
                node[exclusive] = node.pop(bound)

    def _is_read_only(self, schema: Any) -> bool:
        """Whether the property is left out in this direction: readOnly for requests,
        writeOnly for answers."""
        # The check reads `readOnly` beside a $ref too (3.0 says siblings are ignored).
        if isinstance(schema, Mapping) and schema.get(self._left_out) is True:
            return True
        try:
            return bool(self._flat(schema).get(self._left_out))
        except ValueError:
            return False

    # -- examples --------------------------------------------------------------------------

    def _example(self, schema: Any, origin: str, depth: int) -> Any:
        if depth > OPTIONAL_DEPTH:
            return NOTHING
        flat = self._flat(schema, origin=origin)
        own = _own_example(flat)
        if own is not NOTHING:
            return own
        for _, alternatives, _ in flat[_CHOICES]:
            for alternative in alternatives:
                found = self._example(alternative, "", depth)
                if found is not NOTHING:
                    return found
        kind = _kind(flat)
        if kind == "object":
            return self._object_example(flat, depth)
        if kind == "array" and isinstance(flat.get("items"), Mapping):
            item = self._example(flat["items"], "", depth + 1)
            if item is not NOTHING:
                return [item] * max(1, int(flat.get("minItems", 1)))
        return NOTHING

    def _object_example(self, flat: dict[str, Any], depth: int) -> Any:
        properties = flat.get("properties") or {}
        required = flat.get("required") or []
        composed: dict[str, Any] = {}
        found = False
        for name, schema in properties.items():
            if self._is_read_only(schema):
                continue
            value = self._example(schema, "", depth + 1)
            if value is not NOTHING:
                composed[name] = value
                found = True
            elif name in required:
                composed[name] = self._build(schema, "", full=False, depth=depth + 1, variant=0)
        if not found:
            return NOTHING
        for name in required:
            if name not in composed and name not in properties:
                composed[name] = self._build(
                    _extra_schema(flat, name), "", full=False, depth=depth + 1, variant=0
                )
        return composed

    # -- building --------------------------------------------------------------------------

    def _build(self, schema: Any, origin: str, *, full: bool, depth: int, variant: int) -> Any:
        flat = self._flat(schema, origin=origin)
        return self._from_flat(flat, schema, full=full, depth=depth, variant=variant)

    def _from_flat(
        self, flat: dict[str, Any], whole: Any, *, full: bool, depth: int, variant: int
    ) -> Any:
        """A value for `flat`; `whole` is the schema it came from, the judge of choices."""
        if flat[_CHOICES]:
            return self._choose(flat, whole, full=full, depth=depth, variant=variant)
        if "const" in flat:
            return flat["const"]
        kind = _kind(flat)
        if isinstance(flat.get("enum"), list) and flat["enum"]:
            members = [m for m in flat["enum"] if m is not None] or [None]
            typed = [m for m in members if _has_type(m, kind)] or members
            return typed[variant % len(typed)]
        builder: Callable[..., Any] = {
            "object": self._object,
            "array": self._array,
            "string": _string,
            "integer": _number,
            "number": _number,
            "boolean": _boolean,
            "null": _null,
        }.get(kind, _string)
        return builder(flat, full=full, depth=depth, variant=variant)

    def _choose(
        self, flat: dict[str, Any], whole: Any, *, full: bool, depth: int, variant: int
    ) -> Any:
        """oneOf/anyOf: the first alternative whose value `whole` accepts."""
        (keyword, alternatives, discriminator), *others = flat[_CHOICES]
        rest = {**flat, _CHOICES: others}
        trail = tuple(flat[_NAMES])
        first: Any = NOTHING
        for alternative in alternatives:
            ref = alternative.get("$ref") if isinstance(alternative, Mapping) else None
            merged = _merge(rest, self._flat(alternative, trail, ref or ""))
            value = self._from_flat(merged, whole, full=full, depth=depth, variant=variant)
            candidates = [value]
            if isinstance(discriminator, Mapping) and isinstance(value, dict) and ref:
                tag = discriminator.get("propertyName")
                if isinstance(tag, str):
                    candidates.insert(0, {**value, tag: _discriminator_value(discriminator, ref)})
            for candidate in candidates:
                if not self._errors(candidate, whole):
                    return candidate
            if keyword == "oneOf":
                apart = self._set_apart(candidates[0], alternative, alternatives)
                if apart is not None and not self._errors(apart, whole):
                    return apart
            if first is NOTHING:
                first = candidates[0]
        return first

    def _set_apart(self, value: Any, chosen: Any, alternatives: list[Any]) -> Any:
        """A oneOf value that other alternatives accept too, with a property the chosen one
        leaves free and each of the others refuses (the check, like Prism, ignores
        `discriminator`, so overlapping alternatives need a value only one accepts)."""
        if not isinstance(value, dict) or self._errors(value, chosen):
            return None
        chosen_flat = self._flat(chosen)
        own = chosen_flat.get("properties") or {}
        kept = set(chosen_flat.get("required") or [])
        for other in alternatives:
            if other is chosen or self._errors(value, other):
                continue
            # Leave out an optional property the other alternative requires (oneOf of
            # "required: [a]" and "required: [b]").
            needed = [n for n in self._flat(other).get("required") or [] if n in value]
            trial = {k: v for k, v in value.items() if k in kept or k not in needed}
            if needed and self._errors(trial, other) and not self._errors(trial, chosen):
                value = trial
                continue
            for name, schema in (self._flat(other).get("properties") or {}).items():
                if name in own or name in value:
                    continue
                refused = {"properties": {name: schema}}
                trials = ({**value, name: odd} for odd in _ODD_VALUES)
                found = next(
                    (t for t in trials if self._errors(t, refused) and not self._errors(t, chosen)),
                    None,
                )
                if found is not None:
                    value = found
                    break
            else:
                return None
        return value

    def _object(self, flat: dict[str, Any], *, full: bool, depth: int, variant: int) -> Any:
        if depth > HARD_DEPTH:
            return {}
        properties: Mapping[str, Any] = flat.get("properties") or {}
        required = [name for name in flat.get("required") or [] if isinstance(name, str)]
        names = list(dict.fromkeys(required))
        if full and depth < OPTIONAL_DEPTH:
            names += [name for name in properties if name not in names]
        minimum = int(flat.get("minProperties") or 0)
        names += [name for name in properties if name not in names][: max(0, minimum - len(names))]
        value: dict[str, Any] = {}
        for name in names:
            schema = properties[name] if name in properties else _extra_schema(flat, name)
            if self._is_read_only(schema):
                continue
            value[name] = self._build(schema, "", full=full, depth=depth + 1, variant=variant)
        extra = flat.get("additionalProperties")
        wants_entry = full and not properties and depth < OPTIONAL_DEPTH
        index = 1
        while extra is not False and (len(value) < minimum or (wants_entry and not value)):
            key = f"additionalProp{index}"
            index += 1
            if key not in value:
                value[key] = self._build(
                    _extra_schema(flat, key), "", full=full, depth=depth + 1, variant=variant
                )
        maximum = flat.get("maxProperties")
        if isinstance(maximum, int) and len(value) > maximum:
            kept = [k for k in value if k in required][:maximum]
            kept += [k for k in value if k not in kept][: maximum - len(kept)]
            value = {k: value[k] for k in value if k in kept}
        discriminator = flat.get("discriminator")
        if isinstance(discriminator, Mapping) and flat[_NAMES]:
            tag = discriminator.get("propertyName")
            chosen = self._flat(properties.get(tag)) if isinstance(tag, str) else {}
            fixed = "enum" in chosen or "const" in chosen
            if isinstance(tag, str) and not fixed:
                value[tag] = _discriminator_value(discriminator, flat[_NAMES][0])
        return value

    def _array(self, flat: dict[str, Any], *, full: bool, depth: int, variant: int) -> Any:
        minimum = int(flat.get("minItems") or 0)
        unique = bool(flat.get("uniqueItems"))
        count = max(1, minimum) if full and depth < OPTIONAL_DEPTH else minimum
        if full and depth <= 1 and not unique:
            # Two items near the top, so the way a list goes on the wire (repeated, joined
            # by commas, a part each) is exercised; Prism reads one multipart part as a
            # string even where the schema says array.
            count = max(2, minimum)
        maximum = flat.get("maxItems")
        if isinstance(maximum, int):
            count = min(count, maximum)
        if depth > HARD_DEPTH:
            count = 0
        prefix: list[Any] = flat.get("prefixItems") or []
        items = flat.get("items", True)
        value = []
        for index in range(count):
            schema = prefix[index] if index < len(prefix) else items
            value.append(
                self._build(
                    schema,
                    "",
                    full=full,
                    depth=depth + 1,
                    variant=variant + index if unique else variant,
                )
            )
        return value


# -- merging -------------------------------------------------------------------------------


def _merge(first: dict[str, Any], second: dict[str, Any]) -> dict[str, Any]:
    """One flattened schema that asks for what both ask for (as near as keywords allow)."""
    merged = dict(first)
    for keyword, theirs in second.items():
        if keyword not in merged:
            merged[keyword] = theirs
            continue
        ours = merged[keyword]
        if keyword in (_CHOICES, _NAMES):
            merged[keyword] = [*ours, *theirs]
        elif keyword == "properties" and isinstance(ours, Mapping) and isinstance(theirs, Mapping):
            properties = dict(ours)
            for name, schema in theirs.items():
                properties[name] = {"allOf": [ours[name], schema]} if name in ours else schema
            merged[keyword] = properties
        elif keyword == "required" and isinstance(ours, list) and isinstance(theirs, list):
            merged[keyword] = list(dict.fromkeys([*ours, *theirs]))
        elif keyword == "type" and isinstance(ours, list) and isinstance(theirs, list):
            merged[keyword] = _common_types(ours, theirs)
        elif keyword == "enum" and isinstance(ours, list) and isinstance(theirs, list):
            merged[keyword] = [member for member in ours if member in theirs] or ours
        elif keyword in ("minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties"):
            merged[keyword] = max(ours, theirs)
        elif keyword in ("maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties"):
            merged[keyword] = min(ours, theirs)
        elif keyword in ("items", "additionalProperties"):
            if ours is False or theirs is False:
                merged[keyword] = False
            elif ours is True or ours == {}:
                merged[keyword] = theirs
            elif not (theirs is True or theirs == {}):
                merged[keyword] = {"allOf": [ours, theirs]}
        elif keyword in ("uniqueItems", "readOnly", "writeOnly", _NEVER):
            merged[keyword] = bool(ours) or bool(theirs)
        elif keyword == "multipleOf":
            merged[keyword] = _common_multiple(ours, theirs)
        # Anything else: the first schema's word stands (two patterns cannot both be had).
    return merged


def _common_types(ours: list[Any], theirs: list[Any]) -> list[Any]:
    """Types both allow; an integer is a number too. No common type: ours (the check fails)."""
    common = []
    for kind in ours:
        if kind in theirs:
            common.append(kind)
        elif {kind, "integer", "number"} == {"integer", "number"} and "integer" in (kind, *theirs):
            common.append("integer")
    return list(dict.fromkeys(common)) or ours


def _common_multiple(first: Any, second: Any) -> Any:
    try:
        a, b = Fraction(str(first)), Fraction(str(second))
    except (ValueError, ZeroDivisionError):
        return first
    if a == 0 or b == 0:
        return first
    common = Fraction(math.lcm(a.numerator, b.numerator), math.gcd(a.denominator, b.denominator))
    return int(common) if common.denominator == 1 else float(common)


# -- reading a flattened schema ------------------------------------------------------------


def _has_type(value: Any, kind: str) -> bool:
    """Whether a JSON value is of a JSON Schema type."""
    if kind == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == "number":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    wanted = {"string": str, "boolean": bool, "array": list, "object": dict}.get(kind)
    if wanted is not None:
        return isinstance(value, wanted)
    return kind != "null" or value is None


def _kind(flat: Mapping[str, Any]) -> str:
    """The type a value is built as: the first non-null type, else one the keywords imply."""
    types = flat.get("type")
    if isinstance(types, list) and types:
        for kind in types:
            if kind != "null":
                return str(kind)
        return "null"
    if any(k in flat for k in _OBJECT_KEYWORDS + _OBJECT_KEYWORDS_MORE):
        return "object"
    if any(k in flat for k in _ARRAY_KEYWORDS):
        return "array"
    if any(k in flat for k in _NUMBER_KEYWORDS):
        return "number"
    if flat.get("format") in ("int32", "int64"):
        return "integer"
    return "string"


def _own_example(flat: Mapping[str, Any]) -> Any:
    if flat.get("example") is not None:
        return flat["example"]
    examples = flat.get("examples")
    if isinstance(examples, list) and examples and examples[0] is not None:
        return examples[0]
    if flat.get("default") is not None:
        return flat["default"]
    if "const" in flat:
        return flat["const"]
    return NOTHING


def _extra_schema(flat: Mapping[str, Any], name: str) -> Any:
    """The schema of a property `properties` does not name."""
    for pattern, schema in (flat.get("patternProperties") or {}).items():
        regex = patterns.compiled(pattern)
        if regex is not None and regex.search(name):
            return schema
    extra = flat.get("additionalProperties", True)
    return extra if isinstance(extra, Mapping) else True


def _discriminator_value(discriminator: Mapping[str, Any], ref: str) -> str:
    """The discriminator value that names the schema at `ref`: its mapping key, else its name."""
    name = ref.rsplit("/", 1)[-1]
    for key, target in (discriminator.get("mapping") or {}).items():
        if target in (ref, name):
            return str(key)
    return name


# -- scalars -------------------------------------------------------------------------------


def _string(flat: Mapping[str, Any], *, full: bool, depth: int, variant: int) -> str:
    del full, depth
    min_length = int(flat.get("minLength") or 0)
    max_length = flat.get("maxLength") if isinstance(flat.get("maxLength"), int) else None
    fmt = flat.get("format")
    if fmt == "byte":
        text = _base64_of_length(min_length, max_length, variant)
    else:
        text = _format_values(variant).get(str(fmt), f"string{variant or ''}")
        text = _fit(text, min_length, max_length, email=fmt in ("email", "idn-email"))
    pattern = flat.get("pattern")
    if not isinstance(pattern, str):
        return text
    regex = patterns.compiled(pattern)
    if regex is not None and regex.search(text):
        return text  # the format's value matches too (`^.{1,100}` on a date, say)
    return patterns.matching_string(
        pattern, min_length=min_length, max_length=max_length, variant=variant
    )


def _fit(text: str, min_length: int, max_length: int | None, *, email: bool) -> str:
    if len(text) < min_length:
        padding = "x" * (min_length - len(text))
        text = padding + text if email else text + padding
    if max_length is not None and len(text) > max_length:
        text = text[:max_length]
    return text


def _base64_of_length(min_length: int, max_length: int | None, variant: int) -> str:
    raw = f"string{variant or ''}".encode()
    while len(base64.b64encode(raw)) < min_length:
        raw += b"x"
    while max_length is not None and raw and len(base64.b64encode(raw)) > max_length:
        raw = raw[:-1]
    return base64.b64encode(raw).decode()


def _boolean(flat: Mapping[str, Any], *, full: bool, depth: int, variant: int) -> bool:
    del flat, full, depth
    return variant % 2 == 0


def _null(flat: Mapping[str, Any], *, full: bool, depth: int, variant: int) -> None:
    del flat, full, depth, variant


def _decimal(value: Any) -> Decimal | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    try:
        return Decimal(str(value))
    except InvalidOperation:
        return None


def _number(flat: Mapping[str, Any], *, full: bool, depth: int, variant: int) -> int | float:
    """The value nearest 1 (+ variant) within the bounds, a multiple of multipleOf."""
    del full, depth
    integer = _kind(flat) == "integer"
    low, low_open = _bound(flat, "minimum", "exclusiveMinimum", max)
    high, high_open = _bound(flat, "maximum", "exclusiveMaximum", min)
    limits = {"int32": _INT32, "int64": _INT64}.get(str(flat.get("format")))
    if limits is not None:
        if low is None or low < limits[0]:
            low, low_open = Decimal(limits[0]), False
        if high is None or high > limits[1]:
            high, high_open = Decimal(limits[1]), False
    step = _decimal(flat.get("multipleOf"))
    if step is not None and step <= 0:
        step = None
    if integer:
        step = Decimal(Fraction(str(step)).numerator) if step is not None else Decimal(1)
    wanted = Decimal(1 + variant)

    def allowed(candidate: Decimal) -> bool:
        if low is not None and (candidate < low or (low_open and candidate == low)):
            return False
        return high is None or not (candidate > high or (high_open and candidate == high))

    if step is None:
        value = wanted
        if not allowed(value):
            value = _inside(low, low_open, high, high_open, variant)
        return _as_number(value, integer=False)
    candidates = [math.ceil(wanted / step) * step]
    if low is not None:
        first = math.ceil(low / step) * step
        candidates.append(first + step * variant)
        candidates.append(first + step * (variant + 1))
    if high is not None:
        last = math.floor(high / step) * step
        candidates.append(last - step * variant)
        candidates.append(last - step * (variant + 1))
    for candidate in sorted(candidates, key=lambda c: abs(c - wanted)):  # nearest first
        if allowed(candidate) and _float_multiple(candidate, step):
            return _as_number(candidate, integer=integer)
    for offset in range(1, 50):  # fractional steps: find a multiple whose float divides
        for candidate in (candidates[-1] + step * offset, candidates[0] + step * offset):
            if allowed(candidate) and _float_multiple(candidate, step):
                return _as_number(candidate, integer=integer)
    return _as_number(candidates[0], integer=integer)


def _bound(
    flat: Mapping[str, Any], inclusive: str, exclusive: str, tighter: Callable[..., Decimal]
) -> tuple[Decimal | None, bool]:
    closed = _decimal(flat.get(inclusive))
    opened = _decimal(flat.get(exclusive))
    if closed is None:
        return opened, opened is not None
    if opened is None:
        return closed, False
    best = tighter(closed, opened)
    return best, best == opened


def _inside(
    low: Decimal | None, low_open: bool, high: Decimal | None, high_open: bool, variant: int
) -> Decimal:
    if low is not None and high is not None:
        if not low_open:
            return low
        if not high_open:
            return high
        return (low + high) / 2
    if low is not None:
        return low + 1 + variant if low_open else low + variant
    assert high is not None
    return high - 1 - variant if high_open else high - variant


def _float_multiple(value: Decimal, step: Decimal) -> bool:
    """What the check (and Prism) compute: the float quotient is a whole number."""
    if step == step.to_integral_value() and value == value.to_integral_value():
        return True
    quotient = float(value) / float(step)
    return quotient == int(quotient)


def _as_number(value: Decimal, *, integer: bool) -> int | float:
    if integer or value == value.to_integral_value():
        return int(value.to_integral_value())
    return float(value)
