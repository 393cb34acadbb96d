"""A loopback HTTP server that answers each request with the next answer it was given.

For a call whose request Prism accepted but whose answer Prism could not build to the
spec's own response schema (it builds some from the schema, and misses with ``oneOf``, for
one), verify builds an answer that satisfies the schema and checks that the generated
client decodes it, over real HTTP like every other call.
"""

from __future__ import annotations

import threading
from collections import deque
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import NamedTuple


class Answer(NamedTuple):
    status: int
    content_type: str
    body: bytes


class AnswerServer:
    """Use as a context manager; ``url`` is its base URL. Answers go out in the order
    given, one per request, whatever the request's path."""

    def __init__(self, answers: list[Answer]) -> None:
        self._answers = deque(answers)
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def _answer(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                if length:
                    self.rfile.read(length)
                with server._lock:
                    answer = server._answers.popleft() if server._answers else None
                if answer is None:
                    answer = Answer(599, "text/plain", b"verify: no answer left")
                self.send_response(answer.status)
                self.send_header("Content-Type", answer.content_type)
                self.send_header("Content-Length", str(len(answer.body)))
                self.end_headers()
                self.wfile.write(answer.body)

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = _answer

            def log_message(self, format: str, *args: object) -> None:
                pass  # quiet: the report says what happened

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def __enter__(self) -> AnswerServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
