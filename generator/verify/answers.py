"""What a Prism answer says about the request it got, and about the answer it built.
Imports only the standard library: the worker (generator/verify/wire.py) uses it next to
the generated package.

Prism lists what breaks the spec in an ``sl-violations`` header, each with a location
starting ``request`` (what the client sent) or ``response`` (what Prism built from the
spec); when no response of the spec fits an invalid request it answers with its own
problem document instead (``validation`` holds the same list)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

PRISM_ERRORS = "https://stoplight.io/prism/errors#"
# Prism's problems about the request itself: invalid, no such route or method, or nothing
# it can answer in the media type asked for or sent.
REQUEST_PROBLEMS = (
    "UNPROCESSABLE_ENTITY",
    "NO_PATH_MATCHED_ERROR",
    "NO_METHOD_MATCHED_ERROR",
    "NOT_ACCEPTABLE",
    "UNSUPPORTED_MEDIA_TYPE",
    "UNAUTHORIZED",
)

REQUEST_PARTS = ("body", "query", "path", "header", "headers", "cookie")


def _listed(items: Any, side: str) -> list[str]:
    found = []
    for item in items if isinstance(items, list) else []:
        if not isinstance(item, Mapping) or item.get("severity", "Error") != "Error":
            continue
        location = [str(part) for part in item.get("location", [])]
        if location[:1] and location[0] in REQUEST_PARTS:
            location = ["request", *location]  # Prism's 422 documents leave "request" out
        if location[:1] != [side] and not (side == "request" and not location):
            continue
        found.append(f"{'.'.join(location)}: {item.get('message', '')}".strip(": "))
    return found


# Prism cuts an sl-violations header longer than about 8 KB and says so in front.
_CUT_SHORT = "Too many violations! "


def _header_items(header: str | None) -> Any:
    if not header:
        return []
    try:
        return json.loads(header)
    except ValueError:
        pass
    whole = _whole_items(header.removeprefix(_CUT_SHORT)) if header.startswith(_CUT_SHORT) else []
    return whole or [{"location": ["request"], "message": header}]


def _whole_items(text: str) -> list[Any]:
    """The items of a JSON list cut short that came whole (credas.co.uk/pi: Prism's
    answer broke its response schema in so many places that the list was cut)."""
    decoder = json.JSONDecoder()
    items: list[Any] = []
    index = 1 if text.startswith("[") else len(text)
    while index < len(text):
        try:
            item, index = decoder.raw_decode(text, index)
        except ValueError:
            break
        items.append(item)
        while index < len(text) and text[index] in ", ":
            index += 1
    return items


def _problem(body: Any) -> str | None:
    """The kind of a Prism problem document ("NOT_ACCEPTABLE"), None for other bodies."""
    if isinstance(body, Mapping) and str(body.get("type", "")).startswith(PRISM_ERRORS):
        return str(body["type"]).removeprefix(PRISM_ERRORS)
    return None


def request_violations(header: str | None, body: Any) -> list[str]:
    """Prism's verdict on a request, one line each ("request.query.limit: ...")."""
    found = _listed(_header_items(header), "request")
    kind = _problem(body)
    if not found and kind in REQUEST_PROBLEMS:
        found = _listed(body.get("validation"), "request")
        if not found:
            found = [f"{body.get('title', '')}: {body.get('detail', '')}".strip(": ")]
    return found


def response_violations(header: str | None) -> list[str]:
    """Where the answer Prism built from the spec breaks the spec, one line each."""
    return _listed(_header_items(header), "response")


def server_problem(body: Any) -> str | None:
    """Prism's own problem document that is not about the request (it could not build an
    answer from the spec, for one); None for anything else."""
    kind = _problem(body)
    if kind is not None and kind not in REQUEST_PROBLEMS:
        return f"{body.get('title', '')}: {body.get('detail', '')}".strip(": ")
    return None


def unbuilt_answer(body: Any) -> list[str] | None:
    """Where the answer Prism built breaks the spec, when that is all that is wrong (with
    ``--errors`` Prism then sends its own 500 instead): the request was accepted. None for
    any other answer."""
    if _problem(body) != "VIOLATIONS":
        return None
    listed = body.get("validation")
    if not isinstance(listed, list) or not listed:
        return None
    if _listed(listed, "request"):
        return None
    return _listed(listed, "response")


# What Prism's HTTP server answers when it fails before Prism looks at the request against
# the spec (a Content-Type it cannot parse, for one): no answer built from the spec.
_SERVER_FAILURE = {"error": {"code": "internal_server_error", "message": "Internal Server Error"}}


def server_failure(status: object, body: Any) -> bool:
    """Whether an answer is Prism's HTTP server failing on the request, not the spec's."""
    return status == 500 and body == _SERVER_FAILURE
