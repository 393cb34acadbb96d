"""What openapi-spec-validator said about a spec, remembered, so it never checks the same
spec twice: after a template-only change, for ``--check``, or in another project that uses
the same vendor spec.

An entry is found by a digest of the root file's text, the versions of the validator's
libraries, the generator's validation code and the options; it lists every other file the
check read (relative to the root's folder) with the digest of its text, and is used only
when each of them is unchanged. A check that read a fetched (remote) document is not kept.
An unreadable or malformed entry counts as missing. Entries live in
``cache_folder("verdicts")`` (``OPENAPI_PYCLIENT_CACHE_DIR=off``: none).

This module imports nothing heavy: a remembered verdict must not load the validator.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from generator import __version__
from generator.shared.caching import cache_folder, installed_distributions

if TYPE_CHECKING:
    from generator.shared.diagnostics import Diagnostic
    from generator.spec.loader import Document, SpecSource

FORMAT = "verdict-1"
# The distributions whose versions decide what the validator says.
LIBRARIES = (
    "openapi_spec_validator",
    "openapi_schema_validator",
    "jsonschema",
    "jsonschema_path",
    "jsonschema_rs",
    "jsonschema_specifications",
    "referencing",
    "pyyaml",
)
# The generator's own code that decides which diagnostics a check gives, and where.
VALIDATION_CODE = (
    "validate.py",
    "metaschema.py",
    "walker.py",
    "locations.py",
    "verdicts.py",
    "validator_settings.py",
    "loader.py",
    "yaml12.py",
    "jsonpos.py",
    "swagger2.py",
    "overlay.py",
    "../shared/diagnostics.py",
)

# Hits and misses in this process (what tests observe; timing would prove nothing).
counts = {"hit": 0, "miss": 0, "stored": 0}


def _text_digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def key_of(document: Document, options: str) -> str:
    """The entry's name for this root document, validator and options."""
    digest = hashlib.sha256()
    for part in (FORMAT, __version__, _library_versions(), _code_digest(), options):
        digest.update(part.encode("utf-8") + b"\0")
    digest.update(_text_digest(document.text).encode("ascii"))
    return digest.hexdigest()


def lookup(document: Document, options: str) -> list[Diagnostic] | None:
    """The remembered diagnostics of ``document``, or None when there is no usable entry."""
    folder = cache_folder("verdicts")
    if folder is None:
        return None
    try:
        entry = json.loads((folder / f"{key_of(document, options)}.json").read_text("utf-8"))
        base = document.path.parent
        for relative, digest in entry["inputs"].items():
            if digest is None:  # missing when the verdict was given: must still be
                unchanged = not (base / relative).exists()
            else:
                raw = (base / relative).read_bytes()
                unchanged = _text_digest(raw.decode("utf-8-sig")) == digest
            if not unchanged:
                counts["miss"] += 1
                return None
        found = [document.diagnostic(str(text), str(at)) for text, at in entry["problems"]]
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        counts["miss"] += 1  # none yet, or unreadable: checked again and rewritten
        return None
    counts["hit"] += 1
    return found


def store(
    document: Document,
    options: str,
    source: SpecSource,
    problems: list[Diagnostic],
    asked: Iterable[Path] = (),
) -> None:
    """Remember ``problems`` of ``document``, found by reading ``source``; ``asked``: the
    files the check asked for, some perhaps missing (recorded as such: one appearing
    later changes the verdict). Quietly nothing if that cannot be done."""
    folder = cache_folder("verdicts")
    if folder is None or source.remote:
        return
    base = document.path.parent
    inputs: dict[str, str | None] = {
        os.path.relpath(path, base): None for path in asked if path not in source.documents
    }
    inputs.update(
        (os.path.relpath(path, base), _text_digest(read.text))
        for path, read in source.documents.items()
        if read is not document
    )
    entry = {
        "inputs": inputs,
        "problems": [[problem.message, problem.pointer or ""] for problem in problems],
    }
    try:
        folder.mkdir(parents=True, exist_ok=True)
        # Written whole, then renamed: a reader never sees half an entry.
        handle, temporary = tempfile.mkstemp(dir=folder, suffix=".tmp")
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            json.dump(entry, stream)
        os.replace(temporary, folder / f"{key_of(document, options)}.json")
    except OSError:
        return
    counts["stored"] += 1


@functools.cache
def _library_versions() -> str:
    """The ``*.dist-info`` names of LIBRARIES on ``sys.path``."""
    return installed_distributions(LIBRARIES)


@functools.cache
def _code_digest() -> str:
    here = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for name in VALIDATION_CODE:
        digest.update((here / name).read_bytes())
    return digest.hexdigest()


def options_text(document: Document, **options: Any) -> str:
    """The options that can change a verdict, as text for ``key_of``: with the overlays
    that patched the document (their digests), since ``key_of`` digests the text as read."""
    return repr((sorted(options.items()), document.ref_policy, document.overlays))
