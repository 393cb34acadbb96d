"""Cost of one call through a generated client, against a hand-written httpx call.

Run as a script by the benchmark (``python -m benchmarks.client_overhead OURS [OPC]``):
OURS is a folder holding our generated ``square_oauth`` package, OPC one holding
openapi-python-client's ``square_o_auth_api_client`` for the same spec. Every variant sends
Square's ObtainToken request (a JSON body, a bearer token and the Square-Version header)
through ``httpx.MockTransport`` and turns the JSON answer into data the caller can use:
a dict for the hand-written call, a model for the generated clients. Prints JSON:
microseconds per call, best of several repeats.

The repeats take turns (hand-written, ours, the anchor, then again): on a shared machine
the load changes from second to second, and taking turns gives each variant the same
chances of a quiet moment instead of handing one of them a noisy stretch.
"""

from __future__ import annotations

import json
import sys
import timeit
from collections.abc import Callable
from typing import Any

import httpx

BASE_URL = "https://connect.squareup.com"
BODY = {
    "client_id": "sq0idp-benchmark",
    "client_secret": "sq0csp-secret",
    "grant_type": "authorization_code",
    "code": "sq0cgp-code",
}
ANSWER = json.dumps(
    {
        "access_token": "EAAAEXAMPLE",
        "token_type": "bearer",
        "expires_at": "2026-12-27T18:00:00Z",
        "merchant_id": "MERCHANT",
        "refresh_token": "EQAAREFRESH",
        "short_lived": False,
    }
).encode()
CALLS = 2000
REPEATS = 7


def _answer(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, content=ANSWER, headers={"content-type": "application/json"})


def _transport() -> httpx.MockTransport:
    return httpx.MockTransport(_answer)


def hand_written() -> Callable[[], Any]:
    http = httpx.Client(base_url=BASE_URL, transport=_transport())
    headers = {"Authorization": "Bearer token", "Square-Version": "2025-08-20"}

    def call() -> Any:
        response = http.post("/oauth2/token", json=BODY, headers=headers)
        response.raise_for_status()
        return response.json()

    return call


def ours() -> Callable[[], Any]:
    from square_oauth import Client  # type: ignore[import-not-found]
    from square_oauth.models import ObtainTokenRequest  # type: ignore[import-not-found]

    http = httpx.Client(base_url=BASE_URL, transport=_transport())
    client = Client(access_token="token", base_url=BASE_URL, http_client=http)

    def call() -> Any:
        return client.o_auth.obtain_token(body=ObtainTokenRequest(**BODY)).data

    return call


def openapi_python_client() -> Callable[[], Any]:
    from square_o_auth_api_client import AuthenticatedClient  # type: ignore[import-not-found]
    from square_o_auth_api_client.api.o_auth import obtain_token  # type: ignore[import-not-found]
    from square_o_auth_api_client.models import ObtainTokenRequest  # type: ignore[import-not-found]

    client = AuthenticatedClient(base_url=BASE_URL, token="token")
    client.set_httpx_client(httpx.Client(base_url=BASE_URL, transport=_transport()))

    def call() -> Any:
        return obtain_token.sync_detailed(
            client=client, body=ObtainTokenRequest.from_dict(BODY), square_version="2025-08-20"
        ).parsed

    return call


def microseconds_per_call(calls: dict[str, Callable[[], Any]]) -> dict[str, float]:
    """Best time per call of each variant, the variants taking turns."""
    for call in calls.values():
        call()  # warm up: first-call imports and caches
    best = {name: float("inf") for name in calls}
    for _ in range(REPEATS):
        for name, call in calls.items():
            best[name] = min(best[name], timeit.timeit(call, number=CALLS))
    return {name: seconds / CALLS * 1e6 for name, seconds in best.items()}


def main(argv: list[str]) -> None:
    sys.path[:0] = argv
    variants: dict[str, Callable[[], Callable[[], Any]]] = {
        "hand-written httpx": hand_written,
        "ours": ours,
    }
    if len(argv) > 1:
        variants["openapi-python-client"] = openapi_python_client
    print(json.dumps(microseconds_per_call({name: make() for name, make in variants.items()})))


if __name__ == "__main__":
    main(sys.argv[1:])
