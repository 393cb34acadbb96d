"""Cutting a spec down to some operations (generator/spec/select.py): what is chosen, what
is kept with it, and whether a diagnostic is about a kept node."""

from __future__ import annotations

from typing import Any

from generator.shared.diagnostics import Diagnostic
from generator.shared.options import Selection
from generator.spec.select import select, select_operations, unmatched, within
from tests.support.specs import document


def _operation(operation_id: str, tag: str, schema: str) -> dict[str, Any]:
    ref = {"$ref": f"#/components/schemas/{schema}"}
    return {
        "operationId": operation_id,
        "tags": [tag],
        "responses": {
            "200": {"description": "ok", "content": {"application/json": {"schema": ref}}}
        },
    }


def _spec() -> dict[str, Any]:
    return document(
        paths={
            "/pets": {"get": _operation("listPets", "pets", "Pet")},
            "/pets/{id}": {
                "parameters": [{"name": "id", "in": "path", "required": True}],
                "get": _operation("getPet", "pets", "Pet"),
                "delete": _operation("deletePet", "admin", "Receipt"),
            },
            "/stores": {"get": _operation("listStores", "stores", "Store")},
        },
        schemas={
            "Pet": {"type": "object", "properties": {"tag": {"$ref": "#/components/schemas/Tag"}}},
            "Tag": {"type": "string"},
            "Receipt": {"type": "string"},
            "Store": {"type": "string"},
        },
    )


def test_path_globs_choose_every_method_of_the_paths_they_match() -> None:
    data = _spec()
    selected = select_operations(data, path_globs=["/pets/*"])
    assert list(selected["paths"]) == ["/pets/{id}"]
    assert set(selected["paths"]["/pets/{id}"]) == {"parameters", "get", "delete"}
    # Pet is reached from getPet, Tag through Pet's property, Receipt from deletePet.
    assert set(selected["components"]["schemas"]) == {"Pet", "Tag", "Receipt"}


def test_tags_operations_and_globs_add_up() -> None:
    data = _spec()
    chosen = select(data, Selection(tags=("stores",), operations=("deletePet",)))
    assert {p: sorted(m) for p, m in chosen["paths"].items()} == {
        "/pets/{id}": ["delete", "parameters"],
        "/stores": ["get"],
    }
    assert set(chosen["components"]["schemas"]) == {"Receipt", "Store"}
    assert not Selection().chosen and Selection(paths=("/x",)).chosen


def test_unmatched_names_each_choice_that_chooses_nothing() -> None:
    data = _spec()
    wrong = Selection(tags=("pets", "pest"), operations=("getpet",), paths=("/pet", "/pets*"))
    assert unmatched(data, wrong) == ["tag 'pest'", "operationId 'getpet'", "path glob '/pet'"]
    assert unmatched(data, Selection(tags=("admin",))) == []


def test_within_tells_kept_nodes_from_left_out_ones() -> None:
    data = _spec()
    kept = select(data, Selection(operations=("listPets",)))

    def at(pointer: str | None, file: str = "spec.yaml") -> bool:
        return within(kept, Diagnostic(file, "m", 1, 1, pointer), "spec.yaml")

    assert at("/components/schemas/Tag/type")  # reached through Pet
    assert at("/paths/~1pets/get/responses/200")
    assert at("/info")  # the document's own parts are always kept
    assert not at("/components/schemas/Store")
    assert not at("/paths/~1pets~1{id}/delete")
    assert not at("/paths/~1pets/get/responses/404")  # no such node: nothing generated from it
    assert at(None)  # about no node in particular
    assert at("/components/schemas/Store", file="other.yaml")  # another file: cannot tell
