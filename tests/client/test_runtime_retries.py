"""Timeouts and retries of the generated client, against a real server on 127.0.0.1.

Backoff waits are shrunk to milliseconds (``FAST``) so the suite stays quick; the one test
about ``Retry-After`` really waits the second the server asks for. Retries after the
request may have reached the server are shown on ``retrieve_token_status``, a POST the
spec marks ``x-idempotent: true``; ``obtain_token`` (a single-use code) is not idempotent
and tests/client/test_runtime_idempotency.py shows it is never sent twice.
"""

from __future__ import annotations

import email.utils
import time

import httpx
import pytest
from square_oauth import ApiConnectionError, ApiTimeoutError, Backoff, Client
from square_oauth._core.retry import retry_after, retry_delay

from tests.support.fault_server import CannedResponse, queue_responder, refused_url, serve

FAST = Backoff(initial_delay=0.01, max_delay=0.05, max_retry_after=5.0)
TOKEN = {"access_token": "EAAAtoken", "token_type": "bearer"}
BODY = {"client_id": "APP", "grant_type": "refresh_token", "refresh_token": "R"}
# "Does not hang" bound for calls that should take well under a second.
GENEROUS = 5.0


STATUS = {"client_id": "APP", "merchant_id": "MERCHANT1"}


def _client(url: str, **settings: object) -> Client:
    settings = {"backoff": FAST, "access_token": "T", **settings}
    return Client(base_url=url, **settings)  # type: ignore[arg-type]


def test_503_then_200_succeeds_with_one_retry() -> None:
    responder = queue_responder(
        CannedResponse.json(503, {"errors": []}), CannedResponse.json(200, STATUS)
    )
    with serve(responder) as server, _client(server.url) as client:
        result = client.o_auth.retrieve_token_status()
    assert result.is_success()
    assert result.retries == 1
    assert result.data is not None and result.data.merchant_id == "MERCHANT1"
    assert len(server.requests) == 2
    assert [r.path for r in server.requests] == ["/oauth2/token/status"] * 2


@pytest.mark.slow
def test_429_with_retry_after_waits_that_long() -> None:
    responder = queue_responder(
        CannedResponse.json(429, {}, headers={"Retry-After": "1"}),
        CannedResponse.json(200, STATUS),
    )
    with serve(responder) as server, _client(server.url) as client:
        started = time.monotonic()
        result = client.o_auth.retrieve_token_status()
        waited = time.monotonic() - started
    assert result.is_success() and result.retries == 1
    # The backoff alone would wait about 10 ms: a second means Retry-After was honoured.
    assert 0.95 <= waited < GENEROUS


def test_retry_after_is_capped() -> None:
    responder = queue_responder(
        CannedResponse.json(503, {}, headers={"Retry-After": "3600"}),
        CannedResponse.json(200, STATUS),
    )
    capped = Backoff(initial_delay=0.01, max_delay=0.05, max_retry_after=0.05)
    with serve(responder) as server, _client(server.url, backoff=capped) as client:
        started = time.monotonic()
        result = client.o_auth.retrieve_token_status()
    assert result.retries == 1 and result.is_success()
    assert time.monotonic() - started < GENEROUS


def test_retry_after_reads_seconds_and_http_dates() -> None:
    assert retry_after(httpx.Headers({"Retry-After": "2"})) == 2.0
    assert retry_after(httpx.Headers({"Retry-After": "-4"})) == 0.0
    assert retry_after(httpx.Headers({"Retry-After": "soon"})) is None
    assert retry_after(httpx.Headers()) is None
    later = email.utils.formatdate(time.time() + 30, usegmt=True)
    seconds = retry_after(httpx.Headers({"Retry-After": later}))
    assert seconds is not None and 27 <= seconds <= 30
    past = email.utils.formatdate(time.time() - 30, usegmt=True)
    assert retry_after(httpx.Headers({"Retry-After": past})) == 0.0


def test_backoff_doubles_with_jitter_up_to_the_maximum() -> None:
    backoff = Backoff(initial_delay=0.5, max_delay=8.0, max_retry_after=60.0)
    for retries_done, full in enumerate([0.5, 1.0, 2.0, 4.0, 8.0, 8.0, 8.0]):
        delays = {retry_delay(backoff, retries_done, None) for _ in range(50)}
        assert all(0.75 * full <= d <= full for d in delays), (retries_done, delays)
        assert len(delays) > 1  # jittered, not fixed
    response = httpx.Response(429, headers={"Retry-After": "120"})
    assert retry_delay(backoff, 0, response) == 60.0


def test_retries_stop_after_max_retries_and_return_the_last_error() -> None:
    with serve(queue_responder(CannedResponse.json(500, {}))) as server:
        with _client(server.url, max_retries=3) as client:
            result = client.o_auth.retrieve_token_status()
    assert result.status_code == 500 and result.is_error()
    assert result.retries == 3
    assert len(server.requests) == 4


