"""The write stage: manifest, hand-edit detection, user files, mtimes, whole-tree swap."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path, PurePosixPath

import pytest

from generator.output.write import find_hand_edits, recover_interrupted_write, write_output
from generator.shared.diagnostics import GeneratorError
from generator.shared.record import MANIFEST_NAME, manifest_text, read_manifest
from generator.shared.rendered import RenderedFile
from tests.conftest import ROOT


def _files(**contents: str) -> list[RenderedFile]:
    return [
        RenderedFile(PurePosixPath(name.replace("__", "/")), text, "t.jinja")
        for name, text in sorted(contents.items())
    ]


def _write(folder: Path, files: list[RenderedFile], force: bool = False) -> object:
    return write_output(folder, files, manifest_text(files, "spec-sha", "9.9"), force=force)


def _snapshot(folder: Path) -> dict[str, tuple[int, int, bytes]]:
    """path -> (inode, mtime_ns, content) of every file under ``folder``."""
    return {
        p.relative_to(folder).as_posix(): (p.stat().st_ino, p.stat().st_mtime_ns, p.read_bytes())
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_manifest_records_hashes_spec_and_versions(tmp_path: Path) -> None:
    files = _files(**{"a.py": "A\n", "pkg__b.py": "B\n"})
    text = manifest_text(files, "abc", "1.2.3", "0.4.0", {"operations": {}})
    write_output(tmp_path / "out", files, text)
    manifest = read_manifest(tmp_path / "out")
    assert manifest is not None
    assert set(manifest.files) == {"a.py", "pkg/b.py"}
    assert manifest.files["a.py"] == (
        "06f961b802bc46ee168555f066d28f4f0e9afdf3f88174c1ee6f9de004fc30a0"
    )  # sha256 of "A\n"
    assert (manifest.spec_sha256, manifest.generator_version) == ("abc", "1.2.3")
    assert manifest.package_version == "0.4.0"
    assert manifest.api == {"operations": {}}


def test_unchanged_output_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "out"
    files = _files(**{"a.py": "A\n", "pkg__b.py": "B\n"})
    _write(out, files)
    before = _snapshot(out)
    folder_stat = (out.stat().st_ino, out.stat().st_mtime_ns)
    report = _write(out, files)
    assert report.written == () and report.removed == ()  # type: ignore[attr-defined]
    assert _snapshot(out) == before
    assert (out.stat().st_ino, out.stat().st_mtime_ns) == folder_stat


def test_only_changed_files_are_rewritten_and_stale_ones_removed(tmp_path: Path) -> None:
    out = tmp_path / "out"
    _write(out, _files(**{"a.py": "A\n", "pkg__b.py": "B\n", "old__gone.py": "G\n"}))
    before = _snapshot(out)
    report = _write(out, _files(**{"a.py": "A2\n", "pkg__b.py": "B\n", "pkg__c.py": "C\n"}))
    after = _snapshot(out)
    assert report.written == ("a.py", "pkg/c.py")  # type: ignore[attr-defined]
    assert report.removed == ("old/gone.py",)  # type: ignore[attr-defined]
    assert after["pkg/b.py"] == before["pkg/b.py"]  # same inode, same mtime
    assert after["a.py"][2] == b"A2\n"
    assert "old/gone.py" not in after and not (out / "old").exists()


def test_user_files_are_never_touched(tmp_path: Path) -> None:
    out = tmp_path / "out"
    _write(out, _files(**{"a.py": "A\n", "pkg__b.py": "B\n"}))
    (out / "tests").mkdir()
    (out / "tests" / "test_mine.py").write_text("def test(): pass\n")
    (out / ".git").mkdir()
    (out / ".git" / "HEAD").write_text("ref: refs/heads/main\n")
    (out / "pkg" / "NOTES.txt").write_text("my notes\n")  # inside a generated folder
    (out / "link").symlink_to("a.py")
    user = {k: v for k, v in _snapshot(out).items() if k.startswith(("tests", ".git", "pkg/N"))}
    os.utime(out / "tests", ns=(1_000_000_000, 1_000_000_000))
    _write(out, _files(**{"a.py": "A2\n"}))  # pkg/b.py goes away, pkg/NOTES.txt must stay
    after = _snapshot(out)
    assert {k: after[k] for k in user} == user
    assert (out / "link").is_symlink() and os.readlink(out / "link") == "a.py"
    assert (out / "tests").stat().st_mtime_ns == 1_000_000_000
    assert not (out / "pkg" / "b.py").exists()


def test_hand_edited_file_stops_generation_and_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "out"
    _write(out, _files(**{"a.py": "A\n", "pkg__b.py": "B\n"}))
    (out / "pkg" / "b.py").write_text("B edited\n")
    before = _snapshot(out)
    with pytest.raises(GeneratorError) as caught:
        _write(out, _files(**{"a.py": "A2\n", "pkg__b.py": "B2\n"}))
    assert caught.value.exit_code == 1
    messages = [str(d) for d in caught.value.diagnostics]
    assert any("pkg/b.py" in m and "edited by hand" in m for m in messages)
    assert any("--force" in m for m in messages)
    assert _snapshot(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]  # no scratch left


def test_force_overwrites_hand_edits(tmp_path: Path) -> None:
    out = tmp_path / "out"
    _write(out, _files(**{"a.py": "A\n"}))
    (out / "a.py").write_text("edited\n")
    _write(out, _files(**{"a.py": "A2\n"}), force=True)
    assert (out / "a.py").read_text() == "A2\n"


def test_user_file_where_a_new_generated_file_goes_is_reported(tmp_path: Path) -> None:
    out = tmp_path / "out"
    _write(out, _files(**{"a.py": "A\n"}))
    (out / "new.py").write_text("mine\n")
    edits = find_hand_edits(out, read_manifest(out), _files(**{"a.py": "A\n", "new.py": "N\n"}))
    assert edits == [("new.py", "not written by the generator, but a generated file goes there")]
    with pytest.raises(GeneratorError):
        _write(out, _files(**{"a.py": "A\n", "new.py": "N\n"}))
    assert (out / "new.py").read_text() == "mine\n"


def test_stale_hand_edited_file_is_not_deleted_silently(tmp_path: Path) -> None:
    out = tmp_path / "out"
    _write(out, _files(**{"a.py": "A\n", "b.py": "B\n"}))
    (out / "b.py").write_text("B with my fix\n")
    with pytest.raises(GeneratorError):
        _write(out, _files(**{"a.py": "A\n"}))
    assert (out / "b.py").read_text() == "B with my fix\n"


def test_changelog_edits_are_allowed(tmp_path: Path) -> None:
    out = tmp_path / "out"
    _write(out, _files(**{"CHANGELOG.md": "# Changelog\n"}))
    (out / "CHANGELOG.md").write_text("# Changelog\n\nmy release notes\n")
    assert find_hand_edits(out, read_manifest(out), _files(**{"CHANGELOG.md": "x"})) == []


def test_foreign_folder_is_refused(tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "precious.txt").write_text("x")
    with pytest.raises(GeneratorError) as caught:
        _write(tmp_path / "out", _files(**{"a.py": "A\n"}))
    assert caught.value.exit_code == 2
    assert "not made by this generator" in str(caught.value)


def test_unreadable_manifest_is_a_clear_error(tmp_path: Path) -> None:
    out = tmp_path / "out"
    _write(out, _files(**{"a.py": "A\n"}))
    (out / MANIFEST_NAME).write_text("{not json")
    with pytest.raises(GeneratorError) as caught:
        _write(out, _files(**{"a.py": "A\n"}))
    assert "manifest is unreadable" in str(caught.value)


def test_swap_replaces_the_folder_and_leaves_no_scratch(tmp_path: Path) -> None:
    out = tmp_path / "out"
    _write(out, _files(**{"a.py": "A\n"}))
    _write(out, _files(**{"a.py": "A2\n"}))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]
    assert json.loads((out / MANIFEST_NAME).read_text())["files"].keys() == {"a.py"}


def test_interrupted_fallback_swap_is_rolled_back(tmp_path: Path) -> None:
    """A run killed between the two renames of the fallback swap: the old tree comes back."""
    out = tmp_path / "out"
    _write(out, _files(**{"a.py": "A\n"}))
    out.rename(tmp_path / ".out.generator-old-123")
    (tmp_path / ".out.generator-new-456").mkdir()  # the half-done new tree
    recover_interrupted_write(out)
    assert (out / "a.py").read_text() == "A\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


@pytest.mark.slow
def test_cli_hand_edit_exit_code_and_message(tmp_path: Path) -> None:
    out = tmp_path / "client"
    command = [
        sys.executable,
        "-m",
        "generator",
        "generate",
        str(ROOT / "tests/specs/valid/petstore-3.0.yaml"),
        "-o",
        str(out),
    ]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    subprocess.run(command, cwd=tmp_path, env=env, check=True, capture_output=True)
    readme = out / "README.md"
    readme.write_text(readme.read_text() + "\nmy addition\n")
    result = subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True)
    assert result.returncode == 1
    assert "client/README.md: edited by hand since it was generated" in result.stderr
    assert "Traceback" not in result.stderr
    assert readme.read_text().endswith("my addition\n")
    forced = subprocess.run(
        [*command, "--force"], cwd=tmp_path, env=env, capture_output=True, text=True
    )
    assert forced.returncode == 0, forced.stderr
    assert "my addition" not in readme.read_text()


def test_fallback_swap_without_renameat2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Where the atomic exchange is unavailable, two renames give the same end result."""
    import generator.output.write as write

    monkeypatch.setattr(write, "_exchange", lambda first, second: False)
    out = tmp_path / "out"
    _write(out, _files(**{"a.py": "A\n", "b.py": "B\n"}))
    (out / "mine.txt").write_text("mine\n")
    before = _snapshot(out)
    _write(out, _files(**{"a.py": "A2\n", "b.py": "B\n"}))
    after = _snapshot(out)
    assert after["mine.txt"] == before["mine.txt"] and after["b.py"] == before["b.py"]
    assert after["a.py"][2] == b"A2\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_a_users_file_differing_only_in_case_counts_where_the_file_system_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from generator.output import write

    (tmp_path / "Foo.py").write_text("mine\n", encoding="utf-8")
    assert write._Listing(tmp_path).has("Foo.py")
    assert not write._Listing(tmp_path).has("foo.py")  # case-sensitive here: two files
    # A case-insensitive file system (macOS, Windows) answers for foo.py with Foo.py.
    folded = {str(tmp_path / "Foo.py").casefold()}
    monkeypatch.setattr(write.os.path, "lexists", lambda path: str(path).casefold() in folded)
    assert write._Listing(tmp_path).has("foo.py")
