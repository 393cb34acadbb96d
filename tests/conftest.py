"""Shared fixtures: the project's paths and one Prism server for the OAuth spec; every test
that talks to Prism is marked ``slow`` too (the server takes seconds to start). For the whole
session, ``$OPENAPI_PYCLIENT_PRISM_DIR`` names the suite's one Prism install, so that a
``verify`` run in a subprocess uses it instead of installing Prism again."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from generator.verify.prism import PRISM_DIR_ENV
from tests.support import ROOT
from tests.support.prism import CACHE_DIR, PrismServer

SPEC = ROOT / "spec" / "square-oauth.yaml"
GENERATED = ROOT / "generated"


@pytest.fixture(scope="session")
def oauth_prism() -> Iterator[PrismServer]:
    """``prism mock --errors spec/square-oauth.yaml``: requests that break the spec get 422."""
    with PrismServer(SPEC, errors=True) as server:
        yield server


def pytest_configure(config: pytest.Config) -> None:
    os.environ[PRISM_DIR_ENV] = str(CACHE_DIR)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if item.get_closest_marker("prism") or "oauth_prism" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.slow)
