"""String formats (issue 15): each has its Python type, and goes out in the spec's form.

The client is generated from ``tests/specs/valid/formats.yaml`` and talks to the local fault
server. Before: ``uuid``, ``decimal`` and ``byte`` were ``str``, and a ``date-time`` went
out as ``str(datetime)`` (``2024-01-02 03:04:05+00:00``; a ``+`` and a space in a query).
"""

from __future__ import annotations

import datetime
import importlib
import subprocess
import sys
import uuid
from collections.abc import Iterator
from decimal import Decimal
from http.cookies import SimpleCookie
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote

import pytest

from generator.cli import main
from tests.conftest import ROOT
from tests.support.fault_server import CannedResponse, queue_responder, serve
from tests.support.prism import PrismServer

SPEC = ROOT / "tests" / "specs" / "valid" / "formats.yaml"
AT = datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=datetime.UTC)
AT_TEXT = "2024-01-02T03:04:05+00:00"
EST = datetime.timezone(datetime.timedelta(hours=-5))
LOCAL = datetime.datetime(2024, 1, 2, 3, 4, 5, 600000, tzinfo=EST)
LOCAL_TEXT = "2024-01-02T03:04:05.600000-05:00"
ID = uuid.UUID("12345678-1234-5678-1234-567812345678")
EVENT = {
    "id": str(ID),
    "day": "2024-01-02",
    "at": "2024-01-02T03:04:05Z",
    "amount": "10.10",
    "payload": "AAEC/w==",  # bytes 0, 1, 2, 255: the standard alphabet, not the URL-safe one
}


@pytest.fixture(scope="module")
def formats_api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    out = tmp_path_factory.mktemp("formats") / "out"
    assert main(["generate", str(SPEC), "-o", str(out), "--package-name", "formats_api"]) == 0
    sys.path.insert(0, str(out))
    try:
        yield importlib.import_module("formats_api")
    finally:
        sys.path.remove(str(out))


def _record(formats_api: Any) -> tuple[Any, Any]:
    with serve(queue_responder(CannedResponse.json(200, EVENT))) as server:
        with formats_api.Client(base_url=server.url) as client:
            result = client.events.record_event(
                at=AT,
                since=LOCAL,
                day=datetime.date(2024, 1, 2),
                request_id=ID,
                amount=Decimal("10.10"),
                digest=b"\x00\x01\x02\xff",
                x_sent_at=AT,
                seen_at=LOCAL,
                body=formats_api.models.Event(
                    id=ID,
                    day=datetime.date(2024, 1, 2),
                    at=AT,
                    amount=Decimal("10.10"),
                    payload=b"\x00\x01\x02\xff",
                ),
            )
    return result, server.requests[0]


def test_date_time_goes_out_as_rfc_3339_in_path_query_header_and_cookie(formats_api: Any) -> None:
    _, sent = _record(formats_api)
    assert unquote(sent.path) == f"/events/{AT_TEXT}"
    query = parse_qs(sent.query, strict_parsing=True)
    assert query["since"] == [LOCAL_TEXT]  # the "+"/"-" of the offset survives the query
    assert query["day"] == ["2024-01-02"]
    assert sent.headers["X-Sent-At"] == AT_TEXT
    cookies = SimpleCookie()
    cookies.load(sent.headers["Cookie"])
    assert unquote(cookies["seen_at"].value) == LOCAL_TEXT


def test_uuid_decimal_and_byte_go_out_as_their_text(formats_api: Any) -> None:
    _, sent = _record(formats_api)
    query = parse_qs(sent.query, strict_parsing=True)
    assert query["request_id"] == [str(ID)]
    assert query["amount"] == ["10.10"]
    assert query["digest"] == ["AAEC/w=="]
    assert sent.json() == {
        "id": str(ID),
        "day": "2024-01-02",
        "at": "2024-01-02T03:04:05Z",
        "amount": "10.10",
        "payload": "AAEC/w==",
    }


def test_the_response_decodes_into_the_python_type_of_each_format(formats_api: Any) -> None:
    result, _ = _record(formats_api)
    event = result.unwrap()
    assert event.id == ID and isinstance(event.id, uuid.UUID)
    assert event.day == datetime.date(2024, 1, 2) and type(event.day) is datetime.date
    assert event.at == AT
    assert event.amount == Decimal("10.10") and isinstance(event.amount, Decimal)
    assert event.payload == b"\x00\x01\x02\xff"


