"""The generator's own distribution: one version source, a license, and dependency ranges
whose floors are tested (requirements/lowest.txt, run by `make test-lowest`)."""

from __future__ import annotations

import tomllib

from packaging.requirements import Requirement
from packaging.version import Version

from generator import __version__
from tests.conftest import ROOT

PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
# Calendar-versioned data with no breaking releases to cap against.
UNCAPPED = {"jsonschema-specifications"}


def _requirements() -> list[Requirement]:
    return [Requirement(text) for text in PROJECT["project"]["dependencies"]]


def _floor(requirement: Requirement) -> Version:
    floors = [Version(s.version) for s in requirement.specifier if s.operator == ">="]
    assert len(floors) == 1, f"{requirement} needs exactly one >= floor"
    return floors[0]


def test_every_dependency_has_a_floor_and_a_cap_on_its_next_major_version() -> None:
    for requirement in _requirements():
        floor = _floor(requirement)
        caps = [Version(s.version) for s in requirement.specifier if s.operator == "<"]
        if requirement.name in UNCAPPED:
            assert caps == [], requirement
            continue
        assert len(caps) == 1, f"{requirement} has no upper bound"
        assert caps[0] > floor


def test_lowest_requirements_pin_every_floor() -> None:
    pins = {}
    for line in (ROOT / "requirements" / "lowest.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            requirement = Requirement(line)
            pins[requirement.name.lower()] = requirement
    for requirement in _requirements():
        pin = pins.get(requirement.name.lower())
        assert pin is not None, f"{requirement.name} is not in requirements/lowest.txt"
        (exact,) = pin.specifier
        assert exact.operator == "==", pin
        assert Version(exact.version) == _floor(requirement), (pin, requirement)


def test_one_version_source_and_a_license() -> None:
    project = PROJECT["project"]
    assert "version" not in project and project["dynamic"] == ["version"]
    assert PROJECT["tool"]["hatch"]["version"]["path"] == "generator/__init__.py"
    assert Version(__version__)
    assert project["license"] == "MIT" and project["license-files"] == ["LICENSE"]
    license_text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert license_text.startswith("MIT License\n")
    assert "openapi-pyclient-generator contributors" in license_text
    assert "Typing :: Typed" in project["classifiers"]
    assert "LICENSE" in PROJECT["tool"]["hatch"]["build"]["targets"]["sdist"]["include"]
