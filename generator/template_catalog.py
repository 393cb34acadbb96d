"""What the built-in templates offer to customise: their files, blocks and output paths.

Serves ``python -m generator templates list`` and ``templates eject``, and the reference
part of docs/templates.md. A block's description is the Jinja comment written right
before its ``{% block %}`` tag in the built-in template.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from pathlib import Path

import jinja2
from jinja2 import nodes

from generator.diagnostics import Diagnostic, GeneratorError
from generator.loader import display_path
from generator.render import BUILTIN_PREFIX, builtin_templates, make_environment
from generator.template_manifest import (
    MANIFEST,
    SCOPE_HELP,
    SCOPE_SUBJECTS,
    ManifestEntry,
    load_manifest,
)

_BLOCK_TAG = re.compile(r"\{%[-+]?\s*(?P<kind>block|endblock)\b\s*(?P<name>\w*)[^%]*?[-+]?%\}")
_DOC_COMMENT = re.compile(r"\{#-?\s*(?P<text>(?:(?!#\}).)*?)\s*-?#\}\s*$", re.S)


@dataclass(frozen=True)
class BlockInfo:
    name: str
    line: int
    scoped: bool  # sees the loop variables around it (operation, field...)
    description: str


@dataclass(frozen=True)
class TemplateInfo:
    name: str
    entry: ManifestEntry | None  # None: a helper that other templates include
    blocks: tuple[BlockInfo, ...]

    @property
    def context(self) -> tuple[str, ...]:
        return ("client", *SCOPE_SUBJECTS[self.entry.scope]) if self.entry else ()


def builtin_catalog() -> list[TemplateInfo]:
    """Every shipped template, in manifest order, then any helper templates by name."""
    folder = builtin_templates()
    environment = make_environment()
    entries = {e.template: e for e in load_manifest(folder).entries}
    names = sorted(
        str(p.relative_to(folder).as_posix())
        for p in folder.rglob("*")
        if p.is_file() and p.name != MANIFEST
    )
    ordered = [n for n in entries if n in names] + [n for n in names if n not in entries]
    return [TemplateInfo(n, entries.get(n), _blocks(environment, folder / n)) for n in ordered]


def _blocks(environment: jinja2.Environment, path: Path) -> tuple[BlockInfo, ...]:
    source = path.read_text(encoding="utf-8")
    tree = environment.parse(source)
    descriptions = {
        match["name"]: _description(source[: match.start()])
        for match in _BLOCK_TAG.finditer(source)
        if match["kind"] == "block"
    }
    return tuple(
        BlockInfo(block.name, block.lineno, block.scoped, descriptions.get(block.name, ""))
        for block in tree.find_all(nodes.Block)
    )


def _description(before: str) -> str:
    match = _DOC_COMMENT.search(before)
    return " ".join(match["text"].split()) if match else ""


def find_template(name: str) -> TemplateInfo:
    name = name.removeprefix(BUILTIN_PREFIX + "/")
    catalog = builtin_catalog()
    for info in catalog:
        if info.name == name:
            return info
    close = difflib.get_close_matches(name, [i.name for i in catalog], n=3)
    hint = f"; did you mean {' or '.join(close)}?" if close else "; see `templates list`"
    raise GeneratorError([Diagnostic("command line", f"no built-in template {name!r}{hint}")])


def format_catalog(user_folders: tuple[Path, ...] = ()) -> str:
    """The text of ``templates list``."""
    lines: list[str] = []
    for info in builtin_catalog():
        if info.entry:
            scope = SCOPE_HELP[info.entry.scope]
            lines.append(f"{info.name} -> {info.entry.output}  ({scope})")
        else:
            lines.append(f"{info.name}  (included by other templates)")
        for folder in user_folders:
            if (folder / info.name).is_file():
                lines.append(f"  replaced by {display_path(folder / info.name)}")
                break
        for block in info.blocks:
            text = f"  block {block.name:<24} line {block.line:<4} {block.description}"
            lines.append(text.rstrip())
    for folder in user_folders:
        manifest = load_manifest(folder, required=False)
        for entry in manifest.entries:
            scope = SCOPE_HELP[entry.scope]
            lines.append(f"{display_path(folder / entry.template)} -> {entry.output}  ({scope})")
        for plugin in manifest.plugins:
            lines.append(f"plugin {plugin.target}  ({plugin.origin.file}:{plugin.origin.line})")
    return "\n".join(lines) + "\n"


def block_source(info: TemplateInfo, block: str) -> str:
    """The text inside ``{% block NAME %}...{% endblock %}`` of a built-in template."""
    source = (builtin_templates() / info.name).read_text(encoding="utf-8")
    depth = 0
    start = -1
    for match in _BLOCK_TAG.finditer(source):
        if match["kind"] == "block":
            if match["name"] == block:
                start, depth = match.end(), 0
            elif start >= 0:
                depth += 1
        elif start >= 0:
            if depth == 0:
                body = source[start : match.start()].lstrip("\n").rstrip(" \t")
                return body if not body or body.endswith("\n") else body + "\n"
            depth -= 1
    names = ", ".join(b.name for b in info.blocks) or "none"
    message = f"{info.name} has no block {block!r}; its blocks: {names}"
    raise GeneratorError([Diagnostic("command line", message)])


def eject(name: str, folder: Path, blocks: tuple[str, ...] = (), force: bool = False) -> Path:
    """Start a user template from a built-in one: the whole file, or only some blocks.

    With blocks, the new file extends the built-in template and overrides just those, so
    every other part keeps following the shipped template when the generator is upgraded.
    """
    info = find_template(name)
    target = folder / info.name
    if target.exists() and not force:
        message = "already exists; pass --force to overwrite it"
        raise GeneratorError([Diagnostic(display_path(target), message)])
    if blocks:
        parts = [f'{{% extends "{BUILTIN_PREFIX}/{info.name}" %}}\n']
        for block in blocks:
            body = block_source(info, block)
            parts.append(f"{{% block {block} %}}\n{body}{{% endblock %}}\n")
        text = "".join(parts)
    else:
        text = (builtin_templates() / info.name).read_text(encoding="utf-8")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    return target
