"""Test-support helpers: a Stoplight Prism runner, a scriptable local fault server, spec
builders, golden-record comparison, and ``ROOT``, the repository root (the one place that
computes it; tests/conftest.py re-exports it)."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
