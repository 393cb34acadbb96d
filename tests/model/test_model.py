"""Stage 3, the model: the decisions the generator makes before any template runs.

First the real spec (``spec/square-oauth.yaml``): class, method, parameter, setting, server
and enum names, deprecation, security, and which fields are secrets. Then a small inline
spec with the awkward cases (no operationId, colliding names, reserved words, nullability in
3.0 and 3.1, inline objects and enums, ``allOf``, nested arrays). Finally determinism: the
same spec always gives the same model.
"""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
import typing
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.model.naming import Identifier
from generator.model.types import ApiClass, ClientModel, EnumModel, ObjectModel
from tests.conftest import ROOT
from tests.support.specs import client_model, find_operation, write_spec

REPO = ROOT
SQUARE_SPEC = REPO / "spec" / "square-oauth.yaml"


def _build(path: Path) -> ClientModel:
    return client_model(path, "square_oauth", "square-oauth", validate=True)


def _build_text(tmp_path: Path, text: str, name: str = "spec.yaml") -> ClientModel:
    spec = write_spec(tmp_path, text, name)
    return client_model(spec, "inline_client", "inline-client", validate=True)


def _model(client: ClientModel, class_name: str) -> ObjectModel:
    return next(m for m in client.models if m.class_name == class_name)


def _enum(client: ClientModel, class_name: str) -> EnumModel:
    return next(e for e in client.enums if e.class_name == class_name)


def _fields(model: ObjectModel) -> dict[str, tuple[str, str, bool]]:
    """py_name → (wire_name, annotation, required)."""
    return {f.py_name: (f.wire_name, f.annotation, f.required) for f in model.fields}


# -- the Square OAuth spec ----------------------------------------------------------------


@pytest.fixture(scope="module")
def square() -> ClientModel:
    return _build(SQUARE_SPEC)


def test_square_package_and_api_class(square: ClientModel) -> None:
    assert square.package_name == "square_oauth"
    assert square.env_prefix == "SQUARE_OAUTH"
    assert square.api_version == "2025-08-20"
    (api,) = square.apis
    assert isinstance(api, ApiClass)
    assert (api.tag, api.class_name, api.async_class_name) == ("OAuth", "OAuthApi", "AsyncOAuthApi")
    assert (api.attribute, api.module_name, api.doc_name) == ("o_auth", "o_auth", "o-auth")
    assert api.title == "O Auth"


def test_square_operations(square: ClientModel) -> None:
    (api,) = square.apis
    assert [op.py_name for op in api.operations] == [
        "obtain_token",
        "revoke_token",
        "renew_token",
        "retrieve_token_status",
    ]
    assert [op.operation_id for op in api.operations] == [
        "ObtainToken",
        "RevokeToken",
        "RenewToken",
        "RetrieveTokenStatus",
    ]
    assert all(op.http_method == "POST" for op in api.operations)
    assert [op.deprecated for op in api.operations] == [False, False, True, False]


def test_square_renew_token_is_deprecated_with_a_client_id_path_parameter(
    square: ClientModel,
) -> None:
    renew = find_operation(square, "renew_token")

    assert renew.deprecated
    assert renew.deprecation_note == "renew_token is deprecated."
    assert renew.path == "/oauth2/clients/{client_id}/access-token/renew"
    (parameter,) = renew.parameters  # Square-Version is a client setting, not a parameter
    assert (parameter.py_name, parameter.wire_name, parameter.location) == (
        "client_id", "client_id", "path"
    )  # fmt: skip
    assert parameter.required and parameter.annotation == "str"


def test_square_revoke_token_takes_the_client_secret_per_call(square: ClientModel) -> None:
    revoke = find_operation(square, "revoke_token")

    (auth,) = revoke.auth_parameters
    assert (auth.py_name, auth.scheme_key, auth.wire_name) == (
        "authorization", "oauth2ClientSecret", "Authorization"
    )  # fmt: skip
    assert revoke.security.alternatives == (("oauth2ClientSecret",),)
    assert revoke.security.required
    assert revoke.body is not None and revoke.body.model_name == "RevokeTokenRequest"
    assert revoke.result_annotation == "RevokeTokenResponse"


def test_square_obtain_token_needs_no_auth(square: ClientModel) -> None:
    obtain = find_operation(square, "obtain_token")

    assert obtain.security.alternatives == ()
    assert not obtain.security.required
    assert obtain.auth_parameters == ()
    assert obtain.body is not None
    assert obtain.body.annotation == "ObtainTokenRequest | dict[str, Any]"
    assert obtain.body.required
    assert obtain.result_model == "ObtainTokenResponse"


