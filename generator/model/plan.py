"""Decisions about how an operation is called and sent, made once for every template.

The method signature, the request builder, the API docs and the README all show the same
arguments in the same order; the templates lay out what is decided here and decide nothing
themselves. Everything is computed from the finished model (``types.Operation``,
``ApiClass``, ``ObjectModel``, ``ClientModel``), which reach it through properties.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import groupby
from typing import TYPE_CHECKING, Literal

from generator.model.naming import Identifier
from generator.model.typeref import (
    ChosenUnion,
    Optional,
    Primitive,
    Spelled,
    Typed,
    TypeRef,
    Union,
    walk,
)
from generator.shared.literals import dict_literal, python_literal, string_literal
from generator.shared.markdown import markdown_cell

if TYPE_CHECKING:
    from generator.model.types import (
        ApiClass,
        ClientModel,
        EnumModel,
        Field,
        Import,
        ObjectModel,
        Operation,
    )

ArgumentKind = Literal[
    "path", "query", "header", "cookie", "body", "content_type", "auth", "option"
]

# black's line length: a parameter's union annotation too long for the line is written in
# parentheses, the one construct black and ruff only agree on when it comes that way.
LINE_LENGTH = 88
# Where a method's parameters start in the API module, and in the docs' signature.
METHOD_COLUMN = 8
DOCS_COLUMN = 4
BUILDER_COLUMN = 4


@dataclass(frozen=True)
class Argument(Typed):
    """One keyword argument of an operation's method, in the order the method takes them."""

    kind: ArgumentKind  # where it goes: a parameter location, the body, a credential, an option
    py_name: Identifier  # the keyword, e.g. client_id
    wire_name: str | None  # name on the wire; None for the body and the per-call options
    type: TypeRef  # its Python type, optional (``| None``) when the argument may be left out
    required: bool
    default: str | None  # Python expression of the default; None when required
    doc: str  # raw text of its ``Args:`` entry in the method docstring
    description: str  # raw spec text for the docs' table ("" for the per-call options)
    tags: tuple[str, ...]  # for docs: Template, Query, Header, Cookie, Body; Required or Optional
    model_name: str | None  # the model class a body validates against, None otherwise
    example: str  # Python expression of an example value
    method_line: str  # ``name: annotation = default,`` in the method's signature
    docs_line: str  # the same line in the docs' signature (fewer columns of indentation)
    builder_line: str | None  # its line in the request builder's signature; None for options

    @property
    def doc_type_cell(self) -> str:
        """Its cell in the docs' table of parameters, already markdown: the model class
        linked to its page, or the type as code."""
        if self.model_name:
            return f"[`{self.model_name}`](../models/{self.model_name}.md)"
        return f"`{markdown_cell(self.doc_type)}`"

    @property
    def per_call(self) -> bool:
        """One of the options every method takes (timeout, retries, headers, query, body)."""
        return self.kind == "option"

    @property
    def passed_on(self) -> str:
        """``name=name``: the argument passed on under its own name, as examples write it."""
        return f"{self.py_name}={self.py_name}"


@dataclass(frozen=True)
class Keyword:
    """One keyword of the ``RequestSpec(...)`` an operation's request builder returns."""

    name: str  # e.g. query
    value: str  # the Python expression, e.g. query_pairs({"limit": limit},)

    @property
    def line(self) -> str:
        """``name=value,``: its line in the ``RequestSpec(...)`` call."""
        return f"{self.name}={self.value},"


@dataclass(frozen=True)
class RequestPlan:
    """How an operation's arguments become a request: the builder function and its spec."""

    function: str  # the builder's name, e.g. _obtain_token_request
    parameters: str  # the text between the builder's parentheses ("" when it takes none)
    return_annotation: str  # e.g. RequestSpec[ObtainTokenResponse], or the alias name
    # ``_name_result = RequestSpec[...]`` after the builder, when a signature without
    # parameters would not fit a line (formatters disagree on splitting it); None otherwise.
    alias: str | None
    keywords: tuple[Keyword, ...]  # of RequestSpec(...), in order
    call: str  # the call of the builder inside the method, e.g. _x_request(body=body,)
    options: str  # the per-call options passed on: RequestOptions(timeout=timeout, ...,)


