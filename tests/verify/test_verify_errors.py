"""``verify``'s errors that need no Prism: what is missing to run it."""

from __future__ import annotations

import importlib.util
from typing import Any

import pytest

from generator.cli import main
from tests.conftest import ROOT


def test_without_httpx_it_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    real = importlib.util.find_spec

    def find_spec(name: str, *args: Any) -> Any:
        return None if name == "httpx" else real(name, *args)

    monkeypatch.setattr(importlib.util, "find_spec", find_spec)
    code = main(["verify", str(ROOT / "spec" / "square-oauth.yaml")], prog="generator")
    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith(
        "error: command line: verify runs the generated client, which needs httpx"
    )
    assert "openapi-pyclient-generator[verify]" in err and "Traceback" not in err
