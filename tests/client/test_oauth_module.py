"""The generated ``square_oauth.oauth``: scopes from the spec, the authorize URL (PKCE,
state, the environment's host) and the callback check, against a loopback authorization
server that verifies PKCE the way RFC 7636 says."""

from __future__ import annotations

import ast
import base64
import hashlib
import secrets
from pathlib import Path
from urllib.parse import parse_qs, urlencode, urlsplit

import httpx
import pytest
import yaml
from square_oauth import Client, oauth
from square_oauth.environment import Environment
from square_oauth.errors import ApiError

from tests.conftest import ROOT
from tests.support.fault_server import CannedResponse, RecordedRequest, serve

REDIRECT = "https://app.example/callback"


def _query(url: str) -> dict[str, list[str]]:
    return parse_qs(urlsplit(url).query)


class AuthorizationServer:
    """Answers /oauth2/authorize with a redirect carrying a code (or ``error=access_denied``
    for the client id ``deny``), and /oauth2/token by checking the code's PKCE verifier."""

    def __init__(self) -> None:
        self.challenges: dict[str, str] = {}

    def __call__(self, request: RecordedRequest) -> CannedResponse:
        params = {k: v[0] for k, v in request.query_params.items()}
        if request.path == "/oauth2/authorize":
            answer: dict[str, str] = {"state": params["state"]}
            if params["client_id"] == "deny":
                answer |= {"error": "access_denied", "error_description": "user denied"}
            else:
                code = secrets.token_urlsafe(8)
                assert params["code_challenge_method"] == "S256"
                self.challenges[code] = params["code_challenge"]
                answer["code"] = code
            location = f"{params['redirect_uri']}?{urlencode(answer)}"
            return CannedResponse(302, {"Location": location})
        form = {k: v[0] for k, v in parse_qs(request.text()).items()}
        digest = hashlib.sha256(form["code_verifier"].encode()).digest()
        challenge = base64.urlsafe_b64encode(digest).rstrip(b"=").decode()
        if self.challenges.pop(form["code"], None) != challenge:
            return CannedResponse.json(400, {"error": "invalid_grant"})
        return CannedResponse.json(200, {"access_token": "EAAA-token"})


def test_scope_lists_the_specs_scopes_with_their_descriptions_and_stays_open() -> None:
    spec = yaml.safe_load((ROOT / "spec" / "square-oauth.yaml").read_text(encoding="utf-8"))
    flow = spec["components"]["securitySchemes"]["oauth2"]["flows"]["authorizationCode"]
    assert {member.value for member in oauth.Scope} == set(flow["scopes"])
    # Each member's docstring (the string right after it) is the spec's description.
    tree = ast.parse(Path(oauth.__file__).read_text(encoding="utf-8"))
    scope_class = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == "Scope")
    documented = {}
    for assign, doc in zip(scope_class.body, scope_class.body[1:], strict=False):
        if isinstance(assign, ast.Assign) and isinstance(doc, ast.Expr):
            documented[ast.literal_eval(assign.value)] = ast.literal_eval(doc.value)
    assert len(documented) == len(flow["scopes"])
    for value, description in flow["scopes"].items():
        assert " ".join(documented[value].split()) == " ".join(description.split())
    assert oauth.Scope("NEW_SCOPE_2030") == "NEW_SCOPE_2030"


def test_the_module_carries_the_specs_urls() -> None:
    assert oauth.AUTHORIZATION_URL == "https://connect.squareup.com/oauth2/authorize"
    assert oauth.TOKEN_URL == "https://connect.squareup.com/oauth2/token"
    assert oauth.FLOWS == ("authorizationCode",)


def test_authorization_url_defaults_to_production_and_follows_the_sandbox() -> None:
    production = oauth.authorization_url(client_id="app", scopes=[oauth.Scope.PAYMENTS_READ])
    sandbox = oauth.authorization_url(
        client_id="app", scopes=["PAYMENTS_READ"], environment=Environment.SANDBOX
    )
    assert production.url.startswith("https://connect.squareup.com/oauth2/authorize?")
    assert sandbox.url.startswith("https://connect.squareupsandbox.com/oauth2/authorize?")
    assert _query(sandbox.url)["scope"] == ["PAYMENTS_READ"]


def test_authorization_url_joins_scopes_and_passes_vendor_parameters() -> None:
    request = oauth.authorization_url(
        client_id="sq0idp-app",
        scopes=[oauth.Scope.MERCHANT_PROFILE_READ, "PAYMENTS_WRITE"],
        redirect_uri=REDIRECT,
        state="kept",
        session=False,
        locale="fr-CA",
    )
    query = _query(request.url)
    assert query["scope"] == ["MERCHANT_PROFILE_READ PAYMENTS_WRITE"]
    assert query["state"] == ["kept"] and request.state == "kept"
    assert query["session"] == ["false"]
    assert query["locale"] == ["fr-CA"]
    assert query["redirect_uri"] == [REDIRECT]
    assert request.code_verifier is not None
    assert request.code_verifier not in repr(request)
    with pytest.raises(AttributeError):
        request.state = "changed"  # type: ignore[misc]


