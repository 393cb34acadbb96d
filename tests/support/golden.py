"""Comparing an output folder with a fresh generation, for the golden-record tests."""

from __future__ import annotations

import difflib
from pathlib import Path

from generator.shared.record import MANIFEST_NAME

# Folders that tools (not the generator) may leave in an output folder; .gitignore ignores them.
TOOL_CACHES = {"__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache", "build", "dist"}


def output_tree(folder: Path) -> dict[str, bytes]:
    """Every generated file below ``folder`` (manifest and tool caches left out), by path."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
        and p.name != MANIFEST_NAME
        and not TOOL_CACHES & set(p.relative_to(folder).parts)
        and not p.parent.name.endswith(".egg-info")
    }


def golden_differences(golden: dict[str, bytes], fresh: dict[str, bytes], label: str) -> list[str]:
    """One message per file that is missing, extra or different, with a short diff."""
    problems = [f"missing from {label}: {name}" for name in sorted(fresh.keys() - golden)]
    problems += [
        f"in {label} but no longer generated: {name}" for name in sorted(golden.keys() - fresh)
    ]
    for name in sorted(fresh.keys() & golden.keys()):
        if fresh[name] != golden[name]:
            diff = difflib.unified_diff(
                golden[name].decode().splitlines(),
                fresh[name].decode().splitlines(),
                f"{label}/{name}",
                f"fresh/{name}",
                lineterm="",
                n=2,
            )
            problems.append("\n".join(list(diff)[:60]))
    return problems
