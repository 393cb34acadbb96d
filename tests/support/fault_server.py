"""A tiny scriptable HTTP server for error-path tests (standard library only).

Example::

    with serve(queue_responder(
        CannedResponse.json(503, {"error": "busy"}, headers={"Retry-After": "0"}),
        CannedResponse.json(200, {"ok": True}),
    )) as server:
        ...  # point the client at server.url
        assert [r.method for r in server.requests] == ["GET", "GET"]

The responder runs on the server's handler thread for every request; it receives a
``RecordedRequest`` and returns a ``CannedResponse``. Every request is recorded in
``server.requests`` before the responder is called.
"""

from __future__ import annotations

import json as _json
import socket
import threading
import traceback
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

__all__ = [
    "CannedResponse",
    "FaultServer",
    "Headers",
    "RecordedRequest",
    "Responder",
    "queue_responder",
    "refused_url",
    "serve",
]


class Headers(Mapping[str, str]):
    """Read-only, case-insensitive header mapping that keeps the original pairs.

    ``headers["x-foo"]`` returns the first value; ``get_all`` returns every value;
    ``pairs`` is the raw list of ``(name, value)`` tuples in wire order.
    """

    def __init__(self, pairs: list[tuple[str, str]]) -> None:
        self.pairs: list[tuple[str, str]] = list(pairs)
        self._first: dict[str, str] = {}
        for name, value in self.pairs:
            self._first.setdefault(name.lower(), value)

    def __getitem__(self, name: str) -> str:
        return self._first[name.lower()]

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and name.lower() in self._first

    def __iter__(self) -> Iterator[str]:
        return iter(self._first)

    def __len__(self) -> int:
        return len(self._first)

    def get_all(self, name: str) -> list[str]:
        key = name.lower()
        return [value for n, value in self.pairs if n.lower() == key]

    def __repr__(self) -> str:
        return f"Headers({self.pairs!r})"


@dataclass(frozen=True)
class RecordedRequest:
    """One request as received by the fault server."""

    method: str
    path: str  # without the query string, still percent-encoded
    query: str  # raw query string without the leading "?" ("" if none)
    headers: Headers
    body: bytes

    @property
    def target(self) -> str:
        """The raw request target (path plus ``?query`` if any)."""
        return f"{self.path}?{self.query}" if self.query else self.path

    @property
    def query_params(self) -> dict[str, list[str]]:
        return parse_qs(self.query, keep_blank_values=True)

    def json(self) -> Any:
        return _json.loads(self.body)

    def text(self, encoding: str = "utf-8") -> str:
        return self.body.decode(encoding)


@dataclass(frozen=True)
class CannedResponse:
    """What the server should answer (or how it should misbehave)."""

    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    delay_s: float = 0.0  # sleep before answering (interrupted when the server stops)
    close_without_response: bool = False  # drop the connection instead of answering
    # Send the status line and headers ("headers") or the body ("body") one byte at a time,
    # this many seconds apart: every single read is quick, the whole answer is slow.
    drip: str = ""
    drip_interval_s: float = 0.0

    @classmethod
    def json(
        cls,
        status: int,
        obj: Any,
        headers: Mapping[str, str] | None = None,
        *,
        delay_s: float = 0.0,
    ) -> CannedResponse:
        all_headers = {"Content-Type": "application/json"}
        all_headers.update(headers or {})
        return cls(
            status=status,
            headers=all_headers,
            body=_json.dumps(obj).encode("utf-8"),
            delay_s=delay_s,
        )

    @classmethod
    def text(
        cls,
        status: int,
        text: str,
        headers: Mapping[str, str] | None = None,
        *,
        content_type: str = "text/plain; charset=utf-8",
        delay_s: float = 0.0,
    ) -> CannedResponse:
        all_headers = {"Content-Type": content_type}
        all_headers.update(headers or {})
        return cls(status=status, headers=all_headers, body=text.encode("utf-8"), delay_s=delay_s)

    @classmethod
    def empty(cls, status: int = 204, headers: Mapping[str, str] | None = None) -> CannedResponse:
        return cls(status=status, headers=dict(headers or {}))

    @classmethod
    def disconnect(cls, *, delay_s: float = 0.0) -> CannedResponse:
        """Close the connection without sending any response bytes."""
        return cls(close_without_response=True, delay_s=delay_s)


Responder = Callable[[RecordedRequest], CannedResponse]


def queue_responder(*responses: CannedResponse) -> Responder:
    """Answer with ``responses`` in order; once exhausted, keep repeating the last one."""
    if not responses:
        raise ValueError("queue_responder needs at least one response")
    remaining = list(responses)
    lock = threading.Lock()

    def responder(_request: RecordedRequest) -> CannedResponse:
        with lock:
            return remaining.pop(0) if len(remaining) > 1 else remaining[0]

    return responder


def _shutdown_quietly(conn: socket.socket) -> None:
    try:
        conn.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass


