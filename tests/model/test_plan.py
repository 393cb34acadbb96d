"""Stage 3, the model's plans: what each operation's method takes, how its request is
built, what each module imports and which call the README shows. The templates only lay
these out, so the decisions are checked here, on the model, not on rendered text."""

from __future__ import annotations

import re
from pathlib import Path

from generator.model.build import PackageNames, build_client_model
from generator.model.plan import declaration
from generator.model.typeref import ListOf, Named, Optional
from generator.model.types import Author, ClientModel, Operation
from generator.pipeline import load_validated
from generator.spec.loader import SpecSource
from tests.conftest import ROOT

BREADTH = ROOT / "tests" / "specs" / "valid" / "breadth-requests.yaml"
SQUARE = ROOT / "spec" / "square-oauth.yaml"
TEMPLATES = ROOT / "templates"


def _client(path: Path) -> ClientModel:
    document, _ = load_validated(path)
    return build_client_model(SpecSource(document), PackageNames("pkg", "pkg", "0.1.0"))


def _operation(client: ClientModel, py_name: str) -> Operation:
    return next(op for api in client.apis for op in api.operations if op.py_name == py_name)


def _keywords(operation: Operation) -> dict[str, str]:
    return {k.name: k.value for k in operation.request.keywords}


def test_arguments_come_in_one_order_with_the_per_call_options_last() -> None:
    search = _operation(_client(BREADTH), "search")
    kinds = [(a.kind, a.py_name) for a in search.arguments]
    assert kinds == [
        ("query", "ids"),
        ("query", "csv"),
        ("query", "piped"),
        ("query", "filter"),
        ("query", "limit"),
        ("header", "x_trace"),
        ("cookie", "theme"),
        ("option", "timeout"),
        ("option", "max_retries"),
        ("option", "extra_headers"),
        ("option", "extra_query"),
        ("option", "extra_body"),
    ]
    x_trace = next(a for a in search.arguments if a.py_name == "x_trace")
    assert (x_trace.wire_name, x_trace.required, x_trace.default) == ("X-Trace", False, "None")
    assert x_trace.method_line == "x_trace: list[str] | None = None,"
    assert x_trace.builder_line == "x_trace: list[str] | None,"
    timeout = search.arguments[-5]
    assert timeout.per_call and timeout.builder_line is None and timeout.wire_name is None
    assert timeout.method_line == "timeout: float | httpx.Timeout | None = None,"


def test_body_and_credentials_follow_the_parameters() -> None:
    client = _client(SQUARE)
    token = _operation(client, "obtain_token")
    body = next(a for a in token.arguments if a.kind == "body")
    assert (body.py_name, body.required, body.default) == ("body", True, None)
    assert body.model_name == "ObtainTokenRequest"
    assert body.doc == (token.body.description if token.body else None) or "The request body."
    renew = _operation(client, "renew_token")
    kinds = [a.kind for a in renew.arguments if not a.per_call]
    assert kinds == ["path", "body", "auth"]
    auth = next(a for a in renew.arguments if a.kind == "auth")
    assert auth.annotation == "str | None" and auth.example.startswith('"')


def test_a_union_too_long_for_its_column_is_parenthesised() -> None:
    # "body: X | None," is 84 characters: it fits at column 4, not at column 8.
    union = Optional(Named("M" * (84 - len("body:  | None,")), "m"))
    text = union.annotation
    assert len(f"body: {text},") == 84
    assert declaration("body", union, None, 4) == f"body: {text},"
    assert declaration("body", union, None, 8) == f"body: ({text}),"
    assert declaration("body", union, "None", 8) == f"body: ({text}) = None,"
    # Not a union at the top level: no parentheses, however long.
    nested = ListOf(union)
    assert declaration("body", nested, "None", 8) == f"body: list[{text}] = None,"


