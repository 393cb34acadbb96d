"""Paths and operations → API classes with typed methods."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from generator.model import naming, shape
from generator.model.auth import call_auth_parameters, operation_security
from generator.model.deprecation import is_deprecated
from generator.model.examples import example_for
from generator.model.report import Report
from generator.model.schemas import SchemaTranslator
from generator.model.typeref import FREE_OBJECT, Primitive, TypeRef, non_null, union_of
from generator.model.types import (
    AuthScheme,
    BodyEncoding,
    CallAuthParameter,
    GlobalHeader,
    Parameter,
    RequestBody,
    Response,
    ResultKind,
    Security,
)
from generator.shared.diagnostics import GeneratorError, parts_from_pointer, pointer_from_parts
from generator.spec.loader import Document

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_LOCATION_ORDER = {"path": 0, "query": 1, "header": 2, "cookie": 3}
_LOCATION_TAG = {"path": "Template", "query": "Query", "header": "Header", "cookie": "Cookie"}
# Keywords every generated method has, or will have, besides the spec's parameters.
METHOD_KEYWORDS = frozenset(
    {"self", "body", "timeout", "max_retries", "extra_headers", "extra_query", "extra_body"}
)
JSON_MEDIA = ("application/json",)


@dataclass(frozen=True)
class RawOperation:
    """An operation as found in the spec, before naming."""

    path: str
    method: str
    spec: dict[str, Any]
    parameters: tuple[tuple[dict[str, Any], str, bool], ...]  # (resolved, pointer, from $ref)
    pointer: str


def collect_operations(
    document: Document, translator: SchemaTranslator, report: Report | None = None
) -> list[RawOperation]:
    """Every operation in ``paths``, in document order, with parameters merged and resolved.

    An operation whose parameters cannot be resolved is skipped through ``report`` (which
    re-raises unless the run is lenient).
    """
    report = report or Report()
    result: list[RawOperation] = []
    for path, item in shape.mapping(document.data.get("paths")).items():
        if not isinstance(item, dict):
            continue
        item_pointer = pointer_from_parts(["paths", path])
        try:
            if "$ref" in item:
                _, item_pointer, item = _resolve(translator, item, document, item_pointer)
                if not isinstance(item, dict):
                    continue
            shared = _parameters(item.get("parameters"), document, item_pointer, translator)
        except GeneratorError as error:
            report.skip(error, f"path {path} skipped")
            continue
        for method in HTTP_METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            pointer = f"{item_pointer}/{method}"
            try:
                own = _parameters(operation.get("parameters"), document, pointer, translator)
            except GeneratorError as error:
                report.skip(error, f"operation {method.upper()} {path} skipped")
                continue
            merged = {(p["name"], p["in"]): (p, ptr, ref) for p, ptr, ref in shared}
            merged.update({(p["name"], p["in"]): (p, ptr, ref) for p, ptr, ref in own})
            result.append(RawOperation(path, method, operation, tuple(merged.values()), pointer))
    return result


def _parameters(
    raw: Any, document: Document, pointer: str, translator: SchemaTranslator
) -> list[tuple[dict[str, Any], str, bool]]:
    found = []
    for index, parameter in enumerate(shape.sequence(raw)):
        at = f"{pointer}/parameters/{index}"
        is_ref = isinstance(parameter, dict) and "$ref" in parameter
        if is_ref:
            _, at, parameter = _resolve(translator, parameter, document, at)
        location = parameter.get("in") if isinstance(parameter, dict) else None
        if not isinstance(location, str) or location not in _LOCATION_ORDER:
            continue
        wire_name = shape.name(parameter.get("name"))
        if wire_name is None:
            continue
        if wire_name != parameter["name"]:
            # ``name: 5`` is the parameter called "5" (a copy: the spec's data stays as read).
            parameter = {**parameter, "name": wire_name}
        found.append((parameter, at, is_ref))
    return found


def _resolve(
    translator: SchemaTranslator, node: dict[str, Any], document: Document, pointer: str
) -> tuple[Document, str, Any]:
    """Follow the ``$ref`` of ``node`` (written at ``pointer``), which may not be a string."""
    ref = node["$ref"]
    if not isinstance(ref, str):
        raise GeneratorError([document.diagnostic("$ref is not a string", f"{pointer}/$ref")])
    return translator.source.resolve_ref(ref, document, f"{pointer}/$ref")


def find_global_headers(operations: list[RawOperation]) -> dict[str, dict[str, Any]]:
    """Header parameters that every operation takes from the same shared definition."""
    if not operations:
        return {}
    counts: dict[str, int] = {}
    definitions: dict[str, dict[str, Any]] = {}
    for operation in operations:
        for parameter, pointer, is_ref in operation.parameters:
            if parameter["in"] == "header" and is_ref:
                counts[pointer] = counts.get(pointer, 0) + 1
                definitions[pointer] = parameter
    return {
        definitions[p]["name"]: definitions[p]
        for p in sorted(counts)
        if counts[p] == len(operations)
    }


def global_header_models(
    headers: dict[str, dict[str, Any]],
    document: Document,
    translator: SchemaTranslator,
    scope: naming.NameScope,
) -> tuple[GlobalHeader, ...]:
    result = []
    for wire_name, parameter in headers.items():
        schema = translator.resolve_plain(shape.mapping(parameter.get("schema")), document)
        default = schema.get("default")
        result.append(
            GlobalHeader(
                py_name=scope.claim(naming.snake_case(wire_name)),
                wire_name=wire_name,
                default=None if default is None else str(default),
                description=shape.text(parameter.get("description")),
            )
        )
    return tuple(result)


def operation_name(raw: RawOperation) -> str:
    operation_id = raw.spec.get("operationId")
    if isinstance(operation_id, str) and naming.ascii_words(operation_id):
        return naming.snake_case(operation_id, "operation")
    return naming.snake_case(f"{raw.method} {raw.path}", "operation")


# OpenAPI 3 (Parameter Object): a header parameter with one of these names "SHALL be
# ignored": the body's media type, the answer's and the security schemes decide them. A
# method that took one would send a second Content-Type beside the body's.
IGNORED_HEADERS = frozenset({"accept", "content-type", "authorization"})


def _ignored_header(parameter: dict[str, Any]) -> bool:
    return parameter["in"] == "header" and str(parameter["name"]).lower() in IGNORED_HEADERS


def build_parameters(
    raw: RawOperation,
    document: Document,
    translator: SchemaTranslator,
    global_headers: dict[str, dict[str, Any]],
    scope: naming.NameScope,
    hint: str,
) -> tuple[Parameter, ...]:
    ordered = sorted(
        (
            p
            for p in raw.parameters
            if not (p[0]["in"] == "header" and p[0]["name"] in global_headers)
            and not _ignored_header(p[0])
        ),
        key=lambda p: (_LOCATION_ORDER.get(p[0]["in"], 9), not p[0].get("required", False)),
    )
    result = []
    for parameter, pointer, _ in ordered:
        location = parameter["in"]
        if location not in _LOCATION_ORDER:
            continue
        required = bool(parameter.get("required")) or location == "path"
        style, explode = _style(parameter, location)
        schema = parameter.get("schema") or {}
        info = translator.type_of(
            schema, document, f"{pointer}/schema", f"{hint}{naming.pascal_case(parameter['name'])}"
        )
        if not required:
            info = info.or_none()
        example = parameter.get(
            "example",
            example_for(schema, translator.resolve_plain_for(document), parameter["name"]),
        )
        result.append(
            Parameter(
                py_name=scope.claim(naming.snake_case(parameter["name"], "param")),
                wire_name=parameter["name"],
                location=location,
                type=info,
                required=required,
                description=shape.text(parameter.get("description")),
                deprecated=is_deprecated(parameter),
                example=example,
                tags=(_LOCATION_TAG[location], "Required" if required else "Optional"),
                style=style,
                explode=explode,
            )
        )
    return tuple(result)


_DEFAULT_STYLE = {"path": "simple", "query": "form", "header": "simple", "cookie": "form"}


def _style(parameter: dict[str, Any], location: str) -> tuple[str | None, bool]:
    """The parameter's style and explode; ``(None, True)`` when they are the defaults."""
    default = _DEFAULT_STYLE[location]
    style = parameter.get("style") if isinstance(parameter.get("style"), str) else default
    explode = parameter.get("explode")
    if not isinstance(explode, bool):
        explode = style == "form"
    if style == default and explode == (default == "form"):
        return None, True
    return str(style), explode


