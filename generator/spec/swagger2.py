"""Swagger 2.0 → OpenAPI 3.0, so that every later stage reads one format.

Runs after validation (the user's Swagger file is validated as written, so errors point at
what they wrote) and before the model. The converted ``Document`` keeps the original text
and a map from converted JSON pointers back to original ones, so a diagnostic raised while
building the model still names the line of the Swagger file.

What changes (the rest is copied as is):
- ``host``/``basePath``/``schemes`` → ``servers``;
- ``definitions``/``parameters``/``responses``/``securityDefinitions`` → ``components``;
- ``in: body`` parameters → ``requestBody`` (one content entry per ``consumes`` type),
  ``in: formData`` parameters → a form or multipart ``requestBody`` (multipart when a
  parameter is a file);
- parameter ``type``/``format``/``items``/``enum``... → ``schema``; ``collectionFormat`` →
  ``style``/``explode`` (``csv`` → ``explode: false``, ``multi`` → ``explode: true``,
  ``ssv``/``pipes`` → ``spaceDelimited``/``pipeDelimited``);
- response ``schema`` → ``content`` per ``produces`` type, ``examples`` → ``example``;
- schemas: ``x-nullable`` → ``nullable``, ``type: file`` → binary string, a string
  ``discriminator`` → ``{propertyName: ...}``, ``$ref``s to the moved sections rewritten.

A split spec is converted in every file: ``SpecSource`` passes each other file it loads
through ``convert_external`` when its root was converted, and a body or form parameter in
another file is read from there into the request body.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from generator.shared.diagnostics import GeneratorError, escape_pointer_token, pointer_from_parts
from generator.spec.loader import Document, SpecSource

OPENAPI_VERSION = "3.0.3"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch")
DEFAULT_MEDIA = "application/json"
FORM_MEDIA = "application/x-www-form-urlencoded"
MULTIPART_MEDIA = "multipart/form-data"

_MOVED_SECTIONS = {
    "#/definitions/": "#/components/schemas/",
    "#/parameters/": "#/components/parameters/",
    "#/responses/": "#/components/responses/",
}
# Keywords a 2.0 non-body parameter (or header, or items) shares with a JSON schema.
_SCHEMA_KEYWORDS = (
    "type",
    "format",
    "items",
    "default",
    "maximum",
    "exclusiveMaximum",
    "minimum",
    "exclusiveMinimum",
    "maxLength",
    "minLength",
    "pattern",
    "maxItems",
    "minItems",
    "uniqueItems",
    "enum",
    "multipleOf",
)
_OAUTH_FLOWS = {
    "implicit": "implicit",
    "password": "password",
    "application": "clientCredentials",
    "accessCode": "authorizationCode",
}


def is_swagger2(data: Any) -> bool:
    return isinstance(data, dict) and str(data.get("swagger", "")).startswith("2")


def convert_swagger2(document: Document) -> Document:
    """The OpenAPI 3.0 equivalent of a Swagger 2.0 document (the input is not changed)."""
    raw = SpecSource(document)
    converter = _Converter(document.data, _follower(raw, document))
    data = converter.convert()
    return Document(
        path=document.path,
        text=document.text,
        data=data,
        pointer_origins=converter.origins,
        converted_from="Swagger 2.0",
        inputs=tuple(path for path in raw.documents if path != document.path),
        overlay_written=document.overlay_written,
        overlay_moved=document.overlay_moved,
        overlays=document.overlays,
    )


# Top-level keys that make a file a (partial) 2.0 document, converted to the 3.0 layout.
_DOCUMENT_SECTIONS = ("swagger", "paths", "definitions", "parameters", "responses")
# Keys only a schema has at its top: a file that is one schema, referred to as a whole.
_SCHEMA_ONLY_KEYS = ("type", "properties", "allOf", "oneOf", "anyOf", "items", "enum", "$ref")


def convert_external(document: Document) -> Document:
    """Another file of a split Swagger 2.0 spec, converted as the root is.

    A file with 2.0 sections (``definitions``, ``parameters``...) takes the 3.0 layout, as
    the root does, and ``$ref``s into it are rewritten the same way (``_rewrite_ref``). A
    file of loose entries keeps its layout, each entry converted by its shape (``_kind``):
    a parameter has ``in``, a response ``schema``/``headers``/``examples`` and no schema
    keyword, a path item only operations and parameters; the rest are schemas. A file that
    is itself one schema, parameter, response or path item is converted as that.
    """
    data = document.data
    converter = _Converter(data, _follower(SpecSource(document), document))
    kind = _kind(data)
    if "swagger" in data or (kind == "entries" and any(key in data for key in _DOCUMENT_SECTIONS)):
        converted: Any = converter.convert()
    elif kind != "entries":
        converted = converter.entry(data, [])
    else:
        converted = {key: converter.entry(value, [key]) for key, value in data.items()}
    return Document(
        path=document.path,
        text=document.text,
        data=converted,
        pointer_origins=converter.origins,
        converted_from="Swagger 2.0",
        ref_policy=document.ref_policy,
        url=document.url,
    )


def _kind(value: Any) -> str:
    """What a loose value of a 2.0 file is: "parameter", "response", "path item", "schema",
    or "entries" (a mapping of named values, such as a file of definitions)."""
    if not isinstance(value, dict):
        return "schema"
    if "in" in value and "name" in value:
        return "parameter"
    if any(key in value for key in _SCHEMA_ONLY_KEYS):
        return "schema"
    if any(key in value for key in ("schema", "headers", "examples")):
        return "response"
    if (
        value
        and any(key in value for key in HTTP_METHODS)
        and all(key in HTTP_METHODS or key == "parameters" or key.startswith("x-") for key in value)
    ):
        return "path item"
    if value and all(isinstance(v, dict) for v in value.values()) and "description" not in value:
        return "entries"
    return "schema"


def _follower(raw: SpecSource, document: Document) -> Callable[[str], Any]:
    """Follows a ``$ref`` to another file, written in ``document``, to the 2.0 value as
    written there: a body or form parameter becomes part of the request body, so the
    converter must see it. (The loader has made that file's references absolute, so they
    still lead to the same place once the value is copied into ``document``.) ``raw`` reads
    files unconverted: its root is the 2.0 file as read."""

    def follow(ref: str) -> Any:
        try:
            _, _, value = raw.resolve_ref(ref, document, "")
        except GeneratorError:
            return None  # reported where the reference is used
        return value

    return follow


@dataclass
class _Converter:
    source: dict[str, Any]
    follow: Callable[[str], Any] = lambda ref: None
    # converted pointer prefix → original pointer prefix, for diagnostics
    origins: dict[str, str] = field(default_factory=dict)

    def convert(self) -> dict[str, Any]:
        src = self.source
        result: dict[str, Any] = {"openapi": OPENAPI_VERSION}
        for key, value in src.items():
            if key.startswith("x-") or key in ("info", "tags", "externalDocs"):
                result[key] = value
        if "security" in src:
            result["security"] = src["security"]
        result["info"] = src.get("info") if isinstance(src.get("info"), dict) else {}
        servers = self._servers()
        if servers:
            result["servers"] = servers
        result["paths"] = self._paths()
        components = self._components()
        if components:
            result["components"] = components
        self._map("/components/schemas", "/definitions")
        self._map("/components/parameters", "/parameters")
        self._map("/components/responses", "/responses")
        self._map("/components/securitySchemes", "/securityDefinitions")
        return result

    def entry(self, value: Any, parts: list[str]) -> Any:
        """One loose value of another file (see ``convert_external``)."""
        kind = _kind(value)
        pointer = pointer_from_parts(parts)
        if kind == "parameter" and value.get("in") not in ("body", "formData"):
            return self._parameter(value, pointer)
        if kind == "response":
            return self._response(value, self._media_types(self.source.get("produces")), parts)
        if kind == "path item":
            return self._path_item(value, parts)
        return convert_schema(value)

    def _map(self, converted: str, original: str) -> None:
        self.origins.setdefault(converted, original)

    # -- top level -----------------------------------------------------------------------

    def _servers(self) -> list[dict[str, Any]]:
        host = self.source.get("host")
        base_path = str(self.source.get("basePath") or "")
        schemes = [s for s in _list(self.source.get("schemes")) if isinstance(s, str)]
        if not host:
            return [{"url": base_path}] if base_path else []
        # https first: when a spec offers both, the secure one is the sensible default.
        ordered = sorted(set(schemes) or {"https"}, key=lambda s: (s != "https", s))
        return [{"url": f"{scheme}://{host}{base_path}"} for scheme in ordered]

    def _components(self) -> dict[str, Any]:
        src = self.source
        components: dict[str, Any] = {}
        definitions = src.get("definitions")
        if isinstance(definitions, dict) and definitions:
            components["schemas"] = {k: convert_schema(v) for k, v in definitions.items()}
        parameters = src.get("parameters")
        if isinstance(parameters, dict):
            converted = {
                key: self._parameter(value, f"/components/parameters/{escape_pointer_token(key)}")
                for key, value in parameters.items()
                if isinstance(value, dict) and value.get("in") not in ("body", "formData")
            }
            if converted:
                components["parameters"] = converted
        responses = src.get("responses")
        if isinstance(responses, dict) and responses:
            produces = self._media_types(src.get("produces"))
            components["responses"] = {
                key: self._response(value, produces, ["components", "responses", key])
                for key, value in responses.items()
            }
        schemes = src.get("securityDefinitions")
        if isinstance(schemes, dict) and schemes:
            components["securitySchemes"] = {
                key: _security_scheme(value) for key, value in schemes.items()
            }
        return components

    # -- paths ---------------------------------------------------------------------------

    def _paths(self) -> dict[str, Any]:
        paths = self.source.get("paths")
        result: dict[str, Any] = {}
        for path, item in paths.items() if isinstance(paths, dict) else []:
            if not isinstance(item, dict):
                result[path] = item
                continue
            if "$ref" in item:
                result[path] = {"$ref": _rewrite_ref(item["$ref"])}
                continue
            result[path] = self._path_item(item, ["paths", path])
        return result

    def _path_item(self, item: dict[str, Any], parts: list[str]) -> dict[str, Any]:
        converted: dict[str, Any] = {}
        shared = _list(item.get("parameters"))
        simple_shared, _ = self._split_parameters(shared, parts)
        if simple_shared:
            converted["parameters"] = simple_shared
        for key, value in item.items():
            if key.startswith("x-") or key in ("summary", "description"):
                converted[key] = value
        for method in HTTP_METHODS:
            operation = item.get(method)
            if isinstance(operation, dict):
                converted[method] = self._operation(operation, shared, [*parts, method])
        return converted

    def _operation(
        self, operation: dict[str, Any], shared: list[Any], parts: list[str]
    ) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key, value in operation.items():
            if key not in ("parameters", "responses", "consumes", "produces", "schemes"):
                result[key] = value
        own = _list(operation.get("parameters"))
        simple, own_special = self._split_parameters(own, parts)
        _, shared_special = self._split_parameters(shared, parts[:-1])
        if simple:
            result["parameters"] = simple
        # Operation parameters override path-level ones with the same name and location.
        # As text: a name of the wrong type (``name: {}``) is not hashable.
        own_keys = {(str(p.get("name")), str(p.get("in"))) for p, _ in own_special}
        special = [
            p
            for p in shared_special
            if (str(p[0].get("name")), str(p[0].get("in"))) not in own_keys
        ]
        special += own_special
        consumes = self._media_types(operation.get("consumes", self.source.get("consumes")))
        body = self._request_body(special, consumes, parts)
        if body is not None:
            result["requestBody"] = body
        produces = self._media_types(operation.get("produces", self.source.get("produces")))
        responses = operation.get("responses")
        if isinstance(responses, dict):
            result["responses"] = {
                str(status): self._response(response, produces, [*parts, "responses", str(status)])
                for status, response in responses.items()
            }
        else:
            result["responses"] = responses
        return result

    def _split_parameters(
        self, parameters: list[Any], parts: list[str]
    ) -> tuple[list[Any], list[tuple[dict[str, Any], str]]]:
        """Plain parameters converted, and the body/formData ones (with their pointers)."""
        simple: list[Any] = []
        special: list[tuple[dict[str, Any], str]] = []
        for index, parameter in enumerate(parameters):
            original = pointer_from_parts([*parts, "parameters", index])
            resolved = self._local(parameter)
            if isinstance(resolved, dict) and resolved.get("in") in ("body", "formData"):
                special.append((resolved, original))
                continue
            converted_pointer = pointer_from_parts([*parts, "parameters", len(simple)])
            self.origins[converted_pointer] = original
            if isinstance(parameter, dict) and "$ref" in parameter:
                simple.append({"$ref": _rewrite_ref(parameter["$ref"])})
            else:
                simple.append(self._parameter(parameter, converted_pointer))
        return simple, special

    def _local(self, value: Any) -> Any:
        """Follow a local ``#/parameters/...`` reference, or one to a body or form parameter
        in another file; anything else stays as it is."""
        if isinstance(value, dict) and isinstance(value.get("$ref"), str):
            ref = value["$ref"]
            if ref.startswith("#/parameters/"):
                target = _dict(self.source.get("parameters")).get(ref[len("#/parameters/") :])
                if isinstance(target, dict):
                    return target
            elif not ref.startswith("#"):
                target = self.follow(ref)
                if isinstance(target, dict) and target.get("in") in ("body", "formData"):
                    return target
        return value

    def _parameter(self, parameter: Any, converted_pointer: str) -> Any:
        if not isinstance(parameter, dict):
            return parameter
        result: dict[str, Any] = {}
        for key in ("name", "in", "description", "required", "allowEmptyValue", "deprecated"):
            if key in parameter:
                result[key] = parameter[key]
        for key, value in parameter.items():
            if key.startswith("x-"):
                result[key] = value
        result["schema"] = _inline_schema(parameter)
        self.origins[f"{converted_pointer}/schema"] = self.origins.get(converted_pointer, "")
        style = _style(parameter)
        if style is not None:
            result["style"], result["explode"] = style
        if "x-example" in parameter and "example" not in result:
            result["example"] = parameter["x-example"]
        return result

    def _request_body(
        self,
        special: list[tuple[dict[str, Any], str]],
        consumes: list[str],
        parts: list[str],
    ) -> dict[str, Any] | None:
        body = next(((p, ptr) for p, ptr in special if p.get("in") == "body"), None)
        converted_pointer = pointer_from_parts([*parts, "requestBody"])
        if body is not None:
            parameter, original = body
            self.origins[converted_pointer] = original
            media_types = [m for m in consumes if m not in (FORM_MEDIA, MULTIPART_MEDIA)]
            schema = convert_schema(parameter.get("schema") or {})
            content = {}
            for media_type in media_types or [DEFAULT_MEDIA]:
                content[media_type] = {"schema": schema}
                self.origins[f"{converted_pointer}/content/{escape_pointer_token(media_type)}"] = (
                    original
                )
            result: dict[str, Any] = {"content": content, "x-body-name": parameter.get("name")}
            if parameter.get("description"):
                result["description"] = parameter["description"]
            if parameter.get("required"):
                result["required"] = True
            return result
        form = [(p, ptr) for p, ptr in special if p.get("in") == "formData"]
        if not form:
            return None
        properties: dict[str, Any] = {}
        required: list[str] = []
        has_file = False
        for parameter, _ in form:
            name = str(parameter.get("name"))
            schema = _inline_schema(parameter)
            if parameter.get("description"):
                schema["description"] = parameter["description"]
            properties[name] = schema
            has_file = has_file or parameter.get("type") == "file"
            if parameter.get("required"):
                required.append(name)
        object_schema: dict[str, Any] = {"type": "object", "properties": properties}
        if required:
            object_schema["required"] = required
        if has_file or (MULTIPART_MEDIA in consumes and FORM_MEDIA not in consumes):
            media_type = MULTIPART_MEDIA
        else:
            media_type = FORM_MEDIA
        self.origins[converted_pointer] = form[0][1]
        return {
            "content": {media_type: {"schema": object_schema}},
            "required": bool(required),
        }

    def _response(self, response: Any, produces: list[str], parts: list[str]) -> Any:
        if not isinstance(response, dict):
            return response
        if "$ref" in response:
            return {"$ref": _rewrite_ref(response["$ref"])}
        result: dict[str, Any] = {"description": str(response.get("description") or "")}
        for key, value in response.items():
            if key.startswith("x-"):
                result[key] = value
        headers = response.get("headers")
        if isinstance(headers, dict) and headers:
            result["headers"] = {
                name: _header(header)
                for name, header in headers.items()
                if isinstance(header, dict)
            }
        if "schema" in response:
            schema = convert_schema(response["schema"])
            examples = _dict(response.get("examples"))
            content: dict[str, Any] = {}
            converted = pointer_from_parts(parts)
            original = (
                converted.replace("/components/responses/", "/responses/", 1)
                if converted.startswith("/components/responses/")
                else converted
            )
            for media_type in produces or [DEFAULT_MEDIA]:
                entry: dict[str, Any] = {"schema": schema}
                if media_type in examples:
                    entry["example"] = examples[media_type]
                content[media_type] = entry
                self.origins[f"{converted}/content/{escape_pointer_token(media_type)}/schema"] = (
                    f"{original}/schema"
                )
            result["content"] = content
        return result

    @staticmethod
    def _media_types(value: Any) -> list[str]:
        if not isinstance(value, list):
            return []
        return [str(v) for v in value if isinstance(v, str)]


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _inline_schema(parameter: dict[str, Any]) -> dict[str, Any]:
    """The JSON schema a 2.0 non-body parameter, header or ``items`` object describes."""
    schema: dict[str, Any] = {}
    for key in _SCHEMA_KEYWORDS:
        if key in parameter:
            schema[key] = parameter[key]
    if schema.get("type") == "file":
        schema["type"] = "string"
        schema["format"] = "binary"
    if isinstance(schema.get("items"), dict):
        schema["items"] = _inline_schema(schema["items"])
    if parameter.get("x-nullable") is True:
        schema["nullable"] = True
    return schema


def _header(header: dict[str, Any]) -> dict[str, Any]:
    result: dict[str, Any] = {"schema": _inline_schema(header)}
    if header.get("description"):
        result["description"] = header["description"]
    return result


def _style(parameter: dict[str, Any]) -> tuple[str, bool] | None:
    if parameter.get("type") != "array":
        return None
    location = parameter.get("in")
    collection = parameter.get("collectionFormat", "csv")
    if collection == "multi":
        return "form", True
    if location in ("path", "header"):
        return "simple", False
    if collection == "ssv":
        return "spaceDelimited", False
    if collection == "pipes":
        return "pipeDelimited", False
    # csv, and tsv which OpenAPI 3 cannot express: sent comma-separated.
    return "form", False


def _security_scheme(scheme: Any) -> Any:
    if not isinstance(scheme, dict):
        return scheme
    kind = scheme.get("type")
    result: dict[str, Any] = {k: v for k, v in scheme.items() if k.startswith("x-")}
    if scheme.get("description"):
        result["description"] = scheme["description"]
    if kind == "basic":
        result.update({"type": "http", "scheme": "basic"})
    elif kind == "apiKey":
        result.update({"type": "apiKey", "name": scheme.get("name"), "in": scheme.get("in")})
    elif kind == "oauth2":
        flow: dict[str, Any] = {"scopes": scheme.get("scopes") or {}}
        for key in ("authorizationUrl", "tokenUrl"):
            if key in scheme:
                flow[key] = scheme[key]
        name = _OAUTH_FLOWS.get(str(scheme.get("flow")), "implicit")
        result.update({"type": "oauth2", "flows": {name: flow}})
    else:
        result.update(scheme)
    return result


def _rewrite_ref(ref: Any) -> Any:
    """A reference into a moved section, moved with it; in another file too, since files
    with 2.0 sections are converted to the 3.0 layout as well (``convert_external``)."""
    if not isinstance(ref, str):
        return ref
    file_part, _, fragment = ref.partition("#")
    for old, new in _MOVED_SECTIONS.items():
        if "#" in ref and ("#" + fragment).startswith(old):
            return file_part + new + fragment[len(old) - 1 :]
    return ref


_SCHEMA_MAPS = ("properties", "patternProperties", "definitions")
_SCHEMA_LISTS = ("allOf", "anyOf", "oneOf")
_SCHEMA_SINGLES = ("items", "additionalProperties", "not")


def convert_schema(schema: Any) -> Any:
    """A 2.0 schema object as OpenAPI 3.0 writes it (a new object; nested schemas too)."""
    if isinstance(schema, list):  # tuple-style `items`
        return [convert_schema(s) for s in schema]
    if not isinstance(schema, dict):
        return schema
    result: dict[str, Any] = {}
    for key, value in schema.items():
        if key == "$ref":
            result[key] = _rewrite_ref(value)
        elif key in _SCHEMA_MAPS and isinstance(value, dict):
            result[key] = {k: convert_schema(v) for k, v in value.items()}
        elif key in _SCHEMA_LISTS and isinstance(value, list):
            result[key] = [convert_schema(v) for v in value]
        elif key in _SCHEMA_SINGLES:
            result[key] = convert_schema(value)
        elif key == "x-nullable":
            if value is True:
                result["nullable"] = True
        elif key == "discriminator" and isinstance(value, str):
            result[key] = {"propertyName": value}
        else:
            result[key] = value
    if result.get("type") == "file":
        result["type"] = "string"
        result["format"] = "binary"
    return result
