"""Filters for the house templates: registered through manifest.yaml's ``plugins``."""

from __future__ import annotations

import re

import jinja2

_WORD_START = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


def constant_case(name: object) -> str:
    """ObtainTokenRequest -> OBTAIN_TOKEN_REQUEST; obtain_token -> OBTAIN_TOKEN."""
    return _WORD_START.sub("_", str(name)).replace("-", "_").upper()


def register(environment: jinja2.Environment) -> None:
    environment.filters["constant_case"] = constant_case
