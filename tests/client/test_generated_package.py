"""generated/ as a product: type-checks, lints, installs into a fresh venv and works there."""

from __future__ import annotations

import subprocess
import sys
import venv
from pathlib import Path

import pytest

from tests.conftest import GENERATED, ROOT
from tests.support.prism import PrismServer

BIN = Path(sys.executable).parent


def _run(*args: str | Path, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(a) for a in args], cwd=cwd, capture_output=True, text=True)


@pytest.mark.slow
def test_generated_package_passes_mypy_strict() -> None:
    result = _run(BIN / "mypy", "--strict", "--no-incremental", "square_oauth", cwd=GENERATED)
    assert result.returncode == 0, result.stdout + result.stderr


def test_generated_package_passes_ruff_with_its_own_config() -> None:
    result = _run(BIN / "ruff", "check", "--no-cache", ".", cwd=GENERATED)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.slow
def test_the_generator_passes_mypy_strict() -> None:
    result = _run(BIN / "mypy", "--no-incremental")
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_repository_passes_ruff() -> None:
    # generator/, tests/ and benchmarks/ with the root pyproject's rules (generated/ excluded).
    result = _run(BIN / "ruff", "check", "--no-cache", ".")
    assert result.returncode == 0, result.stdout + result.stderr


SNIPPET = """
import sys, warnings
from square_oauth import Client, AsyncClient, Environment
client = Client(base_url=sys.argv[1])
o_auth_api = client.o_auth
result = o_auth_api.obtain_token(body={"client_id": "APPLICATION_ID",
    "client_secret": "APPLICATION_SECRET", "code": "CODE_FROM_AUTHORIZE",
    "grant_type": "authorization_code", "scopes": ["MERCHANT_PROFILE_READ"]})
assert result.is_success(), result.status_code
print(result.data.access_token)
r = o_auth_api.revoke_token(body={"client_id": "CLIENT_ID", "access_token": "ACCESS_TOKEN"},
                            authorization="Client CLIENT_SECRET")
assert r.is_success(), r.status_code
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    r = o_auth_api.renew_token(client_id="CLIENT_ID", body={"access_token": "ACCESS_TOKEN"},
                               authorization="Client CLIENT_SECRET")
assert r.is_success() and caught[0].category is DeprecationWarning
r = Client(base_url=sys.argv[1], access_token="EAAA...").o_auth.retrieve_token_status()
assert r.is_success(), r.status_code
print("installed:", __import__("square_oauth").__file__)
"""


@pytest.mark.slow
@pytest.mark.prism
def test_pip_install_generated_and_run_the_seed_snippet(
    tmp_path: Path, oauth_prism: PrismServer
) -> None:
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    install = _run(python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
                   GENERATED)  # fmt: skip
    assert install.returncode == 0, install.stderr
    script = tmp_path / "snippet.py"
    script.write_text(SNIPPET, encoding="utf-8")
    result = _run(python, script, oauth_prism.url, cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr + oauth_prism.log_text()[-2000:]
    assert str(env_dir) in result.stdout  # imported from the venv, not from the checkout
    # pip left a build folder behind in generated/ on some versions: make sure it did not.
    assert not (GENERATED / "build").exists()
