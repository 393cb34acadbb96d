"""The event-stream parser of the runtime (generator/runtime/_core/sse.py) against the
WHATWG HTML standard's event stream interpretation, fed in awkward chunks."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

from generator.runtime._core.sse import ServerSentEvent, SSEDecoder, aiter_events, iter_events


def _events(text: str, size: int) -> list[ServerSentEvent]:
    raw = text.encode("utf-8")
    return list(iter_events(raw[i : i + size] for i in range(0, len(raw), size)))


STREAM = (
    "\ufeff: a comment to keep the line open\r\n"
    "retry: 3000\r\n"
    "event: update\r\n"
    "id: 7\r\n"
    'data: {"a":\r\n'
    "data:  1}\r\n"
    "\r\n"
    "data: second é\r"
    "\r"
    "id\n"
    "retry: soon\n"
    "unknown: field\n"
    "data\n"
    "\n"
    "event: lonely\n"
    "\n"
    "data: never ended"
)


def test_fields_multiline_data_comments_and_retry_in_any_chunking() -> None:
    expected = [
        ServerSentEvent(event="update", data='{"a":\n 1}', id="7", retry=3000),
        ServerSentEvent(event="message", data="second é", id="7", retry=3000),
        # "id" without a value resets the last event id; "retry: soon" is ignored.
        ServerSentEvent(event="message", data="", id="", retry=3000),
    ]
    for size in (1, 2, 3, 5, 64, 4096):
        assert _events(STREAM, size) == expected, size


def test_an_event_without_data_is_not_dispatched_and_the_type_resets() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"event: ping\n\n") == []
    assert decoder.feed(b"data: x\n\n") == [
        ServerSentEvent(event="message", data="x", id="", retry=None)
    ]


def test_an_id_with_a_null_is_ignored_and_only_one_space_is_stripped() -> None:
    events = _events("id: 1\n\ndata:x\nid: 2\0\n\ndata:   y\n\n", 4)
    assert [(e.id, e.data) for e in events] == [("1", "x"), ("1", "  y")]


def test_async_iteration_gives_the_same_events() -> None:
    async def chunks() -> AsyncIterator[bytes]:
        raw = STREAM.encode("utf-8")
        for i in range(0, len(raw), 7):
            yield raw[i : i + 7]

    async def collect() -> list[ServerSentEvent]:
        return [event async for event in aiter_events(chunks())]

    assert asyncio.run(collect()) == _events(STREAM, 4096)


def test_a_cr_lf_split_across_chunks_ends_one_line_only() -> None:
    decoder = SSEDecoder()
    events = [e for chunk in (b"data: a\r", b"\n", b"\n") for e in decoder.feed(chunk)]
    assert [e.data for e in events] == ["a"]
