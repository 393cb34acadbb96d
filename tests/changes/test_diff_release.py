"""generate after a spec change: version bump, changelog entry, --no-bump, --check."""

from __future__ import annotations

import copy
import io
import os
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

from generator.changes.compare import Change
from generator.changes.release import ReleasePlan, bumped, changelog_text, plan_release
from generator.cli import main
from tests.changes.test_diff import BASE, _add_operation, _change_description, _remove_operation
from tests.conftest import ROOT
from tests.support.specs import write_spec


def test_bump_rules_including_below_one() -> None:
    assert bumped("1.4.2", "major") == "2.0.0"
    assert bumped("1.4.2", "minor") == "1.5.0"
    assert bumped("1.4.2", "patch") == "1.4.3"
    assert bumped("0.3.1", "major") == "0.4.0"  # breaking below 1.0.0: minor
    assert bumped("0.3.1", "minor") == "0.3.2"  # additions below 1.0.0: patch
    assert bumped("2.0", "minor") == "2.1.0"
    assert bumped("banana", "major") is None


def test_bump_rules_of_pep_440_versions() -> None:
    # A pre-release series goes on towards the release it announces, whatever changed;
    # releasing the final version is the user's decision.
    assert bumped("1.0.0rc1", "major") == "1.0.0rc2"
    assert bumped("1.0.0rc1", "patch") == "1.0.0rc2"
    assert bumped("2.0.0b3", "minor") == "2.0.0b4"
    assert bumped("2.0.0a1", "major") == "2.0.0a2"
    assert bumped("1.0.0.dev3", "major") == "1.0.0.dev4"
    assert bumped("1.0.0rc1.dev1", "patch") == "1.0.0rc1.dev2"
    # A post-release counts as its release.
    assert bumped("1.2.0.post1", "minor") == "1.3.0"
    assert bumped("1.2.0.post1", "patch") == "1.2.1"
    # Epoch and local label are kept.
    assert bumped("1!1.0.0", "major") == "1!2.0.0"
    assert bumped("1.2.0+acme", "patch") == "1.2.1+acme"
    assert bumped("1.0.0rc1", "none") == "1.0.0rc1"


def test_versions_compare_by_pep_440() -> None:
    old, new = _surface({"getX": OPERATION}), _surface({})
    # 1.0.0 is newer than 1.0.0rc2: the configured final release wins over a bump.
    assert plan_release(old, "1.0.0rc2", new, "1.0.0").version == "1.0.0"
    # 1.0.0rc1 is older than 1.0.0: the last generated version is bumped instead.
    assert plan_release(old, "1.0.0", new, "1.0.0rc1").version == "2.0.0"
    assert plan_release(old, "1.0.0rc1", new, "0.1.0").version == "1.0.0rc2"


def _surface(operations: dict[str, object]) -> dict[str, object]:
    return {"operations": operations, "models": {}, "enums": {}}


OPERATION = {
    "method": "GET",
    "path": "/x",
    "tag": "t",
    "python": "client.t.get_x",
    "summary": "",
    "description": "",
    "deprecated": False,
    "security": [],
    "parameters": {},
    "body": None,
    "result": "Any",
    "input_refs": [],
    "output_refs": [],
    "pointer": "/paths/~1x/get",
}


def test_version_policies() -> None:
    old, new = _surface({"getX": OPERATION}), _surface({})
    assert plan_release(old, "1.2.3", new, "0.1.0").version == "2.0.0"
    assert plan_release(old, "1.2.3", new, "0.1.0", "keep").version == "1.2.3"
    assert plan_release(old, "1.2.3", new, "0.9.0", "exact").version == "0.9.0"
    # A configured version above the last generated one is the user's choice: no bump on top.
    assert plan_release(old, "1.2.3", new, "3.0.0").version == "3.0.0"
    unchanged = plan_release(old, "1.2.3", old, "0.1.0")
    assert (unchanged.version, unchanged.changes, unchanged.has_entry) == ("1.2.3", (), False)
    first = plan_release(None, None, new, "0.1.0")
    assert first.first and first.version == "0.1.0"


