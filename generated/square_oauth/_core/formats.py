"""Python types for string formats that pydantic has no ready type for.

``format: byte`` is base64 text on the wire and ``bytes`` in Python. pydantic's own
``Base64Bytes`` decodes *every* input, so ``Model(payload=b"raw")`` would be read as base64
too; here bytes are the data itself, and only text (what a server sends) is decoded.
"""

from __future__ import annotations

import base64
import binascii
from typing import Annotated, Any

from pydantic import BeforeValidator, PlainSerializer


def _decode(value: Any) -> Any:
    if isinstance(value, str):
        try:
            return base64.b64decode(value, validate=True)
        except binascii.Error as error:
            raise ValueError("not base64 text") from error
    return value


def _encode(value: bytes) -> str:
    return base64.b64encode(value).decode("ascii")


Base64Bytes = Annotated[
    bytes, BeforeValidator(_decode), PlainSerializer(_encode, when_used="json")
]