@pytest.mark.parametrize("status", [408, 502, 504])
def test_408_and_5xx_are_retried(status: int) -> None:
    responder = queue_responder(CannedResponse.json(status, {}), CannedResponse.json(200, STATUS))
    with serve(responder) as server, _client(server.url) as client:
        result = client.o_auth.retrieve_token_status()
    assert result.status_code == 200 and result.retries == 1


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 422])
def test_other_4xx_are_never_retried(status: int) -> None:
    with serve(queue_responder(CannedResponse.json(status, {"errors": []}))) as server:
        with _client(server.url, max_retries=5) as client:
            result = client.o_auth.obtain_token(body=BODY)
    assert result.status_code == status and result.retries == 0
    assert len(server.requests) == 1


def test_a_dropped_connection_is_retried() -> None:
    responder = queue_responder(CannedResponse.disconnect(), CannedResponse.json(200, STATUS))
    with serve(responder) as server, _client(server.url) as client:
        result = client.o_auth.retrieve_token_status()
    assert result.is_success() and result.retries == 1


@pytest.mark.slow
def test_read_timeout_raises_api_timeout_error_in_time() -> None:
    slow = CannedResponse.json(200, TOKEN, delay_s=10)
    with serve(queue_responder(slow)) as server:
        with _client(server.url, timeout=0.3, max_retries=0) as client:
            started = time.monotonic()
            with pytest.raises(ApiTimeoutError, match=r"obtain_token .* timed out") as raised:
                client.o_auth.obtain_token(body=BODY)
            elapsed = time.monotonic() - started
    assert 0.3 <= elapsed < 0.3 + 1.0
    assert raised.value.retries == 0
    # The read timeout and the attempt deadline (both 0.3 s) end the wait together.
    assert isinstance(raised.value.__cause__, httpx.TimeoutException)


@pytest.mark.slow
def test_timeouts_are_retried_and_the_count_is_on_the_error() -> None:
    slow = CannedResponse.json(200, STATUS, delay_s=10)
    with serve(queue_responder(slow)) as server:
        with _client(server.url, timeout=0.2, max_retries=1) as client:
            with pytest.raises(ApiTimeoutError) as raised:
                client.o_auth.retrieve_token_status()
    assert raised.value.retries == 1
    assert len(server.requests) == 2


def test_per_call_timeout_wins_over_the_client_setting() -> None:
    slow = CannedResponse.json(200, TOKEN, delay_s=10)
    with serve(queue_responder(slow)) as server:
        with _client(server.url, timeout=30.0, max_retries=0) as client:
            started = time.monotonic()
            with pytest.raises(ApiTimeoutError):
                client.o_auth.obtain_token(body=BODY, timeout=0.2)
    assert time.monotonic() - started < GENEROUS


def test_connection_refused_raises_after_the_configured_retries(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level("DEBUG", logger="square_oauth")
    url = refused_url()
    with _client(url, max_retries=2) as client:
        with pytest.raises(ApiConnectionError, match="failed after 2 retries") as raised:
            client.o_auth.obtain_token(body=BODY)
    error = raised.value
    assert not isinstance(error, ApiTimeoutError)
    assert error.retries == 2
    assert isinstance(error.__cause__, httpx.ConnectError)
    attempts = [r for r in caplog.records if "-> ConnectError" in r.getMessage()]
    assert len(attempts) == 3  # the first attempt and two retries


def test_per_call_max_retries_wins_over_the_client_setting() -> None:
    with serve(queue_responder(CannedResponse.json(503, {}))) as server:
        with _client(server.url, max_retries=0) as client:
            assert client.o_auth.retrieve_token_status().retries == 0
            assert client.o_auth.retrieve_token_status(max_retries=2).retries == 2
    assert len(server.requests) == 1 + 3


def test_negative_max_retries_is_refused() -> None:
    with pytest.raises(ValueError, match="max_retries must be 0 or more"):
        Client(max_retries=-1)


def test_errors_that_would_repeat_are_not_retried(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level("DEBUG", logger="square_oauth")
    with _client("ftp://127.0.0.1:1", max_retries=3) as client:
        with pytest.raises(ApiConnectionError, match="after 0 retries") as raised:
            client.o_auth.obtain_token(body=BODY)
    assert isinstance(raised.value.__cause__, httpx.UnsupportedProtocol)
    assert not [r for r in caplog.records if "retry 1 of" in r.getMessage()]


def test_an_undecodable_body_raises_an_api_error() -> None:
    broken_gzip = CannedResponse(
        200, {"Content-Type": "application/json", "Content-Encoding": "gzip"}, b"not gzip"
    )
    with serve(queue_responder(broken_gzip)) as server, _client(server.url) as client:
        with pytest.raises(ApiConnectionError) as raised:
            client.o_auth.obtain_token(body=BODY)
    assert isinstance(raised.value.__cause__, httpx.DecodingError)
    assert raised.value.retries == 0 and len(server.requests) == 1