def test_square_retrieve_token_status_uses_the_bearer_token(square: ClientModel) -> None:
    status = find_operation(square, "retrieve_token_status")

    assert status.security.alternatives == (("oauth2",),)
    assert status.auth_parameters == ()  # the bearer token is the client's access_token


def test_square_auth_schemes(square: ClientModel) -> None:
    schemes = {s.key: s for s in square.auth_schemes}

    assert set(schemes) == {"oauth2", "oauth2ClientSecret"}
    assert (schemes["oauth2"].kind, schemes["oauth2"].setting_name) == ("bearer", "access_token")
    assert schemes["oauth2"].prefix == "Bearer "
    secret = schemes["oauth2ClientSecret"]
    assert (secret.kind, secret.location, secret.wire_name) == (
        "api_key",
        "header",
        "Authorization",
    )
    assert (secret.setting_name, secret.call_param) == ("oauth2_client_secret", "authorization")


def test_square_version_header_is_a_client_setting(square: ClientModel) -> None:
    (header,) = square.global_headers

    assert header.wire_name == "Square-Version"
    assert header.py_name == "square_version"
    assert header.default == "2025-08-20"
    for api in square.apis:
        for operation in api.operations:
            assert "Square-Version" not in {p.wire_name for p in operation.parameters}


def test_square_servers(square: ClientModel) -> None:
    assert [(s.name, s.url) for s in square.servers] == [
        ("PRODUCTION", "https://connect.squareup.com"),
        ("SANDBOX", "https://connect.squareupsandbox.com"),
    ]


def test_square_error_model(square: ClientModel) -> None:
    assert square.error_model is not None
    assert (square.error_model.model_name, square.error_model.field) == ("Error", "errors")
    error = _model(square, "Error")
    assert _fields(error)["code"] == ("code", "ErrorCode", True)
    assert _fields(error)["category"] == ("category", "ErrorCategory", True)
    assert _fields(_model(square, "ErrorResponse"))["errors"][1] == "list[Error]"


def test_square_enums(square: ClientModel) -> None:
    assert [e.class_name for e in square.enums] == ["ErrorCategory", "ErrorCode"]
    error_code = _enum(square, "ErrorCode")
    assert error_code.base == "str"
    assert error_code.module_name == "error_code"
    assert len(error_code.members) == 153
    assert len({m.name for m in error_code.members}) == 153
    assert error_code.members[0].name == "INTERNAL_SERVER_ERROR"
    assert all(m.name == m.value for m in error_code.members)
    assert len(_enum(square, "ErrorCategory").members) == 8


def test_square_secret_fields(square: ClientModel) -> None:
    def secrets(class_name: str) -> set[str]:
        return {f.py_name for f in _model(square, class_name).fields if f.secret}

    assert {"access_token", "refresh_token"} <= secrets("ObtainTokenResponse")
    assert {"client_secret", "code"} <= secrets("ObtainTokenRequest")
    assert "client_id" not in secrets("ObtainTokenRequest")
    assert "merchant_id" not in secrets("ObtainTokenResponse")
    # Error.code is named like a credential but is an enum of error codes.
    assert secrets("Error") == set()


def test_square_models(square: ClientModel) -> None:
    assert [m.class_name for m in square.models] == [
        "Error",
        "ErrorResponse",
        "ObtainTokenRequest",
        "ObtainTokenResponse",
        "RenewTokenRequest",
        "RenewTokenResponse",
        "RetrieveTokenStatusResponse",
        "RevokeTokenRequest",
        "RevokeTokenResponse",
    ]
    request = _fields(_model(square, "ObtainTokenRequest"))
    assert request["client_id"] == ("client_id", "str", True)
    assert request["scopes"] == ("scopes", "list[str] | None", False)
    assert request["short_lived"] == ("short_lived", "bool | None", False)


# -- awkward cases in a small inline spec ---------------------------------------------------

