"""Several media types (issue 15): a success is read by its Content-Type.

The client is generated from ``tests/specs/valid/errors-media.yaml`` and talks to the
local fault server. Before the change the JSON|CSV|PDF operation was typed and read as
JSON only: a CSV answer raised ``ApiResponseValidationError``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.conftest import ROOT
from tests.support.fault_server import CannedResponse, queue_responder, serve
from tests.support.specs import imported_package

SPEC = ROOT / "tests" / "specs" / "valid" / "errors-media.yaml"
PACKAGE = "media_types"


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    out = tmp_path_factory.mktemp("media-types") / "out"
    with imported_package(SPEC, out, PACKAGE) as package:
        yield package


def _call(package: Any, answer: CannedResponse, operation: str = "get_report") -> Any:
    with serve(queue_responder(answer)) as server:
        with package.Client(base_url=server.url, max_retries=0) as client:
            if operation == "get_report":
                result = client.reports.get_report(report_id="r1")
            else:
                result = client.reports.get_document(document_id="d1")
    return result, server.requests[0]


def test_a_json_answer_is_the_model(package: Any) -> None:
    result, request = _call(package, CannedResponse.json(200, {"rows": 3}))
    assert isinstance(result.unwrap(), package.models.Report)
    assert result.unwrap().rows == 3
    assert request.headers["Accept"] == "application/json, text/csv, application/pdf"


def test_a_csv_answer_is_text(package: Any) -> None:
    csv = "id,name\n1,Rex\n"
    answer = CannedResponse.text(200, csv, content_type="text/csv; charset=utf-8")
    result, _ = _call(package, answer)
    assert result.is_success(), result
    assert result.unwrap() == csv


def test_a_pdf_answer_is_bytes(package: Any) -> None:
    pdf = b"%PDF-1.7\n\xff\xfe binary"
    answer = CannedResponse(200, {"Content-Type": "application/pdf"}, pdf)
    result, _ = _call(package, answer)
    assert result.unwrap() == pdf


def test_a_vendor_json_media_type_is_json(package: Any) -> None:
    answer = CannedResponse.json(
        200, {"rows": 5}, headers={"Content-Type": "application/vnd.api+json"}
    )
    result, request = _call(package, answer, "get_document")
    assert result.unwrap().rows == 5
    # Asked for by name: a server that only speaks JSON:API may refuse application/json.
    assert request.headers["Accept"] == "application/vnd.api+json"


def test_an_undeclared_media_type_is_still_a_mismatch(package: Any) -> None:
    # The JSON-only operation answered with text: not silently handed over as a str.
    answer = CannedResponse.text(200, "rows: 5")
    with pytest.raises(package.ApiResponseValidationError):
        _call(package, answer, "get_document")


def _create(package: Any, **arguments: Any) -> Any:
    note = {"text": "buy milk", "pinned": True}
    with serve(queue_responder(CannedResponse.json(201, note))) as server:
        with package.Client(base_url=server.url, max_retries=0) as client:
            result = client.notes.create_note(**arguments)
    assert result.unwrap().text == "buy milk"
    return server.requests[0]


def test_a_body_goes_as_json_by_default(package: Any) -> None:
    request = _create(package, body=package.models.Note(text="buy milk", pinned=True))
    assert request.headers["Content-Type"] == "application/json"
    assert request.json() == {"text": "buy milk", "pinned": True}


def test_content_type_chooses_a_form(package: Any) -> None:
    request = _create(
        package,
        body=package.models.Note(text="buy milk", pinned=True),
        content_type="application/x-www-form-urlencoded",
    )
    assert request.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert request.text() == "text=buy+milk&pinned=true"


def test_content_type_chooses_text_or_bytes(package: Any) -> None:
    request = _create(package, body="buy milk", content_type="text/plain")
    assert request.headers["Content-Type"] == "text/plain"
    assert request.text() == "buy milk"
    request = _create(package, body=b"\x00\xffmilk", content_type="application/octet-stream")
    assert request.headers["Content-Type"] == "application/octet-stream"
    assert request.body == b"\x00\xffmilk"


def test_a_media_type_the_spec_does_not_declare_is_refused_before_sending(package: Any) -> None:
    with package.Client(base_url="http://127.0.0.1:9", max_retries=0) as client:
        with pytest.raises(ValueError, match="content_type 'text/csv' is not one of"):
            client.notes.create_note(body="a,b", content_type="text/csv")
