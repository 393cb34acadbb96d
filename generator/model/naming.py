"""Python-safe names, decided once.

Every function here is deterministic and total: any string from a spec (empty, non-ASCII,
a keyword, starting with a digit, thousands of characters long) maps to a valid identifier.
Names are also file names: they hold only ASCII letters, digits and underscores (so no
``/``, ``\\`` or ``..``), and never a Windows device name such as ``CON``.
Uniqueness within a scope is the job of ``NameScope``.
"""

from __future__ import annotations

import functools
import hashlib
import keyword
import re
import unicodedata

MAX_IDENTIFIER = 64

_WORD_BOUNDARY_1 = re.compile(r"([A-Z]+)([A-Z][a-z])")  # HTTPServer -> HTTP_Server
_WORD_BOUNDARY_2 = re.compile(r"([a-z0-9])([A-Z])")  # obtainToken -> obtain_Token
_NOT_WORD = re.compile(r"[^0-9A-Za-z]+")

# Names a generated module or class must not shadow or collide with.
_PYDANTIC_RESERVED = frozenset(
    {
        "copy",
        "dict",
        "json",
        "schema",
        "schema_json",
        "construct",
        "validate",
        "fields",
        "parse_obj",
        "parse_raw",
        "parse_file",
        "from_orm",
        "update_forward_refs",
    }
)
_SOFT_KEYWORDS = frozenset({"match", "case", "type", "_"})


# Names that become file names (API and model modules; class names name doc pages).
FILE_NAME_KINDS = frozenset({"api", "model"})
# Windows opens a device instead of a file for these names, with any extension.
_DEVICE_NAMES = frozenset(
    {"con", "prn", "aux", "nul", "clock$", "conin$", "conout$"}
    | {f"{port}{n}" for port in ("com", "lpt") for n in "0123456789"}
)


def is_device_name(name: str) -> bool:
    """``CON``, ``nul``, ``Com1``...: not usable as a file name on Windows."""
    return name.lower() in _DEVICE_NAMES


def ascii_words(text: str) -> list[str]:
    """Split ``text`` into ASCII words at case changes and punctuation."""
    return list(_ascii_words(text))


# A large spec asks for the words of the same names again and again (111,000 calls, a
# tenth of GitHub's model stage), and the two regex substitutions are the cost.
@functools.lru_cache(maxsize=65536)
def _ascii_words(text: str) -> tuple[str, ...]:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    folded = _WORD_BOUNDARY_1.sub(r"\1_\2", folded)
    folded = _WORD_BOUNDARY_2.sub(r"\1_\2", folded)
    return tuple(w for w in _NOT_WORD.split(folded) if w)


def _fallback(text: str, kind: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    return f"{kind}_{digest}"


def _shorten(name: str, original: str) -> str:
    if len(name) <= MAX_IDENTIFIER:
        return name
    digest = hashlib.sha256(original.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    return f"{name[: MAX_IDENTIFIER - 9].rstrip('_')}_{digest}"


def snake_case(text: str, kind: str = "name") -> str:
    """``ObtainToken`` → ``obtain_token``; ``OAuth`` → ``o_auth``; ``2fa`` → ``n2fa``."""
    words = ascii_words(text)
    if not words:
        return _fallback(text, kind)
    name = "_".join(w.lower() for w in words)
    if name[0].isdigit():
        name = "n" + name
    name = _shorten(name, text)
    if keyword.iskeyword(name) or name in _SOFT_KEYWORDS:
        name += "_"
    elif kind in FILE_NAME_KINDS and is_device_name(name):
        name += "_"
    return name


def pascal_case(text: str, kind: str = "Model") -> str:
    """``obtain_token_request`` → ``ObtainTokenRequest``; keeps inner capitals (``OAuth``)."""
    words = ascii_words(text)
    if not words:
        return _fallback(text, kind)
    name = "".join(w[0].upper() + w[1:] for w in words)
    if name[0].isdigit():
        name = kind[0].upper() + name
    name = _shorten(name, text)
    if keyword.iskeyword(name) or is_device_name(name):  # class names name doc files
        name += "_"
    return name


def constant_case(text: str, kind: str = "VALUE") -> str:
    """``api-error`` → ``API_ERROR``; ``1`` → ``VALUE_1``; empty → ``EMPTY``."""
    if text == "":
        return "EMPTY"
    words = ascii_words(text)
    if not words:
        return _fallback(text, kind).upper()
    name = "_".join(w.upper() for w in words)
    if name[0].isdigit():
        name = f"{kind}_{name}"
    return _shorten(name, text)


def title_words(text: str) -> str:
    """``OAuth`` → ``O Auth``, the way the seed's docs title an API."""
    return " ".join(w[0].upper() + w[1:] for w in ascii_words(text)) or text


# Words that start with a vowel letter but a consonant sound ("a User"), and with a
# consonant letter but a vowel sound ("an Hour"), by their lower-case start.
_CONSONANT_SOUNDS = ("uni", "use", "usa", "usu", "uti", "ura", "ure", "uro", "eu", "one", "once")
_VOWEL_SOUNDS = ("hour", "honest", "honor", "honour", "heir")


def with_article(noun: str) -> str:
    """``noun`` after "a" or "an" as it is spoken: "an ObtainTokenResponse", "a Pet",
    "a UserProfile", "an HourlyRate", "an int"."""
    word = noun.lower()
    if word.startswith(_VOWEL_SOUNDS):
        return f"an {noun}"
    if word.startswith(_CONSONANT_SOUNDS):
        return f"a {noun}"
    return f"an {noun}" if word[:1] in ("a", "e", "i", "o", "u") else f"a {noun}"


def field_name(text: str) -> str:
    """A pydantic field name: snake case, never clashing with BaseModel's own attributes."""
    name = snake_case(text, "field")
    if name.startswith("model_") or name in _PYDANTIC_RESERVED or name.startswith("_"):
        name = f"{name.lstrip('_')}_" if not name.startswith("model_") else f"{name}_"
    return name


class Identifier(str):
    """A name the generated code defines: a valid Python identifier, ASCII only, never a
    keyword. Constructing one checks it, so a field typed ``Identifier`` cannot hold
    anything else; ``NameScope.claim`` is where names also become unique in their scope.
    """

    __slots__ = ()

    def __new__(cls, value: str) -> Identifier:
        if not (value.isidentifier() and value.isascii()) or keyword.iskeyword(value):
            raise ValueError(f"not a valid Python identifier: {value!r}")
        return super().__new__(cls, value)


class NameScope:
    """Hands out names unique within one scope, case-insensitively.

    Case-insensitive because several names become file names, and two files that differ
    only in case overwrite each other on macOS and Windows.

    A wanted name that is taken gets the first free ``name_2``, ``name_3``, ...; the scope
    remembers where each wanted name's count stopped, so that thousands of names wanting
    the same spelling (enum values that differ only in case or punctuation) cost linear,
    not quadratic, time. Taken names are never given back, so every number skipped stays
    taken: the names are the same as counting from 2 each time.
    """

    def __init__(self, reserved: set[str] | frozenset[str] = frozenset()) -> None:
        self._taken = {name.lower() for name in reserved}
        self._next_number: dict[str, int] = {}

    def claim(self, name: str) -> Identifier:
        """``name``, or its first free numbered form, as a valid identifier unique here."""
        candidate, counter = name, self._next_number.get(name, 2)
        while candidate.lower() in self._taken:
            candidate = f"{name}_{counter}" if name[-1].isalnum() else f"{name}{counter}"
            counter += 1
        self._next_number[name] = counter
        self._taken.add(candidate.lower())
        return Identifier(candidate)
