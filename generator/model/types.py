"""The intermediate model: what the templates receive, and nothing more.

Plain frozen dataclasses. Every name here is already a valid, unique Python identifier,
every type a ``TypeRef`` tree (``generator.model.typeref``) whose ``.annotation`` is a
Python type expression valid inside the module that uses it and whose ``.doc`` is the type
as docs show it, and every text field raw text from the spec (templates escape it for its
context). A value that is absent is ``None``, never ``""``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

# Re-exported: part of the model the templates receive (client.project).
from generator.model import constructor, naming, plan
from generator.model.constructor import ClientAttribute as ClientAttribute
from generator.model.constructor import ClientClass as ClientClass
from generator.model.constructor import ClientSetting as ClientSetting
from generator.model.constructor import Constructor as Constructor
from generator.model.idempotency import IDEMPOTENT_BY_METHOD, Idempotency, retry_note
from generator.model.metadata import Author as Author
from generator.model.metadata import ProjectMetadata as ProjectMetadata
from generator.model.naming import Identifier
from generator.model.oauth import OAuthFlows as OAuthFlows
from generator.model.oauth import OAuthScope as OAuthScope
from generator.model.pagination import Pagination
from generator.model.plan import ApiIndex as ApiIndex
from generator.model.plan import Argument as Argument
from generator.model.plan import ClassPage as ClassPage
from generator.model.plan import ExampleCall as ExampleCall
from generator.model.plan import Keyword as Keyword
from generator.model.plan import ModelIndex as ModelIndex
from generator.model.plan import RequestPlan as RequestPlan
from generator.model.plan import SettingsModule as SettingsModule
from generator.model.typeref import Typed, TypeRef, literal, union_of
from generator.shared.markdown import markdown_cell

ParameterLocation = Literal["path", "query", "header", "cookie"]
FieldAccess = Literal["read_only", "write_only"]


@dataclass(frozen=True)
class Import:
    """``from {module} import {name}``; ``module`` is relative to the generated package."""

    module: str  # e.g. "..models", "typing"; "" for a plain `import {name}`
    name: str  # e.g. ObtainTokenRequest

    @property
    def statement(self) -> str:
        """The import statement, e.g. ``from ..models import Error``."""
        return f"from {self.module} import {self.name}" if self.module else f"import {self.name}"


@dataclass(frozen=True)
class EnumMember:
    name: Identifier  # Python attribute name, e.g. API_ERROR
    value: str | int  # the value on the wire
    description: str  # raw spec text; "" when the spec gives none


@dataclass(frozen=True)
class EnumModel:
    """A string or integer enum. Generated enums accept unknown values from the server."""

    class_name: Identifier  # e.g. ErrorCategory
    module_name: Identifier  # file name in models/, without .py, e.g. error_category
    base: Literal["str", "int"]
    description: str  # raw spec text
    members: tuple[EnumMember, ...]  # in spec order
    source: str  # JSON pointer of the schema in the spec

    @property
    def summary(self) -> str:
        """The first line of its description, for the module docstring."""
        return self.description.split("\n")[0] if self.description else "an enum from the spec"

    @property
    def base_class(self) -> str:
        """The runtime class it derives from: OpenStrEnum or OpenIntEnum."""
        return "OpenStrEnum" if self.base == "str" else "OpenIntEnum"


@dataclass(frozen=True)
class Field(Typed):
    py_name: Identifier  # attribute name on the model class
    wire_name: str  # the JSON property name; equal to py_name in most specs
    type: TypeRef  # the value's type, optional (`| None`) when not required or nullable
    required: bool
    default: str | None  # Python expression of the default; None when required
    description: str  # raw spec text
    deprecated: bool
    secret: bool  # a credential: redacted wherever the client prints it
    deprecation_note: str | None = None  # the DeprecationWarning text; None when not deprecated
    # readOnly: only the server sets it (never required, never sent); writeOnly: only the
    # client sends it (answers need not carry it, so never required either); else None.
    access: FieldAccess | None = None
    # Whether the spec lists it as required; ``required`` is whether the class requires it,
    # which a read- or write-only field never is.
    required_by_spec: bool = False

    @property
    def doc_tags(self) -> tuple[str, ...]:
        """For docs: Required or Optional (a required write-only field: Required in
        requests; a read-only one: neither), Read-only or Write-only, then Deprecated and
        Secret when they apply."""
        if self.access == "read_only":
            presence: tuple[str, ...] = ("Read-only",)
        elif self.access == "write_only":
            first = "Required in requests" if self.required_by_spec else "Optional"
            presence = (first, "Write-only")
        else:
            presence = ("Required" if self.required else "Optional",)
        return (
            *presence,
            *(("Deprecated",) if self.deprecated else ()),
            *(("Secret",) if self.secret else ()),
        )

    @property
    def name_cell(self) -> str:
        """Its name in the docs' table of fields, already markdown: the attribute, and the
        JSON property name after it when that differs."""
        cell = f"`{self.py_name}`"
        if self.wire_name != self.py_name:
            cell += f" (JSON `{markdown_cell(self.wire_name)}`)"
        return cell

    @property
    def declaration(self) -> str:
        """The attribute's line in the class: ``name: annotation``, then its default or a
        ``Field(...)`` with aliases, default and deprecation where it needs one."""
        return plan.field_declaration(self)


@dataclass(frozen=True)
class ObjectModel:
    class_name: Identifier  # e.g. ObtainTokenRequest
    module_name: Identifier  # file name in models/, without .py, e.g. obtain_token_request
    description: str  # raw spec text
    fields: tuple[Field, ...]  # in spec order
    imports: tuple[Import, ...]  # what the model module imports for its annotations
    deprecated: bool
    source: str  # JSON pointer of the schema in the spec
    # Models in an import cycle with this one: imported only for type checkers, and
    # resolved by models/__init__.py once every class exists.
    deferred_imports: tuple[Import, ...] = ()
    # A schema that contains itself through items, oneOf or additionalProperties (a tree, a
    # JSON value) is a pydantic RootModel of this type, e.g. list[Forest], and has no
    # fields; None for a model with fields.
    root_type: TypeRef | None = None

    @property
    def root(self) -> str | None:
        """The RootModel's annotation, e.g. "list[Forest]"; None for a model with fields."""
        return None if self.root_type is None else self.root_type.annotation

    @property
    def root_doc_type(self) -> str | None:
        """The root value's type as docs show it; None for a model with fields."""
        return None if self.root_type is None else self.root_type.doc

    @property
    def import_sections(self) -> tuple[tuple[str, ...], ...]:
        """The module's import statements in isort's sections (standard library, pydantic,
        the package); the ``TYPE_CHECKING`` ones are ``deferred_imports``."""
        return plan.model_import_sections(self)

    @property
    def summary(self) -> str:
        """The first line of its description, for the module docstring."""
        return self.description.split("\n")[0] if self.description else "a model from the spec"

    @property
    def doc_text(self) -> str:
        """Raw text of the class docstring: the description (or the class name), and the
        deprecation notice of a deprecated model."""
        text = self.description or self.class_name
        if self.deprecated:
            return f"{text}\n\n.. deprecated:: This model is deprecated in the spec."
        return text

    @property
    def base_class(self) -> str:
        """``ApiModel``, or for a model of a self-containing value ``RootModel["..."]``: a
        string there, as the class does not exist yet when its bases run; the ``root``
        annotation names the same type for type checkers and linters."""
        return plan.model_base_class(self)

    @property
    def first_secret(self) -> str | None:
        """Python name of its first secret field, for the docs' example; None when none."""
        return next((f.py_name for f in self.fields if f.secret), None)

    @property
    def read_only_set(self) -> str:
        """A set literal of the Python names of its read-only fields (never sent), ``""``
        when it has none."""
        return plan.read_only_set(self)

    @property
    def has_read_only(self) -> bool:
        """Whether a field is read-only (for the docs' note on the tag)."""
        return any(f.access == "read_only" for f in self.fields)

    @property
    def has_write_only(self) -> bool:
        """Whether a field is write-only (for the docs' note on the tag)."""
        return any(f.access == "write_only" for f in self.fields)

    @property
    def field_notes(self) -> tuple[str, ...]:
        """What the tags of its fields mean, already markdown: a paragraph each for
        Secret, Read-only, Write-only and Deprecated, when one of its fields has the tag."""
        return plan.field_notes(self)

    @property
    def class_variables(self) -> tuple[str, ...]:
        """The ClassVar lines of a model with fields: its secret fields, then its
        read-only fields when it has any."""
        return plan.class_variables(self)

    @property
    def warns_deprecation(self) -> bool:
        """Whether setting or reading one of its fields warns ``DeprecationWarning``."""
        return any(f.deprecation_note for f in self.fields)

    @property
    def secret_set(self) -> str:
        """A set literal of the Python names of its secret fields (redacted in its repr),
        ``""`` when it has none (``frozenset()``)."""
        return plan.secret_set(self)