@dataclass(frozen=True)
class ExampleCall:
    """The operation the README's examples call: the first one that is not deprecated."""

    api: ApiClass
    operation: Operation
    # ``name = value`` lines for its arguments and a blank line after them; "" for none
    assignments: str
    call: str  # e.g. client.o_auth.obtain_token(body=body)
    call_with_timeout: str  # the same call with ``timeout=3.0``
    call_with_options: str  # the same call with every per-call option, one argument a line
    settings: str  # the Client's arguments: "()" or "(\nsetting=...,\n)"
    # raw text of the comment above reading ``result.data``: "the typed response", and the
    # class the result is about in parentheses when there is one
    result_comment: str


# The per-call options: keyword, annotation, docstring text, value in the README's example.
_OPTIONS = (
    (
        "timeout",
        Optional(Union((Primitive("float"), Spelled("httpx.Timeout")))),
        "Seconds, or an ``httpx.Timeout``, for each attempt of this call.",
        "5.0",
    ),
    ("max_retries", Optional(Primitive("int")), "Retries for this call; ``0`` sends it once.", "0"),
    (
        "extra_headers",
        Optional(Spelled("Mapping[str, str]")),
        "More headers for this call; they win over every other header.",
        '{"X-Trace-Id": "7f3c2a"}',
    ),
    (
        "extra_query",
        Optional(Spelled("Mapping[str, QueryValue]")),
        "More query parameters for this call.",
        '{"trace": "1"}',
    ),
    (
        "extra_body",
        Optional(Spelled("Mapping[str, Any]")),
        "More fields for the JSON body of this call; they win over the body's.",
        '{"note": "beta field"}',
    ),
)
# Which runtime helper of _core.request serves each location, and the RequestSpec keyword.
_LOCATION_HELPERS = (
    ("query", "query", "query_pairs"),
    ("header", "headers", "header_values"),
    ("cookie", "cookies", "header_values"),
)


def declaration(name: str, type_: TypeRef, default: str | None, column: int) -> str:
    """``name: annotation = default,``, a union in parentheses when too long at ``column``.

    Black puts a parameter's union annotation too long for the line in parentheses, ruff
    does not add them but keeps them, and black removes them where the line fits.
    """
    tail = f" = {default}" if default is not None else ""
    line = f"{name}: {type_.annotation}{tail},"
    if column + len(line) <= LINE_LENGTH or not type_.is_union:
        return line
    return f"{name}: ({type_.annotation}){tail},"


def _argument(
    kind: ArgumentKind,
    py_name: str,
    type_: TypeRef,
    required: bool,
    *,
    wire_name: str | None = None,
    doc: str = "",
    description: str = "",
    tags: tuple[str, ...] = (),
    model_name: str | None = None,
    example: str = "",
    default: str | None = None,
) -> Argument:
    name = Identifier(py_name)
    if default is None and not required:
        default = "None"
    return Argument(
        kind=kind,
        py_name=name,
        wire_name=wire_name,
        type=type_,
        required=required,
        default=default,
        doc=doc,
        description=description,
        tags=tags,
        model_name=model_name,
        example=example,
        method_line=declaration(name, type_, default, METHOD_COLUMN),
        docs_line=declaration(name, type_, default, DOCS_COLUMN),
        builder_line=(None if kind == "option" else declaration(name, type_, None, BUILDER_COLUMN)),
    )


def arguments(operation: Operation) -> tuple[Argument, ...]:
    """Every keyword of the operation's method: parameters (path, query, header, cookie),
    the body, the per-call credentials, then the per-call options."""
    found = [
        _argument(
            p.location,
            p.py_name,
            p.type,
            p.required,
            wire_name=p.wire_name,
            doc=p.description or p.wire_name,
            description=p.description,
            tags=p.tags,
            example=python_literal(p.example),
        )
        for p in operation.parameters
    ]
    body = operation.body
    if body is not None:
        found.append(
            _argument(
                "body",
                body.py_name,
                body.type,
                body.required,
                doc=body.description or "The request body.",
                description=body.description,
                tags=body.tags,
                model_name=body.model_name or None,
                example=python_literal(body.example),
            )
        )
    if body is not None and body.choice_name is not None and body.choice_type is not None:
        found.append(
            _argument(
                "content_type",
                body.choice_name,
                body.choice_type,
                False,
                doc="The media type to send the body as; the default is the first.",
                description="The media type to send the body as.",
                tags=("Body", "Optional"),
                example=string_literal(body.media_type),
                default=string_literal(body.media_type),
            )
        )
    found += [
        _argument(
            "auth",
            auth.py_name,
            Optional(Primitive("str")),
            False,
            wire_name=auth.wire_name,
            doc=auth.description,
            description=auth.description,
            tags=auth.tags,
            example=string_literal(auth.example),
        )
        for auth in operation.auth_parameters
    ]
    found += [
        _argument("option", name, type_, False, doc=doc, example=example)
        for name, type_, doc, example in _OPTIONS
    ]
    return tuple(found)


