"""Synthetic OpenAPI 3.0 specs of a chosen size, for measuring how cost grows.

Each spec has ``operations`` operations spread over tags of 10, and half as many object
schemas (most with a reference to the previous one, in chains of 10, and an enum every
tenth schema), so that operations, schemas and API classes all grow in proportion. The
same size always gives the same text.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

OPERATIONS_PER_TAG = 10
METHODS = ("get", "post", "put", "delete", "patch")


def synthetic_spec(operations: int) -> dict[str, Any]:
    schemas: dict[str, Any] = {}
    schema_count = max(1, operations // 2)
    for index in range(schema_count):
        properties: dict[str, Any] = {
            "id": {"type": "string", "description": f"Identifier of widget {index}."},
            "count": {"type": "integer", "format": "int64", "minimum": 0},
            "ratio": {"type": "number", "nullable": True},
            "tags": {"type": "array", "items": {"type": "string"}},
            "created_at": {"type": "string", "format": "date-time"},
        }
        if index % 10:
            # Chains of at most 10 references: a chain through every schema (as first
            # written) makes openapi-python-client fail with RecursionError at 1,000.
            properties["parent"] = {"$ref": f"#/components/schemas/Widget{index - 1}"}
        if index % 10 == 0:
            schemas[f"Status{index}"] = {
                "type": "string",
                "enum": ["active", "paused", "deleted"],
                "description": f"Lifecycle state used by widget {index}.",
            }
            properties["status"] = {"$ref": f"#/components/schemas/Status{index}"}
        schemas[f"Widget{index}"] = {
            "type": "object",
            "description": f"Widget number {index}, with a few fields of each kind.",
            "required": ["id", "count"],
            "properties": properties,
        }
    paths: dict[str, Any] = {}
    for index in range(operations):
        tag = f"Group{index // OPERATIONS_PER_TAG}"
        method = METHODS[index % len(METHODS)]
        schema_ref = {"$ref": f"#/components/schemas/Widget{index % schema_count}"}
        operation: dict[str, Any] = {
            "tags": [tag],
            "operationId": f"operation{index}",
            "summary": f"Operation number {index}",
            "description": f"Does thing {index} to a widget and returns it.",
            "parameters": [
                {
                    "name": "widget_id",
                    "in": "path",
                    "required": True,
                    "schema": {"type": "string"},
                    "description": "Which widget.",
                },
                {
                    "name": "limit",
                    "in": "query",
                    "schema": {"type": "integer", "maximum": 100},
                    "description": "How many at most.",
                },
            ],
            "responses": {
                "200": {
                    "description": "The widget.",
                    "content": {"application/json": {"schema": schema_ref}},
                },
                "404": {"description": "No such widget."},
            },
        }
        if method in ("post", "put", "patch"):
            operation["requestBody"] = {
                "required": True,
                "content": {"application/json": {"schema": schema_ref}},
            }
        paths[f"/widgets{index}/{{widget_id}}"] = {method: operation}
    return {
        "openapi": "3.0.3",
        "info": {"title": f"Synthetic {operations}", "version": "1.0.0"},
        "servers": [{"url": "https://api.example.com"}],
        "paths": paths,
        "components": {"schemas": schemas},
    }


def write_synthetic_spec(operations: int, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"synthetic-{operations}.json"
    text = json.dumps(synthetic_spec(operations), indent=1, sort_keys=True) + "\n"
    if not path.exists() or path.read_text(encoding="utf-8") != text:
        path.write_text(text, encoding="utf-8")
    return path
