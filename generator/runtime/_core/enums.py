"""Enums that accept values the spec does not list.

Servers add enum values over time; a client generated from last year's spec must still read
this year's responses. An unknown value becomes a member created on the fly, so
``ErrorCode("NEW_CODE")`` works and compares equal to the string.
"""

from __future__ import annotations

from enum import Enum
from typing import Any


class OpenStrEnum(str, Enum):
    """A string enum that keeps unknown values instead of failing."""

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member

    def __str__(self) -> str:
        return str(self.value)


class OpenIntEnum(int, Enum):
    """An integer enum that keeps unknown values instead of failing."""

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if not isinstance(value, int) or isinstance(value, bool):
            return None
        member = int.__new__(cls, value)
        member._name_ = f"VALUE_{value}"
        member._value_ = value
        return member
