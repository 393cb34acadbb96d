"""Answers that are not what they seem: a redirect, or a success without its body.

``is_success()`` must mean ``data`` holds the declared response. A 3xx that was not followed
and a 2xx whose declared body is missing or ``null`` are error results with a ``problem``,
never successes (before, both came back as successes, the redirect with ``data`` parsed
from its own body). Sync and async, against the local fault server.
"""

from __future__ import annotations

import asyncio
import importlib
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from square_oauth import ApiConnectionError, ApiStatusError, AsyncClient, Client

from generator.cli import main
from tests.support.fault_server import CannedResponse, FaultServer, queue_responder, serve

TOKEN = {"access_token": "EAAAtoken", "token_type": "bearer"}
BODY = {"client_id": "APP", "grant_type": "refresh_token", "refresh_token": "R"}


def _sync_call(server: FaultServer, **settings: Any) -> Any:
    with Client(base_url=server.url, **settings) as client:
        return client.o_auth.obtain_token(body=BODY)


def _async_call(server: FaultServer, **settings: Any) -> Any:
    async def main() -> Any:
        async with AsyncClient(base_url=server.url, **settings) as client:
            return await client.o_auth.obtain_token(body=BODY)

    return asyncio.run(main())


CALLS = {"sync": _sync_call, "async": _async_call}
KINDS = pytest.mark.parametrize("kind", ["sync", "async"])


@KINDS
def test_a_redirect_to_itself_is_an_error_result(kind: str) -> None:
    loop = CannedResponse.json(302, TOKEN, headers={"Location": "/oauth2/token"})
    with serve(queue_responder(loop)) as server:
        result = CALLS[kind](server)
    assert result.is_error() and not result.is_success()
    assert result.status_code == 302 and result.data is None
    assert result.problem is not None and "redirect, not followed" in result.problem
    assert len(server.requests) == 1  # not followed, not retried
    with pytest.raises(ApiStatusError, match="HTTP 302: a redirect, not followed") as raised:
        result.raise_for_error()
    assert raised.value.status_code == 302


@KINDS
def test_a_307_with_a_json_body_gives_no_data(kind: str) -> None:
    moved = CannedResponse.json(307, TOKEN, headers={"Location": "/elsewhere"})
    with serve(queue_responder(moved)) as server:
        result = CALLS[kind](server)
    assert result.is_error() and result.data is None
    assert result.body == TOKEN  # what the server sent stays readable
    assert result.headers["location"] == "/elsewhere"


def test_a_client_that_follows_redirects_gets_to_the_target() -> None:
    def answer(request: Any) -> CannedResponse:
        if request.path == "/oauth2/token":
            return CannedResponse.json(307, {}, headers={"Location": "/v2/oauth2/token"})
        return CannedResponse.json(200, TOKEN)

    with serve(answer) as server, httpx.Client(follow_redirects=True) as http:
        result = _sync_call(server, http_client=http)
    assert result.is_success() and result.data.access_token == "EAAAtoken"
    assert [r.path for r in server.requests] == ["/oauth2/token", "/v2/oauth2/token"]


def test_a_redirect_loop_followed_raises_once() -> None:
    loop = CannedResponse.json(302, {}, headers={"Location": "/oauth2/token"})
    with serve(queue_responder(loop)) as server, httpx.Client(follow_redirects=True) as http:
        with pytest.raises(ApiConnectionError, match="TooManyRedirects") as raised:
            _sync_call(server, http_client=http, max_retries=3)
    assert raised.value.retries == 0


@KINDS
@pytest.mark.parametrize(
    ("answer", "problem"),
    [
        (CannedResponse(200, {"Content-Type": "application/json"}, b""), "no body"),
        (CannedResponse.empty(200), "no body"),
        (CannedResponse(200, {"Content-Type": "application/json"}, b"null"), "a JSON null"),
    ],
    ids=["empty-json", "empty-untyped", "null"],
)
def test_a_success_without_its_declared_body_is_an_error_result(
    kind: str, answer: CannedResponse, problem: str
) -> None:
    with serve(queue_responder(answer)) as server:
        result = CALLS[kind](server)
    assert result.status_code == 200
    assert result.is_error() and not result.is_success() and result.data is None
    assert result.problem == f"{problem} where the spec declares a response body"
    assert "problem=" in repr(result)
    with pytest.raises(ApiStatusError, match=f"HTTP 200: {problem} where"):
        result.raise_for_error()


@KINDS
def test_an_empty_object_is_still_a_body(kind: str) -> None:
    with serve(queue_responder(CannedResponse.json(200, {}))) as server:
        result = CALLS[kind](server)
    assert result.is_success() and result.data is not None and result.problem is None


# -- statuses the spec documents without a body -------------------------------------------

BODYLESS_SPEC = """\
openapi: 3.0.3
info: {title: Bodyless, version: "1"}
servers: [{url: "http://localhost"}]
paths:
  /things/{id}:
    put:
      operationId: putThing
      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
      responses:
        "200":
          description: changed
          content:
            application/json:
              schema: {type: object, properties: {name: {type: string}}}
        "204": {description: nothing changed}
  /maybe:
    get:
      operationId: getMaybe
      responses:
        "200":
          description: a thing, or null
          content:
            application/json:
              schema: {type: object, nullable: true, properties: {name: {type: string}}}
"""


@pytest.fixture(scope="module")
def bodyless(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    root = tmp_path_factory.mktemp("bodyless")
    spec = root / "bodyless.yaml"
    spec.write_text(BODYLESS_SPEC, encoding="utf-8")
    out = root / "out"
    assert main(["generate", str(spec), "-o", str(out), "--package-name", "bodyless_api"]) == 0
    sys.path.insert(0, str(out))
    try:
        yield importlib.import_module("bodyless_api")
    finally:
        sys.path.remove(str(out))


def test_the_model_knows_which_statuses_have_no_body(bodyless: Any) -> None:
    api = Path(bodyless.__file__).parent / "apis" / "default.py"
    assert 'bodyless=("204",),' in api.read_text(encoding="utf-8")


def test_a_documented_204_is_a_success_but_an_empty_200_is_not(bodyless: Any) -> None:
    responder = queue_responder(CannedResponse.empty(204), CannedResponse.empty(200))
    with serve(responder) as server, bodyless.Client(base_url=server.url) as client:
        unchanged = client.default.put_thing(id="a")
        empty = client.default.put_thing(id="a")
    assert unchanged.status_code == 204 and unchanged.is_success()
    assert empty.status_code == 200 and empty.is_error()
    assert empty.problem == "no body where the spec declares a response body"


def test_null_is_a_success_where_the_schema_is_nullable(bodyless: Any) -> None:
    null = CannedResponse(200, {"Content-Type": "application/json"}, b"null")
    with serve(queue_responder(null, CannedResponse.empty(200))) as server:
        with bodyless.Client(base_url=server.url) as client:
            nothing = client.default.get_maybe()
            empty = client.default.get_maybe()
    assert nothing.is_success() and nothing.data is None
    assert empty.is_error() and empty.problem is not None
