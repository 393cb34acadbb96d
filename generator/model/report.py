"""What a lenient build left out, as warnings the user reads (``--lenient``)."""

from __future__ import annotations

from dataclasses import dataclass, field

from generator.shared.diagnostics import Diagnostic, GeneratorError


@dataclass
class Report:
    """Strict by default: ``skip`` re-raises. Lenient: it records a warning and returns."""

    lenient: bool = False
    warnings: list[Diagnostic] = field(default_factory=list)

    def skip(self, error: GeneratorError, what: str) -> None:
        """Give up on one part of the spec because of ``error``; ``what`` names the part."""
        if not self.lenient:
            raise error
        for diagnostic in error.diagnostics:
            warning = Diagnostic(
                diagnostic.file,
                f"{diagnostic.message}; {what}",
                diagnostic.line,
                diagnostic.column,
                diagnostic.pointer,
            )
            if warning not in self.warnings:
                self.warnings.append(warning)
