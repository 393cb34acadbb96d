"""Build the ``ClientModel`` from a validated spec: the one place where decisions are made."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from generator import __version__
from generator.model import naming, shape
from generator.model.auth import CLIENT_KEYWORDS, build_auth_schemes, vendor_headers
from generator.model.cycles import defer_cyclic_imports
from generator.model.deprecation import is_deprecated
from generator.model.idempotency import idempotency
from generator.model.oauth import build_oauth
from generator.model.operations import (
    METHOD_KEYWORDS,
    RawOperation,
    build_body,
    build_parameters,
    build_responses,
    collect_operations,
    find_global_headers,
    global_header_models,
    operation_name,
    security_for,
)
from generator.model.pagination import pagination
from generator.model.report import Report
from generator.model.schemas import SchemaTranslator
from generator.model.typeref import ListOf, TypeRef, non_null
from generator.model.types import (
    ApiClass,
    ClientModel,
    ErrorModel,
    Import,
    ObjectModel,
    Operation,
    ProjectMetadata,
    RuntimeDefaults,
    Server,
)
from generator.shared.diagnostics import Diagnostic, GeneratorError
from generator.spec.loader import SpecSource

DEFAULT_TAG = "default"
# Class names the generated package defines itself, so models cannot take them.
PACKAGE_CLASS_NAMES = frozenset(
    {
        "Client",
        "AsyncClient",
        "Environment",
        "ApiResult",
        "ApiError",
        "BaseModel",
        "Field",
        "Any",
        "Literal",
        "Enum",
    }
)


@dataclass(frozen=True)
class PackageNames:
    package_name: str
    project_name: str
    package_version: str
    metadata: ProjectMetadata = dataclasses.field(default_factory=ProjectMetadata)  # as configured


def build_client_model(
    source: SpecSource,
    names: PackageNames,
    *,
    lenient: bool = False,
    warnings: list[Diagnostic] | None = None,
) -> ClientModel:
    """The whole client. With ``lenient``, a part that cannot be built (an operation, a
    schema whose ``$ref`` points nowhere) is left out or typed ``Any`` instead of failing
    the run, and a warning naming it is appended to ``warnings``."""
    document = source.root
    data = document.data
    report = Report(lenient, warnings if warnings is not None else [])
    translator = SchemaTranslator(source, naming.NameScope(PACKAGE_CLASS_NAMES), report)
    translator.reserve_components(document)
    translator.translate_components(document)

    settings_scope = naming.NameScope(CLIENT_KEYWORDS)
    auth_schemes = build_auth_schemes(document, settings_scope)
    raw_operations = collect_operations(document, translator, report)
    global_headers_raw = find_global_headers(raw_operations)
    # A parameter every operation shares says more about its header than a scheme's list.
    vendor = vendor_headers(document)
    global_headers_raw |= {k: v for k, v in vendor.items() if k not in global_headers_raw}
    global_headers = global_header_models(global_headers_raw, document, translator, settings_scope)

    by_tag: dict[str, list[RawOperation]] = {}
    for raw in raw_operations:
        tags = [t for t in map(shape.name, shape.sequence(raw.spec.get("tags"))) if t]
        by_tag.setdefault(tags[0] if tags else DEFAULT_TAG, []).append(raw)
    tag_descriptions = {
        str(t.get("name")): shape.text(t.get("description"))
        for t in shape.sequence(data.get("tags"))
        if isinstance(t, dict)
    }

    api_scope = naming.NameScope({"client", "models", "apis", "environment", "errors"})
    # A tag's classes are {Base}Api and Async{Base}Api: only those names can collide with a
    # model, an enum or the package's own classes (a tag "Pet" beside a schema "Pet" is
    # PetApi, not Pet_2Api).
    api_class_scope = naming.NameScope(
        _api_bases(PACKAGE_CLASS_NAMES | set(translator.objects) | set(translator.enums))
    )
    apis: list[ApiClass] = []
    for tag in sorted(by_tag, key=lambda t: naming.snake_case(t, "api")):
        module = api_scope.claim(naming.snake_case(tag, "api"))
        class_base = api_class_scope.claim(naming.pascal_case(tag, "Api"))
        operations, imports = _build_operations(
            by_tag[tag], document, translator, auth_schemes, global_headers_raw, report
        )
        apis.append(
            ApiClass(
                tag=tag,
                class_name=naming.Identifier(f"{class_base}Api"),
                async_class_name=naming.Identifier(f"Async{class_base}Api"),
                attribute=module,
                module_name=module,
                doc_name=module.replace("_", "-"),
                title=naming.title_words(tag),
                description=tag_descriptions.get(tag, ""),
                operations=operations,
                imports=imports,
                runtime_names=_runtime_names(operations),
            )
        )

    models = defer_cyclic_imports(tuple(translator.objects[k] for k in sorted(translator.objects)))
    enums = tuple(translator.enums[k] for k in sorted(translator.enums))
    info = shape.mapping(data.get("info"))
    return ClientModel(
        package_name=naming.Identifier(names.package_name),
        project_name=names.project_name,
        package_version=names.package_version,
        generator_version=__version__,
        title=shape.text(info.get("title")) or names.project_name,
        description=shape.text(info.get("description")),
        api_version=shape.text(info.get("version")),
        servers=_servers(data),
        auth_schemes=auth_schemes,
        global_headers=global_headers,
        apis=tuple(apis),
        models=models,
        enums=enums,
        error_model=_error_model(models, apis),
        env_prefix=names.package_name.upper(),
        runtime=_runtime_defaults(names),
        secret_names=tuple(sorted({f.wire_name for m in models for f in m.fields if f.secret})),
        project=names.metadata,
        oauth=build_oauth(data),
    )


def _runtime_defaults(names: PackageNames) -> RuntimeDefaults:
    # A minute to read (Square's own SDK also waits 60 s), 10 s to connect; two retries
    # backing off from half a second up to 8 s, as the openai SDK does. A server may ask
    # for a longer pause with Retry-After, but never makes a call block for over a minute.
    return RuntimeDefaults(
        timeout=60.0,
        connect_timeout=10.0,
        max_retries=2,
        initial_retry_delay=0.5,
        max_retry_delay=8.0,
        max_retry_after=60.0,
        user_agent=f"{names.project_name}/{names.package_version}",
    )


def _build_operations(
    raws: list[RawOperation],
    document: Any,
    translator: SchemaTranslator,
    auth_schemes: Any,
    global_headers: dict[str, dict[str, Any]],
    report: Report,
) -> tuple[tuple[Operation, ...], tuple[Import, ...]]:
    method_scope = naming.NameScope({"with_raw_response", "close"})
    operations: list[Operation] = []
    used: list[TypeRef] = []
    for raw in raws:
        py_name = method_scope.claim(operation_name(raw))
        hint = naming.pascal_case(py_name, "Operation")
        scope = naming.NameScope(METHOD_KEYWORDS)
        try:
            security, auth_params = security_for(raw, document, auth_schemes, scope)
            parameters = build_parameters(raw, document, translator, global_headers, scope, hint)
            body = build_body(raw, document, translator, hint, scope)
            responses, success, kinds, media = build_responses(raw, document, translator, hint)
        except GeneratorError as error:
            what = f"operation {raw.method.upper()} {raw.path} skipped"
            report.skip(error, what)
            continue
        deprecated = is_deprecated(raw.spec)
        used.extend(parameter.type for parameter in parameters)
        if body is not None:
            used.append(body.type)
            if body.choice_type is not None:
                used.append(body.choice_type)
        if success is not None:
            used.append(success)
        used.extend(r.type for r in responses if r.is_error and r.type is not None)
        operations.append(
            Operation(
                py_name=py_name,
                operation_id=shape.name(raw.spec.get("operationId")) or None,
                http_method=raw.method.upper(),
                path=raw.path,
                summary=shape.text(raw.spec.get("summary")),
                description=shape.text(raw.spec.get("description")),
                deprecated=deprecated,
                deprecation_note=f"{py_name} is deprecated." if deprecated else None,
                parameters=parameters,
                body=body,
                auth_parameters=auth_params,
                security=security,
                result_type=success,
                responses=responses,
                source=raw.pointer,
                result_kind=kinds[0],
                other_kinds=kinds[1:],
                result_media=media,
                idempotency=idempotency(raw.spec, raw.method, parameters, body, translator.objects),
                pagination=pagination(
                    raw.spec,
                    parameters,
                    body,
                    next((r.model_name for r in responses if not r.is_error), None),
                    translator.objects,
                ),
            )
        )
    classes: set[str] = set()
    modules: set[str] = set()
    for info in used:
        classes |= info.classes
        modules |= info.modules
    modules.add("typing.Any")  # every method's extra_body, and the result of ApiResult[Any]
    modules.add("collections.abc.Mapping")  # every method's extra_headers / extra_query
    imports = [Import("..models", name) for name in sorted(classes)]
    imports += [
        Import(m.rpartition(".")[0], m.rpartition(".")[2]) if "." in m else Import("", m)
        for m in sorted(modules)
    ]
    return tuple(operations), tuple(imports)


def _api_bases(class_names: set[str] | frozenset[str]) -> set[str]:
    """The API class bases that would repeat one of ``class_names``: ``Pet`` for a class
    named ``PetApi``, ``Store`` for ``AsyncStoreApi``."""
    bases: set[str] = set()
    for name in class_names:
        if name.endswith("Api") and len(name) > 3:
            bases.add(name[:-3])
            if name.startswith("Async") and len(name) > 8:
                bases.add(name[5:-3])
    return bases


def _runtime_names(operations: tuple[Operation, ...]) -> tuple[str, ...]:
    names = {"QueryValue", "RequestOptions", "RequestSpec", "encode_path"}
    locations = {p.location for op in operations for p in op.parameters}
    if "query" in locations:
        names.add("query_pairs")
    if "header" in locations or "cookie" in locations:
        names.add("header_values")
    # A body sent as the caller chooses is encoded by encode_body, at run time.
    encodings = {op.body.encoding for op in operations if op.body and not op.body.choices}
    if any(op.body and op.body.choices for op in operations):
        names.add("encode_body")
    if "json" in encodings:
        names.add("json_body")
    if "form" in encodings or "multipart" in encodings:
        names.add("form_fields")
    if "multipart" in encodings:
        names.add("file_parts")
    if "binary" in encodings or "text" in encodings:
        names.add("raw_content")
    if any(op.deprecated for op in operations):
        names.add("warn_deprecated")
    if any(op.pagination for op in operations):
        names.add("Pagination")
    return tuple(sorted(names, key=lambda n: (not n[0].isupper(), n)))


def _servers(data: dict[str, Any]) -> tuple[Server, ...]:
    scope = naming.NameScope()
    servers = []
    for index, server in enumerate(shape.sequence(data.get("servers"))):
        if not isinstance(server, dict) or not isinstance(server.get("url"), str):
            continue
        url = server["url"]
        for variable, spec in shape.mapping(server.get("variables")).items():
            if isinstance(spec, dict) and "default" in spec:
                url = url.replace("{" + variable + "}", str(spec["default"]))
        description = shape.text(server.get("description"))
        label = description or ("default" if index == 0 else f"server {index + 1}")
        servers.append(
            Server(scope.claim(naming.constant_case(label, "SERVER")), url.rstrip("/"), description)
        )
    if not servers:
        servers.append(
            Server(naming.Identifier("DEFAULT"), "", "The spec names no server: pass base_url.")
        )
    return tuple(servers)


def _error_model(models: tuple[ObjectModel, ...], apis: Sequence[ApiClass]) -> ErrorModel | None:
    """Square-style APIs return ``errors: [Error]`` in every body; find that convention in
    the models of error responses (4XX, 5XX, default). A success model's own ``errors``
    list is data (a report of crashes, say): verify found appcenter.ms's successes read
    as failures when any model's ``errors`` decided it."""
    names = {m.class_name for m in models}
    answering_errors = {
        response.model_name
        for api in apis
        for operation in api.operations
        for response in operation.responses
        if response.model_name and not response.status.startswith("2")
    }
    for model in models:
        if model.class_name not in answering_errors:
            continue
        for field in model.fields:
            value = non_null(field.type)
            if field.wire_name == "errors" and isinstance(value, ListOf):
                item = value.item.class_name
                if item is not None and item in names:
                    return ErrorModel(naming.Identifier(item), naming.Identifier("errors"))
    return None
