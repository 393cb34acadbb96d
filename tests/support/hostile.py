"""Hostile spec strings, a spec builder that puts them in every field, and the injection check.

The check is what the property test and the hand-written cases share. A generated package
passes when every ``.py`` file compiles and no spec string reaches code:

1. **No probe outside a string.** Every hostile string carries ``PROBE``, a call to the
   dunder name ``__pwned__``. The generator's sanitised identifiers never contain a double
   underscore (``naming`` joins words with single underscores and strips the rest), so an
   identifier containing ``__pwned`` anywhere in the AST (a ``Name``, an attribute, a
   function, class, argument, keyword or import name) can only be spec text that escaped
   its string literal, docstring or comment.
2. **No spec string in the code tokens.** The file's tokens minus strings and comments (the
   "code residue") must not contain any spec string that is not itself a plain identifier
   or number: those are the only spec strings that may legitimately become code.

``pyproject.toml`` must parse as TOML and hold the spec's title/description as values.
"""

from __future__ import annotations

import ast
import io
import keyword
import re
import tokenize
import tomllib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

PROBE_NAME = "__pwned__"
PROBE = f"{PROBE_NAME}()"

# Fragments that each try to end the context a string lands in: string literals of every
# quote style, docstrings, comments, Jinja blocks, TOML strings, markdown, f-strings.
BREAKOUTS = [
    '"',
    "'",
    '"""',
    "'''",
    '""""',
    "\\",
    "\\\\",
    '\\"',
    "\n",
    "\r\n",
    "\r",
    "\x00",
    "\x0b",
    "\x0c",
    "\x1b[31m",
    "\x7f",
    "\u2028",
    "\u2029",
    "\x85",
    "\ufeff",
    "\U0001f600",
    "\U00010348",
    "{{ client }}",
    "{% raw %}",
    "{% endraw %}",
    "{# x #}",
    "}}",
    "{%",
    "{",
    "}",
    "#",
    "<script>",
    "```",
    "|",
    "\t",
    ");",
    "),",
    "\n    ",
    "\nimport os\n",
    "f'{",
    "%s",
    "$(",
    "`",
    "; ",
]


def hostile_texts() -> list[str]:
    """Hand-picked hostile strings (each carries the probe) for the per-field cases."""
    return [
        f'"); {PROBE}  #',
        f"'); {PROBE}  #",
        f'""" + {PROBE} + """',
        f"''' + {PROBE} + '''",
        f'ends with quote and probe {PROBE}"',
        f"trailing backslash {PROBE} \\",
        f"newline\n{PROBE}\n",
        f"line separator\u2028{PROBE}\u2029",
        f"crlf\r\n{PROBE}\r",
        f"nul\x00{PROBE}\x1b",
        f"{{{{ {PROBE} }}}} {{% if true %}}{PROBE}{{% endif %}}",
        f"non-BMP \U0001f600 {PROBE} \U00010348",
        f"# comment\n{PROBE}",
        f"\\n\\x00\\u2028 {PROBE}",
        f'f"{{{PROBE}}}"',
        f"{PROBE}",
    ]


@dataclass(frozen=True)
class SpecStrings:
    """One hostile string per place a spec string can land (see ``build_spec``)."""

    title: str = "T"
    description: str = "D"
    version: str = "1"
    summary: str = "S"
    server_url: str = "u"
    server_description: str = "server"
    tag: str = "items"
    tag_description: str = "tag"
    operation_id: str = "op"
    path_segment: str = "p"
    path_parameter: str = "pid"
    query_parameter: str = "q"
    header_parameter: str = "H"
    parameter_description: str = "pd"
    schema_name: str = "Thing"
    schema_title: str = "Thing title"
    field: str = "f"
    field_description: str = "fd"
    enum_name: str = "Colour"
    enum_values: tuple[str, ...] = ("a", "b")
    default: str = "dflt"
    example: str = "ex"
    media_type: str = "application/json"
    response_description: str = "ok"
    security_scheme: str = "key"
    security_header: str = "X-Key"

    def all(self) -> list[str]:
        values: list[str] = []
        for value in vars(self).values():
            values.extend(value if isinstance(value, tuple) else [value])
        return values


def _path_safe(text: str) -> str:
    # Braces would declare path parameters; '/' would split segments. Everything else stays.
    return text.replace("{", "(").replace("}", ")").replace("/", "|")