def example_assignments(operation: Operation) -> str:
    """``name = value`` for each example argument of the operation, a blank line after."""
    lines = [f"{a.py_name} = {a.example}\n" for a in operation.arguments if not a.per_call]
    return "".join(lines) + "\n" if lines else ""


def request_plan(operation: Operation) -> RequestPlan:
    """The builder of the operation's ``RequestSpec``: its signature, keywords and call."""
    sent = [a for a in operation.arguments if not a.per_call]
    function = f"_{operation.py_name}_request"
    spec = f"RequestSpec[{operation.result_annotation}]"
    alias = None
    if sent:
        lines = "".join(f"    {a.builder_line}\n" for a in sent if a.builder_line)
        parameters = f"\n    *,\n{lines}"
        returned = spec
        call = f"{function}(" + ", ".join(a.passed_on for a in sent) + ",)"
    else:
        parameters = ""
        returned = spec
        call = f"{function}()"
        if len(f"def {function}() -> {spec}:") > LINE_LENGTH:
            returned = f"_{operation.py_name}_result"
            alias = f"{returned} = {spec}"
    passed = ", ".join(a.passed_on for a in operation.arguments if a.per_call)
    options = f"RequestOptions({passed},)"
    return RequestPlan(function, parameters, returned, alias, _keywords(operation), call, options)


def _keywords(operation: Operation) -> tuple[Keyword, ...]:
    path_items = [(p.wire_name, p.py_name) for p in operation.parameters if p.location == "path"]
    found = [
        Keyword("operation", string_literal(operation.py_name)),
        Keyword("method", string_literal(operation.http_method)),
        Keyword(
            "path", f"encode_path({string_literal(operation.path)}, {dict_literal(path_items)},)"
        ),
        Keyword("response_model", operation.result_model or "None"),
    ]
    if operation.result_kind != "json":
        found.append(Keyword("response_kind", string_literal(operation.result_kind)))
    if operation.other_kinds:
        found.append(Keyword("other_kinds", python_literal(operation.other_kinds)))
    if operation.accept:
        found.append(Keyword("accept", string_literal(operation.accept)))
    if operation.bodyless_statuses:
        found.append(Keyword("bodyless", python_literal(operation.bodyless_statuses)))
    if operation.error_types:
        errors = [(status, t.annotation) for status, t in operation.error_types]
        found.append(Keyword("error_models", dict_literal(errors)))
    for location, keyword, helper in _LOCATION_HELPERS:
        params = [p for p in operation.parameters if p.location == location]
        if not params:
            continue
        values = dict_literal([(p.wire_name, p.py_name) for p in params])
        styles = [
            (p.wire_name, f"({string_literal(p.style)}, {p.explode})") for p in params if p.style
        ]
        styled = f" {dict_literal(styles)}," if styles else ""
        found.append(Keyword(keyword, f"{helper}({values},{styled})"))
    body = operation.body
    if body is not None:
        name = body.py_name
        if body.choices:
            encodings = dict_literal([(m, string_literal(e)) for m, e in body.choices])
            found.append(
                Keyword("body_parts", f"encode_body({name}, {body.choice_name}, {encodings},)")
            )
        elif body.encoding == "json":
            found.append(Keyword("json", f"json_body({name})"))
            found.append(Keyword("has_json", "True" if body.required else f"{name} is not None"))
        elif body.encoding in ("form", "multipart"):
            found.append(Keyword("form", f"form_fields({name})"))
            if body.encoding == "multipart":
                found.append(Keyword("files", f"file_parts({name})"))
        else:
            found.append(Keyword("content", f"raw_content({name})"))
            found.append(Keyword("content_type", string_literal(body.content_type)))
    found.append(Keyword("security", python_literal(operation.security.alternatives)))
    if operation.auth_parameters:
        overrides = [(a.scheme_key, a.py_name) for a in operation.auth_parameters]
        found.append(Keyword("auth_overrides", dict_literal(overrides)))
    idempotency = operation.idempotency
    if idempotency.declared:
        found.append(Keyword("idempotent", str(idempotency.idempotent)))
    if idempotency.key is not None:
        found.append(Keyword("idempotency_key", python_literal(idempotency.key)))
    if operation.pagination is not None:
        found.append(Keyword("pagination", operation.pagination.keyword))
    return tuple(found)


