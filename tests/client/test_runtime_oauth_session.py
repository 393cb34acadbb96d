"""OAuthSession against a loopback authorization server: the code exchange (PKCE checked),
refresh before expiry with rotated refresh tokens, one refresh for many threads, token
errors, and the session as the generated client's credential."""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import threading
from urllib.parse import parse_qs

import pytest

from generator.runtime._core import oauth, oauth_session
from tests.support.fault_server import CannedResponse, RecordedRequest, serve

VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"


class TokenServer:
    """Issues access tokens that live ``lifetime`` seconds and rotates refresh tokens."""

    def __init__(self, encoding: str = "form") -> None:
        self.encoding = encoding
        self.codes = {"CODE": oauth.code_challenge(VERIFIER)}
        self.refresh_tokens: set[str] = set()
        self.access_tokens: set[str] = set()
        self.grants: list[str] = []
        self.lock = threading.Lock()

    def __call__(self, request: RecordedRequest) -> CannedResponse:
        if request.path == "/oauth2/token/status":
            bearer = request.headers.get("Authorization", "")
            if bearer.removeprefix("Bearer ") in self.access_tokens:
                return CannedResponse.json(200, {"scopes": ["PAYMENTS_READ"]})
            return CannedResponse.json(401, {"errors": [{"code": "UNAUTHORIZED"}]})
        if self.encoding == "json":
            body = json.loads(request.body)
        else:
            body = {k: v[0] for k, v in parse_qs(request.text()).items()}
        with self.lock:
            self.grants.append(body["grant_type"])
            if body["grant_type"] == "authorization_code":
                challenge = self.codes.pop(body["code"], None)
                digest = hashlib.sha256(body.get("code_verifier", "").encode()).digest()
                if challenge != base64.urlsafe_b64encode(digest).rstrip(b"=").decode():
                    return CannedResponse.json(
                        400, {"error": "invalid_grant", "error_description": "bad verifier"}
                    )
            elif body["refresh_token"] in self.refresh_tokens:
                self.refresh_tokens.discard(body["refresh_token"])  # rotated: single use
            else:
                return CannedResponse.json(400, {"error": "invalid_grant"})
            access, refresh = secrets.token_hex(8), secrets.token_hex(8)
            self.access_tokens = {access}
            self.refresh_tokens.add(refresh)
        return CannedResponse.json(
            200, {"access_token": access, "refresh_token": refresh, "expires_in": 1}
        )


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def _session_class(url: str, encoding: str) -> type[oauth_session.OAuthSession]:
    class Session(oauth_session.OAuthSession):
        token_url = "https://connect.squareup.com/oauth2/token"
        token_encoding = encoding
        production_url = "https://connect.squareup.com"

    return Session


@pytest.mark.parametrize("encoding", ["form", "json"])
def test_exchange_then_refresh_before_expiry_with_rotated_refresh_tokens(encoding: str) -> None:
    server_logic, clock, saved = TokenServer(encoding), Clock(), []
    with serve(server_logic) as server:
        session = _session_class(server.url, encoding)(
            client_id="app",
            client_secret="s3cret",
            environment=server.url,
            refresh_margin=0.5,
            on_token=saved.append,
            clock=clock,
        )
        first = session.exchange_code("CODE", code_verifier=VERIFIER)
        assert session() == first.access_token  # fresh: no refresh
        clock.now += 0.6  # within the margin of the 1 s lifetime
        second = session()
        assert second != first.access_token
        assert session.token is not None
        assert session.token.refresh_token != first.refresh_token
        clock.now += 0.6
        third = session()
        assert third not in (first.access_token, second)
    assert server_logic.grants == ["authorization_code", "refresh_token", "refresh_token"]
    assert [t.access_token for t in saved] == [first.access_token, second, third]
    assert "s3cret" not in repr(session) and first.access_token not in repr(first)


def test_a_wrong_verifier_is_a_token_error_without_secrets() -> None:
    with serve(TokenServer()) as server:
        session = _session_class(server.url, "form")(
            client_id="app", client_secret="s3cret", environment=server.url
        )
        with pytest.raises(oauth_session.TokenError) as caught:
            session.exchange_code("CODE", code_verifier="wrong-verifier-" * 3)
    assert caught.value.error == "invalid_grant"
    assert caught.value.status_code == 400
    assert "s3cret" not in str(caught.value) and "wrong-verifier" not in str(caught.value)
    assert isinstance(caught.value, oauth.OAuthError)


def test_threads_share_one_refresh() -> None:
    server_logic, clock = TokenServer(), Clock()
    with serve(server_logic) as server:
        session = _session_class(server.url, "form")(
            client_id="app", environment=server.url, clock=clock, refresh_margin=0.5
        )
        session.exchange_code("CODE", code_verifier=VERIFIER)
        clock.now += 5
        tokens: list[str] = []
        threads = [threading.Thread(target=lambda: tokens.append(session())) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert len(tokens) == 8 and len(set(tokens)) == 1
    assert server_logic.grants == ["authorization_code", "refresh_token"]


def test_no_token_yet_and_no_refresh_token_are_clear_errors() -> None:
    session = _session_class("http://127.0.0.1:9", "form")(client_id="app")
    with pytest.raises(oauth.OAuthError, match="exchange_code"):
        session()
    session.token = oauth_session.Token("at", None, 0.0)
    with pytest.raises(oauth.OAuthError, match="no refresh token"):
        session()


def test_square_expires_at_is_read() -> None:
    def square(request: RecordedRequest) -> CannedResponse:
        return CannedResponse.json(
            200,
            {"access_token": "EAAA", "refresh_token": "r", "expires_at": "2030-01-01T00:00:00Z"},
        )

    with serve(square) as server:
        session = _session_class(server.url, "json")(client_id="app", environment=server.url)
        token = session.exchange_code("CODE")
    assert token.expires_at == 1893456000.0