def build_spec(s: SpecStrings) -> dict[str, Any]:
    """A valid OpenAPI 3.1 document with ``s``'s strings in every field that takes text."""
    enum_values = list(dict.fromkeys(s.enum_values)) or ["a"]
    # Component names are reached through $ref URIs, which cannot hold a lone surrogate.
    schema_name = _no_surrogates(s.schema_name)
    enum_name = _no_surrogates(s.enum_name)
    enum_name = enum_name if enum_name != schema_name else enum_name + "_enum"
    field = s.field
    other_field = field + "_enum"
    path_parameter = _path_safe(s.path_parameter) or "pid"
    path = f"/{_path_safe(s.path_segment)}/{{{path_parameter}}}"
    return {
        "openapi": "3.1.0",
        "info": {"title": s.title, "description": s.description, "version": s.version},
        "servers": [
            {"url": "https://example.com/" + s.server_url, "description": s.server_description}
        ],
        "tags": [{"name": s.tag, "description": s.tag_description}],
        "security": [{s.security_scheme: []}],
        "paths": {
            path: {
                "post": {
                    "operationId": s.operation_id,
                    "summary": s.summary,
                    "description": s.description,
                    "tags": [s.tag],
                    "parameters": [
                        {
                            "name": path_parameter,
                            "in": "path",
                            "required": True,
                            "description": s.parameter_description,
                            "schema": {"type": "string", "example": s.example},
                        },
                        {
                            "name": s.query_parameter,
                            "in": "query",
                            "description": s.parameter_description,
                            "schema": {"type": "string", "default": s.default},
                            "example": s.example,
                        },
                        {
                            "name": s.header_parameter,
                            "in": "header",
                            "description": s.parameter_description,
                            "schema": {"$ref": f"#/components/schemas/{_ref_token(enum_name)}"},
                        },
                    ],
                    "requestBody": {
                        "required": True,
                        "description": s.description,
                        "content": {
                            s.media_type: {
                                "schema": {
                                    "$ref": f"#/components/schemas/{_ref_token(schema_name)}"
                                },
                                "example": {field: s.example, s.example: [s.default]},
                            }
                        },
                    },
                    "responses": {
                        "200": {
                            "description": s.response_description,
                            "content": {
                                "application/json": {
                                    "schema": {
                                        "$ref": f"#/components/schemas/{_ref_token(schema_name)}"
                                    }
                                }
                            },
                        },
                        "default": {"description": s.response_description},
                    },
                }
            }
        },
        "components": {
            "securitySchemes": {
                s.security_scheme: {
                    "type": "apiKey",
                    "in": "header",
                    "name": s.security_header,
                    "description": s.description,
                }
            },
            "schemas": {
                schema_name: {
                    "title": s.schema_title,
                    "description": s.description,
                    "type": "object",
                    "required": [field],
                    "properties": {
                        field: {
                            "type": "string",
                            "description": s.field_description,
                            "default": s.default,
                            "example": s.example,
                        },
                        other_field: {
                            "$ref": f"#/components/schemas/{_ref_token(enum_name)}",
                        },
                        s.example: {"type": "integer", "default": 3, "description": s.summary},
                    },
                    "example": {field: s.example},
                },
                enum_name: {
                    "type": "string",
                    "description": s.description,
                    "enum": enum_values,
                    "default": enum_values[0],
                },
            },
        },
    }


def _no_surrogates(text: str) -> str:
    return "".join("\ufffd" if 0xD800 <= ord(c) <= 0xDFFF else c for c in text)


def _ref_token(name: str) -> str:
    """A JSON pointer token, percent-encoded as a URI fragment must be."""
    from urllib.parse import quote

    return quote(name.replace("~", "~0").replace("/", "~1"), safe="")


# -- the check -------------------------------------------------------------------------------


_IDENTIFIER_OR_NUMBER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*|[0-9][0-9_.eE+-]*")
_STRING_TOKENS = {tokenize.STRING, tokenize.COMMENT}
for _name in ("FSTRING_START", "FSTRING_MIDDLE", "FSTRING_END"):
    if hasattr(tokenize, _name):
        _STRING_TOKENS.add(getattr(tokenize, _name))


def identifiers(tree: ast.AST) -> Iterator[str]:
    """Every name the AST binds or reads: the places spec text must only reach sanitised."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Name):
            yield node.id
        elif isinstance(node, ast.Attribute):
            yield node.attr
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            yield node.name
        elif isinstance(node, ast.arg):
            yield node.arg
        elif isinstance(node, ast.keyword) and node.arg is not None:
            yield node.arg
        elif isinstance(node, ast.alias):
            yield node.name
            if node.asname:
                yield node.asname
        elif isinstance(node, ast.ImportFrom) and node.module:
            yield node.module
        elif isinstance(node, (ast.Global, ast.Nonlocal)):
            yield from node.names


def code_residue(source: str) -> str:
    """``source`` with every string literal and comment blanked out."""
    lines = source.splitlines(keepends=True)
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))
    chars = list(source)
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type not in _STRING_TOKENS:
            continue
        begin = starts[token.start[0] - 1] + token.start[1]
        end = starts[token.end[0] - 1] + token.end[1]
        chars[begin:end] = [" "] * (end - begin)
    return "".join(chars)


def may_be_code(text: str) -> bool:
    """Spec strings that may legitimately appear as code: plain identifiers and numbers."""
    return bool(_IDENTIFIER_OR_NUMBER.fullmatch(text)) or keyword.iskeyword(text)


def injection_problems(files: Iterable[tuple[str, str]], spec_strings: Iterable[str]) -> list[str]:
    """Every way the generated ``files`` (path, text) let a spec string become code."""
    strings = sorted({s for s in spec_strings if len(s) >= 3 and not may_be_code(s)})
    problems: list[str] = []
    for path, text in files:
        if path.endswith(".toml"):
            try:
                tomllib.loads(text)
            except tomllib.TOMLDecodeError as error:
                problems.append(f"{path}: not valid TOML: {error}")
            continue
        if not path.endswith(".py"):
            continue
        try:
            tree = ast.parse(text, filename=path)
            compile(tree, path, "exec")
        except SyntaxError as error:
            problems.append(f"{path}:{error.lineno}: does not compile: {error.msg}")
            continue
        for name in identifiers(tree):
            if "__pwned" in name.lower():
                problems.append(f"{path}: spec text became the identifier {name!r}")
        try:
            residue = code_residue(text)
        except (tokenize.TokenError, SyntaxError) as error:  # pragma: no cover - parsed above
            problems.append(f"{path}: cannot tokenize: {error}")
            continue
        if PROBE_NAME in residue:
            problems.append(f"{path}: the probe {PROBE_NAME} is in the code outside strings")
        for value in strings:
            if value in residue:
                problems.append(f"{path}: spec string {value!r} is in the code outside strings")
    return problems
