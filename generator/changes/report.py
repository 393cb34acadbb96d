"""Lay a list of changes out as text (terminals), JSON (tools) or Markdown (reviews, CI)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Literal

from generator.changes.compare import Bump, Change
from generator.spec.loader import Document

Format = Literal["text", "json", "markdown"]


@dataclass(frozen=True)
class Location:
    file: str
    pointer: str
    line: int | None

    def __str__(self) -> str:
        if not self.file:  # a generated folder's record: no file to count lines in
            return self.pointer or "/"
        where = f"{self.file}:{self.line}" if self.line is not None else self.file
        return f"{where} ({self.pointer or '/'})"


@dataclass(frozen=True)
class Located:
    change: Change
    old: Location | None
    new: Location | None


def locate(changes: list[Change], old: Document | None, new: Document | None) -> list[Located]:
    """Attach file and line to each side of each change (lines only for known files)."""
    return [
        Located(c, _location(old, c.old_pointer), _location(new, c.new_pointer)) for c in changes
    ]


def _location(document: Document | None, pointer: str | None) -> Location | None:
    if pointer is None:
        return None
    if document is None:
        return Location("", pointer, None)
    # The spec's line, or the overlay's that wrote the value.
    file, position = document.place(pointer)
    # For a converted Swagger 2.0 file, the pointer as written in that file.
    shown = document.data_pointer(pointer)
    return Location(file, shown, position[0] if position else None)


def summary_line(changes: list[Change], bump: Bump) -> str:
    breaking = sum(c.breaking for c in changes)
    if not changes:
        return "no changes a client user would notice"
    return (
        f"{breaking} breaking, {len(changes) - breaking} non-breaking "
        f"change{'s' if len(changes) != 1 else ''}; suggested version bump: {bump}"
    )


def report_text(
    located: list[Located], bump: Bump, old_name: str, new_name: str, fmt: Format
) -> str:
    """The report of ``diff`` in format ``fmt`` (text, JSON or Markdown)."""
    changes = [item.change for item in located]
    if fmt == "json":
        return _json(located, bump, old_name, new_name)
    if fmt == "markdown":
        return _markdown(located, bump, old_name, new_name)
    lines = [f"{old_name} -> {new_name}: {summary_line(changes, bump)}"]
    for title, breaking in (("BREAKING", True), ("NON-BREAKING", False)):
        group = [item for item in located if item.change.breaking is breaking]
        if not group:
            continue
        lines += ["", title]
        for item in group:
            lines.append(f"  {item.change.subject}: {item.change.message}")
            if item.old is not None:
                lines.append(f"      old: {item.old}")
            if item.new is not None:
                lines.append(f"      new: {item.new}")
    return "\n".join(lines) + "\n"


def _json(located: list[Located], bump: Bump, old_name: str, new_name: str) -> str:
    def where(location: Location | None) -> dict[str, object] | None:
        if location is None:
            return None
        return {"file": location.file, "line": location.line, "pointer": location.pointer}

    changes = [item.change for item in located]
    data = {
        "old": old_name,
        "new": new_name,
        "breaking": sum(c.breaking for c in changes),
        "non_breaking": sum(not c.breaking for c in changes),
        "suggested_bump": bump,
        "changes": [
            {
                "severity": item.change.severity,
                "kind": item.change.kind,
                "subject": item.change.subject,
                "message": item.change.message,
                "old": where(item.old),
                "new": where(item.new),
            }
            for item in located
        ],
    }
    return json.dumps(data, indent=2) + "\n"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _markdown(located: list[Located], bump: Bump, old_name: str, new_name: str) -> str:
    changes = [item.change for item in located]
    lines = [f"### API changes: `{old_name}` → `{new_name}`", "", summary_line(changes, bump) + "."]
    if located:
        lines += ["", "| | Change | What | Old | New |", "|---|---|---|---|---|"]
        for item in located:
            mark = "**breaking**" if item.change.breaking else "non-breaking"
            lines.append(
                f"| {mark} | `{_cell(item.change.subject)}` | {_cell(item.change.message)} "
                f"| {_cell(_short(item.old))} | {_cell(_short(item.new))} |"
            )
    return "\n".join(lines) + "\n"


def _short(location: Location | None) -> str:
    if location is None:
        return "—"
    return f"line {location.line}" if location.line is not None else f"`{location.pointer}`"
