"""Fields the model hands the templates ready-made, so that the templates decide nothing:
the literals of ``_core/settings.py``, the README's settings rows, the two client classes,
the markdown cells of the docs and the optional lines of pyproject.toml."""

from __future__ import annotations

import ast
import dataclasses
import tomllib

import black
import pytest

from generator.model.build import PackageNames, build_client_model
from generator.model.metadata import Author, ProjectMetadata
from generator.model.naming import Identifier
from generator.model.types import AuthScheme, ClientModel, GlobalHeader, Server
from generator.spec.loader import SpecSource, load_document
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def square() -> ClientModel:
    document = load_document(ROOT / "spec" / "square-oauth.yaml")
    return build_client_model(
        SpecSource(document), PackageNames("square_oauth", "square-oauth", "0.1.0")
    )


HOSTILE_KEY = "key'\"|\n"


@pytest.fixture(scope="module")
def hostile(square: ClientModel) -> ClientModel:
    return dataclasses.replace(
        square,
        auth_schemes=(
            AuthScheme(HOSTILE_KEY, "api_key", "header", "X-Key", "", "api_key", None, "", "K|"),
        ),
        global_headers=(
            GlobalHeader("version", "Api|Version", "2025", "Which\n| version."),
            GlobalHeader("tenant", "X-Tenant", None, ""),
        ),
        secret_names=('pass"word', "token"),
        error_model=None,
    )


def _black(source: str) -> str:
    return black.format_str(source, mode=black.Mode())


def test_the_settings_literals_read_back_as_the_spec_says(hostile: ClientModel) -> None:
    module = hostile.settings_module
    assert module.typing_names == "Any"  # no error model: nothing to import for type checkers
    assert ast.literal_eval(module.secret_names.replace("frozenset(", "(", 1)) == {
        'pass"word',
        "token",
    }
    schemes = ast.parse(module.schemes, mode="eval").body
    assert isinstance(schemes, ast.Dict)
    assert [ast.literal_eval(k) for k in schemes.keys if k is not None] == [HOSTILE_KEY]
    call = schemes.values[0]
    assert isinstance(call, ast.Call)
    assert {k.arg: ast.literal_eval(k.value) for k in call.keywords} == {
        "kind": "api_key",
        "location": "header",
        "name": "X-Key",
        "prefix": "",
        "setting": "api_key",
        "call_param": "",
    }


@pytest.mark.parametrize("secrets", [(), ("token",), ("a", "b")])
def test_the_settings_literals_are_already_laid_out_as_black_leaves_them(
    square: ClientModel, secrets: tuple[str, ...]
) -> None:
    for client in (square, dataclasses.replace(square, auth_schemes=(), secret_names=secrets)):
        module = client.settings_module
        for text in (module.secret_names, module.schemes):
            source = f"X = {text}\n"
            assert _black(source) == source
    assert square.settings_module.typing_names == "TYPE_CHECKING, Any"  # Square has one
    empty = dataclasses.replace(square, auth_schemes=(), secret_names=())
    assert (empty.settings_module.secret_names, empty.settings_module.schemes) == (
        "frozenset()",
        "{}",
    )


def test_each_setting_brings_its_example_and_its_escaped_readme_cell(
    hostile: ClientModel,
) -> None:
    settings = hostile.constructor.settings
    assert [s.example for s in settings] == ['"K|"', '"2025"', '"VALUE"']
    assert [s.default_cell for s in settings] == [
        "`None`; `$SQUARE_OAUTH_API_KEY` when set",
        '`"2025"`',
        "`None`",
    ]
    assert [s.summary_cell for s in settings] == [
        # no description: the key, escaped for a cell; a credential also takes a provider
        "key'\"\\| A string, or a function returning one; see"
        " [Credentials](#credentials-providers-and-per-client-copies).",
        "Sent as the `Api\\|Version` header; `None` leaves it out. Which<br>\\| version.",
        "Sent as the `X-Tenant` header; `None` leaves it out. ",
    ]
    assert hostile.constructor.sent_headers == (
        "Accept: application/json",
        "Api|Version",
        "X-Tenant",
    )


def test_the_two_client_classes_differ_only_where_sync_and_async_do(square: ClientModel) -> None:
    sync, async_ = square.constructor.sync_class, square.constructor.async_class
    assert (sync.name, sync.is_async, sync.http_client, sync.sender) == (
        "Client",
        False,
        "httpx.Client",
        "SyncHttpClient",
    )
    assert (async_.name, async_.is_async, async_.http_client, async_.sender) == (
        "AsyncClient",
        True,
        "httpx.AsyncClient",
        "AsyncHttpClient",
    )
    assert [a.class_name for a in sync.attributes] == [api.class_name for api in square.apis]
    assert [a.class_name for a in async_.attributes] == [
        api.async_class_name for api in square.apis
    ]
    assert [a.attribute for a in async_.attributes] == [a.attribute for a in sync.attributes]


def test_the_docs_cells_link_a_model_and_escape_any_other_type(square: ClientModel) -> None:
    operation = square.apis[0].operations[0]
    body = next(a for a in operation.arguments if a.kind == "body")
    assert body.model_name is not None
    assert body.doc_type_cell == f"[`{body.model_name}`](../models/{body.model_name}.md)"
    option = next(a for a in operation.arguments if a.py_name == "timeout")
    assert option.doc_type_cell == "`float \\| httpx.Timeout`"  # the docs leave out `| None`

    assert operation.result_link is not None
    assert operation.result_doc == (
        f"[`{operation.result_model}`](../models/{operation.result_link}.md) in `result.data`,"
        " and from `result.unwrap()`."
    )
    untyped = dataclasses.replace(operation, result_type=None)
    assert untyped.result_doc == "The decoded body in `result.data`."


def test_a_field_names_its_json_property_only_when_that_differs(square: ClientModel) -> None:
    field = square.models[0].fields[0]
    assert field.name_cell == f"`{field.py_name}`"
    renamed = dataclasses.replace(field, wire_name="odd|name")
    assert renamed.name_cell == f"`{field.py_name}` (JSON `odd\\|name`)"


def test_the_server_cell_escapes_its_url() -> None:
    server = Server(name=Identifier("SANDBOX"), url="https://x.example/a|b", description="")
    assert server.environment_cell == "`Environment.SANDBOX` = https://x.example/a\\|b"


def test_the_class_pages_list_the_models_then_the_enums(square: ClientModel) -> None:
    pages = square.class_pages
    assert [p.class_name for p in pages] == [m.class_name for m in square.models] + [
        e.class_name for e in square.enums
    ]
    assert {p.note for p in pages[len(square.models) :]} <= {" (enum)"}
    assert {p.note for p in pages[: len(square.models)]} <= {""}


def test_the_project_fields_are_toml_that_reads_back() -> None:
    project = ProjectMetadata(
        license="MIT OR Apache-2.0",
        authors=(Author('Jane "J" Doe', "j@example.org"), Author("Bob", "")),
        urls=(("Home page", "https://example.org/ü"),),
    )
    text = "[project]\n" + "\n".join(project.toml_fields) + "\n[project.urls]\n"
    text += "\n".join(project.toml_urls) + "\n"
    parsed = tomllib.loads(text)
    assert parsed["project"] == {
        "requires-python": ">=3.10",
        "license": "MIT OR Apache-2.0",
        "authors": [{"name": 'Jane "J" Doe', "email": "j@example.org"}, {"name": "Bob"}],
        "urls": {"Home page": "https://example.org/ü"},
    }
    assert ProjectMetadata().toml_fields == ('requires-python = ">=3.10"',)
    assert ProjectMetadata().toml_urls == ()