def test_pkce_challenge_follows_rfc_7636() -> None:
    verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"
    assert oauth.code_challenge(verifier) == "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
    request = oauth.authorization_url(client_id="app", scopes=[])
    assert request.code_verifier is not None
    assert _query(request.url)["code_challenge"] == [oauth.code_challenge(request.code_verifier)]
    assert "scope" not in _query(request.url)
    without = oauth.authorization_url(client_id="app", scopes=[], pkce=False)
    assert without.code_verifier is None and "code_challenge" not in _query(without.url)


def test_the_flow_against_a_loopback_authorization_server() -> None:
    server_logic = AuthorizationServer()
    with serve(server_logic) as server:
        # The authorize URL is on the production host, so it follows the base URL given.
        request = oauth.authorization_url(
            client_id="app",
            scopes=[oauth.Scope.MERCHANT_PROFILE_READ],
            redirect_uri=REDIRECT,
            environment=server.url,
        )
        assert request.url.startswith(f"{server.url}/oauth2/authorize?")
        redirect = httpx.get(request.url)
        assert redirect.status_code == 302
        code = oauth.parse_callback(redirect.headers["Location"], expected_state=request.state)
        exchanged = httpx.post(
            f"{server.url}/oauth2/token",
            data={"code": code, "code_verifier": request.code_verifier or ""},
        )
        assert exchanged.json() == {"access_token": "EAAA-token"}

        denied = oauth.authorization_url(
            client_id="deny",
            scopes=["PAYMENTS_READ"],
            redirect_uri=REDIRECT,
            environment=server.url,
        )
        location = httpx.get(denied.url).headers["Location"]
        with pytest.raises(oauth.AuthorizationDeniedError) as caught:
            oauth.parse_callback(location, expected_state=denied.state)
        assert (caught.value.error, caught.value.description) == ("access_denied", "user denied")
        # Someone else's redirect, replayed into this user's session.
        with pytest.raises(oauth.StateMismatchError):
            oauth.parse_callback(location, expected_state=request.state)


def test_callback_errors_are_api_errors_and_a_missing_code_is_reported() -> None:
    with pytest.raises(oauth.MissingCodeError) as caught:
        oauth.parse_callback(f"{REDIRECT}?state=s", expected_state="s")
    assert isinstance(caught.value, oauth.OAuthError)
    assert isinstance(caught.value, ApiError)


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def test_a_session_is_the_clients_credential_and_refreshes_before_expiry() -> None:
    """Square's token endpoint takes JSON and answers expires_in here; the session trades
    the code (PKCE checked), then every call carries a token refreshed before it expires."""
    issued: list[str] = []
    grants: list[dict[str, str]] = []
    seen: list[str] = []
    challenges: dict[str, str] = {}

    def square(request: RecordedRequest) -> CannedResponse:
        if request.path == "/oauth2/token":
            body = request.json()
            grants.append(body)
            if body["grant_type"] == "authorization_code":
                digest = hashlib.sha256(body["code_verifier"].encode()).digest()
                expected = base64.urlsafe_b64encode(digest).rstrip(b"=").decode()
                if challenges.get(body["code"]) != expected:
                    return CannedResponse.json(400, {"errors": [{"code": "BAD_VERIFIER"}]})
            issued.append(secrets.token_hex(6))
            answer = {"access_token": issued[-1], "refresh_token": f"r{len(issued)}"}
            return CannedResponse.json(200, answer | {"expires_in": 1})
        seen.append(request.headers["Authorization"])
        return CannedResponse.json(200, {"scopes": ["PAYMENTS_READ"]})

    clock = Clock()
    with serve(square) as server:
        request = oauth.authorization_url(client_id="app", scopes=["PAYMENTS_READ"])
        assert request.code_verifier is not None
        challenges["CODE"] = _query(request.url)["code_challenge"][0]
        session = oauth.OAuthSession(
            client_id="app",
            client_secret="s3cret",
            environment=server.url,
            refresh_margin=0.5,
            clock=clock,
        )
        session.exchange_code("CODE", code_verifier=request.code_verifier)
        with Client(base_url=server.url, access_token=session) as client:
            assert client.o_auth.retrieve_token_status().is_success()
            clock.now += 0.7
            assert client.o_auth.retrieve_token_status().is_success()
            assert client.o_auth.retrieve_token_status().is_success()
    assert seen == [f"Bearer {issued[0]}", f"Bearer {issued[1]}", f"Bearer {issued[1]}"]
    assert [g["grant_type"] for g in grants] == ["authorization_code", "refresh_token"]
    assert grants[1]["refresh_token"] == "r1" and grants[0]["client_secret"] == "s3cret"
    assert oauth.TOKEN_ENCODING == "json"