def build_body(
    raw: RawOperation,
    document: Document,
    translator: SchemaTranslator,
    hint: str,
    scope: naming.NameScope | None = None,
) -> RequestBody | None:
    body = raw.spec.get("requestBody")
    if not isinstance(body, dict):
        return None
    pointer = f"{raw.pointer}/requestBody"
    if "$ref" in body:
        _, pointer, body = _resolve(translator, body, document, pointer)
        if not isinstance(body, dict):
            return None
    content = shape.mapping(body.get("content"))
    media_type = _pick_media_type(content)
    if media_type is None:
        return None
    media = shape.mapping(content[media_type])
    media_pointer = pointer_from_parts([*_split(pointer), "content", media_type])
    schema = shape.mapping(media.get("schema"))
    encoding = body_encoding(media_type, translator.resolve_plain(schema, document))
    required = bool(body.get("required"))
    if encoding in ("binary", "text"):
        # Sent as given: the schema (if any) describes bytes or text, not a model.
        info: TypeRef = Primitive("bytes" if encoding == "binary" else "str")
    else:
        info = translator.type_of(schema, document, f"{media_pointer}/schema", f"{hint}Request")
    model_name = info.class_name
    accepted = info
    if model_name is not None and model_name in translator.objects:
        # A RootModel (a schema that contains itself) is not a mapping: only the model.
        if translator.objects[model_name].root_type is None:
            accepted = union_of([info, FREE_OBJECT])
    else:
        model_name = None
    if encoding in ("form", "multipart") and model_name is None:
        accepted = FREE_OBJECT
    choices = _body_choices(content, media_type, document, translator)
    if choices:
        extra = [
            _choice_type(choice, content, document, translator, media_pointer, hint)
            for choice in choices
            if choice[0] != media_type
        ]
        accepted = union_of([non_null(accepted), *extra])
    if not required:
        accepted = accepted.or_none()
    example = media.get("example")
    if example is None and isinstance(media.get("examples"), dict) and media["examples"]:
        first = next(iter(media["examples"].values()))
        if isinstance(first, dict):
            example = first.get("value")
    if example is None:
        example = example_for(schema, translator.resolve_plain_for(document))
    if encoding == "binary":
        example = b"file contents" if not isinstance(example, bytes) else example
    elif encoding == "multipart" and isinstance(example, dict):
        example = dict(example)  # a copy: the spec's own example stays as written
        properties = shape.mapping(translator.resolve_plain(schema, document).get("properties"))
        for key, prop in properties.items():
            resolved = translator.resolve_plain(prop, document) if isinstance(prop, dict) else {}
            if key in example and resolved.get("format") == "binary":
                example[key] = b"file contents"
    elif encoding == "text" and not isinstance(example, str):
        example = "text" if example is None else str(example)
    return RequestBody(
        py_name=naming.Identifier("body"),
        type=accepted,
        model_name=model_name,
        media_type=media_type,
        required=required,
        description=shape.text(body.get("description")),
        example=example,
        tags=("Body", "Required" if required else "Optional"),
        encoding=encoding,
        content_type=(_sent_content_type(media_type) if encoding in ("binary", "text") else None),
        choices=choices,
        choice_name=(scope or naming.NameScope()).claim("content_type") if choices else None,
    )


