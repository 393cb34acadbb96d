"""``python -m generator diff OLD NEW``: load both specs, build their models, compare."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from generator.diagnostics import Diagnostic, GeneratorError
from generator.diff.compare import Bump, Change, compare_surfaces, suggested_bump
from generator.diff.select import select_operations
from generator.diff.surface import Surface, api_surface
from generator.loader import Document, SpecSource, load_document
from generator.model import build_client_model
from generator.model.build import PackageNames
from generator.validate import validate_document

# The names of the package do not change what a user sees of the API, so any will do.
_NAMES = PackageNames("client", "client", "0")


@dataclass(frozen=True)
class SpecDiff:
    old: Document
    new: Document
    changes: list[Change]
    bump: Bump
    warnings: list[Diagnostic]


def load_surface(
    path: Path,
    tags: Sequence[str] = (),
    operations: Sequence[str] = (),
    *,
    lenient: bool = True,
    warnings: list[Diagnostic] | None = None,
) -> tuple[Document, Surface]:
    """Load, optionally cut down to some operations, validate, model: the API surface."""
    warnings = warnings if warnings is not None else []
    document = load_document(path)
    if tags or operations:
        data = select_operations(document.data, tags, operations)
        # Same file and text, so lines are still found; only unused parts are left out.
        document = replace(document, data=data)
    try:
        validate_document(document)
    except GeneratorError as error:
        if not lenient:
            raise
        # Comparing only reads the spec: published specs often break a rule or two (Square's
        # does) and a report is still useful. `generate` stays strict.
        warnings.extend(error.diagnostics)
    client = build_client_model(SpecSource(document), _NAMES)
    return document, api_surface(client, document)


def diff_specs(
    old: Path,
    new: Path,
    tags: Sequence[str] = (),
    operations: Sequence[str] = (),
    *,
    strict: bool = False,
) -> SpecDiff:
    warnings: list[Diagnostic] = []
    old_document, old_surface = load_surface(
        old, tags, operations, lenient=not strict, warnings=warnings
    )
    new_document, new_surface = load_surface(
        new, tags, operations, lenient=not strict, warnings=warnings
    )
    if (tags or operations) and not old_surface["operations"] and not new_surface["operations"]:
        wanted = ", ".join([*tags, *operations])
        raise GeneratorError([Diagnostic("command line", f"no operation matches {wanted}")])
    changes = compare_surfaces(old_surface, new_surface)
    return SpecDiff(old_document, new_document, changes, suggested_bump(changes), warnings)
