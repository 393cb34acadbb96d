"""``verify``: generate the client, start Prism on the spec, call every operation through
the generated client, and say per operation whether it passed on the wire, and whose fault
each failure is (generator/verify/classify.py).

Steps: ``pipeline.run`` (the fast path reuses an up-to-date output folder) → the spec and
model as that run read them → the calls (generator/verify/calls.py) → Prism
(generator/verify/prism.py) → the worker, a fresh interpreter that imports the generated
package and makes the calls (generator/verify/wire.py) → classification, with verify's
own encoding of a rejected call (generator/verify/reference.py).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from generator import pipeline
from generator.shared.diagnostics import Diagnostic, GeneratorError, display_path
from generator.shared.options import Selection
from generator.verify.calls import Call, Planner, credentials
from generator.verify.classify import classify
from generator.verify.report import OperationResult, VerifyReport

if TYPE_CHECKING:
    from generator.config import GenerateConfig
    from generator.model.types import ClientModel, Operation
    from generator.spec.loader import Document

# The worker's time: starting, importing the package, and each call (Prism answers in
# milliseconds; the client's own timeouts bound a call that hangs).
WORKER_START_S = 60.0
WORKER_PER_CALL_S = 30.0
GENERATOR_ROOT = Path(__file__).resolve().parents[2]
STARTUP_S_PER_MB = 40.0  # how long Prism may take to start, per megabyte of spec


def verify(
    config: GenerateConfig,
    operations: Sequence[str] = (),
    *,
    warn: pipeline.Warn = pipeline._no_warnings,
) -> VerifyReport:
    pipeline.run(config, warn=warn)  # as `generate -o OUT` would: the same version policy
    spec = pipeline.spec_and_model(config)
    from generator.verify.bundle import bundled

    planner = Planner(bundled(spec.document))
    chosen = _chosen(spec.client, operations, config.spec)
    calls = [
        call
        for api in spec.client.apis
        for index, operation in enumerate(api.operations)
        if operation in chosen
        for call in _with_async(planner.operation_calls(api, operation), index == 0)
    ]
    with tempfile.TemporaryDirectory(prefix="verify-") as scratch:
        served = _spec_for_prism(config, spec.written, Path(scratch), operations)
        with _located(served, spec.written), Mock(served) as mock:
            outcomes = _outcomes(mock, spec.client, config.output.resolve(), calls)
            outcomes = _answered_by_verify(
                spec.client, config.output.resolve(), calls, outcomes, planner
            )
            verdicts = _classified(spec.client, calls, outcomes, mock, planner)
    results = []
    for api in spec.client.apis:
        for operation in api.operations:
            if operation not in chosen:
                continue
            mine = tuple(
                v
                for v in verdicts
                if (v.call.api, v.call.method) == (api.attribute, operation.py_name)
            )
            name = operation.operation_id or f"{operation.http_method} {operation.path}"
            results.append(OperationResult(name, f"{api.attribute}.{operation.py_name}", mine))
    return VerifyReport(display_path(config.spec), display_path(config.output), tuple(results))


def _with_async(calls: list[Call], sample: bool) -> list[Call]:
    """The calls, plus the first one again through AsyncClient for the first operation of
    each API class (a sample: the two clients share everything but the transport)."""
    if not sample or not calls:
        return calls
    from dataclasses import replace

    first = calls[0]
    return [*calls, replace(first, key=first.key + " async", asynchronous=True)]


def _chosen(client: ClientModel, wanted: Sequence[str], spec: Path) -> list[Operation]:
    every = [operation for api in client.apis for operation in api.operations]
    if not wanted:
        return every
    known = {o.operation_id: o for o in every if o.operation_id}
    missing = [w for w in wanted if w not in known]
    if missing:
        raise GeneratorError(
            [
                Diagnostic(
                    display_path(spec),
                    f"--operation: no operation {name!r} in the spec "
                    f"(it has {len(known)} operationIds)",
                )
                for name in missing
            ]
        )
    return [known[w] for w in wanted]


def _spec_for_prism(
    config: GenerateConfig, written: Document, scratch: Path, operations: Sequence[str]
) -> Path:
    """The file Prism reads: the user's own; or, when verify calls only some operations
    (``--operation``, a selection) or overlays patch the spec, the spec as patched and
    cut to those operations (the parts it does not call cannot stop Prism from loading,
    like a $ref to a server that cannot be reached)."""
    selection = Selection(operations=tuple(operations)) if operations else config.selection
    if not config.overlays and not selection.chosen:
        return config.spec.resolve()
    from generator.spec.select import cut

    document = cut(written, selection) if selection.chosen else written
    target = scratch / f"{config.spec.stem}.verify.json"
    target.write_text(json.dumps(document.data), encoding="utf-8")
    return target


@contextmanager
def _located(served: Path, written: Document) -> Iterator[None]:
    """Prism's complaints about a file verify wrote (the spec cut or patched), told about
    the user's own file and line instead."""
    try:
        yield
    except GeneratorError as error:
        if served == written.path.resolve():
            raise
        located = [
            written.diagnostic(d.message, d.pointer)
            if d.pointer is not None
            else d._replace(file=written.display_name, line=None, column=None)
            for d in error.diagnostics
        ]
        raise GeneratorError(located, error.exit_code) from None


