"""Server-sent events (issue 16): an operation whose success is ``text/event-stream``
returns an open stream of events, typed by the spec's schema, sync and async.

The client is generated from ``tests/specs/valid/events.yaml`` and talks to the loopback
SSE server of tests/support/sse_server.py. Before the change the method read the whole
body and returned it as one ``str`` in an ``ApiResult``.
"""

from __future__ import annotations

import asyncio
import importlib
import sys
from collections.abc import Iterator
from typing import Any

import pytest

from generator.cli import main
from tests.conftest import ROOT
from tests.support.sse_server import serve_events

SPEC = ROOT / "tests" / "specs" / "valid" / "events.yaml"
PACKAGE = "event_streams"


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    out = tmp_path_factory.mktemp("event-streams") / "out"
    assert main(["generate", str(SPEC), "-o", str(out), "--package-name", PACKAGE]) == 0
    sys.path.insert(0, str(out))
    try:
        package = importlib.import_module(PACKAGE)
        importlib.import_module(f"{PACKAGE}.models")
        yield package
    finally:
        sys.path.remove(str(out))
        for name in [m for m in sys.modules if m.split(".")[0] == PACKAGE]:
            del sys.modules[name]


def test_a_stream_yields_typed_events_and_ends_with_the_response(package: Any) -> None:
    with serve_events() as server, package.Client(base_url=server.url) as client:
        with client.events.stream_ticks(count=3) as events:
            received = list(events)
            assert events.http_response.headers["content-type"] == "text/event-stream"
            assert events.http_response.is_closed
    assert [(e.event, e.id, e.retry) for e in received] == [
        ("tick", "0", None),
        ("tick", "1", None),
        ("tick", "2", None),
    ]
    assert all(isinstance(e.data, package.models.Tick) for e in received)
    assert [e.data.note for e in received] == ["tick 0", "tick 1", "tick 2"]


def test_a_stream_without_a_schema_yields_text_with_comments_and_retry(
    package: Any,
) -> None:
    with serve_events() as server, package.Client(base_url=server.url) as client:
        with client.events.stream_log() as events:
            received = [(e.event, e.data, e.id, e.retry) for e in events]
    assert received == [
        ("message", "first line\nsecond line", "", 1500),
        ("rotated", "done", "l2", 1500),
    ]


def test_leaving_the_loop_early_closes_the_connection(package: Any) -> None:
    with serve_events() as server, package.Client(base_url=server.url) as client:
        events = client.events.stream_ticks()
        for event in events:
            if event.data.n == 2:
                break
        assert events.http_response.is_closed
        # The server learns it by a failed write; an open connection would take all
        # ENDLESS_CAP ticks and never set it.
        assert server.client_gone.wait(30)
        assert len(server.sent) < 2000


def test_an_error_answer_raises_before_any_event(package: Any) -> None:
    from event_streams.errors import ApiStatusError

    with serve_events() as server, package.Client(base_url=server.url) as client:
        with pytest.raises(ApiStatusError) as raised:
            client.events.stream_ticks(extra_query={"fail": "1"})
    assert raised.value.status_code == 503
    assert raised.value.error.message == "busy"


def test_the_async_client_streams_with_async_with_and_async_for(package: Any) -> None:
    async def run(url: str) -> tuple[list[int], bool]:
        async with package.AsyncClient(base_url=url) as client:
            async with await client.events.stream_ticks(count=4) as events:
                numbers = [event.data.n async for event in events]
            return numbers, events.http_response.is_closed

    with serve_events() as server:
        assert asyncio.run(run(server.url)) == ([0, 1, 2, 3], True)


def test_leaving_an_async_loop_early_closes_the_connection(package: Any) -> None:
    async def run(url: str) -> bool:
        async with package.AsyncClient(base_url=url) as client:
            async with await client.events.stream_ticks() as events:
                async for event in events:
                    if event.data.n == 1:
                        break
            return bool(events.http_response.is_closed)

    with serve_events() as server:
        assert asyncio.run(run(server.url)) is True
        assert server.client_gone.wait(30)
        assert len(server.sent) < 2000


def test_the_stream_asks_for_event_stream(package: Any) -> None:
    with serve_events() as server, package.Client(base_url=server.url) as client:
        with client.events.stream_ticks(count=1) as events:
            list(events)
    assert events.http_response.request.headers["accept"] == "text/event-stream"
