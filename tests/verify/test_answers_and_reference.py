"""generator/verify/answers.py (what a Prism answer says) and generator/verify/reference.py
(verify's own encoding of a call), without a server: Prism's answers as it writes them."""

from __future__ import annotations

import json

import httpx
import pytest

from generator.model.types import AuthScheme
from generator.verify import reference
from generator.verify.answers import (
    request_violations,
    response_violations,
    server_problem,
    unbuilt_answer,
)
from generator.verify.calls import DUMMY_CREDENTIAL, Argument, Call

PRISM = "https://stoplight.io/prism/errors#"


def test_request_and_response_violations_are_told_apart() -> None:
    header = json.dumps(
        [
            {"location": ["request", "query", "limit"], "severity": "Error", "message": "bad"},
            {"location": ["request", "body"], "severity": "Warning", "message": "meh"},
            {"location": ["response", "body", "0"], "severity": "Error", "message": "oneOf"},
        ]
    )
    assert request_violations(header, None) == ["request.query.limit: bad"]
    assert response_violations(header) == ["response.body.0: oneOf"]
    assert request_violations(None, {"errors": []}) == []


def test_a_422_problem_document_names_the_part_without_request() -> None:
    # Prism's own 422 leaves "request" out of each location.
    body = {
        "type": PRISM + "UNPROCESSABLE_ENTITY",
        "title": "Invalid request",
        "validation": [
            {"location": ["body", "tags"], "severity": "Error", "message": "must be array"}
        ],
    }
    assert request_violations(None, body) == ["request.body.tags: must be array"]
    assert server_problem(body) is None


def test_route_problems_are_about_the_request() -> None:
    body = {"type": PRISM + "NO_PATH_MATCHED_ERROR", "title": "Route not resolved", "detail": "x"}
    assert request_violations(None, body) == ["Route not resolved: x"]


def test_an_answer_prism_could_not_build_is_not_a_rejection() -> None:
    body = {
        "type": PRISM + "VIOLATIONS",
        "title": "Request/Response not valid",
        "validation": [
            {"location": ["response", "body", "0"], "severity": "Error", "message": "oneOf"}
        ],
    }
    assert request_violations(None, body) == []
    assert unbuilt_answer(body) == ["response.body.0: oneOf"]
    mixed = {
        **body,
        "validation": [*body["validation"], {"location": ["request", "body"], "message": "x"}],
    }
    assert unbuilt_answer(mixed) is None
    assert unbuilt_answer({"type": PRISM + "NOT_ACCEPTABLE"}) is None
    assert server_problem({"type": PRISM + "NO_RESPONSE_DEFINED", "title": "t", "detail": "d"})


def _call(*arguments: Argument, path: str = "/things/{id}", method: str = "GET") -> Call:
    return Call(
        key="k",
        operation="op",
        api="default",
        method="op",
        http_method=method,
        path=path,
        variant="full",
        arguments=arguments,
        body_model=None,
        result_kind="json",
    )


def _argument(location: str, name: str | None, value: object, **extra: object) -> Argument:
    return Argument(
        keyword=name or "body",
        location=location,  # type: ignore[arg-type]
        wire_name=name,
        value=value,
        source="built",
        schema=None,
        **extra,  # type: ignore[arg-type]
    )


@pytest.mark.parametrize(
    ("argument", "url"),
    [
        (_argument("query", "ids", [1, 2]), "/things/7?ids=1&ids=2"),
        (_argument("query", "ids", [1, 2], explode=False), "/things/7?ids=1%2C2"),
        (
            _argument("query", "ids", ["a", "b"], style="pipeDelimited", explode=False),
            "/things/7?ids=a%7Cb",
        ),
        (
            _argument("query", "f", {"color": "red", "size": 2}, style="deepObject"),
            "/things/7?f%5Bcolor%5D=red&f%5Bsize%5D=2",
        ),
        (_argument("query", "flag", True), "/things/7?flag=true"),
    ],
)
def test_query_styles(argument: Argument, url: str) -> None:
    call = _call(_argument("path", "id", 7), argument)
    request = reference.build_request(call, "http://h", (), ())
    assert str(request.url) == "http://h" + url


def test_path_styles_and_headers_and_cookies() -> None:
    call = _call(
        _argument("path", "id", ["a b", "c"], style="simple"),
        _argument("header", "X-Trace", ["x", "y"]),
        _argument("cookie", "theme", "dark"),
    )
    request = reference.build_request(call, "http://h/", (), ())
    assert request.url.raw_path == b"/things/a%20b,c"
    assert request.headers["X-Trace"] == "x,y"
    assert request.headers["Cookie"] == "theme=dark"
    label = _call(_argument("path", "id", 5, style="label"))
    assert reference.build_request(label, "http://h", (), ()).url.path == "/things/.5"
    with pytest.raises(reference.NotEncodable):
        reference.build_request(
            _call(_argument("header", "H", 1, style="form")), "http://h", (), ()
        )


def test_bodies_as_their_media_type_says() -> None:
    body = _argument("body", None, {"a": 1}, media_type="application/vnd.api+json")
    request = reference.build_request(_call(body, path="/x", method="POST"), "http://h", (), ())
    assert request.headers["Content-Type"] == "application/vnd.api+json"
    assert json.loads(request.content) == {"a": 1}
    form = _argument(
        "body", None, {"u": "x", "t": ["1", "2"]}, media_type="application/x-www-form-urlencoded"
    )
    request = reference.build_request(_call(form, path="/x", method="POST"), "http://h", (), ())
    assert request.content == b"u=x&t=1&t=2"


def test_credentials_follow_the_first_alternative() -> None:
    schemes = (
        AuthScheme("key", "api_key", "query", "api_key", "", "api_key", None, "", "KEY"),
        AuthScheme(
            "bearer", "bearer", "header", "Authorization", "Bearer ", "token", None, "", "T"
        ),
        AuthScheme("basic", "basic", "header", "Authorization", "", "user", None, "", "U"),
    )
    request = reference.build_request(_call(path="/x"), "http://h", schemes, (("key", "bearer"),))
    assert request.url.params["api_key"] == DUMMY_CREDENTIAL
    assert request.headers["Authorization"] == f"Bearer {DUMMY_CREDENTIAL}"
    basic = reference.build_request(_call(path="/x"), "http://h", schemes, (("basic",),))
    assert basic.headers["Authorization"].startswith("Basic ")
    assert httpx.Headers(basic.headers)["Authorization"] != f"Bearer {DUMMY_CREDENTIAL}"
