"""What ``verify`` sends: for every operation, the calls that exercise it, with argument
values taken from the spec (its examples first, then values built to satisfy the schemas).

A call is plain data (JSON values, keywords, pointers into the spec), so the worker that
makes it through the generated client (generator/verify/wire.py) runs in its own
interpreter, and the classification (generator/verify/classify.py) can re-send the same
values with verify's own encoder (generator/verify/reference.py).

Each operation gets up to three variants, and those that come out the same are dropped:

- ``example``: every parameter and body the spec gives an example for, plus the required
  ones (built when the spec has no example);
- ``required``: only what is required, built from the schemas;
- ``full``: every parameter and every body property, built from the schemas.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal
from urllib.parse import unquote

from generator.model.types import ApiClass, ClientModel, Operation, Parameter
from generator.shared.diagnostics import escape_pointer_token, parts_from_pointer
from generator.verify.values import NOTHING, Values

Variant = Literal["example", "required", "full"]
VARIANTS: tuple[Variant, ...] = ("example", "required", "full")
Source = Literal["example", "built"]
# A dummy credential every security scheme's check accepts (Prism checks presence and form).
DUMMY_CREDENTIAL = "verify-credential"
# The value of a header setting of Client(...) (a header every operation takes).
DUMMY_HEADER = "verify-header"


@dataclass(frozen=True)
class Argument:
    """One keyword of a call, with the JSON value it carries."""

    keyword: str  # the method's keyword, e.g. client_id
    location: Literal["path", "query", "header", "cookie", "body"]
    wire_name: str | None  # None for the body
    value: Any
    source: Source  # the spec's own example, or built from the schema
    schema: str | None  # JSON pointer of its schema in the document; None when it has none
    # Why the value does not satisfy its schema, as our local check says; () when it does.
    violations: tuple[str, ...] = ()
    style: str | None = None  # the parameter's style as the spec writes it
    explode: bool = True
    media_type: str | None = None  # the body's
    # Set when the spec's example for it breaks its own schema: verify sends a value it
    # built instead, and says so.
    note: str | None = None
    # Set when the value breaks its schema because no value can satisfy it (an enum none
    # of whose members has the schema's type): the spec's fault, not verify's.
    unsatisfiable: str | None = None


@dataclass(frozen=True)
class Call:
    """One call of one operation's method through the generated client."""

    key: str  # unique in a run: "<operation> [<variant>]" (+ " async")
    operation: str  # the spec's operationId, else "METHOD /path"
    api: str  # the client's attribute, e.g. o_auth
    method: str  # the method's name, e.g. obtain_token
    http_method: str
    path: str
    variant: Variant
    arguments: tuple[Argument, ...]
    body_model: str | None  # the model class the body validates against, None if free-form
    result_kind: str  # json | text | binary | events
    # Success statuses the spec declares, each with the pointer of its JSON (or event
    # stream) schema and that media type; for a file or text only the media type; (None,
    # None) without content. Empty when only errors are declared.
    successes: tuple[tuple[str, str | None, str | None], ...] = ()
    asynchronous: bool = False
    source: str = ""  # JSON pointer of the operation in the root document
    # Why verify could not plan the call's values (a $ref it cannot follow); None when it
    # could. Such a call is reported as verify's fault without being sent.
    unplanned: str | None = None

    @property
    def from_examples(self) -> bool:
        """Whether some value of the call is the spec's own example."""
        return any(a.source == "example" for a in self.arguments)

    @property
    def notes(self) -> tuple[str, ...]:
        return tuple(f"{a.keyword}: {a.note}" for a in self.arguments if a.note)


