"""Self-tests for the test-support servers (fault server and Prism runner)."""

from __future__ import annotations

import json
import shutil
import time
from pathlib import Path

import httpx
import pytest

from tests.support.fault_server import CannedResponse, RecordedRequest, queue_responder, serve
from tests.support.prism import PrismServer, run_prism


def _client() -> httpx.Client:
    # trust_env=False: never route 127.0.0.1 through a proxy from the environment.
    return httpx.Client(trust_env=False, timeout=10.0)


# -- fault server ---------------------------------------------------------------------------


def test_fault_server_answers_json_and_records_request() -> None:
    with serve(queue_responder(CannedResponse.json(201, {"id": 7}, {"X-Reply": "yes"}))) as srv:
        assert srv.url.startswith("http://127.0.0.1:")
        with _client() as client:
            response = client.post(
                f"{srv.url}/v1/items?expand=owner&tag=a&tag=b",
                json={"name": "widget"},
                headers={"X-Request-Id": "abc-123"},
            )

    assert response.status_code == 201
    assert response.json() == {"id": 7}
    assert response.headers["content-type"] == "application/json"
    assert response.headers["x-reply"] == "yes"

    assert len(srv.requests) == 1
    request = srv.requests[0]
    assert request.method == "POST"
    assert request.path == "/v1/items"
    assert request.query == "expand=owner&tag=a&tag=b"
    assert request.query_params == {"expand": ["owner"], "tag": ["a", "b"]}
    assert request.headers["x-request-id"] == "abc-123"  # case-insensitive
    assert request.headers["X-REQUEST-ID"] == "abc-123"
    assert ("X-Request-Id", "abc-123") in [(k.title(), v) for k, v in request.headers.pairs]
    assert request.json() == {"name": "widget"}
    assert json.loads(request.body) == {"name": "widget"}
    assert srv.errors == []


@pytest.mark.parametrize("method", ["GET", "POST", "PUT", "PATCH", "DELETE"])
def test_fault_server_handles_all_methods(method: str) -> None:
    def echo(request: RecordedRequest) -> CannedResponse:
        return CannedResponse.json(200, {"method": request.method, "body": request.text()})

    with serve(echo) as srv, _client() as client:
        body = b"" if method in ("GET", "DELETE") else b"payload"
        response = client.request(method, f"{srv.url}/thing", content=body)
    assert response.status_code == 200
    assert response.json() == {"method": method, "body": body.decode()}
    assert [r.method for r in srv.requests] == [method]


def test_fault_server_reads_chunked_request_body() -> None:
    with serve(queue_responder(CannedResponse.empty(204))) as srv, _client() as client:
        response = client.put(f"{srv.url}/upload", content=iter([b"abc", b"def"]))
    assert response.status_code == 204
    assert srv.requests[0].body == b"abcdef"


def test_queue_responder_sequences_then_repeats_last() -> None:
    responder = queue_responder(
        CannedResponse.json(503, {"error": "busy"}, headers={"Retry-After": "0"}),
        CannedResponse.json(429, {"error": "slow down"}),
        CannedResponse.json(200, {"ok": True}),
    )
    with serve(responder) as srv, _client() as client:
        statuses = [client.get(f"{srv.url}/r").status_code for _ in range(5)]
        last = client.get(f"{srv.url}/r")
    assert statuses == [503, 429, 200, 200, 200]
    assert last.json() == {"ok": True}
    assert len(srv.requests) == 6


def test_queue_responder_requires_a_response() -> None:
    with pytest.raises(ValueError):
        queue_responder()


@pytest.mark.slow
def test_fault_server_delay() -> None:
    delay = 0.3
    with (
        serve(queue_responder(CannedResponse.json(200, {"late": True}, delay_s=delay))) as srv,
        _client() as client,
    ):
        started = time.monotonic()
        response = client.get(f"{srv.url}/slow")
        elapsed = time.monotonic() - started
    assert response.json() == {"late": True}
    assert elapsed >= delay


def test_fault_server_delay_triggers_client_timeout_and_shuts_down_fast() -> None:
    started = time.monotonic()
    with serve(queue_responder(CannedResponse.json(200, {}, delay_s=30))) as srv:
        with httpx.Client(trust_env=False, timeout=0.2) as client:
            with pytest.raises(httpx.ReadTimeout):
                client.get(f"{srv.url}/slow")
    # Leaving serve() interrupts the pending delay instead of waiting 30 s.
    assert time.monotonic() - started < 5
    assert len(srv.requests) == 1


def test_fault_server_close_without_response() -> None:
    with serve(queue_responder(CannedResponse.disconnect())) as srv, _client() as client:
        with pytest.raises(httpx.RemoteProtocolError):
            client.get(f"{srv.url}/drop")
    assert [r.path for r in srv.requests] == ["/drop"]


def test_fault_server_responder_exception_becomes_500() -> None:
    def broken(_request: RecordedRequest) -> CannedResponse:
        raise KeyError("boom")

    with serve(broken) as srv, _client() as client:
        response = client.get(f"{srv.url}/x")
    assert response.status_code == 500
    assert "KeyError" in response.text
    assert len(srv.errors) == 1


# -- Prism ----------------------------------------------------------------------------------

_PING_SPEC = """\
openapi: 3.1.0
info:
  title: Ping
  version: 1.0.0
paths:
  /ping:
    get:
      operationId: ping
      responses:
        "200":
          description: Pong
          content:
            application/json:
              schema:
                type: object
                required: [ok]
                properties:
                  ok:
                    type: boolean
              example:
                ok: true
"""


@pytest.mark.slow
@pytest.mark.prism
def test_prism_serves_spec_example_and_rejects_unknown_path(tmp_path: Path) -> None:
    if shutil.which("npm") is None:
        pytest.skip("npm is not installed; Prism tests need Node.js + npm")
    spec = tmp_path / "ping.yaml"
    spec.write_text(_PING_SPEC, encoding="utf-8")

    with PrismServer(spec) as prism, _client() as client:
        assert prism.url == f"http://127.0.0.1:{prism.port}"
        pong = client.get(f"{prism.url}/ping")
        assert pong.status_code == 200, prism.log_tail()
        assert pong.json() == {"ok": True}
        missing = client.get(f"{prism.url}/nope")
        assert missing.status_code == 404, prism.log_tail()
    assert not prism.running
    assert "/ping" in prism.log_text()  # log survives shutdown

    # The URL-only context manager works too.
    with run_prism(spec) as base_url, _client() as client:
        assert client.get(f"{base_url}/ping").json() == {"ok": True}
