"""A generated package loads its API classes and models on first use, so that importing a
large client and creating a ``Client`` stays quick. No timing here: what is checked is
which modules are loaded (docs/performance.md has the times)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import ROOT

PROBE = """
import json, sys
import square_oauth

def loaded(prefix):
    return sorted(m for m in sys.modules if m.startswith(prefix))

client = square_oauth.Client(access_token="t")
after_client = {
    "apis": loaded("square_oauth.apis."),
    "models": loaded("square_oauth.models."),
    "pydantic": loaded("pydantic"),
    "asyncio": loaded("asyncio"),
    "own_httpx_client": client._http._client is not None,
}
client.o_auth
after_api = loaded("square_oauth.apis.")
from square_oauth.models import ObtainTokenRequest
import square_oauth.models as models
try:
    models.NoSuchModel
    missing = "found"
except AttributeError as error:
    missing = str(error)
print(json.dumps({
    "after_client": after_client,
    "after_api": after_api,
    "model": ObtainTokenRequest.__name__,
    "dir_is_all": dir(models) == sorted(models.__all__),
    "missing": missing,
}))
"""


@pytest.mark.slow
def test_api_classes_and_models_load_on_first_use() -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROBE],
        cwd=ROOT / "generated",
        capture_output=True,
        text=True,
        check=True,
    )
    seen = json.loads(result.stdout)
    assert seen["after_client"]["apis"] == []
    # Starting a client loads no model and not pydantic (the models bring it), no asyncio
    # (only waits between async retries need it) and makes no httpx client yet (its TLS
    # setup is made by the first request).
    assert seen["after_client"]["models"] == []
    assert seen["after_client"]["pydantic"] == []
    assert seen["after_client"]["asyncio"] == []
    assert seen["after_client"]["own_httpx_client"] is False
    assert seen["after_api"] == ["square_oauth.apis.o_auth"]
    assert seen["model"] == "ObtainTokenRequest"
    assert seen["dir_is_all"] is True
    assert "NoSuchModel" in seen["missing"]


def test_a_client_closed_before_its_first_request_refuses_to_send() -> None:
    import square_oauth

    client = square_oauth.Client(access_token="t")
    client.close()
    with pytest.raises(RuntimeError, match="closed"):
        client.o_auth.retrieve_token_status()
    assert client._http._client is None  # closing did not make a pool just to close it


def test_the_own_httpx_client_is_made_once_and_closed_with_the_client() -> None:
    import square_oauth

    with square_oauth.Client(access_token="t") as client:
        first = client.http_client
        assert client.http_client is first
    assert first.is_closed
