"""Which template makes which file: the ``manifest.yaml`` of a templates folder.

The built-in folder's manifest lists every shipped file; a user's templates folder may
carry one too, listing the files it adds and the plugins (filters, tests, globals) its
templates need::

    files:
      - template: extra/model_factory.py.jinja
        output: "{package}/factories/{model.module_name}.py"
        scope: model
    plugins:
      - house_filters:register
    omit:
      - docs/enum.md.jinja      # a built-in template whose files are not wanted

The built-in manifest also lists the runtime's modules (``runtime: _core/http.py``): code
in generator/runtime/ that is copied into the package as it is. Such an entry still has a
template name, ``package/<runtime>.jinja``: a user template of that name replaces the copy.

Every mistake is reported at its line in the manifest, before anything is rendered.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any, Literal, get_args

import yaml

from generator.model import types
from generator.shared.diagnostics import Diagnostic, GeneratorError, display_path
from generator.shared.options import Origin, PluginRef

MANIFEST = "manifest.yaml"
# The runtime's code, copied verbatim into every generated package (generator/runtime/).
RUNTIME_FOLDER = Path(__file__).resolve().parent.parent / "runtime"

Scope = Literal["once", "api", "model", "enum", "operation", "oauth"]
SCOPES: tuple[Scope, ...] = get_args(Scope)

# What each scope renders for, and so which names a template and an output pattern see.
SCOPE_SUBJECTS: dict[Scope, tuple[str, ...]] = {
    "once": (),
    "api": ("api",),
    "model": ("model",),
    "enum": ("enum",),
    "operation": ("api", "operation"),
    "oauth": ("oauth",),
}
SCOPE_HELP: dict[Scope, str] = {
    "once": "one file for the package",
    "api": "one file per API class (a tag of the spec)",
    "model": "one file per object schema",
    "enum": "one file per enum schema",
    "operation": "one file per operation",
    "oauth": "one file when the spec's security schemes have OAuth 2 flows, else none",
}
# The model class behind each name of an output pattern.
PATTERN_NAMES: dict[str, type[Any]] = {
    "client": types.ClientModel,
    "api": types.ApiClass,
    "model": types.ObjectModel,
    "enum": types.EnumModel,
    "operation": types.Operation,
    "oauth": types.OAuthFlows,
}
_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
_PLACEHOLDER_BODY = re.compile(r"(?P<name>[a-z]+)(?:\.(?P<attribute>[a-z_][a-z0-9_]*))?")


@dataclass(frozen=True)
class ManifestEntry:
    template: str  # template name, looked up through the folders
    output: str  # path pattern, e.g. "{package}/apis/{api.module_name}.py"
    scope: Scope
    origin: Origin
    # A runtime module copied as it is (path in RUNTIME_FOLDER) unless a user template
    # named ``template`` replaces it; None for a template the built-in folder holds.
    runtime: str | None = None


def runtime_template_name(runtime: str) -> str:
    """The template name that replaces the runtime module ``runtime`` (e.g. _core/http.py)."""
    return f"package/{runtime}.jinja"


@dataclass(frozen=True)
class Manifest:
    folder: Path
    entries: tuple[ManifestEntry, ...]
    plugins: tuple[PluginRef, ...]
    omit: tuple[tuple[str, Origin], ...] = ()  # built-in templates whose files are left out


def load_manifest(folder: Path, required: bool = True) -> Manifest:
    """Read ``folder/manifest.yaml``; a missing file is empty unless ``required``."""
    path = folder / MANIFEST
    shown = display_path(path)
    if not path.is_file():
        if required:
            raise GeneratorError([Diagnostic(shown, "template manifest not found")])
        return Manifest(folder, (), ())
    try:
        root = yaml.compose(path.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
    except (OSError, UnicodeDecodeError) as error:
        raise GeneratorError([Diagnostic(shown, f"cannot read: {error}")]) from None
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        problem = error.problem or error.context or "syntax error"
        line = mark.line + 1 if mark else None
        raise GeneratorError([Diagnostic(shown, f"invalid YAML: {problem}", line)]) from None
    except yaml.YAMLError as error:
        raise GeneratorError([Diagnostic(shown, f"invalid YAML: {error}")]) from None
    if root is None:
        return Manifest(folder, (), ())
    top = _mapping(root, shown, "the manifest", {"files", "plugins", "omit"})
    entries = tuple(_entry(node, shown) for node in _sequence(top.get("files"), shown, "files"))
    plugins = tuple(
        PluginRef(_scalar(node, shown, "a plugin"), _origin(node, shown), (folder,))
        for node in _sequence(top.get("plugins"), shown, "plugins")
    )
    omit = tuple(
        (_scalar(node, shown, "an omitted template"), _origin(node, shown))
        for node in _sequence(top.get("omit"), shown, "omit")
    )
    return Manifest(folder, entries, plugins, omit)


def _origin(node: yaml.Node, shown: str) -> Origin:
    return Origin(shown, node.start_mark.line + 1)


def _mapping(node: yaml.Node, shown: str, what: str, keys: set[str]) -> dict[str, yaml.Node]:
    if not isinstance(node, yaml.MappingNode):
        raise GeneratorError([_origin(node, shown).diagnostic(f"{what} must be a mapping")])
    result: dict[str, yaml.Node] = {}
    for key, value in node.value:
        name = key.value if isinstance(key, yaml.ScalarNode) else None
        if name not in keys:
            known = ", ".join(sorted(keys))
            message = f"unknown key {name!r} in {what}; known keys: {known}"
            raise GeneratorError([_origin(key, shown).diagnostic(message)])
        result[name] = value
    return result


def _sequence(node: yaml.Node | None, shown: str, what: str) -> list[yaml.Node]:
    if node is None or (isinstance(node, yaml.ScalarNode) and node.value in ("", "~", "null")):
        return []
    if not isinstance(node, yaml.SequenceNode):
        raise GeneratorError([_origin(node, shown).diagnostic(f"{what} must be a list")])
    return list(node.value)


def _scalar(node: yaml.Node, shown: str, what: str) -> str:
    if not isinstance(node, yaml.ScalarNode) or not str(node.value).strip():
        raise GeneratorError([_origin(node, shown).diagnostic(f"{what} must be a non-empty text")])
    return str(node.value)


def _entry(node: yaml.Node, shown: str) -> ManifestEntry:
    origin = _origin(node, shown)
    fields = _mapping(node, shown, "a files entry", {"template", "runtime", "output", "scope"})
    if ("template" in fields) == ("runtime" in fields):
        message = "files entry needs either 'template' or 'runtime'"
        raise GeneratorError([origin.diagnostic(message)])
    if "output" not in fields:
        raise GeneratorError([origin.diagnostic("files entry needs 'output'")])
    scope = _scalar(fields["scope"], shown, "scope") if "scope" in fields else "once"
    if scope not in SCOPES:
        message = f"unknown scope {scope!r}; use one of {', '.join(SCOPES)}"
        raise GeneratorError([_origin(fields["scope"], shown).diagnostic(message)])
    output = _scalar(fields["output"], shown, "output")
    check_output_pattern(output, scope, _origin(fields["output"], shown))
    if "runtime" in fields:
        runtime = _runtime_module(fields["runtime"], shown)
        return ManifestEntry(runtime_template_name(runtime), output, scope, origin, runtime)
    return ManifestEntry(_scalar(fields["template"], shown, "template"), output, scope, origin)


def _runtime_module(node: yaml.Node, shown: str) -> str:
    name = _scalar(node, shown, "runtime")
    path = RUNTIME_FOLDER / name
    inside = not PurePosixPath(name).is_absolute() and ".." not in PurePosixPath(name).parts
    if not inside or path.suffix != ".py" or not path.is_file():
        message = f"runtime {name!r} is not a module of {display_path(RUNTIME_FOLDER)}"
        raise GeneratorError([_origin(node, shown).diagnostic(message)])
    return name


def pattern_names(scope: Scope) -> tuple[str, ...]:
    return ("package", "client", *SCOPE_SUBJECTS[scope])


def check_output_pattern(pattern: str, scope: Scope, origin: Origin) -> None:
    """Every ``{name}`` / ``{name.field}`` must be known for the scope and a text field."""
    allowed = pattern_names(scope)
    stripped = _PLACEHOLDER.sub("", pattern)
    if "{" in stripped or "}" in stripped:
        raise GeneratorError([origin.diagnostic(f"unbalanced braces in output {pattern!r}")])
    for match in _PLACEHOLDER.finditer(pattern):
        body = _PLACEHOLDER_BODY.fullmatch(match.group(1))
        name = body.group("name") if body else None
        if body is None or name not in allowed:
            message = (
                f"output {pattern!r}: {{{match.group(1)}}} is not available in scope "
                f"{scope!r}; use {', '.join('{' + n + '}' for n in allowed)}"
            )
            raise GeneratorError([origin.diagnostic(message)])
        attribute = body.group("attribute")
        if name == "package":
            if attribute:
                message = f"output {pattern!r}: {{package}} is a text and has no fields"
                raise GeneratorError([origin.diagnostic(message)])
            continue
        text_fields = _text_fields(PATTERN_NAMES[name])
        if attribute not in text_fields:
            message = (
                f"output {pattern!r}: {{{match.group(1)}}} must name a text field of {name}: "
                + ", ".join(sorted(text_fields))
            )
            raise GeneratorError([origin.diagnostic(message)])


def _text_fields(cls: type[Any]) -> set[str]:
    # Identifier: a name the model decided (a str that is a valid Python name).
    return {f.name for f in dataclasses.fields(cls) if f.type in ("str", "Identifier")}


def expand_output(pattern: str, values: Mapping[str, Any], origin: Origin) -> PurePosixPath:
    """The output path for one subject; refuses paths that would leave the output folder."""

    def substitute(match: re.Match[str]) -> str:
        name, _, attribute = match.group(1).partition(".")
        value = values[name]
        return str(getattr(value, attribute) if attribute else value)

    text = _PLACEHOLDER.sub(substitute, pattern)
    path = PurePosixPath(text)
    if (
        not text
        or "\\" in text
        or path.is_absolute()
        or any(part in ("", ".", "..") for part in text.split("/"))
    ):
        message = f"output {pattern!r} gives {text!r}: not a relative path inside the output"
        raise GeneratorError([origin.diagnostic(message)])
    return path
