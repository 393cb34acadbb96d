"""Stage 5: format rendered Python with black, in-process."""

from __future__ import annotations

import black

from generator.diagnostics import Diagnostic, GeneratorError
from generator.render import RenderedFile

BLACK_MODE = black.Mode(
    target_versions={black.TargetVersion.PY310},
    line_length=88,
)


def format_files(files: list[RenderedFile]) -> list[RenderedFile]:
    return [format_file(f) for f in files]


def format_file(file: RenderedFile) -> RenderedFile:
    if file.path.suffix != ".py":
        text = file.text if file.text.endswith("\n") or not file.text else file.text + "\n"
        return RenderedFile(file.path, text, file.template)
    try:
        text = black.format_str(file.text, mode=BLACK_MODE)
    except black.InvalidInput as error:
        # Only a template bug can get here: spec text reaches code through escaping filters.
        message = f"rendered {file.path} is not valid Python ({error}); the template is at fault"
        raise GeneratorError([Diagnostic(file.template, message)]) from None
    return RenderedFile(file.path, text, file.template)
