"""The whole run, stage after stage: load → validate → model → render → format → write."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from generator import __version__
from generator.config import GenerateConfig
from generator.formatting import format_files
from generator.loader import Document, SpecSource, load_document
from generator.model import ClientModel, build_client_model
from generator.model.build import PackageNames
from generator.model.naming import snake_case
from generator.render import Locate, RenderedFile, render
from generator.validate import validate_document
from generator.write import manifest_text


@dataclass(frozen=True)
class Generated:
    client: ClientModel
    files: list[RenderedFile]
    manifest: str


def load_and_validate(spec: Path) -> Document:
    document = load_document(spec)
    validate_document(document)
    return document


def package_names(config: GenerateConfig, document: Document) -> PackageNames:
    title = str((document.data.get("info") or {}).get("title") or document.path.stem)
    package = config.package_name or snake_case(title, "client")
    project = config.project_name or package.replace("_", "-")
    return PackageNames(package, project, config.package_version)


def generate_files(config: GenerateConfig) -> Generated:
    """Everything but writing: the files as they would be on disk, in memory."""
    document = load_and_validate(config.spec)
    client = build_client_model(SpecSource(document), package_names(config, document))
    files = format_files(
        render(client, config.templates, config.template_plugins, locate=_locator(document)),
        config.output,
    )
    digest = hashlib.sha256(document.text.encode("utf-8")).hexdigest()
    return Generated(client, files, manifest_text(files, digest, __version__))


def _locator(document: Document) -> Locate:
    """``spec.yaml:LINE`` of a JSON pointer in the root document, for template errors."""

    def locate(pointer: str) -> str | None:
        position = document.locate(pointer)
        return f"{document.display_name}:{position[0]}" if position else None

    return locate
