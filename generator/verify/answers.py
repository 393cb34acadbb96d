"""What a Prism answer says about the request it got. Imports only the standard library:
the worker (generator/verify/wire.py) uses it next to the generated package."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

PRISM_ERRORS = "https://stoplight.io/prism/errors#"
# Prism's problems about the request itself: no such route or method, or nothing it can
# answer in the media type asked for or sent.
REQUEST_PROBLEMS = ("NO_PATH_MATCHED_ERROR", "NO_METHOD_MATCHED_ERROR", "NOT_ACCEPTABLE", "UNSUPPORTED_MEDIA_TYPE")


def request_violations(header: str | None, body: Any) -> list[str]:
    """Prism's verdict on a request, one line each ("request.query.limit: ..."): the
    errors of its ``sl-violations`` header, else a problem document about the request."""
    found: list[str] = []
    if header:
        try:
            listed = json.loads(header)
        except ValueError:
            listed = [{"message": header}]
        for item in listed if isinstance(listed, list) else []:
            if isinstance(item, Mapping) and item.get("severity", "Error") == "Error":
                where = ".".join(str(part) for part in item.get("location", []))
                found.append(f"{where}: {item.get('message', '')}".strip(": "))
    if not found and isinstance(body, Mapping):
        kind = str(body.get("type", ""))
        if kind.startswith(PRISM_ERRORS) and kind.removeprefix(PRISM_ERRORS) in REQUEST_PROBLEMS:
            found.append(f"{body.get('title', '')}: {body.get('detail', '')}".strip(": "))
    return found


def server_problem(body: Any) -> str | None:
    """Prism's own problem document that is not about the request (it could not build an
    answer from the spec, for one); None for anything else."""
    if isinstance(body, Mapping):
        kind = str(body.get("type", ""))
        if kind.startswith(PRISM_ERRORS) and kind.removeprefix(PRISM_ERRORS) not in REQUEST_PROBLEMS:
            return f"{body.get('title', '')}: {body.get('detail', '')}".strip(": ")
    return None
