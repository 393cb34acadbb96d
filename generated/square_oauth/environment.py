"""The servers the spec names."""

from __future__ import annotations

from enum import Enum


class Environment(str, Enum):
    """Where the client sends requests; ``Client(base_url=...)`` points anywhere else."""

    PRODUCTION = "https://connect.squareup.com"
    """Production"""

    SANDBOX = "https://connect.squareupsandbox.com"
    """Sandbox"""


DEFAULT_ENVIRONMENT = Environment.PRODUCTION
