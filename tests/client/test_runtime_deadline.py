"""One deadline per attempt: a server that drips its answer cannot stretch a call.

httpx's timeouts bound each read, so a server sending one byte every 0.2 s never trips a
1 s read timeout. The generated client gives the whole attempt (connect, send, headers and
body) one deadline, sync and async alike; these tests fail if it only had httpx's own.
They call ``retrieve_token_status``, a POST the spec marks ``x-idempotent``, so that a
timed-out attempt is retried (``obtain_token`` would not be: see
test_runtime_idempotency.py).
"""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
from square_oauth import ApiTimeoutError, AsyncClient, Backoff, Client

from tests.support.fault_server import CannedResponse, FaultServer, queue_responder, serve

pytestmark = pytest.mark.slow  # every test here is (README, Tests)

FAST = Backoff(initial_delay=0.01, max_delay=0.05)
TOKEN = {"access_token": "EAAAtoken", "token_type": "bearer", "merchant_id": "M" * 8}
# Each byte comes 0.1 s after the last, well within the 0.5 s timeout of every read;
# the whole answer takes 4 s or more (about 40 bytes of headers, or a 90-byte body).
INTERVAL = 0.1
TIMEOUT = 0.5


def _dripping(part: str) -> CannedResponse:
    token = CannedResponse.json(200, TOKEN)
    return CannedResponse(200, token.headers, token.body, drip=part, drip_interval_s=INTERVAL)


def _sync_call(server: FaultServer, **settings: Any) -> Any:
    with Client(base_url=server.url, backoff=FAST, access_token="T", **settings) as client:
        return client.o_auth.retrieve_token_status()


def _async_call(server: FaultServer, **settings: Any) -> Any:
    async def main() -> Any:
        async with AsyncClient(
            base_url=server.url, backoff=FAST, access_token="T", **settings
        ) as client:
            return await client.o_auth.retrieve_token_status()

    return asyncio.run(main())


CALLS = {"sync": _sync_call, "async": _async_call}


@pytest.mark.parametrize("part", ["headers", "body"])
@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_dripped_answer_times_out_at_the_attempt_deadline(kind: str, part: str) -> None:
    with serve(queue_responder(_dripping(part))) as server:
        with pytest.raises(ApiTimeoutError, match=r"took more than 0\.5 s in all") as raised:
            CALLS[kind](server, timeout=TIMEOUT, max_retries=0)
    assert raised.value.retries == 0
    assert isinstance(raised.value.__cause__, httpx.TimeoutException)


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_missed_deadline_is_retried_like_any_timeout(kind: str) -> None:
    responder = queue_responder(_dripping("body"), CannedResponse.json(200, TOKEN))
    with serve(responder) as server:
        result = CALLS[kind](server, timeout=TIMEOUT, max_retries=1)
    assert result.is_success() and result.retries == 1
    assert result.data.merchant_id == "M" * 8
    assert len(server.requests) == 2


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_the_retries_of_a_dripping_server_all_time_out(kind: str) -> None:
    with serve(queue_responder(_dripping("headers"))) as server:
        with pytest.raises(ApiTimeoutError, match="after 2 retries") as raised:
            CALLS[kind](server, timeout=TIMEOUT, max_retries=2)
    assert raised.value.retries == 2 and len(server.requests) == 3


def test_a_kept_alive_connection_is_bounded_on_its_next_use() -> None:
    # The second request reuses the first one's connection: its stream must be bounded too.
    responder = queue_responder(CannedResponse.json(200, TOKEN), _dripping("body"))
    with serve(responder) as server:
        with Client(
            base_url=server.url, timeout=TIMEOUT, max_retries=0, access_token="T"
        ) as client:
            first = client.o_auth.retrieve_token_status()
            with pytest.raises(ApiTimeoutError, match=r"took more than 0\.5 s in all"):
                client.o_auth.retrieve_token_status()
    assert first.is_success()
    assert len(server.requests) == 2


def test_a_timeout_without_limit_has_no_deadline() -> None:
    # httpx.Timeout(None) asks to wait forever: the slow answer arrives, as it did before.
    responder = queue_responder(
        CannedResponse(
            200,
            {"Content-Type": "application/json"},
            b'{"merchant_id": "MERCHANT-SLOW"}',
            drip="body",
            drip_interval_s=0.05,
        )
    )
    with serve(responder) as server:
        result = _sync_call(server, timeout=httpx.Timeout(None), max_retries=0)
    assert result.is_success() and result.data.merchant_id == "MERCHANT-SLOW"
