"""Server-sent events: the ``text/event-stream`` format of the WHATWG HTML standard
("Server-sent events", the event stream interpretation), read incrementally.

The bytes arrive in chunks that may split a line, a UTF-8 sequence or a CR LF pair, so the
decoder keeps what it has not finished; an event is only handed out once the blank line
that ends it has arrived, and a last event the stream never ended is dropped, as the
standard says.
"""

from __future__ import annotations

import codecs
from collections.abc import (
    AsyncIterable,
    AsyncIterator,
    Callable,
    Iterable,
    Iterator,
)
from dataclasses import dataclass
from types import TracebackType
from typing import Generic, TypeVar

import httpx

T = TypeVar("T")


@dataclass(frozen=True)
class ServerSentEvent(Generic[T]):
    """One event: ``data`` is its data lines joined by newlines, decoded into the
    operation's model when the spec declares one for the stream."""

    event: str
    data: T
    # The last event id the stream set (it carries over to later events, as in a browser),
    # "" when none.
    id: str
    # The reconnection time in milliseconds the stream asked for last, None when none.
    retry: int | None


class SSEDecoder:
    """Turns chunks of text into events; one decoder per stream."""

    def __init__(self) -> None:
        self._utf8 = codecs.getincrementaldecoder("utf-8")(errors="replace")
        self._started = False
        self._pending = ""  # the start of a line whose end has not arrived
        self._after_cr = (
            False  # the last chunk ended with CR: a leading LF belongs to it
        )
        self._event = ""
        self._data: list[str] = []
        self._last_id = ""
        self._retry: int | None = None

    def feed(self, chunk: bytes) -> list[ServerSentEvent[str]]:
        text = self._utf8.decode(chunk)
        if not self._started and text:
            self._started = True
            text = text.removeprefix("\ufeff")
        if self._after_cr and text.startswith("\n"):
            text = text[1:]
            self._after_cr = False
        if text:
            self._after_cr = text.endswith("\r")
        events: list[ServerSentEvent[str]] = []
        # A line ends at CR LF, LF or CR; the last piece has no end yet.
        pieces = (self._pending + text).replace("\r\n", "\n").replace("\r", "\n")
        *lines, self._pending = pieces.split("\n")
        for line in lines:
            event = self._line(line)
            if event is not None:
                events.append(event)
        return events

    def _line(self, line: str) -> ServerSentEvent[str] | None:
        if not line:
            return self._dispatch()
        if line.startswith(":"):
            return None  # a comment, often sent to keep the connection alive
        name, colon, value = line.partition(":")
        if colon and value.startswith(" "):
            value = value[1:]
        if name == "event":
            self._event = value
        elif name == "data":
            self._data.append(value)
        elif name == "id":
            if "\0" not in value:
                self._last_id = value
        elif name == "retry":
            if value and all("0" <= c <= "9" for c in value):
                self._retry = int(value)
        return None  # other fields are ignored

    def _dispatch(self) -> ServerSentEvent[str] | None:
        data, event = self._data, self._event
        self._data, self._event = [], ""
        if not data:
            return None  # an event without data is not dispatched
        return ServerSentEvent(
            event=event or "message",
            data="\n".join(data),
            id=self._last_id,
            retry=self._retry,
        )


def iter_events(chunks: Iterable[bytes]) -> Iterator[ServerSentEvent[str]]:
    decoder = SSEDecoder()
    for chunk in chunks:
        yield from decoder.feed(chunk)


async def aiter_events(
    chunks: AsyncIterable[bytes],
) -> AsyncIterator[ServerSentEvent[str]]:
    decoder = SSEDecoder()
    async for chunk in chunks:
        for event in decoder.feed(chunk):
            yield event


class EventStream(Generic[T]):
    """The events of one open response, read as they arrive.

    Use it in a ``with`` block, or just iterate: the connection closes when the loop ends,
    when it is left early (``break``, an exception) and when the block ends.
    """

    def __init__(self, response: httpx.Response, decode: Callable[[str], T]) -> None:
        self.http_response = response  # the raw response (status, headers)
        self._decode = decode

    def __enter__(self) -> EventStream[T]:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    def __iter__(self) -> Iterator[ServerSentEvent[T]]:
        try:
            for event in iter_events(self.http_response.iter_bytes()):
                yield _typed(event, self._decode)
        finally:
            self.close()

    def close(self) -> None:
        self.http_response.close()


class AsyncEventStream(Generic[T]):
    """``EventStream`` for ``AsyncClient``: ``async with`` and ``async for``."""

    def __init__(self, response: httpx.Response, decode: Callable[[str], T]) -> None:
        self.http_response = response
        self._decode = decode

    async def __aenter__(self) -> AsyncEventStream[T]:
        return self

    async def __aexit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def __aiter__(self) -> AsyncIterator[ServerSentEvent[T]]:
        try:
            async for event in aiter_events(self.http_response.aiter_bytes()):
                yield _typed(event, self._decode)
        finally:
            await self.aclose()

    async def aclose(self) -> None:
        await self.http_response.aclose()


def _typed(
    event: ServerSentEvent[str], decode: Callable[[str], T]
) -> ServerSentEvent[T]:
    return ServerSentEvent(event.event, decode(event.data), event.id, event.retry)
