"""The whole run: load → validate → convert (Swagger 2.0 only) → model → render → format."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePosixPath

from generator import __version__
from generator.changes.release import (
    CHANGELOG_NAME,
    ReleasePlan,
    VersionPolicy,
    changelog_text,
    plan_release,
    read_changelog,
)
from generator.changes.surface import api_surface
from generator.config import GenerateConfig, RefPolicy
from generator.model import ClientModel, build_client_model, shape
from generator.model.build import PackageNames
from generator.model.metadata import ProjectMetadata
from generator.model.naming import snake_case
from generator.output.format import FormatWorkers, Pending, format_files
from generator.output.write import Manifest, manifest_text, read_manifest
from generator.progress import counted, stage
from generator.render.engine import Locate, RenderedFile, render
from generator.shared.diagnostics import Diagnostic, GeneratorError
from generator.spec.loader import Document, SpecSource, load_document
from generator.spec.swagger2 import convert_swagger2, is_swagger2
from generator.spec.validate import (
    cached_schema_problems,
    check_structure,
    not_reported,
    schema_problems_of_file,
    validate_document,
)


@dataclass(frozen=True)
class Generated:
    client: ClientModel
    files: list[RenderedFile]
    manifest: str
    # With --lenient: each validation error, and each part of the spec that was skipped.
    warnings: list[Diagnostic] = field(default_factory=list)
    release: ReleasePlan | None = None  # version decision and changes since the last run
    # Every spec file that was read (the root and the files its $refs name).
    inputs: tuple[Path, ...] = ()
    rerun_note: str = ""  # release.note of a run right after this one, with nothing changed


def load_and_validate(spec: Path, *, lenient: bool = False) -> Document:
    return load_validated(spec, lenient=lenient)[0]


def load_validated(
    spec: Path, *, lenient: bool = False, ref_policy: RefPolicy | None = None
) -> tuple[Document, list[Diagnostic]]:
    """The spec as OpenAPI 3 (Swagger 2.0 is validated as written, then converted)."""
    document = load_document(spec, ref_policy)
    warnings = validate_document(document, lenient=lenient)
    if is_swagger2(document.data):
        document = convert_swagger2(document)
    return document, warnings


def package_names(config: GenerateConfig, document: Document) -> PackageNames:
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
    # The workers start first, while this process is small (see FormatWorkers).
    with FormatWorkers(config.formatter) as workers:
        return _generate(config, version_policy, workers)


def _generate(
    config: GenerateConfig, version_policy: VersionPolicy, workers: FormatWorkers
) -> Generated:
    # The generator's own checks here; openapi-spec-validator's check (most of the
    # validation time) runs in a worker meanwhile. Strict: nothing is written unless it
    # passes, and its diagnostics come before anything a later stage says. Lenient: its
    # findings are warnings, printed before the model stage's.
    with stage("load"):
        document = load_document(config.spec, config.ref_policy)
        structure = check_structure(document, lenient=config.lenient)
    # A verdict remembered from an earlier run (generator/spec/verdicts.py) needs no worker,
    # and keeps the validator from being imported at all.
    remembered = cached_schema_problems(document, lenient=config.lenient)
    check = (
        Pending(remembered, None)
        if remembered is not None
        else workers.start(schema_problems_of_file, config.spec, config.ref_policy, config.lenient)
    )
    if is_swagger2(document.data):
        document = convert_swagger2(document)
    try:
        return _generate_from(config, version_policy, workers, document, structure, check)
    except Exception:
        problems = check.result()
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
) -> Generated:
    """``structure``: what check_structure returned (with --lenient, the faults later
    stages skip); ``check``: openapi-spec-validator's findings, when they are ready."""
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
        problems = check.result()
    if problems and not config.lenient:
        raise GeneratorError(problems)
    warnings = [*structure, *not_reported(problems, structure), *warnings]
    changelog = changelog_text(
        read_changelog(config.output), plan, client.project_name, client.title, client.api_version
    )
    if all(str(f.path) != CHANGELOG_NAME for f in files):  # a custom template may own it
        files = sorted(
            [*files, RenderedFile(PurePosixPath(CHANGELOG_NAME), changelog, "changelog")],
            key=lambda f: f.path,
        )
    digest = hashlib.sha256(document.text.encode("utf-8")).hexdigest()
    manifest = manifest_text(files, digest, __version__, plan.version, surface)
    warnings = _one_line_per_fault(warnings)
    return Generated(client, files, manifest, warnings, plan, tuple(source.documents), rerun.note)


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


def _previous_manifest(folder: Path) -> Manifest | None:
    """The last run's manifest; an unreadable one counts as none here (write reports it)."""
    try:
        return read_manifest(folder.resolve())
    except GeneratorError:
        return None


def _locator(document: Document) -> Locate:
    """``spec.yaml:LINE`` of a JSON pointer in the root document, for template errors."""

    def locate(pointer: str) -> str | None:
        position = document.locate(pointer)
        return f"{document.display_name}:{position[0]}" if position else None

    return locate
