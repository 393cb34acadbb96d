"""The worker of ``verify``: makes the planned calls through the generated client.

Runs as ``python -m generator.verify.wire`` in its own interpreter, with the generated
package on its path, so that importing the package (and whatever it breaks) never touches
the generator's process. It reads the calls as JSON on stdin and writes one outcome per
call as JSON on stdout. It imports only the standard library, httpx, pydantic and the
generated package.

An outcome is one of:

- ``pass``: the mock server accepted the request, and the answer decoded into the declared
  type (or the spec declares no success body);
- ``rejected``: the mock server found the request against the spec (its violations);
- ``decode``: the request was accepted but the answer did not decode into the declared type;
- ``status``: an answer the spec does not call a success, for no request violation;
- ``argument``: the value could not be turned into the type the method declares;
- ``no-answer``: the request was accepted, but the answer Prism built from the spec breaks
  the spec (verify then sends the call to a server that answers what verify builds);
- ``connection``: the mock server did not answer (the worker stops there: verify sees
  whether the server died, starts it again, and sends the remaining calls);
- ``exception``: the call raised.
"""

from __future__ import annotations

import asyncio
import importlib
import inspect
import json
import sys
import traceback
import typing
import warnings
from collections.abc import Callable
from typing import Any

import httpx

from generator.verify.answers import (
    request_violations,
    response_violations,
    server_problem,
    unbuilt_answer,
)

EXCERPT = 600


class _Exchange:
    """The last request the client sent and the status and headers it got back."""

    def __init__(self) -> None:
        self.request: httpx.Request | None = None
        self.response: httpx.Response | None = None

    def on_request(self, request: httpx.Request) -> None:
        self.request, self.response = request, None

    def on_response(self, response: httpx.Response) -> None:
        self.response = response

    async def aon_request(self, request: httpx.Request) -> None:
        self.on_request(request)

    async def aon_response(self, response: httpx.Response) -> None:
        self.on_response(response)

    def line(self) -> str:
        if self.request is None:
            return ""
        return f"{self.request.method} {self.request.url}"


def _violations(response: httpx.Response | None, body: Any) -> list[str]:
    if response is None:
        return []
    return request_violations(response.headers.get("sl-violations"), body)


def _answer_violations(response: httpx.Response | None) -> list[str]:
    if response is None:
        return []
    return response_violations(response.headers.get("sl-violations"))


def _body_of(response: httpx.Response | None) -> Any:
    if response is None:
        return None
    try:
        text = response.text
    except httpx.ResponseNotRead:
        return None
    try:
        return json.loads(text)
    except ValueError:
        return text


def _json_answer(response: httpx.Response | None) -> bool:
    """Whether the answer's body is JSON (``null`` included, which _body_of reads as None)."""
    if response is None:
        return False
    try:
        json.loads(response.text)
    except (ValueError, httpx.ResponseNotRead):
        return False
    return True


def _excerpt(value: Any) -> str:
    text = value if isinstance(value, str) else json.dumps(value, default=str)
    return text if len(text) <= EXCERPT else text[:EXCERPT] + "..."