INLINE_30 = """\
openapi: 3.0.3
info: {title: Inline Test, version: "1"}
paths:
  /pets/{pet_id}/toys:
    get:
      parameters:
        - {name: pet_id, in: path, required: true, schema: {type: string}}
        - {name: from, in: query, schema: {type: string}}
        - {name: body, in: query, schema: {type: integer}}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Pet"}
  /a:
    get:
      operationId: getThing
      responses: {"200": {description: ok}}
  /b:
    get:
      operationId: GetThing
      responses: {"200": {description: ok}}
  /c:
    post:
      operationId: get-thing
      responses: {"200": {description: ok}}
components:
  schemas:
    Named:
      type: object
      properties:
        label: {type: string}
    Aged:
      type: object
      required: [age]
      properties:
        age: {type: integer}
    PetOwner:
      type: object
      properties:
        taken: {type: boolean}
    Pet:
      type: object
      required: [from, grid, nickname]
      properties:
        from: {type: string}
        model_config: {type: string}
        nickname: {type: string, nullable: true}
        owner:
          type: object
          properties:
            name: {type: string}
        status:
          type: string
          enum: [available, sold, "on-hold"]
        both:
          allOf:
            - $ref: "#/components/schemas/Named"
            - $ref: "#/components/schemas/Aged"
        grid:
          type: array
          items:
            type: array
            items: {type: integer}
        children:
          type: array
          items: {$ref: "#/components/schemas/Pet"}
        user-id: {type: string}
        user_id: {type: string}
"""

INLINE_31 = """\
openapi: 3.1.0
info: {title: Inline 31, version: "1"}
paths: {}
components:
  schemas:
    Thing:
      type: object
      required: [maybe]
      properties:
        maybe: {type: [string, "null"]}
        count: {type: [integer, "null"]}
        either: {type: [string, integer]}
        choice:
          oneOf:
            - {type: string}
            - {type: "null"}
"""


@pytest.fixture(scope="module")
def inline(tmp_path_factory: pytest.TempPathFactory) -> ClientModel:
    return _build_text(tmp_path_factory.mktemp("inline"), INLINE_30)


def test_missing_operation_id_is_named_from_method_and_path(inline: ClientModel) -> None:
    operation = find_operation(inline, "get_pets_pet_id_toys")

    assert operation.operation_id is None
    assert (operation.http_method, operation.path) == ("GET", "/pets/{pet_id}/toys")
    assert operation.result_annotation == "Pet"


def test_operation_ids_that_collide_after_snake_casing(inline: ClientModel) -> None:
    (api,) = inline.apis
    assert (api.class_name, api.attribute) == ("DefaultApi", "default")
    names = {op.operation_id: op.py_name for op in api.operations}

    assert names["getThing"] == "get_thing"
    assert names["GetThing"] == "get_thing_2"
    assert names["get-thing"] == "get_thing_3"


def test_parameters_named_like_keywords_or_method_arguments(inline: ClientModel) -> None:
    operation = find_operation(inline, "get_pets_pet_id_toys")

    assert [(p.py_name, p.wire_name, p.location) for p in operation.parameters] == [
        ("pet_id", "pet_id", "path"),
        ("from_", "from", "query"),
        ("body_2", "body", "query"),  # `body` is the request body keyword
    ]
    assert [p.annotation for p in operation.parameters] == ["str", "str | None", "int | None"]


def test_reserved_property_names(inline: ClientModel) -> None:
    fields = _fields(_model(inline, "Pet"))

    assert fields["from_"] == ("from", "str", True)
    assert fields["model_config_"] == ("model_config", "str | None", False)
    assert fields["user_id"] == ("user-id", "str | None", False)
    assert fields["user_id_2"] == ("user_id", "str | None", False)


def test_nullable_in_openapi_3_0(inline: ClientModel) -> None:
    nickname = next(f for f in _model(inline, "Pet").fields if f.py_name == "nickname")

    assert nickname.required  # required, but may be null
    assert nickname.annotation == "str | None"
    assert nickname.default is None


def test_null_type_in_openapi_3_1(tmp_path: Path) -> None:
    client = _build_text(tmp_path, INLINE_31)

    fields = {f.py_name: f for f in _model(client, "Thing").fields}
    assert (fields["maybe"].annotation, fields["maybe"].required) == ("str | None", True)
    assert fields["maybe"].default is None
    assert (fields["count"].annotation, fields["count"].default) == ("int | None", "None")
    assert fields["either"].annotation == "str | int | None"
    assert fields["choice"].annotation == "str | None"


def test_inline_object_gets_parent_and_property_name(inline: ClientModel) -> None:
    # The component PetOwner keeps its name; the inline `owner` object yields to it.
    assert _fields(_model(inline, "PetOwner")) == {"taken": ("taken", "bool | None", False)}
    owner = _model(inline, "PetOwner_2")
    assert owner.module_name == "pet_owner_2"
    assert _fields(owner) == {"name": ("name", "str | None", False)}
    assert _fields(_model(inline, "Pet"))["owner"] == ("owner", "PetOwner_2 | None", False)


