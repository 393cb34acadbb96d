"""What a run may be told, checked before it starts: every ``[tool.generator]`` key and
every value given on the command line.

A typo must not be silently ignored: an unknown key is an error that names the key's line
and suggests the closest known one, a value of the wrong type is an error (``lenient =
"no"`` is not true), versions are PEP 440 and package names importable. Imported by every
run, the fast path's included: only the standard library and ``packaging``'s version and
license parsers.
"""

from __future__ import annotations

import keyword
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from generator.shared.diagnostics import Diagnostic, GeneratorError
from generator.shared.options import FORMATTERS, Formatter

if TYPE_CHECKING:
    from generator.model.metadata import Author

DEFAULT_VERSION = "0.1.0"
TABLE = "[tool.generator]"

_PACKAGE_NAME = re.compile(r"[a-z_][a-z0-9_]*")
# PEP 508: letters, digits, and . _ - inside, starting and ending with a letter or digit.
_PROJECT_NAME = re.compile(r"[a-z0-9]([a-z0-9._-]*[a-z0-9])?", re.IGNORECASE)
_AUTHOR = re.compile(r"(?P<name>[^<>]*?)\s*(?:<(?P<email>[^<>\s@]+@[^<>\s@]+)>)?")
_URL_LABEL_MAX = 32  # core metadata's Project-URL label limit
_HEADER = re.compile(r"\s*\[\s*([^\[\]]+?)\s*\]\s*(#.*)?$")
_KEY = re.compile(r"""\s*(?:"([^"]+)"|'([^']+)'|([A-Za-z0-9_-]+))\s*[.=]""")
# A PEP 440 version that is already in its normal form (release numbers only, no leading
# zeros), as most are: it needs no parsing, and every run is spared importing packaging.
_NORMAL_RELEASE = re.compile(r"(?:0|[1-9][0-9]*)(?:\.(?:0|[1-9][0-9]*))*")


class Invalid(ValueError):
    """A value that a setting does not accept; the message says what it expects."""


def _text(value: Any) -> str:
    if not isinstance(value, str) or not value:
        raise Invalid(f"expected a text, got {_shown(value)}")
    return value


def _texts(value: Any) -> list[str]:
    """One text or a list of texts."""
    if isinstance(value, str) and value:
        return [value]
    if isinstance(value, list) and all(isinstance(v, str) and v for v in value):
        return list(value)
    raise Invalid(f"expected a text or a list of texts, got {_shown(value)}")


def _flag(value: Any) -> bool:
    if not isinstance(value, bool):
        raise Invalid(f"expected true or false, got {_shown(value)}")
    return value


def _formatter(value: Any) -> Formatter:
    for name in FORMATTERS:
        if value == name:
            return name
    raise Invalid(f"expected one of {', '.join(FORMATTERS)}, got {_shown(value)}")


def package_name(value: Any) -> str:
    text = _text(value)
    if not _PACKAGE_NAME.fullmatch(text):
        raise Invalid(f"{text!r} is not a lower-case Python identifier, e.g. petstore_client")
    if keyword.iskeyword(text):
        raise Invalid(f"{text!r} is a Python keyword: `import {text}` would not parse")
    return text


def project_name(value: Any) -> str:
    text = _text(value)
    if not _PROJECT_NAME.fullmatch(text):
        raise Invalid(
            f"{text!r} is not a valid distribution name (letters, digits, '.', '_' and '-', "
            "starting and ending with a letter or digit), e.g. petstore-client"
        )
    return text


def version(value: Any) -> str:
    """A PEP 440 version, in its normal form (``1.0.0-RC1`` becomes ``1.0.0rc1``)."""
    text = _text(value)
    if _NORMAL_RELEASE.fullmatch(text):
        return text
    # Imported here, as the next one: inside the command's error handling, so that a
    # missing library is one line, not a traceback at start-up.
    from packaging.version import InvalidVersion, Version

    try:
        return str(Version(text))
    except InvalidVersion:
        raise Invalid(f"{text!r} is not a PEP 440 version, e.g. 1.2.0 or 2.0.0rc1") from None


def _license(value: Any) -> str:
    from packaging.licenses import InvalidLicenseExpression, canonicalize_license_expression

    text = _text(value)
    try:
        return str(canonicalize_license_expression(text))
    except InvalidLicenseExpression:
        raise Invalid(f"{text!r} is not an SPDX license expression, e.g. MIT") from None


def author(value: Any) -> Author:
    """``"Name <email>"``, ``"Name"``, ``"<email>"``, or a table with ``name``/``email``."""
    from generator.model.metadata import Author  # a dataclass: not on every run's path

    if isinstance(value, dict) and value and set(value) <= {"name", "email"}:
        name, email = value.get("name", ""), value.get("email", "")
        if isinstance(name, str) and isinstance(email, str) and (name or email):
            if not email or _AUTHOR.fullmatch(f"<{email}>"):
                return Author(name, email)
    elif isinstance(value, str) and (match := _AUTHOR.fullmatch(value.strip())):
        if match["name"] or match["email"]:
            return Author(match["name"], match["email"] or "")
    raise Invalid(f'expected "Name <email>" or {{name = ..., email = ...}}, got {_shown(value)}')


def _authors(value: Any) -> tuple[Author, ...]:
    if not isinstance(value, list) or not value:
        raise Invalid(f"expected a list of authors, got {_shown(value)}")
    return tuple(author(item) for item in value)


