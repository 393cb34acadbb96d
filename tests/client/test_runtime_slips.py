"""Runtime slips (issue 15): ``model_*`` fields, cookie values, the async client under trio.

The client is generated from ``tests/specs/valid/runtime-slips.yaml`` and talks to the local
fault server. Before the fix: a model with a ``model_validated_at`` property raised
pydantic's protected-namespace warning at import, a cookie value holding ``;`` started a
second cookie, and the ``AsyncClient`` crashed under trio (``asyncio.sleep`` and
``asyncio.timeout`` need an asyncio loop).
"""

from __future__ import annotations

import importlib
import sys
import warnings
from collections.abc import Iterator
from http.cookies import SimpleCookie
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pytest
import trio

from generator.cli import main
from tests.conftest import ROOT
from tests.support.fault_server import CannedResponse, queue_responder, serve

SPEC = ROOT / "tests" / "specs" / "valid" / "runtime-slips.yaml"
MACHINE = {"model_name": "T-800", "model_version": 2, "model_validated_at": "yesterday"}


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    out = tmp_path_factory.mktemp("runtime-slips") / "out"
    assert main(["generate", str(SPEC), "-o", str(out), "--package-name", "runtime_slips"]) == 0
    sys.path.insert(0, str(out))
    try:
        yield out
    finally:
        sys.path.remove(str(out))
        for name in [m for m in sys.modules if m.split(".")[0] == "runtime_slips"]:
            del sys.modules[name]


def _import(name: str) -> Any:
    # Every warning is an error here, as under ``python -W error``.
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        return importlib.import_module(name)


def test_model_fields_import_silently_under_w_error(package: Path) -> None:
    machine_module = _import("runtime_slips.models.machine")
    machine = machine_module.Machine.model_validate(MACHINE)
    assert machine.model_validated_at_ == "yesterday"
    assert machine.to_dict() == MACHINE


def test_a_semicolon_in_a_cookie_value_does_not_start_a_second_cookie(package: Path) -> None:
    client_module = _import("runtime_slips")
    hostile = 'abc; admin=true, x="y" \\ é'
    with serve(queue_responder(CannedResponse.json(200, MACHINE))) as server:
        with client_module.Client(base_url=server.url) as client:
            result = client.machines.get_machine(machine_id="m1", session=hostile, theme="dark")
    assert result.is_success(), result
    header = server.requests[0].headers["Cookie"]
    cookies = SimpleCookie()
    cookies.load(header)
    assert sorted(cookies) == ["session", "theme"], header
    assert unquote(cookies["session"].value) == hostile
    assert cookies["theme"].value == "dark"


def test_async_client_retries_under_trio(package: Path) -> None:
    client_module = _import("runtime_slips")
    fast = client_module.Backoff(initial_delay=0.01, max_delay=0.02)
    responder = queue_responder(CannedResponse.json(503, {}), CannedResponse.json(200, MACHINE))
    with serve(responder) as server:

        async def call() -> Any:
            # A timeout is set (the default), so each attempt also runs under a deadline.
            async with client_module.AsyncClient(base_url=server.url, backoff=fast) as client:
                return await client.machines.get_machine(machine_id="m1")

        result = trio.run(call)
    assert result.is_success() and result.retries == 1
    assert result.unwrap().model_name_ == "T-800"
    assert len(server.requests) == 2


@pytest.mark.slow
def test_async_timeout_under_trio_raises_api_timeout_error(package: Path) -> None:
    client_module = _import("runtime_slips")
    slow = CannedResponse.json(200, MACHINE, delay_s=5)
    with serve(queue_responder(slow)) as server:

        async def call() -> Any:
            async with client_module.AsyncClient(
                base_url=server.url, timeout=0.3, max_retries=0
            ) as client:
                return await client.machines.get_machine(machine_id="m1")

        with pytest.raises(client_module.ApiTimeoutError):
            trio.run(call)