def _sent_content_type(media_type: str) -> str:
    return "application/octet-stream" if "*" in media_type else media_type


def _body_choices(
    content: dict[str, Any], main: str, document: Document, translator: SchemaTranslator
) -> tuple[tuple[str, BodyEncoding], ...]:
    """(media type, encoding) of each media type a body may be sent as, the main one first;
    empty when there is one (nothing to choose)."""
    if len(content) < 2:
        return ()
    found = []
    for media_type in (main, *(str(m) for m in content if m != main)):
        schema = shape.mapping(shape.mapping(content[media_type]).get("schema"))
        resolved = translator.resolve_plain(schema, document)
        found.append((media_type, body_encoding(media_type, resolved)))
    return tuple(found)


def _choice_type(
    choice: tuple[str, BodyEncoding],
    content: dict[str, Any],
    document: Document,
    translator: SchemaTranslator,
    main_pointer: str,
    hint: str,
) -> TypeRef:
    """What a body sent as another media type may be: text, bytes, or for JSON and forms
    its schema's type or a mapping."""
    media_type, encoding = choice
    if encoding in ("binary", "text"):
        return Primitive("bytes" if encoding == "binary" else "str")
    schema = shape.mapping(shape.mapping(content[media_type]).get("schema"))
    if not schema:
        return FREE_OBJECT
    pointer = pointer_from_parts([*_split(main_pointer)[:-1], media_type, "schema"])
    info = translator.type_of(schema, document, pointer, f"{hint}Request")
    return union_of([info, FREE_OBJECT])


_BINARY_PREFIXES = ("image/", "audio/", "video/", "font/", "application/octet-stream")
_BINARY_TYPES = frozenset(
    {"application/pdf", "application/zip", "application/gzip", "application/x-tar", "*/*"}
)


def body_encoding(media_type: str, schema: dict[str, Any]) -> BodyEncoding:
    """How a request body of this media type is sent (see ``RequestBody.encoding``)."""
    base = media_type.split(";")[0].strip().lower()
    if base in JSON_MEDIA or base.endswith("+json") or base == "text/json":
        return "json"
    if base == "application/x-www-form-urlencoded":
        return "form"
    if base.startswith("multipart/"):
        return "multipart"
    if base.startswith("text/") or base.endswith("+xml") or base.endswith("/xml"):
        return "text"
    if base.startswith(_BINARY_PREFIXES) or base in _BINARY_TYPES:
        return "binary"
    # Unusual media types: a string schema is text, a binary one bytes, anything else JSON.
    if schema.get("format") == "binary":
        return "binary"
    if schema.get("type") == "string":
        return "text"
    return "json"


