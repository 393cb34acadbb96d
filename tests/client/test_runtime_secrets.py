"""No secret reaches a log line, a repr() or an exception message; the values stay usable."""

from __future__ import annotations

import asyncio
import logging
import re
from typing import Any

import pytest
from square_oauth import (
    ApiConnectionError,
    ApiResponseValidationError,
    AsyncClient,
    Backoff,
    Client,
)
from square_oauth._core.result import ApiResult
from square_oauth.models import ObtainTokenRequest, ObtainTokenResponse, RevokeTokenResponse

from tests.support.fault_server import CannedResponse, RecordedRequest, refused_url, serve

FAST = Backoff(initial_delay=0.01, max_delay=0.05)

# Every secret the tests below send or receive; none may be printed anywhere.
CLIENT_ACCESS_TOKEN = "EAAAclient-access-token-5b1"
CLIENT_APP_SECRET = "Client sq0csp-client-setting-7c2"
CALL_APP_SECRET = "Client sq0csp-per-call-9d3"
CLIENT_SECRET = "sq0csp-body-client-secret-1e4"
AUTH_CODE = "sq0cgb-authorization-code-2f5"
CODE_VERIFIER = "verifier-pkce-3a6-abcdefghijklmnopqrstuvwxyz0123456789"
OLD_REFRESH = "EQAAold-refresh-token-4b7"
NEW_ACCESS = "EAAAnew-access-token-5c8"
NEW_REFRESH = "EQAAnew-refresh-token-6d9"
BAD_SHAPE_TOKEN = "EAAAbad-shape-token-7e0"
SECRETS = [
    CLIENT_ACCESS_TOKEN,
    CLIENT_APP_SECRET,
    CALL_APP_SECRET,
    CLIENT_SECRET,
    AUTH_CODE,
    CODE_VERIFIER,
    OLD_REFRESH,
    NEW_ACCESS,
    NEW_REFRESH,
    BAD_SHAPE_TOKEN,
]


def _leaks(text: str) -> list[str]:
    # A secret minus its client-prefix ("Client ") must not show either.
    return [s for s in SECRETS if s in text or s.removeprefix("Client ") in text]


def _answer(request: RecordedRequest) -> CannedResponse:
    """/oauth2/token fails once with 503, then issues tokens; the rest answer plainly.

    The 503 says ``x-should-retry: true`` (the server did not act on the single-use code),
    so the client retries it and logs the retry."""
    if request.path == "/oauth2/token":
        if sum(1 for _ in _answer.token_calls) == 0:  # type: ignore[attr-defined]
            _answer.token_calls.append(request)  # type: ignore[attr-defined]
            return CannedResponse.json(
                503, {"errors": []}, headers={"Retry-After": "0", "x-should-retry": "true"}
            )
        return CannedResponse.json(
            200, {"access_token": NEW_ACCESS, "refresh_token": NEW_REFRESH, "token_type": "bearer"}
        )
    if request.path == "/oauth2/token/status":
        return CannedResponse.json(200, {"client_id": "APP", "merchant_id": "M"})
    if request.path == "/oauth2/revoke":
        return CannedResponse.json(200, {"success": True})
    return CannedResponse.json(404, {})


