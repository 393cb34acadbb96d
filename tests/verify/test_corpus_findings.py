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
- a schema with a type JSON Schema does not have (cloudmersive.com/ocr: ``type:
  application/json``) made verify's local check raise, and verify stopped with a traceback;
  now the check says so (generator/verify/values.py);
- an ``sl-violations`` header Prism cut short at 8 KB ("Too many violations! [...") was
  read as one request violation, so answers that break the spec in many places were
  blamed on the request (credas.co.uk/pi): the whole items are read
  (generator/verify/answers.py);
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
        ({"type": "string", "enum": ["a", 1]}, None),  # "a" will do
        ({"type": ["integer", "null"], "enum": [1, None]}, None),
        ({"enum": [True]}, None),  # no type: the enum alone decides
    ],
)
def test_a_schema_no_value_satisfies(schema: dict[str, Any], found: str | None) -> None:
    document = {
        "openapi": "3.0.3",
        "paths": {},
        "components": {"schemas": {"Tested": schema, "Flag": {"type": "string", "enum": [True]}}},
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