@dataclass(frozen=True)
class Parameter(Typed):
    py_name: Identifier  # keyword argument of the method
    wire_name: str  # name in the path template, query string, header or cookie
    location: ParameterLocation
    type: TypeRef  # the argument's type, optional (`| None`) when not required
    required: bool
    description: str  # raw spec text
    deprecated: bool
    example: Any  # a JSON value used in generated examples
    tags: tuple[str, ...]  # for docs: Template, Query, Header, Cookie; Required or Optional
    # How an array or object value is written: None for the location's default (query and
    # cookie: form, exploded; path and header: simple), else the spec's ``style``
    # (form, spaceDelimited, pipeDelimited, deepObject, simple) with ``explode``.
    style: str | None = None
    explode: bool = True


BodyEncoding = Literal["json", "form", "multipart", "binary", "text"]
ResultKind = Literal["json", "text", "binary", "events"]


@dataclass(frozen=True)
class RequestBody(Typed):
    py_name: Identifier  # "body"
    type: TypeRef  # e.g. ObtainTokenRequest | dict[str, Any], `| None` when optional
    model_name: str | None  # the model class this body validates against; None if free-form
    media_type: str  # e.g. application/json
    required: bool
    description: str  # raw spec text
    example: Any  # a JSON value used in generated examples
    tags: tuple[str, ...]  # for docs: Body; Required or Optional
    # json: model or dict sent as JSON; form: urlencoded fields; multipart: fields and files
    # (bytes values); binary: ``bytes`` sent as is; text: ``str`` sent as is.
    encoding: BodyEncoding = "json"
    content_type: str | None = None  # Content-Type sent for binary and text bodies, else None
    # (media type, encoding) of each media type it may be sent as, ``media_type`` first,
    # when the spec declares several (the caller chooses); empty otherwise.
    choices: tuple[tuple[str, BodyEncoding], ...] = ()
    choice_name: Identifier | None = None  # the method's keyword choosing; None: no choice

    @property
    def choice_type(self) -> TypeRef | None:
        """The type of the keyword choosing the media type: a Literal of each; else None."""
        if not self.choices:
            return None
        return union_of([literal(media_type) for media_type, _ in self.choices])