# Statuses that never carry a body (RFC 9110).
_NO_BODY_STATUSES = frozenset({204, 304})


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"  # keep-alive, like real APIs
    timeout = 30  # backstop so an idle keep-alive connection cannot pin a thread forever

    def setup(self) -> None:
        super().setup()
        self.server.track_connection(self.connection, add=True)
        if self.server.stopping.is_set():  # raced with serve() shutting down
            _shutdown_quietly(self.connection)

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            self.server.track_connection(self.connection, add=False)

    def log_message(self, format: str, *args: Any) -> None:
        pass  # keep test output clean

    def _read_body(self) -> bytes:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            chunks: list[bytes] = []
            while True:
                size_line = self.rfile.readline()
                size = int(size_line.split(b";", 1)[0].strip() or b"0", 16)
                if size == 0:
                    while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                        pass  # trailers
                    return b"".join(chunks)
                chunks.append(self.rfile.read(size))
                self.rfile.readline()  # CRLF after the chunk
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length > 0 else b""

    def _handle(self) -> None:
        split = urlsplit(self.path)
        request = RecordedRequest(
            method=self.command,
            path=split.path,
            query=split.query,
            headers=Headers(list(self.headers.items())),
            body=self._read_body(),
        )
        self.server.record(request)
        try:
            response = self.server.responder(request)
        except Exception:
            error = traceback.format_exc()
            self.server.record_error(error)
            response = CannedResponse.text(500, f"fault_server responder raised:\n{error}")

        if response.delay_s > 0:
            self.server.stopping.wait(response.delay_s)

        if response.close_without_response:
            self.close_connection = True
            _shutdown_quietly(self.connection)
            return

        send_body = self.command != "HEAD" and response.status not in _NO_BODY_STATUSES
        try:
            head = self._head(response)
            body = response.body if send_body else b""
            if response.drip == "headers":
                self._drip(head, response.drip_interval_s)
                self.wfile.write(body)
            elif response.drip == "body":
                self.wfile.write(head)
                self.wfile.flush()
                self._drip(body, response.drip_interval_s)
            else:
                self.wfile.write(head + body)
            self.wfile.flush()
        except OSError:
            self.close_connection = True  # client gave up (e.g. its timeout fired)

    def _head(self, response: CannedResponse) -> bytes:
        """The status line and headers, written out here so that they can be dripped."""
        reason = self.responses.get(response.status, ("",))[0]
        lines = [f"{self.protocol_version} {response.status} {reason}"]
        lines += [f"{name}: {value}" for name, value in response.headers.items()]
        names = {name.lower() for name in response.headers}
        if "content-length" not in names and response.status not in _NO_BODY_STATUSES:
            lines.append(f"Content-Length: {len(response.body)}")
        if response.headers.get("Connection", "").lower() == "close":
            self.close_connection = True
        return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")

    def _drip(self, data: bytes, interval_s: float) -> None:
        for index in range(len(data)):
            if self.server.stopping.wait(interval_s):
                raise OSError("server stopping")
            self.wfile.write(data[index : index + 1])
            self.wfile.flush()

    do_GET = _handle
    do_POST = _handle
    do_PUT = _handle
    do_PATCH = _handle
    do_DELETE = _handle
    do_HEAD = _handle
    do_OPTIONS = _handle


class _Server(ThreadingHTTPServer):
    daemon_threads = False  # server_close() joins handler threads
    block_on_close = True

    def __init__(self, responder: Responder) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.responder = responder
        self.stopping = threading.Event()
        self._lock = threading.Lock()
        self._requests: list[RecordedRequest] = []
        self._errors: list[str] = []
        self._connections: set[socket.socket] = set()

    def record(self, request: RecordedRequest) -> None:
        with self._lock:
            self._requests.append(request)

    def record_error(self, text: str) -> None:
        with self._lock:
            self._errors.append(text)

    def snapshot(self) -> tuple[list[RecordedRequest], list[str]]:
        with self._lock:
            return list(self._requests), list(self._errors)

    def track_connection(self, conn: socket.socket, *, add: bool) -> None:
        with self._lock:
            if add:
                self._connections.add(conn)
            else:
                self._connections.discard(conn)

    def drop_connections(self) -> None:
        """Unblock handler threads waiting on idle keep-alive connections."""
        with self._lock:
            conns = list(self._connections)
        for conn in conns:
            _shutdown_quietly(conn)

    def handle_error(self, request: Any, client_address: Any) -> None:
        # Never print to stderr; keep the traceback for inspection instead.
        self.record_error(traceback.format_exc())


class FaultServer:
    """Handle returned by ``serve()``."""

    def __init__(self, server: _Server) -> None:
        self._server = server
        self.host, self.port = server.server_address[0], int(server.server_address[1])

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def requests(self) -> list[RecordedRequest]:
        """A snapshot (copy) of every request received so far, in arrival order."""
        return self._server.snapshot()[0]

    @property
    def errors(self) -> list[str]:
        """Tracebacks of responder exceptions / handler errors (empty when all went well)."""
        return self._server.snapshot()[1]

    @property
    def responder(self) -> Responder:
        return self._server.responder

    @responder.setter
    def responder(self, responder: Responder) -> None:
        self._server.responder = responder


@contextmanager
def serve(responder: Responder) -> Iterator[FaultServer]:
    """Run a fault server on 127.0.0.1 (random port) for the duration of the block."""
    server = _Server(responder)
    thread = threading.Thread(
        target=server.serve_forever,
        kwargs={"poll_interval": 0.05},
        name=f"fault-server-{server.server_address[1]}",
        daemon=True,
    )
    thread.start()
    try:
        yield FaultServer(server)
    finally:
        server.stopping.set()
        server.shutdown()
        server.drop_connections()
        server.server_close()
        thread.join(timeout=10)


def refused_url() -> str:
    """A URL on 127.0.0.1 where nothing listens, so connecting is refused at once.

    The port was free a moment ago (the OS picked it); nothing in the test suite binds a
    fixed port, so it stays free for the few milliseconds a test needs it.
    """
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}"
