"""Python types as a tree: what a schema's value is, rendered to text in this module only.

``SchemaTranslator.type_of`` builds these; templates and later stages read
``.annotation`` (the Python type expression, valid in the module that imports
``.classes`` and ``.modules``) and ``.doc`` (the type as the docs show it). Nothing
parses those texts back: a question about a type (its union members, the classes it
names, whether it may be ``None``) is answered by the tree.

The texts are the ones the generator has always written, so output stays byte for byte:
a literal's doc is the bare value (``"card"``), an optional's doc leaves out ``None``,
and a union's doc is its annotation.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from generator.shared.literals import python_literal


@dataclass(frozen=True)
class TypeRef:
    """A Python type as a tree. The nodes: Primitive (str, int, float, bool, bytes),
    Named (a model or enum class, with its module), Standard (datetime.date...), Runtime
    (the runtime's Base64Bytes), ListOf,
    DictOf, LiteralOf, Union, Optional (``T | None``), AnyRef and NoneRef. In a template,
    ``{{ field.type }}`` writes the annotation."""

    @property
    def annotation(self) -> str:
        """The Python type expression, e.g. ``list[Pet] | None``."""
        raise NotImplementedError

    @property
    def doc(self) -> str:
        """The type as docs show it: an optional's without ``None``, a literal's bare."""
        return self.annotation

    @property
    def classes(self) -> frozenset[str]:
        """Model and enum classes the annotation names (imported from ``models``)."""
        return frozenset()

    @property
    def modules(self) -> frozenset[str]:
        """Standard imports the annotation needs: ``datetime``, ``typing.Any``."""
        return frozenset()

    @property
    def members(self) -> tuple[TypeRef, ...]:
        """Top-level union members (``None`` included); a non-union is its own member."""
        return (self,)

    @property
    def is_union(self) -> bool:
        """Whether the annotation is ``A | B`` at its top level."""
        return len(self.members) > 1

    @property
    def nullable(self) -> bool:
        """Whether ``None`` is one of the top-level members."""
        return any(isinstance(m, NoneRef) for m in self.members)

    @property
    def class_name(self) -> str | None:
        """The class when the annotation is exactly one model or enum class, else None."""
        return None

    def or_none(self) -> TypeRef:
        """This type, accepting ``None`` too."""
        return Optional(self)

    def __str__(self) -> str:
        return self.annotation


class Typed:
    """A part of the model that has a Python type (a field, a parameter, a body, a method
    argument): its annotation and doc text, both from the tree."""

    type: TypeRef

    @property
    def annotation(self) -> str:
        """The full annotation, ``| None`` included when optional or nullable."""
        return self.type.annotation

    @property
    def doc_type(self) -> str:
        """The type as docs show it, e.g. "list[Error]"."""
        return self.type.doc


@dataclass(frozen=True)
class Primitive(TypeRef):
    """A builtin: ``str``, ``int``, ``float``, ``bool``, ``bytes``."""

    name: str

    @property
    def annotation(self) -> str:
        return self.name


@dataclass(frozen=True)
class NoneRef(TypeRef):
    @property
    def annotation(self) -> str:
        return "None"

    def or_none(self) -> TypeRef:
        return self


@dataclass(frozen=True)
class AnyRef(TypeRef):
    """Any JSON value: the schema says nothing the client could check."""

    @property
    def annotation(self) -> str:
        return "Any"

    @property
    def modules(self) -> frozenset[str]:
        return frozenset({"typing.Any"})

    def or_none(self) -> TypeRef:
        return self


@dataclass(frozen=True)
class Named(TypeRef):
    """A generated model or enum class, defined in ``models/{module}.py``."""

    name: str
    module: str

    @property
    def annotation(self) -> str:
        return self.name

    @property
    def classes(self) -> frozenset[str]:
        return frozenset({self.name})

    @property
    def class_name(self) -> str | None:
        return self.name


@dataclass(frozen=True)
class Standard(TypeRef):
    """A standard-library type written through its module, e.g. ``datetime.date``."""

    module: str  # imported as ``import {module}``
    name: str  # the attribute, e.g. date

    @property
    def annotation(self) -> str:
        return f"{self.module}.{self.name}"

    @property
    def modules(self) -> frozenset[str]:
        return frozenset({self.module})


@dataclass(frozen=True)
class Runtime(TypeRef):
    """A type the generated package's runtime defines in ``_core/{module}.py``, e.g.
    ``Base64Bytes`` (``bytes`` in Python, base64 text on the wire)."""

    module: str  # e.g. formats
    name: str  # e.g. Base64Bytes
    python_type: str  # what the value is in Python, for docs: bytes

    @property
    def annotation(self) -> str:
        return self.name

    @property
    def doc(self) -> str:
        return self.python_type

    @property
    def modules(self) -> frozenset[str]:
        # Relative to models/ and apis/, the two folders whose modules use it.
        return frozenset({f".._core.{self.module}.{self.name}"})


@dataclass(frozen=True)
class Spelled(TypeRef):
    """A type the generated package or one of its libraries defines, written as given
    (``httpx.Timeout``, ``Mapping[str, QueryValue]``): the per-call options' types. Never a
    union; its imports are the template's, not the model's."""

    text: str

    @property
    def annotation(self) -> str:
        return self.text


@dataclass(frozen=True)
class ListOf(TypeRef):
    item: TypeRef

    @property
    def annotation(self) -> str:
        return f"list[{self.item.annotation}]"

    @property
    def doc(self) -> str:
        return f"list[{self.item.doc}]"

    @property
    def classes(self) -> frozenset[str]:
        return self.item.classes

    @property
    def modules(self) -> frozenset[str]:
        return self.item.modules


@dataclass(frozen=True)
class DictOf(TypeRef):
    """A JSON object with string keys and values of one type."""

    value: TypeRef

    @property
    def annotation(self) -> str:
        return f"dict[str, {self.value.annotation}]"

    @property
    def doc(self) -> str:
        return f"dict[str, {self.value.doc}]"

    @property
    def classes(self) -> frozenset[str]:
        return self.value.classes

    @property
    def modules(self) -> frozenset[str]:
        return self.value.modules


@dataclass(frozen=True)
class LiteralOf(TypeRef):
    """One constant value (``const``)."""

    value: str | int | bool

    @property
    def annotation(self) -> str:
        return f"Literal[{self.doc}]"

    @property
    def doc(self) -> str:
        # Written as black writes it (double quotes), so black has nothing to change.
        return python_literal(self.value)

    @property
    def modules(self) -> frozenset[str]:
        return frozenset({"typing.Literal"})


@dataclass(frozen=True)
class Union(TypeRef):
    """``A | B``: ``oneOf``, ``anyOf`` or several scalar types. Members are flat (no
    member is a union) and distinct; a union of one member is that member, written as
    a union's doc (its annotation)."""

    options: tuple[TypeRef, ...]

    @property
    def annotation(self) -> str:
        return " | ".join(m.annotation for m in self.options)

    @property
    def classes(self) -> frozenset[str]:
        return frozenset().union(*(m.classes for m in self.options))

    @property
    def modules(self) -> frozenset[str]:
        return frozenset().union(*(m.modules for m in self.options))

    @property
    def members(self) -> tuple[TypeRef, ...]:
        return self.options

    @property
    def class_name(self) -> str | None:
        return self.options[0].class_name if len(self.options) == 1 else None

    def or_none(self) -> TypeRef:
        return self if self.nullable else Optional(self)


@dataclass(frozen=True)
class Optional(TypeRef):
    """``T | None``: a value that may be left out or null. Its doc is ``T``'s."""

    inner: TypeRef

    def __post_init__(self) -> None:
        if self.inner.nullable or isinstance(self.inner, AnyRef):
            raise ValueError(f"{self.inner.annotation} already accepts None")

    @property
    def annotation(self) -> str:
        return f"{self.inner.annotation} | None"

    @property
    def doc(self) -> str:
        return self.inner.doc

    @property
    def classes(self) -> frozenset[str]:
        return self.inner.classes

    @property
    def modules(self) -> frozenset[str]:
        return self.inner.modules

    @property
    def members(self) -> tuple[TypeRef, ...]:
        return (*self.inner.members, NONE)

    def or_none(self) -> TypeRef:
        return self


@dataclass(frozen=True)
class TagChoice:
    """The spec's discriminator: the value of ``property_name`` names the member."""

    property_name: str  # the wire name of the discriminating property
    values: tuple[tuple[str, str], ...]  # each tag value on the wire, with its member's tag
    # The tag of each class inside a nested union member, for a model the caller built
    # (a member that is one class is tagged by its class name already); () when none.
    nested_classes: tuple[tuple[str, str], ...] = ()

    @property
    def call(self) -> str:
        arguments = [python_literal(self.property_name), python_literal(self.values)]
        if self.nested_classes:
            arguments.append(python_literal(self.nested_classes))
        return f"by_tag({', '.join(arguments)})"


@dataclass(frozen=True)
class ShapeChoice:
    """No discriminator: the member whose required properties are present and whose
    constant (or enum) properties hold one of their values; the most specific one wins."""

    # Per member: its tag, its required wire names, and (wire name, allowed values) of
    # each property with a ``const`` or an ``enum``.
    members: tuple[tuple[str, tuple[str, ...], tuple[tuple[str, tuple[Any, ...]], ...]], ...]

    @property
    def call(self) -> str:
        return f"by_shape({python_literal(self.members)})"


# The tag of the member a value gets when no member fits (the runtime's UNKNOWN).
UNKNOWN_TAG = "unknown"
UNKNOWN_CLASS = "UnknownVariant"


@dataclass(frozen=True)
class ChosenUnion(TypeRef):
    """A union of models whose member is decided by ``choice``, never by trying members in
    order: pydantic's ``Annotated[A | B, Discriminator(...)]``, each member tagged, plus
    the runtime's ``UnknownVariant`` for values no member fits. Not flattened into an
    enclosing union: a nested union keeps its own choice."""

    options: tuple[tuple[str, TypeRef], ...]  # each member's tag and type
    choice: TagChoice | ShapeChoice

    @property
    def annotation(self) -> str:
        tagged = [
            f"Annotated[{member.annotation}, Tag({python_literal(tag)})]"
            for tag, member in (*self.options, (UNKNOWN_TAG, _UNKNOWN))
        ]
        return f"Annotated[{' | '.join(tagged)}, Discriminator({self.choice.call})]"

    @property
    def doc(self) -> str:
        return " | ".join(member.doc for _, member in (*self.options, (UNKNOWN_TAG, _UNKNOWN)))

    @property
    def classes(self) -> frozenset[str]:
        return frozenset().union(*(member.classes for _, member in self.options))

    @property
    def modules(self) -> frozenset[str]:
        helper = "by_tag" if isinstance(self.choice, TagChoice) else "by_shape"
        own = {
            "typing.Annotated",
            "pydantic.Discriminator",
            "pydantic.Tag",
            f".._core.unions.{UNKNOWN_CLASS}",
            f".._core.unions.{helper}",
        }
        return frozenset(own).union(*(member.modules for _, member in self.options))


ANY = AnyRef()
NONE = NoneRef()
FREE_OBJECT = DictOf(ANY)  # dict[str, Any]
_UNKNOWN = Spelled(UNKNOWN_CLASS)


def union_of(parts: list[TypeRef] | tuple[TypeRef, ...]) -> TypeRef:
    """The union of ``parts``: their members flattened, each once, in order; ``Any`` when
    one of them is ``Any`` or nothing is left."""
    options: list[TypeRef] = []
    seen: set[str] = set()
    for part in parts:
        for member in part.members:
            if member.annotation not in seen:
                seen.add(member.annotation)
                options.append(member)
    if not options or any(isinstance(m, AnyRef) for m in options):
        return ANY
    return Union(tuple(options))


def non_null(ref: TypeRef) -> TypeRef:
    """``ref`` without the ``| None`` an optional value adds."""
    return ref.inner if isinstance(ref, Optional) else ref


def literal(value: Any) -> LiteralOf:
    if not isinstance(value, (str, int, bool)):
        raise TypeError(f"no Literal of {value!r}")
    return LiteralOf(value)


def walk(ref: TypeRef) -> Iterator[TypeRef]:
    """``ref`` and every type inside it, depth first."""
    yield ref
    if isinstance(ref, ListOf):
        yield from walk(ref.item)
    elif isinstance(ref, DictOf):
        yield from walk(ref.value)
    elif isinstance(ref, Optional):
        yield from walk(ref.inner)
    elif isinstance(ref, Union):
        for member in ref.options:
            yield from walk(member)
    elif isinstance(ref, ChosenUnion):
        for _, member in ref.options:
            yield from walk(member)