@dataclass(frozen=True)
class AuthScheme:
    """A way to authenticate, from ``components.securitySchemes``."""

    key: str  # the scheme's name in the spec
    kind: Literal["bearer", "basic", "api_key"]
    location: Literal["header", "query", "cookie"]
    wire_name: str  # header, query or cookie name
    prefix: str  # put before the credential, e.g. "Bearer "
    setting_name: Identifier  # keyword of Client(...) that holds the credential
    call_param: Identifier | None  # per-call keyword overriding the setting; None if none
    description: str  # raw spec text
    example: str  # placeholder value used in generated examples
    # HTTP basic takes two keywords: ``setting_name`` holds the user name, this the password;
    # None for the other kinds.
    password_setting: Identifier | None = None
    password_example: str | None = None

    @property
    def keywords(self) -> tuple[tuple[Identifier, str], ...]:
        """The ``Client(...)`` keywords that hold its credential, each with the placeholder
        value the examples pass: one, or for HTTP basic the user name and the password."""
        if self.password_setting is None:
            return ((self.setting_name, self.example),)
        return (
            (self.setting_name, self.example),
            (self.password_setting, self.password_example or "YOUR_PASSWORD"),
        )


@dataclass(frozen=True)
class Security:
    """Which schemes an operation accepts: any one alternative, each needing all its schemes."""

    alternatives: tuple[tuple[str, ...], ...]  # scheme keys; () means no auth needed

    @property
    def required(self) -> bool:
        return bool(self.alternatives) and all(self.alternatives)


