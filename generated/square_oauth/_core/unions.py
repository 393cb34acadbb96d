"""How a value picks the member of a union of models.

pydantic would otherwise take the first member that validates, and every generated model
validates almost anything (unknown fields are kept, enums are open). So each such union
is annotated with a callable discriminator from here, which names the member's tag:

- ``by_tag``: the spec's discriminator. The value of one property names the member.
- ``by_shape``: no discriminator. The member whose required properties are all present and
  whose constant or enum properties hold one of their values; when several fit, the one
  that checked the most.

When no member fits (a tag the spec does not list, an object no member describes, a tie),
the value becomes an ``UnknownVariant`` that keeps every field the server sent.

Both functions are cached on their (hashable) arguments, so a method evaluating its result
annotation on every call gets the same discriminator, and the same validator, each time.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from functools import cache
from typing import Any

from pydantic import BaseModel

from .model import ApiModel

UNKNOWN = "unknown"

# One member of a union chosen by shape: its tag, its required wire names, and for each
# constant or enum property its wire name and the values it allows.
ShapeMember = tuple[str, tuple[str, ...], tuple[tuple[str, tuple[Any, ...]], ...]]


class UnknownVariant(ApiModel):
    """A member of a union the client does not know: a discriminator value the spec does
    not list (a newer server), or an object that fits none of the members.

    Nothing is lost: every field the server sent is kept, in ``raw`` (and ``to_dict()``).
    """

    @property
    def raw(self) -> dict[str, Any]:
        """The object as the server sent it."""
        return dict(self.model_extra or {})


def _instance_tag(
    value: BaseModel, tags: frozenset[str], nested: dict[str, str]
) -> str:
    # A model the caller built already is a member (its class is its tag), or a member of
    # a nested union (``nested`` names that union's tag).
    name = type(value).__name__
    return name if name in tags else nested.get(name, UNKNOWN)


@cache
def by_tag(
    property_name: str,
    mapping: tuple[tuple[str, str], ...],
    nested_classes: tuple[tuple[str, str], ...] = (),
) -> Callable[[Any], str]:
    """The discriminator choosing by ``property_name``: ``mapping`` pairs each of its values
    with the tag of the member it names; ``nested_classes`` each class of a member that is
    itself a union with that member's tag."""
    tags = dict(mapping)
    known = frozenset(tags.values())
    nested = dict(nested_classes)

    def choose(value: Any) -> str:
        if isinstance(value, BaseModel):
            return _instance_tag(value, known, nested)
        if not isinstance(value, dict):
            return UNKNOWN
        found = value.get(property_name)
        if isinstance(found, enum.Enum):
            found = found.value
        return (
            tags.get(str(found), UNKNOWN) if isinstance(found, (str, int)) else UNKNOWN
        )

    return choose


@cache
def by_shape(members: tuple[ShapeMember, ...]) -> Callable[[Any], str]:
    """The discriminator choosing by required properties and constant values."""
    known = frozenset(tag for tag, _, _ in members)

    def choose(value: Any) -> str:
        if isinstance(value, BaseModel):
            return _instance_tag(value, known, {})
        if not isinstance(value, dict):
            return UNKNOWN
        scores: dict[str, int] = {}
        for tag, required, constants in members:
            if not all(name in value for name in required):
                continue
            present = [(name, allowed) for name, allowed in constants if name in value]
            if all(_plain(value[name]) in allowed for name, allowed in present):
                scores[tag] = len(required) + len(present)
        if not scores:
            return UNKNOWN
        best = max(scores.values())
        winners = [tag for tag, score in scores.items() if score == best]
        return winners[0] if len(winners) == 1 else UNKNOWN

    return choose


def _plain(value: Any) -> Any:
    return value.value if isinstance(value, enum.Enum) else value
