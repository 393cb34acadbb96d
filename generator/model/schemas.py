"""JSON Schemas → Python types, model classes and enums.

``SchemaTranslator.type_of`` answers "what annotation does this schema get?" and, as a side
effect, records each object and enum schema it meets as a model or enum class. Component
schemas keep their names; inline ones are named after where they appear
(``{Parent}{Property}``), so names stay stable when unrelated parts of the spec change.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from generator.model import naming, shape
from generator.model.deprecation import is_deprecated
from generator.model.report import Report
from generator.model.typeref import (
    ANY,
    FREE_OBJECT,
    ChosenUnion,
    DictOf,
    ListOf,
    Named,
    Primitive,
    Runtime,
    ShapeChoice,
    Standard,
    TagChoice,
    TypeRef,
    literal,
    union_of,
)
from generator.model.types import (
    EnumMember,
    EnumModel,
    Field,
    FieldAccess,
    Import,
    ObjectModel,
)
from generator.shared.diagnostics import GeneratorError, parts_from_pointer, pointer_from_parts
from generator.spec.loader import Document, SpecSource, external_schema_names

# Words that mark a property as a credential, so the client never prints its value.
SECRET_FIELD_NAMES = frozenset(
    {
        "access_token",
        "refresh_token",
        "client_secret",
        "code",
        "code_verifier",
        "password",
        "secret",
        "api_key",
        "id_token",
    }
)

_SCALARS = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}
# The Python type of each string format the client converts (docs/formats.md lists them).
# ``decimal`` only as a string: a JSON number with format decimal stays float, since the
# client would have to send a Decimal back as a string.
_FORMATS: dict[tuple[str, str], TypeRef] = {
    ("string", "date-time"): Standard("datetime", "datetime"),
    ("string", "date"): Standard("datetime", "date"),
    ("string", "uuid"): Standard("uuid", "UUID"),
    ("string", "decimal"): Standard("decimal", "Decimal"),
    # Base64 text on the wire, the decoded bytes in Python (RFC 4648's standard alphabet).
    ("string", "byte"): Runtime("formats", "Base64Bytes", "bytes"),
    ("string", "binary"): Primitive("bytes"),
}


@dataclass(frozen=True)
class _Member:
    """A union member as written: its schema, where it is, and its type."""

    schema: Any
    pointer: str
    type: TypeRef
    fallback_tag: str  # its tag when its type is not one class: Option1, Option2...


@dataclass(frozen=True)
class _Target:
    """A union member's schema after ``$ref``s, with its type and tag."""

    type: TypeRef
    tag: str
    schema: dict[str, Any]
    document: Document
    pointer: str


@dataclass(frozen=True)
class _Discriminator:
    """A ``discriminator`` object, with where it is (its mapping's references are relative
    to that document)."""

    property_name: str
    mapping: dict[str, str]
    document: Document
    pointer: str


@dataclass
class _Pending:
    """A class whose name is decided but whose body is still being translated."""

    class_name: naming.Identifier
    module_name: naming.Identifier


