"""The spec-independent half of the OAuth module: PKCE, the authorize URL, the callback."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest

from generator.runtime._core import oauth

# RFC 7636 appendix B.
RFC_VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"
RFC_CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"


def _query(url: str) -> dict[str, list[str]]:
    return parse_qs(urlsplit(url).query)


def test_code_challenge_matches_the_rfc_7636_test_vector() -> None:
    assert oauth.code_challenge(RFC_VERIFIER) == RFC_CHALLENGE


def test_code_verifier_is_43_to_128_unreserved_characters_and_fresh_each_time() -> None:
    first, second = oauth.code_verifier(), oauth.code_verifier()
    assert first != second
    for verifier in (first, second):
        assert 43 <= len(verifier) <= 128
        assert set(verifier) <= set(
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~"
        )


def _build(**overrides: object) -> oauth.AuthorizationRequest:
    arguments: dict[str, object] = {
        "client_id": "sq0idp-app",
        "scopes": ["MERCHANT_PROFILE_READ", "PAYMENTS_WRITE"],
        "redirect_uri": None,
        "state": None,
        "pkce": True,
        "scope_separator": " ",
        "extra_params": {},
    }
    arguments.update(overrides)
    return oauth.build_authorization_url(
        "https://connect.squareup.com/oauth2/authorize",
        **arguments,  # type: ignore[arg-type]
    )


def test_authorization_url_carries_code_flow_parameters_and_an_s256_challenge() -> None:
    request = _build(redirect_uri="https://app.example/cb", extra_params={"session": False})
    query = _query(request.url)
    assert request.url.startswith("https://connect.squareup.com/oauth2/authorize?")
    assert query["response_type"] == ["code"]
    assert query["client_id"] == ["sq0idp-app"]
    assert query["scope"] == ["MERCHANT_PROFILE_READ PAYMENTS_WRITE"]
    assert query["redirect_uri"] == ["https://app.example/cb"]
    assert query["state"] == [request.state]
    assert len(request.state) >= 32
    assert request.code_verifier is not None
    assert query["code_challenge"] == [oauth.code_challenge(request.code_verifier)]
    assert query["code_challenge_method"] == ["S256"]
    assert query["session"] == ["false"]
    assert request.code_verifier not in repr(request)


def test_authorization_url_keeps_a_given_state_and_can_skip_pkce() -> None:
    request = _build(state="my-state", pkce=False, scope_separator=",")
    query = _query(request.url)
    assert request.state == "my-state"
    assert request.code_verifier is None
    assert "code_challenge" not in query
    assert query["scope"] == ["MERCHANT_PROFILE_READ,PAYMENTS_WRITE"]


def test_states_differ_between_requests() -> None:
    assert _build().state != _build().state


def test_on_environment_moves_production_host_urls_only() -> None:
    production, sandbox = "https://connect.squareup.com", "https://connect.squareupsandbox.com"
    url = "https://connect.squareup.com/oauth2/authorize"
    assert oauth.on_environment(url, production, sandbox) == (
        "https://connect.squareupsandbox.com/oauth2/authorize"
    )
    assert oauth.on_environment(url, production, production) == url
    elsewhere = "https://auth.example.com/authorize"
    assert oauth.on_environment(elsewhere, production, sandbox) == elsewhere


def test_parse_callback_returns_the_code_from_a_url_or_a_query() -> None:
    url = "https://app.example/cb?code=sq0cgp-abc&state=s1&response_type=code"
    assert oauth.parse_callback(url, expected_state="s1") == "sq0cgp-abc"
    assert oauth.parse_callback("code=xyz&state=s1", expected_state="s1") == "xyz"
    assert oauth.parse_callback("?code=xyz&state=s1", expected_state="s1") == "xyz"


@pytest.mark.parametrize("query", ["code=abc&state=other", "code=abc", "error=access_denied"])
def test_parse_callback_rejects_a_wrong_or_missing_state(query: str) -> None:
    with pytest.raises(oauth.StateMismatchError, match="CSRF"):
        oauth.parse_callback(query, expected_state="s1")


def test_parse_callback_reports_a_denial_with_its_description() -> None:
    query = "error=access_denied&error_description=user+denied+access&state=s1"
    with pytest.raises(oauth.AuthorizationDeniedError) as caught:
        oauth.parse_callback(query, expected_state="s1")
    assert caught.value.error == "access_denied"
    assert caught.value.description == "user denied access"
    assert str(caught.value) == "access_denied: user denied access"


def test_parse_callback_reports_a_missing_code() -> None:
    with pytest.raises(oauth.MissingCodeError):
        oauth.parse_callback("state=s1", expected_state="s1")
    with pytest.raises(oauth.MissingCodeError):
        oauth.parse_callback("state=s1&code=", expected_state="s1")
