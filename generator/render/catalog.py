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
import jinja2.meta
from jinja2 import nodes

from generator.render.engine import BUILTIN_PREFIX, make_environment
from generator.render.manifest import (
    MANIFEST,
    RUNTIME_FOLDER,
    SCOPE_HELP,
    SCOPE_SUBJECTS,
    ManifestEntry,
    load_manifest,
)
from generator.shared.diagnostics import Diagnostic, GeneratorError, display_path
from generator.shared.paths import builtin_templates

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
        if self.entry is None or self.entry.runtime is not None:
            return ()  # a runtime module is code: it is copied, not rendered
        return ("client", *SCOPE_SUBJECTS[self.entry.scope])

    @property
    def source_file(self) -> Path:
        """The shipped file: the template, or the runtime module a template may replace."""
        if self.entry is not None and self.entry.runtime is not None:
            return RUNTIME_FOLDER / self.entry.runtime
        return builtin_templates() / self.name


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
    ordered = [n for n in entries if n in names or entries[n].runtime] + [
        n for n in names if n not in entries
    ]
    catalog = [TemplateInfo(n, entries.get(n), ()) for n in ordered]
    return [TemplateInfo(i.name, i.entry, _blocks(environment, i.source_file)) for i in catalog]


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
            if info.entry.runtime:
                lines.append(f"  copied from {display_path(info.source_file)} unless replaced")
        else:
            lines.append(f"{info.name}  (included by other templates)")
        for folder in user_folders:
            if (folder / info.name).is_file():
                lines.append(f"  replaced by {display_path(folder / info.name)}")
                break
        for folder in user_folders:
            for name, origin in load_manifest(folder, required=False).omit:
                if name.removeprefix(BUILTIN_PREFIX + "/") == info.name:
                    lines.append(f"  omitted by {origin.file}:{origin.line}")
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
    for misplaced, file, why in _unused_templates(user_folders):
        lines.append(f"{'error' if misplaced else 'warning'}: {file}: {why}")
    return "\n".join(lines) + "\n"


def _block_spans(source: str) -> dict[str, tuple[int, int]]:
    """Offsets of each block's body (between its tags) in a template's source."""
    spans: dict[str, tuple[int, int]] = {}
    open_blocks: list[tuple[str, int]] = []
    for match in _BLOCK_TAG.finditer(source):
        if match["kind"] == "block":
            open_blocks.append((match["name"], match.end()))
        elif open_blocks:
            name, body_start = open_blocks.pop()
            spans[name] = (body_start, match.start())
    return spans


def block_source(info: TemplateInfo, block: str) -> str:
    """The text inside ``{% block NAME %}...{% endblock %}`` of a built-in template."""
    source = info.source_file.read_text(encoding="utf-8")
    span = _block_spans(source).get(block)
    if span is None:
        names = ", ".join(b.name for b in info.blocks) or "none"
        message = f"{info.name} has no block {block!r}; its blocks: {names}"
        raise GeneratorError([Diagnostic("command line", message)])
    # The line break right after the block tag is not output (trim_blocks); the eject
    # writes its own, so drop exactly that one: blank lines after it are content.
    body = source[span[0] : span[1]].removeprefix("\n").rstrip(" \t")
    return body if not body or body.endswith("\n") else body + "\n"


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
        for block in _outermost(info, blocks):
            body = block_source(info, block)
            parts.append(f"{{% block {block} %}}\n{body}{{% endblock %}}\n")
        text = "".join(parts)
    else:
        # A runtime module has no template syntax (tests/client/test_runtime_code.py): as a
        # template, its text renders to itself.
        text = info.source_file.read_text(encoding="utf-8")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    return target


def _outermost(info: TemplateInfo, blocks: tuple[str, ...]) -> list[str]:
    """The requested blocks, without those inside another requested one (whose copied text
    already holds them: defining them again would be an error)."""
    for block in blocks:
        block_source(info, block)  # an unknown name is an error
    spans = _block_spans(info.source_file.read_text(encoding="utf-8"))
    chosen: list[str] = []
    for block in dict.fromkeys(blocks):
        start, end = spans[block]
        inside = any(
            spans[other][0] < start and end < spans[other][1] for other in blocks if other != block
        )
        if not inside:
            chosen.append(block)
    return chosen


def unused_user_templates(folders: tuple[Path, ...]) -> list[str]:
    """Why each template hidden by a file of the same name in an earlier folder is not used."""
    return [
        f"{file}: {why}" for misplaced, file, why in _unused_templates(folders) if not misplaced
    ]


def misplaced_user_templates(folders: tuple[Path, ...]) -> list[Diagnostic]:
    """An error for each template that nothing would ever render: most likely a misspelt
    name or folder, which would otherwise leave the built-in template in use unnoticed."""
    return [
        Diagnostic(file, why) for misplaced, file, why in _unused_templates(folders) if misplaced
    ]


def _unused_templates(folders: tuple[Path, ...]) -> list[tuple[bool, str, str]]:
    """Each ``.jinja`` file in the user folders that will never be rendered, and why; True
    for a file that no name reaches (False: a file hidden by an earlier folder).

    A file is used when it has a built-in template's name, when a manifest lists it, or
    when a used template extends, includes or imports it, and no folder before it has a
    file of the same name. Anything else is most likely a misspelt name.
    """
    if not folders:
        return []
    environment = make_environment()
    builtin_names = [i.name for i in builtin_catalog()]
    files = {
        (folder, p.relative_to(folder).as_posix())
        for folder in folders
        for p in folder.rglob("*.jinja")
        if p.is_file()
    }
    manifest_names = [e.template for f in folders for e in load_manifest(f, required=False).entries]
    used: set[tuple[Path, str]] = set()
    pending = list(dict.fromkeys(builtin_names + manifest_names))
    seen: set[str] = set()
    while pending:
        name = pending.pop()
        if name in seen:
            continue
        seen.add(name)
        owner = next((f for f in folders if (f, name) in files), None)
        if owner is None:
            continue
        used.add((owner, name))
        try:
            tree = environment.parse((owner / name).read_text(encoding="utf-8"))
        except (jinja2.TemplateSyntaxError, OSError, UnicodeDecodeError):
            continue  # reported when it is rendered
        for reference in jinja2.meta.find_referenced_templates(tree):
            if reference and not reference.startswith(BUILTIN_PREFIX + "/"):
                pending.append(reference)
    notes: list[tuple[bool, str, str]] = []
    for folder, name in sorted(files - used):
        shown = display_path(folder / name)
        earlier = next((f for f in folders if (f, name) in used), None)
        if earlier is not None:
            notes.append((False, shown, f"not used: {display_path(earlier / name)} comes first"))
            continue
        close = difflib.get_close_matches(name, builtin_names, n=1)
        hint = f" (did you mean {close[0]}?)" if close else ""
        notes.append(
            (
                True,
                shown,
                f"not used: no built-in template has this name, {MANIFEST} does not "
                f"list it, and no template includes it{hint}",
            )
        )
    return notes
