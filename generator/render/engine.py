"""Stage 4: lay the intermediate model out through Jinja templates.

Which template makes which file is data (``manifest.yaml`` in the templates folder), not
code: each entry names a template, an output path pattern and a scope (once, per API class,
per model, per enum, per operation). Rendering is strict: an undefined name is an error.

Users customise without forking (docs/templates.md):

- folders given with ``--templates`` (first given wins) come before the built-in folder, so
  a file with a built-in name replaces it;
- ``builtin/<name>`` always reaches the shipped template, so a user template can
  ``{% extends "builtin/<name>" %}`` and override only the blocks it cares about;
- a user folder's own ``manifest.yaml`` adds files and names plugins (``module:function``)
  that register filters, tests and globals.

Every mistake is reported with the template file and line and the spec object being
rendered, before anything is written.
"""

from __future__ import annotations

import difflib
import functools
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

import jinja2
import jinja2.meta
from jinja2 import nodes

from generator.model.types import ClientModel
from generator.render.errors import Subject, template_diagnostic
from generator.render.escaping import FILTERS
from generator.render.filters import LAYOUT_FILTERS
from generator.render.manifest import (
    RUNTIME_FOLDER,
    SCOPE_SUBJECTS,
    Manifest,
    ManifestEntry,
    Scope,
    expand_output,
    load_manifest,
)
from generator.render.plugins import apply_plugins
from generator.render.precompile import TemplateCodeCache
from generator.shared import forked
from generator.shared.caching import cache_folder
from generator.shared.diagnostics import Diagnostic, GeneratorError, display_path
from generator.shared.options import PluginRef
from generator.shared.paths import builtin_templates
from generator.shared.rendered import RenderedFile

BUILTIN_PREFIX = "builtin"

# Finds the line of a JSON pointer in the spec, e.g. "spec/square-oauth.yaml:25".
Locate = Callable[[str], str | None]


class _UserFolderLoader(jinja2.FileSystemLoader):
    """Loads user templates; refuses a template that reaches its own name.

    ``{% extends "package/client.py.jinja" %}`` inside a user's ``package/client.py.jinja``
    finds the user's file again (the user folder comes first), which would recurse without
    end; the built-in one is ``builtin/package/client.py.jinja``.
    """

    def get_source(
        self, environment: jinja2.Environment, template: str
    ) -> tuple[str, str, Callable[[], bool]]:
        source, filename, uptodate = super().get_source(environment, template)
        tree = environment.parse(source, template, filename)
        for node in tree.find_all((nodes.Extends, nodes.Include, nodes.Import, nodes.FromImport)):
            target = getattr(node, "template", None)
            if isinstance(target, nodes.Const) and target.value == template:
                message = (
                    f"{template!r} refers to its own name, which is this file again; "
                    f"the shipped template is {BUILTIN_PREFIX}/{template}"
                )
                raise jinja2.TemplateAssertionError(message, node.lineno, template, filename)
        return source, filename, uptodate


def make_environment(
    folders: Sequence[Path] = (), plugins: Sequence[PluginRef] = ()
) -> jinja2.Environment:
    """The Jinja environment: user folders (first wins), then the built-in templates."""
    builtin = str(builtin_templates())
    loaders: list[jinja2.BaseLoader] = [
        # First, so that "builtin/..." reaches the shipped file even if a user folder
        # happens to have a "builtin" subfolder.
        jinja2.PrefixLoader({BUILTIN_PREFIX: jinja2.FileSystemLoader(builtin)}),
    ]
    if folders:
        loaders.append(_UserFolderLoader([str(f) for f in folders]))
    loaders.append(jinja2.FileSystemLoader(builtin))
    environment = jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        # Compiling the templates is most of rendering a small spec; Jinja keys each compiled
        # template by name and a checksum of its source, so an edited template recompiles.
        # The built-in ones ship translated to Python (generator/render/precompile.py).
        bytecode_cache=TemplateCodeCache(cache_folder("jinja")),
        undefined=jinja2.StrictUndefined,
        # A run reads each template once: without this, every rendered file would stat its
        # template (and each one it extends) to see whether it changed meanwhile.
        auto_reload=False,
        autoescape=False,  # the output is Python and markdown: escaping is per context, by filter
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.filters.update(FILTERS)
    environment.filters.update(LAYOUT_FILTERS)
    apply_plugins(environment, tuple(plugins))
    return environment


