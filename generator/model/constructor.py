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

    py_name: str  # the keyword; its annotation is ``str | None``
    default: str  # its default as Python code: ``None``, or a header's value as a literal
    doc: str  # raw text for its line in the docstring


@dataclass(frozen=True)
class Constructor:
    """What ``Client.__init__`` and ``AsyncClient.__init__`` take from the spec."""

    settings: tuple[ClientSetting, ...]  # the credentials first, then the global headers
    credentials: str  # dict literal: each scheme's key -> the keyword holding its credential
    global_headers: str  # dict literal: each header's wire name -> the keyword holding it


def constructor(client: ClientModel) -> Constructor:
    settings: list[ClientSetting] = []
    credentials: list[tuple[str, str]] = []
    headers: list[tuple[str, str]] = []
    for scheme in client.auth_schemes:
        doc = scheme.description or f"Credential for the {scheme.key} scheme."
        if scheme.password_setting is None:
            settings.append(ClientSetting(scheme.setting_name, "None", doc))
            credentials.append((scheme.key, scheme.setting_name))
            continue
        user, password = scheme.setting_name, scheme.password_setting
        more = f" {scheme.description}" if scheme.description else ""
        for name, what in ((user, "User name"), (password, "Password")):
            doc = f"{what} for the {scheme.key} scheme (HTTP basic).{more}"
            settings.append(ClientSetting(name, "None", doc))
        # The runtime sends "user:password" in base64; no user name, no credential. (An
        # ``and``, not a conditional expression: ruff and black lay that out differently.)
        joined = "f\"{" + user + "}:{" + password + " or ''}\""
        credentials.append((scheme.key, f"{user} and {joined}"))
    for header in client.global_headers:
        default = "None" if header.default is None else string_literal(header.default)
        doc = f"The `{header.wire_name}` header sent with every request. {header.description}"
        settings.append(ClientSetting(header.py_name, default, doc))
        headers.append((header.wire_name, header.py_name))
    return Constructor(tuple(settings), _dict_literal(credentials), _dict_literal(headers))


def _dict_literal(items: list[tuple[str, str]]) -> str:
    """``{"key": name, ...}``: text keys, Python names as values."""
    return "{" + ", ".join(f"{string_literal(key)}: {name}" for key, name in items) + "}"
