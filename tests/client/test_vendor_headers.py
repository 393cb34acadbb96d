"""A header a security scheme declares in ``x-additional-headers`` (Square's
``Square-Version``) is sent by the generated client with its default, can be changed or
dropped (None) per client, as the server sees it."""

from __future__ import annotations

import asyncio
import importlib
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from generator.cli import main
from tests.support.fault_server import CannedResponse, queue_responder, serve
from tests.support.specs import document, write_spec

SPEC = document(
    "Versioned",
    paths={
        "/ping": {
            "get": {
                "operationId": "ping",
                "security": [{"oauth2": []}],
                "responses": {"204": {"description": "ok"}},
            }
        }
    },
    components={
        "securitySchemes": {
            "oauth2": {
                "type": "oauth2",
                "flows": {"clientCredentials": {"tokenUrl": "https://x/t", "scopes": {}}},
                "x-additional-headers": [
                    {
                        "name": "Square-Version",
                        "description": "Square Connect API versions",
                        "schema": {"default": "2025-08-20"},
                    }
                ],
            }
        }
    },
)


@pytest.fixture(scope="module")
def versioned(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    root = tmp_path_factory.mktemp("versioned")
    out = root / "out"
    spec = write_spec(root, SPEC)
    assert main(["generate", str(spec), "-o", str(out), "--package-name", "versioned_api"]) == 0
    sys.path.insert(0, str(out))
    try:
        yield importlib.import_module("versioned_api")
    finally:
        sys.path.remove(str(out))


def test_the_default_is_sent_with_every_request(versioned: Any) -> None:
    responder = queue_responder(CannedResponse.empty(204), CannedResponse.empty(204))
    with serve(responder) as server:
        with versioned.Client(base_url=server.url, access_token="T") as client:
            client.default.ping()
        with versioned.Client(
            base_url=server.url, access_token="T", square_version="2021-09-15"
        ) as client:
            client.default.ping()
    first, second = server.requests
    assert first.headers["Square-Version"] == "2025-08-20"
    assert first.headers["Authorization"] == "Bearer T"
    assert second.headers["Square-Version"] == "2021-09-15"


def test_none_leaves_the_header_out_of_both_clients(versioned: Any) -> None:
    async def ping_async(url: str) -> None:
        async with versioned.AsyncClient(
            base_url=url, access_token="T", square_version=None
        ) as client:
            await client.default.ping()

    responder = queue_responder(CannedResponse.empty(204), CannedResponse.empty(204))
    with serve(responder) as server:
        with versioned.Client(base_url=server.url, access_token="T", square_version=None) as client:
            client.default.ping()
        asyncio.run(ping_async(server.url))
    assert len(server.requests) == 2
    assert all("Square-Version" not in request.headers for request in server.requests)


def test_the_setting_is_documented(versioned: Any) -> None:
    doc = versioned.Client.__init__.__doc__ or ""
    assert "square_version: The `Square-Version` header sent with every request." in doc
    assert "Square Connect API versions" in doc
    source = Path(versioned.__file__).parent / "client.py"
    assert 'square_version: str | None = "2025-08-20",' in source.read_text(encoding="utf-8")
