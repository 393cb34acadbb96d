"""OAuth 2 flows of the security schemes → what the generated ``oauth.py`` holds.

Plain data: the authorize and token URLs, the scopes with their descriptions and which
flows the spec declares. None when no scheme has a flow, and then no module is generated.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from generator.model import naming, shape

# The order RFC 6749 presents them; the first with an authorizationUrl is the one the
# browser is sent through.
FLOW_NAMES = ("authorizationCode", "implicit", "password", "clientCredentials")


@dataclass(frozen=True)
class OAuthScope:
    name: naming.Identifier  # Scope member, e.g. MERCHANT_PROFILE_READ
    value: str  # the scope string sent to the authorization server
    description: str  # raw spec text; the value itself when the spec gives none


@dataclass(frozen=True)
class OAuthFlows:
    scheme_key: str  # components.securitySchemes key, e.g. oauth2
    flows: tuple[str, ...]  # flow names the spec declares, in FLOW_NAMES order
    authorization_url: str | None  # None without an authorizationCode or implicit flow
    token_url: str | None  # None with only an implicit flow
    scopes: tuple[OAuthScope, ...]  # every flow's scopes, first description wins
    # How scopes are joined in the authorize URL: RFC 6749 says space; a vendor that
    # expects another separator sets ``x-scope-separator`` on the scheme.
    scope_separator: str
    # How the token endpoint takes its body: "json" when the spec's own operation at the
    # token URL's path takes JSON (Square's ObtainToken), else "form" as RFC 6749 says.
    token_encoding: str


def build_oauth(data: dict[str, Any]) -> OAuthFlows | None:
    """The first security scheme (by key) with OAuth 2 flows, or None."""
    schemes = shape.mapping(shape.mapping(data.get("components")).get("securitySchemes"))
    for key in sorted(schemes):
        scheme = shape.mapping(schemes[key])
        flows = shape.mapping(scheme.get("flows"))
        declared = {name: shape.mapping(flows[name]) for name in FLOW_NAMES if name in flows}
        if scheme.get("type") != "oauth2" or not declared:
            continue
        return OAuthFlows(
            scheme_key=key,
            flows=tuple(declared),
            authorization_url=_first(declared, "authorizationUrl"),
            token_url=_first(declared, "tokenUrl"),
            scopes=_scopes(declared),
            scope_separator=_separator(scheme.get("x-scope-separator")),
            token_encoding=_token_encoding(data, _first(declared, "tokenUrl")),
        )
    return None


def _first(flows: dict[str, dict[str, Any]], key: str) -> str | None:
    for flow in flows.values():
        value = flow.get(key)
        if isinstance(value, str) and value:
            return value
    return None


def _scopes(flows: dict[str, dict[str, Any]]) -> tuple[OAuthScope, ...]:
    descriptions: dict[str, str] = {}
    for flow in flows.values():
        for value, description in shape.mapping(flow.get("scopes")).items():
            descriptions.setdefault(str(value), shape.text(description))
    taken = naming.NameScope()
    return tuple(
        OAuthScope(taken.claim(naming.constant_case(value, "SCOPE")), value, text or value)
        for value, text in sorted(descriptions.items())
    )


def _separator(value: object) -> str:
    return value if isinstance(value, str) and value else " "


def _token_encoding(data: dict[str, Any], token_url: str | None) -> str:
    if token_url is None:
        return "form"
    path = urlsplit(token_url).path
    operation = shape.mapping(shape.mapping(shape.mapping(data.get("paths")).get(path)).get("post"))
    content = shape.mapping(shape.mapping(operation.get("requestBody")).get("content"))
    json_types = [t for t in content if t.split(";")[0].strip().lower().endswith("json")]
    return "json" if json_types and "application/x-www-form-urlencoded" not in content else "form"
