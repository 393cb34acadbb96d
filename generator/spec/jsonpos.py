"""Positions in JSON text, found with JSON's own grammar.

YAML reads most JSON, but not all of it the same way: it refuses surrogate-pair escapes
(``"\\ud83d\\ude00"``, as ``json.dumps`` writes an emoji), C1 control characters and keys
longer than 1,024 characters, and it counts a raw U+2028, U+2029 or U+0085 as a line break,
which moves every later line. So JSON documents are located here instead: ``JsonIndex``
walks only the containers on a pointer's path, skipping sibling values with the C decoder,
and remembers each container it has opened, so many lookups cost about one parse.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from collections.abc import Callable, Iterable
from typing import Any

_WHITESPACE = re.compile(r"[ \t\n\r]*")
# The C decoder's string and value scanners (not in the type stubs): (text, offset) ->
# (value, offset after it).
scanstring: Callable[[str, int], tuple[str, int]] = json.decoder.scanstring  # type: ignore[attr-defined]
_scan_value: Callable[[str, int], tuple[Any, int]] = json.JSONDecoder().scan_once  # type: ignore[attr-defined]


def _skip(text: str, offset: int) -> int:
    return _WHITESPACE.match(text, offset).end()  # type: ignore[union-attr]


class JsonIndex:
    """Character offsets of the values of one JSON text."""

    def __init__(self, text: str) -> None:
        self.text = text
        # container offset -> its children's offsets (by key, or by index)
        self._children: dict[int, dict[str, int] | list[int]] = {}

    def offset(self, parts: Iterable[str]) -> int:
        """Where the value named by ``parts`` starts, or its nearest existing parent.

        Raises ``ValueError`` when the text is not JSON.
        """
        at = _skip(self.text, 0)
        for token in parts:
            children = self.children(at)
            if isinstance(children, dict):
                found = children.get(token)
            elif token.isdigit() and int(token) < len(children):
                found = children[int(token)]
            else:
                found = None
            if found is None:
                break
            at = found
        return at

    def children(self, at: int) -> dict[str, int] | list[int]:
        if at not in self._children:
            self._children[at] = self._read_children(at)
        return self._children[at]

    def _read_children(self, at: int) -> dict[str, int] | list[int]:
        text = self.text
        opening = text[at : at + 1]
        if opening not in ("{", "["):
            return []
        by_key: dict[str, int] = {}
        by_index: list[int] = []
        closing = "}" if opening == "{" else "]"
        offset = _skip(text, at + 1)
        if text[offset : offset + 1] == closing:
            return by_key if opening == "{" else by_index
        try:
            while True:
                if opening == "{":
                    if text[offset] != '"':
                        raise ValueError(f"expected a key at {offset}")
                    key, offset = scanstring(text, offset + 1)
                    offset = _skip(text, offset)
                    if text[offset] != ":":
                        raise ValueError(f"expected ':' at {offset}")
                    offset = _skip(text, offset + 1)
                    by_key[key] = offset  # the last of duplicate keys, as json.loads keeps
                else:
                    by_index.append(offset)
                _, offset = _scan_value(text, offset)
                offset = _skip(text, offset)
                if text[offset] == ",":
                    offset = _skip(text, offset + 1)
                elif text[offset] == closing:
                    break
                else:
                    raise ValueError(f"expected ',' or {closing!r} at {offset}")
        except (StopIteration, IndexError) as error:
            raise ValueError(f"not JSON near {offset}") from error
        return by_key if opening == "{" else by_index


def duplicate_keys(text: str) -> list[tuple[str, int, int]]:
    """(key, first offset, repeated offset) of every key repeated in an object, in text
    order. Only for text that ``json.loads`` accepted; walks it once, without recursion."""
    found: list[tuple[str, int, int]] = []
    objects: list[dict[str, int] | None] = []  # open containers: keys seen, None for a list
    offset = _skip(text, 0)
    want_value = True
    while True:
        if want_value:
            char = text[offset]
            if char in "{[":
                offset = _skip(text, offset + 1)
                if text[offset] in "}]":
                    offset += 1
                else:
                    objects.append({} if char == "{" else None)
                    if char == "{":
                        offset = _read_key(text, offset, objects[-1], found)  # type: ignore[arg-type]
                    continue
            elif char == '"':
                _, offset = scanstring(text, offset + 1)
            else:
                _, offset = _scan_value(text, offset)
            want_value = False
        offset = _skip(text, offset)
        if not objects:
            return found
        if text[offset] == ",":
            offset = _skip(text, offset + 1)
            keys = objects[-1]
            if keys is not None:
                offset = _read_key(text, offset, keys, found)
            want_value = True
        else:  # the closing bracket of the innermost container
            objects.pop()
            offset += 1


def _read_key(
    text: str, offset: int, keys: dict[str, int], found: list[tuple[str, int, int]]
) -> int:
    key, end = scanstring(text, offset + 1)
    if key in keys:
        found.append((key, keys[key], offset))
    else:
        keys[key] = offset
    end = _skip(text, end)
    return _skip(text, end + 1)  # past the ':'


class LineIndex:
    """1-based line and column of a character offset; only ``\\n`` ends a line."""

    def __init__(self, text: str) -> None:
        self._starts = [0] + [match.end() for match in re.finditer("\n", text)]

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect_right(self._starts, offset)
        return line, offset - self._starts[line - 1] + 1
