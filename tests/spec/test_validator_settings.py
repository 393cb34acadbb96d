"""The stand-ins for the validator libraries' settings modules (spec/validator_settings.py)
hold what the libraries' own modules read, and take their place only when nothing is set."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from generator.spec import validator_settings
from tests.conftest import ROOT

PETSTORE = ROOT / "tests" / "specs" / "petstore.yaml"

# The libraries' own settings, read in a process where nothing stands in for them.
LIBRARY_SETTINGS = """
import json
from openapi_schema_validator.settings import get_settings
from openapi_spec_validator.settings import (
    OpenAPISpecValidatorSettings, get_resolved_cache_maxsize, get_schema_validator_backend,
)
spec = OpenAPISpecValidatorSettings()
print(json.dumps({
    "resolved_cache_maxsize": [spec.resolved_cache_maxsize, get_resolved_cache_maxsize()],
    "schema_validator_backend": [spec.schema_validator_backend, get_schema_validator_backend()],
    "compiled_validator_cache_max_size": get_settings().compiled_validator_cache_max_size,
}))
"""

# A whole check of a spec; prints its diagnostics and the pydantic modules it loaded.
CHECK = """
import json, sys
from pathlib import Path
from generator.spec.loader import load_document
from generator.spec.validate import schema_problems
problems = schema_problems(load_document(Path(sys.argv[1])))
print(json.dumps({
    "problems": [str(p) for p in problems],
    "pydantic": sorted(m for m in sys.modules if m.startswith("pydantic")),
    # The stand-in is made in memory; the library's own module is a file.
    "stand_in": getattr(sys.modules["openapi_spec_validator.settings"], "__file__", None) is None,
}))
"""


def _clean_environment(**more: str) -> dict[str, str]:
    env = {
        name: value
        for name, value in os.environ.items()
        if not name.upper().startswith(validator_settings.PREFIXES)
    }
    env["OPENAPI_PYCLIENT_CACHE_DIR"] = "off"  # a remembered verdict would skip the check
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")])
    return {**env, **more}


def _run(code: str, *args: str, **env: str) -> dict[str, object]:
    result = subprocess.run(
        [sys.executable, "-c", code, *args],
        env=_clean_environment(**env),
        capture_output=True,
        text=True,
        check=True,
    )
    loaded: dict[str, object] = json.loads(result.stdout.splitlines()[-1])
    return loaded


@pytest.mark.slow
def test_the_stand_ins_hold_the_libraries_own_settings() -> None:
    library = _run(LIBRARY_SETTINGS)
    spec = validator_settings.SpecValidatorSettings
    schema = validator_settings.SchemaValidatorSettings
    assert library == {
        "resolved_cache_maxsize": [spec.resolved_cache_maxsize] * 2,
        "schema_validator_backend": [spec.schema_validator_backend] * 2,
        "compiled_validator_cache_max_size": schema.compiled_validator_cache_max_size,
    }


@pytest.mark.slow
def test_a_check_with_nothing_set_loads_no_pydantic() -> None:
    seen = _run(CHECK, str(PETSTORE))
    assert seen["problems"] == []
    assert seen["stand_in"] is True
    assert seen["pydantic"] == []


@pytest.mark.slow
def test_a_set_variable_leaves_the_libraries_own_settings_in_charge() -> None:
    plain = _run(CHECK, str(ROOT / "spec" / "square-oauth.yaml"))
    chosen = _run(
        CHECK,
        str(ROOT / "spec" / "square-oauth.yaml"),
        OPENAPI_SPEC_VALIDATOR_SCHEMA_VALIDATOR_BACKEND="jsonschema",
    )
    assert chosen["stand_in"] is False
    assert "pydantic_settings" in chosen["pydantic"]  # type: ignore[operator]
    assert chosen["problems"] == plain["problems"]


def test_the_stand_ins_apply_only_to_the_measured_versions(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name in list(os.environ):
        if name.upper().startswith(validator_settings.PREFIXES):
            monkeypatch.delenv(name)
    assert validator_settings.applies()
    import generator.shared.caching

    real = generator.shared.caching.installed_version
    monkeypatch.setattr(generator.shared.caching, "installed_version", lambda name: "0.9.1")
    assert not validator_settings.applies()
    monkeypatch.setattr(generator.shared.caching, "installed_version", real)
    assert validator_settings.applies()
    monkeypatch.setenv("openapi_schema_validator_compiled_validator_cache_max_size", "7")
    assert not validator_settings.applies()