@dataclass(frozen=True)
class CallAuthParameter:
    """A per-call credential keyword, e.g. ``authorization`` for a header API key."""

    py_name: Identifier  # keyword argument of the method, e.g. authorization
    scheme_key: str  # the AuthScheme.key it overrides
    wire_name: str  # header, query or cookie name
    description: str  # raw text for docs
    example: str  # placeholder value used in generated examples
    tags: tuple[str, ...]  # for docs: Header; Required or Optional


@dataclass(frozen=True)
class Response:
    status: str  # "200", "4XX", "default"
    description: str  # raw spec text
    model_name: str | None  # None when the response has no JSON body model
    has_body: bool = True  # False when the spec documents it without content
    type: TypeRef | None = None  # what its JSON body decodes to; None when not JSON

    @property
    def is_error(self) -> bool:
        """Whether it documents a failure: any status but 2XX ones (``default`` too, which
        covers every status the spec does not list; a success listed there is unusual)."""
        return not self.status.startswith("2")


@dataclass(frozen=True)
class Operation:
    py_name: Identifier  # method name, e.g. obtain_token
    operation_id: str | None  # the spec's operationId, e.g. ObtainToken; None when none
    http_method: str  # upper case
    path: str  # the spec's path template, e.g. /oauth2/clients/{client_id}/access-token/renew
    summary: str  # raw spec text, one line
    description: str  # raw spec text (markdown)
    deprecated: bool
    deprecation_note: str | None  # what to use instead, for warnings and docs; else None
    parameters: tuple[Parameter, ...]  # ordered: path, query, header, cookie
    body: RequestBody | None  # None when the operation takes no body
    auth_parameters: tuple[CallAuthParameter, ...]  # per-call credential keywords
    security: Security  # which auth schemes it accepts
    result_type: TypeRef | None  # type of a successful response's body; None when none
    responses: tuple[Response, ...]  # in spec order
    source: str  # JSON pointer of the operation in the spec
    # How a successful body is read: json (validated into result_annotation), text
    # (``str``) or binary (``bytes``).
    result_kind: ResultKind = "json"
    # Whether it may be retried after it may have reached the server, and where its
    # idempotency key goes (generator/model/idempotency.py).
    idempotency: Idempotency = IDEMPOTENT_BY_METHOD
    # The kinds a success may also come as (text besides JSON, say), read by the answer's
    # Content-Type; ``result_type`` is then a union that includes ``str`` or ``bytes``.
    other_kinds: tuple[ResultKind, ...] = ()
    result_media: tuple[str, ...] = ()  # the success body's media types, in spec order
    # Where its cursor goes and where answers name the next page; None: not paginated
    # (generator/model/pagination.py).
    pagination: Pagination | None = None

    @property
    def accept(self) -> str | None:
        """The ``Accept`` header when a success has several media types (all of them, in
        spec order) or one JSON type other than ``application/json`` (a server may only
        answer ``application/vnd.api+json`` to a client that asks for it); None keeps the
        runtime's default (JSON, or anything for a file)."""
        if self.streams:
            return "text/event-stream"
        if len(self.result_media) > 1:
            return ", ".join(self.result_media)
        if self.result_kind == "json" and self.result_media:
            media = self.result_media[0]
            return None if media.split(";")[0].strip().lower() == "application/json" else media
        return None

    @property
    def streams(self) -> bool:
        """Whether a success is a stream of server-sent events (``text/event-stream``):
        the method then opens the stream and returns it, the events read as they come."""
        return self.result_kind == "events"

    @property
    def send_method(self) -> str:
        """The method of the package's HTTP client that makes the call."""
        return "stream" if self.streams else "send"

    def return_annotation(self, is_async: bool) -> str:
        """What the sync or the async method returns."""
        if self.streams:
            stream = "AsyncEventStream" if is_async else "EventStream"
            return f"{stream}[{self.result_annotation}]"
        return f"ApiResult[{self.result_annotation}]"

    @property
    def example_lead(self) -> str:
        """What comes before the call in its docs example: the result's assignment, or
        the ``with`` of a stream."""
        return "with " if self.streams else "result = "

    @property
    def example_handling(self) -> str:
        """What follows the call in its docs example: reading the result or the events."""
        if self.streams:
            return (
                " as events:\n    for event in events:"
                "\n        print(event.event, event.id, event.data)"
            )
        return (
            "\n\nif result.is_error():\n    print(result.status_code, result.errors)\n"
            "else:\n    print(result.unwrap())  # result.data, typed without None"
        )

    @property
    def returns_doc(self) -> str:
        """The docstring's ``Returns:`` text."""
        if self.streams:
            return (
                "The open event stream: iterate it (in a ``with`` block) for events"
                f" whose ``data`` is {self.returns_text}; leaving the loop closes it."
            )
        return f"An ``ApiResult`` whose ``data`` is {self.returns_text}."

    @property
    def doc_headline(self) -> str:
        """The first line of its docstring: the summary; without one, the first line of
        the description; without either, the HTTP method and path."""
        if self.summary:
            return self.summary
        first_line = self.description.strip().split("\n")[0].strip()
        return first_line or f"{self.http_method} {self.path}"

    @property
    def doc_description(self) -> str:
        """The description below the headline, without the line the headline took."""
        if self.summary or not self.description.strip():
            return self.description
        return self.description.strip().partition("\n")[2].strip()

    @property
    def returns_text(self) -> str:
        """What ``data`` holds, for the docstring: "an ObtainTokenResponse", "a list[Pet]",
        "the decoded body"."""
        if self.result_model is None:
            return "the decoded body"
        return naming.with_article(self.result_model)

    @property
    def result_model(self) -> str | None:
        """The annotation of a successful response's body, e.g. list[Pet]; None when none."""
        return None if self.result_type is None else self.result_type.annotation

    @property
    def result_annotation(self) -> str:
        """What the method returns in ``ApiResult[...]``: ``result_model``, else Any."""
        return self.result_model or "Any"

    @property
    def result_link(self) -> str | None:
        """The one model or enum class the result is about (Pet for list[Pet]); else None."""
        classes = self.result_type.classes if self.result_type is not None else frozenset()
        return next(iter(classes)) if len(classes) == 1 else None

    @property
    def result_doc(self) -> str:
        """The docs' line on what ``result.data`` holds, already markdown: the result's
        type linked to the page of the class it is about, or as code, or the decoded body."""
        if self.streams:
            data = (
                f"[`{self.result_model}`](../models/{self.result_link}.md)"
                if self.result_link
                else f"`{markdown_cell(self.result_annotation)}`"
            )
            return (
                f"An open event stream, `{markdown_cell(self.return_annotation(False))}`"
                f" (`{markdown_cell(self.return_annotation(True))}` on `AsyncClient`):"
                f" each event's `data` is {data}. See *Event streams* in the"
                " [README](../../README.md)."
            )
        if self.result_link:
            return (
                f"[`{self.result_model}`](../models/{self.result_link}.md) in `result.data`,"
                " and from `result.unwrap()`."
            )
        if self.result_model:
            return (
                f"`{markdown_cell(self.result_model)}` in `result.data`,"
                " and from `result.unwrap()`."
            )
        return "The decoded body in `result.data`."

    @property
    def error_types(self) -> tuple[tuple[str, TypeRef], ...]:
        """(status, type) of every error response with a JSON body: "404", "4XX" (upper
        case, as the runtime looks it up) or "default". An error answer decodes into the
        type of its own status, else of its range, else of ``default``."""
        return tuple(
            (r.status.upper() if r.status != "default" else r.status, r.type)
            for r in self.responses
            if r.is_error and r.type is not None
        )

    @property
    def bodyless_statuses(self) -> tuple[str, ...]:
        """Success statuses documented without a body ("204", "2XX"), when another one
        declares the result: an empty answer is a fault only for the others."""
        if not self.result_model:
            return ()
        return tuple(
            r.status.upper() for r in self.responses if r.status.startswith("2") and not r.has_body
        )

    @property
    def arguments(self) -> tuple[Argument, ...]:
        """Every keyword of its method in order: parameters, body, per-call credentials,
        then the per-call options. Signature, docs and README all use this list."""
        return plan.arguments(self)

    @property
    def pages_mark(self) -> str:
        """What its entry in the docs' list of methods adds: " (paginated)" or ""."""
        return " (paginated)" if self.pagination is not None else ""

    def pages_doc(self, api_attribute: str) -> str:
        """The *Pages* section of its docs, after its example ("" when not paginated):
        how the pages are followed and the loop, sync and async."""
        if self.pagination is None:
            return ""
        passed = ", ".join(a.passed_on for a in self.arguments if not a.per_call)
        return (
            f"\n\n### Pages\n\n{self.pagination.note} `iter_items()` yields the items of"
            " every page and `iter_pages()` each page as an `ApiResult`, following the next"
            " cursor until an answer names none (at most 1000 pages; `max_pages=` changes"
            " it); on `AsyncClient` use `aiter_items()` and `aiter_pages()`:\n\n"
            "```python\n"
            "for item in result.iter_items():  # raises ApiStatusError at an error page\n"
            "    print(item)\n\n\n"
            "async def every_page(async_client: AsyncClient) -> None:\n"
            f"    first = await async_client.{api_attribute}.{self.py_name}({passed})\n"
            "    async for page in first.aiter_pages():\n"
            "        print(page.status_code, page.data)\n"
            "```"
        )

    @property
    def retry_note(self) -> str:
        """When a failed call is retried, one markdown sentence for its docs."""
        if self.streams:
            return "An event stream is sent once, never retried."
        return retry_note(self.idempotency, self.http_method)

    @property
    def listed_name(self) -> str:
        """Its method in the README's list of APIs: ```name```, `` (deprecated)`` after it."""
        return f"`{self.py_name}`" + (" (deprecated)" if self.deprecated else "")

    @property
    def example_assignments(self) -> str:
        """``name = value`` lines setting its example arguments, then a blank line; ""
        when its method takes none."""
        return plan.example_assignments(self)

    @property
    def takes_arguments(self) -> bool:
        """Whether its method takes any keyword besides the per-call options."""
        return bool(self.parameters or self.body or self.auth_parameters)

    @property
    def request(self) -> RequestPlan:
        """How its arguments become a ``RequestSpec``: the request builder and its keywords."""
        return plan.request_plan(self)


