"""One class per tag of the spec; reach them as attributes of ``Client``.

Each is imported on first use, so that creating a client does not load every API.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .o_auth import AsyncOAuthApi, OAuthApi

__all__ = [
    "AsyncOAuthApi",
    "OAuthApi",
]

# The module of each class.
_MODULES: dict[str, str] = {
    "AsyncOAuthApi": "o_auth",
    "OAuthApi": "o_auth",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value  # found directly from now on
    return value


def __dir__() -> list[str]:
    return list(__all__)
