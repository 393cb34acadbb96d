"""The constructor of Client and AsyncClient, decided once in the model for both classes."""

from __future__ import annotations

import ast
import dataclasses

import pytest

from generator.model.build import PackageNames, build_client_model
from generator.model.types import AuthScheme, ClientModel, GlobalHeader
from generator.spec.loader import SpecSource, load_document
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def square() -> ClientModel:
    document = load_document(ROOT / "spec" / "square-oauth.yaml")
    return build_client_model(
        SpecSource(document), PackageNames("square_oauth", "square-oauth", "0.1.0")
    )


def test_the_credentials_come_first_then_the_global_headers(square: ClientModel) -> None:
    client = dataclasses.replace(
        square,
        auth_schemes=(
            AuthScheme("key'\"", "api_key", "header", "X-Key", "", "api_key", "", "", "K"),
            AuthScheme(
                "token",
                "bearer",
                "header",
                "Authorization",
                "Bearer ",
                "token",
                "",
                "Your token.",
                "T",
            ),
        ),
        global_headers=(
            GlobalHeader("version", "Api-Version", '2025-"08"', "Which version."),
            GlobalHeader("tenant", "X-Tenant", None, ""),
        ),
    )
    constructor = client.constructor
    assert [(s.py_name, s.default) for s in constructor.settings] == [
        ("api_key", "None"),
        ("token", "None"),
        ("version", "'2025-\"08\"'"),
        ("tenant", "None"),
    ]
    provider = "\nAlso takes a function that returns the value, called for each request."
    assert [s.doc for s in constructor.settings] == [
        "Credential for the key'\" scheme.\n\nDefault: the ``SQUARE_OAUTH_API_KEY``"
        " environment variable." + provider,
        "Your token.\n\nDefault: the ``SQUARE_OAUTH_TOKEN`` environment variable." + provider,
        "The `Api-Version` header sent with every request. Which version.",
        "The `X-Tenant` header sent with every request. ",
    ]
    # Credentials take providers (runtime _core/auth.py) and have a variable; headers not.
    assert [(s.annotation, s.async_annotation, s.variable) for s in constructor.settings] == [
        ("Credential", "AsyncCredential", "SQUARE_OAUTH_API_KEY"),
        ("Credential", "AsyncCredential", "SQUARE_OAUTH_TOKEN"),
        ("str | None", "str | None", None),
        ("str | None", "str | None", None),
    ]
    assert [s.py_name for s in constructor.credential_settings] == ["api_key", "token"]
    assert ast.literal_eval(constructor.variables) == {
        "key'\"": "SQUARE_OAUTH_API_KEY",
        "token": "SQUARE_OAUTH_TOKEN",
    }
    # Spec text in the keys is escaped: each literal reads back as the mapping it means.
    credentials = ast.parse(constructor.credentials, mode="eval").body
    assert isinstance(credentials, ast.Dict)
    assert [ast.literal_eval(k) for k in credentials.keys if k] == ["key'\"", "token"]
    assert [ast.unparse(v) for v in credentials.values] == ["api_key", "token"]
    assert constructor.global_headers == '{"Api-Version": version, "X-Tenant": tenant}'


def test_a_spec_without_schemes_or_headers_takes_only_the_runtime_settings(
    square: ClientModel,
) -> None:
    constructor = dataclasses.replace(square, auth_schemes=(), global_headers=()).constructor
    assert (
        constructor.settings,
        constructor.credentials,
        constructor.global_headers,
        constructor.variables,
    ) == ((), "{}", "{}", "{}")
