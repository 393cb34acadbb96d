"""Retries that never repeat a side effect, against real servers on 127.0.0.1.

``obtain_token`` spends a single-use authorization code: a POST without an idempotency
key, so after a timeout, a dropped connection or a 5xx it is not sent again (the server
may have acted on it); it is only when the connection could not be made. The operations
of ``payments_api`` (generated here from a Square-shaped spec) carry an idempotency key in
the body or a header, are marked ``x-idempotent``, or are plain POSTs.
"""

from __future__ import annotations

import asyncio
import importlib
import sys
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from square_oauth import ApiConnectionError, ApiTimeoutError, AsyncClient, Backoff, Client
from square_oauth._core.retry import retry_after, retry_reason, should_retry

from generator.cli import main
from tests.support.fault_server import (
    CannedResponse,
    RecordedRequest,
    queue_responder,
    refused_url,
    serve,
)

FAST = Backoff(initial_delay=0.01, max_delay=0.05, max_retry_after=5.0)
TOKEN = {"access_token": "EAAAtoken", "token_type": "bearer"}
CODE = {"client_id": "APP", "grant_type": "authorization_code", "code": "single-use"}
STATUS = {"client_id": "APP", "merchant_id": "MERCHANT1"}
PAYMENTS_SPEC = """\
openapi: 3.0.3
info: {title: Payments, version: "1"}
servers: [{url: "https://connect.example.com"}]
components:
  securitySchemes:
    oauth2: {type: http, scheme: bearer}
  schemas:
    CreatePaymentRequest:
      type: object
      required: [amount]
      properties:
        idempotency_key: {type: string}
        amount: {type: integer}
    Payment:
      type: object
      properties:
        id: {type: string}
        amount: {type: integer}
security: [{oauth2: []}]
paths:
  /payments:
    post:
      operationId: CreatePayment
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: "#/components/schemas/CreatePaymentRequest"}
      responses:
        "200":
          description: created
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Payment"}
  /payouts:
    post:
      operationId: CreatePayout
      requestBody:
        required: false
        content:
          application/json:
            schema: {$ref: "#/components/schemas/CreatePaymentRequest"}
      responses:
        "200": {description: paid out}
  /refunds:
    post:
      operationId: RefundPayment
      parameters:
        - {name: Idempotency-Key, in: header, schema: {type: string}}
      requestBody:
        content:
          application/json:
            schema: {type: object, properties: {payment_id: {type: string}}}
      responses:
        "200": {description: refunded}
  /payments/search:
    post:
      operationId: SearchPayments
      x-idempotent: true
      responses:
        "200": {description: found}
  /payments/{id}/capture:
    post:
      operationId: CapturePayment
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
      responses:
        "200": {description: captured}
  /payments/{id}:
    get:
      operationId: GetPayment
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
      responses:
        "200":
          description: the payment
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Payment"}
"""


