"""Per-client copies, credential providers, credentials from the environment, extra_body
and the raw response, against a real server on 127.0.0.1."""

from __future__ import annotations

import asyncio
import json

import httpx
import pytest
from square_oauth import ApiStatusError, AsyncClient, Backoff, Client

from tests.support.fault_server import CannedResponse, RecordedRequest, queue_responder, serve

FAST = Backoff(initial_delay=0.01, max_delay=0.05)
STATUS = {"client_id": "APP", "merchant_id": "MERCHANT1"}
REVOKE = {"client_id": "APP", "access_token": "OLD"}


def _status(_request: RecordedRequest) -> CannedResponse:
    return CannedResponse.json(200, STATUS)


def _authorizations(requests: list[RecordedRequest]) -> list[str | None]:
    return [r.headers.get("Authorization") for r in requests]


def test_with_options_gives_each_merchant_its_token_on_one_pool() -> None:
    with serve(_status) as server, Client(base_url=server.url, access_token="APP") as client:
        first = client.with_options(access_token="MERCHANT-1")
        second = client.with_options(access_token="MERCHANT-2", headers={"X-Tenant": "2"})
        for each in (client, first, second, first):
            assert each.o_auth.retrieve_token_status().is_success()
        # One httpx client, so one connection pool, for the client and every copy.
        assert first.http_client is client.http_client is second.http_client
        first.close()  # a copy does not close the shared pool...
        assert client.o_auth.retrieve_token_status().is_success()
    assert _authorizations(server.requests) == [
        "Bearer APP",
        "Bearer MERCHANT-1",
        "Bearer MERCHANT-2",
        "Bearer MERCHANT-1",
        "Bearer APP",
    ]
    assert [r.headers.get("X-Tenant") for r in server.requests] == [None, None, "2", None, None]
    # ...and headers given to a copy come on top of the client's (Square-Version stays).
    assert {r.headers.get("Square-Version") for r in server.requests} == {"2025-08-20"}


def test_with_options_changes_base_url_timeout_and_retries_and_keeps_the_rest() -> None:
    busy = queue_responder(CannedResponse.json(503, {}))
    with serve(busy) as first, serve(busy) as second:
        client = Client(base_url=first.url, access_token="T", backoff=FAST, max_retries=0)
        with client:
            copy = client.with_options(base_url=second.url + "/", max_retries=2, timeout=7.0)
            assert copy.base_url == second.url
            assert client.o_auth.retrieve_token_status().retries == 0
            assert copy.o_auth.retrieve_token_status().retries == 2
            assert "timeout=Timeout(timeout=7.0)" in repr(copy)
            assert "credentials=['access_token']" in repr(copy)
    assert len(first.requests) == 1 and len(second.requests) == 3
    with pytest.raises(ValueError, match="max_retries must be 0 or more"):
        Client().with_options(max_retries=-1)


def test_a_credential_provider_is_called_for_each_request() -> None:
    tokens = iter(["T1", "T2", "T3"])
    with serve(_status) as server:
        with Client(base_url=server.url, access_token=lambda: next(tokens)) as client:
            client.o_auth.retrieve_token_status()
            client.o_auth.retrieve_token_status()
            # obtain_token needs no credential: the provider is not called for it.
            client.o_auth.obtain_token(body={"client_id": "APP", "grant_type": "x"})
            client.o_auth.retrieve_token_status()
    assert _authorizations(server.requests) == ["Bearer T1", "Bearer T2", None, "Bearer T3"]


def test_a_provider_is_called_once_per_call_not_per_attempt() -> None:
    calls: list[str] = []

    def provider() -> str:
        calls.append("called")
        return "T"

    responder = queue_responder(CannedResponse.json(503, {}), CannedResponse.json(200, STATUS))
    with serve(responder) as server:
        with Client(base_url=server.url, access_token=provider, backoff=FAST) as client:
            assert client.o_auth.retrieve_token_status().retries == 1
    assert len(calls) == 1 and _authorizations(server.requests) == ["Bearer T", "Bearer T"]


