"""Every model and enum of the API, importable from one place.

Each is imported on first use, so that importing the package or one API does not load
every model of a large API.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .error import Error
    from .error_category import ErrorCategory
    from .error_code import ErrorCode
    from .error_response import ErrorResponse
    from .obtain_token_request import ObtainTokenRequest
    from .obtain_token_response import ObtainTokenResponse
    from .renew_token_request import RenewTokenRequest
    from .renew_token_response import RenewTokenResponse
    from .retrieve_token_status_response import RetrieveTokenStatusResponse
    from .revoke_token_request import RevokeTokenRequest
    from .revoke_token_response import RevokeTokenResponse

__all__ = [
    "Error",
    "ErrorCategory",
    "ErrorCode",
    "ErrorResponse",
    "ObtainTokenRequest",
    "ObtainTokenResponse",
    "RenewTokenRequest",
    "RenewTokenResponse",
    "RetrieveTokenStatusResponse",
    "RevokeTokenRequest",
    "RevokeTokenResponse",
]

# The module of each class not imported above.
_MODULES: dict[str, str] = {
    "Error": "error",
    "ErrorCategory": "error_category",
    "ErrorCode": "error_code",
    "ErrorResponse": "error_response",
    "ObtainTokenRequest": "obtain_token_request",
    "ObtainTokenResponse": "obtain_token_response",
    "RenewTokenRequest": "renew_token_request",
    "RenewTokenResponse": "renew_token_response",
    "RetrieveTokenStatusResponse": "retrieve_token_status_response",
    "RevokeTokenRequest": "revoke_token_request",
    "RevokeTokenResponse": "revoke_token_response",
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
