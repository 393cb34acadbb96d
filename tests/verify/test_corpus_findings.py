"""Faults of verify's own that the corpus run (benchmarks/corpus.py --verify-only) found,
each with the spec of the public sample it came from:

- a required array parameter without ``minItems`` was planned as ``[]``, which goes on the
  wire as ``ids=`` and reads as the parameter missing (anchore.io query_vulnerabilities,
  appcenter.ms commits_listByShaList): generator/verify/calls.py now sends items;
- a header every operation takes (a setting of ``Client(...)``) that the client sends only
  when set got no value, so Prism refused every call of bunq.com (X-Bunq-Client-
  Authentication) and the failures were blamed on Prism: verify's worker and its own
  encoder now send a dummy (generator/verify/calls.py ``credentials``, reference.py);
- a schema no value satisfies (an enum none of whose members has the schema's type:
  apptigent.com ``type: string, enum: [true, false]``, bbci.co.uk an array with the enum
  of its items, bhagavadgita.io ``type: string, enum: [1, 2, 3]``) was blamed on verify's
  values; now it is the spec's fault (generator/verify/values.py ``unsatisfiable``);
- a ``$ref`` to an object with ``type: string`` beside it (britbox.co.uk changeEmail), which
  Prism and the check both apply, is unsatisfiable too: the spec's fault;
- a schema with a type JSON Schema does not have (cloudmersive.com/ocr: ``type:
  application/json``) made verify's local check raise, and verify stopped with a traceback;
  now the check says so (generator/verify/values.py);
- an ``sl-violations`` header Prism cut short at 8 KB ("Too many violations! [...") was
  read as one request violation, so answers that break the spec in many places were
  blamed on the request (credas.co.uk/pi): the whole items are read
  (generator/verify/answers.py);
- a parameter ``$ref`` into another path, written as a URI fragment
  (``#/paths/~1vehicles~1%7BvehicleId%7D~1watch/post/parameters/0``, enode.io) was not
  followed, so the call lacked a required argument and the TypeError was blamed on the
  generated client: the fragment is unquoted (generator/verify/calls.py), and a call that
  lacks a required keyword is verify's fault;
- an answer httpx cannot read (notion.com declares ``Content-Encoding: gzip`` among its
  response headers; Prism sends it with a plain body) was blamed on the generated client;
  now it is Prism's;
- a body verify's own encoder built that httpx cannot write made verify stop with a
  traceback (visagecloud.com); now that call is not cross-checked (reference.py);
- a path of the spec with a query string in it (weatherbit.io ``/alerts?lat={lat}``), for
  which Prism finds no route, was blamed on Prism; now it is the spec's fault;
- a call so large that Prism's HTTP server answers 431 (sinao.app, every optional query
  parameter at once) was blamed on the generated client; it is verify's;
- Prism's HTTP server answers its own 500 (``internal_server_error``) when it cannot parse
  the request's Content-Type, before it checks anything against the spec; that was blamed
  on the generated client. Now: the spec's fault when the spec's own media type is
  malformed (anchore.io import_image_dockerfile: ``text/plain; utf-8``), the generator's
  when the method sent a header parameter OpenAPI says to ignore (akeneo.com post_token:
  ``Content-type``), else Prism's (generator/verify/classify.py).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest

from generator import pipeline
from generator.config import GenerateConfig
from generator.verify import reference
from generator.verify.answers import request_violations, response_violations
from generator.verify.calls import DUMMY_HEADER, Argument, Call, Planner, credentials
from generator.verify.classify import classify
from generator.verify.values import Values
from tests.conftest import ROOT

# GET /things needs `ids`, an array without minItems or an example; POST /docs takes a body
# whose media type has a parameter without a value; both need the header X-Tenant.
TENANT = {"$ref": "#/components/parameters/Tenant"}
SPEC = {
    "openapi": "3.0.3",
    "info": {"title": "findings", "version": "1"},
    "paths": {
        "/things": {
            "get": {
                "operationId": "listThings",
                "parameters": [
                    TENANT,
                    {
                        "name": "ids",
                        "in": "query",
                        "required": True,
                        "style": "form",
                        "explode": False,
                        "schema": {"type": "array", "items": {"type": "string"}},
                    },
                ],
                "responses": {"204": {"description": "listed"}},
            }
        },
        "/docs": {
            "post": {
                "operationId": "sendDoc",
                "parameters": [TENANT],
                "requestBody": {
                    "required": True,
                    "content": {"text/plain; utf-8": {"schema": {"type": "string"}}},
                },
                "responses": {"204": {"description": "taken"}},
            }
        },
    },
    "components": {
        "parameters": {
            "Tenant": {
                "name": "X-Tenant",
                "in": "header",
                "required": True,
                "schema": {"type": "string"},
            }
        }
    },
}


def _model(tmp_path: Path) -> pipeline.SpecAndModel:
    spec = tmp_path / "findings.json"
    spec.write_text(json.dumps(SPEC), encoding="utf-8")
    config = GenerateConfig(spec, tmp_path / "out", "findings_client", None, "0.1.0", ())
    return pipeline.spec_and_model(config)


def _planned(tmp_path: Path) -> dict[str, list[Call]]:
    model = _model(tmp_path)
    planner = Planner(model.document.data)
    return {
        str(operation.operation_id): planner.operation_calls(api, operation)
        for api in model.client.apis
        for operation in api.operations
    }


def test_a_parameter_ref_written_as_a_uri_fragment_is_followed(tmp_path: Path) -> None:
    spec = json.loads(json.dumps(SPEC))
    spec["paths"]["/things/{id}"] = {
        "get": {
            "operationId": "getThing",
            "parameters": [{"$ref": "#/paths/~1things~1%7Bid%7D/put/parameters/0"}],
            "responses": {"204": {"description": "found"}},
        },
        "put": {
            "operationId": "putThing",
            "parameters": [
                {"name": "id", "in": "path", "required": True, "schema": {"type": "integer"}}
            ],
            "responses": {"204": {"description": "stored"}},
        },
    }
    source = tmp_path / "fragment.json"
    source.write_text(json.dumps(spec), encoding="utf-8")
    config = GenerateConfig(source, tmp_path / "out", "fragment_client", None, "0.1.0", ())
    model = pipeline.spec_and_model(config)
    planner = Planner(model.document.data)
    (api,) = [
        a for a in model.client.apis if any(o.operation_id == "getThing" for o in a.operations)
    ]
    (operation,) = [o for o in api.operations if o.operation_id == "getThing"]
    for call in planner.operation_calls(api, operation):
        assert [(a.wire_name, a.location) for a in call.arguments] == [("id", "path")], call.key


def test_a_call_without_a_required_keyword_is_verifys_fault() -> None:
    outcome = {
        "outcome": "exception",
        "detail": "TypeError: VehiclesApi.get_vehicle() missing 1 required keyword-only "
        "argument: 'vehicle_id' (wire.py:143)",
    }
    verdict = classify(_call(()), outcome, _never, _valid)
    assert verdict.fault == "verifier" and "lacks an argument" in verdict.reason
    other = {"outcome": "exception", "detail": "TypeError: unsupported operand (x.py:1)"}
    assert classify(_call(()), other, _never, _valid).fault == "generator"


def test_a_path_with_a_query_string_is_the_specs_fault() -> None:
    from dataclasses import replace

    call = replace(_call(()), path="/alerts?lat={lat}&lon={lon}")
    rejected = {"outcome": "rejected", "status": 404, "violations": ["Route not resolved"]}
    verdict = classify(call, rejected, lambda call: ["Route not resolved"], _valid)
    assert verdict.fault == "spec" and "holds a query string" in verdict.reason


@pytest.mark.parametrize(
    ("status", "fault"), [(431, "verifier"), (414, "verifier"), (500, "generator")]
)
def test_a_call_too_large_for_prisms_server_is_verifys(status: int, fault: str) -> None:
    outcome = {"outcome": "status", "status": status, "detail": f"status {status}"}
    assert classify(_call(()), outcome, _never, _valid).fault == fault


def test_an_answer_httpx_cannot_read_is_prisms() -> None:
    outcome = {
        "outcome": "exception",
        "detail": "retrieve_a_block (GET http://127.0.0.1:1/v1/blocks/x) failed after 0 "
        "retries: DecodingError: Error -3 while decompressing data: incorrect header check",
    }
    verdict = classify(_call(()), outcome, _never, _valid)
    assert verdict.fault == "prism" and "Content-Encoding" in verdict.reason


def test_a_body_httpx_cannot_send_is_not_cross_checked_rather_than_a_crash() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise TypeError("sequence item 1: expected a bytes-like object, tuple found")

    with httpx.Client(transport=httpx.MockTransport(refuse)) as client:
        with pytest.raises(reference.NotEncodable, match="httpx cannot send it"):
            reference.send(client, _call((_body("application/json"),)), "http://x", (), ())


def test_prism_crashing_on_a_header_openapi_ignores_is_the_generators_fault() -> None:
    crash = {"outcome": "prism", "detail": "Prism crashed: TypeError: invalid media type"}
    header = Argument("content_type", "header", "Content-Type", "string", "built", "/h")
    assert classify(_call((header,)), crash, _never, _valid).fault == "generator"
    assert classify(_call(()), crash, _never, _valid).fault == "prism"


def test_a_header_setting_without_default_gets_a_value(tmp_path: Path) -> None:
    client = _model(tmp_path).client
    (tenant,) = client.global_headers  # a setting of Client(...), no method's keyword
    assert tenant.wire_name == "X-Tenant" and tenant.default is None
    assert credentials(client)[str(tenant.py_name)] == DUMMY_HEADER
    call = _planned(tmp_path)["listThings"][0]
    assert all(a.wire_name != "X-Tenant" for a in call.arguments)
    request = reference.build_request(call, "http://127.0.0.1:1", (), (), client.global_headers)
    assert request.headers["X-Tenant"] == DUMMY_HEADER  # verify's own encoder sends it too


def test_a_required_array_parameter_is_never_sent_empty(tmp_path: Path) -> None:
    calls = _planned(tmp_path)["listThings"]
    assert calls  # the variants that come out the same are one call
    for call in calls:
        (ids,) = [a for a in call.arguments if a.keyword == "ids"]
        assert isinstance(ids.value, list) and ids.value, call.key
        assert all(isinstance(item, str) for item in ids.value)
        assert ids.violations == ()  # still a value the schema allows


@pytest.mark.parametrize(
    ("schema", "found"),
    [
        (
            {"type": "string", "enum": [True, False]},
            "enum [True, False] has no value of type string",
        ),
        ({"type": "array", "items": {"type": "string"}, "enum": ["a"]}, "of type array"),
        (
            {"type": "object", "properties": {"n": {"type": "string", "enum": [1, 2]}}},
            "n: enum [1, 2] has no value of type string",
        ),
        ({"type": "array", "items": {"$ref": "#/components/schemas/Flag"}}, "items: enum"),
        ({"$ref": "#/components/schemas/Thing", "type": "string"}, "type object with type string"),
        ({"$ref": "#/components/schemas/Thing", "type": "object"}, None),
        ({"type": "string", "enum": ["a", 1]}, None),  # "a" will do
        ({"type": ["integer", "null"], "enum": [1, None]}, None),
        ({"enum": [True]}, None),  # no type: the enum alone decides
    ],
)
def test_a_schema_no_value_satisfies(schema: dict[str, Any], found: str | None) -> None:
    document = {
        "openapi": "3.0.3",
        "paths": {},
        "components": {
            "schemas": {
                "Tested": schema,
                "Flag": {"type": "string", "enum": [True]},
                "Thing": {"type": "object", "properties": {"a": {"type": "string"}}},
            }
        },
    }
    said = Values(document).unsatisfiable("/components/schemas/Tested")
    assert (said is None) if found is None else (said is not None and found in said), said


def test_a_type_json_schema_does_not_have_is_a_finding_not_a_crash() -> None:
    document = {
        "openapi": "3.0.3",
        "paths": {},
        "components": {"schemas": {"Odd": {"type": "application/json"}}},
    }
    said = Values(document).violations({"a": 1}, "/components/schemas/Odd")
    assert said == ["the schema names a type JSON Schema does not have: 'application/json'"]


def test_a_violations_header_prism_cut_short_keeps_its_whole_items() -> None:
    items = [
        {"location": ["response", "body", str(i), "Comments"], "severity": "Error", "message": "m"}
        for i in range(300)
    ]
    header = "Too many violations! " + json.dumps(items)[: 8 * 1024 - 100]
    assert request_violations(header, None) == []  # none of it is about the request
    answer = response_violations(header)
    assert 10 < len(answer) < 300 and answer[0] == "response.body.0.Comments: m"
    assert request_violations("Too many violations! [{", None) == [
        "request: Too many violations! [{"
    ]  # nothing came whole: kept as it was, a request problem


def test_a_value_refused_for_an_unsatisfiable_schema_is_the_specs_fault() -> None:
    flag = Argument(
        "flag",
        "query",
        "flag",
        True,
        "built",
        "/s",
        ("at (root): True is not of type 'string'",),
        unsatisfiable="enum [True, False] has no value of type string",
    )
    rejected = {
        "outcome": "rejected",
        "status": 422,
        "violations": ["request.query.flag: must be string"],
    }
    again = ["request.query.flag: must be string"]
    verdict = classify(_call((flag,)), rejected, lambda call: again, _valid)
    assert verdict.fault == "spec"
    assert "no value satisfies the spec's schema for flag" in verdict.reason
    refused = {"outcome": "argument", "detail": "flag: the declared type refused the value"}
    assert classify(_call((flag,)), refused, _never, _valid).fault == "spec"


def _call(arguments: tuple[Argument, ...]) -> Call:
    return Call(
        key="sendDoc [example]",
        operation="sendDoc",
        api="docs",
        method="send_doc",
        http_method="POST",
        path="/docs",
        variant="example",
        arguments=arguments,
        body_model=None,
        result_kind="json",
        successes=(("204", None, None),),
    )


def _body(media_type: str) -> Argument:
    return Argument("body", "body", None, "text", "built", "/s", media_type=media_type)


def _never(call: Call) -> list[str] | None:
    raise AssertionError("a failure of Prism's HTTP server is not re-sent")


def _valid(value: Any, pointer: str) -> list[str]:
    return []


SERVER_FAILURE = {
    "outcome": "status",
    "status": 500,
    "detail": "status 500",
    "response": {"error": {"code": "internal_server_error", "message": "Internal Server Error"}},
    "request": "POST http://127.0.0.1/docs",
}


def test_a_malformed_media_type_of_the_spec_is_the_specs_fault() -> None:
    verdict = classify(_call((_body("text/plain; utf-8"),)), SERVER_FAILURE, _never, _valid)
    assert verdict.fault == "spec"
    assert "'text/plain; utf-8' is no valid media type" in verdict.reason


def test_a_header_openapi_says_to_ignore_is_the_generators_fault() -> None:
    header = Argument("content_type", "header", "Content-type", "string", "built", "/h")
    call = _call((header, _body("application/json")))
    verdict = classify(call, SERVER_FAILURE, _never, _valid)
    assert verdict.fault == "generator"
    assert "'Content-type'" in verdict.reason and "ignore" in verdict.reason


@pytest.mark.parametrize("media_type", ["text/plain; charset=utf-8", 'text/plain;q="a b"'])
def test_otherwise_the_failure_is_prisms(media_type: str) -> None:
    verdict = classify(_call((_body(media_type),)), SERVER_FAILURE, _never, _valid)
    assert verdict.fault == "prism"
    assert "Prism's HTTP server failed" in verdict.reason


def test_a_500_the_spec_declares_is_not_taken_for_prisms() -> None:
    # Prism answering a 500 the spec declares (with its own body) is an answer, not a
    # failure of Prism's server: the client's handling of it is judged as before.
    outcome = {**SERVER_FAILURE, "response": {"error": {"code": "boom"}}}
    verdict = classify(_call((_body("text/plain; utf-8"),)), outcome, _never, _valid)
    assert verdict.fault == "generator"


@pytest.mark.slow
def test_verify_on_the_wire(tmp_path: Path) -> None:
    """Both findings through `verify` against the pinned Prism."""
    spec = tmp_path / "findings.json"
    spec.write_text(json.dumps(SPEC), encoding="utf-8")
    command = [sys.executable, "-m", "generator", "verify", str(spec)]
    done = subprocess.run(
        [*command, "-o", str(tmp_path / "out"), "--format", "json", "-q"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=300,
        check=False,
    )
    assert done.returncode == 1, done.stderr  # sendDoc fails: the spec's fault
    report = json.loads(done.stdout)
    faults = {r["operation"]: r["fault"] for r in report["results"]}
    # listThings passes only with a value for the header setting X-Tenant and items in `ids`
    assert faults == {"listThings": None, "sendDoc": "spec"}, done.stdout
    assert report["examples_accepted"] == 1 and report["passed"] == 1