def test_the_request_plan_picks_keywords_by_body_encoding_and_location() -> None:
    client = _client(BREADTH)
    upload = _keywords(_operation(client, "upload_file"))
    assert upload["form"] == "form_fields(body)" and upload["files"] == "file_parts(body)"
    assert "json" not in upload and "content" not in upload
    login = _keywords(_operation(client, "login"))
    assert login["form"] == "form_fields(body)" and "files" not in login
    assert login["response_kind"] == '"text"'
    blob = _keywords(_operation(client, "put_blob"))
    assert blob["content"] == "raw_content(body)"
    assert blob["content_type"] == '"application/octet-stream"'
    assert blob["path"] == 'encode_path("/blobs/{blob_id}", {"blob_id": blob_id},)'
    search = _keywords(_operation(client, "search"))
    assert search["query"] == (
        'query_pairs({"ids": ids, "csv": csv, "piped": piped, "filter": filter, '
        '"limit": limit}, {"csv": ("form", False), "piped": ("pipeDelimited", False), '
        '"filter": ("deepObject", True)},)'
    )
    assert search["headers"] == 'header_values({"X-Trace": x_trace},)'
    assert search["cookies"] == 'header_values({"theme": theme},)'
    assert search["security"] == "()"
    names = [k.name for k in _operation(client, "search").request.keywords]
    assert names == ["operation", "method", "path", "response_model", "query", "headers",
                     "cookies", "security"]  # fmt: skip


def test_a_json_body_is_sent_only_when_given() -> None:
    client = _client(SQUARE)
    token = _keywords(_operation(client, "obtain_token"))
    assert token["json"] == "json_body(body)" and token["has_json"] == "True"
    renew = _operation(client, "renew_token")
    assert _keywords(renew)["auth_overrides"].startswith('{"')
    plan = renew.request
    assert plan.function == "_renew_token_request" and plan.alias is None
    arguments = "client_id=client_id, body=body, authorization=authorization,"
    assert plan.call == f"_renew_token_request({arguments})"
    options = "timeout=timeout, max_retries=max_retries, extra_headers=extra_headers, "
    options += "extra_query=extra_query, extra_body=extra_body,"
    assert plan.options == f"RequestOptions({options})"


def test_a_builder_signature_too_long_for_a_line_returns_through_an_alias(tmp_path: Path) -> None:
    long_name = "A" * 60
    spec = tmp_path / "spec.yaml"
    spec.write_text(
        f"""openapi: 3.0.3
info: {{title: T, version: "1"}}
paths:
  /x:
    get:
      operationId: fetchEverythingThereIs
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {{$ref: "#/components/schemas/{long_name}"}}
components:
  schemas:
    {long_name}:
      type: object
      properties: {{a: {{type: string}}}}
""",
        encoding="utf-8",
    )
    operation = _operation(_client(spec), "fetch_everything_there_is")
    plan = operation.request
    assert not operation.takes_arguments and plan.parameters == ""
    assert plan.return_annotation == "_fetch_everything_there_is_result"
    assert plan.alias == f"_fetch_everything_there_is_result = RequestSpec[{long_name}]"
    assert plan.call == "_fetch_everything_there_is_request()"


def test_import_sections_follow_isort() -> None:
    client = _client(SQUARE)
    api = client.apis[0]
    standard, third_party, package = api.import_sections
    assert standard == ("from collections.abc import Mapping", "from typing import Any")
    assert third_party == ("import httpx",)
    assert package[:3] == (
        "from .._core.http import AsyncHttpClient, SyncHttpClient",
        f"from .._core.request import {', '.join(api.runtime_names)}",
        "from .._core.result import ApiResult",
    )
    assert package[3].startswith("from ..models import ")
    token = next(m for m in client.models if m.class_name == "ObtainTokenResponse")
    sections = token.import_sections
    assert sections[0][0] == "import typing"
    assert ("from pydantic import Field",) in sections
    assert sections[-1][0] == "from .._core.model import ApiModel"


