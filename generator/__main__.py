"""Entry point for ``python -m generator``."""

from generator.cli import entry

entry(prog="python -m generator")