def url(label: Any, address: Any) -> tuple[str, str]:
    if not isinstance(label, str) or not label.strip() or len(label) > _URL_LABEL_MAX:
        raise Invalid(f"URL label {_shown(label)}: expected a text of 1 to 32 characters")
    if not isinstance(address, str):
        raise Invalid(f"URL {label!r}: expected a text, got {_shown(address)}")
    from urllib.parse import urlsplit

    parts = urlsplit(address)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise Invalid(f"URL {label!r}: {address!r} is not an http(s) URL")
    return label, address


def _urls(value: Any) -> tuple[tuple[str, str], ...]:
    if not isinstance(value, dict) or not value:
        raise Invalid(f'expected a table of LABEL = "URL", got {_shown(value)}')
    return tuple(url(label, address) for label, address in value.items())


# Every key [tool.generator] may hold, and how its value is read.
PROJECT_KEYS: dict[str, Callable[[Any], Any]] = {
    "spec": _text,
    "output": _text,
    "package-name": package_name,
    "project-name": project_name,
    "package-version": version,
    "templates": _texts,
    "template-plugins": _texts,
    "overlays": _texts,
    "lenient": _flag,
    "formatter": _formatter,
    "license": _license,
    "authors": _authors,
    "urls": _urls,
    "tags": _texts,
    "operations": _texts,
    "paths": _texts,
}


def check_project_settings(settings: dict[str, Any], file: str, text: str) -> dict[str, Any]:
    """``[tool.generator]`` with every value as the run uses it; every fault at once."""
    positions = key_positions(text)
    checked: dict[str, Any] = {}
    problems = []
    for key, value in settings.items():
        line, column = positions.get(key, (None, None))
        read = PROJECT_KEYS.get(key)
        if read is None:
            message = f"unknown key {key!r} in {TABLE}{_suggestion(key, list(PROJECT_KEYS))}"
            problems.append(Diagnostic(file, message, line, column))
            continue
        try:
            checked[key] = read(value)
        except Invalid as error:
            problems.append(Diagnostic(file, f"{TABLE} {key}: {error}", line, column))
    if problems:
        raise GeneratorError(problems)
    return checked


def _suggestion(key: str, known: list[str]) -> str:
    if key.replace("_", "-").lower() in known:
        return f" (did you mean {key.replace('_', '-').lower()!r}?)"
    import difflib

    close = difflib.get_close_matches(key, known, n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


def key_positions(text: str) -> dict[str, tuple[int, int]]:
    """Line and column (1-based) of each key of ``[tool.generator]`` in pyproject.toml.

    tomllib keeps no positions, so the table's lines are scanned: a key is the first word
    of a ``key = ...`` or ``key.sub = ...`` line, or the header of a ``[tool.generator.key]``
    sub-table. Lines inside multi-line values that happen to look like keys can only add
    positions for keys that do not exist, which nothing asks for."""
    positions: dict[str, tuple[int, int]] = {}
    inside = False
    for number, line in enumerate(text.splitlines(), start=1):
        header = _HEADER.match(line)
        if header and not line.lstrip().startswith("[["):
            name = [part.strip().strip("\"'") for part in header[1].split(".")]
            inside = name == ["tool", "generator"]
            if name[:2] == ["tool", "generator"] and len(name) > 2:
                positions.setdefault(name[2], (number, line.index("[") + 1))
            continue
        if header or line.lstrip().startswith("[["):
            inside = False
            continue
        key = _KEY.match(line) if inside else None
        if key:
            positions.setdefault(key[1] or key[2] or key[3], (number, _indent(line) + 1))
    return positions


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _shown(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return f"the text {value!r}"
    if isinstance(value, list):
        return "a list" if value else "an empty list"
    if isinstance(value, dict):
        return "a table" if value else "an empty table"
    return f"{type(value).__name__} {value!r}"


# Command-line options that take a value, and how each is read.
_OPTIONS: dict[str, tuple[str, Callable[[Any], Any]]] = {
    "package_name": ("--package-name", package_name),
    "project_name": ("--project-name", project_name),
    "package_version": ("--package-version", version),
    "license": ("--license", _license),
    "formatter": ("--formatter", _formatter),
}


def check_command_line(args: dict[str, Any]) -> dict[str, Any]:
    """``args`` with each value as the run uses it (``--author`` and ``--url`` parsed)."""
    checked = dict(args)
    problems = []
    for dest, (option, read) in _OPTIONS.items():
        if args.get(dest) is not None:
            try:
                checked[dest] = read(args[dest])
            except Invalid as error:
                problems.append(Diagnostic("command line", f"{option}: {error}"))
    try:
        checked["authors"] = tuple(author(text) for text in args.get("authors") or ())
    except Invalid as error:
        problems.append(Diagnostic("command line", f"--author: {error}"))
    try:
        checked["urls"] = tuple(_url_option(text) for text in args.get("urls") or ())
    except Invalid as error:
        problems.append(Diagnostic("command line", str(error)))
    if problems:
        raise GeneratorError(problems)
    return checked


def _url_option(text: str) -> tuple[str, str]:
    label, equals, address = text.partition("=")
    if not equals:
        raise Invalid(f"--url {text!r}: expected LABEL=URL, e.g. Homepage=https://example.com")
    try:
        return url(label, address)
    except Invalid as error:
        raise Invalid(f"--url: {error}") from None
