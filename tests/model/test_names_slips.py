"""Names (issue 15), decided by the model: API classes beside models, credential keywords,
articles and the first line of a docstring. The spec: ``tests/specs/valid/names.yaml``.

Before: a tag equal to a schema name gave ``Pet_2Api``, HTTP basic was one
``"USERNAME:PASSWORD"`` keyword, a second bearer scheme was named from a counter or
``access_token``, docstrings said "a Order", and an operation without a summary opened its
docstring with its method name.
"""

from __future__ import annotations

import pytest

from generator.model.naming import with_article
from generator.model.types import ClientModel
from tests.conftest import ROOT
from tests.support.specs import client_model, find_operation

SPEC = ROOT / "tests" / "specs" / "valid" / "names.yaml"


@pytest.fixture(scope="module")
def client() -> ClientModel:
    return client_model(SPEC, validate=True)


def test_a_tag_named_like_a_schema_keeps_its_plain_class_names(client: ClientModel) -> None:
    assert {(a.tag, a.class_name, a.async_class_name) for a in client.apis} == {
        ("Pet", "PetApi", "AsyncPetApi"),
        ("Media", "MediaApi", "AsyncMediaApi"),
    }
    assert {m.class_name for m in client.models} == {"Pet", "Order", "Media"}


def test_a_model_named_like_an_api_class_still_moves_the_api() -> None:
    from generator.model.build import _api_bases

    assert _api_bases({"PetApi", "AsyncStoreApi", "Api", "Pet"}) == {"Pet", "AsyncStore", "Store"}


def test_credential_keywords_come_from_the_schemes(client: ClientModel) -> None:
    keywords = {s.key: [name for name, _ in s.keywords] for s in client.auth_schemes}
    assert keywords == {
        "OAuth2": ["o_auth2_token"],
        "PersonalToken": ["personal_token"],
        "basicAuth": ["username", "password"],
    }
    settings = [s.py_name for s in client.constructor.settings]
    assert settings == ["o_auth2_token", "personal_token", "username", "password"]
    assert '"basicAuth": username and f"{username}:{password or \'\'}"' in (
        client.constructor.credentials
    )


def test_articles_follow_the_sound() -> None:
    examples = ["ObtainTokenResponse", "Pet", "UserProfile", "Item", "EuroAmount", "int",
                "HourlyRate", "list[Pet]", "OneTimeCode", "UnknownThing"]  # fmt: skip
    assert [with_article(word) for word in examples] == [
        "an ObtainTokenResponse",
        "a Pet",
        "a UserProfile",
        "an Item",
        "a EuroAmount",
        "an int",
        "an HourlyRate",
        "a list[Pet]",
        "a OneTimeCode",
        "an UnknownThing",
    ]


def test_docstrings_open_with_the_summary_or_the_description_never_the_method(
    client: ClientModel,
) -> None:
    order = find_operation(client, "order_pet")
    assert (order.doc_headline, order.returns_text) == ("Order a pet", "an Order")
    get = find_operation(client, "get_pet")
    assert get.doc_headline == "Fetch one pet by its id."
    assert get.doc_description == "The pet's owner must have shared it."
    listing = find_operation(client, "list_media")
    assert (listing.doc_headline, listing.doc_description) == ("GET /media", "")
    assert listing.returns_text == "a list[Media]"
