"""The OAuth module for other specs than Square's: a client-credentials flow alone, an
authorization-code flow on its own host with another scope separator, and no OAuth at all
(no module, no page, no README section)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from generator.cli import main
from tests.support.specs import header

MACHINES = """\
servers:
  - {url: "https://api.example.com", description: Production}
paths: {}
components:
  securitySchemes:
    machines:
      type: oauth2
      flows:
        clientCredentials:
          tokenUrl: "https://api.example.com/token"
          scopes: {"jobs:read": Read jobs, "jobs:write": Write jobs}
"""

ELSEWHERE = """\
servers:
  - {url: "https://api.example.com", description: Production}
  - {url: "https://sandbox.example.com", description: Sandbox}
paths: {}
components:
  securitySchemes:
    users:
      type: oauth2
      x-scope-separator: ","
      flows:
        authorizationCode:
          authorizationUrl: "https://login.example.com/authorize"
          tokenUrl: "https://login.example.com/token"
          scopes: {"read": "", "write": Change things}
"""

NONE = """\
paths: {}
components:
  securitySchemes:
    key: {type: apiKey, in: header, name: X-Key}
"""

CHECKS = {
    "machines": """
        from machines import oauth
        assert oauth.FLOWS == ("clientCredentials",)
        assert oauth.TOKEN_URL == "https://api.example.com/token"
        assert oauth.AUTHORIZATION_URL is None
        assert [s.value for s in oauth.Scope] == ["jobs:read", "jobs:write"]
        try:
            oauth.authorization_url(client_id="c", scopes=[])
        except oauth.OAuthError as error:
            assert "authorizationUrl" in str(error)
        else:
            raise AssertionError("no authorize URL without such a flow")
    """,
    "elsewhere": """
        from urllib.parse import parse_qs, urlsplit
        from elsewhere import oauth
        from elsewhere.environment import Environment
        request = oauth.authorization_url(
            client_id="c", scopes=[oauth.Scope.READ, "write"], environment=Environment.SANDBOX
        )
        # Not on the production server's host: the login host stays.
        assert request.url.startswith("https://login.example.com/authorize?"), request.url
        assert parse_qs(urlsplit(request.url).query)["scope"] == ["read,write"]
    """,
}


def _generate(folder: Path, name: str, body: str) -> Path:
    spec = folder / f"{name}.yaml"
    spec.write_text(header(name.title()) + body, encoding="utf-8")
    out = folder / name
    assert main(["generate", str(spec), "-o", str(out), "--package-name", name]) == 0
    return out


def _run(command: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "MYPYPATH")}
    return subprocess.run(
        command, cwd=cwd, env=env, capture_output=True, text=True, timeout=300, check=False
    )


@pytest.mark.slow
def test_oauth_modules_of_other_specs_work_and_pass_mypy_strict(tmp_path: Path) -> None:
    for name, body in (("machines", MACHINES), ("elsewhere", ELSEWHERE)):
        out = _generate(tmp_path, name, body)
        assert (out / name / "oauth.py").is_file()
        assert (out / "docs" / "oauth.md").is_file()
        assert "\n## OAuth\n" in (out / "README.md").read_text(encoding="utf-8")
        done = _run([sys.executable, "-c", textwrap.dedent(CHECKS[name])], out)
        assert done.returncode == 0, done.stderr
        done = _run([sys.executable, "-m", "mypy", "--strict", "--no-incremental", name], out)
        assert done.returncode == 0, done.stdout


def test_a_spec_without_oauth_flows_gets_no_oauth_module(tmp_path: Path) -> None:
    out = _generate(tmp_path, "keyed", NONE)
    assert (out / "keyed" / "client.py").is_file()
    assert not (out / "keyed" / "oauth.py").exists()
    assert not (out / "keyed" / "_core" / "oauth.py").exists()
    assert not (out / "docs" / "oauth.md").exists()
    readme = (out / "README.md").read_text(encoding="utf-8")
    assert "## OAuth" not in readme and "StateMismatchError" not in readme
