"""Stage 4: lay the intermediate model out through Jinja templates.

Which template makes which file is data (``manifest.yaml`` in the templates folder), not
code: each entry names a template, an output path pattern and a scope (once, per API class,
per model, per enum). Rendering is strict: an undefined name in a template is an error.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any, Literal

import jinja2
import yaml

from generator.diagnostics import Diagnostic, GeneratorError
from generator.escaping import FILTERS
from generator.model.types import ClientModel

Scope = Literal["once", "api", "model", "enum"]
SCOPES: tuple[Scope, ...] = ("once", "api", "model", "enum")
MANIFEST = "manifest.yaml"


def builtin_templates() -> Path:
    """The shipped templates: inside the installed package, or the repo's top-level folder."""
    packaged = Path(__file__).parent / "templates"
    return packaged if packaged.is_dir() else Path(__file__).parent.parent / "templates"


@dataclass(frozen=True)
class ManifestEntry:
    template: str
    output: str
    scope: Scope


@dataclass(frozen=True)
class RenderedFile:
    path: PurePosixPath  # relative to the output folder
    text: str
    template: str


def load_manifest(folder: Path) -> tuple[ManifestEntry, ...]:
    path = folder / MANIFEST
    shown = str(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise GeneratorError(
            [Diagnostic(shown, f"cannot read template manifest: {error}")]
        ) from None
    entries = []
    for index, item in enumerate((data or {}).get("files") or []):
        scope = item.get("scope", "once") if isinstance(item, dict) else None
        if (
            not isinstance(item, dict)
            or scope not in SCOPES
            or not item.get("template")
            or not item.get("output")
        ):
            message = (
                f"entry {index}: needs template, output and a scope out of {', '.join(SCOPES)}"
            )
            raise GeneratorError([Diagnostic(shown, message)])
        entries.append(ManifestEntry(str(item["template"]), str(item["output"]), scope))
    return tuple(entries)


def make_environment(folders: Sequence[Path]) -> jinja2.Environment:
    builtin = builtin_templates()
    loader = jinja2.ChoiceLoader(
        [
            jinja2.FileSystemLoader([str(f) for f in (*folders, builtin)]),
            # "builtin/<name>" always reaches the shipped template, even when a folder overrides it.
            jinja2.PrefixLoader({"builtin": jinja2.FileSystemLoader(str(builtin))}),
        ]
    )
    environment = jinja2.Environment(
        loader=loader,
        undefined=jinja2.StrictUndefined,
        autoescape=False,  # the output is Python and markdown: escaping is per context, by filter
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.filters.update(FILTERS)
    return environment


def render(client: ClientModel, folders: Sequence[Path] = ()) -> list[RenderedFile]:
    environment = make_environment(folders)
    files: dict[PurePosixPath, RenderedFile] = {}
    for entry in load_manifest(builtin_templates()):
        template = environment.get_template(entry.template)
        for subject_name, subject in _subjects(client, entry.scope):
            path = _output_path(entry, client, subject_name, subject)
            context = (
                {"client": client, subject_name: subject} if subject_name else {"client": client}
            )
            try:
                text = template.render(context)
            except jinja2.TemplateError as error:
                what = f"{subject_name} {getattr(subject, 'source', '')}".strip()
                message = f"template error while rendering {what or 'the package'}: {error}"
                raise GeneratorError([Diagnostic(entry.template, message)]) from None
            if path in files:
                message = f"{entry.template} and {files[path].template} both write {path}"
                raise GeneratorError([Diagnostic(entry.template, message)])
            files[path] = RenderedFile(path, text, entry.template)
    return [files[p] for p in sorted(files)]


def _subjects(client: ClientModel, scope: Scope) -> Iterator[tuple[str, Any]]:
    if scope == "once":
        yield "", None
    elif scope == "api":
        yield from (("api", api) for api in client.apis)
    elif scope == "model":
        yield from (("model", model) for model in client.models)
    else:
        yield from (("enum", enum) for enum in client.enums)


def _output_path(
    entry: ManifestEntry, client: ClientModel, name: str, subject: Any
) -> PurePosixPath:
    values = {"package": client.package_name}
    if name:
        values[name] = subject
    path = PurePosixPath(entry.output.format(**values))
    if path.is_absolute() or ".." in path.parts or not path.parts:
        raise GeneratorError([Diagnostic(entry.template, f"output path {path} leaves the folder")])
    return path
