"""This API's runtime defaults and the facts about it that the runtime needs, from the spec.

The other modules of ``_core`` are the same for every generated client.
"""

LOGGER_NAME = "square_oauth"
USER_AGENT_PREFIX = "square-oauth/0.1.0"
TIMEOUT_SECONDS = 60.0  # per attempt
CONNECT_TIMEOUT_SECONDS = 10.0
MAX_RETRIES = 2
INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
MAX_RETRY_AFTER = 60.0
# The field of an error response that lists the errors.
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
