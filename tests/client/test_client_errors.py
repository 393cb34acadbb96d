"""Error paths of the generated client, against a small local HTTP server."""

from __future__ import annotations

import ast
from collections.abc import Callable

import httpx
import pydantic
import pytest
from square_oauth import (
    ApiResponseValidationError,
    ApiStatusError,
    Client,
    MissingCredentialError,
)
from square_oauth._core.deadline import AttemptTimeout
from square_oauth.models import Error, ErrorCategory, ErrorCode, ObtainTokenRequest

from tests.conftest import GENERATED
from tests.support.fault_server import CannedResponse, queue_responder, serve

UNAUTHORIZED = {
    "errors": [
        {
            "category": "AUTHENTICATION_ERROR",
            "code": "UNAUTHORIZED",
            "detail": "This request could not be authorized.",
        }
    ]
}


def test_401_with_square_errors_is_an_error_result_with_typed_errors() -> None:
    with serve(queue_responder(CannedResponse.json(401, UNAUTHORIZED))) as server:
        result = Client(base_url=server.url, access_token="EAAAbad").o_auth.retrieve_token_status()
    assert result.is_error() and not result.is_success()
    assert result.status_code == 401
    assert result.data is None
    assert result.body == UNAUTHORIZED
    assert len(result.errors) == 1
    error = result.errors[0]
    assert isinstance(error, Error)
    assert error.category is ErrorCategory.AUTHENTICATION_ERROR
    assert error.code is ErrorCode.UNAUTHORIZED
    with pytest.raises(ApiStatusError, match="HTTP 401: UNAUTHORIZED") as raised:
        result.raise_for_error()
    assert raised.value.status_code == 401 and raised.value.errors == result.errors
    request = server.requests[0]
    assert request.path == "/oauth2/token/status"
    assert request.headers["Authorization"] == "Bearer EAAAbad"
    assert request.headers["Square-Version"] == "2025-08-20"


def test_errors_in_a_200_body_make_the_result_an_error() -> None:
    body = {"success": False, **UNAUTHORIZED}
    with serve(queue_responder(CannedResponse.json(200, body))) as server:
        result = Client(base_url=server.url).o_auth.revoke_token(
            body={"client_id": "C"}, authorization="Client S"
        )
    assert result.status_code == 200 and result.is_error()
    assert result.data is not None and result.data.success is False


def test_unknown_fields_and_enum_values_still_parse() -> None:
    body = {
        "access_token": "EAAAnew",
        "token_type": "bearer",
        "brand_new_field": {"x": 1},
        "errors": [{"category": "SOMETHING_NEW", "code": "NEW_CODE"}],
    }
    with serve(queue_responder(CannedResponse.json(200, body))) as server:
        result = Client(base_url=server.url).o_auth.obtain_token(
            body={"client_id": "A", "grant_type": "refresh_token", "refresh_token": "R"}
        )
    assert result.data is not None
    assert result.data.access_token == "EAAAnew"
    assert result.data.model_extra == {"brand_new_field": {"x": 1}}
    assert result.errors[0].category == "SOMETHING_NEW"
    assert result.errors[0].code.value == "NEW_CODE"


def test_missing_credential_sends_nothing() -> None:
    with serve(queue_responder(CannedResponse.json(200, {}))) as server:
        with pytest.raises(MissingCredentialError, match="revoke_token needs a credential"):
            Client(base_url=server.url).o_auth.revoke_token(body={"client_id": "C"})
        assert server.requests == []


def test_per_call_authorization_overrides_the_client_setting() -> None:
    with serve(queue_responder(CannedResponse.json(200, {"success": True}))) as server:
        client = Client(base_url=server.url, oauth2_client_secret="Client DEFAULT")
        client.o_auth.revoke_token(body={"client_id": "C"})
        client.o_auth.revoke_token(body={"client_id": "C"}, authorization="Client OVERRIDE")
    assert [r.headers["Authorization"] for r in server.requests] == [
        "Client DEFAULT",
        "Client OVERRIDE",
    ]


def test_operations_without_auth_send_no_credentials() -> None:
    with serve(queue_responder(CannedResponse.json(200, {"access_token": "EAAAx"}))) as server:
        Client(
            base_url=server.url, access_token="EAAAsecret", oauth2_client_secret="Client S"
        ).o_auth.obtain_token(
            body={"client_id": "A", "grant_type": "refresh_token", "refresh_token": "R"}
        )
    assert "Authorization" not in server.requests[0].headers
    assert server.requests[0].json() == {
        "client_id": "A",
        "grant_type": "refresh_token",
        "refresh_token": "R",
    }


def test_path_parameters_are_percent_encoded() -> None:
    with serve(queue_responder(CannedResponse.json(200, {}))) as server:
        with pytest.warns(DeprecationWarning):
            Client(base_url=server.url).o_auth.renew_token(
                client_id="a/b c?d", body={"access_token": "T"}, authorization="Client S"
            )
    assert server.requests[0].path == "/oauth2/clients/a%2Fb%20c%3Fd/access-token/renew"


