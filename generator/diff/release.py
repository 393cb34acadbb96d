"""From "what changed in the API" to "what version to release": bump and changelog entry.

``generate`` keeps the previous run's API surface in its manifest. When the spec changes,
the two surfaces are compared and:

* the generated package's version is bumped by semantic-versioning rules: a breaking change
  bumps MAJOR, an addition MINOR, anything else (descriptions, defaults) PATCH. Below 1.0.0
  everything shifts down one place, as Cargo and npm's caret do: a breaking change bumps
  MINOR (0.1.0 -> 0.2.0), anything else PATCH, so ``~=0.1.0`` pins stay safe;
* an entry is added at the top of ``CHANGELOG.md`` listing the changes. The file belongs
  to the user as much as to the generator: it is never overwritten, only added to, and hand
  edits are kept.

The version policy comes from the command line: ``bump`` (the default), ``keep`` (never
change the version; the entry still says what bump is suggested) and ``exact`` (use the
version given with ``--package-version`` as it is). A version configured in pyproject.toml
that is higher than the last generated one wins over the bump: the user chose it.

No dates are written: output must be the same on every machine and every day, and the
release date is the user's to add when they release.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from generator.diff.compare import Bump, Change, compare_surfaces, suggested_bump
from generator.diff.surface import Surface

VersionPolicy = Literal["bump", "keep", "exact"]
CHANGELOG_NAME = "CHANGELOG.md"
_VERSION = re.compile(r"(\d+)(?:\.(\d+))?(?:\.(\d+))?")


@dataclass(frozen=True)
class ReleasePlan:
    previous_version: str | None  # None: nothing generated here before
    version: str  # the version written into the package
    changes: tuple[Change, ...]
    bump: Bump
    first: bool  # no earlier API record: the changelog starts here
    note: str  # one line for the terminal

    @property
    def has_entry(self) -> bool:
        return self.first or bool(self.changes)


def parse_version(text: str) -> tuple[int, int, int] | None:
    match = _VERSION.fullmatch(text.strip())
    if not match:
        return None
    return int(match.group(1)), int(match.group(2) or 0), int(match.group(3) or 0)


def bumped(version: str, bump: Bump) -> str | None:
    """``version`` raised by ``bump`` (None when it is not MAJOR[.MINOR[.PATCH]])."""
    parts = parse_version(version)
    if parts is None:
        return None
    major, minor, patch = parts
    if bump == "none":
        return version
    if major == 0:  # 0.x: a breaking change is a minor step, anything else a patch
        bump = "minor" if bump == "major" else "patch"
    if bump == "major":
        return f"{major + 1}.0.0"
    if bump == "minor":
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


def plan_release(
    previous_surface: Surface | None,
    previous_version: str | None,
    surface: Surface,
    configured_version: str,
    policy: VersionPolicy = "bump",
) -> ReleasePlan:
    if previous_surface is not None and previous_surface.get("format") != surface.get("format"):
        previous_surface = None  # recorded by another generator version: not comparable
    if previous_surface is None:
        version = configured_version
        if policy != "exact" and previous_version and _newer(previous_version, configured_version):
            version = previous_version
        note = "no earlier API record here: the changelog starts with this version"
        return ReleasePlan(previous_version, version, (), "none", True, note)
    changes = tuple(compare_surfaces(previous_surface, surface))
    bump = suggested_bump(list(changes))
    base = previous_version or configured_version
    if policy == "exact" or _newer(configured_version, base):
        version = configured_version
    elif policy == "keep" or not changes:
        version = base
    else:
        version = bumped(base, bump) or base
    if not changes:
        note = "no API changes since the last generation"
    else:
        breaking = sum(c.breaking for c in changes)
        note = (
            f"API changes since the last generation: {breaking} breaking, "
            f"{len(changes) - breaking} non-breaking; suggested bump: {bump}; "
            + (
                f"version {base} -> {version}"
                if version != base
                else f"version stays {version}" + (" (--no-bump)" if policy == "keep" else "")
            )
        )
    return ReleasePlan(previous_version, version, changes, bump, False, note)


def _newer(first: str, second: str) -> bool:
    a, b = parse_version(first), parse_version(second)
    return a is not None and b is not None and a > b


def changelog_text(
    existing: str | None, plan: ReleasePlan, project: str, title: str, api_version: str
) -> str:
    """``existing`` (the file on disk, hand edits included) with this run's entry on top."""
    text = existing if existing is not None else _header(project)
    if not plan.has_entry:
        return text
    if plan.first and re.search(r"^## ", text, flags=re.MULTILINE):
        return text  # the API record was lost (e.g. manifest rebuilt), the history was not
    entry = _entry(plan, title, api_version)
    match = re.search(r"^## ", text, flags=re.MULTILINE)
    if match is None:
        return text.rstrip("\n") + "\n\n" + entry
    return text[: match.start()] + entry + "\n" + text[match.start() :]


def _header(project: str) -> str:
    return (
        "# Changelog\n\n"
        f"Changes of the generated `{project}` package, newest first. The generator adds an\n"
        "entry whenever the API described by the spec changes; it never rewrites what is\n"
        "already here, so edit and add release notes freely.\n"
    )


def _entry(plan: ReleasePlan, title: str, api_version: str) -> str:
    spec = f"{title} {api_version}".strip()
    heading = plan.version if plan.version != plan.previous_version or plan.first else "Unreleased"
    lines = [f"## {heading} — {spec}", ""]
    if plan.first:
        lines.append("First version generated from this spec.")
        return "\n".join(lines) + "\n"
    lines.append(f"Suggested version bump: **{plan.bump}**{_bump_reason(plan)}.")
    breaking = [c for c in plan.changes if c.breaking]
    other = [c for c in plan.changes if not c.breaking and c.kind != "description-changed"]
    described = [c for c in plan.changes if c.kind == "description-changed"]
    if breaking:
        lines += ["", "### Breaking", ""] + [_item(c) for c in breaking]
    if other or described:
        lines += ["", "### Non-breaking", ""] + [_item(c) for c in other]
        if described:
            subjects = ", ".join(f"`{c.subject}`" for c in described[:5])
            more = f" and {len(described) - 5} more" if len(described) > 5 else ""
            lines.append(f"- Documentation updated for {subjects}{more}.")
    return "\n".join(lines) + "\n"


def _bump_reason(plan: ReleasePlan) -> str:
    if plan.bump == "major":
        return " (breaking changes; below 1.0.0 this bumps the minor number)"
    if plan.bump == "minor":
        return " (additions; below 1.0.0 this bumps the patch number)"
    return ""


def _item(change: Change) -> str:
    return f"- `{change.subject}`: {change.message}"


def read_changelog(folder: Path) -> str | None:
    path = folder / CHANGELOG_NAME
    try:
        return path.read_text(encoding="utf-8") if path.is_file() else None
    except (OSError, UnicodeDecodeError):
        return None