def result_kind(media_type: str) -> ResultKind:
    """How a response body of this media type is read (see ``Operation.result_kind``)."""
    base = media_type.split(";")[0].strip().lower()
    if base in JSON_MEDIA or base.endswith("+json") or base == "text/json":
        return "json"
    if base == "text/event-stream":
        return "events"
    if base.startswith("text/") or base.endswith("+xml") or base.endswith("/xml"):
        return "text"
    if base.startswith(_BINARY_PREFIXES) or base in _BINARY_TYPES:
        return "binary"
    return "json"


def _pick_media_type(content: dict[str, Any]) -> str | None:
    if not content:
        return None
    for media_type in content:
        base = media_type.split(";")[0].strip().lower()
        if base in JSON_MEDIA or base.endswith("+json"):
            return str(media_type)
    return str(next(iter(content)))


def _split(pointer: str) -> list[str]:
    return parts_from_pointer(pointer)


NO_CONTENT = frozenset({"204", "205", "304"})


def build_responses(
    raw: RawOperation, document: Document, translator: SchemaTranslator, hint: str
) -> tuple[tuple[Response, ...], TypeRef | None, tuple[ResultKind, ...], tuple[str, ...]]:
    """All documented responses; the type, the kinds (the main one first) and the media
    types of the first successful body."""
    responses = shape.mapping(raw.spec.get("responses"))
    result: list[Response] = []
    success: TypeRef | None = None
    kinds: tuple[ResultKind, ...] = ("json",)
    media_types: tuple[str, ...] = ()
    for status in sorted(responses, key=lambda s: (str(s) == "default", str(s))):
        response = responses[status]
        pointer = pointer_from_parts([*_split(raw.pointer), "responses", str(status)])
        if isinstance(response, dict) and "$ref" in response:
            _, pointer, response = _resolve(translator, response, document, pointer)
        if not isinstance(response, dict):
            continue
        # HTTP: 204, 205 and 304 answers have no content, whatever the spec declares (a
        # client waiting for asana.com's declared 204 body refused every answer: verify).
        content = {} if str(status) in NO_CONTENT else shape.mapping(response.get("content"))
        media_type = _pick_media_type(content)
        model_name: str | None = None
        info: TypeRef | None = None
        this_kind = result_kind(media_type) if media_type else "json"
        schema = shape.mapping(content[media_type]).get("schema") if media_type else None
        # An event stream's schema describes the data of each event.
        if media_type and (this_kind == "json" or (this_kind == "events" and schema)):
            if schema:
                suffix = "Response" if str(status).startswith("2") else f"Response{status}"
                info = translator.type_of(
                    schema,
                    document,
                    pointer_from_parts([*_split(pointer), "content", media_type, "schema"]),
                    f"{hint}{naming.pascal_case(suffix)}",
                )
                if info.class_name is not None and info.class_name in translator.objects:
                    model_name = info.class_name
        elif media_type:
            info = _KIND_TYPES[this_kind]
        if success is None and str(status).startswith("2") and info is not None:
            others = _other_kinds(content, this_kind)
            success = union_of([info, *(_KIND_TYPES[k] for k in others)]) if others else info
            kinds = (this_kind, *others)
            media_types = tuple(str(m) for m in content)
        result.append(
            Response(
                str(status),
                shape.text(response.get("description")),
                model_name,
                has_body=media_type is not None,
                type=info if this_kind == "json" else None,
            )
        )
    return tuple(result), success, kinds, media_types


# An event stream without a schema: each event's data as the text it came as.
_KIND_TYPES: dict[ResultKind, TypeRef] = {
    "text": Primitive("str"),
    "binary": Primitive("bytes"),
    "events": Primitive("str"),
}


def _other_kinds(content: dict[str, Any], main: ResultKind) -> tuple[ResultKind, ...]:
    """The kinds a success may come as besides its main one (CSV besides JSON, say): the
    client reads each answer by its Content-Type. A second JSON media type adds none."""
    found: list[ResultKind] = []
    for media_type in content:
        kind = result_kind(str(media_type))
        if kind != main and kind != "json" and kind not in found:
            found.append(kind)
    return tuple(found)


def security_for(
    raw: RawOperation, document: Document, schemes: tuple[AuthScheme, ...], scope: naming.NameScope
) -> tuple[Security, tuple[CallAuthParameter, ...]]:
    security = operation_security(raw.spec, document, schemes)
    return security, call_auth_parameters(security, schemes, scope)
