"""The whole run, stage after stage: load → validate → model → render → format → write."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from pathlib import Path, PurePosixPath

from generator import __version__
from generator.config import GenerateConfig
from generator.diagnostics import GeneratorError
from generator.diff.release import (
    CHANGELOG_NAME,
    ReleasePlan,
    VersionPolicy,
    changelog_text,
    plan_release,
    read_changelog,
)
from generator.diff.surface import api_surface
from generator.formatting import format_files
from generator.loader import Document, SpecSource, load_document
from generator.model import ClientModel, build_client_model
from generator.model.build import PackageNames
from generator.model.naming import snake_case
from generator.render import Locate, RenderedFile, render
from generator.validate import validate_document
from generator.write import Manifest, manifest_text, read_manifest


@dataclass(frozen=True)
class Generated:
    client: ClientModel
    files: list[RenderedFile]
    manifest: str
    release: ReleasePlan | None = None  # version decision and changes since the last run


def load_and_validate(spec: Path) -> Document:
    document = load_document(spec)
    validate_document(document)
    return document


def package_names(config: GenerateConfig, document: Document) -> PackageNames:
    title = str((document.data.get("info") or {}).get("title") or document.path.stem)
    package = config.package_name or snake_case(title, "client")
    project = config.project_name or package.replace("_", "-")
    return PackageNames(package, project, config.package_version)


def generate_files(config: GenerateConfig, version_policy: VersionPolicy = "bump") -> Generated:
    """Everything but writing: the files as they would be on disk, in memory.

    The output folder is read (never written) for the previous run's manifest: the API
    recorded there decides the version bump and the changelog entry (generator.diff.release).
    """
    document = load_and_validate(config.spec)
    client = build_client_model(SpecSource(document), package_names(config, document))
    surface = api_surface(client, document)
    previous = _previous_manifest(config.output)
    plan = plan_release(
        previous.api if previous else None,
        previous.package_version or None if previous else None,
        surface,
        client.package_version,
        version_policy,
    )
    client = replace(client, package_version=plan.version)
    files = format_files(
        render(client, config.templates, config.template_plugins, locate=_locator(document))
    )
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
    return Generated(client, files, manifest, plan)


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
