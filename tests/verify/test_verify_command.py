"""``python -m generator verify``: the generated client called operation by operation
against the pinned Prism (installed once for the suite, see tests/conftest.py)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from generator.cli import main
from tests.conftest import ROOT

pytestmark = [pytest.mark.slow, pytest.mark.prism]

SPECS = ROOT / "tests" / "specs"
# Every spec of the suite that generates: each must pass on the wire.
PASSING = sorted(
    [
        ROOT / "spec" / "square-oauth.yaml",
        SPECS / "petstore.yaml",
        SPECS / "hostile" / "secret_examples.yaml",
        SPECS / "loading" / "yaml12-enum.yaml",
        SPECS / "loading" / "split-names" / "root.yaml",  # $refs to other files
        SPECS / "loading" / "split-swagger2" / "root.yaml",
        SPECS / "valid" / "split" / "api" / "root.yaml",
        SPECS / "diff" / "square-oauth-2021-09.json",  # Square's own, Swagger 2.0
        *(SPECS / "valid").glob("*.yaml"),
        *(SPECS / "valid").glob("*.json"),
    ]
)

# A custom template that forgets the query string: every required query parameter is lost.
DROPS_THE_QUERY = Path(__file__).parent / "drops-the-query"


def _verify(capsys: pytest.CaptureFixture[str], *arguments: str) -> tuple[int, str, str]:
    code = main(["verify", "-q", *arguments], prog="generator")
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.mark.parametrize("spec", PASSING, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_spec_of_the_suite_passes_on_the_wire(
    spec: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _verify(capsys, str(spec), "--format", "json")
    assert code == 0, out + err
    report = json.loads(out)
    assert report["operations"] == report["passed"] > 0
    for result in report["results"]:
        variants = {call["variant"] for call in result["calls"]}
        assert "example" in variants, result  # the spec's examples first
        assert all(call["outcome"] == "pass" for call in result["calls"]), result


def test_the_seed_client_sync_and_async(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _verify(capsys, str(ROOT / "spec" / "square-oauth.yaml"), "--format", "json")
    report = json.loads(out)
    assert code == 0
    calls = {r["operation"]: r["calls"] for r in report["results"]}
    assert set(calls) == {"ObtainToken", "RevokeToken", "RenewToken", "RetrieveTokenStatus"}
    assert any(call["async"] for call in calls["ObtainToken"])  # a sample through AsyncClient
    # Required-only and every-property variants, where they differ from the example.
    assert {c["variant"] for c in calls["ObtainToken"]} == {"example", "required", "full"}
    assert all(c["request"].startswith("POST http://127.0.0.1:") for c in calls["ObtainToken"])


def test_a_broken_template_is_caught_with_prisms_words(
    capsys: pytest.CaptureFixture[str],
) -> None:
    spec = SPECS / "valid" / "formats.yaml"
    code, out, _ = _verify(capsys, str(spec), "--templates", str(DROPS_THE_QUERY))
    assert code == 1, out
    assert "FAIL  recordEvent" in out and "fault: generator" in out
    # Prism's own violation text, and the proof that verify's own request passed.
    assert "request.query: Request query must have required property 'since'" in out
    assert "accepts the same values encoded by verify" in out
    summary = out.strip().splitlines()[-1]
    assert "generator 1," in summary  # addNote has no query parameter: it still passes


def test_output_folder_is_kept_and_operations_chosen(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_dir = tmp_path / "client"
    spec = SPECS / "valid" / "petstore-3.0.yaml"
    code, out, _ = _verify(capsys, str(spec), "-o", str(out_dir), "--operation", "listPets")
    assert code == 0, out
    assert out.count("\nok ") + out.startswith("ok ") == 1 and "listPets" in out
    assert (out_dir / ".generator-manifest.json").exists() or any(out_dir.iterdir())


def test_bad_input_exits_2_without_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = _verify(capsys, str(tmp_path / "missing.yaml"))
    assert code == 2 and "missing.yaml" in err and "Traceback" not in err
    spec = SPECS / "petstore.yaml"
    code, _, err = _verify(capsys, str(spec), "--operation", "noSuchOperation")
    assert code == 2 and "--operation: no operation 'noSuchOperation'" in err
    broken = SPECS / "invalid" / "dangling_ref.yaml"
    code, _, err = _verify(capsys, str(broken))
    assert code == 2 and "dangling_ref.yaml:" in err


def test_as_a_command() -> None:
    """The real entry point: a fresh interpreter, exit code and report on stdout."""
    done = subprocess.run(
        [sys.executable, "-m", "generator", "verify", str(SPECS / "valid" / "names.yaml")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.strip().splitlines()[-1].startswith("verify: 3 operations, 3 passed")
