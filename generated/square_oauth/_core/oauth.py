"""The browser half of OAuth 2: the authorize URL (with PKCE) and the callback check.

Spec-independent: the generated ``oauth.py`` passes in the spec's authorization URL, the
servers and the scope separator.
"""

from __future__ import annotations

import base64
import hashlib
import secrets
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from urllib.parse import parse_qs, urlencode, urlsplit, urlunsplit

from ..errors import ApiError


class OAuthError(ApiError):
    """The authorization did not give a usable code."""


class StateMismatchError(OAuthError):
    """The callback's ``state`` is not the one sent: possibly a forged request (CSRF)."""


class MissingCodeError(OAuthError):
    """The callback carries neither a code nor an error."""


class AuthorizationDeniedError(OAuthError):
    """The authorization server answered ``error=...`` (the user declined, for example)."""

    def __init__(self, error: str, description: str | None) -> None:
        self.error = error
        self.description = description
        super().__init__(f"{error}: {description}" if description else error)


@dataclass(frozen=True)
class AuthorizationRequest:
    """Where to send the user, and what to keep until the callback comes back."""

    url: str
    state: str
    # Send it with the code exchange; None without PKCE. Kept out of reprs: it proves
    # possession of the code.
    code_verifier: str | None = field(repr=False)


def code_verifier() -> str:
    """A PKCE verifier: 43 characters of the unreserved set (RFC 7636 section 4.1)."""
    return secrets.token_urlsafe(32)


def code_challenge(verifier: str) -> str:
    """The S256 challenge of ``verifier``: BASE64URL(SHA256(verifier)) without padding."""
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def on_environment(url: str, production: str, environment: str) -> str:
    """``url`` moved to ``environment``'s host when it lives on the production server's
    host (Square authorizes sandbox sellers on connect.squareupsandbox.com)."""
    parts, home, target = urlsplit(url), urlsplit(production), urlsplit(environment)
    if parts.netloc.lower() != home.netloc.lower():
        return url
    return urlunsplit(
        (target.scheme, target.netloc, parts.path, parts.query, parts.fragment)
    )


def build_authorization_url(
    authorization_url: str,
    *,
    client_id: str,
    scopes: Iterable[str],
    redirect_uri: str | None,
    state: str | None,
    pkce: bool,
    scope_separator: str,
    extra_params: Mapping[str, object],
) -> AuthorizationRequest:
    """The authorization-code request of RFC 6749 section 4.1.1, with PKCE S256."""
    state = state if state is not None else secrets.token_urlsafe(32)
    params: dict[str, str] = {"response_type": "code", "client_id": client_id}
    joined = scope_separator.join(str(scope) for scope in scopes)
    if joined:
        params["scope"] = joined
    if redirect_uri is not None:
        params["redirect_uri"] = redirect_uri
    params["state"] = state
    verifier = None
    if pkce:
        verifier = code_verifier()
        params["code_challenge"] = code_challenge(verifier)
        params["code_challenge_method"] = "S256"
    for name, value in extra_params.items():
        params[name] = _wire(value)
    parts = urlsplit(authorization_url)
    query = "&".join(q for q in (parts.query, urlencode(params)) if q)
    url = urlunsplit((parts.scheme, parts.netloc, parts.path, query, parts.fragment))
    return AuthorizationRequest(url, state, verifier)


def _wire(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def parse_callback(url_or_query: str, *, expected_state: str) -> str:
    """The authorization code of the redirect back to the app, once its ``state`` matches.

    Takes the whole callback URL or just its query string. The state is checked first,
    also for an error answer, so that a forged callback is never taken for a real one.
    """
    query = urlsplit(url_or_query).query if "?" in url_or_query else url_or_query
    values = parse_qs(query.lstrip("?"), keep_blank_values=True)

    def first(name: str) -> str | None:
        found = values.get(name)
        return found[0] if found else None

    state = first("state")
    if state is None or not secrets.compare_digest(state, expected_state):
        raise StateMismatchError(
            "the callback's state does not match the one sent; "
            "the request may be forged (CSRF)"
        )
    error = first("error")
    if error:
        raise AuthorizationDeniedError(error, first("error_description"))
    code = first("code")
    if not code:
        raise MissingCodeError("the callback has no authorization code")
    return code