def test_inline_enum(inline: ClientModel) -> None:
    status = _enum(inline, "PetStatus")

    assert status.module_name == "pet_status"
    assert status.base == "str"
    assert [(m.name, m.value) for m in status.members] == [
        ("AVAILABLE", "available"),
        ("SOLD", "sold"),
        ("ON_HOLD", "on-hold"),
    ]
    assert _fields(_model(inline, "Pet"))["status"] == ("status", "PetStatus | None", False)


def test_all_of_merges_the_referenced_schemas(inline: ClientModel) -> None:
    both = _model(inline, "PetBoth")

    assert _fields(both) == {
        "label": ("label", "str | None", False),
        "age": ("age", "int", True),
    }
    assert _fields(_model(inline, "Pet"))["both"] == ("both", "PetBoth | None", False)


def test_arrays_of_arrays_and_recursion(inline: ClientModel) -> None:
    fields = _fields(_model(inline, "Pet"))

    assert fields["grid"] == ("grid", "list[list[int]]", True)
    assert fields["children"] == ("children", "list[Pet] | None", False)


def test_model_imports(inline: ClientModel) -> None:
    imports = {(i.module, i.name) for i in _model(inline, "Pet").imports}

    assert (".pet_owner_2", "PetOwner_2") in imports
    assert (".pet_both", "PetBoth") in imports
    assert (".pet_status", "PetStatus") in imports
    assert ("pydantic", "Field") in imports  # wire names differ from field names
    assert not any(name == "Pet" for _, name in imports)  # no self-import


TAGS_THAT_COLLIDE = """\
openapi: 3.0.3
info: {title: Tag Clash, version: "1"}
paths:
  /a:
    get:
      tags: [pet store]
      operationId: first
      responses: {"200": {description: ok}}
  /b:
    get:
      tags: [PetStore]
      operationId: second
      responses: {"200": {description: ok}}
"""


def test_api_class_names_are_unique(tmp_path: Path) -> None:
    client = _build_text(tmp_path, TAGS_THAT_COLLIDE)

    assert [api.module_name for api in client.apis] == ["pet_store", "pet_store_2"]
    class_names = [api.class_name for api in client.apis]
    assert len(set(class_names)) == len(class_names), class_names
    async_names = [api.async_class_name for api in client.apis]
    assert len(set(async_names)) == len(async_names), async_names


# -- determinism ----------------------------------------------------------------------------


def test_building_twice_gives_equal_models(tmp_path: Path) -> None:
    assert _build(SQUARE_SPEC) == _build(SQUARE_SPEC)
    assert _build_text(tmp_path, INLINE_30) == _build_text(tmp_path, INLINE_30)


@pytest.mark.slow
def test_model_does_not_depend_on_hash_seed() -> None:
    """Sets and dicts must not leak iteration order into names, imports or member order."""
    script = (
        "from pathlib import Path\n"
        "from generator.spec.loader import SpecSource, load_document\n"
        "from generator.model.build import PackageNames, build_client_model\n"
        f"document = load_document(Path({str(SQUARE_SPEC)!r}))\n"
        "names = PackageNames('square_oauth', 'square-oauth', '0.1.0')\n"
        "print(repr(build_client_model(SpecSource(document), names)))\n"
    )
    outputs = set()
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(REPO)}
        result = subprocess.run(
            [sys.executable, "-c", script], env=env, cwd=REPO, capture_output=True, text=True,
            timeout=120, check=True,
        )  # fmt: skip
        outputs.add(result.stdout)
    assert len(outputs) == 1


def _identifier_fields(value: object, where: str = "client") -> Iterator[tuple[str, object]]:
    """Every value of a model field declared ``Identifier`` (or ``Identifier | None``)."""
    if isinstance(value, tuple):
        for index, item in enumerate(value):
            yield from _identifier_fields(item, f"{where}[{index}]")
    if not dataclasses.is_dataclass(value) or isinstance(value, type):
        return
    hints = typing.get_type_hints(type(value))
    for field in dataclasses.fields(value):
        item = getattr(value, field.name)
        if Identifier in (hints[field.name], *typing.get_args(hints[field.name])):
            if item is not None:
                yield f"{where}.{field.name}", item
        else:
            yield from _identifier_fields(item, f"{where}.{field.name}")


@pytest.mark.parametrize("spec", ["square", "inline"])
def test_every_emitted_name_is_an_identifier(
    spec: str, square: ClientModel, inline: ClientModel
) -> None:
    client = square if spec == "square" else inline
    names = dict(_identifier_fields(client))

    assert len(names) > 20
    assert {where for where, name in names.items() if not isinstance(name, Identifier)} == set()
    assert "client.package_name" in names and "client.apis[0].operations[0].py_name" in names
