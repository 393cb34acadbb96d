"""Stage 6: put the generated files on disk, or compare them with what is there.

Nothing is written until every file has been rendered and formatted, so a failure in any
earlier stage leaves the output folder as it was. Each file is replaced atomically (written
beside itself, then renamed). A manifest records which files the generator owns: files it
did not write (a user's notes, tests, .git) are never touched, and generated files that are
no longer produced are removed.
"""

from __future__ import annotations

import difflib
import hashlib
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from generator.diagnostics import Diagnostic, GeneratorError
from generator.loader import display_path
from generator.render import RenderedFile

MANIFEST_NAME = ".generator-manifest.json"


@dataclass(frozen=True)
class WriteReport:
    written: tuple[str, ...]
    unchanged: int
    removed: tuple[str, ...]


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def read_manifest(folder: Path) -> dict[str, str]:
    path = folder / MANIFEST_NAME
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return {str(k): str(v) for k, v in data["files"].items()}
    except (OSError, ValueError, KeyError, AttributeError):
        message = "the generator's manifest is unreadable; delete it or use another folder"
        raise GeneratorError([Diagnostic(display_path(path), message)]) from None


def manifest_text(files: list[RenderedFile], spec_digest: str, generator_version: str) -> str:
    data = {
        "generator_version": generator_version,
        "spec_sha256": spec_digest,
        "files": {str(f.path): _digest(f.text) for f in files},
    }
    return json.dumps(data, indent=2, sort_keys=True) + "\n"


def write_output(folder: Path, files: list[RenderedFile], manifest: str) -> WriteReport:
    folder = folder.resolve()
    old = read_manifest(folder)
    if not old and folder.exists() and any(folder.iterdir()):
        message = (
            "folder is not empty and was not made by this generator; choose an empty or new folder"
        )
        raise GeneratorError([Diagnostic(display_path(folder), message)])
    targets = _targets_inside(folder, files)  # defence in depth, checked before any write
    written: list[str] = []
    unchanged = 0
    for file, target in zip(files, targets, strict=True):
        if target.exists() and target.read_bytes() == file.text.encode("utf-8"):
            unchanged += 1
            continue
        _atomic_write(target, file.text)
        written.append(str(file.path))
    produced = {str(f.path) for f in files}
    removed = sorted(p for p in old if p not in produced)
    for relative in removed:
        stale = folder / relative
        if not _is_inside(folder, stale):
            continue  # a hand-edited manifest must not make us delete outside the folder
        if stale.is_file():
            stale.unlink()
        _remove_empty_parents(stale.parent, folder)
    _atomic_write(folder / MANIFEST_NAME, manifest)
    return WriteReport(tuple(written), unchanged, tuple(removed))


def _is_inside(folder: Path, target: Path) -> bool:
    return target.resolve().is_relative_to(folder) and target.resolve() != folder


def _targets_inside(folder: Path, files: list[RenderedFile]) -> list[Path]:
    """Every file's path on disk, refusing any that would leave ``folder`` or that differs
    from another only in case (they would overwrite each other on macOS and Windows).
    Names are made safe in the model; this stage does not trust that."""
    targets: list[Path] = []
    seen: dict[str, str] = {}
    for file in files:
        relative = str(file.path)
        target = folder / Path(*file.path.parts)
        if file.path.is_absolute() or ".." in file.path.parts or not _is_inside(folder, target):
            message = f"refusing to write {relative!r}: outside the output folder"
            raise GeneratorError([Diagnostic(display_path(folder), message)])
        if relative.casefold() in seen:
            other = seen[relative.casefold()]
            message = f"refusing to write {relative!r}: differs only in case from {other!r}"
            raise GeneratorError([Diagnostic(display_path(folder), message)])
        seen[relative.casefold()] = relative
        targets.append(target)
    return targets


def _atomic_write(target: Path, text: str) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(text.encode("utf-8"))
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _remove_empty_parents(folder: Path, root: Path) -> None:
    while folder != root and folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent


def diff_output(folder: Path, files: list[RenderedFile]) -> str:
    """A unified diff from what is on disk to what would be generated; "" when equal."""
    folder = folder.resolve()
    chunks: list[str] = []
    produced: set[str] = set()
    for file in files:
        produced.add(str(file.path))
        target = folder / Path(*file.path.parts)
        current = target.read_text(encoding="utf-8") if target.is_file() else None
        if current == file.text:
            continue
        chunks.extend(
            difflib.unified_diff(
                (current or "").splitlines(keepends=True),
                file.text.splitlines(keepends=True),
                fromfile=f"a/{file.path}" if current is not None else "/dev/null",
                tofile=f"b/{file.path}",
            )
        )
    for relative in sorted(read_manifest(folder)):
        if relative not in produced and (folder / relative).is_file():
            old_text = (folder / relative).read_text(encoding="utf-8")
            chunks.extend(
                difflib.unified_diff(
                    old_text.splitlines(keepends=True),
                    [],
                    fromfile=f"a/{relative}",
                    tofile="/dev/null",
                )
            )
    return "".join(c if c.endswith("\n") else c + "\n" for c in chunks)
