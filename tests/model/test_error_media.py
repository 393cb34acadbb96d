"""The model's decisions for typed errors and media types (issue 15)."""

from __future__ import annotations

from tests.conftest import ROOT
from tests.support.specs import client_model, find_operation

SPEC = ROOT / "tests" / "specs" / "valid" / "errors-media.yaml"


def test_each_error_status_range_and_default_has_its_model() -> None:
    operation = find_operation(client_model(SPEC), "get_pet")
    statuses = [(status, t.annotation) for status, t in operation.error_types]
    assert statuses == [("404", "NotFound"), ("4XX", "Problem"), ("default", "SlackError")]
    keywords = {k.name: k.value for k in operation.request.keywords}
    assert keywords["error_models"] == ('{"404": NotFound, "4XX": Problem, "default": SlackError}')


def test_an_operation_without_error_models_sends_none() -> None:
    operation = find_operation(client_model(SPEC), "get_document")
    assert operation.error_types == ()
    assert "error_models" not in {k.name for k in operation.request.keywords}


def test_a_success_of_several_media_types_is_a_union_read_by_content_type() -> None:
    operation = find_operation(client_model(SPEC), "get_report")
    assert operation.result_annotation == "Report | str | bytes"
    assert (operation.result_kind, operation.other_kinds) == ("json", ("text", "binary"))
    keywords = {k.name: k.value for k in operation.request.keywords}
    assert keywords["other_kinds"] == '("text", "binary")'
    assert keywords["accept"] == '"application/json, text/csv, application/pdf"'
    single = find_operation(client_model(SPEC), "get_document")
    # One JSON media type that is not application/json is asked for by name: Prism (verify)
    # refuses `Accept: application/json` for an operation that only answers JSON:API.
    assert (single.result_annotation, single.other_kinds) == ("Report", ())
    assert single.accept == "application/vnd.api+json"
    plain = find_operation(client_model(SPEC), "get_report")
    assert plain.accept != "application/json"  # the runtime's default is not repeated


def test_a_body_of_several_media_types_takes_a_content_type_choice() -> None:
    operation = find_operation(client_model(SPEC), "create_note")
    body = operation.body
    assert body is not None
    assert [media for media, _ in body.choices] == [
        "application/json",
        "application/x-www-form-urlencoded",
        "text/plain",
        "application/octet-stream",
    ]
    assert body.type.annotation == "Note | dict[str, Any] | str | bytes"
    choice = next(a for a in operation.arguments if a.kind == "content_type")
    assert (choice.py_name, choice.default) == ("content_type", '"application/json"')
    keywords = {k.name: k.value for k in operation.request.keywords}
    assert keywords["body_parts"].startswith("encode_body(body, content_type, {")
    assert "json" not in keywords and "content" not in keywords
