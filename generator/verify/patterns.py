"""Strings that match a schema's `pattern`, built by walking Python's own regex parse tree.

OpenAPI patterns are ECMA-262 regular expressions; ``python_pattern`` translates the few
constructs Python's ``re`` spells differently or lacks (``\\p{L}``, ``(?<name>``, a ``[`` in a
class), and ``matching_string`` walks the tree ``re._parser`` makes of the result: the
fewest repetitions, the first branch, the first character of a class. Lengths are then met
by taking more repetitions, and, for search patterns (JSON Schema patterns are not
anchored), by padding outside the match. Nothing random: one pattern, one string.
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass, field
from typing import Any

# The parser `re` itself uses (Python 3.11+); typeshed has no stubs for these private modules.
sre_parse: Any = importlib.import_module("re._parser")
sre: Any = importlib.import_module("re._constants")

# \p{...} classes Python's `re` lacks, as near Python classes (letters: word characters that
# are neither digits nor the underscore).
_UNICODE_CLASSES = {
    "L": r"[^\W\d_]",
    "Letter": r"[^\W\d_]",
    "Lu": "[A-Z]",
    "Uppercase_Letter": "[A-Z]",
    "Ll": "[a-z]",
    "Lowercase_Letter": "[a-z]",
    "N": r"\d",
    "Nd": r"\d",
    "Number": r"\d",
    "P": r"[!-/:-@\[-`{-~]",
    "Punctuation": r"[!-/:-@\[-`{-~]",
    "S": r"[$+<->^`|~]",
    "Z": r"\s",
    "Zs": " ",
}
# What `\p{..}` means inside a class, where a nested class cannot stand (letters, and any
# class not named here, become `\w`: a little wider, never narrower).
_UNICODE_CLASS_MEMBERS = {
    "Lu": "A-Z",
    "Uppercase_Letter": "A-Z",
    "Ll": "a-z",
    "Lowercase_Letter": "a-z",
    "N": r"\d",
    "Nd": r"\d",
    "Number": r"\d",
    "Zs": " ",
    "Z": r"\s",
}
# Characters tried, in order, where a class excludes some (negated classes, `[^...]`).
_CANDIDATES = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.~ !@$*+,;=:"
# `.` in a repetition cycles through these, so that one `.{8,}` also satisfies lookaheads
# such as "a lowercase letter, an uppercase letter, a digit and a symbol" (see `rich`).
_RICH = "aA1!"
_MAX_LENGTH = 10_000


def python_pattern(pattern: str) -> str:
    """The ECMA-262 `pattern` in Python `re` syntax (as near as the two allow)."""
    out: list[str] = []
    index = 0
    in_class = False
    while index < len(pattern):
        char = pattern[index]
        if char == "\\" and index + 1 < len(pattern):
            escape = pattern[index + 1]
            if escape in "pP" and pattern[index + 2 : index + 3] == "{":
                end = pattern.find("}", index)
                if end != -1:
                    name = pattern[index + 3 : end].split("=")[-1]
                    out.append(_unicode_class(name, negated=escape == "P", in_class=in_class))
                    index = end + 1
                    continue
            if escape == "u" and pattern[index + 2 : index + 3] == "{":
                end = pattern.find("}", index)
                if end != -1:
                    out.append(f"\\U{int(pattern[index + 3 : end], 16):08x}")
                    index = end + 1
                    continue
            if escape == "k" and pattern[index + 2 : index + 3] == "<":
                end = pattern.find(">", index)
                if end != -1:
                    out.append(f"(?P={pattern[index + 3 : end]})")
                    index = end + 1
                    continue
            if escape == "c" and index + 2 < len(pattern):
                out.append(f"\\x{ord(pattern[index + 2]) % 32:02x}")
                index += 3
                continue
            if escape == "d" and in_class:
                out.append("0-9")
            elif escape.isalpha() and escape not in "dDwWsSbBnrtfvuxkpP0":
                out.append(escape)  # ECMA identity escape (`\e` is "e"); Python refuses them
            elif escape == "v":
                out.append("\\x0b")
            elif escape == "/":
                out.append("/")
            else:
                out.append(char + escape)
            index += 2
            continue
        if in_class:
            if char == "]":
                in_class = False
            elif char == "[":
                char = "\\["  # a nested-set warning in Python; a literal `[` in ECMA
        elif char == "[":
            in_class = True
            if pattern.startswith("[^]", index):
                out.append("[\\s\\S]")  # ECMA: any character
                index += 3
                in_class = False
                continue
            if pattern.startswith("[]", index):
                out.append("(?!)")  # ECMA: no character
                index += 2
                in_class = False
                continue
            out.append(char)
            index += 1
            if pattern[index : index + 1] == "^":
                out.append("^")
                index += 1
            if pattern[index : index + 1] == "]":
                out.append("\\]")  # Python would read `[]` as a class holding `]`
                index += 1
            continue
        elif char == "(" and pattern.startswith("(?<", index) and pattern[index + 3] not in "=!":
            out.append("(?P<")
            index += 3
            continue
        elif char == "\\" and index + 1 == len(pattern):
            char = "\\\\"
        out.append(char)
        index += 1
    return "".join(out)


def _unicode_class(name: str, *, negated: bool, in_class: bool) -> str:
    if in_class:
        members = _UNICODE_CLASS_MEMBERS.get(name, r"\w")
        return r"\w" if negated else members  # the nearest a class member can say
    source = _UNICODE_CLASSES.get(name, r"\w")
    if not negated:
        return source
    if source.startswith("[^"):
        return "[" + source[2:]
    if source.startswith("["):
        return "[^" + source[1:]
    return {r"\d": r"\D", r"\s": r"\S", r"\w": r"\W", " ": "[^ ]"}.get(source, r"\W")


def compiled(pattern: str) -> re.Pattern[str] | None:
    """The ECMA `pattern` compiled by Python, or None when Python cannot read it."""
    try:
        return re.compile(python_pattern(pattern))
    except (re.error, ValueError, OverflowError, RecursionError):
        return None


def matching_string(
    pattern: str, *, min_length: int = 0, max_length: int | None = None, variant: int = 0
) -> str:
    """A string `pattern` finds a match in, of min_length..max_length characters if it can.

    `variant` > 0 gives other strings (the last class picks another member), for arrays of
    unique items. When no string fits, the best try comes back: callers check it.
    """
    regex = compiled(pattern)
    if regex is None:
        return "a" * max(min_length, 1)
    tree = sre_parse.parse(regex.pattern, regex.flags)
    # Empty strings make poor path and query values: ask for one character when allowed.
    wanted = max(min_length, 1) if max_length is None or max_length >= 1 else 0
    best = ""
    for rich in (False, True):
        candidate = _Builder(tree, wanted, variant, rich).text()
        candidate = _pad(candidate, tree, wanted)
        if max_length is not None and len(candidate) > max_length and not _anchored(tree):
            candidate = candidate[:max_length]
        if regex.search(candidate) and _fits(candidate, min_length, max_length):
            return candidate
        if not best:
            best = candidate
    return best


def _fits(text: str, min_length: int, max_length: int | None) -> bool:
    return len(text) >= min_length and (max_length is None or len(text) <= max_length)


def _anchored(tree: Any) -> bool:
    items = list(tree)
    return bool(items) and items[0] == (sre.AT, sre.AT_BEGINNING)


def _pad(text: str, tree: Any, wanted: int) -> str:
    """Make `text` `wanted` long outside the match, where the pattern is not anchored."""
    missing = wanted - len(text)
    if missing <= 0:
        return text
    items = list(tree)
    if not items or items[-1][0] is not sre.AT:
        return text + "x" * missing
    if items[0][0] is not sre.AT:
        return "x" * missing + text
    return text


@dataclass
class _Piece:
    text: str
    members: str = ""  # what a class could have put here instead (for variants)


@dataclass
class _Builder:
    """One walk of the parse tree, taking extra repetitions while the text is too short."""

    tree: Any
    wanted: int
    variant: int
    rich: bool
    pieces: list[_Piece] = field(default_factory=list)
    groups: dict[int, str] = field(default_factory=dict)
    spare: int = 0  # characters still to add through repetitions
    extend: bool = False
    rich_index: int = 0

    def text(self) -> str:
        self._walk(self.tree)
        self.spare = max(0, self.wanted - sum(len(p.text) for p in self.pieces))
        if self.spare:
            self.pieces, self.groups, self.rich_index, self.extend = [], {}, 0, True
            self._walk(self.tree)
        if self.variant:
            # The last character from a class with several members takes another member.
            for piece in reversed(self.pieces):
                if len(piece.members) > 1:
                    piece.text = piece.members[self.variant % len(piece.members)]
                    break
        return "".join(p.text for p in self.pieces)

    def _walk(self, tree: Any) -> None:
        for op, argument in tree:
            if len(self.pieces) > _MAX_LENGTH:
                return
            self._node(op, argument)

    def _node(self, op: Any, argument: Any) -> None:
        if op is sre.LITERAL:
            self.pieces.append(_Piece(chr(argument)))
        elif op is sre.NOT_LITERAL:
            self.pieces.append(_Piece(next(c for c in _CANDIDATES if ord(c) != argument)))
        elif op is sre.ANY:
            self.pieces.append(_Piece(_RICH[self.rich_index % len(_RICH)] if self.rich else "a"))
            self.rich_index += 1
        elif op is sre.IN:
            members = _class_members(argument)
            self.pieces.append(_Piece(members[:1] or "a", members))
        elif op is sre.BRANCH:
            self._walk(argument[1][0])
        elif op is sre.SUBPATTERN:
            group, _, _, inner = argument
            start = len(self.pieces)
            self._walk(inner)
            if group is not None:
                self.groups[group] = "".join(p.text for p in self.pieces[start:])
        elif op is sre.GROUPREF:
            self.pieces.append(_Piece(self.groups.get(argument, "")))
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            self._repeat(argument)
        elif op is sre.ATOMIC_GROUP:
            self._walk(argument)
        elif op is sre.GROUPREF_EXISTS:
            _, yes, no = argument
            self._walk(yes if yes is not None else no or [])
        # AT (anchors, boundaries), ASSERT and ASSERT_NOT (lookarounds): no characters.

    def _repeat(self, argument: Any) -> None:
        low, high, inner = argument
        for _ in range(min(low, _MAX_LENGTH)):
            self._walk(inner)
        if not self.extend:
            return
        limit = _MAX_LENGTH if high is sre.MAXREPEAT else high
        count = low
        while self.spare > 0 and count < limit:
            start = len(self.pieces)
            self._walk(inner)
            width = sum(len(p.text) for p in self.pieces[start:])
            if width == 0:
                break
            self.spare -= width
            count += 1


def _class_members(items: list[tuple[Any, Any]]) -> str:
    """Characters a class `[...]` matches, in a stable order (at most a few dozen)."""
    negated = bool(items) and items[0][0] is sre.NEGATE
    body = items[1:] if negated else items
    if negated:
        return "".join(c for c in _CANDIDATES if not _in_class(body, c))
    found: list[str] = []
    for op, argument in body:
        if op is sre.LITERAL:
            found.append(chr(argument))
        elif op is sre.RANGE:
            low, high = argument
            found.extend(chr(code) for code in range(low, min(high, low + 25) + 1))
        elif op is sre.CATEGORY:
            found.extend(c for c in _CANDIDATES if _in_category(argument, c))
    return "".join(dict.fromkeys(found))


def _in_class(items: list[tuple[Any, Any]], char: str) -> bool:
    for op, argument in items:
        if op is sre.LITERAL and ord(char) == argument:
            return True
        if op is sre.RANGE and argument[0] <= ord(char) <= argument[1]:
            return True
        if op is sre.CATEGORY and _in_category(argument, char):
            return True
    return False


_CATEGORIES = {
    sre.CATEGORY_DIGIT: re.compile(r"\d"),
    sre.CATEGORY_NOT_DIGIT: re.compile(r"\D"),
    sre.CATEGORY_WORD: re.compile(r"\w"),
    sre.CATEGORY_NOT_WORD: re.compile(r"\W"),
    sre.CATEGORY_SPACE: re.compile(r"\s"),
    sre.CATEGORY_NOT_SPACE: re.compile(r"\S"),
}


def _in_category(category: Any, char: str) -> bool:
    checker = _CATEGORIES.get(category)
    return checker is not None and checker.fullmatch(char) is not None