def test_changelog_entry_goes_on_top_and_keeps_hand_edits() -> None:
    change = Change(True, "operation-removed", "operation getX", "removed", "/p", None)
    plan = ReleasePlan("1.0.0", "2.0.0", (change,), "major", False, "")
    existing = "# Changelog\n\nmy intro\n\n## 1.0.0 — API 1\n\nmy release notes\n"
    text = changelog_text(existing, plan, "proj", "API", "2")
    assert text.startswith("# Changelog\n\nmy intro\n\n## 2.0.0 — API 2\n")
    assert "### Breaking\n\n- `operation getX`: removed\n" in text
    assert text.endswith("## 1.0.0 — API 1\n\nmy release notes\n")
    nothing = ReleasePlan("1.0.0", "1.0.0", (), "none", False, "")
    assert changelog_text(existing, nothing, "proj", "API", "2") == existing


def _spec(folder: Path, name: str, change: object = None, version: str = "1") -> Path:
    spec = copy.deepcopy(BASE)
    if callable(change):
        change(spec)
    spec["info"]["version"] = version
    return write_spec(folder, spec, name)


@dataclass(frozen=True)
class Run:
    returncode: int
    stdout: str
    stderr: str


def _cli(*args: str, cwd: Path | None = None) -> Run:
    """The command line, in this process (a subprocess per call would cost a second each)."""
    stdout, stderr = io.StringIO(), io.StringIO()
    previous = Path.cwd()
    try:
        os.chdir(cwd or previous)
        with redirect_stdout(stdout), redirect_stderr(stderr):
            code = main(list(args))
    finally:
        os.chdir(previous)
    return Run(code, stdout.getvalue(), stderr.getvalue())


def _generate(spec: Path, out: Path, *options: str) -> Run:
    return _cli("generate", str(spec), "-o", str(out), *options)


def _version(out: Path) -> str:
    line = next(
        x for x in (out / "pyproject.toml").read_text().splitlines() if x.startswith("version")
    )
    return line.split('"')[1]


@pytest.mark.slow
def test_regenerating_after_a_breaking_change(tmp_path: Path) -> None:
    out = tmp_path / "client"
    v1 = _spec(tmp_path, "v1.yaml")
    v2 = _spec(tmp_path, "v2.yaml", _remove_operation, "2")
    first = _generate(v1, out)
    assert first.returncode == 0, first.stderr
    assert _version(out) == "0.1.0"
    changelog = out / "CHANGELOG.md"
    changelog.write_text(changelog.read_text() + "\nReleased to our index on Monday.\n")

    check = _generate(v2, out, "--check")
    assert check.returncode == 1
    assert '-version = "0.1.0"' in check.stdout and '+version = "0.2.0"' in check.stdout

    second = _generate(v2, out)
    assert second.returncode == 0, second.stderr
    assert "1 breaking, 0 non-breaking; suggested bump: major; version 0.1.0 -> 0.2.0" in (
        second.stdout
    )
    assert "breaking: operation deleteItem: removed" in second.stdout
    assert _version(out) == "0.2.0"
    text = changelog.read_text()
    assert text.index("## 0.2.0 — Shop 2") < text.index("## 0.1.0 — Shop 1")
    assert "- `operation deleteItem`: removed (DELETE /items/{id})" in text
    assert "Released to our index on Monday." in text  # the hand edit stays
    assert not (out / "shop" / "apis" / "items.py").read_text().count("def delete_item")

    assert _generate(v2, out, "--check").returncode == 0


@pytest.mark.slow
def test_no_bump_keeps_the_version_and_still_writes_the_entry(tmp_path: Path) -> None:
    out = tmp_path / "client"
    assert _generate(_spec(tmp_path, "v1.yaml"), out).returncode == 0
    result = _generate(_spec(tmp_path, "v2.yaml", _add_operation, "2"), out, "--no-bump")
    assert result.returncode == 0, result.stderr
    assert "version stays 0.1.0 (--no-bump)" in result.stdout
    assert _version(out) == "0.1.0"
    text = (out / "CHANGELOG.md").read_text()
    assert "## Unreleased — Shop 2" in text and "Suggested version bump: **minor**" in text