@dataclass
class Planner:
    """Builds the calls of every operation of one document and its model."""

    document: Mapping[str, Any]
    values: Values = field(init=False)  # for what the client sends
    answers: Values = field(init=False)  # for what a server answers

    def __post_init__(self) -> None:
        self.values = Values(self.document)
        self.answers = Values(self.document, reading=True)

    def operation_calls(self, api: ApiClass, operation: Operation) -> list[Call]:
        name = operation.operation_id or f"{operation.http_method} {operation.path}"
        where = operation_pointer(operation)
        raw = self.resolved(where)
        made: list[Call] = []
        seen: list[tuple[Argument, ...]] = []
        for variant in VARIANTS:
            failure: str | None = None
            try:
                arguments = tuple(self._arguments(operation, raw, variant))
            except ValueError as error:  # a $ref verify cannot follow
                arguments, failure = (), str(error)
            if arguments in seen and failure is None:
                continue
            seen.append(arguments)
            made.append(
                Call(
                    key=f"{name} [{variant}]",
                    operation=name,
                    api=str(api.attribute),
                    method=str(operation.py_name),
                    http_method=operation.http_method,
                    path=operation.path,
                    variant=variant,
                    arguments=arguments,
                    body_model=operation.body.model_name if operation.body else None,
                    result_kind=operation.result_kind,
                    successes=self._successes(operation),
                    source=where,
                    unplanned=failure,
                )
            )
            if failure is not None:
                break
        return made

    # -- arguments ----------------------------------------------------------------------

    def _arguments(
        self, operation: Operation, raw: Mapping[str, Any], variant: Variant
    ) -> Iterator[Argument]:
        declared = self._parameter_pointers(operation)
        for parameter in operation.parameters:
            pointer = declared.get((parameter.wire_name, parameter.location))
            if pointer is None and parameter.required:
                raise ValueError(f"verify cannot find the parameter {parameter.wire_name!r}")
            argument = self._parameter(parameter, pointer, variant)
            if argument is not None:
                yield argument
        body = operation.body
        if body is None:
            return
        pointer = f"{operation_pointer(operation)}/requestBody"
        media = self._media_pointer(pointer, body.media_type)
        if media is None:
            return
        if not body.required and variant == "required":
            return
        schema = f"{media}/schema" if "schema" in self.at(media) else None
        value, source, note = self._value(media, schema, variant, body.required)
        if value is NOTHING:
            return
        if body.media_type.startswith("multipart/form-data") and isinstance(value, dict):
            # Prism 5.16 reads no multipart property as an array (repeated parts or one):
            # optional lists are left out so that the rest of the body is checked.
            needed = self.resolved(schema).get("required", []) if schema else []
            value = {k: v for k, v in value.items() if not isinstance(v, list) or k in needed}
        if body.encoding == "binary" and not isinstance(value, str):
            value, source = "verify", "built"
        broken = self._violations(value, schema)
        if body.encoding == "text" and not isinstance(value, str):
            # A text body is a string to the client, whatever the schema says: the value
            # goes as its JSON text (checked against the schema as the value it spells).
            value = json.dumps(value)
        yield Argument(
            keyword=str(body.py_name),
            location="body",
            wire_name=None,
            value=value,
            source=source,
            schema=schema,
            violations=broken,
            unsatisfiable=self._unsatisfiable(schema, broken),
            media_type=body.media_type,
            note=note,
        )

    def _parameter(
        self, parameter: Parameter, pointer: str | None, variant: Variant
    ) -> Argument | None:
        if pointer is None:
            return None
        raw = self.at(pointer)
        schema: str | None = f"{pointer}/schema" if "schema" in raw else None
        holder = pointer
        if schema is None and isinstance(raw.get("content"), Mapping) and raw["content"]:
            holder = f"{pointer}/content/{escape_pointer_token(next(iter(raw['content'])))}"
            schema = f"{holder}/schema" if "schema" in self.at(holder) else None
        # Prism 5.16 exits on a request without an optional array header it declares
        # (its simple-style reader splits the missing value): always send one.
        needed = parameter.required or (
            parameter.location == "header"
            and schema is not None
            and self.resolved(schema).get("type") == "array"
        )
        if not needed and variant == "required":
            return None
        value, source, note = self._value(holder, schema, variant, needed)
        if value is NOTHING:
            return None
        if value == [] and source == "built" and schema is not None:
            # An empty array has no spelling of its own outside a body: `ids=` reads as
            # one empty item, or as the parameter missing. Send the full value's items.
            value = self.values.synthesize(schema, full=True)
        broken = self._violations(value, schema)
        return Argument(
            keyword=str(parameter.py_name),
            location=parameter.location,
            wire_name=parameter.wire_name,
            value=value,
            source=source,
            schema=schema,
            violations=broken,
            unsatisfiable=self._unsatisfiable(schema, broken),
            style=raw.get("style") if isinstance(raw.get("style"), str) else None,
            explode=parameter.explode,
            note=note,
        )

    def _value(
        self, holder: str, schema: str | None, variant: Variant, required: bool
    ) -> tuple[Any, Source, str | None]:
        """The value for a parameter or body: ``holder`` is the pointer of the object
        that may carry ``example``/``examples`` (a parameter or a media type). An example
        that breaks its own schema is not sent (the call would prove nothing about the
        client): a built value is, with a note that names the fault in the spec."""
        note = None
        if variant == "example":
            found = self._own_example(holder)
            if found is NOTHING and schema is not None:
                found = self.values.example(schema)
            broken = self._violations(found, schema) if found is not NOTHING else ()
            if found is not NOTHING and not broken:
                return found, "example", None
            if broken:
                note = f"the spec's example breaks its own schema ({broken[0]}); sent a built value"
            elif not required:
                return NOTHING, "built", None
        if schema is None:
            return ("verify" if required or variant == "full" else NOTHING), "built", note
        return self.values.synthesize(schema, full=variant == "full"), "built", note

    def _own_example(self, holder: str) -> Any:
        raw = self.at(holder)
        if "example" in raw:
            return raw["example"]
        examples = raw.get("examples")
        if isinstance(examples, Mapping):
            for name in examples:
                entry = self.resolved(f"{holder}/examples/{escape_pointer_token(name)}")
                if "value" in entry:
                    return entry["value"]
        return NOTHING

    def _unsatisfiable(self, schema: str | None, broken: tuple[str, ...]) -> str | None:
        return self.values.unsatisfiable(schema) if broken and schema is not None else None

    def _violations(self, value: Any, schema: str | None) -> tuple[str, ...]:
        if schema is None:
            return ()
        return tuple(self.values.violations(value, schema))

    def _successes(self, operation: Operation) -> tuple[tuple[str, str | None, str | None], ...]:
        found: list[tuple[str, str | None, str | None]] = []
        for response in operation.responses:
            if not response.status.startswith("2") and response.status.upper() != "2XX":
                continue
            status = escape_pointer_token(response.status)
            pointer = f"{operation_pointer(operation)}/responses/{status}"
            schema = media = None
            content = self.resolved(pointer).get("content")
            if isinstance(content, Mapping):
                listed = [str(m) for m in content]
                chosen = [m for m in listed if _is_json(m)] or [
                    m for m in listed if m.startswith("text/event-stream")
                ]
                if chosen:
                    holder = self._media_pointer(pointer, chosen[0])
                    if holder is not None and "schema" in self.at(holder):
                        schema, media = f"{holder}/schema", chosen[0]
                elif listed:
                    media = listed[0]  # a file or text: no schema verify builds from
            found.append((response.status, schema, media))
        return tuple(found)

    # -- the document -------------------------------------------------------------------

    def _parameter_pointers(self, operation: Operation) -> dict[tuple[str, str], str]:
        """(name, in) -> pointer of the parameter object (its $ref followed); an
        operation's own parameters replace the path's."""
        found: dict[tuple[str, str], str] = {}
        path_item = f"/paths/{escape_pointer_token(operation.path)}"
        for owner in (path_item, operation_pointer(operation)):
            listed = self.resolved(owner).get("parameters")
            if not isinstance(listed, list):
                continue
            for index in range(len(listed)):
                pointer = self.follow(f"{owner}/parameters/{index}")
                raw = self.at(pointer)
                if isinstance(raw.get("name"), str) and isinstance(raw.get("in"), str):
                    found[(raw["name"], raw["in"])] = pointer
        return found

    def _media_pointer(self, owner: str, media_type: str) -> str | None:
        content = self.resolved(owner).get("content")
        if not isinstance(content, Mapping) or media_type not in content:
            return None
        return self.follow(f"{self.follow(owner)}/content/{escape_pointer_token(media_type)}")

    def follow(self, pointer: str) -> str:
        """``pointer`` with every local ``$ref`` on its way followed: the pointer of the
        node itself. A ``$ref`` to another file raises ValueError."""
        current = ""
        node: Any = self.document
        remaining = parts_from_pointer(pointer)
        while True:
            hops = 0
            while isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
                ref = node["$ref"]
                if not ref.startswith("#"):
                    raise ValueError(f"verify cannot follow the $ref {ref!r} (at {current})")
                current = unquote(ref[1:])  # a URI fragment: %7B is {
                node = self._walk(parts_from_pointer(current))
                hops += 1
                if hops > 50:
                    raise ValueError(f"$ref cycle at {current}")
            if not remaining:
                return current
            part = remaining.pop(0)
            node = self._walk([part], node)
            current = f"{current}/{escape_pointer_token(part)}"

    def at(self, pointer: str) -> Mapping[str, Any]:
        node = self._walk(parts_from_pointer(pointer))
        return node if isinstance(node, Mapping) else {}

    def resolved(self, pointer: str) -> Mapping[str, Any]:
        return self.at(self.follow(pointer))

    def _walk(self, parts: list[str], start: Any = None) -> Any:
        node: Any = self.document if start is None else start
        for part in parts:
            if isinstance(node, Mapping):
                node = node.get(part)
            elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
                node = node[int(part)]
            else:
                return None
        return node


def operation_pointer(operation: Operation) -> str:
    """The operation's pointer in the root document. (``operation.source`` is a pointer in
    the file that holds it, which for a split spec may be another file.)"""
    return f"/paths/{escape_pointer_token(operation.path)}/{operation.http_method.lower()}"


def _is_json(media_type: str) -> bool:
    base = media_type.split(";", 1)[0].strip().lower()
    return base == "application/json" or base.endswith("+json") or base == "*/*"


def credentials(client: ClientModel) -> dict[str, str]:
    """A dummy value for every credential keyword of ``Client(...)``, and for every header
    every operation takes that the client sends only when set (``GlobalHeader`` without a
    default: the spec may require it, as bunq.com does X-Bunq-Client-Authentication)."""
    dummies = {
        str(setting.py_name): DUMMY_CREDENTIAL
        for setting in client.constructor.settings
        if setting.credential
    }
    for header in client.global_headers:
        if header.default is None:
            dummies.setdefault(str(header.py_name), DUMMY_HEADER)
    return dummies
