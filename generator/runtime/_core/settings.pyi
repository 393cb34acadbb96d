# The interface of _core/settings.py, the one module of _core made from a template
# (templates/package/_core/settings.py.jinja): the rest of _core is type-checked against
# it, and tests/client/test_runtime_code.py checks that every rendering provides it.
from typing import Any

from .scheme import Scheme

LOGGER_NAME: str
USER_AGENT_PREFIX: str
TIMEOUT_SECONDS: float
CONNECT_TIMEOUT_SECONDS: float
MAX_RETRIES: int
INITIAL_RETRY_DELAY: float
MAX_RETRY_DELAY: float
MAX_RETRY_AFTER: float
ERRORS_FIELD: str | None
SECRET_NAMES: frozenset[str]
SCHEMES: dict[str, Scheme]
# The spec's error model class when it has one; Any otherwise.
ErrorItem = Any

def error_item_type() -> Any: ...
