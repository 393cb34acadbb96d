"""What every API method returns: the data, the errors and the raw HTTP response."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast

import httpx

from ..errors import ApiStatusError
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
    """

    status_code: int
    headers: httpx.Headers
    body: Any  # the decoded JSON body (text when not JSON, None when empty)
    data: T | None
    errors: list[ErrorItem] = field(default_factory=list)
    http_response: httpx.Response | None = None
    retries: int = 0
    problem: str | None = None

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
                f"HTTP {self.status_code}: {self.problem or _summary(self.errors)}",
                status_code=self.status_code,
                errors=list(self.errors),
                headers=self.headers,
                http_response=self.http_response,
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


def _summary(errors: list[Any]) -> str:
    if not errors:
        return "error response"
    texts = []
    for error in errors[:3]:
        parts = [str(getattr(error, name, "") or "") for name in ("code", "detail")]
        texts.append(": ".join(p for p in parts if p) or type(error).__name__)
    return "; ".join(texts)
