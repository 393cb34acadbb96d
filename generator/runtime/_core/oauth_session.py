"""The server half of OAuth 2: the code exchange, refresh before expiry, and the session as
a credential provider (``Client(access_token=session)``).

Spec-independent: the generated ``oauth.py`` sets the token URL, the production server
and how the token endpoint takes its body (JSON when the spec's own operation at the
token URL takes JSON, as Square's ObtainToken does; else a form, as RFC 6749 says).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, ClassVar

import httpx

from .oauth import OAuthError, on_environment


class TokenError(OAuthError):
    """The token endpoint refused a grant (an expired code, a revoked refresh token)."""

    def __init__(self, status_code: int, error: str, description: str | None) -> None:
        self.status_code = status_code
        self.error = error
        self.description = description
        detail = f"{error}: {description}" if description else error
        super().__init__(f"the token endpoint answered {status_code}: {detail}")


@dataclass(frozen=True)
class Token:
    """What the token endpoint granted; secrets stay out of the repr."""

    access_token: str = field(repr=False)
    refresh_token: str | None = field(default=None, repr=False)
    expires_at: float | None = None  # seconds since the epoch; None when never told
    raw: dict[str, Any] = field(default_factory=dict, repr=False)


class OAuthSession:
    """Holds a token, exchanges a code for one and refreshes it before it expires.

    Called with no arguments it returns a valid access token, so it is a credential
    provider: ``Client(access_token=session)``. Refreshes are single-flight: threads that
    find the token about to expire wait for one refresh instead of each making one.
    """

    token_url: ClassVar[str | None] = None
    token_encoding: ClassVar[str] = "form"  # "json" or "form"
    production_url: ClassVar[str] = ""

    def __init__(
        self,
        *,
        client_id: str,
        client_secret: str | None = None,
        token: Token | None = None,
        environment: str | None = None,
        refresh_margin: float = 60.0,
        on_token: Callable[[Token], object] | None = None,
        http_client: httpx.Client | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.client_id = client_id
        self._client_secret = client_secret
        self.token = token
        # An Environment member is a str enum; its value is the base URL.
        self._environment: str | None = getattr(environment, "value", environment)
        self.refresh_margin = refresh_margin
        self._on_token = on_token
        self._http = http_client or httpx.Client()
        self._clock = clock
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        expires = self.token.expires_at if self.token else None
        return f"{type(self).__name__}(client_id={self.client_id!r}, expires_at={expires!r})"

    def exchange_code(
        self,
        code: str,
        *,
        code_verifier: str | None = None,
        redirect_uri: str | None = None,
    ) -> Token:
        """The authorization code (from ``parse_callback``) traded for a token."""
        grant = {"grant_type": "authorization_code", "code": code}
        if code_verifier is not None:
            grant["code_verifier"] = code_verifier
        if redirect_uri is not None:
            grant["redirect_uri"] = redirect_uri
        with self._lock:
            return self._grant(grant)

    def refresh(self) -> Token:
        """A new token from the refresh token (which the server may rotate)."""
        with self._lock:
            return self._refresh()

    def __call__(self) -> str:
        """A valid access token, refreshed first when it expires within the margin."""
        with self._lock:
            token = self.token
            if token is None:
                raise OAuthError("no token yet: call exchange_code first")
            if self._expiring(token):
                token = self._refresh()
            return token.access_token

    def _expiring(self, token: Token) -> bool:
        return token.expires_at is not None and (
            token.expires_at - self.refresh_margin <= self._clock()
        )

    def _refresh(self) -> Token:
        if self.token is None or not self.token.refresh_token:
            raise OAuthError("the token cannot be refreshed: it has no refresh token")
        grant = {
            "grant_type": "refresh_token",
            "refresh_token": self.token.refresh_token,
        }
        return self._grant(grant, keep_refresh=self.token.refresh_token)

    def _grant(self, grant: dict[str, str], keep_refresh: str | None = None) -> Token:
        if self.token_url is None:
            raise OAuthError("the spec declares no tokenUrl")
        url = self.token_url
        if self._environment is not None:
            url = on_environment(url, self.production_url, self._environment)
        body = {"client_id": self.client_id, **grant}
        if self._client_secret is not None:
            body["client_secret"] = self._client_secret
        if self.token_encoding == "json":
            response = self._http.post(url, json=body)
        else:
            response = self._http.post(url, data=body)
        answer = _json(response)
        if response.status_code >= 400 or "access_token" not in answer:
            error, description = _error(answer)
            raise TokenError(response.status_code, error, description)
        token = Token(
            access_token=str(answer["access_token"]),
            refresh_token=str(answer.get("refresh_token") or keep_refresh or "")
            or None,
            expires_at=self._expires_at(answer),
            raw=answer,
        )
        self.token = token
        if self._on_token is not None:
            self._on_token(token)
        return token

    def _expires_at(self, answer: dict[str, Any]) -> float | None:
        # RFC 6749 says expires_in (seconds); Square answers expires_at (ISO 8601).
        if isinstance(answer.get("expires_in"), (int, float)):
            return self._clock() + float(answer["expires_in"])
        if isinstance(answer.get("expires_at"), str):
            return datetime.fromisoformat(answer["expires_at"]).timestamp()
        return None


def _json(response: httpx.Response) -> dict[str, Any]:
    try:
        answer = response.json()
    except ValueError:
        return {}
    return answer if isinstance(answer, dict) else {}


def _error(answer: dict[str, Any]) -> tuple[str, str | None]:
    """RFC 6749's error and error_description, or the first of Square's ``errors``."""
    if isinstance(answer.get("error"), str):
        description = answer.get("error_description")
        return answer["error"], description if isinstance(description, str) else None
    errors = answer.get("errors")
    if isinstance(errors, list) and errors and isinstance(errors[0], dict):
        first = errors[0]
        return str(first.get("code") or "error"), first.get("detail")
    return "invalid_response", None