def import_sections(api: ApiClass) -> tuple[tuple[str, ...], ...]:
    """The API module's imports in isort's sections: standard library, httpx, the package."""
    own = [i for i in api.imports if i.module.startswith(".")]
    outside = [i for i in api.imports if not i.module.startswith(".")]
    runtime = [
        "from .._core.http import AsyncHttpClient, SyncHttpClient",
        f"from .._core.request import {', '.join(api.runtime_names)}",
        "from .._core.result import ApiResult",
    ]
    if any(operation.streams for operation in api.operations):
        runtime.append("from .._core.sse import AsyncEventStream, EventStream")
    pydantic = [i for i in outside if i.module == "pydantic"]  # a union's Discriminator, Tag
    return (
        tuple(_statements([i for i in outside if i.module != "pydantic"])),
        ("import httpx", *_statements(pydantic)),
        tuple(_package_order(runtime + _statements(own))),
    )


def _package_order(statements: list[str]) -> list[str]:
    """``from`` lines of the package as isort orders them: the farthest modules (``..``)
    first, then by module name."""

    def key(line: str) -> tuple[int, str]:
        module = line.split()[1]
        return (-(len(module) - len(module.lstrip("."))), module.lstrip("."))

    return sorted(statements, key=key)


def _statements(imports: list[Import]) -> list[str]:
    """``import x`` lines first, then one ``from m import a, b`` per module, by module."""
    lines = [f"import {i.name}" for i in imports if not i.module]
    modules = sorted((i for i in imports if i.module), key=lambda i: i.module)
    for module, group in groupby(modules, key=lambda i: i.module):
        lines.append(f"from {module} import {', '.join(i.name for i in group)}")
    return lines


def model_import_sections(model: ObjectModel) -> tuple[tuple[str, ...], ...]:
    """A model module's imports in isort's sections: standard library, pydantic, the
    package (the runtime base class, then the models it refers to)."""
    plain = {i.name for i in model.imports if not i.module}
    if not model.root or model.deferred_imports:
        plain.add("typing")
    outside = [i for i in model.imports if i.module and not i.module.startswith(".")]
    standard = [f"import {name}" for name in sorted(plain)]
    standard += _statements([i for i in outside if i.module != "pydantic"])
    third_party = _statements([i for i in outside if i.module == "pydantic"])
    package = [] if model.root else ["from .._core.model import ApiModel"]
    package += _statements([i for i in model.imports if i.module[:1] == "."])
    package = _package_order(package)
    return tuple(tuple(s) for s in (standard, third_party, package) if s)


def example_call(client: ClientModel) -> ExampleCall | None:
    """The README's example: the first operation that is not deprecated, if there is one."""
    for api in client.apis:
        for operation in api.operations:
            if operation.deprecated:
                continue
            sent = [a.passed_on for a in operation.arguments if not a.per_call]
            options = [f"{a.py_name}={a.example}" for a in operation.arguments if a.per_call]
            settings = [
                f"{name}={string_literal(example)},\n"
                for s in client.auth_schemes
                for name, example in s.keywords
            ]
            head = f"client.{api.attribute}.{operation.py_name}("
            return ExampleCall(
                api=api,
                operation=operation,
                assignments=operation.example_assignments,
                call=head + ", ".join(sent) + ")",
                call_with_timeout=head + ", ".join([*sent, "timeout=3.0"]) + ")",
                call_with_options=head + "".join(f"\n    {a}," for a in sent + options) + "\n)",
                settings="(\n" + "".join(settings) + ")" if settings else "()",
                result_comment="the typed response"
                + (f" ({operation.result_link})" if operation.result_link else ""),
            )
    return None


@dataclass(frozen=True)
class ModelIndex:
    """What ``models/__init__.py`` imports, eagerly or on first use, and exports."""

    # ``from .module import Class`` for models in import cycles, imported at once so that
    # their fields can be resolved; by module name
    eager_imports: tuple[str, ...]
    lazy_imports: tuple[str, ...]  # the same for every other model and enum, for type checkers
    names: tuple[str, ...]  # every model and enum class, sorted: ``__all__``
    lazy_modules: tuple[tuple[str, str], ...]  # (class, module) imported on first use, by class
    cyclic: tuple[str, ...]  # classes in import cycles, rebuilt once every class exists


