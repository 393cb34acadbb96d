"""Security schemes → credentials the client holds and keywords each call accepts."""

from __future__ import annotations

from typing import Any

from generator.model import naming, shape
from generator.model.types import AuthScheme, CallAuthParameter, Security
from generator.spec.loader import Document

# Keywords of the generated Client(...) that a credential setting must not take.
CLIENT_KEYWORDS = frozenset(
    {"environment", "base_url", "timeout", "http_client", "max_retries", "headers"}
)


def build_auth_schemes(document: Document, taken: naming.NameScope) -> tuple[AuthScheme, ...]:
    schemes = shape.mapping(shape.mapping(document.data.get("components")).get("securitySchemes"))
    usable = {
        key: scheme
        for key, scheme in sorted(schemes.items())
        if isinstance(scheme, dict) and "$ref" not in scheme and _kind(scheme) is not None
    }
    # The usual keywords (access_token, username and password) when the spec has one scheme
    # of a kind; with several, each scheme's keywords are named after the scheme.
    kinds = [_kind(scheme) for scheme in usable.values()]
    result: list[AuthScheme] = []
    for key, scheme in usable.items():
        kind = _kind(scheme)
        alone = kinds.count(kind) == 1
        description = shape.text(scheme.get("description"))
        example = str(scheme.get("x-example") or f"YOUR_{naming.constant_case(key)}")
        if kind == "bearer":
            setting = "access_token" if alone else _with_suffix(naming.snake_case(key), "token")
            result.append(
                AuthScheme(
                    key,
                    "bearer",
                    "header",
                    "Authorization",
                    "Bearer ",
                    taken.claim(setting),
                    None,
                    description,
                    example,
                )
            )
        elif kind == "basic":
            stem = "" if alone else f"{naming.snake_case(key)}_"
            result.append(
                AuthScheme(
                    key,
                    "basic",
                    "header",
                    "Authorization",
                    "Basic ",
                    taken.claim(f"{stem}username"),
                    None,
                    description,
                    "YOUR_USERNAME",
                    password_setting=taken.claim(f"{stem}password"),
                    password_example="YOUR_PASSWORD",
                )
            )
        else:
            location = scheme["in"]
            wire_name = str(scheme.get("name", ""))
            call_param = (
                naming.Identifier(naming.snake_case(wire_name)) if location == "header" else None
            )
            result.append(
                AuthScheme(
                    key,
                    "api_key",
                    location,
                    wire_name,
                    "",
                    taken.claim(naming.snake_case(key)),
                    call_param,
                    description,
                    example,
                )
            )
    return tuple(result)


def _kind(scheme: dict[str, Any]) -> str | None:
    """bearer, basic or api_key: how the client sends the scheme's credential; None when
    it cannot (an HTTP scheme other than those two, mutualTLS, a malformed scheme)."""
    kind = scheme.get("type")
    http_scheme = str(scheme.get("scheme", "")).lower()
    if kind in ("oauth2", "openIdConnect") or (kind == "http" and http_scheme == "bearer"):
        return "bearer"
    if kind == "http" and http_scheme == "basic":
        return "basic"
    if kind == "apiKey" and scheme.get("in") in ("header", "query", "cookie"):
        return "api_key"
    return None


def _with_suffix(name: str, suffix: str) -> str:
    """``name_suffix``, unless ``name`` already ends with the word (``personal_token``)."""
    return name if name == suffix or name.endswith(f"_{suffix}") else f"{name}_{suffix}"


def vendor_headers(document: Document) -> dict[str, dict[str, Any]]:
    """Headers a security scheme declares for every request in ``x-additional-headers``
    (Square's oauth2 scheme: ``Square-Version`` with its default), by wire name, each
    shaped as the header parameter an operation would declare: one client setting each,
    as a header parameter every operation shares becomes. Entries without a name are
    not headers anyone could send, and are left out."""
    schemes = shape.mapping(shape.mapping(document.data.get("components")).get("securitySchemes"))
    headers: dict[str, dict[str, Any]] = {}
    for key in sorted(schemes):
        scheme = schemes[key]
        if not isinstance(scheme, dict):
            continue
        for entry in shape.sequence(scheme.get("x-additional-headers")):
            name = shape.text(entry.get("name")) if isinstance(entry, dict) else ""
            if name and name not in headers:
                headers[name] = {**entry, "name": name, "in": "header"}
    return headers


def operation_security(
    operation: dict[str, Any], document: Document, schemes: tuple[AuthScheme, ...]
) -> Security:
    """The operation's own ``security``, else the document's; unknown schemes are dropped."""
    requirements = operation.get("security", document.data.get("security", []))
    known = {scheme.key for scheme in schemes}
    alternatives: list[tuple[str, ...]] = []
    for requirement in shape.sequence(requirements):
        if not isinstance(requirement, dict):
            continue
        keys = tuple(sorted(k for k in requirement if k in known))
        if keys or not requirement:
            alternatives.append(keys)
    return Security(tuple(dict.fromkeys(alternatives)))


def call_auth_parameters(
    security: Security, schemes: tuple[AuthScheme, ...], scope: naming.NameScope
) -> tuple[CallAuthParameter, ...]:
    """Per-call credential keywords: one per header API key the operation accepts."""
    by_key = {scheme.key: scheme for scheme in schemes}
    params: list[CallAuthParameter] = []
    for key in dict.fromkeys(k for alternative in security.alternatives for k in alternative):
        scheme = by_key[key]
        if scheme.call_param is None:
            continue
        # Required only when every way to authenticate includes this scheme.
        needed = all(key in alternative for alternative in security.alternatives)
        description = (scheme.description or f"The `{scheme.wire_name}` header.") + (
            f"\n\nDefaults to the client's `{scheme.setting_name}` setting."
        )
        params.append(
            CallAuthParameter(
                scope.claim(scheme.call_param),
                key,
                scheme.wire_name,
                description,
                scheme.example,
                ("Header", "Required" if needed else "Optional"),
            )
        )
    return tuple(params)