@dataclass
class SchemaTranslator:
    source: SpecSource
    class_names: naming.NameScope
    report: Report = field(default_factory=Report)
    objects: dict[str, ObjectModel] = field(default_factory=dict)
    enums: dict[str, EnumModel] = field(default_factory=dict)
    _by_location: dict[tuple[str, str], _Pending] = field(default_factory=dict)
    _component_names: dict[tuple[str, str], naming.Identifier] = field(default_factory=dict)
    _module_by_class: dict[str, str] = field(default_factory=dict)
    # Targets of the ``$ref``s being translated right now: a schema that contains itself
    # other than through a model class (``items``, ``oneOf``, ...) meets itself here.
    _resolving: set[tuple[str, str]] = field(default_factory=set)
    # Such schemas, by location: each becomes a RootModel class named for it.
    _root_models: dict[tuple[str, str], _Pending] = field(default_factory=dict)

    # -- names ---------------------------------------------------------------------------

    def reserve_components(self, document: Document) -> None:
        """Claim every component schema's name first, so inline names never take them."""
        for key in sorted(_component_schemas(document)):
            pointer = pointer_from_parts(["components", "schemas", key])
            self._component_names[(str(document.path), pointer)] = self.class_names.claim(
                naming.pascal_case(key)
            )
        # Schemas defined in other files of a split spec keep their own names too.
        for location, name in external_schema_names(self.source):
            self._component_names[location] = self.class_names.claim(naming.pascal_case(name))

    def translate_components(self, document: Document) -> None:
        schemas = _component_schemas(document)
        for key in sorted(schemas):
            pointer = pointer_from_parts(["components", "schemas", key])
            try:
                self.type_of(schemas[key], document, pointer, key)
            except GeneratorError as error:
                self.report.skip(error, f"schema {key!r} skipped")

    def _class_for(self, document: Document, pointer: str, hint: str) -> tuple[_Pending, bool]:
        """The class at this location; ``True`` when it was just created."""
        location = (str(document.path), pointer)
        if location in self._by_location:
            return self._by_location[location], False
        name = self._component_names.get(location) or self.class_names.claim(
            naming.pascal_case(hint)
        )
        pending = _Pending(name, naming.Identifier(naming.snake_case(name, "model")))
        self._by_location[location] = pending
        self._module_by_class[name] = pending.module_name
        return pending, True

    # -- types ---------------------------------------------------------------------------

    def resolve(
        self, schema: dict[str, Any], document: Document, pointer: str
    ) -> tuple[dict[str, Any], Document, str]:
        """Follow ``$ref`` chains to the schema they name."""
        seen: set[tuple[str, str]] = set()
        while isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
            document, pointer, schema = self.source.resolve_ref(
                schema["$ref"], document, pointer + "/$ref"
            )
            if (str(document.path), pointer) in seen:
                raise GeneratorError([document.diagnostic("$ref cycle with no schema", pointer)])
            seen.add((str(document.path), pointer))
        return schema, document, pointer

    def resolve_plain(self, schema: dict[str, Any], document: Document) -> dict[str, Any]:
        """The schema a ``$ref`` names, for reading keywords (description, example...).

        A broken reference gives ``{}``: ``type_of`` is the one place that reports it.
        """
        try:
            return shape.mapping(self.resolve(schema, document, "")[0])
        except GeneratorError:
            return {}

    def resolve_plain_for(self, document: Document) -> Callable[[dict[str, Any]], dict[str, Any]]:
        return lambda schema: self.resolve_plain(schema, document)

    def type_of(self, schema: Any, document: Document, pointer: str, hint: str) -> TypeRef:
        if schema is True or schema == {} or not isinstance(schema, dict):
            return ANY
        if "$ref" in schema:
            if not isinstance(schema["$ref"], str):
                problem = document.diagnostic("$ref is not a string", f"{pointer}/$ref")
                self.report.skip(GeneratorError([problem]), "typed Any")
                return ANY
            try:
                target, target_doc, target_pointer = self.resolve(schema, document, pointer)
            except GeneratorError as error:
                self.report.skip(error, "typed Any")
                return ANY
            location = (str(target_doc.path), target_pointer)
            name = self._component_names.get(location, hint)
            if location in self._resolving and location not in self._by_location:
                # The schema contains itself through items, oneOf or additionalProperties
                # (a tree, a JSON value): it becomes a RootModel class, whose name stops
                # the recursion as a model class's name does.
                self._root_models[location] = self._class_for(target_doc, target_pointer, name)[0]
            if location in self._root_models:
                info = _class_type(self._root_models[location])
            else:
                self._resolving.add(location)
                try:
                    info = self.type_of(target, target_doc, target_pointer, name)
                finally:
                    self._resolving.discard(location)
                if location in self._root_models:
                    info = self._root_model(location, target, target_pointer, info)
            return info.or_none() if schema.get("nullable") is True else info
        info = self._type_of_unreferenced(schema, document, pointer, hint)
        if _is_nullable(schema):
            info = info.or_none()
        return info

    def _type_of_unreferenced(
        self, schema: dict[str, Any], document: Document, pointer: str, hint: str
    ) -> TypeRef:
        kinds = _types(schema)
        if "enum" in schema and isinstance(schema["enum"], list):
            return self._enum(schema, document, pointer, hint)
        if "const" in schema and isinstance(schema["const"], (str, int, bool)):
            return literal(schema["const"])
        for combinator in ("oneOf", "anyOf"):
            if isinstance(schema.get(combinator), list):
                return self._union(schema, combinator, document, pointer, hint)
        if isinstance(schema.get("allOf"), list):
            members = schema["allOf"]
            if len(members) == 1 and not schema.get("properties"):
                return self.type_of(members[0], document, f"{pointer}/allOf/0", hint)
            return self._object(schema, document, pointer, hint)
        # `properties` make an object only when no `type` says otherwise: thesmsworks.co.uk's
        # `type: array` with `properties` beside its items was a model (verify on the corpus).
        if "object" in kinds or ("properties" in schema and not kinds):
            if schema.get("properties") or schema.get("allOf"):
                return self._object(schema, document, pointer, hint)
            extra = schema.get("additionalProperties")
            if isinstance(extra, dict) and extra:
                value = self.type_of(
                    extra, document, f"{pointer}/additionalProperties", f"{hint}Value"
                )
                return DictOf(value)
            return FREE_OBJECT
        if "array" in kinds:
            items = self.type_of(
                schema.get("items", {}), document, f"{pointer}/items", f"{hint}Item"
            )
            return ListOf(items)
        scalars = [k for k in kinds if k in _SCALARS]
        if len(scalars) == 1:
            special = _FORMATS.get((scalars[0], str(schema.get("format"))))
            return special or Primitive(_SCALARS[scalars[0]])
        if len(scalars) > 1:
            return union_of([Primitive(_SCALARS[k]) for k in scalars])
        return ANY

    def _union(
        self, schema: dict[str, Any], combinator: str, document: Document, pointer: str, hint: str
    ) -> TypeRef:
        parts: list[TypeRef] = []
        chosen: list[_Member] = []
        nullable = False
        for index, member in enumerate(schema[combinator]):
            if isinstance(member, dict) and member.get("type") == "null":
                nullable = True
                continue
            member_pointer = f"{pointer}/{combinator}/{index}"
            part = self.type_of(member, document, member_pointer, f"{hint}Option{index + 1}")
            parts.append(part)
            chosen.append(_Member(member, member_pointer, part, f"Option{index + 1}"))
        union = self._chosen_union(schema, document, pointer, chosen) or union_of(parts)
        return union.or_none() if nullable else union

    # -- choosing a union's member -------------------------------------------------------

    def _chosen_union(
        self, schema: dict[str, Any], document: Document, pointer: str, members: list[_Member]
    ) -> TypeRef | None:
        """The union of models whose member a value's tag or shape decides; None for a
        union that is not only of models (scalars, lists, enums: pydantic tells those
        apart by type)."""
        if len(members) < 2:
            return None
        targets: list[_Target] = []
        for member in members:
            try:
                target, target_doc, target_pointer = self.resolve(
                    shape.mapping(member.schema), document, member.pointer
                )
            except GeneratorError:
                return None
            if not isinstance(target, dict):
                return None
            tag = member.type.class_name or member.fallback_tag
            targets.append(_Target(member.type, tag, target, target_doc, target_pointer))
        if len({t.tag for t in targets}) != len(targets):
            return None
        options = tuple((t.tag, t.type) for t in targets)
        found = _discriminator(schema, document, pointer) or self._inherited_discriminator(targets)
        if found is not None and all(
            self._is_object_model(t) or isinstance(t.type, ChosenUnion) for t in targets
        ):
            return ChosenUnion(options, self._tag_choice(found, targets))
        if all(self._is_object_model(t) for t in targets):
            return ChosenUnion(options, ShapeChoice(tuple(self._shape(t) for t in targets)))
        return None

    def _is_object_model(self, target: _Target) -> bool:
        named = target.type
        return (
            isinstance(named, Named)
            and named.name not in self.enums
            and (str(target.document.path), target.pointer) not in self._root_models
        )

    def _inherited_discriminator(self, targets: list[_Target]) -> _Discriminator | None:
        """The discriminator every member declares itself or inherits through ``allOf``
        (the base schema of ``Cat: allOf: [Pet, ...]``), when they agree on its property."""
        found = [self._own_or_inherited(t.schema, t.document, t.pointer, set()) for t in targets]
        first = found[0]
        if first is None or any(f is None or f.property_name != first.property_name for f in found):
            return None
        return first

    def _own_or_inherited(
        self, schema: dict[str, Any], document: Document, pointer: str, seen: set[str]
    ) -> _Discriminator | None:
        own = _discriminator(schema, document, pointer)
        if own is not None or pointer in seen:
            return own
        seen.add(pointer)
        for index, member in enumerate(shape.sequence(schema.get("allOf"))):
            try:
                base, base_doc, base_pointer = self.resolve(
                    shape.mapping(member), document, f"{pointer}/allOf/{index}"
                )
            except GeneratorError:
                continue
            if isinstance(base, dict):
                inherited = self._own_or_inherited(base, base_doc, base_pointer, seen)
                if inherited is not None:
                    return inherited
        return None

    def _tag_choice(self, found: _Discriminator, targets: list[_Target]) -> TagChoice:
        """Each tag value with its member: the mapping's, then for each member the mapping
        does not name its ``const`` (or enum) value of the property, else its schema name."""
        by_location = {(str(t.document.path), t.pointer): t.tag for t in targets}
        values: dict[str, str] = {}
        for value, reference in found.mapping.items():
            if "/" not in reference and "#" not in reference:
                reference = f"#/components/schemas/{reference}"
            try:
                target_doc, target_pointer, _ = self.source.resolve_ref(
                    reference, found.document, f"{found.pointer}/discriminator/mapping"
                )
            except GeneratorError as error:
                self.report.skip(error, f"discriminator value {value!r} decodes as UnknownVariant")
                continue
            tag = by_location.get((str(target_doc.path), target_pointer))
            if tag is not None:
                values.setdefault(value, tag)
        mapped = set(values.values())
        for target in targets:
            if target.tag in mapped:
                continue
            constants = self._constants(target).get(found.property_name)
            name = _component_name(target.pointer)
            for value in constants or ((name,) if name else ()):
                if isinstance(value, (str, int)) and not isinstance(value, bool):
                    values.setdefault(str(value), target.tag)
        nested = tuple(
            (name, t.tag)
            for t in targets
            if isinstance(t.type, ChosenUnion)
            for name in sorted(t.type.classes)
        )
        return TagChoice(found.property_name, tuple(values.items()), nested)

    def _properties(self, target: _Target) -> tuple[dict[str, tuple[Any, Document, str]], set[str]]:
        # Read for the choice only: problems in them are reported where the class is built.
        report, self.report = self.report, Report()
        try:
            return self._collect_properties(target.schema, target.document, target.pointer)
        finally:
            self.report = report

    def _constants(self, target: _Target) -> dict[str, tuple[Any, ...]]:
        """The values each property with a ``const`` or a scalar ``enum`` allows."""
        properties, _ = self._properties(target)
        constants: dict[str, tuple[Any, ...]] = {}
        for wire_name, (prop, prop_doc, _) in properties.items():
            resolved = self.resolve_plain(prop, prop_doc) if isinstance(prop, dict) else {}
            if isinstance(resolved.get("const"), (str, int, bool)):
                constants[wire_name] = (resolved["const"],)
            elif isinstance(resolved.get("enum"), list):
                allowed = tuple(v for v in resolved["enum"] if isinstance(v, (str, int, bool)))
                if allowed:
                    constants[wire_name] = allowed
        return constants

    def _shape(
        self, target: _Target
    ) -> tuple[str, tuple[str, ...], tuple[tuple[str, tuple[Any, ...]], ...]]:
        properties, required = self._properties(target)
        return (
            target.tag,
            tuple(name for name in properties if name in required),
            tuple(self._constants(target).items()),
        )

    # -- classes -------------------------------------------------------------------------

    def _root_model(
        self, location: tuple[str, str], schema: Any, pointer: str, root: TypeRef
    ) -> TypeRef:
        """Record the RootModel class of a schema that contains itself; its type."""
        pending = self._root_models[location]
        schema = shape.mapping(schema)
        description = schema.get("description") or schema.get("title")
        classes = sorted(root.classes - {pending.class_name})
        imports = [Import(f".{self._module_of(name)}", name) for name in classes]
        imports += [_std_import(module) for module in sorted(root.modules | {"pydantic.RootModel"})]
        self.objects[pending.class_name] = ObjectModel(
            class_name=pending.class_name,
            module_name=pending.module_name,
            description=_text(description),
            fields=(),
            imports=tuple(imports),
            deprecated=is_deprecated(schema),
            source=pointer,
            root_type=root,
        )
        return _class_type(pending)

    def _enum(self, schema: dict[str, Any], document: Document, pointer: str, hint: str) -> TypeRef:
        values = [v for v in schema["enum"] if v is not None]
        kinds = {type(v) for v in values}
        if not values or not (kinds <= {str} or kinds <= {int}):
            # Mixed or unusual enums stay plain values rather than an enum class.
            return ANY
        pending, created = self._class_for(document, pointer, hint)
        if created:
            names = schema.get("x-enum-varnames")
            descriptions = _enum_descriptions(schema)
            scope = naming.NameScope({"name", "value"})
            members = []
            for index, value in enumerate(values):
                wanted = (
                    names[index] if isinstance(names, list) and index < len(names) else str(value)
                )
                member = scope.claim(naming.constant_case(str(wanted)))
                members.append(EnumMember(member, value, descriptions.get(str(value), "")))
            self.enums[pending.class_name] = EnumModel(
                class_name=pending.class_name,
                module_name=pending.module_name,
                base="str" if kinds <= {str} else "int",
                description=_text(schema.get("description")),
                members=tuple(members),
                source=pointer,
            )
        return Named(pending.class_name, pending.module_name)

    def _object(
        self, schema: dict[str, Any], document: Document, pointer: str, hint: str
    ) -> TypeRef:
        pending, created = self._class_for(document, pointer, hint)
        if created:
            try:
                model = self._object_model(pending, schema, document, pointer)
            except GeneratorError as error:
                # Lenient: the class keeps its name (other annotations may use it already),
                # without fields; as every model, it keeps whatever fields come.
                self.report.skip(error, f"fields of {pending.class_name} skipped")
                model = self._object_model(pending, {}, document, pointer)
            self.objects[pending.class_name] = model
        return Named(pending.class_name, pending.module_name)

    def _object_model(
        self, pending: _Pending, schema: dict[str, Any], document: Document, pointer: str
    ) -> ObjectModel:
        properties, required = self._collect_properties(schema, document, pointer)
        scope = naming.NameScope()
        fields: list[Field] = []
        classes: set[str] = set()
        modules: set[str] = set()
        for wire_name, (prop, prop_doc, prop_pointer) in properties.items():
            hint = f"{pending.class_name}{naming.pascal_case(wire_name, 'Field')}"
            info = self.type_of(prop, prop_doc, prop_pointer, hint)
            resolved = self.resolve_plain(prop, prop_doc) if isinstance(prop, dict) else {}
            access = _access(prop, resolved)
            # The same class is a request body and an answer: one side never has the field.
            is_required = wire_name in required and access is None
            if not is_required:
                info = info.or_none()
            classes |= info.classes
            modules |= info.modules
            py_name = scope.claim(_unshadowed(naming.field_name(wire_name)))
            deprecated = is_deprecated(prop) or is_deprecated(resolved)
            fields.append(
                Field(
                    py_name=py_name,
                    wire_name=wire_name,
                    type=info,
                    required=is_required,
                    default=None if is_required else "None",
                    description=_text(_first(prop, resolved, "description")),
                    deprecated=deprecated,
                    secret=_is_secret(wire_name, prop, resolved),
                    deprecation_note=f"{py_name} is deprecated." if deprecated else None,
                    access=access,
                    required_by_spec=wire_name in required,
                )
            )
        classes.discard(pending.class_name)
        if any(f.py_name != f.wire_name or f.deprecated for f in fields):
            modules.add("pydantic.Field")
        imports = [Import(f".{self._module_of(name)}", name) for name in sorted(classes)]
        imports += [_std_import(module) for module in sorted(modules)]
        return ObjectModel(
            class_name=pending.class_name,
            module_name=pending.module_name,
            description=_text(schema.get("description") or schema.get("title")),
            fields=tuple(fields),
            imports=tuple(imports),
            deprecated=is_deprecated(schema),
            source=pointer,
        )

    def _collect_properties(
        self, schema: dict[str, Any], document: Document, pointer: str
    ) -> tuple[dict[str, tuple[Any, Document, str]], set[str]]:
        """Own properties plus those of every ``allOf`` member, in order of appearance."""
        properties: dict[str, tuple[Any, Document, str]] = {}
        required = {n for n in shape.sequence(schema.get("required")) if isinstance(n, str)}
        for index, member in enumerate(shape.sequence(schema.get("allOf"))):
            member_pointer = f"{pointer}/allOf/{index}"
            try:
                if isinstance(member, dict) and not isinstance(member.get("$ref", ""), str):
                    problem = document.diagnostic("$ref is not a string", f"{member_pointer}/$ref")
                    raise GeneratorError([problem])
                member_schema, member_doc, member_pointer = self.resolve(
                    member, document, member_pointer
                )
            except GeneratorError as error:
                # Lenient: the member adds no fields; the model still accepts any field.
                self.report.skip(error, "allOf member skipped")
                continue
            if isinstance(member_schema, dict):
                more, more_required = self._collect_properties(
                    member_schema, member_doc, member_pointer
                )
                properties.update(more)
                required |= more_required
        for key, value in shape.mapping(schema.get("properties")).items():
            properties[key] = (
                value,
                document,
                pointer_from_parts([*_parts(pointer), "properties", key]),
            )
        return properties, required

    def _module_of(self, class_name: str) -> str:
        return self._module_by_class[class_name]


