"""Names (issue 15) in a generated client: ``tests/specs/valid/names.yaml`` against the local
fault server. HTTP basic takes ``username=`` and ``password=``; two bearer schemes take
keywords named after them; the API classes are ``PetApi`` and ``MediaApi``; the docstrings
open with the summary (or the description) and say "an Order".
"""

from __future__ import annotations

import base64
import importlib
import inspect
import sys
from collections.abc import Iterator
from typing import Any

import pytest

from generator.cli import main
from tests.conftest import ROOT
from tests.support.fault_server import CannedResponse, queue_responder, serve

SPEC = ROOT / "tests" / "specs" / "valid" / "names.yaml"


@pytest.fixture(scope="module")
def names_api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    out = tmp_path_factory.mktemp("names") / "out"
    assert main(["generate", str(SPEC), "-o", str(out), "--package-name", "names_api"]) == 0
    sys.path.insert(0, str(out))
    try:
        yield importlib.import_module("names_api")
    finally:
        sys.path.remove(str(out))


def test_http_basic_takes_a_username_and_a_password(names_api: Any) -> None:
    with serve(queue_responder(CannedResponse.json(200, {"id": "7"}))) as server:
        with names_api.Client(base_url=server.url, username="ann", password="p:ss wörd") as client:
            result = client.pet.get_pet(pet_id="7")
    assert result.unwrap().id == "7"
    sent = server.requests[0].headers["Authorization"]
    assert sent == "Basic " + base64.b64encode("ann:p:ss wörd".encode()).decode()


def test_with_options_gives_a_copy_other_basic_credentials(names_api: Any) -> None:
    # HTTP basic's keywords are credentials too: with_options takes them (it failed to
    # compile when it took only the credentials read from environment variables).
    responses = [CannedResponse.json(200, {"id": "7"}), CannedResponse.json(200, {"id": "7"})]
    with serve(queue_responder(*responses)) as server:
        with names_api.Client(base_url=server.url, username="ann", password="one") as client:
            client.with_options(username="bob", password="two").pet.get_pet(pet_id="7")
            client.pet.get_pet(pet_id="7")
    sent = [r.headers["Authorization"] for r in server.requests]
    assert sent == [
        "Basic " + base64.b64encode(p.encode()).decode() for p in ("bob:two", "ann:one")
    ]


def test_without_a_username_basic_is_a_missing_credential(names_api: Any) -> None:
    with names_api.Client(base_url="http://127.0.0.1:9", password="pw") as client:
        with pytest.raises(names_api.MissingCredentialError, match=r"Client\(username=\.\.\.\)"):
            client.pet.get_pet(pet_id="7")


@pytest.mark.parametrize("keyword", ["o_auth2_token", "personal_token"])
def test_each_bearer_scheme_has_a_keyword_named_after_it(names_api: Any, keyword: str) -> None:
    with serve(queue_responder(CannedResponse.json(200, [{"url": "u"}]))) as server:
        with names_api.Client(base_url=server.url, **{keyword: "tok-" + keyword}) as client:
            media = client.media.list_media().unwrap()
    assert [m.url for m in media] == ["u"]
    assert server.requests[0].headers["Authorization"] == f"Bearer tok-{keyword}"


def test_api_classes_and_docstrings(names_api: Any) -> None:
    apis = importlib.import_module("names_api.apis")
    assert apis.PetApi.__name__ == "PetApi" and apis.AsyncMediaApi.__name__ == "AsyncMediaApi"
    assert not any("_2" in name for name in dir(apis))
    get_pet = inspect.getdoc(apis.PetApi.get_pet) or ""
    assert get_pet.startswith("Fetch one pet by its id.\n\nThe pet's owner must have shared it.")
    assert "whose ``data`` is a Pet." in get_pet
    order_pet = inspect.getdoc(apis.AsyncPetApi.order_pet) or ""
    assert order_pet.startswith("Order a pet\n") and "whose ``data`` is an Order." in order_pet
    list_media = inspect.getdoc(apis.MediaApi.list_media) or ""
    assert list_media.startswith("GET /media\n")
