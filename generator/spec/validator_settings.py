"""openapi-spec-validator's and openapi-schema-validator's settings, without pydantic.

Each library reads its settings (two or three environment variables) through
pydantic-settings, and importing pydantic-settings with pydantic is about half of importing
the validator: 0.1-0.15 s of CPU, a fifth of a cold run on a small spec. When none of those
variables is set, their settings are the defaults written in the libraries, and this module
stands in for their ``settings`` modules with exactly those values; when one is set, or the
libraries are versions it was not checked against (``MEASURED_ON``), their own modules run.
tests/spec/test_validator_settings.py compares the values with the libraries' own.
"""

from __future__ import annotations

import os
import sys
import types
from functools import lru_cache

# The versions whose settings modules this one was written from.
MEASURED_ON = {"openapi_spec_validator": "0.9.0", "openapi_schema_validator": "0.9.0"}
# Their environment variables' prefixes (pydantic-settings matches names in any case).
PREFIXES = ("OPENAPI_SPEC_VALIDATOR_", "OPENAPI_SCHEMA_VALIDATOR_")


class SpecValidatorSettings:
    """openapi_spec_validator.settings.OpenAPISpecValidatorSettings, as read with no
    variable set."""

    resolved_cache_maxsize = 128
    schema_validator_backend = "auto"


class SchemaValidatorSettings:
    """openapi_schema_validator.settings.OpenAPISchemaValidatorSettings, as read with no
    variable set."""

    compiled_validator_cache_max_size = 128


@lru_cache(maxsize=1)
def _schema_validator_settings() -> SchemaValidatorSettings:
    return SchemaValidatorSettings()


def _get_resolved_cache_maxsize() -> int:
    return SpecValidatorSettings.resolved_cache_maxsize


def _get_schema_validator_backend() -> str:
    return SpecValidatorSettings.schema_validator_backend


def _module(name: str, **members: object) -> types.ModuleType:
    module = types.ModuleType(name, __doc__)
    vars(module).update(members)
    return module


def _spec_validator_module() -> types.ModuleType:
    return _module(
        "openapi_spec_validator.settings",
        OpenAPISpecValidatorSettings=SpecValidatorSettings,
        get_resolved_cache_maxsize=_get_resolved_cache_maxsize,
        get_schema_validator_backend=_get_schema_validator_backend,
    )


def _schema_validator_module() -> types.ModuleType:
    return _module(
        "openapi_schema_validator.settings",
        OpenAPISchemaValidatorSettings=SchemaValidatorSettings,
        get_settings=_schema_validator_settings,
        reset_settings_cache=_schema_validator_settings.cache_clear,
    )


def applies() -> bool:
    """Whether the stand-ins give what the libraries' own settings would."""
    if any(name.upper().startswith(PREFIXES) for name in os.environ):
        return False
    from generator.shared.caching import installed_version

    return all(installed_version(name) == want for name, want in MEASURED_ON.items())


def install() -> None:
    """Put the stand-ins in place, before either library is imported (once they are, their
    own settings modules are loaded and stay)."""
    if any(name in sys.modules for name in MEASURED_ON) or not applies():
        return
    sys.modules.setdefault("openapi_spec_validator.settings", _spec_validator_module())
    sys.modules.setdefault("openapi_schema_validator.settings", _schema_validator_module())