# Names that field annotations use: pydantic evaluates annotations in the class body, where
# a field called ``list`` or ``datetime`` would hide the builtin or module (verify found
# izettle.com's ``uuid: uuid.UUID | None`` failing to import on the corpus).
_ANNOTATION_NAMES = frozenset(
    {
        *("list", "dict", "str", "int", "float", "bool", "bytes", "set", "frozenset"),
        *("tuple", "type", "object"),
        *("datetime", "uuid", "decimal", "typing"),
    }
)


def _unshadowed(name: str) -> str:
    return f"{name}_" if name in _ANNOTATION_NAMES else name


def _parts(pointer: str) -> list[str]:
    return parts_from_pointer(pointer)


def _types(schema: dict[str, Any]) -> list[str]:
    kind = schema.get("type")
    if isinstance(kind, list):
        return [k for k in kind if isinstance(k, str)]
    return [kind] if isinstance(kind, str) else []


def _is_nullable(schema: dict[str, Any]) -> bool:
    return schema.get("nullable") is True or "null" in _types(schema)


def _first(schema: Any, resolved: dict[str, Any], key: str) -> Any:
    if isinstance(schema, dict) and key in schema:
        return schema[key]
    return resolved.get(key)


def _is_secret(name: str, schema: Any, resolved: dict[str, Any]) -> bool:
    is_string = "string" in _types(resolved) and "enum" not in resolved
    return (
        (is_string and name.lower() in SECRET_FIELD_NAMES)
        or _first(schema, resolved, "format") == "password"
        or bool(_first(schema, resolved, "writeOnly"))
    )


