"""The servers the spec names, and the house's local mock server."""

from __future__ import annotations

from enum import Enum


class Environment(str, Enum):
    """Where the client sends requests; ``Client(base_url=...)`` points anywhere else."""

    PRODUCTION = "https://connect.squareup.com"
    """Production"""

    SANDBOX = "https://connect.squareupsandbox.com"
    """Sandbox"""

    LOCAL = "http://127.0.0.1:4010"
    """The mock server (``prism mock``) on a developer's machine."""


DEFAULT_ENVIRONMENT = Environment.PRODUCTION
