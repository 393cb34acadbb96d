"""Regenerating when nothing changed: a comparison of digests instead of a generation.

After each successful run (files written, or ``--check`` found them up to date) the run is
remembered in the cache folder, per output folder: a digest of everything that decides the
output (every spec file read, the templates, the generator's own code, the versions of the
libraries that shape the text, the options) and the digest of every file written. The next
run with the same inputs only checks that every generated file on disk still has its
digest; if one was edited by hand or removed, or anything at all differs, the full
pipeline runs and decides as usual (so ``--check`` still reports a hand-edited file, and
``generate`` treats it as it always does).

This module imports nothing heavy: the point is to answer before a formatter, Jinja and
the validator are loaded.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from generator import __version__
from generator.shared.caching import cache_folder, installed_distributions, remove_stale
from generator.shared.paths import builtin_templates

if TYPE_CHECKING:
    pass

# The libraries whose versions change the generated text or what counts as a valid spec.
LIBRARIES = ("black", "jinja2", "openapi-spec-validator", "pyyaml", "ruff")
GENERATOR_CODE = Path(__file__).resolve().parent.parent


class Remembered(NamedTuple):  # not a dataclass: see generator.shared.diagnostics
    """What the last run of this output folder produced."""

    files: int  # generated files, as reported by a run (the manifest not counted)
    warnings: tuple[str, ...]  # printed again (stderr), as the full run would print them
    notes: tuple[str, ...]  # the full run's other lines before its summary (stdout)


def _digest_file(path: str, into: hashlib._Hash) -> None:
    into.update(path.encode("utf-8") + b"\0")
    with open(path, "rb") as stream:
        into.update(stream.read())
    into.update(b"\0")


def _tree_files(folder: Path, suffix: str = "", skip: str = "") -> list[str]:
    """The files under ``folder`` whose names end with ``suffix``, sorted, as rglob would
    find them (symlinked folders not entered), leaving out ``__pycache__`` and a folder
    ``skip`` right under ``folder``. os.scandir: Path.rglob and a stat per file took half
    of this check's time."""
    found: list[str] = []
    pending = [(str(folder), True)]
    while pending:
        where, top = pending.pop()
        with os.scandir(where) as entries:
            for entry in entries:
                if entry.is_dir() and not entry.is_symlink():
                    if entry.name != "__pycache__" and not (top and entry.name == skip):
                        pending.append((entry.path, False))
                elif entry.name.endswith(suffix) and entry.is_file():
                    found.append(entry.path)
    return sorted(found)


def _library_versions() -> str:
    """Names of the installed distributions of LIBRARIES with their versions.

    Read from the ``*.dist-info`` folder names on ``sys.path`` (one directory listing)
    rather than through ``importlib.metadata``, which alone would cost more than the rest
    of this check.
    """
    return installed_distributions(LIBRARIES)


def inputs_key(
    options: str, spec_files: Iterable[Path], template_folders: Sequence[Path]
) -> str | None:
    """One digest of everything the output depends on; None if a part cannot be read."""
    key = hashlib.sha256()
    key.update(f"{__version__}\0{_library_versions()}\0{options}\0".encode())
    try:
        for path in sorted(set(spec_files)):
            _digest_file(str(path), key)
        for folder in (builtin_templates(), *template_folders):
            key.update(b"templates\0")
            for name in _tree_files(folder):
                _digest_file(name, key)
        # The generator itself: a changed model or filter changes the output too, even
        # before its version number is raised. (Not precompiled/: Jinja's translations of
        # the templates digested above.)
        for name in _tree_files(GENERATOR_CODE, ".py", skip="precompiled"):
            _digest_file(name, key)
    except OSError:
        return None
    return key.hexdigest()


def _record_path(output: Path) -> Path | None:
    folder = cache_folder("runs")
    if folder is None:
        return None
    name = hashlib.sha256(str(output.resolve()).encode("utf-8")).hexdigest()[:24]
    return folder / f"{name}.json"


def remember(
    output: Path,
    options: str | None,
    template_folders: Sequence[Path],
    spec_files: Sequence[Path],
    owned: Sequence[str],
    warnings: Sequence[str],
    notes: Sequence[str] = (),
) -> None:
    """Record a successful run: ``owned`` are the paths (relative to ``output``) of every
    file the run produced, as they are on disk now, the manifest last."""
    record = _record_path(output)
    if record is None or options is None:
        return
    key = inputs_key(options, spec_files, template_folders)
    if key is None:
        return
    folder = output.resolve()
    try:
        files = {p: hashlib.sha256((folder / p).read_bytes()).hexdigest() for p in owned}
        data = {
            "key": key,
            "spec_files": [str(p) for p in spec_files],
            "files": files,
            "generated_count": len(owned) - 1,
            "warnings": list(warnings),
            "notes": list(notes),
        }
        import tempfile  # only when a run is recorded, never on the fast path

        record.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=record.parent, prefix=".run-")
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            json.dump(data, stream)
        os.replace(temporary, record)
        remove_stale(record.parent)
    except OSError:
        pass  # only the next run's speed depends on it


def unchanged_since_last_run(
    output: Path, options: str | None, template_folders: Sequence[Path]
) -> Remembered | None:
    """The last run's summary if regenerating would change nothing on disk, else None."""
    record = _record_path(output)
    if record is None or options is None:
        return None
    try:
        data = json.loads(record.read_text(encoding="utf-8"))
        spec_files = [Path(p) for p in data["spec_files"]]
        expected: dict[str, str] = dict(data["files"])
        remembered = Remembered(
            int(data["generated_count"]), tuple(data["warnings"]), tuple(data["notes"])
        )
        if inputs_key(options, spec_files, template_folders) != data["key"]:
            return None
        folder = output.resolve()
        for relative, digest in expected.items():
            if hashlib.sha256((folder / relative).read_bytes()).hexdigest() != digest:
                return None
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return remembered
