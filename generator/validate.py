"""Stage 2: check the spec against the OpenAPI schema with openapi-spec-validator.

Every problem found becomes a ``Diagnostic`` with the file, line and column of the offending
value, so the user sees all of them at once instead of fixing one per run.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from jsonschema.exceptions import ValidationError
from jsonschema_path.handlers.urllib import UrllibHandler
from openapi_spec_validator import (
    OpenAPIV2SpecValidator,
    OpenAPIV30SpecValidator,
    OpenAPIV31SpecValidator,
)
from openapi_spec_validator.validation.validators import SpecValidator

from generator.diagnostics import Diagnostic, GeneratorError, pointer_from_parts
from generator.loader import Document, SpecSource

# Only files are read while validating: a spec must never make the generator fetch a URL.
_LOCAL_ONLY = {"file": UrllibHandler("file")}


class _V2(OpenAPIV2SpecValidator):
    resolver_handlers = _LOCAL_ONLY


class _V30(OpenAPIV30SpecValidator):
    resolver_handlers = _LOCAL_ONLY


class _V31(OpenAPIV31SpecValidator):
    resolver_handlers = _LOCAL_ONLY


SUPPORTED_VERSIONS = "3.0.x and 3.1.x"
_VALIDATORS: dict[str, type[SpecValidator]] = {"2.0": _V2, "3.0": _V30, "3.1": _V31}


def openapi_version(document: Document) -> str:
    """``"2.0"`` (Swagger), ``"3.0"`` or ``"3.1"``; anything else is a diagnostic."""
    data = document.data
    if "swagger" in data:
        if str(data["swagger"]) == "2.0":
            return "2.0"
        raise GeneratorError(
            [
                document.diagnostic(
                    f"Swagger {data['swagger']} is not supported; this generator reads "
                    f"Swagger 2.0 and OpenAPI {SUPPORTED_VERSIONS}",
                    "/swagger",
                )
            ]
        )
    version = data.get("openapi")
    if version is None:
        raise GeneratorError(
            [document.diagnostic("not an OpenAPI document: the 'openapi' field is missing", "")]
        )
    match = re.fullmatch(r"3\.([01])\.\d+", str(version))
    if not match:
        raise GeneratorError(
            [
                document.diagnostic(
                    f"unsupported OpenAPI version {version!r}; supported: {SUPPORTED_VERSIONS}",
                    "/openapi",
                )
            ]
        )
    return f"3.{match.group(1)}"


def validate_document(document: Document, *, lenient: bool = False) -> list[Diagnostic]:
    """Raise a ``GeneratorError`` listing every validation error of ``document``.

    With ``lenient``, the same errors are returned instead, as warnings: the spec is used
    anyway and later stages skip (and name) whatever they cannot generate. A file that is
    not OpenAPI at all, or of an unsupported version, is an error either way.
    """
    version = openapi_version(document)
    # Checked here, before the validator, so that each problem is reported at its own line:
    # the validator reports these at the top of the file, or fails on them.
    problems = _reference_problems(document) + _duplicate_operation_ids(document)
    if problems and not lenient:
        raise GeneratorError(problems)
    diagnostics = problems + _schema_problems(document, version)
    if diagnostics and not lenient:
        raise GeneratorError(diagnostics)
    return diagnostics


def _schema_problems(document: Document, version: str) -> list[Diagnostic]:
    validator = _VALIDATORS[version](document.data, base_uri=document.path.as_uri())
    diagnostics: list[Diagnostic] = []
    try:
        for error in validator.iter_errors():
            diagnostics.append(_to_diagnostic(document, error))
    except RecursionError:
        diagnostics.append(document.diagnostic("schemas nest too deeply to validate", ""))
    except Exception as error:  # the validator fails on some broken $refs instead of reporting
        diagnostics.append(document.diagnostic(f"cannot validate: {_short(error)}", ""))
    return _unique(diagnostics)


def _to_diagnostic(document: Document, error: ValidationError) -> Diagnostic:
    pointer = pointer_from_parts(error.absolute_path)
    return document.diagnostic(_short(error), pointer)


def _short(error: BaseException) -> str:
    text = error.message if isinstance(error, ValidationError) else str(error)
    text = " ".join(text.split())
    # referencing's PointerToNowhere quotes the whole document after this phrase.
    text = text.split(" does not exist within ")[0] + (
        " does not exist" if " does not exist within " in text else ""
    )
    return text if len(text) <= 300 else text[:297] + "..."


def _unique(diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    seen: set[Diagnostic] = set()
    return [d for d in diagnostics if not (d in seen or seen.add(d))]  # type: ignore[func-returns-value]


def _reference_problems(document: Document) -> list[Diagnostic]:
    source = SpecSource(document)
    problems: list[Diagnostic] = []
    for pointer, ref in sorted(_refs(document.data, [])):
        try:
            source.resolve_ref(ref, document, pointer)
        except GeneratorError as error:
            problems.extend(error.diagnostics)
    return problems


def _duplicate_operation_ids(document: Document) -> list[Diagnostic]:
    seen: dict[str, str] = {}
    problems: list[Diagnostic] = []
    paths = document.data.get("paths")
    for path, item in paths.items() if isinstance(paths, dict) else []:
        for method, operation in item.items() if isinstance(item, dict) else []:
            if not isinstance(operation, dict) or "operationId" not in operation:
                continue
            operation_id = str(operation["operationId"])
            pointer = pointer_from_parts(["paths", path, method, "operationId"])
            if operation_id in seen:
                message = f"operationId {operation_id!r} is also used at {seen[operation_id]}"
                problems.append(document.diagnostic(message, pointer))
            else:
                seen[operation_id] = pointer
    return problems


def _refs(value: Any, path: list[str | int]) -> Iterator[tuple[str, str]]:
    stack: list[tuple[Any, list[str | int]]] = [(value, path)]
    while stack:
        node, where = stack.pop()
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str):
                yield pointer_from_parts([*where, "$ref"]), ref
            stack.extend((child, [*where, key]) for key, child in node.items())
        elif isinstance(node, list):
            stack.extend((child, [*where, index]) for index, child in enumerate(node))