class Mock:
    """Prism on the spec, started again when a request makes it crash (Prism 5 exits on
    some requests it cannot parse; the crash is reported for that call)."""

    def __init__(self, spec: Path) -> None:
        from generator.verify.prism import STARTUP_TIMEOUT_S, PrismServer

        # Prism reads and dereferences the whole spec before it serves: Stripe's 7 MB took
        # over a minute on a loaded machine.
        megabytes = spec.stat().st_size / 1e6
        self.server = PrismServer(
            spec, startup_timeout_s=max(STARTUP_TIMEOUT_S, STARTUP_S_PER_MB * megabytes)
        )

    def __enter__(self) -> Mock:
        self.server.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.stop()

    @property
    def url(self) -> str:
        return self.server.url

    def crashed(self) -> str | None:
        """Why Prism stopped, restarting it; None when it is still serving."""
        if self.server.running:
            return None
        self.server.stop()
        reason = _crash_line(self.server.log_text())
        self.server.start()
        return reason


def _crash_line(log: str) -> str:
    lines = [line.strip() for line in log.splitlines() if line.strip()]
    for line in lines:
        if "Error:" in line or "Error " in line.split(":", 1)[0]:
            return f"Prism crashed: {line[:300]}"
    return "Prism crashed: " + (lines[-1][:300] if lines else "no log")


def _outcomes(
    mock: Mock, client: ClientModel, output: Path, calls: Sequence[Call]
) -> list[dict[str, Any]]:
    """Every call's outcome; a call that made Prism crash gets outcome ``prism``."""
    outcomes: list[dict[str, Any]] = []
    while len(outcomes) < len(calls):
        batch = _run_worker(client, output, mock.url, calls[len(outcomes) :])
        if not batch:
            batch = [_fatal("the worker answered nothing")] * (len(calls) - len(outcomes))
        outcomes += batch
        if batch and batch[-1].get("outcome") == "connection":
            reason = mock.crashed()
            if reason is not None:
                outcomes[-1] = {**outcomes[-1], "outcome": "prism", "detail": reason}
    return outcomes


def _answered_by_verify(
    client: ClientModel,
    output: Path,
    calls: Sequence[Call],
    outcomes: list[dict[str, Any]],
    planner: Planner,
) -> list[dict[str, Any]]:
    """The calls Prism accepted but could not answer to the spec, sent again to a server
    that answers what verify builds from the success schema (generator/verify/answer_server.py)."""
    from generator.verify.answer_server import Answer, AnswerServer

    again: list[int] = []
    answers: list[Answer] = []
    merged = list(outcomes)
    for index, (call, outcome) in enumerate(zip(calls, outcomes, strict=True)):
        if outcome.get("outcome") != "no-answer":
            continue
        prism_said = str(outcome.get("detail", ""))
        answer = _answer_for(call, planner, client)
        if isinstance(answer, str):
            merged[index] = {
                **outcome,
                "outcome": "unanswerable",
                "detail": f"Prism's answer breaks the spec ({prism_said}), and {answer}",
            }
            continue
        again.append(index)
        answers.append(answer)
    if not again:
        return merged
    with AnswerServer(answers) as server:
        redone = _run_worker(client, output, server.url, [calls[i] for i in again])
    for index, outcome in zip(again, redone, strict=False):
        note = (
            "answered by verify: Prism accepted the request but its answer breaks the spec "
            f"({outcomes[index].get('detail', '')})"
        )
        merged[index] = {**outcome, "detail": f"{outcome.get('detail', '')}; {note}"}
    return merged


