"""The whole ``generate`` run, in one place: fast path → load → validate → convert (Swagger
2.0 only) → model → release plan → render → format → write (or, with ``--check``, compare).

``run`` returns a ``RunReport``; the command line (generator/cli.py) only turns arguments
into a configuration and prints what comes back. The stages are imported inside the
functions that run them: a run the fast path answers (generator/output/fastpath.py) loads
none of them, so this module itself imports only what every run needs.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, NamedTuple

from generator.output import fastpath
from generator.progress import counted, stage
from generator.shared.diagnostics import Diagnostic, GeneratorError

if TYPE_CHECKING:
    from generator.changes.release import ReleasePlan, VersionPolicy
    from generator.config import GenerateConfig
    from generator.model import ClientModel
    from generator.model.build import PackageNames
    from generator.output.format import FormatWorkers, Pending
    from generator.render.engine import Locate
    from generator.shared.options import RefPolicy, Selection
    from generator.shared.record import OutputManifest
    from generator.shared.rendered import RenderedFile
    from generator.spec.loader import Document

# Receives warning lines as soon as they are known, before any later stage can fail.
Warn = Callable[[Sequence[str]], None]


# NamedTuples, not dataclasses: see generator.shared.diagnostics.
class RunReport(NamedTuple):
    """What a ``generate`` run did, for the command line to print."""

    output: Path  # the output folder, resolved
    files: int  # how many files the package has
    checked: bool  # --check: compared with the folder, nothing written
    diff: str = ""  # --check: what writing would change ("" when up to date)
    written: tuple[str, ...] = ()
    unchanged: int = 0
    removed: tuple[str, ...] = ()
    # The release's version note and its breaking changes, one line each.
    notes: tuple[str, ...] = ()
    reused: bool = False  # answered by the fast path: the stages did not run


class Generated(NamedTuple):
    client: ClientModel
    files: list[RenderedFile]
    manifest: str
    # With --lenient: each validation error, and each part of the spec that was skipped.
    warnings: Sequence[Diagnostic] = ()
    release: ReleasePlan | None = None  # version decision and changes since the last run
    # Every spec file that was read (the root and the files its $refs name).
    inputs: tuple[Path, ...] = ()
    rerun_note: str = ""  # release.note of a run right after this one, with nothing changed


def _no_warnings(lines: Sequence[str]) -> None:
    """The default ``warn``: a caller that prints nothing."""


def run(
    config: GenerateConfig,
    policy: VersionPolicy = "bump",
    *,
    check: bool = False,
    force: bool = False,
    warn: Warn = _no_warnings,
) -> RunReport:
    """Generate into ``config.output`` (or, with ``check``, only compare with it)."""
    output = config.output.resolve()
    options = _fast_path_options(config, policy)
    last = fastpath.unchanged_since_last_run(config.output, options, config.templates)
    if last is not None:
        # Same inputs as the last run and its files untouched: the full run would find
        # every file unchanged, so report what it would report without running it.
        warn(last.warnings)
        if check:
            return RunReport(output, last.files, checked=True, reused=True)
        return RunReport(
            output, last.files, False, unchanged=last.files, notes=last.notes, reused=True
        )
    if config.templates:
        from generator.render.catalog import misplaced_user_templates

        misplaced = misplaced_user_templates(tuple(f.resolve() for f in config.templates))
        if misplaced:
            raise GeneratorError(misplaced)
    generated = generate_files(config, policy)
    warned = [f"warning: {w}" for w in generated.warnings]
    warn(warned)
    if config.templates:
        from generator.render.catalog import unused_user_templates

        unused = [
            f"warning: {n}"
            for n in unused_user_templates(tuple(f.resolve() for f in config.templates))
        ]
        warn(unused)
        warned += unused
    from generator.shared.record import MANIFEST_NAME

    owned = [str(f.path) for f in generated.files] + [MANIFEST_NAME]
    # What a full run would report next time, when nothing has changed.
    rerun_notes = [generated.rerun_note] if generated.release is not None else []

    def remember_run() -> None:
        fastpath.remember(
            config.output, options, config.templates, generated.inputs, owned, warned, rerun_notes
        )

    if check:
        from generator.output.write import diff_output

        diff = diff_output(config.output, generated.files)
        diff += _overlay_drift(config.output, generated.manifest)
        diff += _selection_drift(config.output, generated.manifest)
        if not diff:
            remember_run()
        return RunReport(output, len(generated.files), checked=True, diff=diff)
    from generator.output.write import write_output

    with stage("write", counted(len(generated.files), "file")):
        written = write_output(config.output, generated.files, generated.manifest, force=force)
    remember_run()
    notes: list[str] = []
    if generated.release is not None:
        notes.append(generated.release.note)
        notes += [
            f"  breaking: {change.subject}: {change.message}"
            for change in generated.release.changes
            if change.breaking
        ]
    return RunReport(
        output,
        len(generated.files),
        checked=False,
        written=written.written,
        unchanged=written.unchanged,
        removed=written.removed,
        notes=tuple(notes),
    )


def _fast_path_options(config: GenerateConfig, policy: VersionPolicy) -> str | None:
    """The run's options as text for the fast path's key, or None when it must not be
    taken: template plugins are Python code from anywhere on the path, and fetched $refs
    come from the network; no digest covers either."""
    if config.template_plugins or config.ref_policy.allow_remote:
        return None
    for folder in config.templates:
        manifest = folder / "manifest.yaml"
        try:
            if manifest.is_file() and "plugins" in manifest.read_text(encoding="utf-8"):
                return None
        except (OSError, UnicodeDecodeError):
            return None
    return repr((config, policy))


def validate(
    spec: Path,
    *,
    lenient: bool = False,
    ref_policy: RefPolicy | None = None,
    overlays: Sequence[Path] = (),
) -> tuple[Document, list[Diagnostic]]:
    """The ``validate`` command's run: the spec loaded (and patched by ``overlays``) and
    checked, and its warnings."""
    with stage("load and validate"):
        return load_validated(spec, lenient=lenient, ref_policy=ref_policy, overlays=overlays)


def load_and_validate(spec: Path, *, lenient: bool = False) -> Document:
    return load_validated(spec, lenient=lenient)[0]


def load_validated(
    spec: Path,
    *,
    lenient: bool = False,
    ref_policy: RefPolicy | None = None,
    overlays: Sequence[Path] = (),
) -> tuple[Document, list[Diagnostic]]:
    """The spec as OpenAPI 3 (Swagger 2.0 is validated as written, then converted);
    overlays apply first, to the document as written."""
    from generator.spec.loader import load_document
    from generator.spec.overlay import apply_overlays
    from generator.spec.swagger2 import convert_swagger2, is_swagger2
    from generator.spec.validate import validate_document

    document = apply_overlays(load_document(spec, ref_policy), overlays)
    warnings = validate_document(document, lenient=lenient)
    if is_swagger2(document.data):
        document = convert_swagger2(document)
    return document, warnings


class SpecAndModel(NamedTuple):
    """The spec and model of a ``generate`` run, for ``verify`` (generator/verify/)."""

    written: Document  # the spec as written, overlays applied: what a mock server reads
    document: Document  # as the model read it: the selection cut, Swagger 2.0 converted
    client: ClientModel


def spec_and_model(config: GenerateConfig) -> SpecAndModel:
    """Load the spec and build its model as ``generate`` does, without validating (the
    caller ran ``run`` first) or rendering."""
    from generator.model import build_client_model
    from generator.spec.loader import SpecSource, load_document
    from generator.spec.overlay import apply_overlays
    from generator.spec.swagger2 import convert_swagger2, is_swagger2

    whole = apply_overlays(load_document(config.spec, config.ref_policy), config.overlays)
    document, _ = _selected(whole, config.selection)
    if is_swagger2(document.data):
        document = convert_swagger2(document)
    names = package_names(config, document)
    client = build_client_model(SpecSource(document), names, lenient=config.lenient, warnings=[])
    return SpecAndModel(whole, document, client)


def package_names(config: GenerateConfig, document: Document) -> PackageNames:
    from generator.model import shape
    from generator.model.build import PackageNames
    from generator.model.metadata import ProjectMetadata
    from generator.model.naming import snake_case

    info = document.data.get("info")
    title = (shape.text(info.get("title")) if isinstance(info, dict) else "") or document.path.stem
    package = config.package_name or snake_case(title, "client")
    project = config.project_name or package.replace("_", "-")
    metadata = config.metadata or ProjectMetadata()
    return PackageNames(package, project, config.package_version, metadata)


def generate_files(config: GenerateConfig, version_policy: VersionPolicy = "bump") -> Generated:
    """Everything but writing: the files as they would be on disk, in memory.

    The output folder is read (never written) for the previous run's manifest: the API
    recorded there decides the version bump and the changelog entry (generator.changes.release).
    """
    from generator.output.format import FormatWorkers

    # The workers start first, while this process is small (see FormatWorkers).
    with FormatWorkers(config.formatter) as workers:
        return _generate(config, version_policy, workers)


def _generate(
    config: GenerateConfig, version_policy: VersionPolicy, workers: FormatWorkers
) -> Generated:
    from generator.output.format import Pending
    from generator.spec.loader import load_document
    from generator.spec.overlay import apply_overlays
    from generator.spec.swagger2 import convert_swagger2, is_swagger2
    from generator.spec.validate import (
        cached_schema_problems,
        cached_selected_problems,
        check_structure,
        schema_problems_of_file,
        structure_problems_outside,
    )

    # The generator's own checks here; openapi-spec-validator's check (most of the
    # validation time) runs in a worker meanwhile. Strict: nothing is written unless it
    # passes, and its diagnostics come before anything a later stage says. Lenient: its
    # findings are warnings, printed before the model stage's.
    with stage("load"):
        # Overlays patch the spec as written, before anything checks or converts it.
        whole = apply_overlays(load_document(config.spec, config.ref_policy), config.overlays)
        document, inside = _selected(whole, config.selection)
        structure = check_structure(document, lenient=config.lenient)
        outside = structure_problems_outside(whole, document) if config.selection.chosen else []
    # A verdict remembered from an earlier run (generator/spec/verdicts.py) needs no worker,
    # and keeps the validator from being imported at all. With a selection, both check the
    # selected operations, and the whole file for warnings (validate.selected_schema_problems).
    if config.selection.chosen:
        remembered = cached_selected_problems(
            whole, document, config.selection, lenient=config.lenient
        )
    else:
        remembered = cached_schema_problems(whole, lenient=config.lenient)
    check = (
        Pending(remembered, None)
        if remembered is not None
        else workers.start(
            schema_problems_of_file,
            config.spec,
            config.ref_policy,
            config.lenient,
            config.overlays,
            config.selection,
        )
    )
    if is_swagger2(document.data):
        document = convert_swagger2(document)
    try:
        return _generate_from(
            config, version_policy, workers, document, structure, check, outside, inside
        )
    except Exception:
        problems = [p for p in check.result() if inside(p)]
        if problems and not config.lenient:
            raise GeneratorError(problems) from None
        raise


def _generate_from(
    config: GenerateConfig,
    version_policy: VersionPolicy,
    workers: FormatWorkers,
    document: Document,
    structure: list[Diagnostic],
    check: Pending[list[Diagnostic]],
    outside: list[Diagnostic],
    inside: Callable[[Diagnostic], bool],
) -> Generated:
    """``structure``: what check_structure returned (with --lenient, the faults later
    stages skip); ``check``: openapi-spec-validator's findings, when they are ready;
    ``outside``: check_structure's findings outside the selected operations, and
    ``inside``, whether a finding is about a part of the spec that is generated."""
    import hashlib
    from dataclasses import replace

    from generator import __version__
    from generator.changes.release import (
        CHANGELOG_NAME,
        changelog_text,
        plan_release,
        read_changelog,
    )
    from generator.changes.surface import api_surface
    from generator.model import build_client_model
    from generator.output.format import format_files
    from generator.render.engine import render
    from generator.shared.record import manifest_text
    from generator.shared.rendered import RenderedFile
    from generator.spec.loader import SpecSource
    from generator.spec.validate import not_reported

    warnings: list[Diagnostic] = []  # the model stage's
    source = SpecSource(document)
    with stage("model") as step:
        client = build_client_model(
            source, package_names(config, document), lenient=config.lenient, warnings=warnings
        )
        step.detail = ", ".join(
            [
                counted(len(client.apis), "API class", "API classes"),
                counted(len(client.models), "model"),
                counted(len(client.enums), "enum"),
            ]
        )
    surface = api_surface(client, document)
    previous = _previous_manifest(config.output)
    plan = plan_release(
        previous.api if previous else None,
        previous.package_version or None if previous else None,
        surface,
        client.package_version,
        version_policy,
    )
    # What the next run would report if nothing changes in between: the fast path
    # (generator/output/fastpath.py) prints it without running.
    rerun = plan_release(surface, plan.version, surface, client.package_version, version_policy)
    client = replace(client, package_version=plan.version)
    with stage("render") as step:
        locate = _locator(document)
        rendered = render(client, config.templates, config.template_plugins, locate=locate)
        step.detail = counted(len(rendered), "file")
    # Formatting shares the workers with the schema check, which has usually finished by now.
    with stage("format", counted(len(rendered), "file")):
        files = format_files(rendered, config.output, workers, config.formatter)
    with stage("validate"):
        found = check.result()
    problems = [p for p in found if inside(p)]
    if problems and not config.lenient:
        raise GeneratorError(problems)
    # Faults that cannot affect the output, since nothing of what they are about is generated.
    elsewhere = _outside_selection(
        [*outside, *not_reported([p for p in found if not inside(p)], outside)]
    )
    warnings = [*structure, *not_reported(problems, structure), *elsewhere, *warnings]
    changelog = changelog_text(
        read_changelog(config.output), plan, client.project_name, client.title, client.api_version
    )
    if all(str(f.path) != CHANGELOG_NAME for f in files):  # a custom template may own it
        files = sorted(
            [*files, RenderedFile(PurePosixPath(CHANGELOG_NAME), changelog, "changelog")],
            key=lambda f: f.path,
        )
    digest = hashlib.sha256(document.text.encode("utf-8")).hexdigest()
    overlays = [(path.name, sha256) for path, sha256 in document.overlays]
    chosen = {key: list(values) for key, values in config.selection._asdict().items() if values}
    manifest = manifest_text(files, digest, __version__, plan.version, surface, overlays, chosen)
    warnings = _one_line_per_fault(warnings)
    # The overlays are inputs too: the fast path's key covers their text.
    inputs = (*source.documents, *(path for path, _ in document.overlays))
    return Generated(client, files, manifest, warnings, plan, inputs, rerun.note)


def _selected(
    document: Document, selection: Selection
) -> tuple[Document, Callable[[Diagnostic], bool]]:
    """The spec cut down to the selected operations (generator/spec/select.py), and whether
    a diagnostic is about a part of it; the whole spec and "always" without a selection."""
    if not selection.chosen:
        return document, lambda diagnostic: True
    from generator.spec.select import cut, within

    selected = cut(document, selection)
    shown = document.display_name
    return selected, lambda diagnostic: within(selected.data, diagnostic, shown)


def _outside_selection(diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    note = "; outside the selected operations, so not generated"
    return [d._replace(message=d.message + note) for d in diagnostics]


def _one_line_per_fault(warnings: list[Diagnostic]) -> list[Diagnostic]:
    """With --lenient, validation names a fault and the model stage then says what it did
    about it, at the same node (``...points to nothing`` then ``...points to nothing;
    typed Any``): only the fuller line is kept."""
    at_place: dict[tuple[object, ...], list[Diagnostic]] = {}
    for warning in warnings:
        place = (warning.file, warning.line, warning.column, warning.pointer)
        at_place.setdefault(place, []).append(warning)
    return [
        warning
        for warning in warnings
        if not any(
            other.message.startswith(warning.message + "; ")
            for other in at_place[(warning.file, warning.line, warning.column, warning.pointer)]
        )
    ]


def _overlay_drift(folder: Path, manifest: str) -> str:
    """A diff of the manifest's ``overlays`` when the overlays differ from those the folder
    was generated with (an edited overlay may leave every generated file as it was, but
    the folder no longer records what it was made from)."""
    import difflib
    import json

    from generator.shared.record import MANIFEST_NAME

    previous = _previous_manifest(folder)
    if previous is None:
        return ""
    recorded = [{"file": name, "sha256": sha256} for name, sha256 in previous.overlays]
    current = json.loads(manifest).get("overlays", [])
    if recorded == current:
        return ""
    return "".join(
        difflib.unified_diff(
            (json.dumps({"overlays": recorded}, indent=2) + "\n").splitlines(keepends=True),
            (json.dumps({"overlays": current}, indent=2) + "\n").splitlines(keepends=True),
            fromfile=f"a/{MANIFEST_NAME} (overlays)",
            tofile=f"b/{MANIFEST_NAME} (overlays)",
        )
    )


def _selection_drift(folder: Path, manifest: str) -> str:
    """A line for ``--check`` when the folder was generated with another selection (two
    selections may choose the same operations, and so the same files, but the folder no
    longer records what it was made from)."""
    import json

    previous = _previous_manifest(folder)
    current = json.loads(manifest).get("selection", {})
    if previous is None or previous.selection == current:
        return ""
    return f"selection: generated with {previous.selection or 'none'}, now {current or 'none'}\n"


def _previous_manifest(folder: Path) -> OutputManifest | None:
    """The last run's manifest; an unreadable one counts as none here (write reports it)."""
    from generator.shared.record import read_manifest

    try:
        return read_manifest(folder.resolve())
    except GeneratorError:
        return None


def _locator(document: Document) -> Locate:
    """``spec.yaml:LINE`` of a JSON pointer in the root document (or ``overlay.yaml:LINE``
    when an overlay wrote the value), for template errors."""

    def locate(pointer: str) -> str | None:
        file, position = document.place(pointer)
        return f"{file}:{position[0]}" if position else None

    return locate
