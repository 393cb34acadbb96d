"""The model decides which operations stream (issue 16): a ``text/event-stream`` success
makes the method return an event stream, typed by the stream's schema."""

from __future__ import annotations

from generator.model import plan
from tests.conftest import ROOT
from tests.support.specs import client_model, find_operation

EVENTS = ROOT / "tests" / "specs" / "valid" / "events.yaml"
PETSTORE = ROOT / "tests" / "specs" / "valid" / "petstore-3.0.yaml"


def test_an_event_stream_success_streams_typed_by_its_schema() -> None:
    client = client_model(EVENTS)
    ticks = find_operation(client, "stream_ticks")
    assert ticks.streams and ticks.send_method == "stream"
    assert ticks.return_annotation(False) == "EventStream[Tick]"
    assert ticks.return_annotation(True) == "AsyncEventStream[Tick]"
    assert ticks.accept == "text/event-stream"
    assert "sent once" in ticks.retry_note


def test_a_stream_without_a_schema_streams_text_and_json_stays_a_result() -> None:
    client = client_model(EVENTS)
    log = find_operation(client, "stream_log")
    assert log.streams and log.return_annotation(False) == "EventStream[str]"
    health = find_operation(client, "get_health")
    assert not health.streams and health.send_method == "send"
    assert health.return_annotation(True) == "ApiResult[Busy]"


def test_the_readme_explains_streams_only_when_an_operation_streams() -> None:
    streaming = plan.model_sections(client_model(EVENTS))
    assert any(
        s.startswith("## Event streams") and "`events.stream_ticks` and `events.stream_log`" in s
        for s in streaming
    )
    others = plan.model_sections(client_model(PETSTORE))
    assert not any(s.startswith("## Event streams") for s in others)
