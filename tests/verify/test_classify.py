"""generator/verify/classify.py: whose fault a failed call is, from the worker's outcome,
verify's own re-send of the same values, and the local schema check."""

from __future__ import annotations

from typing import Any

import pytest

from generator.verify.calls import Argument, Call
from generator.verify.classify import classify
from generator.verify.report import OperationResult, VerifyReport


def _call(source: str = "example", violations: tuple[str, ...] = ()) -> Call:
    limit = Argument("limit", "query", "limit", 5, source, "/s", violations)  # type: ignore[arg-type]
    return Call(
        key="listThings [example]",
        operation="listThings",
        api="things",
        method="list_things",
        http_method="GET",
        path="/things",
        variant="example",
        arguments=(limit,),
        body_model=None,
        result_kind="json",
        successes=(("200", "/answer", "application/json"),),
    )


def _never(call: Call) -> list[str] | None:
    raise AssertionError("not re-sent")


def _valid(value: Any, pointer: str) -> list[str]:
    return []


REJECTED = {
    "outcome": "rejected",
    "status": 422,
    "violations": ["request.query.limit: must be >= 10"],
    "request": "GET http://127.0.0.1/things?limit=5",
}


def test_a_pass_has_no_fault() -> None:
    verdict = classify(_call(), {"outcome": "pass", "status": 200}, _never, _valid)
    assert verdict.passed and verdict.fault is None


def test_rejected_for_the_client_but_not_for_verify_is_the_generators_fault() -> None:
    verdict = classify(_call(), REJECTED, lambda call: [], _valid)
    assert verdict.fault == "generator"
    assert "must be >= 10" in verdict.reason  # Prism's own words
    assert verdict.violations == ("request.query.limit: must be >= 10",)


def test_the_spec_example_rejected_both_ways_is_the_specs_fault() -> None:
    again = ["request.query.limit: must be >= 10"]
    verdict = classify(_call("example"), REJECTED, lambda call: again, _valid)
    assert verdict.fault == "spec"
    assert "spec's own example for limit" in verdict.reason


@pytest.mark.parametrize(
    ("violations", "fault"), [(("at (root): 5 is less than 10",), "verifier"), ((), "prism")]
)
def test_a_built_value_rejected_both_ways(violations: tuple[str, ...], fault: str) -> None:
    # Ours when our own check says the value breaks the schema; Prism's when it does not.
    again = ["request.query.limit: must be >= 10"]
    verdict = classify(_call("built", violations), REJECTED, lambda call: again, _valid)
    assert verdict.fault == fault


def test_not_cross_checked_stays_the_generators() -> None:
    verdict = classify(_call(), REJECTED, lambda call: None, _valid)
    assert verdict.fault == "generator" and "not cross-checked" in verdict.reason


def test_an_undecodable_answer() -> None:
    decode = {"outcome": "decode", "status": 200, "detail": "id: field required", "response": {}}
    # The answer breaks the declared schema: not the client's fault.
    broken = classify(_call(), decode, _never, lambda value, pointer: ["'id' is required"])
    assert broken.fault == "spec"
    # It satisfies the schema: the client should have decoded it.
    fine = classify(_call(), decode, _never, _valid)
    assert fine.fault == "generator" and "id: field required" in fine.reason


def test_refused_arguments_and_crashes() -> None:
    refused = {"outcome": "argument", "detail": "limit: the declared type refused the value"}
    assert classify(_call(), refused, _never, _valid).fault == "generator"
    built_wrong = _call("built", ("at (root): 'x' is not an integer",))
    assert classify(built_wrong, refused, _never, _valid).fault == "verifier"
    crash = {"outcome": "prism", "detail": "Prism crashed: TypeError"}
    assert classify(_call(), crash, _never, _valid).fault == "prism"
    raised = {"outcome": "exception", "detail": "KeyError: 'x' (api.py:3)"}
    assert classify(_call(), raised, _never, _valid).fault == "generator"


def test_the_report_counts_operations_by_their_worst_fault() -> None:
    ok = classify(_call(), {"outcome": "pass"}, _never, _valid)
    spec = classify(_call("example"), REJECTED, lambda c: ["request.query.limit: x"], _valid)
    ours = classify(_call(), REJECTED, lambda c: [], _valid)
    report = VerifyReport(
        "spec.yaml",
        "out",
        (
            OperationResult("a", "x.a", (ok,)),
            OperationResult("b", "x.b", (ok, spec)),
            OperationResult("c", "x.c", (spec, ours)),
        ),
    )
    assert report.passed == 1 and not report.ok
    assert (report.count("spec"), report.count("generator")) == (1, 1)
    # Of the two operations whose examples Prism accepts, one passes.
    assert report.examples_accepted == 2 and report.share == 0.5
    text = report.text()
    assert "FAIL  c  x.c [example]  fault: generator" in text
    assert text.rstrip().endswith("(50.0%)")


def test_a_call_verify_could_not_plan_is_verifys_fault() -> None:
    from dataclasses import replace

    unplanned = replace(_call(), unplanned="verify cannot follow the $ref 'other.yaml#/X'")
    verdict = classify(unplanned, {"outcome": "status", "status": 422}, _never, _valid)
    assert verdict.fault == "verifier" and "other.yaml#/X" in verdict.reason