def test_debug_logs_show_the_traffic_but_no_secret(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)  # every logger: ours, httpx's and httpcore's
    _answer.token_calls = []  # type: ignore[attr-defined]
    printed: list[str] = []
    with serve(_answer) as server:
        client = Client(
            base_url=server.url,
            access_token=CLIENT_ACCESS_TOKEN,
            oauth2_client_secret=CLIENT_APP_SECRET,
            backoff=FAST,
        )
        with client:
            printed.append(repr(client))
            tokens = client.o_auth.obtain_token(
                body=ObtainTokenRequest(
                    client_id="APP",
                    client_secret=CLIENT_SECRET,
                    code=AUTH_CODE,
                    code_verifier=CODE_VERIFIER,
                    grant_type="authorization_code",
                )
            )
            refreshed = client.o_auth.obtain_token(
                body={
                    "client_id": "APP",
                    "grant_type": "refresh_token",
                    "refresh_token": OLD_REFRESH,
                }
            )
            status = client.o_auth.retrieve_token_status()
            revoked = client.o_auth.revoke_token(
                body={"client_id": "APP", "access_token": NEW_ACCESS},
                authorization=CALL_APP_SECRET,
            )
            revoked_default = client.o_auth.revoke_token(body={"client_id": "APP"})
        requests = server.requests

    # The secrets did travel: the test would prove nothing otherwise.
    sent = {r.headers.get("Authorization") for r in requests}
    assert {f"Bearer {CLIENT_ACCESS_TOKEN}", CALL_APP_SECRET, CLIENT_APP_SECRET} <= sent
    assert requests[0].json()["code_verifier"] == CODE_VERIFIER
    assert tokens.data is not None and tokens.data.access_token == NEW_ACCESS
    assert tokens.data.refresh_token == NEW_REFRESH and tokens.retries == 1

    for result in (tokens, refreshed, status, revoked, revoked_default):
        printed += [repr(result), str(result), repr(result.data), str(result.data)]
    assert "***" in repr(tokens)

    log = caplog.text
    assert _leaks(log) == []
    assert _leaks("\n".join(printed)) == []
    # ... while saying what happened: method, URL, status, duration, retries.
    token_url = re.escape(f"{server.url}/oauth2/token")
    assert re.search(rf"POST {token_url} -> 503 in \d+\.\d+s \(retries=0\)", log)
    assert re.search(rf"POST {token_url}: HTTP 503 \(x-should-retry\), retry 1 of 2 in", log)
    assert re.search(rf"POST {token_url} -> 200 in \d+\.\d+s \(retries=1\)", log)
    assert "'Authorization': '***'" in log


def test_repr_of_a_token_response_hides_the_tokens() -> None:
    response = ObtainTokenResponse.model_validate(
        {"access_token": NEW_ACCESS, "refresh_token": NEW_REFRESH, "merchant_id": "M1"}
    )
    for text in (repr(response), str(response)):
        assert _leaks(text) == []
        assert "merchant_id='M1'" in text and "access_token='***'" in text
    assert response.access_token == NEW_ACCESS  # the value itself is untouched
    assert response.to_dict()["refresh_token"] == NEW_REFRESH


def test_unknown_fields_with_secret_names_are_hidden_too() -> None:
    response = RevokeTokenResponse.model_validate(
        {"success": True, "access_token": NEW_ACCESS, "nested": {"refresh_token": NEW_REFRESH}}
    )
    assert _leaks(repr(response)) == []
    assert response.model_extra == {
        "access_token": NEW_ACCESS,
        "nested": {"refresh_token": NEW_REFRESH},
    }


