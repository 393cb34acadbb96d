"""``ApiResult.unwrap()``: the data typed ``T`` after a success, the typed error otherwise.

Before it, ``result.data`` stayed ``T | None`` after ``is_success()``, so ``mypy --strict``
rejected ``result.data.access_token`` without a cast.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from square_oauth import ApiStatusError, Client

from tests.conftest import GENERATED
from tests.support.fault_server import CannedResponse, queue_responder, serve

TOKEN = {"access_token": "EAAAtoken", "token_type": "bearer"}
BODY = {"client_id": "APP", "grant_type": "refresh_token", "refresh_token": "R"}
BIN = Path(sys.executable).parent


def test_unwrap_returns_the_data_of_a_success() -> None:
    with serve(queue_responder(CannedResponse.json(200, TOKEN))) as server:
        with Client(base_url=server.url) as client:
            token = client.o_auth.obtain_token(body=BODY).unwrap()
    assert token.access_token == "EAAAtoken"


def test_unwrap_raises_the_status_error_of_an_error_result() -> None:
    answer = CannedResponse.json(
        401, {"errors": [{"category": "AUTHENTICATION_ERROR", "code": "UNAUTHORIZED"}]}
    )
    with serve(queue_responder(answer)) as server:
        with Client(base_url=server.url, max_retries=0) as client:
            result = client.o_auth.obtain_token(body=BODY)
    with pytest.raises(ApiStatusError) as raised:
        result.unwrap()
    assert raised.value.status_code == 401
    assert [e.code for e in raised.value.errors] == ["UNAUTHORIZED"]


USER_CODE = """\
from square_oauth import AsyncClient, Client
from square_oauth.models import ObtainTokenResponse


def sync(url: str) -> str | None:
    with Client(base_url=url) as client:
        token: ObtainTokenResponse = client.o_auth.obtain_token(
            body={"client_id": "APP", "grant_type": "refresh_token"}
        ).unwrap()
        return token.access_token


async def use_async(url: str) -> list[str] | None:
    async with AsyncClient(base_url=url, access_token="EAAA") as client:
        return (await client.o_auth.retrieve_token_status()).unwrap().scopes
"""


@pytest.mark.slow
def test_unwrap_type_checks_strictly_without_a_cast(tmp_path: Path) -> None:
    user = tmp_path / "user_code.py"
    user.write_text(USER_CODE, encoding="utf-8")
    proc = subprocess.run(
        [str(BIN / "mypy"), "--strict", "--cache-dir", str(tmp_path / "cache"), str(user)],
        cwd=GENERATED,
        env={"MYPYPATH": str(GENERATED), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
