"""Whether an operation may be sent twice, decided once from the spec for the runtime.

GET, HEAD, OPTIONS, PUT, DELETE and TRACE do the same thing however often they are sent
(RFC 9110), so a failed attempt is tried again. A POST or PATCH may not: sent twice it can
charge a card twice or spend a single-use authorization code. It counts as idempotent when

- it carries an idempotency key: an ``Idempotency-Key`` header parameter, or a top-level
  field of its JSON body named like Square's ``idempotency_key``; the client makes one up
  (a UUID4) when the caller leaves it out and sends the same one on every attempt;
- or the spec marks it with the vendor extension ``x-idempotent: true`` (a read that is a
  POST, say). ``x-idempotent: false`` marks any operation as not idempotent.

Otherwise the runtime retries it only when the request never left (no connection).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from generator.model import naming

if TYPE_CHECKING:
    from generator.model.types import ObjectModel, Parameter, RequestBody

EXTENSION = "x-idempotent"
KEY_HEADER = "idempotency-key"
KEY_FIELD = "idempotency_key"  # compared after snake_case: idempotencyKey matches too
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})


@dataclass(frozen=True)
class Idempotency:
    """Whether an operation may be retried after it may have reached the server."""

    idempotent: bool
    # Where its idempotency key goes and its name on the wire: ("header",
    # "Idempotency-Key") or ("body", "idempotency_key"); None when it has none.
    key: tuple[Literal["header", "body"], str] | None = None
    # Why, for the docs: "method", "key", "extension" or "" (not idempotent)
    reason: str = "method"

    @property
    def declared(self) -> bool:
        """Whether the runtime must be told ``idempotent=``: it follows the HTTP method
        and the key (a request that carries its key is idempotent) unless the spec's
        ``x-idempotent`` says otherwise."""
        return self.reason == "extension"


def idempotency(
    spec: Mapping[str, Any],
    method: str,
    parameters: tuple[Parameter, ...],
    body: RequestBody | None,
    models: Mapping[str, ObjectModel],
) -> Idempotency:
    key = _key(parameters, body, models)
    declared = spec.get(EXTENSION)
    if isinstance(declared, bool):
        by_method = (method.upper() in IDEMPOTENT_METHODS) == declared
        return Idempotency(declared, key, "method" if by_method else "extension")
    if method.upper() in IDEMPOTENT_METHODS:
        return Idempotency(True, key, "method")
    if key is not None:
        return Idempotency(True, key, "key")
    return Idempotency(False, None, "")


def _key(
    parameters: tuple[Parameter, ...],
    body: RequestBody | None,
    models: Mapping[str, ObjectModel],
) -> tuple[Literal["header", "body"], str] | None:
    for parameter in parameters:
        if parameter.location == "header" and parameter.wire_name.lower() == KEY_HEADER:
            return ("header", parameter.wire_name)
    if body is None or body.encoding != "json" or body.model_name is None:
        return None
    model = models.get(body.model_name)
    if model is None:
        return None
    for field in model.fields:
        if naming.snake_case(field.wire_name) == KEY_FIELD:
            return ("body", field.wire_name)
    return None


def retry_note(policy: Idempotency, method: str) -> str:
    """One sentence (markdown) for the operation's docs: when a failed call is retried."""
    again = "A call that timed out or got a `408`, `429` or `5xx` is retried"
    if policy.idempotent:
        if policy.key is not None:
            where, name = policy.key
            place = "header" if where == "header" else "body field"
            return (
                f"{again}: it carries the idempotency key `{name}` ({place}), made up when"
                " you leave it out and the same on every attempt."
            )
        if policy.reason == "extension":
            return f"{again}: the spec marks it `{EXTENSION}: true`."
        return f"{again}: a `{method}` does the same however often it is sent."
    why = (
        f"the spec marks it `{EXTENSION}: false`"
        if policy.reason
        else f"a `{method}` without an idempotency key could act twice"
    )
    return (
        f"Not retried once the request may have reached the server ({why}): only when"
        " the connection could not be made, or when the server answers"
        " `x-should-retry: true`."
    )


# A GET, PUT, DELETE... as the runtime reads the method: what an Operation has by default.
IDEMPOTENT_BY_METHOD = Idempotency(True)
