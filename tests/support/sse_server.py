"""A loopback server of server-sent events (standard library only).

``GET /ticks?count=N`` sends N ``tick`` events (JSON data), then ends the stream; without
``count`` it sends ticks until the client goes away, and ``server.client_gone`` tells when
a write found the connection closed. ``GET /log`` sends text events with multi-line data,
comments and a ``retry``; ``GET /ticks?fail=1`` answers 503 with a JSON body.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

# An endless stream stops by itself after this many events, so a client that never
# closes fails its test instead of hanging it.
ENDLESS_CAP = 2000


@dataclass
class SseServer:
    url: str
    client_gone: threading.Event = field(default_factory=threading.Event)
    sent: list[int] = field(default_factory=list)  # the tick numbers written, in order


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, format: str, *args: object) -> None:
        pass  # quiet tests

    def do_GET(self) -> None:
        target = urlsplit(self.path)
        query = parse_qs(target.query)
        if "fail" in query:
            body = json.dumps({"message": "busy"}).encode()
            self.send_response(503)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-cache")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        try:
            if target.path == "/log":
                self._chunk(": the log follows\r\nretry: 1500\r\n\r\n")
                self._chunk("data: first line\r\ndata: second line\r\n\r\n")
                self._chunk("event: rotated\r\nid: l2\r\ndata: done\r\n\r\n")
            else:
                count = int(query["count"][0]) if "count" in query else ENDLESS_CAP
                for n in range(count):
                    data = json.dumps({"n": n, "note": f"tick {n}"})
                    self._chunk(f"id: {n}\nevent: tick\ndata: {data}\n\n")
                    self.server.state.sent.append(n)
                    if "count" not in query:
                        time.sleep(0.005)
            self._chunk("")  # the last chunk: the stream ends
        except (BrokenPipeError, ConnectionResetError):
            self.server.state.client_gone.set()
            self.close_connection = True

    def _chunk(self, text: str) -> None:
        data = text.encode()
        self.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
        self.wfile.flush()


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    state: SseServer


@contextmanager
def serve_events() -> Iterator[SseServer]:
    server = _Server(("127.0.0.1", 0), _Handler)
    server.state = SseServer(f"http://127.0.0.1:{server.server_address[1]}")
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True
    )
    thread.start()
    try:
        yield server.state
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
