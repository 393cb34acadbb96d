"""One class per tag of the spec; reach them as attributes of ``Client``."""

from .o_auth import AsyncOAuthApi, OAuthApi

__all__ = [
    "AsyncOAuthApi",
    "OAuthApi",
]
