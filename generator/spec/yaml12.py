"""A YAML loader for specs: libyaml's speed, the YAML 1.2 core schema's types.

OpenAPI documents are YAML 1.2, but PyYAML resolves plain scalars as YAML 1.1 does: ``NO``,
``on``, ``off``, ``yes`` and ``y`` become booleans, ``012`` is octal, ``1:30`` a number of
minutes and ``2024-01-31`` a date, so that ``enum: [SE, NO, DK, FI]`` silently loses the
string ``"NO"``. ``SpecLoader`` keeps libyaml's C parser and replaces only the implicit
type resolution with the core schema's (null, bool, int, float; everything else is text).
Merge keys (``<<: *base``) stay: they are a 1.1 feature, but specs with anchors use them and
no OpenAPI key is ``<<``.

It also records duplicate keys (PyYAML keeps the last silently) and makes every mapping key
text, as JSON and OpenAPI need (``200:`` is the key ``"200"``).
"""

from __future__ import annotations

import json
import re
from typing import Any, ClassVar

import yaml
from yaml.constructor import ConstructorError

try:  # pragma: no cover - depends on how PyYAML was built
    _Base: type[yaml.SafeLoader] = yaml.CSafeLoader  # type: ignore[assignment]
except AttributeError:  # pragma: no cover
    _Base = yaml.SafeLoader
# libyaml reports a bad character by its byte offset in UTF-8; the Python parser by index.
USES_LIBYAML = _Base is not yaml.SafeLoader

MERGE_TAG = "tag:yaml.org,2002:merge"


class SpecLoader(_Base):  # type: ignore[valid-type,misc]
    """CSafeLoader with YAML 1.2 core-schema scalars and a record of duplicate keys."""

    yaml_implicit_resolvers: ClassVar[dict[Any, Any]] = {}

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        # (key, first key's mark, repeated key's mark), in the order they were met
        self.duplicates: list[tuple[str, yaml.Mark, yaml.Mark]] = []

    def construct_mapping(self, node: yaml.Node, deep: bool = False) -> dict[str, Any]:
        if not isinstance(node, yaml.MappingNode):
            raise ConstructorError(None, None, "expected a mapping", node.start_mark)
        own = sum(1 for key_node, _ in node.value if key_node.tag != MERGE_TAG)
        self.flatten_mapping(node)  # merged pairs first, then the mapping's own
        first_own = len(node.value) - own
        mapping: dict[str, Any] = {}
        seen: dict[str, yaml.Node] = {}
        for index, (key_node, value_node) in enumerate(node.value):
            key = self.construct_object(key_node, deep=deep)
            if not isinstance(key, str):
                key = _key_text(key, key_node, node)
            if index >= first_own:  # a merged key may be overridden; an own key once only
                first = seen.get(key)
                if first is None:
                    seen[key] = key_node
                else:
                    self.duplicates.append((key, first.start_mark, key_node.start_mark))
            mapping[key] = self.construct_object(value_node, deep=deep)
        return mapping


def _key_text(key: Any, key_node: yaml.Node, node: yaml.Node) -> str:
    """A mapping key as text: ``true``/``null`` as JSON writes them, a number as written."""
    if isinstance(key, bool) or key is None:
        return json.dumps(key)
    if isinstance(key_node, yaml.ScalarNode):
        return str(key_node.value)
    raise ConstructorError(
        "while constructing a mapping",
        node.start_mark,
        "found a list or mapping used as a key; keys must be text",
        key_node.start_mark,
    )


def _construct_int(loader: SpecLoader, node: yaml.ScalarNode) -> int:
    text = str(loader.construct_scalar(node))
    try:
        if text.startswith("0o"):
            return int(text[2:], 8)
        if text.startswith("0x"):
            return int(text[2:], 16)
        return int(text, 10)  # "012" is twelve in YAML 1.2
    except ValueError:
        raise ConstructorError(None, None, f"not an integer: {text!r}", node.start_mark) from None


def _construct_float(loader: SpecLoader, node: yaml.ScalarNode) -> float:
    text = str(loader.construct_scalar(node))
    special = text.lower().lstrip("+-")
    try:
        if special in (".inf", ".nan"):
            value = float(special[1:])
            return -value if text.startswith("-") else value
        return float(text)
    except ValueError:
        raise ConstructorError(None, None, f"not a number: {text!r}", node.start_mark) from None


def _construct_text(loader: SpecLoader, node: yaml.ScalarNode) -> str:
    return str(loader.construct_scalar(node))


# The core schema (YAML 1.2.2, section 10.3.2), keyed by the characters a match starts with.
SpecLoader.add_implicit_resolver(
    "tag:yaml.org,2002:null", re.compile(r"^(?:~|null|Null|NULL|)$"), ["~", "n", "N", ""]
)
SpecLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool",
    re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
    list("tTfF"),
)
SpecLoader.add_implicit_resolver(
    "tag:yaml.org,2002:int",
    re.compile(r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$"),
    list("-+0123456789"),
)
SpecLoader.add_implicit_resolver(
    "tag:yaml.org,2002:float",
    re.compile(
        r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
        r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"
    ),
    list("-+0123456789."),
)
SpecLoader.add_implicit_resolver(MERGE_TAG, re.compile(r"^(?:<<)$"), ["<"])
SpecLoader.add_constructor("tag:yaml.org,2002:int", _construct_int)
SpecLoader.add_constructor("tag:yaml.org,2002:float", _construct_float)
# An explicit ``!!timestamp`` stays text too: OpenAPI dates and times are strings.
SpecLoader.add_constructor("tag:yaml.org,2002:timestamp", _construct_text)


# YAML 1.1 (and so libyaml) also ends lines at NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR;
# YAML 1.2 reads them as text. A file that has any is parsed with each replaced by a
# private-use character it does not contain (one character for one: positions stay), and
# the loaded text gets the original back.
_ONE_ONE_BREAKS = "\u0085\u2028\u2029"


def protect_breaks(text: str) -> tuple[str, dict[str, str]]:
    """``text`` for libyaml, and which stand-in means which separator (empty: none)."""
    present = [char for char in _ONE_ONE_BREAKS if char in text]
    if not present:
        return text, {}
    stand_ins: dict[str, str] = {}
    candidate = 0xE000
    for char in present:
        while chr(candidate) in text:
            candidate += 1
        stand_ins[chr(candidate)] = char
        text = text.replace(char, chr(candidate))
        candidate += 1
    return text, stand_ins


def restore_breaks(data: Any, stand_ins: dict[str, str]) -> Any:
    """``data`` (as loaded from ``protect_breaks``'s text) with the separators back."""
    if not stand_ins:
        return data
    table = str.maketrans(stand_ins)
    pattern = re.compile("[" + "".join(stand_ins) + "]")

    def fixed(value: Any) -> Any:
        return value.translate(table) if isinstance(value, str) and pattern.search(value) else value

    root = [data]
    stack: list[Any] = [root]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            items = list(node.items())
            node.clear()
            for key, value in items:
                node[fixed(key)] = fixed(value)
            stack.extend(value for value in node.values() if isinstance(value, (dict, list)))
        elif isinstance(node, list):
            node[:] = [fixed(value) for value in node]
            stack.extend(value for value in node if isinstance(value, (dict, list)))
    return root[0]
