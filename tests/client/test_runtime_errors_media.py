"""Unit tests of the runtime's typed-error summary, media kinds and chosen body encoding
(issue 15), on the runtime's own modules; the generated client is tested against a local
server in test_typed_errors.py and test_media_types.py."""

from __future__ import annotations

from types import ModuleType

import pytest

from generator.runtime._core import request
from tests.client.test_runtime_code import runtime  # noqa: F401  (the fixture)


def test_the_summary_reads_the_usual_message_fields(runtime: ModuleType) -> None:  # noqa: F811
    summary = runtime.result._summary
    problem = {"type": "about:blank", "title": "Conflict", "detail": "Pet 7 is\n being adopted"}
    assert summary([], problem) == "Conflict: Pet 7 is being adopted"
    assert summary([], {"ok": False, "error": "invalid_auth"}) == "invalid_auth"
    assert summary([], {"error": {"message": "quota", "code": 7}}) == "quota"
    assert summary([], {"message": "m", "detail": "m"}) == "m"  # said once
    assert summary([], {"error": True, "status": 500}) == "error response"
    assert summary([], "<html>token=abc</html>") == "error response"
    assert summary([], {"message": "y" * 500}).endswith("...")
    assert len(summary([], {"message": "y" * 500})) == runtime.result.SUMMARY_LENGTH


def test_media_kinds_by_content_type(runtime: ModuleType) -> None:  # noqa: F811
    kind = runtime.http.media_kind
    assert kind("application/json; charset=utf-8") == "json"
    assert kind("application/problem+json") == "json"
    assert kind("text/csv") == "text"
    assert kind("application/xml") == "text"
    assert kind("application/pdf") == "binary"
    assert kind("image/png") == "binary"
    assert kind("") is None


def test_encode_body_follows_the_chosen_media_type() -> None:
    encodings = {
        "application/merge-patch+json": "json",
        "application/x-www-form-urlencoded": "form",
        "multipart/form-data": "multipart",
        "text/plain": "text",
        "*/*": "binary",
    }
    assert request.encode_body({"a": 1}, "application/merge-patch+json", encodings) == {
        "json": {"a": 1},
        "has_json": True,
        "content_type": "application/merge-patch+json",
    }
    assert request.encode_body({"a": 1}, "application/x-www-form-urlencoded", encodings) == {
        "form": {"a": "1"},
        "files": None,
    }
    parts = request.encode_body({"a": 1, "f": b"x"}, "multipart/form-data", encodings)
    assert parts == {"form": {"a": "1"}, "files": [("f", b"x")]}
    assert request.encode_body("hi", "text/plain", encodings) == {
        "content": b"hi",
        "content_type": "text/plain",
    }
    assert request.encode_body(b"\x00", "*/*", encodings)["content_type"] == (
        "application/octet-stream"
    )
    assert request.encode_body(None, "text/plain", encodings) == {}
    with pytest.raises(ValueError, match="content_type 'text/csv' is not one of"):
        request.encode_body("a,b", "text/csv", encodings)
