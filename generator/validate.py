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
    OpenAPIV30SpecValidator,
    OpenAPIV31SpecValidator,
)
from openapi_spec_validator.validation.validators import SpecValidator

from generator.diagnostics import Diagnostic, GeneratorError, pointer_from_parts
from generator.loader import Document

# Only files are read while validating: a spec must never make the generator fetch a URL.
_LOCAL_ONLY = {"file": UrllibHandler("file")}


class _V30(OpenAPIV30SpecValidator):
    resolver_handlers = _LOCAL_ONLY


class _V31(OpenAPIV31SpecValidator):
    resolver_handlers = _LOCAL_ONLY


SUPPORTED_VERSIONS = "3.0.x and 3.1.x"


def openapi_version(document: Document) -> str:
    """``"3.0"`` or ``"3.1"``; anything else is a diagnostic naming the field."""
    data = document.data
    if "swagger" in data:
        raise GeneratorError(
            [
                document.diagnostic(
                    f"Swagger {data['swagger']} is not supported; this generator reads OpenAPI "
                    f"{SUPPORTED_VERSIONS}",
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


def validate_document(document: Document) -> None:
    """Raise a ``GeneratorError`` listing every validation error of ``document``."""
    version = openapi_version(document)
    remote = sorted(_remote_refs(document.data, []))
    if remote:
        raise GeneratorError(
            document.diagnostic(f"remote $ref {ref!r} is not fetched; save it locally", pointer)
            for pointer, ref in remote
        )
    validator_cls: type[SpecValidator] = _V31 if version == "3.1" else _V30
    validator = validator_cls(document.data, base_uri=document.path.as_uri())
    diagnostics: list[Diagnostic] = []
    try:
        for error in validator.iter_errors():
            diagnostics.append(_to_diagnostic(document, error))
    except RecursionError:
        diagnostics.append(document.diagnostic("schemas nest too deeply to validate", ""))
    except Exception as error:  # the validator fails on some broken $refs instead of reporting
        diagnostics.append(document.diagnostic(f"cannot validate: {_short(error)}", ""))
    if diagnostics:
        raise GeneratorError(_unique(diagnostics))


def _to_diagnostic(document: Document, error: ValidationError) -> Diagnostic:
    pointer = pointer_from_parts(error.absolute_path)
    return document.diagnostic(_short(error), pointer)


def _short(error: BaseException) -> str:
    text = error.message if isinstance(error, ValidationError) else str(error)
    text = " ".join(text.split())
    return text if len(text) <= 300 else text[:297] + "..."


def _unique(diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    seen: set[Diagnostic] = set()
    return [d for d in diagnostics if not (d in seen or seen.add(d))]  # type: ignore[func-returns-value]


def _remote_refs(value: Any, path: list[str | int]) -> Iterator[tuple[str, str]]:
    stack: list[tuple[Any, list[str | int]]] = [(value, path)]
    while stack:
        node, where = stack.pop()
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith(("http://", "https://")):
                yield pointer_from_parts([*where, "$ref"]), ref
            stack.extend((child, [*where, key]) for key, child in node.items())
        elif isinstance(node, list):
            stack.extend((child, [*where, index]) for index, child in enumerate(node))