@dataclass(frozen=True)
class ApiIndex:
    """What ``apis/__init__.py`` imports for type checkers and exports on first use."""

    type_imports: tuple[str, ...]  # ``from .module import AsyncXApi, XApi``, by module name
    names: tuple[str, ...]  # every API class, sync and async, sorted: ``__all__``
    modules: tuple[tuple[str, str], ...]  # (class, module): async first, by the sync class


def api_index(client: ClientModel) -> ApiIndex:
    """The apis package's index, sorted without regard to case as the templates sorted it."""
    by_module = sorted(client.apis, key=lambda a: a.module_name.lower())
    by_class = sorted(client.apis, key=lambda a: a.class_name.lower())
    classes = [a.async_class_name for a in client.apis] + [a.class_name for a in client.apis]
    return ApiIndex(
        type_imports=tuple(
            f"from .{a.module_name} import {a.async_class_name}, {a.class_name}" for a in by_module
        ),
        names=tuple(sorted(classes, key=str.lower)),
        modules=tuple(
            pair
            for a in by_class
            for pair in ((a.async_class_name, a.module_name), (a.class_name, a.module_name))
        ),
    )


def model_index(client: ClientModel) -> ModelIndex:
    """The models package's index: cyclic models imported eagerly, the rest on first use.
    Sorted without regard to case, as the templates sorted them."""
    cyclic = [m for m in client.models if m.deferred_imports]
    cyclic_names = {m.class_name for m in cyclic}
    everything: list[EnumModel | ObjectModel] = [*client.enums, *client.models]
    lazy = [m for m in everything if m.class_name not in cyclic_names]

    def statements(items: list[EnumModel | ObjectModel]) -> tuple[str, ...]:
        ordered = sorted(items, key=lambda m: m.module_name.lower())
        return tuple(f"from .{m.module_name} import {m.class_name}" for m in ordered)

    return ModelIndex(
        eager_imports=statements(list(cyclic)),
        lazy_imports=statements(lazy),
        names=tuple(sorted((m.class_name for m in everything), key=str.lower)),
        lazy_modules=tuple(
            (m.class_name, m.module_name) for m in sorted(lazy, key=lambda m: m.class_name.lower())
        ),
        cyclic=tuple(m.class_name for m in cyclic),
    )


def field_declaration(field: Field) -> str:
    """``name: annotation``, then ``= default`` or ``= Field(...)`` when the field is renamed
    on the wire or deprecated (aliases, default and deprecation note as its keywords)."""
    head = f"{Identifier(field.py_name)}: {field.annotation}"
    renamed = field.py_name != field.wire_name
    if not (renamed or field.deprecation_note):
        return head if field.required else f"{head} = {field.default}"
    keywords = [] if field.required else [f"default={field.default}"]
    if renamed:
        keywords.append(f"validation_alias={string_literal(field.wire_name)}")
        keywords.append(f"serialization_alias={string_literal(field.wire_name)}")
    if field.deprecation_note:
        keywords.append(f"deprecated={string_literal(field.deprecation_note)}")
    return f"{head} = Field({', '.join(keywords)})"


def model_base_class(model: ObjectModel) -> str:
    """``ApiModel``, or ``RootModel["..."]`` with the root annotation as a string."""
    return f"RootModel[{string_literal(model.root)}]" if model.root else "ApiModel"


def secret_set(model: ObjectModel) -> str:
    """``{"a", "b",}`` of the model's secret field names (one a line once formatted), or
    ``""`` when there are none."""
    names = [string_literal(f.py_name) for f in model.fields if f.secret]
    return "{" + "".join(f"{name}," for name in names) + "}" if names else ""


def chooses_unions(client: ClientModel) -> bool:
    types = [f.type for m in client.models for f in m.fields]
    types += [m.root_type for m in client.models if m.root_type is not None]
    for api in client.apis:
        for operation in api.operations:
            types += [operation.result_type] if operation.result_type is not None else []
            types += [operation.body.type] if operation.body is not None else []
    return any(isinstance(ref, ChosenUnion) for t in types for ref in walk(t))


