"""Settings for a run: ``[tool.generator]`` in pyproject.toml, overridden by the command line.

Every key and value is checked first (generator/settings.py). Imported by every run,
including one that the fast path (generator/output/fastpath.py) answers without generating: it
loads nothing beyond the standard library and ``packaging``'s version and license parsers.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from generator.settings import DEFAULT_VERSION, check_command_line, check_project_settings
from generator.shared.diagnostics import Diagnostic, GeneratorError, display_path
from generator.shared.options import (
    DEFAULT_FORMATTER,
    Formatter,
    Origin,
    PluginRef,
    RefPolicy,
    Selection,
)

if TYPE_CHECKING:
    from generator.model.metadata import ProjectMetadata


def parse_ref_map(text: str) -> tuple[str, Path]:
    """``URL_PREFIX=DIR`` from the command line."""
    from urllib.parse import urlsplit

    prefix, equals, folder = text.partition("=")
    if not equals or urlsplit(prefix).scheme not in ("http", "https") or not folder:
        message = (
            f"--ref-map {text!r}: expected URL_PREFIX=DIR, e.g. https://example.com/schemas/=vendor"
        )
        raise GeneratorError([Diagnostic("command line", message)])
    path = Path(folder).resolve()
    if not path.is_dir():
        message = f"--ref-map {text!r}: folder {display_path(path)} not found"
        raise GeneratorError([Diagnostic("command line", message)])
    return prefix, path


class GenerateConfig(NamedTuple):
    spec: Path
    output: Path
    package_name: str | None  # None: derived from the spec's title
    project_name: str | None
    package_version: str
    templates: tuple[Path, ...]  # user template folders, the one that wins first
    template_plugins: tuple[PluginRef, ...] = ()
    lenient: bool = False  # generate despite validation errors, reporting them as warnings
    # Remote $refs: --ref-map copies, --allow-remote-refs (command line only).
    ref_policy: RefPolicy = RefPolicy()
    formatter: Formatter = DEFAULT_FORMATTER
    # None: none given (the model's class is loaded only when some is, for the fast path).
    metadata: ProjectMetadata | None = None
    # Only these operations and what they reach; an empty one chooses every operation.
    selection: Selection = Selection()
    # Overlay documents that patch the spec before validation, in the order they apply.
    overlays: tuple[Path, ...] = ()


def read_project_settings(folder: Path) -> tuple[dict[str, Any], Path]:
    """The ``[tool.generator]`` table of ``folder/pyproject.toml`` (empty when absent),
    every key known and every value of the right type (see generator.settings)."""
    path = folder / "pyproject.toml"
    if not path.is_file():
        return {}, folder
    import tomllib  # only a folder with a pyproject.toml needs it

    shown = display_path(path)
    try:
        text = path.read_text(encoding="utf-8")
        data = tomllib.loads(text)
    except (OSError, UnicodeDecodeError) as error:
        raise GeneratorError([Diagnostic(shown, f"cannot read: {error}")]) from None
    except tomllib.TOMLDecodeError as error:
        raise GeneratorError([Diagnostic(shown, f"invalid TOML: {error}")]) from None
    tool = data.get("tool", {})
    settings = tool.get("generator", {}) if isinstance(tool, dict) else {}
    if not isinstance(settings, dict):
        raise GeneratorError([Diagnostic(shown, "[tool.generator] must be a table")])
    return check_project_settings(settings, shown, text), folder


def resolve_config(args: dict[str, Any], cwd: Path) -> GenerateConfig:
    settings, base = read_project_settings(cwd)
    use_settings = args.get("spec") is None  # an explicit SPEC means "not this project's spec"
    if not use_settings:
        settings = {}
    args = check_command_line(args)
    spec = args.get("spec") or settings.get("spec")
    if spec is None:
        message = "no spec given: pass SPEC, or set spec in [tool.generator] of pyproject.toml"
        raise GeneratorError([Diagnostic("command line", message)])
    output = args.get("output") or settings.get("output")
    if output is None:
        raise GeneratorError([Diagnostic("command line", "no output folder: pass -o/--output")])
    pyproject = Origin(display_path(base / "pyproject.toml"))
    command_line = Origin("command line")
    # The command line is more specific than the project's settings: its folders come first.
    templates = _folders(args.get("templates") or [], cwd, command_line, "--templates")
    templates += _folders(settings.get("templates", []), base, pyproject, "templates")
    # Plugins run in order and a later one wins a filter name: the project's first, then
    # the command line's, the first given last.
    plugins = [
        PluginRef(name, pyproject, (base,))
        for name in reversed(settings.get("template-plugins", []))
    ]
    plugins += [
        PluginRef(name, command_line, (cwd,))
        for name in reversed(args.get("template_plugins") or [])
    ]
    # The project's overlays first, then the command line's, each in the order written.
    overlays = _overlay_files(settings.get("overlays", []), base, pyproject, "overlays")
    overlays += overlay_paths(args, cwd)
    return GenerateConfig(
        spec=(base / spec) if not args.get("spec") else Path(spec),
        output=(base / output) if not args.get("output") else Path(output),
        package_name=args.get("package_name") or settings.get("package-name"),
        project_name=args.get("project_name") or settings.get("project-name"),
        package_version=args.get("package_version")
        or settings.get("package-version")
        or DEFAULT_VERSION,
        templates=tuple(templates),
        template_plugins=tuple(plugins),
        lenient=bool(args.get("lenient") or settings.get("lenient", False)),
        ref_policy=ref_policy_from_args(args),
        formatter=_formatter(args, settings),
        metadata=_metadata(args, settings),
        selection=_selection(args, settings),
        overlays=tuple(overlays),
    )


def _selection(args: dict[str, Any], settings: dict[str, Any]) -> Selection:
    """``--tag``/``--operation``/``--path``; without any of them, ``tags``/``operations``/
    ``paths`` of ``[tool.generator]``: the command line chooses instead of the project."""
    keys = Selection._fields  # the same names on the command line and in the project
    source = args if any(args.get(key) for key in keys) else settings
    return Selection(*(tuple(source.get(key) or ()) for key in keys))


def overlay_paths(args: dict[str, Any], cwd: Path) -> list[Path]:
    """``--overlay FILE`` (repeatable) of the command line, each an existing file."""
    return _overlay_files(args.get("overlays") or [], cwd, Origin("command line"), "--overlay")


def _overlay_files(names: list[str], base: Path, origin: Origin, option: str) -> list[Path]:
    files = []
    for name in names:
        path = base / name
        if not path.is_file():
            what = "is a folder, not an overlay file" if path.is_dir() else "not found"
            raise GeneratorError([origin.diagnostic(f"{option}: {display_path(path)} {what}")])
        files.append(path)
    return files


def _metadata(args: dict[str, Any], settings: dict[str, Any]) -> ProjectMetadata | None:
    expression = args.get("license") or settings.get("license", "")
    authors = tuple(args.get("authors") or settings.get("authors", ()))
    urls = tuple(args.get("urls") or settings.get("urls", ()))
    if not (expression or authors or urls):
        return None
    from generator.model.metadata import ProjectMetadata

    return ProjectMetadata(license=expression, authors=authors, urls=urls)


def _formatter(args: dict[str, Any], settings: dict[str, Any]) -> Formatter:
    """``--formatter``, else ``formatter`` in ``[tool.generator]``, else ruff (both already
    checked by generator/settings.py)."""
    chosen: Formatter = args.get("formatter") or settings.get("formatter") or DEFAULT_FORMATTER
    return chosen


def ref_policy_from_args(args: dict[str, Any]) -> RefPolicy:
    """``--allow-remote-refs`` and ``--ref-map URL_PREFIX=DIR`` (command line only: a
    project's settings should not be able to turn on network access silently)."""
    return RefPolicy(
        allow_remote=bool(args.get("allow_remote_refs")),
        ref_map=tuple(parse_ref_map(text) for text in args.get("ref_map") or []),
    )


def _folders(names: list[str], base: Path, origin: Origin, option: str) -> list[Path]:
    folders = []
    for name in names:
        folder = base / name
        if folder.is_file():
            message = (
                f"{option}: {display_path(folder)} is a file; give the folder that holds "
                "your templates"
            )
            raise GeneratorError([origin.diagnostic(message)])
        if not folder.is_dir():
            message = f"{option}: templates folder {display_path(folder)} not found"
            raise GeneratorError([origin.diagnostic(message)])
        folders.append(folder)
    return folders
