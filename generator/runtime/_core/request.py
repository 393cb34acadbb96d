"""Turning an API method's arguments into a request described as data.

Building is pure (arguments in, ``RequestSpec`` out), so the sync and async clients share
everything but the line that does I/O. API modules import everything they use from here.
"""

from __future__ import annotations

import base64
import datetime
import decimal
import enum
import json
import uuid
import warnings
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from pydantic import BaseModel

# Re-exported: API modules take these from this module too.
from .call import QueryValue as QueryValue
from .call import RequestOptions as RequestOptions
from .call import RequestSpec as RequestSpec
from .pages import Pagination as Pagination

# The serialization context of what goes to the server: models leave out read-only fields.
TO_SERVER = {"to_server": True}


def encode_path(template: str, values: Mapping[str, Any]) -> str:
    """Fill ``{name}`` placeholders; every value is percent-encoded, slashes included.

    Arrays and objects use the ``simple`` style: ``a,b,c`` and ``key,value,key,value``.
    """
    path = template
    for name, value in values.items():
        path = path.replace("{" + name + "}", quote(_simple(value, False), safe=""))
    return path


def _scalar(value: Any) -> str:
    """One value as text in a path, query, header, cookie or form field."""
    if isinstance(value, enum.Enum):
        value = value.value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (datetime.datetime, datetime.date, datetime.time)):
        # RFC 3339 (``2024-01-02T03:04:05+00:00``), not str()'s space-separated form.
        return value.isoformat()
    if isinstance(value, (bytes, bytearray)):
        return base64.b64encode(value).decode("ascii")  # format: byte
    return str(value)


def _plain(value: Any) -> Any:
    """Models become dicts (wire names, set fields only); anything else stays."""
    if isinstance(value, BaseModel):
        return value.model_dump(
            mode="json", by_alias=True, exclude_unset=True, context=TO_SERVER
        )
    return value


def _simple(value: Any, explode: bool) -> str:
    value = _plain(value)
    if isinstance(value, (list, tuple)):
        return ",".join(_scalar(item) for item in value)
    if isinstance(value, dict):
        if explode:
            return ",".join(
                f"{k}={_scalar(v)}" for k, v in value.items() if v is not None
            )
        return ",".join(f"{k},{_scalar(v)}" for k, v in value.items() if v is not None)
    return _scalar(value)


_DELIMITERS = {"form": ",", "spaceDelimited": " ", "pipeDelimited": "|"}


def query_pairs(
    values: Mapping[str, Any], styles: Mapping[str, tuple[str, bool]] | None = None
) -> list[tuple[str, QueryValue]]:
    """Query parameters; unset values are left out.

    By default (``form``, exploded) lists repeat the name and objects give one pair per
    property. ``styles`` names the parameters the spec writes otherwise: ``(style,
    explode)`` with style ``form`` (``a,b``), ``spaceDelimited``, ``pipeDelimited`` or
    ``deepObject`` (``name[key]=value``).
    """
    pairs: list[tuple[str, QueryValue]] = []
    for name, raw in values.items():
        value = _plain(raw)
        if value is None:
            continue
        style, explode = (styles or {}).get(name, ("form", True))
        if isinstance(value, dict):
            items = [(k, v) for k, v in value.items() if v is not None]
            if style == "deepObject":
                pairs.extend((f"{name}[{k}]", _scalar(v)) for k, v in items)
            elif explode:
                pairs.extend((str(k), _scalar(v)) for k, v in items)
            else:
                pairs.append((name, ",".join(f"{k},{_scalar(v)}" for k, v in items)))
        elif isinstance(value, (list, tuple)):
            if explode:
                pairs.extend((name, _scalar(item)) for item in value)
            else:
                delimiter = _DELIMITERS.get(style, ",")
                pairs.append((name, delimiter.join(_scalar(item) for item in value)))
        else:
            pairs.append((name, _scalar(value)))
    return pairs


def header_values(
    values: Mapping[str, Any], styles: Mapping[str, tuple[str, bool]] | None = None
) -> dict[str, str]:
    """Header (and cookie) values in the ``simple`` style; unset values are left out."""
    return {
        name: _simple(value, (styles or {}).get(name, ("simple", False))[1])
        for name, value in values.items()
        if value is not None
    }


