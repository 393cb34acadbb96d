"""``AsyncClient`` against the same local server: retries, timeouts, concurrency, warnings."""

from __future__ import annotations

import asyncio
import threading
import time
import warnings
from collections.abc import Callable, Coroutine
from typing import Any, TypeVar

import httpx
import pytest
from square_oauth import ApiConnectionError, ApiTimeoutError, AsyncClient, Backoff

from tests.support.fault_server import (
    CannedResponse,
    RecordedRequest,
    queue_responder,
    refused_url,
    serve,
)

T = TypeVar("T")
FAST = Backoff(initial_delay=0.01, max_delay=0.05)
TOKEN = {"access_token": "EAAAtoken", "token_type": "bearer"}
BODY = {"client_id": "APP", "grant_type": "refresh_token", "refresh_token": "R"}


def run(main: Callable[[], Coroutine[Any, Any, T]]) -> T:
    return asyncio.run(main())


def test_async_503_then_200_succeeds_with_one_retry() -> None:
    status = {"client_id": "APP", "merchant_id": "MERCHANT1"}
    responder = queue_responder(CannedResponse.json(503, {}), CannedResponse.json(200, status))
    with serve(responder) as server:

        async def main() -> int:
            async with AsyncClient(base_url=server.url, backoff=FAST, access_token="T") as client:
                # retrieve_token_status: a POST the spec marks x-idempotent, so retried
                result = await client.o_auth.retrieve_token_status()
                assert result.is_success()
                assert result.data is not None and result.data.merchant_id == "MERCHANT1"
                return result.retries

        assert run(main) == 1
    assert len(server.requests) == 2


def test_concurrent_calls_are_in_flight_together() -> None:
    calls = 5
    # The server answers only once all five requests have arrived: the calls must overlap.
    everyone_here = threading.Barrier(calls, timeout=5)

    def responder(request: RecordedRequest) -> CannedResponse:
        everyone_here.wait()
        return CannedResponse.json(200, {"merchant_id": request.headers["X-Call"]})

    with serve(responder) as server:

        async def main() -> list[str | None]:
            async with AsyncClient(base_url=server.url, access_token="EAAA") as client:
                results = await asyncio.gather(
                    *(
                        client.o_auth.retrieve_token_status(extra_headers={"X-Call": str(n)})
                        for n in range(calls)
                    )
                )
            return [r.data.merchant_id if r.data else None for r in results]

        assert run(main) == [str(n) for n in range(calls)]
    assert server.errors == []


@pytest.mark.slow
def test_async_read_timeout_raises_api_timeout_error_in_time() -> None:
    slow = CannedResponse.json(200, TOKEN, delay_s=10)
    with serve(queue_responder(slow)) as server:

        async def main() -> None:
            async with AsyncClient(base_url=server.url, timeout=0.3, max_retries=0) as client:
                await client.o_auth.obtain_token(body=BODY)

        started = time.monotonic()
        with pytest.raises(ApiTimeoutError) as raised:
            run(main)
        elapsed = time.monotonic() - started
    assert 0.3 <= elapsed < 0.3 + 1.0
    # The read timeout and the attempt deadline (both 0.3 s) end the wait together.
    assert isinstance(raised.value.__cause__, httpx.TimeoutException)


def test_async_connection_refused_after_the_configured_retries() -> None:
    async def main() -> None:
        async with AsyncClient(base_url=refused_url(), max_retries=2, backoff=FAST) as client:
            await client.o_auth.obtain_token(body=BODY)

    with pytest.raises(ApiConnectionError, match="after 2 retries") as raised:
        run(main)
    assert raised.value.retries == 2 and not isinstance(raised.value, ApiTimeoutError)


def test_async_deprecated_operation_warns_at_the_awaiting_line() -> None:
    with serve(queue_responder(CannedResponse.json(200, {}))) as server:

        async def main() -> None:
            async with AsyncClient(base_url=server.url, oauth2_client_secret="Client S") as client:
                for _ in range(3):
                    await client.o_auth.renew_token(client_id="C", body={"access_token": "T"})

        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("default")  # Python's rule: once per call site
            run(main)
    deprecations = [w for w in caught if w.category is DeprecationWarning]
    assert len(deprecations) == 1
    assert deprecations[0].filename == __file__
    assert "renew_token is deprecated" in str(deprecations[0].message)


def test_async_client_closes_its_pool_but_not_a_given_one() -> None:
    async def main() -> tuple[bool, bool]:
        async with AsyncClient() as own:
            pool = own.http_client
        given = httpx.AsyncClient()
        async with AsyncClient(http_client=given) as borrowing:
            assert borrowing.http_client is given
        still_open = not given.is_closed
        await given.aclose()
        return pool.is_closed, still_open

    assert run(main) == (True, True)
