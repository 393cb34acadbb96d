"""The folders are the stages, and imports only go one way.

shared → spec → model → render → output: a stage imports its own folder, ``shared`` and
the stages before it, never a later one; ``changes`` reads specs and the model only.
``verify`` (a generated client against Prism) comes after every stage: it may import them
and the two top modules that run a generation (pipeline, config), and no stage imports it.
The modules at the top (cli, pipeline, config, settings, progress) run the stages and may
import anything, but no stage imports them. Every import counts: at module level, inside a
function, or only for type checking.
"""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

GENERATOR = ROOT / "generator"
STAGES = ("shared", "spec", "model", "render", "output")
# What each folder may import besides itself; the package root (its __version__) is neutral.
ALLOWED = {stage: set(STAGES[: i + 1]) for i, stage in enumerate(STAGES)}
ALLOWED["changes"] = {"shared", "spec", "model", "changes"}
ALLOWED["verify"] = {*STAGES, "verify"}
# The top modules a folder may import besides the stages (by default none).
ALLOWED_TOP = {"verify": {"pipeline", "config"}}


def _modules() -> dict[str, Path]:
    found = {}
    for path in sorted(GENERATOR.rglob("*.py")):
        relative = path.relative_to(ROOT)
        if "precompiled" in relative.parts:  # Jinja's output (make generate), not our code
            continue
        name = ".".join(relative.with_suffix("").parts).removesuffix(".__init__")
        found[name] = path
    return found


def _imports(path: Path) -> list[tuple[str, int]]:
    """Every ``generator...`` module ``path`` imports, with the line of the import."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            assert node.level == 0, f"{path}:{node.lineno}: relative import"
            module = node.module or ""
            if module == "generator" or module.startswith("generator."):
                # `from generator.model import types` imports the module generator.model.types.
                found += [(f"{module}.{alias.name}", node.lineno) for alias in node.names]
        elif isinstance(node, ast.Import):
            found += [(a.name, node.lineno) for a in node.names if a.name.startswith("generator")]
    return found


def _folder(module: str) -> str | None:
    """The stage folder of a module (``generator.spec.loader`` → spec), None at the top."""
    parts = module.split(".")
    return parts[1] if len(parts) >= 2 and parts[1] in ALLOWED else None


def _is_root(module: str) -> bool:
    """The package itself (``from generator import __version__``)."""
    return module.split(".")[:2] in (["generator"], ["generator", "__version__"])


def _may_import(folder: str, target: str) -> bool:
    """Whether a module in ``folder`` may import the module ``target``."""
    if _is_root(target):
        return True
    target_folder = _folder(target)
    if target_folder is None:
        return target.split(".")[1] in ALLOWED_TOP.get(folder, set())
    return target_folder in ALLOWED[folder]


def test_no_stage_imports_a_later_stage_or_the_top() -> None:
    modules = _modules()
    assert {_folder(m) for m in modules} >= {*STAGES, "changes", "verify"}  # sees every folder
    wrong = []
    for module, path in modules.items():
        folder = _folder(module)
        if folder is None:
            continue  # cli, pipeline, config, settings, progress: they run the stages
        for target, line in _imports(path):
            if not _may_import(folder, target):
                target_folder = _folder(target)
                where = f"{path.relative_to(ROOT)}:{line}"
                wrong.append(f"{where}: {folder} imports {target} ({target_folder or 'the top'})")
    assert wrong == []


def test_the_walk_catches_an_import_against_the_order(tmp_path: Path) -> None:
    """The rule above can fail: a model module importing the renderer is seen, however
    deep inside a function it hides."""
    path = tmp_path / "bad.py"
    path.write_text(
        "from __future__ import annotations\n"
        "def f() -> None:\n"
        "    if True:\n"
        "        from generator.render.escaping import python_literal\n"
    )
    [(target, line)] = _imports(path)
    assert (target, line) == ("generator.render.escaping.python_literal", 4)
    assert not _may_import("model", target)


@pytest.mark.parametrize(
    ("folder", "target", "allowed"),
    [
        ("verify", "generator.pipeline.run", True),
        ("verify", "generator.config.load_config", True),
        ("verify", "generator.output.write.write_package", True),
        ("verify", "generator.cli.main", False),  # verify runs a generation, not the CLI
        ("output", "generator.verify.prism.PrismServer", False),  # no stage imports verify
        ("shared", "generator.verify.prism", False),
        ("changes", "generator.verify.values", False),
        ("model", "generator.pipeline.run", False),
    ],
)
def test_verify_comes_after_every_stage(folder: str, target: str, allowed: bool) -> None:
    assert _may_import(folder, target) is allowed


def test_the_fetcher_and_the_loader_do_not_import_each_other() -> None:
    loader = {t for t, _ in _imports(GENERATOR / "spec" / "loader.py")}
    fetch = {t for t, _ in _imports(GENERATOR / "spec" / "fetch.py")}
    assert not any(t.startswith("generator.spec.loader") for t in fetch)
    # The loader calls the fetcher (only with --allow-remote-refs), so one direction stays.
    assert any(t.startswith("generator.spec.fetch") for t in loader)


def test_one_class_named_manifest_and_one_function_named_render() -> None:
    defined: dict[str, list[str]] = {"Manifest": [], "render": []}
    for module, path in _modules().items():
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, (ast.ClassDef, ast.FunctionDef)) and node.name in defined:
                defined[node.name].append(module)
    assert defined == {
        "Manifest": ["generator.render.manifest"],
        "render": ["generator.render.engine"],
    }


LOADED_AFTER_RUN = """
import json, sys
from generator.cli import main
code = main(sys.argv[1:])
print(json.dumps({"code": code, "modules": sorted(sys.modules)}))
"""


def _modules_loaded_by(tmp_path: Path, *arguments: str) -> tuple[int, set[str]]:
    env = {**os.environ, "OPENAPI_PYCLIENT_CACHE_DIR": str(tmp_path / "cache")}
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")])
    result = subprocess.run(
        [sys.executable, "-c", LOADED_AFTER_RUN, *arguments],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    data = json.loads(result.stdout.splitlines()[-1])
    return data["code"], set(data["modules"])


SPEC = str(ROOT / "spec" / "square-oauth.yaml")
GENERATED = str(ROOT / "generated")  # its manifest records the API diff compares


@pytest.mark.parametrize(
    "arguments",
    [
        ("validate", SPEC),
        ("diff", SPEC, SPEC),
        ("diff", GENERATED, SPEC),  # reads the output's manifest, as the writer does
    ],
    ids=["validate", "diff-specs", "diff-generated-folder"],
)
def test_diff_and_validate_never_load_jinja(tmp_path: Path, arguments: tuple[str, ...]) -> None:
    code, loaded = _modules_loaded_by(tmp_path, *arguments)
    assert code == 0
    # The run did its work (so the absence below means something).
    assert "generator.spec.loader" in loaded
    assert [
        m for m in loaded if m == "jinja2" or m.startswith(("jinja2.", "generator.render"))
    ] == []


def test_a_generate_run_does_load_jinja(tmp_path: Path) -> None:
    """The check above can fail: the same probe sees Jinja when a run renders."""
    petstore = str(ROOT / "tests" / "specs" / "petstore.yaml")
    code, loaded = _modules_loaded_by(tmp_path, "generate", petstore, "-o", str(tmp_path / "out"))
    assert code == 0
    assert {"jinja2", "generator.render.engine"} <= loaded
