"""The built-in templates, shipped already translated to Python by Jinja.

Translating the templates (Jinja's parser and code generator) was most of rendering a small
spec on a first run: 0.12 s of CPU for the 26 built-in templates, against 0.03 s for
compiling the Python it produces. ``generator/render/precompiled/`` holds that Python, one file per
built-in template, each ending with a line that names the Jinja version, the environment
options and the checksum of the template source it was made from. A template is taken from
there only if all three still match (an edited template, another Jinja version or other
options compile the template as before), and only under its own name from the built-in
folder (a user's template of the same name, or ``builtin/...``, is compiled as usual).

They are ``.py`` files so that installing the generator byte-compiles them (pip does, as
``compileall`` does): a first run then loads their code from ``__pycache__`` instead of
compiling 250 kB of Python (0.03 s of CPU) and storing it in Jinja's bytecode cache.

``python -m generator.render.precompile`` writes the folder again (``make generate`` runs it);
tests/render/test_template_code.py fails while it is out of date.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sys
from importlib.machinery import SourceFileLoader
from importlib.util import cache_from_source
from pathlib import Path
from types import CodeType

import jinja2
import jinja2.bccache

from generator.shared.paths import builtin_templates

PRECOMPILED = Path(__file__).resolve().parent / "precompiled"
SUFFIX = ".py"
_HEADER = "# generator.render.precompile: "


def recipe(environment: jinja2.Environment) -> str:
    """What, besides the template source, decides the Python Jinja makes of a template."""
    options = (
        environment.block_start_string,
        environment.block_end_string,
        environment.variable_start_string,
        environment.variable_end_string,
        environment.comment_start_string,
        environment.comment_end_string,
        environment.line_statement_prefix,
        environment.line_comment_prefix,
        environment.trim_blocks,
        environment.lstrip_blocks,
        environment.newline_sequence,
        environment.keep_trailing_newline,
        environment.optimized,
        environment.is_async,
        bool(environment.autoescape),
        tuple(sorted(str(e) for e in environment.extensions)),
    )
    digest = hashlib.sha256(repr(options).encode("utf-8")).hexdigest()[:16]
    return f"jinja2 {jinja2.__version__} options {digest}"


def _checksum(source: str) -> str:
    return hashlib.sha256(source.encode("utf-8")).hexdigest()


def header(environment: jinja2.Environment, source: str) -> str:
    return f"{_HEADER}{recipe(environment)} source {_checksum(source)}\n"


def shipped_text(environment: jinja2.Environment, source: str, python: str) -> str:
    """A file of ``generator/render/precompiled/``: Jinja's translation of ``source``, then the
    header as its last line (a comment, so that the Python's line numbers are Jinja's)."""
    return python + "\n" + header(environment, source)


def shipped_code(
    environment: jinja2.Environment, name: str, filename: str, source: str
) -> tuple[CodeType, bool] | None:
    """The shipped translation of built-in template ``name``, compiled, if still valid, and
    whether its compiled code is kept in ``__pycache__`` (then no other cache needs it)."""
    expected = os.path.normpath(os.path.join(str(builtin_templates()), *name.split("/")))
    if filename != expected:
        return None  # a user's file, or the shipped one under another name
    path = str(PRECOMPILED / (name + SUFFIX))
    try:
        with open(path, encoding="utf-8") as stream:
            if not stream.read().endswith("\n" + header(environment, source)):
                return None
        # Python's own loader: the byte-compiled file if it is current, else it compiles
        # the source (and keeps the result where it may).
        code = SourceFileLoader("generator.render.precompiled", path).get_code(
            "generator.render.precompiled"
        )
    except (OSError, ImportError, SyntaxError):
        return None
    if code is None:
        return None
    return _named(code, filename), os.path.exists(cache_from_source(path))


def _named(code: CodeType, filename: str) -> CodeType:
    """``code`` as if compiled from ``filename`` (Jinja finds a template's frames in a
    traceback by their file name)."""
    constants = tuple(
        _named(constant, filename) if isinstance(constant, CodeType) else constant
        for constant in code.co_consts
    )
    return code.replace(co_filename=filename, co_consts=constants)


class TemplateCodeCache(jinja2.BytecodeCache):
    """Jinja's bytecode cache in the user's cache folder (when caching is on), falling back
    to the shipped translations of the built-in templates."""

    def __init__(self, folder: Path | None) -> None:
        self.stored = _folder_cache(folder) if folder is not None else None

    def get_bucket(
        self, environment: jinja2.Environment, name: str, filename: str | None, source: str
    ) -> jinja2.bccache.Bucket:
        bucket = super().get_bucket(environment, name, filename, source)
        if bucket.code is None and filename is not None:
            shipped = shipped_code(environment, name, filename, source)
            if shipped is not None:
                bucket.code, kept = shipped
                if not kept:
                    self.dump_bytecode(bucket)  # next time without even compiling it
        return bucket

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        if self.stored is not None:
            self.stored.load_bytecode(bucket)

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        if self.stored is not None:
            try:
                self.stored.dump_bytecode(bucket)
            except OSError:
                pass  # an unwritable cache only costs time


def _folder_cache(folder: Path) -> jinja2.FileSystemBytecodeCache | None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return jinja2.FileSystemBytecodeCache(str(folder))


def translations() -> dict[str, str]:
    """What ``generator/render/precompiled/`` should hold: relative file name -> text."""
    from generator.render.engine import make_environment  # render imports this module

    environment = make_environment()
    root = builtin_templates()
    found = {}
    for path in sorted(root.rglob("*.jinja")):
        name = path.relative_to(root).as_posix()
        source = path.read_text(encoding="utf-8")
        python = environment.compile(source, name, str(path), raw=True)
        found[name + SUFFIX] = shipped_text(environment, source, python)
    return found


def write_translations(folder: Path = PRECOMPILED) -> int:
    wanted = translations()
    shutil.rmtree(folder, ignore_errors=True)
    for relative, text in wanted.items():
        target = folder / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    return len(wanted)


if __name__ == "__main__":
    count = write_translations()
    print(f"{count} built-in templates translated into {PRECOMPILED}", file=sys.stderr)