def test_an_async_client_awaits_a_coroutine_provider() -> None:
    async def token() -> str:
        await asyncio.sleep(0)
        return "ASYNC"

    async def main(url: str) -> None:
        async with AsyncClient(base_url=url, access_token=token) as client:
            await client.o_auth.retrieve_token_status()
            await client.with_options(access_token=lambda: "PLAIN").o_auth.retrieve_token_status()

    with serve(_status) as server:
        asyncio.run(main(server.url))
    assert _authorizations(server.requests) == ["Bearer ASYNC", "Bearer PLAIN"]


def test_a_coroutine_provider_on_the_sync_client_is_refused_clearly() -> None:
    async def token() -> str:
        return "never"

    with Client(base_url="http://127.0.0.1:9", access_token=token) as client:  # type: ignore[arg-type]
        with pytest.raises(TypeError, match="AsyncClient only"):
            client.o_auth.retrieve_token_status()


def test_credentials_come_from_environment_variables_named_after_the_package(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("SQUARE_OAUTH_ACCESS_TOKEN", "FROM-ENV")
    monkeypatch.setenv("SQUARE_OAUTH_OAUTH2_CLIENT_SECRET", "Client ENV-SECRET")
    with serve(_status) as server:
        with Client(base_url=server.url) as client:
            client.o_auth.retrieve_token_status()
            client.o_auth.revoke_token(body=REVOKE)
        # An argument wins over the variable.
        with Client(base_url=server.url, access_token="ARG") as client:
            client.o_auth.retrieve_token_status()
    assert _authorizations(server.requests) == [
        "Bearer FROM-ENV",
        "Client ENV-SECRET",
        "Bearer ARG",
    ]


def test_extra_body_is_merged_into_the_json_body() -> None:
    with serve(_status) as server, Client(base_url=server.url, access_token="T") as client:
        client.o_auth.revoke_token(
            body=REVOKE, authorization="Client S", extra_body={"beta": True, "client_id": "B"}
        )
        # An operation without a body sends extra_body as its body.
        client.o_auth.retrieve_token_status(extra_body={"verbose": 1})
    assert server.requests[0].json() == {"client_id": "B", "access_token": "OLD", "beta": True}
    assert server.requests[1].json() == {"verbose": 1}
    assert server.requests[1].headers.get("Content-Type") == "application/json"


def test_the_raw_response_is_on_every_result_and_on_the_status_error() -> None:
    answers = queue_responder(
        CannedResponse.json(200, STATUS, headers={"X-Request-Id": "r-1"}),
        CannedResponse.json(401, {"errors": [{"code": "UNAUTHORIZED"}]}),
    )
    with serve(answers) as server, Client(base_url=server.url, access_token="T") as client:
        ok = client.o_auth.retrieve_token_status()
        denied = client.o_auth.retrieve_token_status()
    assert isinstance(ok.http_response, httpx.Response)
    assert ok.http_response.headers["X-Request-Id"] == "r-1"
    assert json.loads(ok.http_response.content) == STATUS
    assert ok.http_response.request.url.path == "/oauth2/token/status"
    with pytest.raises(ApiStatusError) as raised:
        denied.raise_for_error()
    assert raised.value.http_response is denied.http_response
    assert raised.value.http_response is not None
    assert raised.value.http_response.status_code == 401


def test_extra_body_refuses_a_body_it_cannot_merge_into() -> None:
    from square_oauth._core.call import RequestOptions, RequestSpec

    form = RequestSpec(
        operation="upload", method="POST", path="/u", response_model=None, form={"a": "1"}
    )
    with Client(base_url="http://127.0.0.1:9") as client:
        with pytest.raises(TypeError, match="upload: extra_body needs a JSON object body"):
            client._http.send(form, RequestOptions(extra_body={"b": 2}))
