"""verify's own encoding of a call: the same values, serialised by this module from the
spec's rules (OpenAPI 3 parameter styles, media types, security schemes) instead of by the
generated client.

When the mock server rejects a generated client's request, the same values are sent this
way too. If the server rejects them again, the values are at fault (the spec's own
example, or a value verify built); if it accepts them, the generated client serialised
them wrongly. The encoder is deliberately independent of the generator's model and
templates: it reads only the call (wire names, styles, media types) and the schemes.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Sequence
from typing import Any
from urllib.parse import quote, urlencode

import httpx

from generator.model.types import AuthScheme, GlobalHeader
from generator.verify.answers import request_violations
from generator.verify.calls import DUMMY_CREDENTIAL, DUMMY_HEADER, Argument, Call

# Styles this module encodes; a call using another is not cross-checked.
PATH_STYLES = {None, "simple", "label", "matrix"}
QUERY_STYLES = {None, "form", "spaceDelimited", "pipeDelimited", "deepObject"}


class NotEncodable(Exception):
    """The call uses something this encoder does not do; it cannot be cross-checked."""


def _scalar(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return ""
    if isinstance(value, (dict, list)):
        return json.dumps(value, separators=(",", ":"))
    return str(value)


def _simple(value: Any, explode: bool) -> str:
    if isinstance(value, list):
        return ",".join(_scalar(v) for v in value)
    if isinstance(value, dict):
        if explode:
            return ",".join(f"{k}={_scalar(v)}" for k, v in value.items())
        return ",".join(f"{k},{_scalar(v)}" for k, v in value.items())
    return _scalar(value)


def _path_segment(argument: Argument) -> str:
    style, value, explode = argument.style, argument.value, argument.explode
    if style not in PATH_STYLES:
        raise NotEncodable(f"path style {style}")
    if style == "label":
        sep = "." if explode else ","
        items = value if isinstance(value, list) else [value]
        return "." + sep.join(quote(_scalar(v), safe="") for v in items)
    if style == "matrix":
        name = argument.wire_name
        if isinstance(value, list):
            if explode:
                return "".join(f";{name}={quote(_scalar(v), safe='')}" for v in value)
            return f";{name}=" + ",".join(quote(_scalar(v), safe="") for v in value)
        return f";{name}={quote(_scalar(value), safe='')}"
    if isinstance(value, list):
        return ",".join(quote(_scalar(v), safe="") for v in value)
    return quote(_simple(value, explode), safe=",=")


def _query_pairs(argument: Argument) -> list[tuple[str, str]]:
    style, value, explode = argument.style, argument.value, argument.explode
    name = argument.wire_name or ""
    if style not in QUERY_STYLES:
        raise NotEncodable(f"query style {style}")
    if style == "deepObject":
        if not isinstance(value, dict):
            raise NotEncodable("deepObject with a value that is not an object")
        return [(f"{name}[{k}]", _scalar(v)) for k, v in value.items()]
    if isinstance(value, list):
        if style == "spaceDelimited":
            return [(name, " ".join(_scalar(v) for v in value))]
        if style == "pipeDelimited":
            return [(name, "|".join(_scalar(v) for v in value))]
        if explode:
            return [(name, _scalar(v)) for v in value]
        return [(name, ",".join(_scalar(v) for v in value))]
    if isinstance(value, dict):
        if explode:
            return [(str(k), _scalar(v)) for k, v in value.items()]
        return [(name, ",".join(f"{k},{_scalar(v)}" for k, v in value.items()))]
    return [(name, _scalar(value))]


def _body(argument: Argument) -> dict[str, Any]:
    """httpx keywords that send the body as its media type says."""
    media = (argument.media_type or "application/json").split(";")[0].strip().lower()
    value = argument.value
    if media == "application/json" or media.endswith("+json"):
        return {
            "content": json.dumps(value).encode(),
            "headers": {"Content-Type": argument.media_type or "application/json"},
        }
    if media == "application/x-www-form-urlencoded":
        if not isinstance(value, dict):
            raise NotEncodable("a form body that is not an object")
        pairs: list[tuple[str, str]] = []
        for key, item in value.items():
            items = item if isinstance(item, list) else [item]
            pairs += [(str(key), _scalar(v)) for v in items]
        return {
            "content": urlencode(pairs).encode(),
            "headers": {"Content-Type": "application/x-www-form-urlencoded"},
        }
    if media == "multipart/form-data":
        if not isinstance(value, dict):
            raise NotEncodable("a multipart body that is not an object")
        files = [
            (str(key), (None, _scalar(v).encode()))
            for key, item in value.items()
            for v in (item if isinstance(item, list) else [item])
        ]
        return {"files": files}
    text = value if isinstance(value, str) else json.dumps(value)
    return {"content": text.encode(), "headers": {"Content-Type": argument.media_type or media}}


def _credentials(
    schemes: Sequence[AuthScheme], alternatives: Sequence[Sequence[str]]
) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """Headers, query parameters and cookies for the first alternative of the security
    requirement: the same dummy credential the generated client is given."""
    headers: dict[str, str] = {}
    query: dict[str, str] = {}
    cookies: dict[str, str] = {}
    by_key = {scheme.key: scheme for scheme in schemes}
    for key in alternatives[0] if alternatives else ():
        scheme = by_key.get(key)
        if scheme is None:
            continue
        if scheme.kind == "basic":
            token = base64.b64encode(f"{DUMMY_CREDENTIAL}:{DUMMY_CREDENTIAL}".encode()).decode()
            headers["Authorization"] = f"Basic {token}"
            continue
        value = scheme.prefix + DUMMY_CREDENTIAL
        {"header": headers, "query": query, "cookie": cookies}[scheme.location][
            scheme.wire_name
        ] = value
    return headers, query, cookies


def build_request(
    call: Call,
    base_url: str,
    schemes: Sequence[AuthScheme],
    alternatives: Sequence[Sequence[str]],
    global_headers: Sequence[GlobalHeader] = (),
) -> httpx.Request:
    headers, query, cookies = _credentials(schemes, alternatives)
    for header in global_headers:  # as the worker's Client(...) sends them (calls.credentials)
        headers.setdefault(header.wire_name, header.default or DUMMY_HEADER)
    path = call.path
    pairs: list[tuple[str, str | int | float | bool | None]] = list(query.items())
    body: dict[str, Any] = {}
    for argument in call.arguments:
        if argument.location == "path":
            path = path.replace("{" + str(argument.wire_name) + "}", _path_segment(argument))
        elif argument.location == "query":
            pairs += _query_pairs(argument)
        elif argument.location == "header":
            if argument.style not in (None, "simple"):
                raise NotEncodable(f"header style {argument.style}")
            headers[str(argument.wire_name)] = _simple(argument.value, argument.explode)
        elif argument.location == "cookie":
            cookies[str(argument.wire_name)] = _simple(argument.value, False)
        else:
            body = _body(argument)
    headers.update(body.pop("headers", {}))
    if cookies:
        headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in cookies.items())
    return httpx.Request(
        call.http_method,
        base_url.rstrip("/") + path,
        params=pairs,
        headers=headers,
        **body,
    )


def send(
    client: httpx.Client,
    call: Call,
    base_url: str,
    schemes: Sequence[AuthScheme],
    alternatives: Sequence[Sequence[str]],
    global_headers: Sequence[GlobalHeader] = (),
) -> list[str]:
    """Send the call as this module encodes it; the server's request violations."""
    request = build_request(call, base_url, schemes, alternatives, global_headers)
    try:
        response = client.send(request)
    except (TypeError, ValueError) as error:  # a body httpx cannot write (visagecloud.com)
        raise NotEncodable(f"httpx cannot send it: {error}") from None
    try:
        body: Any = response.json()
    except ValueError:
        body = None
    return request_violations(response.headers.get("sl-violations"), body)
