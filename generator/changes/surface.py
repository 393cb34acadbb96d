"""What a client user sees of an API, as plain JSON data: the thing two specs are compared on.

The surface is taken from the intermediate model (``ClientModel``), not from the raw spec:
what matters to a user is the generated client — method names, keyword arguments and
their Python types, model fields, enum members, credentials — so two specs that differ
only in how they spell the same thing (``$ref`` vs inline, Swagger 2.0 vs OpenAPI 3) give
the same surface. Each element keeps the JSON pointer it came from, for locations.

The surface is also stored in the generator's manifest, so ``generate`` can report what
changed since the last run without the previous spec file.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import Any

from generator.model.typeref import TypeRef
from generator.model.types import ClientModel, Field, ObjectModel, Operation
from generator.shared.diagnostics import (
    escape_pointer_token,
    parts_from_pointer,
    pointer_from_parts,
)
from generator.spec.loader import Document

# 2: descriptions as hashes; 3: each type with its top-level union members ("members")
SURFACE_FORMAT = 3
# Prose is kept as a short hash: a change is reported as "description changed", and the
# manifest of a large spec stays small.
_TEXT_HASH_LENGTH = 16

Surface = dict[str, Any]


def _text(value: str) -> str:
    if not value:
        return ""
    return hashlib.sha256(value.encode("utf-8")).hexdigest()[:_TEXT_HASH_LENGTH]


def api_surface(client: ClientModel, document: Document | None = None) -> Surface:
    """The user-visible API of ``client``; ``document`` refines pointers to parameters."""
    classes: set[str] = {m.class_name for m in client.models}
    classes |= {e.class_name for e in client.enums}
    operations: dict[str, Any] = {}
    for api in client.apis:
        for operation in api.operations:
            key = operation.operation_id or f"{operation.http_method} {operation.path}"
            operations[key] = _operation(operation, api.attribute, api.tag, classes, document)
    return {
        "format": SURFACE_FORMAT,
        "title": client.title,
        "api_version": client.api_version,
        "operations": operations,
        "models": {m.class_name: _model(m, classes, document) for m in client.models},
        "enums": {
            e.class_name: {
                "base": e.base,
                "description": _text(e.description),
                "pointer": e.source,
                "values": {
                    str(m.value): {"python": m.name, "description": _text(m.description)}
                    for m in e.members
                },
            }
            for e in client.enums
        },
        "auth": {
            s.key: {
                "kind": s.kind,
                "location": s.location,
                "wire_name": s.wire_name,
                "setting": s.setting_name,
                "description": _text(s.description),
                "pointer": f"/components/securitySchemes/{escape_pointer_token(s.key)}",
            }
            for s in client.auth_schemes
        },
        "servers": {
            s.name: {"url": s.url, "description": _text(s.description), "pointer": "/servers"}
            for s in client.servers
        },
        "global_headers": {
            h.wire_name: {
                "python": h.py_name,
                "default": h.default,
                "description": _text(h.description),
            }
            for h in client.global_headers
        },
    }


def _operation(
    operation: Operation, attribute: str, tag: str, classes: set[str], document: Document | None
) -> dict[str, Any]:
    parameters: dict[str, Any] = {}
    for parameter in operation.parameters:
        parameters[f"{parameter.location}:{parameter.wire_name}"] = {
            "python": parameter.py_name,
            **_type(parameter.type),
            "required": parameter.required,
            "deprecated": parameter.deprecated,
            "description": _text(parameter.description),
            "pointer": _parameter_pointer(
                operation, parameter.wire_name, parameter.location, document
            ),
        }
    for auth in operation.auth_parameters:
        parameters[f"auth:{auth.wire_name}"] = {
            "python": auth.py_name,
            "type": "str | None",
            "members": ["str", "None"],
            "required": False,  # the client's setting is the default
            "deprecated": False,
            "description": "",
            "pointer": f"{operation.source}/security",
        }
    body = operation.body
    input_types = [p.type for p in operation.parameters]
    if body is not None:
        input_types.append(body.type)
    output_classes = {r.model_name for r in operation.responses if r.model_name is not None}
    if operation.result_type is not None:
        output_classes |= operation.result_type.classes
    return {
        "method": operation.http_method,
        "path": operation.path,
        "tag": tag,
        "python": f"client.{attribute}.{operation.py_name}",
        "summary": _text(operation.summary),
        "description": _text(operation.description),
        "deprecated": operation.deprecated,
        "security": [list(a) for a in operation.security.alternatives],
        "parameters": parameters,
        "body": None
        if body is None
        else {
            **_type(body.type),
            "required": body.required,
            "media_type": body.media_type,
            "description": _text(body.description),
            "pointer": f"{operation.source}/requestBody",
        },
        "result": operation.result_annotation,
        **_result_members(operation),
        "input_refs": sorted(_classes(input_types) & classes),
        "output_refs": sorted(output_classes & classes),
        "pointer": operation.source,
    }


def _model(model: ObjectModel, classes: set[str], document: Document | None) -> dict[str, Any]:
    return {
        "description": _text(model.description),
        "deprecated": model.deprecated,
        "pointer": model.source,
        "refs": sorted(_classes(f.type for f in model.fields) & classes - {model.class_name}),
        "fields": {f.wire_name: _field(f, model.source, document) for f in model.fields},
    }


def _field(field: Field, model_pointer: str, document: Document | None) -> dict[str, Any]:
    pointer = f"{model_pointer}/properties/{escape_pointer_token(field.wire_name)}"
    if document is not None and not _exists(document, pointer):
        pointer = model_pointer  # e.g. a property inherited through allOf
    return {
        "python": field.py_name,
        **_type(field.type),
        "required": field.required,
        "deprecated": field.deprecated,
        "description": _text(field.description),
        "pointer": pointer,
    }


def _type(ref: TypeRef) -> dict[str, Any]:
    """A type as the surface keeps it: its annotation, and for a union its members, so
    that comparing needs no parsing (``A | None`` and ``None | A`` are the same type)."""
    if not ref.is_union:
        return {"type": ref.annotation}
    return {"type": ref.annotation, "members": [m.annotation for m in ref.members]}


def _result_members(operation: Operation) -> dict[str, Any]:
    result = operation.result_type
    if result is None or not result.is_union:
        return {}
    return {"result_members": [m.annotation for m in result.members]}


def union_members(entry: dict[str, Any], key: str = "type") -> frozenset[str]:
    """The top-level union members of a surface type: ``members`` when it is a union,
    else the type itself (``result`` is kept as ``result`` and ``result_members``)."""
    members = entry.get("members" if key == "type" else f"{key}_members")
    return frozenset(members) if isinstance(members, list) else frozenset({entry[key]})


def _classes(types: Iterable[TypeRef]) -> set[str]:
    return {name for ref in types for name in ref.classes}


def _parameter_pointer(
    operation: Operation, name: str, location: str, document: Document | None
) -> str:
    """Where the parameter is written: in the operation, else in its path item."""
    if document is None:
        return operation.source
    parts = parts_from_pointer(operation.source)
    for owner in (parts, parts[:-1]):
        listed = _value(document, [*owner, "parameters"])
        for index, parameter in enumerate(listed if isinstance(listed, list) else []):
            ref = parameter.get("$ref") if isinstance(parameter, dict) else None
            if isinstance(ref, str) and ref.startswith("#/"):
                parameter = _value(document, parts_from_pointer(ref[1:]))
            if isinstance(parameter, dict) and (parameter.get("name"), parameter.get("in")) == (
                name,
                location,
            ):
                return pointer_from_parts([*owner, "parameters", index])
    return operation.source


def _exists(document: Document, pointer: str) -> bool:
    return _value(document, parts_from_pointer(pointer)) is not None


def _value(document: Document, parts: list[str]) -> Any:
    value: Any = document.data
    for part in parts:
        if isinstance(value, dict) and part in value:
            value = value[part]
        elif isinstance(value, list) and part.isdigit() and int(part) < len(value):
            value = value[int(part)]
        else:
            return None
    return value


def reachable_models(surface: Surface) -> tuple[dict[str, set[str]], set[str]]:
    """Which models and enums each operation's inputs and outputs reach.

    Returns ``({class name: {"input", "output"}}, every reached class)``; a class no
    operation reaches is still importable from the package, so it still counts as API.
    """
    models = surface.get("models", {})
    usage: dict[str, set[str]] = {}
    for operation in surface.get("operations", {}).values():
        for direction, roots in (("input", "input_refs"), ("output", "output_refs")):
            pending = list(operation.get(roots, []))
            while pending:
                name = pending.pop()
                if direction in usage.setdefault(name, set()):
                    continue
                usage[name].add(direction)
                pending.extend(models.get(name, {}).get("refs", []))
    return usage, set(usage)
