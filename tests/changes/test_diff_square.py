"""Square's OAuth API, September 2021 (Swagger 2.0) -> 2025-08-20 (OpenAPI 3.0).

The expected list was written by reading both specs (tests/specs/diff/README.md says where
the extracts come from), before running the comparison:

- RenewToken (POST /oauth2/clients/{client_id}/access-token/renew, deprecated in 2021) is
  gone in 2025, with its RenewTokenRequest and RenewTokenResponse definitions.
- RevokeToken required `oauth2ClientSecret` (an API key in the Authorization header, so the
  generated method took a per-call `authorization=` keyword); in 2025 it requires `oauth2`
  (a bearer token: the client's access_token setting, no per-call keyword).
- RetrieveTokenStatus (POST /oauth2/token/status) is new, returning the new
  RetrieveTokenStatusResponse.
- ObtainTokenRequest: `client_secret` is no longer in `required` (2021: client_id,
  client_secret, grant_type; 2025: client_id, grant_type), and `code_verifier` is new.
  Its other optional fields became `nullable`, which does not change their Python type
  (`str | None` already).
- ObtainTokenResponse gained `errors` and `refresh_token_expires_at`; RevokeTokenResponse
  gained `errors`. `errors` brings the Error model and the ErrorCategory and ErrorCode
  enums, which no 2021 OAuth operation used.
- The 2025 spec declares `Square-Version` (default 2025-08-20) in `x-additional-headers` of
  its oauth2 scheme, which the client makes a setting (the 2021 spec declares no header).
- Many descriptions were rewritten (operations ObtainToken and RevokeToken, most fields).
"""

from __future__ import annotations

import json

import pytest

from generator.changes.run import diff_specs
from generator.cli import main
from tests.conftest import ROOT

OLD = ROOT / "tests/specs/diff/square-oauth-2021-09.json"
NEW = ROOT / "tests/specs/diff/square-oauth-2025-08-20.json"

BREAKING = {
    ("operation-removed", "operation RenewToken"),
    ("model-removed", "RenewTokenRequest"),
    ("model-removed", "RenewTokenResponse"),
    ("auth-changed", "operation RevokeToken"),
    ("parameter-removed", "operation RevokeToken parameter auth:Authorization"),
}
NON_BREAKING = {
    ("operation-added", "operation RetrieveTokenStatus"),
    ("model-added", "RetrieveTokenStatusResponse"),
    ("now-optional", "ObtainTokenRequest.client_secret"),
    ("field-added", "ObtainTokenRequest.code_verifier"),
    ("field-added", "ObtainTokenResponse.errors"),
    ("field-added", "ObtainTokenResponse.refresh_token_expires_at"),
    ("field-added", "RevokeTokenResponse.errors"),
    ("model-added", "Error"),
    ("enum-added", "ErrorCategory"),
    ("enum-added", "ErrorCode"),
    ("header-added", "header Square-Version"),
}
SOME_DESCRIPTIONS = {
    "operation ObtainToken",
    "operation RevokeToken",
    "ObtainTokenRequest.client_secret",
    "ObtainTokenResponse.access_token",
}


def test_square_oauth_2021_to_2025_is_classified_as_read_from_the_specs() -> None:
    result = diff_specs(OLD, NEW)
    breaking = {(c.kind, c.subject) for c in result.changes if c.breaking}
    other = {
        (c.kind, c.subject)
        for c in result.changes
        if not c.breaking and c.kind != "description-changed"
    }
    described = {c.subject for c in result.changes if c.kind == "description-changed"}
    assert breaking == BREAKING
    assert other == NON_BREAKING
    assert SOME_DESCRIPTIONS <= described
    assert result.bump == "major"
    # Square's 2025 file breaks two rules of OpenAPI 3.0; diff warns and goes on.
    assert [w.pointer for w in result.warnings] == [
        "/info",
        "/paths/~1oauth2~1revoke/post/security/0/oauth2",
    ]


def test_locations_are_in_the_files_as_written(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["diff", str(OLD), str(NEW), "--format", "json"]) == 0
    changes = json.loads(capsys.readouterr().out)["changes"]
    renew = next(c for c in changes if c["subject"] == "operation RenewToken")
    # The Swagger 2.0 file's own pointer and line, not those of the converted document.
    path = "/paths/~1oauth2~1clients~1{client_id}~1access-token~1renew/post"
    assert renew["old"]["pointer"] == path and renew["new"] is None
    old_lines = OLD.read_text().splitlines()
    assert old_lines[renew["old"]["line"] - 1].strip() == '"post": {'
    assert (
        old_lines[renew["old"]["line"] - 2]
        .strip()
        .startswith('"/oauth2/clients/{client_id}/access-token/renew"')
    )
    secret = next(
        c
        for c in changes
        if c["subject"] == "ObtainTokenRequest.client_secret" and c["kind"] == "now-optional"
    )
    assert secret["old"]["pointer"] == "/definitions/ObtainTokenRequest/properties/client_secret"
    assert (
        secret["new"]["pointer"]
        == "/components/schemas/ObtainTokenRequest/properties/client_secret"
    )
    new_lines = NEW.read_text().splitlines()
    assert new_lines[secret["new"]["line"] - 1].strip() == '"client_secret": {'


def test_fail_on_breaking_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["diff", str(OLD), str(NEW), "--fail-on", "breaking"]) == 1
    assert main(["diff", str(OLD), str(OLD), "--fail-on", "breaking"]) == 0
    assert main(["diff", str(NEW), str(NEW), "--fail-on", "breaking"]) == 0
    out = capsys.readouterr().out
    assert "5 breaking, " in out and out.count("no changes a client user would notice") == 2