def test_a_form_field_date_time_is_rfc_3339(formats_api: Any) -> None:
    with serve(queue_responder(CannedResponse.empty(204))) as server:
        with formats_api.Client(base_url=server.url) as client:
            result = client.events.add_note(at=AT, body={"written_at": LOCAL, "text": "hi"})
    assert result.is_success(), result
    assert parse_qs(server.requests[0].text()) == {"written_at": [LOCAL_TEXT], "text": ["hi"]}


def test_the_model_docs_name_the_python_types(formats_api: Any) -> None:
    docs = Path(formats_api.__file__).parent.parent / "docs" / "models" / "Event.md"
    rows = {
        line.split("|")[1].strip(" `"): line.split("|")[2].strip(" `")
        for line in docs.read_text(encoding="utf-8").splitlines()
        if line.startswith("| `")
    }
    assert rows == {
        "id": "uuid.UUID",
        "day": "datetime.date",
        "at": "datetime.datetime",
        "amount": "decimal.Decimal",
        "payload": "bytes",
    }


@pytest.mark.prism
def test_prism_accepts_every_formatted_value_the_client_sends(formats_api: Any) -> None:
    # Prism (--errors) checks each parameter and the body against the spec's formats and
    # answers 422 to a request that breaks them: before, the byte parameter went out as
    # "b'\\x00...'". (Prism also takes "2024-01-02 03:04:05" as a date-time, so the RFC 3339
    # "T" is checked by the loopback tests above, not here.)
    with PrismServer(SPEC, errors=True) as prism:
        with formats_api.Client(base_url=prism.url) as client:
            result = client.events.record_event(
                at=LOCAL,
                since=AT,
                day=datetime.date(2024, 1, 2),
                request_id=ID,
                amount=Decimal("10.10"),
                digest=b"\x00\x01\x02\xff",
                x_sent_at=LOCAL,
                seen_at=AT,
                body={"id": str(ID), "day": "2024-01-02", "at": LOCAL.isoformat(),
                      "amount": "10.10", "payload": "AAEC/w=="},
            )  # fmt: skip
            assert result.status_code == 200, prism.log_text()[-3000:]
            assert result.unwrap().payload == b"\x00\x01\x02\xff"
            noted = client.events.add_note(at=AT, body={"written_at": LOCAL, "text": "hi"})
            assert noted.status_code == 204, prism.log_text()[-3000:]


@pytest.mark.slow
def test_the_issue_15_packages_pass_mypy_strict_and_ruff(tmp_path: Path) -> None:
    specs = ROOT / "tests" / "specs" / "valid"
    for name in ("formats", "names", "runtime-slips"):
        package = name.replace("-", "_") + "_pkg"
        out = tmp_path / name
        assert main(["generate", str(specs / f"{name}.yaml"), "-o", str(out),
                     "--package-name", package]) == 0  # fmt: skip
        for tool in (["mypy", "--strict", "--cache-dir", str(tmp_path / "cache"), package],
                     ["ruff", "check", "--no-cache", "."]):  # fmt: skip
            done = subprocess.run(
                [str(Path(sys.executable).parent / tool[0]), *tool[1:]],
                cwd=out, capture_output=True, text=True, check=False,
            )  # fmt: skip
            assert done.returncode == 0, done.stdout + done.stderr


def test_a_dict_body_is_written_as_a_model_would_be(formats_api: Any) -> None:
    # The methods take a dict where they take a model: its values go out the same way
    # (before, httpx's json.dumps raised TypeError on the datetime).
    with serve(queue_responder(CannedResponse.json(200, EVENT))) as server:
        with formats_api.Client(base_url=server.url) as client:
            client.events.record_event(
                at=AT, since=AT, day=datetime.date(2024, 1, 2), request_id=ID,
                amount=Decimal("10.10"), digest=b"\x00", x_sent_at=AT, seen_at=AT,
                body={"id": ID, "day": datetime.date(2024, 1, 2), "at": LOCAL,
                      "amount": Decimal("10.10"), "payload": b"\x00\x01\x02\xff"},
            )  # fmt: skip
    assert server.requests[0].json() == {
        "id": str(ID),
        "day": "2024-01-02",
        "at": LOCAL_TEXT,
        "amount": "10.10",
        "payload": "AAEC/w==",
    }
