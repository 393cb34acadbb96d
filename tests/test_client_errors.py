"""Error paths of the generated client, against a small local HTTP server."""

from __future__ import annotations

import pytest
from square_oauth import ApiStatusError, Client, MissingCredentialError
from square_oauth.models import Error, ErrorCategory, ErrorCode

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