@dataclass(frozen=True)
class ApiClass:
    tag: str  # the spec's tag, e.g. OAuth
    class_name: Identifier  # OAuthApi
    async_class_name: Identifier  # AsyncOAuthApi
    attribute: Identifier  # client.o_auth
    module_name: Identifier  # file name in apis/, without .py: o_auth
    doc_name: str  # file name in docs/apis/, without .md: o-auth
    title: str  # "O Auth"
    description: str  # raw spec text of the tag
    operations: tuple[Operation, ...]  # in spec order
    imports: tuple[Import, ...]  # what the API module imports for its annotations
    runtime_names: tuple[str, ...]  # helpers the module imports from _core.request

    @property
    def import_sections(self) -> tuple[tuple[str, ...], ...]:
        """The module's import statements in isort's sections (standard library, httpx,
        the package)."""
        return plan.import_sections(self)


@dataclass(frozen=True)
class Server:
    name: Identifier  # Environment member, e.g. PRODUCTION
    url: str
    description: str  # raw spec text

    @property
    def environment_cell(self) -> str:
        """It in the README's table of settings, already markdown: ``Environment.X`` = its URL."""
        return f"`Environment.{self.name}` = {markdown_cell(self.url)}"


@dataclass(frozen=True)
class GlobalHeader:
    """A header every operation takes (e.g. Square-Version): a client setting with a default."""

    py_name: Identifier  # keyword of Client(...)
    wire_name: str  # e.g. Square-Version
    default: str | None  # None when the client sends it only if set
    description: str  # raw spec text


