"""``python -m generator templates list|eject|context``."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.cli import main
from generator.config import resolve_config
from generator.model import build_client_model
from generator.pipeline import load_and_validate, package_names
from generator.render.catalog import builtin_catalog
from generator.render.engine import render
from generator.render.manifest import load_manifest
from generator.shared.paths import builtin_templates
from generator.spec.loader import SpecSource
from tests.conftest import SPEC

API = "package/apis/api.py.jinja"


def _render(folders: tuple[Path, ...] = ()) -> dict[str, str]:
    config = resolve_config({"spec": str(SPEC), "output": "unused"}, Path.cwd())
    document = load_and_validate(config.spec)
    client = build_client_model(SpecSource(document), package_names(config, document))
    return {str(f.path): f.text for f in render(client, folders)}


def test_list_shows_every_builtin_template_with_output_and_blocks(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["templates", "list"]) == 0
    out = capsys.readouterr().out
    for entry in load_manifest(builtin_templates()).entries:
        assert f"{entry.template} -> {entry.output}" in out
    # Blocks are listed under their template with the line they start on.
    api_part = out.split(f"{API} -> ", 1)[1].split("\n\n", 1)[0]
    assert "block method_docstring" in api_part
    catalog = {info.name: info for info in builtin_catalog()}
    docstring = next(b for b in catalog[API].blocks if b.name == "method_docstring")
    source_line = (builtin_templates() / API).read_text().splitlines()[docstring.line - 1]
    assert "block method_docstring" in source_line


def test_every_block_has_a_description() -> None:
    missing = [
        f"{info.name}: {block.name}"
        for info in builtin_catalog()
        for block in info.blocks
        if not block.description
    ]
    assert not missing, "write a {# comment #} right before these blocks:\n" + "\n".join(missing)


def test_list_with_user_folders_shows_what_they_replace_and_add(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "mine"
    (folder / "package").mkdir(parents=True)
    (folder / "package/environment.py.jinja").write_text("X = 1\n")
    (folder / "extra.jinja").write_text("x\n")
    (folder / "manifest.yaml").write_text(
        "files:\n  - {template: extra.jinja, output: extra.txt}\nplugins:\n  - f:register\n"
    )
    assert main(["templates", "list", "--templates", str(folder)]) == 0
    out = capsys.readouterr().out
    assert f"  replaced by {folder}/package/environment.py.jinja" in out
    assert f"{folder}/extra.jinja -> extra.txt  (one file for the package)" in out
    assert "plugin f:register" in out


@pytest.mark.slow
def test_eject_whole_file_copies_it_and_refuses_to_overwrite(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["templates", "eject", API, str(tmp_path)]) == 0
    copied = tmp_path / API
    assert copied.read_text() == (builtin_templates() / API).read_text()

    copied.write_text("mine\n")
    assert main(["templates", "eject", API, str(tmp_path)]) == 2
    assert "already exists; pass --force" in capsys.readouterr().err
    assert copied.read_text() == "mine\n"
    assert main(["templates", "eject", API, str(tmp_path), "--force"]) == 0
    assert copied.read_text() == (builtin_templates() / API).read_text()


def test_eject_unknown_template_or_block_suggests(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["templates", "eject", "package/apis/apis.py.jinja", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert f"no built-in template 'package/apis/apis.py.jinja'; did you mean {API}" in err
    assert main(["templates", "eject", API, str(tmp_path), "--block", "docstring"]) == 2
    err = capsys.readouterr().err
    assert f"{API} has no block 'docstring'; its blocks: " in err
    assert "method_docstring" in err
    assert not any(tmp_path.iterdir())


@pytest.mark.slow
def test_eject_block_writes_a_small_override_that_changes_nothing_until_edited(
    tmp_path: Path,
) -> None:
    assert main(["templates", "eject", API, str(tmp_path), "--block", "method_docstring"]) == 0
    text = (tmp_path / API).read_text()
    assert text.startswith(f'{{% extends "builtin/{API}" %}}\n{{% block method_docstring %}}\n')
    assert text.endswith("{% endblock %}\n")
    assert _render((tmp_path,)) == _render()


@pytest.mark.slow
def test_ejecting_every_block_of_every_template_changes_nothing(tmp_path: Path) -> None:
    """Block boundaries are sound: each block's text, overridden by itself, renders the same
    (a block that needs a loop variable but is not ``scoped`` would fail here)."""
    for info in builtin_catalog():
        if info.blocks:
            names = [block.name for block in info.blocks]
            assert main(["templates", "eject", info.name, str(tmp_path), *_blocks(names)]) == 0
    assert _render((tmp_path,)) == _render()


def _blocks(names: list[str]) -> list[str]:
    return [part for name in names for part in ("--block", name)]


def test_context_prints_the_reference(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["templates", "context"]) == 0
    out = capsys.readouterr().out
    assert "#### Operation" in out
    assert "| `py_name` | Identifier | method name, e.g. obtain_token |" in out
