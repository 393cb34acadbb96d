"""Stage 5: format rendered Python with black, in-process."""

from __future__ import annotations

import re

import black
from black.mode import TargetVersion
from black.parsing import InvalidInput

from generator.diagnostics import Diagnostic, GeneratorError
from generator.render import RenderedFile

BLACK_MODE = black.Mode(
    target_versions={TargetVersion.PY310},
    line_length=88,
)


def format_files(files: list[RenderedFile]) -> list[RenderedFile]:
    return [format_file(f) for f in files]


MARKDOWN_PYTHON_BLOCK = re.compile(r"^```python\n(.*?)^```", re.S | re.M)


def format_file(file: RenderedFile) -> RenderedFile:
    if file.path.suffix == ".md":
        text = MARKDOWN_PYTHON_BLOCK.sub(_format_block, file.text)
        return RenderedFile(file.path, _end_with_newline(text), file.template)
    if file.path.suffix != ".py":
        return RenderedFile(file.path, _end_with_newline(file.text), file.template)
    try:
        text = black.format_str(file.text, mode=BLACK_MODE)
    except InvalidInput as error:
        # Only a template bug can get here: spec text reaches code through escaping filters.
        message = f"rendered {file.path} is not valid Python ({error}); the template is at fault"
        raise GeneratorError([Diagnostic(file.template, message)]) from None
    return RenderedFile(file.path, text, file.template)


def _end_with_newline(text: str) -> str:
    return text if text.endswith("\n") or not text else text + "\n"


def _format_block(match: re.Match[str]) -> str:
    """Examples in docs get the same formatting as code; a block black cannot parse (a
    fragment, a signature stub) is left as written."""
    try:
        code = black.format_str(match.group(1), mode=BLACK_MODE)
    except InvalidInput:
        code = match.group(1)
    return f"```python\n{code}```"