@pytest.mark.slow
def test_description_only_change_is_a_patch(tmp_path: Path) -> None:
    out = tmp_path / "client"
    assert _generate(_spec(tmp_path, "v1.yaml"), out).returncode == 0
    result = _generate(_spec(tmp_path, "v2.yaml", _change_description), out)
    assert "suggested bump: patch; version 0.1.0 -> 0.1.1" in result.stdout
    assert "Documentation updated for `Item`." in (out / "CHANGELOG.md").read_text()


def test_unchanged_spec_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "client"
    spec = _spec(tmp_path, "v1.yaml")
    assert _generate(spec, out).returncode == 0
    before = {p: p.stat().st_mtime_ns for p in out.rglob("*")}
    again = _generate(spec, out)
    assert again.returncode == 0
    assert "0 written" in again.stdout
    assert {p: p.stat().st_mtime_ns for p in out.rglob("*")} == before


@pytest.mark.slow
def test_diff_against_the_api_recorded_in_a_generated_folder(tmp_path: Path) -> None:
    out = tmp_path / "client"
    assert _generate(_spec(tmp_path, "v1.yaml"), out).returncode == 0
    v2 = _spec(tmp_path, "v2.yaml", _remove_operation, "2")
    command = ["diff", str(out), str(v2), "--fail-on", "breaking"]
    before = _cli(*command)
    assert before.returncode == 1, before.stderr
    assert "client (last generation) -> " in before.stdout
    assert "operation deleteItem: removed" in before.stdout
    assert "old: /paths/~1items~1{id}/delete\n" in before.stdout  # no file to count lines in
    assert _generate(v2, out).returncode == 0
    after = _cli(*command)
    assert after.returncode == 0 and "no changes" in after.stdout


@pytest.mark.slow
def test_pre_commit_hooks_work_as_declared(tmp_path: Path) -> None:
    hooks = {h["id"]: h for h in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())}
    assert set(hooks) == {"openapi-pyclient-check", "openapi-pyclient-breaking"}
    project = tmp_path / "project"
    project.mkdir()
    (project / "pyproject.toml").write_text(
        '[tool.generator]\nspec = "api.yaml"\noutput = "generated"\npackage-name = "shop"\n'
    )
    spec = project / "api.yaml"
    spec.write_text(_spec(tmp_path, "v1.yaml").read_text())

    def hook(name: str, *args: str) -> int:
        entry = hooks[name]["entry"].split()
        assert entry[0] == "openapi-pyclient"  # the console script declared in pyproject.toml
        return _cli(*entry[1:], *args, cwd=project).returncode

    assert _generate_in(project) == 0
    assert hook("openapi-pyclient-check") == 0
    assert hook("openapi-pyclient-breaking", "generated/", "api.yaml") == 0
    spec.write_text(_spec(tmp_path, "v2.yaml", _remove_operation, "2").read_text())
    assert hook("openapi-pyclient-check") == 1
    assert hook("openapi-pyclient-breaking", "generated/", "api.yaml") == 1
    assert _generate_in(project) == 0
    assert hook("openapi-pyclient-check") == 0
    assert hook("openapi-pyclient-breaking", "generated/", "api.yaml") == 0


def _generate_in(project: Path) -> int:
    return _cli("generate", cwd=project).returncode


def test_a_lost_or_foreign_api_record_bumps_nothing_and_keeps_history() -> None:
    new = {**_surface({}), "format": 2}
    older_format = {**_surface({"getX": OPERATION}), "format": 1}
    plan = plan_release(older_format, "1.2.3", new, "0.1.0")
    assert (plan.first, plan.version, plan.changes) == (True, "1.2.3", ())
    history = "# Changelog\n\n## 1.2.3 — API 1\n\nnotes\n"
    assert changelog_text(history, plan, "proj", "API", "2") == history
    assert "First version generated" in changelog_text(None, plan, "proj", "API", "2")
