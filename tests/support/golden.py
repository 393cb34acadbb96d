"""Comparing an output folder with a fresh generation, for the golden-record tests.

The custom-template golden (tests/golden/custom-templates) keeps only the files that differ
from generated/; the files that are the same are named, one per line, in its
``SAME_AS_GENERATED`` list and compared with generated/'s copy. ``custom_golden_tree`` puts
the whole expected output back together, so a test compares every file either way.
"""

from __future__ import annotations

import difflib
from pathlib import Path

from generator.shared.record import MANIFEST_NAME

# Folders that tools (not the generator) may leave in an output folder; .gitignore ignores them.
TOOL_CACHES = {"__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache", "build", "dist"}
# In the custom-template golden: the output files that are byte for byte generated/'s.
SAME_AS_GENERATED = "SAME-AS-GENERATED.txt"


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


def kept_files(golden: Path) -> dict[str, bytes]:
    """The files a difference-only golden keeps itself (its list of same files left out)."""
    return {name: text for name, text in output_tree(golden).items() if name != SAME_AS_GENERATED}


def same_as_generated(golden: Path) -> list[str]:
    """The output files a difference-only golden takes from generated/, as listed."""
    return (golden / SAME_AS_GENERATED).read_text(encoding="utf-8").splitlines()


def custom_golden_tree(golden: Path, generated: Path) -> dict[str, bytes]:
    """The whole expected output: the kept files, plus generated/'s copy of each listed one.

    A listed file missing from generated/ raises: the list must name real files."""
    tree = kept_files(golden)
    for name in same_as_generated(golden):
        tree[name] = (generated / name).read_bytes()
    return dict(sorted(tree.items()))


def split_by_generated(
    output: dict[str, bytes], builtin: dict[str, bytes]
) -> tuple[dict[str, bytes], list[str]]:
    """(the files to keep, the names of the files equal to ``builtin``'s) of ``output``."""
    same = sorted(name for name, text in output.items() if builtin.get(name) == text)
    kept = {name: text for name, text in output.items() if name not in same}
    return kept, same


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
            problems.append("\n".join(list(diff)[:60]) or f"{label}/{name}: bytes differ")
    return problems