def test_secrets_do_not_show_in_model_repr() -> None:
    with serve(
        queue_responder(
            CannedResponse.json(
                200, {"access_token": "EAAAtopsecret", "refresh_token": "EQAAtopsecret"}
            )
        )
    ) as server:
        result = Client(base_url=server.url).o_auth.obtain_token(
            body={"client_id": "A", "grant_type": "refresh_token", "refresh_token": "R"}
        )
    assert result.data is not None and result.data.access_token == "EAAAtopsecret"
    assert "topsecret" not in repr(result.data) and "topsecret" not in str(result.data)


# -- the README names every exception a call can raise ------------------------------------

PACKAGE = GENERATED / "square_oauth"


def _exceptions_section() -> str:
    readme = (GENERATED / "README.md").read_text(encoding="utf-8")
    start = readme.index("\n## Exceptions\n")
    return readme[start : readme.index("\n## ", start + 1)]


def _raised_classes() -> set[tuple[str, str]]:
    """(class, enclosing function) of every ``raise Class(...)`` in the generated package."""
    found: set[tuple[str, str]] = set()
    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for function in ast.walk(tree):
            if not isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)):
                continue
            for node in ast.walk(function):
                if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
                    callee = node.exc.func
                    if isinstance(callee, ast.Name) and callee.id[:1].isupper():
                        found.add((callee.id, function.name))
    return found


def test_the_readme_names_every_exception_the_package_defines_or_raises() -> None:
    section = _exceptions_section()
    defined = {
        node.name
        for node in ast.parse((PACKAGE / "errors.py").read_text(encoding="utf-8")).body
        if isinstance(node, ast.ClassDef)
    }
    assert defined >= {"ApiError", "ApiResponseValidationError", "ApiTimeoutError"}
    raised = _raised_classes()
    assert ("ApiResponseValidationError", "_validated") in raised  # the scan finds raises
    # Exceptions that never leave the package: a module's __getattr__ (Python's protocol
    # for a missing name) and the attempt deadline, an httpx error the send loop catches.
    assert issubclass(AttemptTimeout, httpx.RequestError)
    leaving = {
        name
        for name, function in raised
        if name != "AttemptTimeout" and (name, function) != ("AttributeError", "__getattr__")
    }
    missing = sorted(n for n in (defined - {"ApiError"}) | leaving if f"`{n}`" not in section)
    assert missing == []


def _malformed_json() -> CannedResponse:
    return CannedResponse(200, {"Content-Type": "application/json"}, b'{"access_token": ')


def _wrong_types() -> CannedResponse:
    return CannedResponse.json(200, {"access_token": ["not", "a", "string"]})


def _wrong_content_type() -> CannedResponse:
    return CannedResponse.text(200, "<html>maintenance</html>", content_type="text/html")


@pytest.mark.parametrize(
    "answer",
    [_malformed_json(), _wrong_types(), _wrong_content_type()],
    ids=["malformed-json", "wrong-types", "wrong-content-type"],
)
def test_a_2xx_that_breaks_the_spec_raises_what_the_readme_says(answer: CannedResponse) -> None:
    with serve(queue_responder(answer)) as server, Client(base_url=server.url) as client:
        with pytest.raises(ApiResponseValidationError) as raised:
            client.o_auth.obtain_token(body={"client_id": "A", "grant_type": "x"})
    assert raised.value.status_code == 200
    assert "`ApiResponseValidationError`" in _exceptions_section()


def _closed_client(url: str) -> None:
    client = Client(base_url=url)
    client.close()
    client.o_auth.retrieve_token_status(extra_headers={"Authorization": "x"})


MISUSES: dict[str, Callable[[str], object]] = {
    "unencodable-body": lambda url: Client(base_url=url).o_auth.obtain_token(
        body={"client_id": object()}
    ),
    "non-ascii-header": lambda url: Client(base_url=url).o_auth.obtain_token(
        body={"client_id": "A"}, extra_headers={"X-Name": "Zoë"}
    ),
    "unparsable-base-url": lambda url: Client(base_url="http://[::1").o_auth.obtain_token(
        body={"client_id": "A"}
    ),
    "closed-client": _closed_client,
    "negative-retries": lambda url: Client(base_url=url, max_retries=-1),
    "bad-model-value": lambda url: ObtainTokenRequest(client_id=["A"]),  # type: ignore[arg-type]
}


@pytest.mark.parametrize("misuse", sorted(MISUSES))
def test_mistakes_in_the_calling_code_raise_what_the_readme_says(misuse: str) -> None:
    with serve(queue_responder(CannedResponse.json(200, {}))) as server:
        with pytest.raises(Exception) as raised:
            MISUSES[misuse](server.url)
        assert server.requests == []  # none of them sends anything
    kind = type(raised.value)
    name = kind.__name__
    # Named as the user imports it: pydantic's ValidationError lives in pydantic_core.
    for library in (httpx, pydantic):
        if getattr(library, name, None) is kind:
            name = f"{library.__name__}.{name}"
    assert f"`{name}`" in _exceptions_section(), name