def test_the_readme_example_is_the_first_operation_not_deprecated() -> None:
    client = _client(SQUARE)
    example = client.example
    assert example is not None
    first = next(op for api in client.apis for op in api.operations if not op.deprecated)
    assert example.operation == first
    assert example.call == f"client.{example.api.attribute}.{first.py_name}(body=body)"
    assert example.call_with_timeout.endswith("(body=body, timeout=3.0)")
    assert example.call_with_options.splitlines()[1:] == [
        "    body=body,",
        "    timeout=5.0,",
        "    max_retries=0,",
        '    extra_headers={"X-Trace-Id": "7f3c2a"},',
        '    extra_query={"trace": "1"},',
        '    extra_body={"note": "beta field"},',
        ")",
    ]
    assert example.assignments.startswith("body = {") and example.assignments.endswith("\n\n")
    assert example.settings.startswith("(\n") and example.settings.endswith(",\n)")


def test_no_example_when_every_operation_is_deprecated(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(
        """openapi: 3.0.3
info: {title: T, version: "1"}
paths:
  /x:
    get:
      operationId: old
      deprecated: true
      responses: {"204": {description: gone}}
""",
        encoding="utf-8",
    )
    client = _client(spec)
    assert client.example is None
    assert client.apis[0].operations[0].request.call == "_old_request()"


def test_models_index_sorts_without_regard_to_case() -> None:
    index = _client(SQUARE).model_index
    assert list(index.names) == sorted(index.names, key=str.lower)
    assert [c for c, _ in index.lazy_modules] == sorted(
        (c for c, _ in index.lazy_modules), key=str.lower
    )
    assert not set(index.cyclic) & {c for c, _ in index.lazy_modules}


def test_templates_build_no_lists_and_count_no_columns() -> None:
    """No Jinja tag or expression appends to a list, searches with a namespace or counts
    columns: those decisions are the model's (the runtime's own Python may append). The
    templates of the API, model, docs and project files; client.py is being rewritten."""
    jinja = re.compile(r"{%.*?%}|{{.*?}}", re.DOTALL)
    offenders = []
    folders = ("package/apis", "package/models", "docs", "project")
    for path in sorted(p for f in folders for p in (TEMPLATES / f).rglob("*.jinja")):
        for code in jinja.findall(path.read_text(encoding="utf-8")):
            if ".append(" in code or re.search(r"column\s*=", code) or "namespace(" in code:
                offenders.append(f"{path.relative_to(TEMPLATES).as_posix()}: {code}")
    assert offenders == []


def test_apis_index_lists_both_classes_of_each_api() -> None:
    client = _client(ROOT / "tests" / "specs" / "valid" / "breadth-schemas.yaml")
    index = client.api_index
    assert len(index.names) == 2 * len(client.apis)
    assert list(index.names) == sorted(index.names, key=str.lower)
    first = index.modules[0]
    assert first[0].startswith("Async") and index.modules[1][0] == first[0][len("Async") :]
    assert all(line.startswith("from .") for line in index.type_imports)


def test_small_decisions_of_models_and_docs() -> None:
    client = _client(SQUARE)
    error = next(m for m in client.models if m.class_name == "Error")
    assert error.base_class == "ApiModel"
    assert error.doc_text == (error.description or "Error")
    listed = [op.listed_name for api in client.apis for op in api.operations]
    assert all(name.startswith("`") for name in listed)
    assert any(name.endswith("` (deprecated)") for name in listed)
    token = _operation(client, "obtain_token")
    assert token.request.keywords[0].line == 'operation="obtain_token",'
    assert token.example_assignments.startswith("body = ")
    assert token.example_assignments.endswith("\n\n")


def test_an_author_is_a_toml_inline_table() -> None:
    assert Author("Jane Doe", "jane@example.org").toml_table == (
        '{ name = "Jane Doe", email = "jane@example.org" }'
    )
    assert Author("Bob", "").toml_table == '{ name = "Bob" }'
    assert Author("", "only@example.org").toml_table == '{ email = "only@example.org" }'
