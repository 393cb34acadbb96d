"""Every model and enum of the API, importable from one place."""

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
