"""Typed errors (issue 15): error answers decode into the models the spec declares.

The client is generated from ``tests/specs/valid/errors-media.yaml`` and talks to the
local fault server. Before the change an error answer of a non-Square API left
``result.errors`` empty, no model held it, and ``raise_for_error()`` said only
``HTTP 404: error response``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.conftest import ROOT
from tests.support.fault_server import CannedResponse, queue_responder, serve
from tests.support.specs import imported_package

SPEC = ROOT / "tests" / "specs" / "valid" / "errors-media.yaml"
PACKAGE = "errors_media"


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    out = tmp_path_factory.mktemp("errors-media") / "out"
    with imported_package(SPEC, out, PACKAGE) as package:
        yield package


def _get_pet(package: Any, answer: CannedResponse) -> Any:
    with serve(queue_responder(answer)) as server:
        with package.Client(base_url=server.url, max_retries=0) as client:
            return client.pets.get_pet(pet_id=7)


def test_a_status_decodes_into_its_own_model(package: Any) -> None:
    body = {"name": "Not Found", "message": "Pet 7 does not exist.", "status": 404}
    result = _get_pet(package, CannedResponse.json(404, body))
    assert result.is_error()
    assert isinstance(result.error, package.models.NotFound)
    assert result.error.message == "Pet 7 does not exist."
    with pytest.raises(package.ApiStatusError) as raised:
        result.raise_for_error()
    assert str(raised.value) == "HTTP 404: Pet 7 does not exist."
    assert raised.value.error is result.error
    assert raised.value.body == body


def test_a_range_decodes_problem_json_and_names_its_title(package: Any) -> None:
    body = {"type": "about:blank", "title": "Conflict", "detail": "Pet 7 is being adopted"}
    answer = CannedResponse.json(409, body, headers={"Content-Type": "application/problem+json"})
    result = _get_pet(package, answer)
    assert isinstance(result.error, package.models.Problem)
    assert result.error.detail == "Pet 7 is being adopted"
    with pytest.raises(package.ApiStatusError, match=r"^HTTP 409: Conflict: Pet 7 is being"):
        result.unwrap()


def test_default_covers_the_other_statuses_and_keeps_secrets_out(package: Any) -> None:
    body = {"ok": False, "error": "invalid_auth", "access_token": "xoxb-SECRET"}
    result = _get_pet(package, CannedResponse.json(500, body))
    assert isinstance(result.error, package.models.SlackError)
    assert result.error.error == "invalid_auth"
    with pytest.raises(package.ApiStatusError) as raised:
        result.raise_for_error()
    assert str(raised.value) == "HTTP 500: invalid_auth"
    assert "xoxb" not in repr(result)


def test_an_error_body_that_does_not_match_its_model_is_kept_raw(package: Any) -> None:
    # NotFound requires ``message``: the answer stays readable, and never raises on read.
    body = {"error": {"message": "gone for good", "code": 17}}
    result = _get_pet(package, CannedResponse.json(404, body))
    assert result.error is None
    assert result.body == body
    with pytest.raises(package.ApiStatusError, match=r"^HTTP 404: gone for good$"):
        result.raise_for_error()


def test_a_long_or_text_error_body_gives_a_short_line(package: Any) -> None:
    result = _get_pet(package, CannedResponse.json(404, {"message": "x " * 500}))
    with pytest.raises(package.ApiStatusError) as raised:
        result.raise_for_error()
    message = str(raised.value)
    assert message.startswith("HTTP 404: x x") and message.endswith("...")
    assert len(message) < 220
    page = "<html><body>token=abc123 not found</body></html>"
    result = _get_pet(package, CannedResponse.text(404, page, content_type="text/html"))
    assert result.error is None
    with pytest.raises(package.ApiStatusError) as raised:
        result.raise_for_error()
    assert str(raised.value) == "HTTP 404: error response"


def test_a_success_has_no_error(package: Any) -> None:
    result = _get_pet(package, CannedResponse.json(200, {"id": 7, "name": "Rex"}))
    assert result.error is None
    assert result.unwrap().name == "Rex"


def test_async_client_decodes_errors_too(package: Any) -> None:
    import anyio

    body = {"name": "Not Found", "message": "Pet 7 does not exist.", "status": 404}
    with serve(queue_responder(CannedResponse.json(404, body))) as server:

        async def call() -> Any:
            async with package.AsyncClient(base_url=server.url, max_retries=0) as client:
                return await client.pets.get_pet(pet_id=7)

        result = anyio.run(call)
    assert isinstance(result.error, package.models.NotFound)


def test_square_keeps_its_errors_list_and_gets_the_typed_error() -> None:
    from square_oauth import ApiStatusError, Client
    from square_oauth.models import ErrorResponse

    body = {"errors": [{"category": "AUTHENTICATION_ERROR", "code": "UNAUTHORIZED"}]}
    with serve(queue_responder(CannedResponse.json(401, body))) as server:
        with Client(base_url=server.url, max_retries=0) as client:
            result = client.o_auth.obtain_token(body={"client_id": "APP"})
    assert [e.code for e in result.errors] == ["UNAUTHORIZED"]
    assert isinstance(result.error, ErrorResponse)
    with pytest.raises(ApiStatusError, match=r"^HTTP 401: UNAUTHORIZED$"):
        result.raise_for_error()
