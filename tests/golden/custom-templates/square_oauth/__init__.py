"""Square OAuth API

A Python client generated from the API's OpenAPI description.

    from square_oauth import Client
    client = Client()
"""

from ._core.result import ApiResult
from ._core.retry import Backoff
from .client import AsyncClient, Client
from .environment import Environment
from .errors import (
    ApiConnectionError,
    ApiError,
    ApiResponseValidationError,
    ApiStatusError,
    ApiTimeoutError,
    MissingCredentialError,
)

__version__ = "0.1.0"

__all__ = [
    "ApiConnectionError",
    "ApiError",
    "ApiResponseValidationError",
    "ApiResult",
    "ApiStatusError",
    "ApiTimeoutError",
    "AsyncClient",
    "Backoff",
    "Client",
    "Environment",
    "MissingCredentialError",
    "__version__",
]
