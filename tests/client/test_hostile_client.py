"""The generated client is safe by default: TLS verified, and no secret-looking value from
the spec becomes a real default (in code, or in the "Default" column of the docs).

Spec examples of credentials may still appear in the docs' *example* code (that is what the
spec author published as an example); they are never what the client uses on its own.
"""

from __future__ import annotations

import ast
import re
import ssl
from pathlib import Path
from typing import Any

import httpx
import pytest

from generator.cli import main
from tests.conftest import ROOT

REPO = ROOT
GENERATED = REPO / "generated"
SECRETS_SPEC = REPO / "tests" / "specs" / "hostile" / "secret_examples.yaml"
SECRET_LOOKING = re.compile(r"sk_live_\w+|hunter2-\w+")


def _python_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*.py") if ".venv" not in p.parts)


def _tls_switched_off(tree: ast.AST) -> list[str]:
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.keyword) and node.arg == "verify":
            if not (isinstance(node.value, ast.Constant) and node.value.value is True):
                found.append(f"verify={ast.unparse(node.value)}")
        elif isinstance(node, ast.Attribute) and node.attr in (
            "CERT_NONE",
            "_create_unverified_context",
        ):
            found.append(node.attr)
        elif isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Attribute) and t.attr == "check_hostname" for t in node.targets
        ):
            found.append("check_hostname assignment")
    return found


def test_generated_code_never_turns_tls_verification_off() -> None:
    files = _python_files(GENERATED)
    assert files
    for path in files:
        assert _tls_switched_off(ast.parse(path.read_text(encoding="utf-8"))) == [], path


def test_the_tls_check_can_fail() -> None:
    bad = "import httpx, ssl\nc = httpx.Client(verify=False)\nctx = ssl.CERT_NONE\n"

    assert sorted(_tls_switched_off(ast.parse(bad))) == ["CERT_NONE", "verify=False"]


def _httpx_clients(value: Any, depth: int = 0) -> list[httpx.Client]:
    if isinstance(value, httpx.Client):
        return [value]
    if depth > 3 or not hasattr(value, "__dict__"):
        return []
    found: list[httpx.Client] = []
    for child in vars(value).values():
        found += _httpx_clients(child, depth + 1)
    return found


def test_default_client_verifies_certificates_and_host_names() -> None:
    from square_oauth import Client

    client = Client(access_token="not-a-real-token")
    try:
        made = client.http_client  # the client's own httpx client is made on first use
        (http,) = _httpx_clients(client)
        assert http is made
        context = http._transport._pool._ssl_context  # type: ignore[attr-defined]
        assert context.verify_mode == ssl.CERT_REQUIRED
        assert context.check_hostname is True
    finally:
        client.close()


@pytest.mark.slow
def test_secret_looking_spec_values_never_become_defaults(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert main(["generate", str(SECRETS_SPEC), "-o", str(out), "--package-name", "sec"]) == 0

    for path in _python_files(out):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            defaults: list[ast.expr | None] = []
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                defaults = [*node.args.defaults, *node.args.kw_defaults]
            elif isinstance(node, ast.AnnAssign):
                defaults = [node.value]
            elif isinstance(node, ast.keyword) and node.arg == "default":
                defaults = [node.value]
            for default in defaults:
                text = ast.unparse(default) if default is not None else ""
                assert not SECRET_LOOKING.search(text), f"{path}: default {text}"
    readme = (out / "README.md").read_text(encoding="utf-8")
    for row in readme.splitlines():
        if row.startswith("| `"):
            default_cell = row.split("|")[2]
            assert not SECRET_LOOKING.search(default_cell), row