@dataclass(frozen=True)
class TemplateSet:
    """Everything that decides how the model is laid out: folders, manifests, environment."""

    folders: tuple[Path, ...]
    entries: tuple[ManifestEntry, ...]  # built-in entries first, then each user folder's
    plugins: tuple[PluginRef, ...]  # in the order they were applied
    environment: jinja2.Environment

    @property
    def customised(self) -> bool:
        return bool(self.folders or self.plugins)


def load_template_set(
    folders: Sequence[Path] = (), plugins: Sequence[PluginRef] = ()
) -> TemplateSet:
    resolved = tuple(folder.resolve() for folder in folders)
    for folder in resolved:
        if not folder.is_dir():
            raise GeneratorError([Diagnostic(display_path(folder), "templates folder not found")])
    user_manifests: list[Manifest] = [load_manifest(f, required=False) for f in resolved]
    # Lower-priority folders first, so that the folder given first wins a filter name;
    # plugins from the configuration last.
    all_plugins = [p for m in reversed(user_manifests) for p in m.plugins] + list(plugins)
    environment = make_environment(resolved, all_plugins)
    builtin_entries = load_manifest(builtin_templates()).entries
    omitted = _omitted(builtin_entries, user_manifests)
    entries = tuple(e for e in builtin_entries if e.template not in omitted) + tuple(
        entry for manifest in user_manifests for entry in manifest.entries
    )
    return TemplateSet(resolved, entries, tuple(all_plugins), environment)


def _omitted(builtin: tuple[ManifestEntry, ...], manifests: Sequence[Manifest]) -> set[str]:
    """Built-in templates that a user manifest leaves out (``omit:``); each must exist."""
    names = [entry.template for entry in builtin]
    omitted = set()
    for manifest in manifests:
        for name, origin in manifest.omit:
            name = name.removeprefix(BUILTIN_PREFIX + "/")
            if name not in names:
                close = difflib.get_close_matches(name, names, n=1)
                hint = f"; did you mean {close[0]}?" if close else ""
                message = f"omit: {name!r} is not a built-in template that makes a file{hint}"
                raise GeneratorError([origin.diagnostic(message)])
            omitted.add(name)
    return omitted


def render(
    client: ClientModel,
    folders: Sequence[Path] = (),
    plugins: Sequence[PluginRef] = (),
    locate: Locate | None = None,
) -> list[RenderedFile]:
    templates = load_template_set(folders, plugins)
    jobs = [
        (entry, subject, context)
        for entry in templates.entries
        for subject, context in _contexts(client, entry.scope, locate)
    ]
    done = None
    # A plugin's filters are the user's Python, which may keep state across files: those
    # runs stay in one process.
    if not templates.plugins and forked.worth_sharing(len(jobs)):
        _load_templates(templates)  # once, before the fork, rather than once per process
        done = forked.map_forked(functools.partial(_render_job, templates), jobs)
    return _assemble(client, templates, jobs, done)


Job = tuple[ManifestEntry, Subject, dict[str, Any]]


def _load_templates(templates: TemplateSet) -> None:
    for entry in templates.entries:
        try:
            templates.environment.get_template(entry.template)
        except jinja2.TemplateError:
            pass  # reported when the template is rendered, in order


def _render_job(templates: TemplateSet, job: Job) -> tuple[str, str | None]:
    entry, subject, context = job
    return _render_one(templates.environment, entry, subject, context, templates.customised)


def _assemble(
    client: ClientModel,
    templates: TemplateSet,
    jobs: list[Job],
    done: list[tuple[str, str | None]] | None,
) -> list[RenderedFile]:
    """The files of ``jobs`` in path order, each rendered now unless ``done`` (the results
    of every job, in order) has it; failures are reported in job order either way."""
    files: dict[PurePosixPath, tuple[RenderedFile, ManifestEntry]] = {}
    shown: dict[str | None, str] = {}  # template file -> as diagnostics show it
    for index, (entry, _subject, context) in enumerate(jobs):
        text, source = done[index] if done else _render_job(templates, jobs[index])
        filename = shown.get(source)
        if filename is None:
            filename = shown[source] = display_path(Path(source)) if source else entry.template
        values = {"package": client.package_name, **context}
        path = expand_output(entry.output, values, entry.origin)
        if path in files:
            other = files[path][1]
            message = (
                f"{entry.template} and {other.template} "
                f"({other.origin.file}:{other.origin.line}) both write {path}"
            )
            raise GeneratorError([entry.origin.diagnostic(message)])
        rendered = RenderedFile(path, text, filename, _is_shipped_verbatim(source))
        files[path] = (rendered, entry)
    return [files[p][0] for p in sorted(files)]