def _answer_for(call: Call, planner: Planner, client: ClientModel) -> Any:
    """An answer that satisfies the call's success schema, or why there is none. The
    spec's error list (Square's ``errors``) is left empty: a success that carries errors
    is an error to the client, as the spec's error model says."""
    from generator.verify.answer_server import Answer
    from generator.verify.values import NOTHING

    if not call.successes:
        return "the spec declares no success to answer with"
    status, schema, media = call.successes[0]
    code = int(status) if status.isdigit() else 200
    if media is None:
        return Answer(code, "application/json", b"")
    if schema is None:
        # A file or text (or JSON the spec gives no schema): some content of its type.
        return Answer(code, media.split(",")[0], b"{}" if "json" in media else b"verify")
    candidates = [planner.answers.example(schema), planner.answers.synthesize(schema, full=True)]
    error_field = client.error_model.field if client.error_model else None
    for value in candidates:
        if isinstance(value, dict) and error_field and value.get(error_field):
            value = {**value, error_field: []}
        if value is NOTHING or planner.answers.violations(value, schema):
            continue
        text = json.dumps(value)
        if media.startswith("text/event-stream"):
            return Answer(code, media, f"data: {text}\n\n".encode())
        return Answer(code, media, text.encode())
    return "verify could not build an answer that satisfies the response schema either"


def _run_worker(
    client: ClientModel, output: Path, base_url: str, calls: Sequence[Call]
) -> list[dict[str, Any]]:
    request = {
        "folder": str(output),
        "package": str(client.package_name),
        "base_url": base_url,
        "credentials": credentials(client),
        "calls": [_call_json(call) for call in calls],
    }
    environment = {**os.environ, "PYTHONPATH": os.pathsep.join([str(GENERATOR_ROOT), str(output)])}
    for name in list(environment):
        if name.startswith(f"{client.env_prefix}_"):
            del environment[name]  # the user's own credentials never reach the mock server
    try:
        done = subprocess.run(
            [sys.executable, "-m", "generator.verify.wire"],
            input=json.dumps(request),
            capture_output=True,
            text=True,
            env=environment,
            timeout=WORKER_START_S + WORKER_PER_CALL_S * len(calls),
            check=False,
        )
    except subprocess.TimeoutExpired:
        return [_fatal(f"the calls did not finish within {WORKER_PER_CALL_S:.0f} s each")] * len(
            calls
        )
    try:
        answer = json.loads(done.stdout)
    except ValueError:
        tail = "\n".join(done.stderr.strip().splitlines()[-5:])
        return [_fatal(f"the worker stopped (exit {done.returncode}): {tail}")] * len(calls)
    if "fatal" in answer:
        return [_fatal(f"the generated package does not import: {answer['fatal']}")] * len(calls)
    outcomes: list[dict[str, Any]] = answer["outcomes"]
    return outcomes


def _fatal(detail: str) -> dict[str, Any]:
    return {"outcome": "exception", "detail": detail}


def _call_json(call: Call) -> dict[str, Any]:
    return {
        "api": call.api,
        "method": call.method,
        "arguments": [
            {"keyword": a.keyword, "location": a.location, "value": a.value} for a in call.arguments
        ],
        "body_model": call.body_model,
        # The required-only call sends its body as a plain dict (as the SDK docs do), the
        # others as the body's model, so both ways of passing a body are checked.
        "typed_body": call.variant != "required",
        "result_kind": call.result_kind,
        "expects_success": bool(call.successes),
        "asynchronous": call.asynchronous,
    }


def _classified(
    client: ClientModel,
    calls: Sequence[Call],
    outcomes: Sequence[dict[str, Any]],
    mock: Mock,
    planner: Planner,
) -> list[Any]:
    import httpx

    from generator.verify import reference

    operations = {
        (str(api.attribute), str(operation.py_name)): operation
        for api in client.apis
        for operation in api.operations
    }
    with httpx.Client(trust_env=False, timeout=30.0) as http:

        def resend(call: Call) -> list[str] | None:
            operation = operations[(call.api, call.method)]
            try:
                return reference.send(
                    http,
                    call,
                    mock.url,
                    client.auth_schemes,
                    operation.security.alternatives,
                    client.global_headers,
                )
            except reference.NotEncodable:
                return None
            except httpx.TransportError:
                mock.crashed()
                return None

        return [
            classify(call, outcome, resend, planner.answers.violations)
            for call, outcome in zip(calls, outcomes, strict=True)
        ]


def default_output() -> tempfile.TemporaryDirectory[str]:
    """A folder for a client generated only to be verified, removed afterwards."""
    return tempfile.TemporaryDirectory(prefix="verify-client-")
