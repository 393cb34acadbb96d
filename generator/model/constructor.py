"""The constructor that ``Client`` and ``AsyncClient`` share, decided once for both.

Its spec-dependent keywords (one credential per security scheme, one value per global
header), their docs, and the mappings they fill in the runtime's ``ClientConfig``. The
template lays the two classes out from this and decides nothing about them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from generator.shared.literals import string_literal

if TYPE_CHECKING:
    from generator.model.types import ClientModel


@dataclass(frozen=True)
class ClientSetting:
    """A keyword of ``Client(...)`` and ``AsyncClient(...)`` that comes from the spec."""

    py_name: str  # the keyword
    default: str  # its default as Python code: ``None``, or a header's value as a literal
    doc: str  # raw text for its line in the docstring
    # Its annotation on Client and on AsyncClient: a credential also takes a provider
    # (runtime _core/auth.py's Credential / AsyncCredential), a header only ``str | None``.
    annotation: str = "str | None"
    async_annotation: str = "str | None"
    # The environment variable a credential left out is read from; None for a header.
    variable: str | None = None


@dataclass(frozen=True)
class Constructor:
    """What ``Client.__init__`` and ``AsyncClient.__init__`` take from the spec."""

    settings: tuple[ClientSetting, ...]  # the credentials first, then the global headers
    credentials: str  # dict literal: each scheme's key -> the keyword holding its credential
    global_headers: str  # dict literal: each header's wire name -> the keyword holding it
    # dict literal: each scheme's key -> the environment variable its credential defaults to
    variables: str

    @property
    def credential_settings(self) -> tuple[ClientSetting, ...]:
        """The credentials alone: what ``with_options`` takes besides the common settings."""
        return tuple(s for s in self.settings if s.variable is not None)


def constructor(client: ClientModel) -> Constructor:
    settings: list[ClientSetting] = []
    credentials: list[tuple[str, str]] = []
    headers: list[tuple[str, str]] = []
    variables: list[tuple[str, str]] = []
    for scheme in client.auth_schemes:
        variable = f"{client.env_prefix}_{scheme.setting_name.upper()}"
        doc = (scheme.description or f"Credential for the {scheme.key} scheme.") + (
            f"\n\nDefault: the ``{variable}`` environment variable.\nAlso takes a"
            " function that returns the value, called for each request."
        )
        settings.append(
            ClientSetting(
                scheme.setting_name,
                "None",
                doc,
                annotation="Credential",
                async_annotation="AsyncCredential",
                variable=variable,
            )
        )
        credentials.append((scheme.key, scheme.setting_name))
        variables.append((scheme.key, string_literal(variable)))
    for header in client.global_headers:
        default = "None" if header.default is None else string_literal(header.default)
        doc = f"The `{header.wire_name}` header sent with every request. {header.description}"
        settings.append(ClientSetting(header.py_name, default, doc))
        headers.append((header.wire_name, header.py_name))
    return Constructor(
        tuple(settings),
        _dict_literal(credentials),
        _dict_literal(headers),
        _dict_literal(variables),
    )


def _dict_literal(items: list[tuple[str, str]]) -> str:
    """``{"key": name, ...}``: text keys, Python expressions as values."""
    return "{" + ", ".join(f"{string_literal(key)}: {name}" for key, name in items) + "}"