def test_exception_messages_carry_no_secret(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    wrong_shape = {"access_token": [BAD_SHAPE_TOKEN], "refresh_token": {"x": NEW_REFRESH}}
    with serve(lambda _r: CannedResponse.json(200, wrong_shape)) as server:
        with Client(base_url=server.url, access_token=CLIENT_ACCESS_TOKEN) as client:
            with pytest.raises(ApiResponseValidationError) as invalid:
                client.o_auth.obtain_token(
                    body={"client_id": "A", "grant_type": "refresh_token", "refresh_token": "R"}
                )
    assert "access_token" in str(invalid.value)  # it names the field ...
    assert _leaks(str(invalid.value)) == [] and _leaks(repr(invalid.value)) == []  # not values
    assert invalid.value.body == wrong_shape  # the body stays available for inspection

    with pytest.raises(ValueError) as construction:
        ObtainTokenRequest(client_id="A", grant_type="x", client_secret=[CLIENT_SECRET])  # type: ignore[arg-type]
    assert _leaks(str(construction.value)) == []

    client = Client(
        base_url=refused_url(), access_token=CLIENT_ACCESS_TOKEN, max_retries=0, backoff=FAST
    )
    with client, pytest.raises(ApiConnectionError) as refused:
        client.o_auth.retrieve_token_status()
    assert _leaks(str(refused.value)) == [] and _leaks(caplog.text) == []


def test_client_repr_names_settings_not_values() -> None:
    client = Client(access_token=CLIENT_ACCESS_TOKEN, oauth2_client_secret=CLIENT_APP_SECRET)
    with client:
        text = repr(client)
    assert _leaks(text) == []
    assert "credentials=['access_token', 'oauth2_client_secret']" in text
    assert "max_retries=2" in text


# -- credentials from the base URL and in response headers, through httpx and httpcore ----

URL_PASSWORD = "pa55-in-the-url-8f1"
URL_USER = "url-user-9a2"
COOKIE = "sessionid=cookie-value-0b3"
CHALLENGE = 'Bearer realm="api", error="invalid_token", token-hint="challenge-1c4"'
PROXY_CHALLENGE = 'Basic realm="proxy-secret-2d5"'
ECHOED_AUTH = "Bearer echoed-auth-3e6"
AUTH_TOKEN = "x-auth-token-value-4f7"
QUOTED = "it's-a-session-5g8"  # repr() writes it in double quotes, b"it's-..."
API_KEY = "request-api-key-6h9"  # a request header the spec does not know
HEADER_SECRETS = [
    URL_PASSWORD,
    URL_USER,
    "cookie-value-0b3",
    "challenge-1c4",
    "proxy-secret-2d5",
    "echoed-auth-3e6",
    AUTH_TOKEN,
    "a-session-5g8",
    API_KEY,
]
LOGGERS = ("square_oauth", "httpx", "httpcore")


def _with_userinfo(url: str) -> str:
    return url.replace("http://", f"http://{URL_USER}:{URL_PASSWORD}@")


def _credential_headers(_request: RecordedRequest) -> CannedResponse:
    return CannedResponse.json(
        200,
        {"client_id": "APP", "merchant_id": "M"},
        headers={
            "Set-Cookie": COOKIE,
            "WWW-Authenticate": CHALLENGE,
            "Proxy-Authenticate": PROXY_CHALLENGE,
            "Authorization": ECHOED_AUTH,
            "X-Auth-Token": AUTH_TOKEN,
            "X-Session": QUOTED,
            "X-Request-Id": "visible-request-id",
        },
    )


def _check_logs(caplog: pytest.LogCaptureFixture) -> None:
    log = "\n".join(record.getMessage() for record in caplog.records)
    assert [s for s in HEADER_SECRETS if s in log] == []
    # The lines that used to carry them are there: httpx's INFO line, httpcore's headers.
    assert "HTTP Request: POST http://***@127.0.0.1:" in log
    assert "receive_response_headers.complete" in log
    assert "(b'Set-Cookie', b'***')" in log and "(b'WWW-Authenticate', b'***')" in log
    assert "visible-request-id" in log  # other headers still show


def test_no_credential_from_the_url_or_response_headers_in_sync_logs(
    caplog: pytest.LogCaptureFixture,
) -> None:
    for name in LOGGERS:
        caplog.set_level(logging.DEBUG, logger=name)
    with serve(_credential_headers) as server:
        url = _with_userinfo(server.url)
        with Client(base_url=url, access_token=CLIENT_ACCESS_TOKEN) as client:
            result = client.o_auth.retrieve_token_status(extra_headers={"X-Api-Key": API_KEY})
            printed = repr(client)
    assert result.is_success() and result.headers["set-cookie"] == COOKIE
    # The userinfo did travel: httpx turns it into Basic credentials.
    assert server.requests[0].headers["Authorization"].startswith("Basic ")
    assert server.requests[0].headers["X-Api-Key"] == API_KEY
    _check_logs(caplog)
    assert [s for s in HEADER_SECRETS if s in printed] == []
    assert "http://***@127.0.0.1" in printed


def test_no_credential_from_the_url_or_response_headers_in_async_logs(
    caplog: pytest.LogCaptureFixture,
) -> None:
    for name in LOGGERS:
        caplog.set_level(logging.DEBUG, logger=name)
    with serve(_credential_headers) as server:

        async def main() -> ApiResult[Any]:
            url = _with_userinfo(server.url)
            async with AsyncClient(base_url=url, access_token=CLIENT_ACCESS_TOKEN) as client:
                return await client.o_auth.retrieve_token_status()

        result = asyncio.run(main())
    assert result.is_success()
    _check_logs(caplog)


def test_an_unreachable_url_with_userinfo_is_not_printed(caplog: pytest.LogCaptureFixture) -> None:
    for name in LOGGERS:
        caplog.set_level(logging.DEBUG, logger=name)
    client = Client(base_url=_with_userinfo(refused_url()), max_retries=0)
    with client, pytest.raises(ApiConnectionError) as refused:
        client.o_auth.obtain_token(body={"client_id": "A", "grant_type": "refresh_token"})
    assert [s for s in HEADER_SECRETS if s in str(refused.value)] == []
    assert [s for s in HEADER_SECRETS if s in caplog.text] == []
