"""Square's own published spec, cut with ``--tag OAuth`` and patched by the example overlay
(examples/square-from-vendor-spec/overlay.yaml), gives the client generated/ holds (which
comes from our hand-written spec/square-oauth.yaml): the same API surface, only the
vendor's descriptions differ. The same overlay on Square's 2021 spec, and the 2021 → 2025
update, show what a vendor update looks like."""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT
from tests.support.fault_server import CannedResponse, queue_responder, serve

VENDOR = ROOT / "tests" / "specs" / "vendor"
SPEC_2025 = VENDOR / "square-api-2025-08-20.json"
SPEC_2021 = VENDOR / "square-api-2021-09.json"
OVERLAY = Path("examples") / "square-from-vendor-spec" / "overlay.yaml"

pytestmark = pytest.mark.slow


def _generator(*arguments: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", *map(str, arguments)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        env={"PATH": "/usr/bin:/bin", "OPENAPI_PYCLIENT_CACHE_DIR": "off"},
    )


def _diff(old: str | Path, new: str | Path, *options: str | Path) -> dict[str, Any]:
    result = _generator("diff", old, new, "--format", "json", *options)
    assert result.returncode == 0, result.stderr
    report: dict[str, Any] = json.loads(result.stdout)
    return report


@pytest.fixture(scope="module")
def from_vendor(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The issue's command, as a user types it: no --lenient."""
    out = tmp_path_factory.mktemp("vendor") / "out"
    result = _generator("generate", SPEC_2025, "--tag", "OAuth", "--overlay", OVERLAY, "-o", out)
    assert result.returncode == 0, result.stderr
    # The overlay fixes every fault of the spec, also those outside the selection.
    assert "warning" not in result.stderr and "error" not in result.stderr, result.stderr
    return out


def test_the_api_surface_equals_generated(from_vendor: Path) -> None:
    report = _diff(ROOT / "generated", from_vendor)
    assert report["breaking"] == 0
    # Square's own words for the operations and models; nothing else differs.
    assert {change["kind"] for change in report["changes"]} <= {"description-changed"}
    subjects = {change["subject"] for change in report["changes"]}
    assert "operation RevokeToken" in subjects  # Square's description, not ours


def test_the_vendor_client_talks_like_the_seed(
    from_vendor: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """RevokeToken sends the application secret; RenewToken is back, deprecated; every
    request carries Square-Version, a client setting with the spec's default."""
    monkeypatch.syspath_prepend(str(from_vendor))
    square: Any = importlib.import_module("square")
    responses = [
        CannedResponse.json(200, {"success": True}),
        CannedResponse.json(200, {"access_token": "EAAnew", "token_type": "bearer"}),
    ]
    with serve(queue_responder(*responses)) as server:
        with square.Client(base_url=server.url) as client:
            revoked = client.o_auth.revoke_token(
                body={"client_id": "APP", "access_token": "EAAold"},
                authorization="Client SECRET",
            )
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always")
                renewed = client.o_auth.renew_token(
                    client_id="APP",
                    body={"access_token": "EAAold"},
                    authorization="Client SECRET",
                )
    assert revoked.data.success is True and renewed.data.access_token == "EAAnew"
    assert any(issubclass(w.category, DeprecationWarning) for w in caught)
    revoke, renew = server.requests
    assert revoke.path == "/oauth2/revoke"
    assert renew.path == "/oauth2/clients/APP/access-token/renew"
    for request in (revoke, renew):
        assert request.headers["Authorization"] == "Client SECRET"
        assert request.headers["Square-Version"] == "2025-08-20"
    assert [e.name for e in square.Environment] == ["PRODUCTION", "SANDBOX"]


def test_the_same_overlay_on_the_2021_spec_names_each_fix_that_does_not_apply(
    tmp_path: Path,
) -> None:
    """A vendor spec that changed under the overlay: every action whose target no longer
    matches is an error at its line (a silently skipped fix would be worse); nothing is
    written."""
    out = tmp_path / "out"
    result = _generator("generate", SPEC_2021, "--tag", "OAuth", "--overlay", OVERLAY, "-o", out)
    assert result.returncode == 2
    assert not out.exists()
    errors = result.stderr.splitlines()
    assert all(line.startswith(f"error: {OVERLAY}:") for line in errors), errors
    # Swagger 2.0 has no info.externalDocs, components or servers: those fixes name
    # their lines; the path fixes (RevokeToken, RenewToken) still apply.
    targets = [line.split(" target ")[1].split(" matches nothing")[0] for line in errors]
    assert targets == [
        "$.info.externalDocs",
        "$.components.securitySchemes.oauth2ClientSecret",
        "$.servers[0]",
        "$.servers",
        "$.components.schemas",
        "$.paths['/v2/vendors/{vendor_id}'].put.parameters",
        "$.components.schemas",
    ]
    overlay_lines = (ROOT / OVERLAY).read_text(encoding="utf-8").splitlines()
    for line, target in zip(errors, targets, strict=True):
        number = int(line.split(":")[2])
        assert overlay_lines[number - 1].strip() == f"- target: {target}"


@pytest.fixture
def client_from_2021(tmp_path: Path) -> Iterator[Path]:
    out = tmp_path / "client"
    result = _generator("generate", SPEC_2021, "--tag", "OAuth", "-o", out)
    # Square's 2021 spec has faults, all outside the OAuth operations: warnings only.
    assert result.returncode == 0, result.stderr
    warned = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
    assert warned and all("outside the selected operations" in line for line in warned)
    yield out


def test_a_vendor_update_from_2021_to_2025_with_the_same_overlay(client_from_2021: Path) -> None:
    """The workflow of docs/regenerating.md: new vendor spec in, same overlay, diff,
    regenerate, changelog."""
    update = ("--tag", "OAuth", "--overlay", OVERLAY)
    report = _diff(client_from_2021, SPEC_2025, *update)
    breaking = [c["subject"] for c in report["changes"] if c["severity"] == "breaking"]
    assert breaking == ["environment DEFAULT"]  # the overlay names the servers
    added = {c["subject"]: c["message"] for c in report["changes"]}
    assert added["operation RetrieveTokenStatus"].startswith("added")
    assert added["header Square-Version"] == (
        "new client setting `square_version` (default '2025-08-20')"
    )
    result = _generator("generate", SPEC_2025, *update, "-o", client_from_2021)
    assert result.returncode == 0, result.stderr
    assert "version 0.1.0 -> 0.2.0" in result.stdout
    changelog = (client_from_2021 / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "## 0.2.0" in changelog
    assert "- `environment DEFAULT`: `Environment.DEFAULT` removed" in changelog