_UNIONS_SECTION = """## Unions

A value that may be one of several models becomes the member the spec names, never
just the first that would validate. With a `discriminator`, the value of its property
decides (the mapping, else each member's constant or schema name); without one, the
member whose required properties are all present and whose constant or enum properties
hold their values, the one that checked the most when several fit. A value no member fits
(a tag your version of the spec does not list, a tie) becomes an `UnknownVariant` that
keeps every field the server sent in `.raw`: check with
`isinstance(value, UnknownVariant)` (`from {package}._core.unions import UnknownVariant`)."""

_READ_WRITE_SECTION = """## Read-only and write-only fields

One model is both what you send and what you get back. Fields the spec marks read-only
(tagged *Read-only* on the model pages) are set by the server: you never need to give
them, and a request never sends them, even when you send back a model you received.
Write-only fields (*Write-only*) are only sent: answers need not carry them, so models
never require them; give those tagged *Required in requests* when you send."""


_OAUTH_SECTION = """## OAuth

The spec's `{scheme}` security scheme has OAuth 2 flows, so `{package}.oauth` builds the
authorize URL and checks the redirect back (see [docs/oauth.md](docs/oauth.md)):

```python
from {package}.oauth import Scope, authorization_url, parse_callback

request = authorization_url(client_id="YOUR_CLIENT_ID", scopes=[{scope}])
# Send the user to request.url; keep request.state and request.code_verifier.
# On the redirect back to your app:
# code = parse_callback(callback_url, expected_state=request.state)
```

`OAuthSession` trades the code for tokens, refreshes them before they expire and is a
credential: `Client(access_token=session)`.

`Scope` lists the spec's scopes (an unknown scope string works too). The state is random
unless you pass one, PKCE (S256) is on unless `pkce=False`, and with `environment=` (an
`Environment` member or a base URL) an authorize URL on the first server's host moves to
that environment's host."""

_OAUTH_EXCEPTION_ROWS = (
    "\n| `OAuthError` | From `{package}.oauth`: the base of its errors; `authorization_url` "
    "when the spec has no flow with an `authorizationUrl`. |"
    "\n| `StateMismatchError` | `parse_callback`: the callback's `state` is missing or not "
    "the one sent (a possibly forged request, CSRF). |"
    "\n| `AuthorizationDeniedError` | `parse_callback`: the server answered `error=...` "
    "(`access_denied` when the user declined); `error.error` and `error.description` "
    "hold it. |"
    "\n| `MissingCodeError` | `parse_callback`: the callback has neither a code nor an "
    "error. |"
    "\n| `TokenError` | `OAuthSession`: the token endpoint refused the code or refresh token "
    "(`error.status_code`, `error.error`, `error.description`); `OAuthError` when the "
    "session has no token yet or no refresh token. |"
)

_STREAMS_SECTION = """## Event streams

{methods} answer with server-sent events (`text/event-stream`). Such a method sends its
request once (never retried: a stream may have had effects before it broke off), raises
`ApiStatusError` for an error answer, and returns the open stream instead of an
`ApiResult`. Iterating it yields each event as it arrives: `event.event` (its type,
`"message"` by default), `event.data` (decoded into the model the spec gives the stream,
else the text), `event.id` (the last id the stream set) and `event.retry` (the
reconnection time in milliseconds it asked for, or `None`). Leaving the loop (at its end,
by `break` or by an exception) closes the connection; the `with` block closes it too, and
`events.http_response` is the raw response.

```python
with client.{api}.{method}(...) as events:
    for event in events:
        print(event.event, event.id, event.data)
```

On `AsyncClient`, await the call, then `async with` and `async for`:

```python
async with await async_client.{api}.{method}(...) as events:
    async for event in events:
        print(event.event, event.id, event.data)
```

The `timeout` of the call also bounds each wait between two chunks of the stream: give a
stream that may be silent for long a larger one (`timeout=httpx.Timeout(10.0, read=None)`
waits forever)."""


def _listed(words: list[str]) -> str:
    """``a``, ``a and b``, ``a, b and c``."""
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def model_sections(client: ClientModel) -> tuple[str, ...]:
    sections = []
    streams = [(a, o) for a in client.apis for o in a.operations if o.streams]
    if streams:
        api, operation = streams[0]
        names = [f"`{a.attribute}.{o.py_name}`" for a, o in streams]
        sections.append(
            _STREAMS_SECTION.format(
                methods=_listed(names),
                api=api.attribute,
                method=operation.py_name,
            )
        )
    if client.chooses_unions:
        sections.append(_UNIONS_SECTION.format(package=client.package_name))
    if client.has_read_only or client.has_write_only:
        sections.append(_READ_WRITE_SECTION)
    if client.oauth is not None:
        scope = f"Scope.{client.oauth.scopes[0].name}" if client.oauth.scopes else ""
        sections.append(
            _OAUTH_SECTION.format(
                scheme=client.oauth.scheme_key, package=client.package_name, scope=scope
            )
        )
    return tuple(sections)


