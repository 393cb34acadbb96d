"""This API's runtime defaults and the facts about it that the runtime needs, from the spec.

The other modules of ``_core`` are the same for every generated client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .scheme import Scheme

LOGGER_NAME = "square_oauth"
USER_AGENT_PREFIX = "square-oauth/0.1.0"
TIMEOUT_SECONDS = 60.0  # per attempt
CONNECT_TIMEOUT_SECONDS = 10.0
MAX_RETRIES = 2
INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
MAX_RETRY_AFTER = 60.0
# The field of a response that lists the errors (Square's `errors: [Error]`); None when the
# spec's error responses have no such list: then no body's `errors` makes a result an error.
ERRORS_FIELD = "errors"
# JSON property names whose values are secrets (the spec's secret fields).
SECRET_NAMES: frozenset[str] = frozenset(
    {
        "access_token",
        "client_secret",
        "code",
        "code_verifier",
        "id_token",
        "refresh_token",
    }
)
# The spec's security schemes, by their key in the spec.
SCHEMES: dict[str, Scheme] = {
    "oauth2": Scheme(
        kind="bearer",
        location="header",
        name="Authorization",
        prefix="Bearer ",
        setting="access_token",
        call_param="",
    ),
    "oauth2ClientSecret": Scheme(
        kind="api_key",
        location="header",
        name="Authorization",
        prefix="",
        setting="oauth2_client_secret",
        call_param="authorization",
    ),
}

if TYPE_CHECKING:
    # Not imported when the package is: the models (and pydantic) load on first use.
    from ..models import Error

    ErrorItem = Error


def error_item_type() -> Any:
    """The type of one item of a response's error list."""
    from ..models import Error

    return Error
