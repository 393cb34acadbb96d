"""What every API method returns: the data, the errors and the raw HTTP response."""

from __future__ import annotations

import inspect
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast

import httpx

from ..errors import ApiStatusError
from .pages import DEFAULT_MAX_PAGES, Pagination, page_items
from .redact import redact_data

if TYPE_CHECKING:
    from .settings import ErrorItem

T = TypeVar("T")


@dataclass
class ApiResult(Generic[T]):
    """The outcome of one call.

    HTTP error statuses do not raise: check ``is_success()`` / ``is_error()``, or call
    ``raise_for_error()`` to turn an error into an ``ApiStatusError``. ``retries`` says how
    many times the request was sent again after a failed attempt; ``http_response`` is the
    raw ``httpx.Response`` of the last attempt (its status, headers, body and request), on
    every result and on the ``ApiStatusError`` that ``raise_for_error()`` raises.

    ``problem`` says why a result is an error when neither its status nor its error list
    does: a redirect that was not followed, or a success without the body the spec
    declares. So ``is_success()`` means ``data`` holds the declared response (it is
    ``None`` only where the spec declares no body, or a body that may be ``null``).

    ``error`` is the body of an error answer decoded into the model the spec declares for
    its status (its own, else its range's like ``4XX``, else ``default``); ``None`` when the
    spec declares none or the body does not match it (``body`` has it as it came).
    """

    status_code: int
    headers: httpx.Headers
    body: Any  # the decoded JSON body (text when not JSON, None when empty)
    data: T | None
    errors: list[ErrorItem] = field(default_factory=list)
    http_response: httpx.Response | None = None
    retries: int = 0
    problem: str | None = None
    error: Any = None
    # Set by the client on a page of a paginated operation that names a next page: it
    # sends the request for that page (a coroutine on the async client).
    follow: Callable[[], Any] | None = field(default=None, repr=False, compare=False)
    pagination: Pagination | None = field(default=None, repr=False, compare=False)

    def __repr__(self) -> str:
        # The body and the data may hold tokens: show the redacted data only.
        # Imported here: importing the package does not load pydantic.
        from pydantic import BaseModel

        data = self.data if isinstance(self.data, BaseModel) else redact_data(self.data)
        return (
            f"ApiResult(status_code={self.status_code}, retries={self.retries}, "
            f"data={data!r}, errors={self.errors!r}"
            + (f", problem={self.problem!r})" if self.problem else ")")
        )

    def is_success(self) -> bool:
        return not self.is_error()

    def is_error(self) -> bool:
        return (
            not 200 <= self.status_code < 300
            or bool(self.errors)
            or self.problem is not None
        )

    def raise_for_error(self) -> ApiResult[T]:
        """Raise ``ApiStatusError`` for an error result; return the result otherwise."""
        if self.is_error():
            raise ApiStatusError(
                f"HTTP {self.status_code}: "
                + (self.problem or _summary(self.errors, self.body)),
                status_code=self.status_code,
                errors=list(self.errors),
                headers=self.headers,
                http_response=self.http_response,
                error=self.error,
                body=self.body,
            )
        return self

    def unwrap(self) -> T:
        """The data of a successful result, typed ``T`` (no ``None`` to rule out).

        Raises what ``raise_for_error()`` raises for an error result. ``data`` may be
        ``None`` here only where the spec allows it (a body that may be ``null``, a
        response without a body), and then ``T`` says so.
        """
        self.raise_for_error()
        # A success holds the declared response (see the class docstring), so the data
        # is a T; the cast only drops the ``None`` the field allows for error results.
        return cast(T, self.data)

    def has_next_page(self) -> bool:
        """Whether the answer names a next page (only a paginated operation's can)."""
        return self.follow is not None

    def iter_pages(self, max_pages: int = DEFAULT_MAX_PAGES) -> Iterator[ApiResult[T]]:
        """This page, then each next one the server names, as typed results.

        Stops after the last page, after an error page (yielded, so check
        ``is_success()``), or after ``max_pages`` pages (1000 unless told). On a result
        of ``AsyncClient`` use ``aiter_pages()``.
        """
        page = self
        for count in range(1, max_pages + 1):
            yield page
            follow = page.follow
            if follow is None or page.is_error() or count == max_pages:
                return
            following = follow()
            if inspect.isawaitable(following):
                if inspect.iscoroutine(following):
                    following.close()  # never awaited: no "was never awaited" warning
                raise TypeError(
                    "a result of AsyncClient: use `async for` on aiter_pages()"
                )
            page = following

    def iter_items(self, max_pages: int = DEFAULT_MAX_PAGES) -> Iterator[Any]:
        """The items of every page, in order; raises ``ApiStatusError`` at an error page."""
        for page in self.iter_pages(max_pages):
            page.raise_for_error()
            yield from page_items(page.pagination, page.data)

    async def aiter_pages(
        self, max_pages: int = DEFAULT_MAX_PAGES
    ) -> AsyncIterator[ApiResult[T]]:
        """``iter_pages()`` for a result of ``AsyncClient``: ``async for page in ...``."""
        page = self
        for count in range(1, max_pages + 1):
            yield page
            follow = page.follow
            if follow is None or page.is_error() or count == max_pages:
                return
            following = follow()
            page = await following if inspect.isawaitable(following) else following

    async def aiter_items(
        self, max_pages: int = DEFAULT_MAX_PAGES
    ) -> AsyncIterator[Any]:
        """``iter_items()`` for a result of ``AsyncClient``: ``async for item in ...``."""
        async for page in self.aiter_pages(max_pages):
            page.raise_for_error()
            for item in page_items(page.pagination, page.data):
                yield item


# Where error bodies say what went wrong: problem+json (RFC 9457) has ``title`` and
# ``detail``; most APIs use one of the others (Slack: ``{"ok": false, "error": "..."}``).
_MESSAGE_FIELDS = ("title", "message", "detail", "error", "error_description", "msg")
# A summary is one line of an exception message, not the body.
SUMMARY_LENGTH = 200


def _summary(errors: list[Any], body: Any = None) -> str:
    if errors:
        texts = []
        for error in errors[:3]:
            parts = [str(getattr(error, name, "") or "") for name in ("code", "detail")]
            texts.append(": ".join(p for p in parts if p) or type(error).__name__)
        return "; ".join(texts)
    return _body_summary(redact_data(body)) or "error response"


def _body_summary(body: Any, depth: int = 0) -> str:
    """The message fields of a decoded error body as one short line ("" when none).

    Only JSON objects are read: a text or HTML body may be a whole page, or echo a secret.
    """
    if not isinstance(body, dict) or depth > 1:
        return ""
    texts: list[str] = []
    for name in _MESSAGE_FIELDS:
        value = body.get(name)
        if isinstance(value, dict):  # {"error": {"message": "..."}}
            text = _body_summary(value, depth + 1)
        elif isinstance(value, (str, int, float)) and not isinstance(value, bool):
            text = " ".join(str(value).split())
        else:
            continue
        if text and text not in texts:
            texts.append(text)
        if len(texts) == 2:  # a title and its detail say enough
            break
    line = ": ".join(texts)
    if len(line) > SUMMARY_LENGTH:
        line = line[: SUMMARY_LENGTH - 3] + "..."
    return line