class Worker:
    def __init__(self, package: str, base_url: str, credentials: dict[str, str]) -> None:
        self.package = importlib.import_module(package)
        self.models = importlib.import_module(f"{package}.models")
        self.base_url = base_url
        self.credentials = credentials
        self.exchange = _Exchange()

    def run(self, calls: list[dict[str, Any]]) -> list[dict[str, Any]]:
        http = httpx.Client(
            event_hooks={
                "request": [self.exchange.on_request],
                "response": [self.exchange.on_response],
            }
        )
        client = self.package.Client(
            base_url=self.base_url, max_retries=0, http_client=http, **self.credentials
        )
        outcomes = []
        for call in calls:
            outcomes.append(self._call(client, call))
            if outcomes[-1]["outcome"] == "connection":
                break  # the mock server may be gone: verify restarts it and goes on
        http.close()
        return outcomes

    def _call(self, client: Any, call: dict[str, Any]) -> dict[str, Any]:
        # The sync method's annotations type the arguments of both clients.
        method = getattr(getattr(client, call["api"]), call["method"])
        try:
            kwargs = self._arguments(method, call)
        except _ArgumentError as error:
            return {"outcome": "argument", "detail": str(error)}
        self._reset()
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", DeprecationWarning)
                if call["asynchronous"]:
                    result, data = asyncio.run(self._awaited(call, kwargs))
                else:
                    result = method(**kwargs)
                    data = self._consume(result, call)
        except Exception as error:  # every failure is reported, not raised
            return self._failed(error)
        return self._judged(result, data, call)

    async def _awaited(self, call: dict[str, Any], kwargs: dict[str, Any]) -> tuple[Any, Any]:
        """The call through AsyncClient, in an event loop of its own."""
        http = httpx.AsyncClient(
            event_hooks={
                "request": [self.exchange.aon_request],
                "response": [self.exchange.aon_response],
            }
        )
        client = self.package.AsyncClient(
            base_url=self.base_url, max_retries=0, http_client=http, **self.credentials
        )
        try:
            result = await getattr(getattr(client, call["api"]), call["method"])(**kwargs)
            return result, await self._aconsume(result, call)
        finally:
            await http.aclose()

    def _reset(self) -> None:
        self.exchange.request = self.exchange.response = None

    # -- arguments ----------------------------------------------------------------------

    def _arguments(self, method: Callable[..., Any], call: dict[str, Any]) -> dict[str, Any]:
        """Each JSON value as the type the method declares (a date as ``date``, a body as
        its model), so that the client's own serialisation is what gets checked."""
        try:
            hints = typing.get_type_hints(method)
        except Exception:  # annotations only for type checkers: send as is
            hints = {}
        accepted = inspect.signature(method).parameters
        kwargs: dict[str, Any] = {}
        for argument in call["arguments"]:
            keyword, value = argument["keyword"], argument["value"]
            if keyword not in accepted:
                raise _ArgumentError(f"{call['method']}() has no keyword {keyword!r}")
            if argument["location"] == "body" and call["body_model"] and call["typed_body"]:
                model = getattr(self.models, call["body_model"])
                try:
                    kwargs[keyword] = model.model_validate(value)
                except Exception as error:
                    raise _ArgumentError(
                        f"{call['body_model']}.model_validate() refused the value: "
                        + _first_line(error)
                    ) from None
                continue
            kwargs[keyword] = self._typed(hints.get(keyword), value, keyword)
        return kwargs

    def _typed(self, hint: Any, value: Any, keyword: str) -> Any:
        if hint is None:
            return value
        from pydantic import TypeAdapter

        try:
            adapter: TypeAdapter[Any] = TypeAdapter(hint)
        except Exception:  # a type pydantic cannot check (a file object)
            return value.encode() if isinstance(value, str) and _takes_bytes(hint) else value
        try:
            return adapter.validate_python(value)
        except Exception as error:
            raise _ArgumentError(
                f"{keyword}: the declared type refused the value: {_first_line(error)}"
            ) from None

    # -- results ------------------------------------------------------------------------

    def _consume(self, result: Any, call: dict[str, Any]) -> Any:
        if call["result_kind"] == "events" and not hasattr(result, "status_code"):
            with result as stream:
                return [event.data for event in stream]
        return getattr(result, "data", None)

    async def _aconsume(self, result: Any, call: dict[str, Any]) -> Any:
        if call["result_kind"] == "events" and not hasattr(result, "status_code"):
            async with result as stream:
                return [event.data async for event in stream]
        return getattr(result, "data", None)

    def _judged(self, result: Any, data: Any, call: dict[str, Any]) -> dict[str, Any]:
        response = getattr(result, "http_response", None) or self.exchange.response
        body = _body_of(response)
        status = getattr(result, "status_code", None) or (
            response.status_code if response is not None else None
        )
        common, refused = self._answer(status, response, body)
        if refused is not None:
            return {**common, **refused}
        if hasattr(result, "is_success") and not result.is_success():
            if call["expects_success"]:
                problem = getattr(result, "problem", None)
                outcome = "decode" if problem and status and 200 <= status < 300 else "status"
                return {**common, "outcome": outcome, "detail": problem or f"status {status}"}
            return {**common, "outcome": "pass", "detail": "no success response declared"}
        return {**common, "outcome": "pass", "detail": _excerpt(repr(type(data).__name__))}

    def _failed(self, error: Exception) -> dict[str, Any]:
        response = self.exchange.response
        body = getattr(error, "body", None)
        if body is None:
            body = _body_of(response)
        status = getattr(error, "status_code", None) or (
            response.status_code if response is not None else None
        )
        common, refused = self._answer(status, response, body)
        if refused is not None:
            return {**common, **refused}
        kind = type(error).__name__
        if kind == "ApiConnectionError" or isinstance(error, httpx.TransportError):
            return {**common, "outcome": "connection", "detail": _first_line(error, 400)}
        if kind == "ApiResponseValidationError":
            return {**common, "outcome": "decode", "detail": _first_line(error, 400)}
        where = traceback.extract_tb(error.__traceback__)[-1]
        return {
            **common,
            "outcome": "exception",
            "detail": f"{kind}: {_first_line(error, 400)} ({where.filename}:{where.lineno})",
        }

    def _answer(
        self, status: int | None, response: httpx.Response | None, body: Any
    ) -> tuple[dict[str, Any], dict[str, Any] | None]:
        """What every outcome reports about the exchange, and the outcome when Prism
        refused the request or could not answer it (None otherwise)."""
        common = {
            "status": status,
            "request": self.exchange.line(),
            "body": _excerpt(body) if body is not None else "",
            "response": body if not isinstance(body, str) else None,
            "json_answer": _json_answer(response),
            "answer_violations": _answer_violations(response),
        }
        violations = _violations(response, body)
        if violations:
            return common, {"outcome": "rejected", "violations": violations, "detail": ""}
        unbuilt = unbuilt_answer(body) or [server_problem(body) or ""]
        if unbuilt[0]:
            return common, {"outcome": "no-answer", "detail": unbuilt[0]}
        return common, None


class _ArgumentError(Exception):
    pass


def _first_line(error: BaseException, limit: int = 300) -> str:
    text = " ".join(str(error).split())
    return text if len(text) <= limit else text[:limit] + "..."


def _takes_bytes(hint: Any) -> bool:
    return "bytes" in repr(hint)


def main() -> int:
    request = json.load(sys.stdin)
    answer, sys.stdout = sys.stdout, sys.stderr  # what the package prints is not the answer
    sys.path.insert(0, request["folder"])
    try:
        worker = Worker(request["package"], request["base_url"], request["credentials"])
    except Exception as error:  # the generated package does not import
        json.dump({"fatal": f"{type(error).__name__}: {_first_line(error, 600)}"}, answer)
        return 0
    json.dump({"outcomes": worker.run(request["calls"])}, answer)
    return 0


if __name__ == "__main__":
    sys.exit(main())
