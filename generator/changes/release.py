"""From "what changed in the API" to "what version to release": bump and changelog entry.

``generate`` keeps the previous run's API surface in its manifest. When the spec changes,
the two surfaces are compared and:

* the generated package's version (PEP 440) is bumped by semantic-versioning rules: a
  breaking change bumps MAJOR, an addition MINOR, anything else (descriptions, defaults)
  PATCH. Below 1.0.0 everything shifts down one place, as Cargo and npm's caret do: a
  breaking change bumps MINOR (0.1.0 -> 0.2.0), anything else PATCH, so ``~=0.1.0`` pins
  stay safe. A pre-release or development release is not a promise yet: 2.0.0rc1 becomes
  2.0.0rc2 (2.0.0b1 -> 2.0.0b2, 2.0.0.dev3 -> 2.0.0.dev4) whatever changed, so the series
  goes on towards the release the user announced, and the final release stays the user's
  decision. A post-release counts as its release (1.2.0.post1 -> 1.3.0 for an addition).
  The epoch and a local label (``+internal``) are kept;
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

from packaging.version import InvalidVersion, Version

from generator.changes.compare import Bump, Change, compare_surfaces, suggested_bump
from generator.changes.surface import Surface

VersionPolicy = Literal["bump", "keep", "exact"]
CHANGELOG_NAME = "CHANGELOG.md"


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


def parse_version(text: str) -> Version | None:
    """``text`` as a PEP 440 version (None when it is not one)."""
    try:
        return Version(text.strip())
    except InvalidVersion:
        return None


def bumped(version: str, bump: Bump) -> str | None:
    """``version`` raised by ``bump`` (None when it is not a PEP 440 version)."""
    parsed = parse_version(version)
    if parsed is None:
        return None
    if bump == "none":
        return version
    epoch = f"{parsed.epoch}!" if parsed.epoch else ""
    local = f"+{parsed.local}" if parsed.local else ""
    release = ".".join(str(part) for part in parsed.release)
    if parsed.dev is not None:  # 2.0.0.dev3 -> 2.0.0.dev4, 2.0.0rc1.dev1 -> 2.0.0rc1.dev2
        return f"{parsed.public.rsplit('.dev', 1)[0]}.dev{parsed.dev + 1}{local}"
    if parsed.pre is not None:  # 2.0.0rc1 -> 2.0.0rc2: still on the way to 2.0.0
        phase, number = parsed.pre
        return f"{epoch}{release}{phase}{number + 1}{local}"
    major, minor, patch = (*parsed.release, 0, 0)[:3]
    if major == 0:  # 0.x: a breaking change is a minor step, anything else a patch
        bump = "minor" if bump == "major" else "patch"
    if bump == "major":
        numbers = (major + 1, 0, 0)
    elif bump == "minor":
        numbers = (major, minor + 1, 0)
    else:
        numbers = (major, minor, patch + 1)
    return epoch + ".".join(str(n) for n in numbers) + local


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