@pytest.fixture(scope="module")
def payments(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    root = tmp_path_factory.mktemp("payments")
    spec = root / "payments.yaml"
    spec.write_text(PAYMENTS_SPEC, encoding="utf-8")
    out = root / "out"
    assert main(["generate", str(spec), "-o", str(out), "--package-name", "payments_api"]) == 0
    sys.path.insert(0, str(out))
    try:
        yield importlib.import_module("payments_api")
    finally:
        sys.path.remove(str(out))


def _timing_out_first_post() -> tuple[list[RecordedRequest], Any]:
    """A responder whose first request gets no answer for 10 s; later ones, tokens."""
    attempts: list[RecordedRequest] = []

    def responder(request: RecordedRequest) -> CannedResponse:
        attempts.append(request)
        if len(attempts) == 1:
            return CannedResponse.json(200, TOKEN, delay_s=10)
        return CannedResponse.json(200, TOKEN)

    return attempts, responder


def test_a_timed_out_obtain_token_is_sent_exactly_once() -> None:
    attempts, responder = _timing_out_first_post()
    with serve(responder) as server:
        with Client(base_url=server.url, backoff=FAST, timeout=0.3, max_retries=2) as client:
            with pytest.raises(ApiTimeoutError, match="after 0 retries") as raised:
                client.o_auth.obtain_token(body=CODE)
    assert raised.value.retries == 0
    assert [(r.method, r.path) for r in attempts] == [("POST", "/oauth2/token")]


def test_a_timed_out_obtain_token_is_sent_exactly_once_async() -> None:
    attempts, responder = _timing_out_first_post()

    async def main() -> None:
        async with AsyncClient(base_url=server.url, backoff=FAST, timeout=0.3) as client:
            await client.o_auth.obtain_token(body=CODE)

    with serve(responder) as server:
        with pytest.raises(ApiTimeoutError, match="after 0 retries"):
            asyncio.run(main())
    assert len(attempts) == 1


def test_a_5xx_or_a_dropped_connection_after_obtain_token_is_not_retried() -> None:
    responder = queue_responder(
        CannedResponse.json(503, {}), CannedResponse.disconnect(), CannedResponse.json(200, TOKEN)
    )
    with serve(responder) as server, Client(base_url=server.url, backoff=FAST) as client:
        failed = client.o_auth.obtain_token(body=CODE)
        with pytest.raises(ApiConnectionError, match="after 0 retries"):
            client.o_auth.obtain_token(body=CODE)
    assert failed.status_code == 503 and failed.retries == 0
    assert len(server.requests) == 2


def test_obtain_token_is_retried_when_the_request_never_left() -> None:
    # Nothing listens there: the connection fails before a byte of the request is sent.
    with Client(base_url=refused_url(), backoff=FAST, max_retries=2) as client:
        with pytest.raises(ApiConnectionError, match="failed after 2 retries") as raised:
            client.o_auth.obtain_token(body=CODE)
    assert isinstance(raised.value.__cause__, httpx.ConnectError)


def test_the_server_may_allow_or_forbid_a_retry_with_x_should_retry() -> None:
    allowed = CannedResponse.json(503, {}, headers={"x-should-retry": "true"})
    forbidden = CannedResponse.json(503, {}, headers={"X-Should-Retry": "false"})
    responder = queue_responder(allowed, CannedResponse.json(200, TOKEN), forbidden)
    with serve(responder) as server:
        with Client(base_url=server.url, backoff=FAST, access_token="T") as client:
            # obtain_token is not idempotent, yet the server says it did not act on it.
            tokens = client.o_auth.obtain_token(body=CODE)
            # retrieve_token_status is (x-idempotent), yet the server says not to retry.
            status = client.o_auth.retrieve_token_status()
    assert tokens.is_success() and tokens.retries == 1
    assert status.status_code == 503 and status.retries == 0
    assert len(server.requests) == 3


def test_retry_after_ms_wins_over_retry_after() -> None:
    both = httpx.Headers({"retry-after-ms": "250", "Retry-After": "30"})
    assert retry_after(both) == 0.25
    assert retry_after(httpx.Headers({"retry-after-ms": "soon", "Retry-After": "2"})) == 2.0
    assert retry_after(httpx.Headers({"retry-after-ms": "-5"})) == 0.0
    assert should_retry(httpx.Headers({"x-should-retry": " TRUE "})) is True
    assert should_retry(httpx.Headers({"x-should-retry": "maybe"})) is None
    # Without x-should-retry a 503 is retried only when the request is idempotent.
    assert retry_reason(httpx.Response(503), idempotent=True) == "HTTP 503"
    assert retry_reason(httpx.Response(503), idempotent=False) is None


def test_retry_after_ms_sets_the_wait_against_a_server() -> None:
    slow_backoff = Backoff(initial_delay=30.0, max_delay=30.0, max_retry_after=5.0)
    responder = queue_responder(
        CannedResponse.json(429, {}, headers={"retry-after-ms": "10"}),
        CannedResponse.json(200, STATUS),
    )
    with serve(responder) as server:
        # With the 30 s backoff this would not finish before the server's 10 s shutdown.
        with Client(base_url=server.url, backoff=slow_backoff, access_token="T") as client:
            result = client.o_auth.retrieve_token_status()
    assert result.is_success() and result.retries == 1


def test_a_body_idempotency_key_is_made_up_once_and_kept_across_attempts(payments: Any) -> None:
    responder = queue_responder(
        CannedResponse.json(503, {}), CannedResponse.json(200, {"id": "P1", "amount": 100})
    )
    with serve(responder) as server:
        with payments.Client(base_url=server.url, backoff=FAST, access_token="T") as client:
            made = client.default.create_payment(body={"amount": 100})
            given = client.default.create_payment(body={"amount": 5, "idempotency_key": "mine"})
    assert made.is_success() and made.retries == 1 and given.retries == 0
    first, second, third = (r.json() for r in server.requests)
    assert first == second and first["amount"] == 100
    assert uuid.UUID(first["idempotency_key"]).version == 4
    assert third == {"amount": 5, "idempotency_key": "mine"}


def test_a_keyed_operation_sent_without_its_key_is_not_retried(payments: Any) -> None:
    # CreatePayout's body (which holds the key) is optional: without a body, no key.
    responder = queue_responder(CannedResponse.json(503, {}), CannedResponse.empty(200))
    with serve(responder) as server:
        with payments.Client(base_url=server.url, backoff=FAST, access_token="T") as client:
            bare = client.default.create_payout()
            keyed = client.default.create_payout(body={"amount": 1})
    assert bare.status_code == 503 and bare.retries == 0
    assert keyed.is_success() and keyed.retries == 0
    assert len(server.requests) == 2 and server.requests[0].body == b""
    assert "idempotency_key" in server.requests[1].json()


def test_a_header_idempotency_key_is_made_up_once_and_kept(payments: Any) -> None:
    responder = queue_responder(CannedResponse.json(500, {}), CannedResponse.empty(200))
    with serve(responder) as server:
        with payments.Client(base_url=server.url, backoff=FAST, access_token="T") as client:
            made = client.default.refund_payment(body={"payment_id": "P1"})
            given = client.default.refund_payment(idempotency_key="k-1")
            extra = client.default.refund_payment(extra_headers={"idempotency-key": "k-2"})
    assert made.retries == 1 and given.retries == 0 and extra.retries == 0
    keys = [r.headers.get("Idempotency-Key") for r in server.requests]
    assert keys[0] == keys[1] and uuid.UUID(str(keys[0])).version == 4
    assert keys[2:] == ["k-1", "k-2"]
    assert len(server.requests[3].headers.get_all("Idempotency-Key")) == 1


def test_x_idempotent_posts_are_retried_and_plain_posts_are_not(payments: Any) -> None:
    responder = queue_responder(CannedResponse.json(503, {}), CannedResponse.empty(200))
    with serve(responder) as searched:
        with payments.Client(base_url=searched.url, backoff=FAST, access_token="T") as client:
            search = client.default.search_payments()
    with serve(queue_responder(CannedResponse.json(503, {}))) as captured:
        with payments.Client(base_url=captured.url, backoff=FAST, access_token="T") as client:
            capture = client.default.capture_payment(id="P1")
    assert search.retries == 1 and len(searched.requests) == 2
    assert capture.retries == 0 and len(captured.requests) == 1


def test_the_model_tells_the_runtime_only_what_the_method_does_not(payments: Any) -> None:
    from pathlib import Path

    source = (Path(payments.__file__).parent / "apis" / "default.py").read_text()
    assert source.count("idempotent=True,") == 1  # search: x-idempotent; a key says itself
    assert 'idempotency_key=("body", "idempotency_key"),' in source
    assert 'idempotency_key=("header", "Idempotency-Key"),' in source
    assert "idempotent=False" not in source  # a POST without a key: the runtime's default
