"""Client settings and per-call options as the server sees them; pools; deprecation warnings."""

from __future__ import annotations

import platform
import warnings

import httpx
import pytest
from square_oauth import Client, __version__
from square_oauth.models import ObtainTokenResponse

from tests.support.fault_server import CannedResponse, queue_responder, serve

BODY = {"client_id": "APP", "grant_type": "refresh_token", "refresh_token": "R"}


def test_default_headers_name_the_package_and_the_api_version() -> None:
    with serve(queue_responder(CannedResponse.json(200, {}))) as server:
        with Client(base_url=server.url) as client:
            client.o_auth.obtain_token(body=BODY)
    headers = server.requests[0].headers
    assert headers["User-Agent"] == (
        f"square-oauth/{__version__} python/{platform.python_version()} httpx/{httpx.__version__}"
    )
    assert headers["Square-Version"] == "2025-08-20"
    assert headers["Accept"] == "application/json"


def test_client_headers_override_defaults_and_none_drops_the_version() -> None:
    with serve(queue_responder(CannedResponse.json(200, {}))) as server:
        with Client(
            base_url=server.url, square_version=None, headers={"User-Agent": "my-app/2"}
        ) as client:
            client.o_auth.obtain_token(body=BODY)
    headers = server.requests[0].headers
    assert headers["User-Agent"] == "my-app/2"
    assert "Square-Version" not in headers


def test_extra_headers_and_extra_query_apply_to_one_call() -> None:
    with serve(queue_responder(CannedResponse.json(200, {}))) as server:
        with Client(base_url=server.url, access_token="EAAAclient") as client:
            client.o_auth.retrieve_token_status(
                extra_headers={"X-Trace": "t1", "Authorization": "Bearer EAAAcall"},
                extra_query={"debug": "true", "n": 3},
            )
            client.o_auth.retrieve_token_status()
    first, second = server.requests
    assert first.headers["X-Trace"] == "t1"
    assert first.headers["Authorization"] == "Bearer EAAAcall"
    assert first.query_params == {"debug": ["true"], "n": ["3"]}
    assert "X-Trace" not in second.headers and second.query == ""
    assert second.headers["Authorization"] == "Bearer EAAAclient"


def test_the_client_closes_its_own_pool_but_not_a_given_one() -> None:
    with Client() as own:
        pool = own.http_client
    assert pool.is_closed
    with httpx.Client() as given:
        with Client(http_client=given) as borrowing:
            assert borrowing.http_client is given
        assert not given.is_closed


def test_a_given_client_is_used_and_keeps_its_timeout() -> None:
    seen: list[httpx.Request] = []
    with serve(queue_responder(CannedResponse.json(200, {}))) as server:
        with httpx.Client(timeout=7.0, event_hooks={"request": [seen.append]}) as given:
            Client(base_url=server.url, http_client=given).o_auth.obtain_token(body=BODY)
            Client(base_url=server.url, http_client=given, timeout=3.0).o_auth.obtain_token(
                body=BODY
            )
        with httpx.Client(event_hooks={"request": [seen.append]}) as default_timeout:
            Client(base_url=server.url, http_client=default_timeout).o_auth.obtain_token(body=BODY)
    timeouts = [r.extensions["timeout"] for r in seen]
    assert timeouts[0] == httpx.Timeout(7.0).as_dict()
    assert timeouts[1] == httpx.Timeout(3.0).as_dict()
    assert timeouts[2] == httpx.Timeout(60.0, connect=10.0).as_dict()  # the package default


def test_deprecated_operation_warns_once_per_call_site() -> None:
    with serve(queue_responder(CannedResponse.json(200, {}))) as server:
        client = Client(base_url=server.url, oauth2_client_secret="Client S")
        with client, warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("default")  # Python's rule: once per call site
            for _ in range(3):
                client.o_auth.renew_token(client_id="C", body={"access_token": "T"})
            client.o_auth.renew_token(client_id="C", body={"access_token": "T"})
    deprecations = [w for w in caught if w.category is DeprecationWarning]
    assert [w.filename for w in deprecations] == [__file__, __file__]
    assert deprecations[0].lineno != deprecations[1].lineno


def test_deprecated_field_warns_when_read_or_set_but_not_when_parsed() -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        parsed = ObtainTokenResponse.model_validate(
            {"id_token": "OLD"}, context={"from_server": True}
        )
        assert caught == []  # the server chose to send it: nothing for the caller to fix
        assert parsed.id_token == "OLD"
        ObtainTokenResponse(id_token="NEW")
    assert [str(w.message) for w in caught] == ["id_token is deprecated."] * 2
    assert all(w.filename == __file__ for w in caught)


def test_responses_with_deprecated_fields_parse_silently() -> None:
    body = {"access_token": "EAAA", "id_token": "OLD"}
    with serve(queue_responder(CannedResponse.json(200, body))) as server:
        with Client(base_url=server.url) as client, warnings.catch_warnings():
            warnings.simplefilter("error")
            result = client.o_auth.obtain_token(body=BODY)
    assert result.data is not None and result.data.model_dump()["id_token"] == "OLD"


def test_timeout_setting_accepts_seconds_or_httpx_timeout() -> None:
    with Client(timeout=4.0) as seconds, Client(timeout=httpx.Timeout(9.0, connect=1.0)) as full:
        assert "timeout=Timeout(timeout=4.0)" in repr(seconds)
        assert "connect=1.0" in repr(full)
    with pytest.raises(ValueError):
        Client(max_retries=-2)