def form_fields(body: Any) -> dict[str, str | list[str]] | None:
    """A form body (model or mapping) as fields: lists repeat, objects go as JSON text.

    File values (bytes, file objects, tuples) are left to ``file_parts``.
    """
    if body is None:
        return None
    fields: dict[str, str | list[str]] = {}
    for name, value in _fields_of(body).items():
        if value is None or _is_file(value):
            continue
        if isinstance(value, (list, tuple)):
            fields[name] = [_form_text(item) for item in value]
        else:
            fields[name] = _form_text(value)
    return fields


def _form_text(value: Any) -> str:
    value = _plain(value)
    if isinstance(value, (dict, list)):
        return json.dumps(value, separators=(",", ":"))
    return _scalar(value)


def _is_file(value: Any) -> bool:
    return isinstance(value, (bytes, bytearray, tuple)) or hasattr(value, "read")


def file_parts(body: Any) -> list[tuple[str, Any]] | None:
    """The files of a multipart body: ``bytes``, a file object, or a tuple as httpx takes
    it, ``(filename, content)`` or ``(filename, content, content_type)``. None only for no
    body; a multipart body without files gives []."""
    if body is None:
        return None
    parts = [
        (name, value) for name, value in _fields_of(body).items() if _is_file(value)
    ]
    # [] (not None) when it has none: the body is still multipart (see http.py).
    return [
        (name, bytes(value) if isinstance(value, bytearray) else value)
        for name, value in parts
    ]


def _fields_of(body: Any) -> dict[str, Any]:
    """Wire name -> value of the fields that were set (a model) or given (a mapping)."""
    if isinstance(body, BaseModel):
        fields = type(body).model_fields
        return {
            (
                fields[name].serialization_alias or name if name in fields else name
            ): getattr(body, name)
            # In the model's order: model_fields_set is a set, and a form sent twice
            # should be the same bytes twice.
            for name in [*fields, *sorted(body.model_fields_set - fields.keys())]
            if name in body.model_fields_set
        }
    return dict(body)


def raw_content(body: bytes | str | None) -> bytes | None:
    """A binary or text body, as the bytes sent."""
    if body is None:
        return None
    return body.encode("utf-8") if isinstance(body, str) else bytes(body)


def json_body(body: Any) -> Any:
    """A model becomes its wire JSON (only fields that were set); dicts and lists go as
    given, their values written as the models write them (datetimes in RFC 3339, UUIDs
    and decimals as text, bytes in base64)."""
    if isinstance(body, BaseModel):
        return body.model_dump(
            mode="json", by_alias=True, exclude_unset=True, context=TO_SERVER
        )
    if isinstance(body, (list, tuple)):
        return [json_body(item) for item in body]
    if isinstance(body, dict):
        return {key: json_body(value) for key, value in body.items()}
    if isinstance(body, enum.Enum):
        return json_body(body.value)
    if isinstance(body, (datetime.datetime, datetime.date, datetime.time)):
        return body.isoformat()
    if isinstance(body, (uuid.UUID, decimal.Decimal)):
        return str(body)
    if isinstance(body, (bytes, bytearray)):
        return base64.b64encode(body).decode("ascii")
    return body


def encode_body(
    body: Any, content_type: str, encodings: Mapping[str, str]
) -> dict[str, Any]:
    """The ``RequestSpec`` fields of a body sent as the media type the caller chose.

    ``encodings`` maps each media type the spec declares to how it is sent (json, form,
    multipart, text, binary); another media type is a ValueError, before anything is sent.
    """
    encoding = encodings.get(content_type)
    if encoding is None:
        choices = ", ".join(repr(media_type) for media_type in encodings)
        raise ValueError(f"content_type {content_type!r} is not one of {choices}")
    sent_as = "application/octet-stream" if "*" in content_type else content_type
    if body is None:
        return {}
    if encoding == "json":
        return {"json": json_body(body), "has_json": True, "content_type": sent_as}
    if encoding in ("form", "multipart"):
        files = file_parts(body) if encoding == "multipart" else None
        return {"form": form_fields(body), "files": files}
    return {"content": raw_content(body), "content_type": sent_as}


def warn_deprecated(message: str) -> None:
    # stacklevel 3: past this helper and the API method, to the caller's line.
    warnings.warn(message, DeprecationWarning, stacklevel=3)
