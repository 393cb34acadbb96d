"""The generated client against Prism, an independent server that checks every request
against spec/square-oauth.yaml (with --errors a request that breaks the spec gets 422)."""

from __future__ import annotations

import asyncio
import warnings

import pytest
from square_oauth import AsyncClient, Client, Environment, MissingCredentialError
from square_oauth.models import (
    ObtainTokenRequest,
    ObtainTokenResponse,
    RetrieveTokenStatusResponse,
    RevokeTokenResponse,
)

from tests.support.prism import PrismServer

pytestmark = pytest.mark.prism


def _assert_accepted(result: object, prism: PrismServer) -> None:
    status = result.status_code
    assert status == 200, f"Prism answered {status}:\n{prism.log_text()[-3000:]}"


@pytest.mark.slow
def test_the_seed_snippet_works_against_prism(oauth_prism: PrismServer) -> None:
    client = Client(base_url=oauth_prism.url)
    o_auth_api = client.o_auth
    result = o_auth_api.obtain_token(
        body={
            "client_id": "APPLICATION_ID",
            "client_secret": "APPLICATION_SECRET",
            "code": "CODE_FROM_AUTHORIZE",
            "grant_type": "authorization_code",
            "scopes": ["MERCHANT_PROFILE_READ"],
        }
    )
    _assert_accepted(result, oauth_prism)
    assert result.is_success() and not result.is_error()
    assert isinstance(result.data, ObtainTokenResponse)
    assert result.data.access_token and result.data.token_type == "bearer"
    assert result.errors == []

    revoked = o_auth_api.revoke_token(
        body={"client_id": "CLIENT_ID", "access_token": "ACCESS_TOKEN"},
        authorization="Client CLIENT_SECRET",
    )
    _assert_accepted(revoked, oauth_prism)
    assert isinstance(revoked.data, RevokeTokenResponse) and revoked.data.success is True

    with pytest.warns(DeprecationWarning, match="renew_token is deprecated"):
        renewed = o_auth_api.renew_token(
            client_id="CLIENT_ID",
            body={"access_token": "ACCESS_TOKEN"},
            authorization="Client CLIENT_SECRET",
        )
    _assert_accepted(renewed, oauth_prism)

    status = Client(base_url=oauth_prism.url, access_token="EAAAtoken").o_auth
    checked = status.retrieve_token_status()
    _assert_accepted(checked, oauth_prism)
    assert isinstance(checked.data, RetrieveTokenStatusResponse)
    assert checked.data.scopes


def test_typed_request_model_and_client_level_secret(oauth_prism: PrismServer) -> None:
    with Client(base_url=oauth_prism.url, oauth2_client_secret="Client SECRET") as client:
        result = client.o_auth.obtain_token(
            body=ObtainTokenRequest(
                client_id="APP", grant_type="refresh_token", refresh_token="REFRESH"
            )
        )
        _assert_accepted(result, oauth_prism)
        revoked = client.o_auth.revoke_token(body={"merchant_id": "MLQW2MYBY81PZ"})
        _assert_accepted(revoked, oauth_prism)


def test_a_request_that_breaks_the_spec_is_rejected_by_prism(oauth_prism: PrismServer) -> None:
    # The control: Prism really validates, so the 200s above mean something.
    result = Client(base_url=oauth_prism.url).o_auth.obtain_token(body={"client_id": "x"})
    assert result.status_code in (400, 422)
    assert result.is_error()


def test_missing_credential_fails_before_sending(oauth_prism: PrismServer) -> None:
    with pytest.raises(MissingCredentialError, match=r"authorization=.*oauth2_client_secret"):
        Client(base_url=oauth_prism.url).o_auth.revoke_token(body={"client_id": "CLIENT_ID"})
    with pytest.raises(MissingCredentialError, match="access_token"):
        Client(base_url=oauth_prism.url).o_auth.retrieve_token_status()


def test_async_client_has_the_same_api(oauth_prism: PrismServer) -> None:
    async def main() -> list[int]:
        async with AsyncClient(
            base_url=oauth_prism.url, access_token="EAAAtoken", oauth2_client_secret="Client SECRET"
        ) as client:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", DeprecationWarning)
                results = await asyncio.gather(
                    client.o_auth.obtain_token(
                        body={
                            "client_id": "APPLICATION_ID",
                            "grant_type": "refresh_token",
                            "refresh_token": "REFRESH_TOKEN",
                        }
                    ),
                    client.o_auth.revoke_token(body={"client_id": "APPLICATION_ID"}),
                    client.o_auth.renew_token(
                        client_id="APPLICATION_ID", body={"access_token": "ACCESS_TOKEN"}
                    ),
                    client.o_auth.retrieve_token_status(),
                )
            return [r.status_code for r in results]

    assert asyncio.run(main()) == [200, 200, 200, 200]


def test_environments_come_from_the_spec_servers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SQUARE_OAUTH_BASE_URL", raising=False)
    assert Environment.PRODUCTION.value == "https://connect.squareup.com"
    assert Environment.SANDBOX.value == "https://connect.squareupsandbox.com"
    assert Client().base_url == Environment.PRODUCTION.value
    assert Client(environment=Environment.SANDBOX).base_url == Environment.SANDBOX.value
    monkeypatch.setenv("SQUARE_OAUTH_BASE_URL", "http://127.0.0.1:9")
    assert Client().base_url == "http://127.0.0.1:9"
    assert Client(environment=Environment.SANDBOX).base_url == Environment.SANDBOX.value
    assert Client(base_url="http://x/").base_url == "http://x"
