"""Whose fault a failed call is: the spec's, the generated client's, or verify's own.

- ``spec``: Prism rejects the spec's own example (also when verify encodes it itself), an
  example breaks its own schema, or Prism cannot build an answer from the spec, or the
  answer it builds from the spec's response breaks the spec's own schema, or the spec's
  media type is no valid media type (Prism's HTTP server fails on it), or no value can
  satisfy a schema (an enum none of whose members has the schema's type), or a path of the
  spec holds a query string (Prism finds no route for it);
- ``generator``: Prism rejects the generated client's request but accepts the same values
  as verify's own encoder sends them, or the client cannot decode an answer that satisfies
  the declared schema, or the generated code raises or refuses a value its schema allows;
- ``verifier``: a value verify built is refused (it could not satisfy the schema), or
  something verify does not handle ($refs to other files, dummy credentials refused).

- ``prism``: Prism rejects values the schema allows, sent by the generated client and by
  verify's own encoder alike (Prism reads no multipart property as an array), or could
  not answer a request it accepted (an event stream it cannot
  serialise), or crashed on the request (Prism 5.16 exits, for one, when an
  optional array header is absent); verify starts it again and goes on. Also when its HTTP
  server answers 500 before checking the request against the spec (a Content-Type it cannot
  parse), or its answer cannot be read at the HTTP level (a Content-Encoding header the
  spec declares, copied onto a body Prism does not encode).

"Ours" in the issue's words is ``generator`` and ``verifier``; both are reported as such.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from generator.verify.answers import server_failure, server_problem
from generator.verify.calls import Argument, Call

Fault = Literal["spec", "generator", "verifier", "prism"]
# Which fault an operation is reported under when its calls fail for several reasons.
FAULT_ORDER: tuple[Fault, ...] = ("generator", "verifier", "spec", "prism")


@dataclass(frozen=True)
class Verdict:
    call: Call
    outcome: str  # the worker's: pass, rejected, decode, status, argument, exception
    status: int | None
    fault: Fault | None  # None when it passed
    reason: str  # one line; "" when it passed
    violations: tuple[str, ...] = ()  # Prism's own words about the request
    request: str = ""  # METHOD URL the client sent

    @property
    def passed(self) -> bool:
        return self.fault is None


# Sends the call with verify's own encoder: Prism's violations, or None when the call
# uses something that encoder does not do.
Resend = Callable[[Call], "list[str] | None"]
# The local check of a JSON value against the schema at a pointer.
Check = Callable[[Any, str], "list[str]"]


def classify(call: Call, outcome: dict[str, Any], resend: Resend, check: Check) -> Verdict:
    kind = str(outcome.get("outcome", "exception"))
    violations = tuple(str(v) for v in outcome.get("violations", ()))

    def verdict(fault: Fault | None, reason: str) -> Verdict:
        return Verdict(
            call,
            kind,
            outcome.get("status"),
            fault,
            reason,
            violations,
            str(outcome.get("request", "")),
        )

    if kind == "pass":
        return verdict(None, "")
    if kind == "prism":
        ignored = _ignored_header(call)
        if ignored is not None:
            return verdict(
                "generator",
                f"the generated method sends the header parameter {ignored!r}, which OpenAPI "
                f"says to ignore, and Prism crashed on it ({outcome.get('detail', '')})",
            )
        return verdict("prism", str(outcome.get("detail", "")))
    if kind == "unanswerable":
        # Prism could not answer to the spec, and verify's own answer does not cover it.
        fault: Fault = "verifier" if call.result_kind == "json" else "prism"
        return verdict(fault, str(outcome.get("detail", "")))
    if call.unplanned is not None:
        return verdict("verifier", call.unplanned)
    detail = str(outcome.get("detail", ""))
    if kind == "argument":
        return _refused_argument(call, detail, verdict)
    if kind == "rejected":
        return _rejected(call, violations, resend, verdict)
    body = outcome.get("response")
    if server_failure(outcome.get("status"), body):
        return _server_failure(call, verdict)
    problem = server_problem(body)
    if problem is not None:
        return verdict("spec", f"Prism cannot answer from the spec: {problem}")
    answer = [str(v) for v in outcome.get("answer_violations", ())]
    if kind == "decode" and answer:
        return verdict(
            "spec",
            f"the answer Prism built from the spec breaks the spec's own response schema: "
            f"{answer[0]}",
        )
    if kind == "decode":
        schema = _success_schema(call, outcome.get("status"))
        if schema is not None and (body is not None or outcome.get("json_answer")):
            wrong = check(body, schema)
            if wrong:
                return verdict(
                    "spec",
                    "the answer Prism built from the spec breaks the spec's own response "
                    f"schema: {wrong[0]}",
                )
        return verdict(
            "generator",
            f"the answer satisfies the declared schema but the client did not decode it: {detail}",
        )
    if kind == "status" and outcome.get("status") in _TOO_LARGE:
        return verdict(
            "verifier",
            f"the call verify built is too large for Prism's HTTP server ({detail}): every "
            "optional parameter at once (sinao.app)",
        )
    if kind == "status":
        return verdict("generator", f"an answer the client does not call a success ({detail})")
    if _UNREADABLE_ANSWER.search(detail):
        return verdict(
            "prism",
            "Prism's answer cannot be read at the HTTP level (Prism copies the response "
            "headers the spec declares, such as Content-Encoding: gzip, onto a body it "
            f"does not encode): {detail}",
        )
    if _MISSING_KEYWORD.search(detail):  # verify left out an argument the method needs
        return verdict("verifier", f"verify's call lacks an argument: {detail}")
    return verdict("generator", f"the generated client raised {detail}")


# RFC 9110 media type: type "/" subtype *( OWS ";" OWS token "=" ( token / quoted-string ) ).
_TOKEN = r"[!#$%&'*+.^_`|~0-9A-Za-z-]+"
_MEDIA_TYPE = re.compile(rf'{_TOKEN}/{_TOKEN}(\s*;\s*{_TOKEN}=({_TOKEN}|"([^"\\]|\\.)*"))*\s*')
# OpenAPI 3 (Parameter Object): header parameters of these names "SHALL be ignored".
_IGNORED_HEADERS = ("accept", "content-type", "authorization")


def _ignored_header(call: Call) -> str | None:
    """The first header parameter the call sends that OpenAPI says to ignore."""
    return next(
        (
            str(a.wire_name)
            for a in call.arguments
            if a.location == "header" and str(a.wire_name).lower() in _IGNORED_HEADERS
        ),
        None,
    )


# httpx failing to read an answer: a body that is not what its Content-Encoding says, a
# header line it cannot parse (notion.com, rapidapi.com).
_UNREADABLE_ANSWER = re.compile(r"\b(DecodingError|LocalProtocolError|RemoteProtocolError): ")
# What an HTTP server answers before it reads a request it finds too large: URI Too Long,
# Request Header Fields Too Large.
_TOO_LARGE = (414, 431)
# Python's own words when a call leaves out a keyword its method requires.
_MISSING_KEYWORD = re.compile(r"TypeError: \S+\(\) missing \d+ required keyword-only argument")


def _server_failure(call: Call, verdict: Callable[[Fault | None, str], Verdict]) -> Verdict:
    """Prism's HTTP server failed on the request (500) before checking it against the spec:
    the generator's fault when the method sent a header OpenAPI says to ignore, the spec's
    when the client sent the spec's own media type and that is no valid one, else Prism's."""
    ignored = _ignored_header(call)
    if ignored is not None:
        return verdict(
            "generator",
            f"the generated method sends the header parameter {ignored!r}, "
            "which OpenAPI says to ignore (Accept, Content-Type and Authorization are not "
            "parameters), and Prism's HTTP server fails on its value (500)",
        )
    media = next((a.media_type for a in call.arguments if a.location == "body"), None)
    if media is not None and not _MEDIA_TYPE.fullmatch(media):
        return verdict(
            "spec",
            f"the spec's media type {media!r} is no valid media type (RFC 9110: parameters "
            "are name=value), and Prism's HTTP server fails on it (500)",
        )
    return verdict(
        "prism",
        "Prism's HTTP server failed on the request (500 internal_server_error) before "
        "checking it against the spec; Prism's log says why",
    )


def _refused_argument(
    call: Call, detail: str, verdict: Callable[[Fault | None, str], Verdict]
) -> Verdict:
    keyword = detail.split(":", 1)[0]
    argument = next((a for a in call.arguments if a.keyword == keyword), None)
    if argument is None and call.body_model and detail.startswith(call.body_model):
        argument = next((a for a in call.arguments if a.location == "body"), None)
    if argument is not None and argument.unsatisfiable:
        return verdict(
            "spec",
            f"no value satisfies the spec's schema for {argument.keyword} "
            f"({argument.unsatisfiable}), and the generated type refuses the one verify built",
        )
    if argument is not None and argument.violations:
        if argument.source == "example":
            return verdict(
                "spec",
                f"the spec's example for {argument.keyword} breaks its own schema "
                f"({argument.violations[0]}), and the generated type refuses it",
            )
        return verdict(
            "verifier",
            f"verify could not build a value for {argument.keyword} that satisfies its "
            f"schema ({argument.violations[0]})",
        )
    return verdict("generator", f"the generated method refuses a value its schema allows: {detail}")


def _rejected(
    call: Call,
    violations: Sequence[str],
    resend: Resend,
    verdict: Callable[[Fault | None, str], Verdict],
) -> Verdict:
    first = violations[0] if violations else "rejected"
    again = resend(call)
    if again is None:
        return verdict(
            "generator",
            f"Prism rejects the request (not cross-checked: verify cannot encode it): {first}",
        )
    if not again:
        return verdict(
            "generator",
            "Prism rejects the generated client's request but accepts the same values "
            f"encoded by verify: {first}",
        )
    blamed = [_argument_of(call, v) for v in again]
    if any(a is not None and a.source == "example" for a in blamed):
        argument = next(a for a in blamed if a is not None and a.source == "example")
        broken = (
            f"; it breaks its own schema: {argument.violations[0]}" if argument.violations else ""
        )
        return verdict(
            "spec",
            f"Prism rejects the spec's own example for {argument.keyword}{broken}: {again[0]}",
        )
    if all(a is None for a in blamed) and call.from_examples and not _about_security(again):
        return verdict("spec", f"Prism rejects the spec's own example: {again[0]}")
    if "?" in call.path:  # weatherbit.io: "/alerts?lat={lat}&lon={lon}"
        return verdict(
            "spec",
            f"the spec's path {call.path!r} holds a query string (an OpenAPI path does not; "
            f"its parameters go in `parameters`), and Prism finds no route: {again[0]}",
        )
    impossible = next((a for a in blamed if a is not None and a.unsatisfiable), None)
    if impossible is not None:
        return verdict(
            "spec",
            f"no value satisfies the spec's schema for {impossible.keyword} "
            f"({impossible.unsatisfiable}): {again[0]}",
        )
    if _about_security(again) or any(a is not None and a.violations for a in blamed):
        return verdict(
            "verifier",
            f"Prism rejects a value verify built (its own encoding too): {again[0]}",
        )
    return verdict(
        "prism",
        f"Prism rejects values that satisfy the schema (verify's own encoding too): {again[0]}",
    )


def _argument_of(call: Call, violation: str) -> Argument | None:
    """The argument a Prism violation ("request.query.limit: ...") is about."""
    where = violation.split(":", 1)[0].split(".")
    if len(where) < 2 or where[0] != "request":
        return None
    location = where[1]
    for argument in call.arguments:
        if location == "body" and argument.location == "body":
            return argument
        if argument.location == location and len(where) > 2:
            if str(argument.wire_name).lower() == where[2].lower():
                return argument
    return None


def _about_security(violations: Sequence[str]) -> bool:
    return any("security" in v.lower() for v in violations)


def _success_schema(call: Call, status: object) -> str | None:
    for declared, schema, _ in call.successes:
        if declared == str(status) or declared.upper() == f"{str(status)[:1]}XX":
            return schema
    return call.successes[0][1] if len(call.successes) == 1 else None