def _access(schema: Any, resolved: dict[str, Any]) -> FieldAccess | None:
    if _first(schema, resolved, "readOnly") is True:
        return "read_only"
    if _first(schema, resolved, "writeOnly") is True:
        return "write_only"
    return None


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _enum_descriptions(schema: dict[str, Any]) -> dict[str, str]:
    elements = schema.get("x-enum-elements") or schema.get("x-enum-descriptions")
    if isinstance(elements, list):
        return {
            str(e.get("name")): _text(e.get("description")) for e in elements if isinstance(e, dict)
        }
    if isinstance(elements, dict):
        return {str(k): _text(v) for k, v in elements.items()}
    return {}


def _discriminator(
    schema: dict[str, Any], document: Document, pointer: str
) -> _Discriminator | None:
    found = schema.get("discriminator")
    if not isinstance(found, dict) or not isinstance(found.get("propertyName"), str):
        return None
    mapping = {
        str(value): target
        for value, target in shape.mapping(found.get("mapping")).items()
        if isinstance(target, str)
    }
    return _Discriminator(found["propertyName"], mapping, document, pointer)


def _component_name(pointer: str) -> str | None:
    """``Cat`` for ``/components/schemas/Cat`` (a discriminator's implicit value)."""
    parts = _parts(pointer)
    return parts[2] if len(parts) == 3 and parts[:2] == ["components", "schemas"] else None


def _class_type(pending: _Pending) -> TypeRef:
    return Named(pending.class_name, pending.module_name)


def _component_schemas(document: Document) -> dict[str, Any]:
    return shape.mapping(shape.mapping(document.data.get("components")).get("schemas"))


def _std_import(module: str) -> Import:
    package, _, name = module.rpartition(".")
    return Import(package, name) if package else Import("", module)
