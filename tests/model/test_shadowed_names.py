"""A field named like a module or builtin its class's annotations use gets a trailing
``_``: pydantic evaluates the annotations in the class body, where the field's default
(None) would hide the module. verify found izettle.com's ``uuid: uuid.UUID | None`` model
failing to import on the corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.specs import document, imported_package, write_spec

NAMES = {
    "uuid": {"type": "string", "format": "uuid"},
    "decimal": {"type": "string", "format": "decimal"},
    "datetime": {"type": "string", "format": "date-time"},
    "frozenset": {"type": "string"},
    "type": {"type": "string"},
}


@pytest.mark.slow
def test_fields_named_like_modules_do_not_hide_them(tmp_path: Path) -> None:
    spec = document(
        paths={
            "/imports": {
                "get": {
                    "operationId": "getImport",
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/Import"}
                                }
                            },
                        }
                    },
                }
            }
        },
        schemas={"Import": {"type": "object", "properties": NAMES}},
    )
    with imported_package(write_spec(tmp_path, spec), tmp_path / "out", "shadow") as package:
        model = package.models.Import
        value = model.model_validate(
            {
                "uuid": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
                "decimal": "1.50",
                "datetime": "2024-01-01T10:30:00Z",
                "frozenset": "x",
                "type": "t",
            }
        )
    assert set(model.model_fields) == {"uuid_", "decimal_", "datetime_", "frozenset_", "type_"}
    assert str(value.uuid_) == "3fa85f64-5717-4562-b3fc-2c963f66afa6"
    assert str(value.decimal_) == "1.50" and value.datetime_.year == 2024