@dataclass(frozen=True)
class ErrorModel:
    """How a response body reports errors: a list under ``field`` of ``model_name`` items."""

    model_name: Identifier  # e.g. Error
    field: Identifier  # e.g. errors


@dataclass(frozen=True)
class RuntimeDefaults:
    """The generated runtime's policy, in one place so its code and its README agree."""

    timeout: float  # seconds to wait for a read, a write or a pooled connection
    connect_timeout: float  # seconds to wait for a connection
    max_retries: int  # retries after the first attempt
    initial_retry_delay: float  # seconds before the first retry; doubles each time
    max_retry_delay: float  # the backoff never waits longer than this
    max_retry_after: float  # a server's Retry-After is honoured up to this many seconds
    user_agent: str  # product token sent as User-Agent, e.g. square-oauth/0.1.0


@dataclass(frozen=True)
class ClientModel:
    """Everything the templates render for one generated package."""

    package_name: Identifier  # import name, e.g. square_oauth
    project_name: str  # distribution name, e.g. square-oauth
    package_version: str  # version of the generated package
    generator_version: str  # version of this generator
    title: str  # info.title
    description: str  # info.description, raw spec text
    api_version: str  # info.version
    servers: tuple[Server, ...]  # one Environment member each
    auth_schemes: tuple[AuthScheme, ...]
    global_headers: tuple[GlobalHeader, ...]
    apis: tuple[ApiClass, ...]  # one per tag
    models: tuple[ObjectModel, ...]  # object schemas
    enums: tuple[EnumModel, ...]  # enum schemas
    error_model: ErrorModel | None  # None when the spec has no common error shape
    env_prefix: str  # e.g. SQUARE_OAUTH: SQUARE_OAUTH_BASE_URL overrides the default server
    runtime: RuntimeDefaults  # timeouts, retry policy and User-Agent of the generated runtime
    secret_names: tuple[str, ...]  # wire names of every secret field, redacted in free-form data
    # license, authors, URLs and classifiers
    project: ProjectMetadata = field(default_factory=ProjectMetadata)
    # The security scheme's OAuth 2 flows; None when the spec has none (no oauth.py then)
    oauth: OAuthFlows | None = None

    @property
    def constructor(self) -> Constructor:
        """What ``Client(...)`` and ``AsyncClient(...)`` take from the spec, decided once
        for both: the keywords, their defaults and docs, and the mappings they fill."""
        return constructor.constructor(self)

    @property
    def example(self) -> ExampleCall | None:
        """The operation the README's examples call; None when every one is deprecated."""
        return plan.example_call(self)

    @property
    def unsafe_to_repeat(self) -> tuple[str, ...]:
        """``attribute.method`` of each operation that is not retried once it may have
        reached the server (not idempotent), for the README; in the order of the APIs."""
        return tuple(
            f"{api.attribute}.{operation.py_name}"
            for api in self.apis
            for operation in api.operations
            if not operation.idempotency.idempotent
        )

    @property
    def api_index(self) -> ApiIndex:
        """What apis/__init__.py imports for type checkers and exports."""
        return plan.api_index(self)

    @property
    def settings_module(self) -> SettingsModule:
        """The spec-dependent literals of ``_core/settings.py`` (secret names, schemes)."""
        return plan.settings_module(self)

    @property
    def class_pages(self) -> tuple[ClassPage, ...]:
        """The model and enum pages the README lists: the models, then the enums."""
        return plan.class_pages(self)

    @property
    def chooses_unions(self) -> bool:
        """Whether a model field, body or result is a union of models whose member a tag
        or shape decides (the README explains how)."""
        return plan.chooses_unions(self)

    @property
    def model_sections(self) -> tuple[str, ...]:
        """The README's sections on how its models and results behave, already markdown:
        Event streams when an operation streams, Unions when it chooses unions, Read-only
        and write-only fields when a model has one, and OAuth when the spec has OAuth 2
        flows."""
        return plan.model_sections(self)

    @property
    def oauth_exception_rows(self) -> str:
        """The README exception table's rows for ``oauth.py``, each starting with a line
        break; "" when the spec has no OAuth 2 flows."""
        return plan.oauth_exception_rows(self)

    @property
    def has_read_only(self) -> bool:
        """Whether a model has a read-only field (the README explains them)."""
        return any(m.has_read_only for m in self.models)

    @property
    def has_write_only(self) -> bool:
        """Whether a model has a write-only field (the README explains them)."""
        return any(m.has_write_only for m in self.models)

    @property
    def model_index(self) -> ModelIndex:
        """What models/__init__.py imports (eagerly for import cycles, else on first use)."""
        return plan.model_index(self)
