"""The record a run leaves in its output folder (``.generator-manifest.json``): every file
the generator owns with its SHA-256, the spec's digest, the versions, and the API surface.

A neutral home: writing keeps it, the next ``generate`` reads it for the release plan, and
``diff`` reads it to compare against a generated folder, without loading the writer.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.shared.diagnostics import Diagnostic, GeneratorError, display_path
from generator.shared.rendered import RenderedFile

MANIFEST_NAME = ".generator-manifest.json"
MANIFEST_FORMAT = 2


@dataclass(frozen=True)
class OutputManifest:
    """What the previous run wrote into a folder."""

    files: dict[str, str]  # relative POSIX path -> SHA-256 of the content
    spec_sha256: str = ""
    generator_version: str = ""
    package_version: str = ""  # the version written into the package (after any bump)
    api: dict[str, Any] | None = field(default=None)  # API surface, see generator.changes
    # The overlays applied, in order, as the manifest lists them ({"file", "sha256"} each).
    overlays: tuple[tuple[str, str], ...] = ()
    # The operations chosen (``--tag`` ...): {"tags"|"operations"|"paths": [...]}, each key
    # only when given; empty when the whole spec was generated.
    selection: dict[str, list[str]] = field(default_factory=dict)


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def read_manifest(folder: Path) -> OutputManifest | None:
    """The manifest of ``folder``, or None when the generator has not written there."""
    path = folder / MANIFEST_NAME
    if not path.exists():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        files = {str(k): str(v) for k, v in data["files"].items()}
        api = data.get("api")
        overlays = tuple((str(o["file"]), str(o["sha256"])) for o in data.get("overlays", ()))
        selection = {str(k): [str(v) for v in vs] for k, vs in data.get("selection", {}).items()}
        return OutputManifest(
            files=files,
            spec_sha256=str(data.get("spec_sha256", "")),
            generator_version=str(data.get("generator_version", "")),
            package_version=str(data.get("package_version", "")),
            api=api if isinstance(api, dict) else None,
            overlays=overlays,
            selection=selection,
        )
    except (OSError, UnicodeDecodeError, ValueError, KeyError, AttributeError, TypeError):
        message = (
            "the generator's manifest is unreadable (a merge conflict?); "
            "run again with --force to rebuild it"
        )
        raise GeneratorError([Diagnostic(display_path(path), message)]) from None


def manifest_text(
    files: list[RenderedFile],
    spec_digest: str,
    generator_version: str,
    package_version: str = "",
    api: dict[str, Any] | None = None,
    overlays: list[tuple[str, str]] | None = None,
    selection: dict[str, list[str]] | None = None,
) -> str:
    """The manifest's text; ``overlays``: (file name, SHA-256) of each overlay applied, in
    order (recorded only when there were some); ``selection``: the chosen tags, operations
    and path globs (recorded only when some were)."""
    data: dict[str, Any] = {
        "format": MANIFEST_FORMAT,
        "generator_version": generator_version,
        "spec_sha256": spec_digest,
        "package_version": package_version,
        "files": {str(f.path): digest(f.text) for f in files},
    }
    if api is not None:
        data["api"] = api
    if overlays:
        data["overlays"] = [{"file": name, "sha256": sha256} for name, sha256 in overlays]
    if selection:
        data["selection"] = selection
    return json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