def oauth_exception_rows(client: ClientModel) -> str:
    """Rows of the README's exception table for ``oauth.py``; "" without OAuth flows."""
    if client.oauth is None:
        return ""
    return _OAUTH_EXCEPTION_ROWS.format(package=client.package_name)


def field_notes(model: ObjectModel) -> tuple[str, ...]:
    notes = []
    if model.first_secret:
        notes.append(
            "Fields tagged *Secret* hold their value as usual"
            f" (`model.{model.first_secret}` is the string), but show as `***` in `repr()`,"
            " `str()`, logs and error messages."
        )
    if model.has_read_only:
        notes.append(
            "Fields tagged *Read-only* are set by the server: building the model never"
            " requires them, and a request never sends them."
        )
    if model.has_write_only:
        notes.append(
            "Fields tagged *Write-only* go only to the server: answers need not carry"
            " them, so the model never requires them (*Required in requests*: send it)."
        )
    if model.warns_deprecation:
        notes.append(
            "Setting or reading a field tagged *Deprecated* warns `DeprecationWarning`,"
            " once per line of your code."
        )
    return tuple(notes)


def class_variables(model: ObjectModel) -> tuple[str, ...]:
    lines = [f"_secret_fields: typing.ClassVar[frozenset[str]] = frozenset({model.secret_set})"]
    if model.read_only_set:
        lines.append(
            f"_read_only_fields: typing.ClassVar[frozenset[str]] = frozenset({model.read_only_set})"
        )
    return tuple(lines)


def read_only_set(model: ObjectModel) -> str:
    """``{"a", "b",}`` of the model's read-only field names, or ``""`` when none."""
    names = [string_literal(f.py_name) for f in model.fields if f.access == "read_only"]
    return "{" + "".join(f"{name}," for name in names) + "}" if names else ""


@dataclass(frozen=True)
class SettingsModule:
    """The spec-dependent parts of the generated ``_core/settings.py``, as Python text
    written the way the formatter leaves it (magic trailing commas keep each entry on
    its own line)."""

    typing_names: str  # what it imports from typing: ``TYPE_CHECKING, Any`` or ``Any``
    secret_names: str  # the ``frozenset(...)`` of the spec's secret field names
    schemes: str  # the dict literal of the spec's security schemes, by their key


def settings_module(client: ClientModel) -> SettingsModule:
    return SettingsModule(
        typing_names="TYPE_CHECKING, Any" if client.error_model else "Any",
        secret_names=_secret_names(client.secret_names),
        schemes=_schemes(client),
    )


def _secret_names(names: Sequence[str]) -> str:
    if not names:
        return "frozenset()"
    lines = ["frozenset(", "    {", *(f"        {string_literal(n)}," for n in names), "    }", ")"]
    return "\n".join(lines)


def _schemes(client: ClientModel) -> str:
    if not client.auth_schemes:
        return "{}"
    lines = ["{"]
    for scheme in client.auth_schemes:
        lines.append(f"    {string_literal(scheme.key)}: Scheme(")
        for keyword, value in (
            ("kind", scheme.kind),
            ("location", scheme.location),
            ("name", scheme.wire_name),
            ("prefix", scheme.prefix),
            ("setting", scheme.setting_name),
            ("call_param", scheme.call_param or ""),
        ):
            lines.append(f"        {keyword}={string_literal(value)},")
        lines.append("    ),")
    lines.append("}")
    return "\n".join(lines)


@dataclass(frozen=True)
class ClassPage:
    """One page of docs/models/, as the README lists it."""

    class_name: Identifier  # the model or enum class; its page is docs/models/{class_name}.md
    note: str  # raw text after the link: `` (enum)`` for an enum, else ""


def class_pages(client: ClientModel) -> tuple[ClassPage, ...]:
    """The models, then the enums, each in the model's order."""
    return tuple(ClassPage(m.class_name, "") for m in client.models) + tuple(
        ClassPage(e.class_name, " (enum)") for e in client.enums
    )
