"""The constructor that ``Client`` and ``AsyncClient`` share, decided once for both.

Its spec-dependent keywords (one credential per security scheme, one value per global
header), their docs, and the mappings they fill in the runtime's ``ClientConfig``. The
template lays the two classes out from this and decides nothing about them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from generator.model.naming import Identifier
from generator.shared.literals import dict_literal, string_literal
from generator.shared.markdown import markdown_cell

if TYPE_CHECKING:
    from generator.model.types import ClientModel


@dataclass(frozen=True)
class ClientSetting:
    """A keyword of ``Client(...)`` and ``AsyncClient(...)`` that comes from the spec."""

    py_name: str  # the keyword
    default: str  # its default as Python code: ``None``, or a header's value as a literal
    doc: str  # raw text for its line in the docstring
    # Python literal of the value the README's example passes: the scheme's placeholder, or
    # the header's default (``"VALUE"`` when it has none)
    example: str
    # the README's "What it does" cell, already markdown (the spec's text escaped for a cell)
    summary_cell: str
    # Its annotation on Client and on AsyncClient: a credential also takes a provider
    # (runtime _core/auth.py's Credential / AsyncCredential), a header only ``str | None``.
    annotation: str = "str | None"
    async_annotation: str = "str | None"
    # The environment variable a credential left out is read from; None for a header and
    # for HTTP basic's two keywords.
    variable: str | None = None
    credential: bool = False  # a scheme's credential (what with_options can change), not a header

    @property
    def default_cell(self) -> str:
        """The README's "Default" cell, already markdown: the default, and the environment
        variable a credential is read from when it is left out."""
        if self.variable is not None:
            return f"`{self.default}`; `${self.variable}` when set"
        return f"`{markdown_cell(self.default)}`"


@dataclass(frozen=True)
class ClientAttribute:
    """One API class as an attribute of ``Client`` or ``AsyncClient`` (``client.o_auth``)."""

    attribute: Identifier  # e.g. o_auth
    class_name: Identifier  # OAuthApi on Client, AsyncOAuthApi on AsyncClient
    module_name: Identifier  # its module in apis/, e.g. o_auth
    title: str  # raw text, e.g. "O Auth"


@dataclass(frozen=True)
class ClientClass:
    """``Client`` or ``AsyncClient``: what differs between the two, laid out from one source."""

    name: str  # Client or AsyncClient
    is_async: bool
    http_client: str  # the httpx class it can be given, e.g. httpx.AsyncClient
    sender: str  # the runtime class that sends its requests, e.g. AsyncHttpClient
    article: str  # how its constructor's docstring names it: "a client" or "an async client"
    attributes: tuple[ClientAttribute, ...]  # one per API class, in the order of client.apis


@dataclass(frozen=True)
class Constructor:
    """What ``Client.__init__`` and ``AsyncClient.__init__`` take from the spec."""

    settings: tuple[ClientSetting, ...]  # the credentials first, then the global headers
    credentials: str  # dict literal: each scheme's key -> the keyword holding its credential
    global_headers: str  # dict literal: each header's wire name -> the keyword holding it
    # dict literal: each scheme's key -> the environment variable its credential defaults to
    variables: str
    # the headers every request carries besides credentials, as the README lists them:
    # ``Accept: application/json``, then each global header's wire name
    sent_headers: tuple[str, ...]
    sync_class: ClientClass  # Client
    async_class: ClientClass  # AsyncClient

    @property
    def variable_notes(self) -> tuple[str, ...]:
        """For the README, already markdown: "`VARIABLE` for `keyword`", one per credential
        that is read from the environment when left out."""
        return tuple(f"`{s.variable}` for `{s.py_name}`" for s in self.settings if s.variable)

    @property
    def credential_settings(self) -> tuple[ClientSetting, ...]:
        """The credentials alone: what ``with_options`` takes besides the common settings."""
        return tuple(s for s in self.settings if s.credential)


def constructor(client: ClientModel) -> Constructor:
    settings: list[ClientSetting] = []
    credentials: list[tuple[str, str]] = []
    headers: list[tuple[str, str]] = []
    variables: list[tuple[str, str]] = []
    for scheme in client.auth_schemes:
        doc = scheme.description or f"Credential for the {scheme.key} scheme."
        summary = markdown_cell(scheme.description or scheme.key)
        if scheme.password_setting is None:
            variable = f"{client.env_prefix}_{scheme.setting_name.upper()}"
            provided = (
                f"{doc}\n\nDefault: the ``{variable}`` environment variable.\nAlso takes a"
                " function that returns the value, called for each request."
            )
            settings.append(
                ClientSetting(
                    scheme.setting_name,
                    "None",
                    provided,
                    string_literal(scheme.example),
                    f"{summary} A string, or a function returning one; see"
                    " [Credentials](#credentials-providers-and-per-client-copies).",
                    annotation="Credential",
                    async_annotation="AsyncCredential",
                    variable=variable,
                    credential=True,
                )
            )
            credentials.append((scheme.key, scheme.setting_name))
            variables.append((scheme.key, string_literal(variable)))
            continue
        # HTTP basic: two plain strings, joined when the client is made (no provider, no
        # environment variable, not changed by with_options).
        user, password = scheme.setting_name, scheme.password_setting
        more = f" {scheme.description}" if scheme.description else ""
        whats = {user: "User name", password: "Password"}
        for name, placeholder in scheme.keywords:
            doc = f"{whats[name]} for the {scheme.key} scheme (HTTP basic).{more}"
            settings.append(
                ClientSetting(
                    name, "None", doc, string_literal(placeholder), summary, credential=True
                )
            )
        # The runtime sends "user:password" in base64; no user name, no credential. (An
        # ``and``, not a conditional expression: ruff and black lay that out differently.)
        joined = 'f"{' + user + "}:{" + password + " or ''}\""
        credentials.append((scheme.key, f"{user} and {joined}"))
    for header in client.global_headers:
        default = "None" if header.default is None else string_literal(header.default)
        doc = f"The `{header.wire_name}` header sent with every request. {header.description}"
        summary = (
            f"Sent as the `{markdown_cell(header.wire_name)}` header; `None` leaves it out. "
            + markdown_cell(header.description)
        )
        example = string_literal(header.default or "VALUE")
        settings.append(ClientSetting(header.py_name, default, doc, example, summary))
        headers.append((header.wire_name, header.py_name))
    return Constructor(
        settings=tuple(settings),
        credentials=dict_literal(credentials),
        global_headers=dict_literal(headers),
        variables=dict_literal(variables),
        sent_headers=("Accept: application/json", *(h.wire_name for h in client.global_headers)),
        sync_class=_client_class(client, is_async=False),
        async_class=_client_class(client, is_async=True),
    )


def _client_class(client: ClientModel, *, is_async: bool) -> ClientClass:
    attributes = tuple(
        ClientAttribute(
            attribute=api.attribute,
            class_name=api.async_class_name if is_async else api.class_name,
            module_name=api.module_name,
            title=api.title,
        )
        for api in client.apis
    )
    if is_async:
        sender = "AsyncHttpClient"
        return ClientClass(
            "AsyncClient", True, "httpx.AsyncClient", sender, "an async client", attributes
        )
    return ClientClass("Client", False, "httpx.Client", "SyncHttpClient", "a client", attributes)