_TEMPLATE_SYNTAX = re.compile(r"\{[{%#]")


def _is_shipped_verbatim(source: str | None) -> bool:
    """Whether the file ``source`` (what a file was made from) is a runtime module or a
    built-in template that is plain text (no Jinja syntax), so that its text is the same
    whatever the spec."""
    if source is None:
        return False
    return _shipped_verbatim(Path(source))


@functools.cache
def _shipped_verbatim(path: Path) -> bool:
    if RUNTIME_FOLDER in path.parents:
        return True
    if builtin_templates() not in path.parents:
        return False  # a user's file: the formatter decides its layout
    return _plain_text(path)


@functools.cache
def _plain_text(path: Path) -> bool:
    return not _TEMPLATE_SYNTAX.search(path.read_text(encoding="utf-8"))


def _render_one(
    environment: jinja2.Environment,
    entry: ManifestEntry,
    subject: Subject,
    context: dict[str, Any],
    customised: bool,
) -> tuple[str, str | None]:
    """The rendered text, and the file of the template (or runtime module) that made it."""
    try:
        template = environment.get_template(entry.template)
    except jinja2.TemplateNotFound as error:
        if entry.runtime is not None and error.name == entry.template:
            return _runtime_source(entry.runtime)  # no user template replaces it
        if error.name != entry.template:
            raise GeneratorError(
                [template_diagnostic(error, subject, entry.template, environment, context)]
            ) from None
        message = f"template {entry.template!r} not found in any templates folder"
        raise GeneratorError([entry.origin.diagnostic(message)]) from None
    except jinja2.TemplateError as error:
        raise GeneratorError(
            [template_diagnostic(error, subject, entry.template, environment, context)]
        ) from None
    try:
        text = template.render(context)
    except (jinja2.TemplateError, RecursionError) as error:
        raise GeneratorError(
            [template_diagnostic(error, subject, entry.template, environment, context)]
        ) from None
    except Exception as error:
        if not customised:
            raise  # the shipped templates and filters failed: a bug, show the traceback
        # A user's filter or global raised: their mistake, reported at their template line.
        raise GeneratorError(
            [template_diagnostic(error, subject, entry.template, environment, context)]
        ) from None
    return text, template.filename


@functools.cache
def _runtime_source(runtime: str) -> tuple[str, str]:
    path = RUNTIME_FOLDER / runtime
    return path.read_text(encoding="utf-8"), str(path)


def _contexts(
    client: ClientModel, scope: Scope, locate: Locate | None
) -> Iterator[tuple[Subject, dict[str, Any]]]:
    """One rendering context per subject of the scope, with what the error report needs."""
    assert set(SCOPE_SUBJECTS) == {"once", "api", "model", "enum", "operation", "oauth"}
    if scope == "once":
        yield Subject("package", client.package_name), {"client": client}
    elif scope == "api":
        for api in client.apis:
            subject = Subject("API class", f"{api.class_name} (tag {api.tag!r})")
            yield subject, {"client": client, "api": api}
    elif scope == "model":
        for model in client.models:
            subject = Subject("model", model.class_name, model.source, locate)
            yield subject, {"client": client, "model": model}
    elif scope == "oauth":
        if client.oauth is not None:
            subject = Subject("OAuth flows", f"security scheme {client.oauth.scheme_key!r}")
            yield subject, {"client": client, "oauth": client.oauth}
    elif scope == "enum":
        for enum in client.enums:
            yield (
                Subject("enum", enum.class_name, enum.source, locate),
                {
                    "client": client,
                    "enum": enum,
                },
            )
    else:
        for api in client.apis:
            for operation in api.operations:
                subject = Subject(
                    "operation",
                    f"{operation.py_name} ({operation.operation_id})",
                    operation.source,
                    locate,
                )
                yield subject, {"client": client, "api": api, "operation": operation}
