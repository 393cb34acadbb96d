"""generator/verify/prism.py: where Prism is installed, the errors a user sees when it cannot
be installed or started, and what it logs per request.

The fast tests put stand-ins for ``npm``, ``node`` and the ``prism`` launcher first on PATH
(small shell scripts), so installing and starting run for real without the network; the
slow ones run the pinned Prism from the suite's install.
"""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import tempfile
import tomllib
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from generator.shared.caching import cache_folder
from generator.shared.diagnostics import (
    EXIT_USER_ERROR,
    Diagnostic,
    GeneratorError,
    display_path,
)
from generator.verify import prism
from tests.conftest import ROOT
from tests.support.prism import CACHE_DIR, PrismServer

PETSTORE = ROOT / "tests" / "specs" / "petstore.yaml"

# A spec Prism refuses: the response schema points at a schema that is not there.
MISSING_REF_SPEC = """\
openapi: 3.0.3
info: {title: broken, version: "1"}
paths:
  /things:
    get:
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema:
                $ref: "#/components/schemas/Missing"  # line 12, column 17
"""
MISSING_REF_POINTER = "/paths/~1things/get/responses/200/content/application~1json/schema"


@pytest.fixture(autouse=True)
def _fresh_memory(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test finds installs and the temporary folder anew (the module remembers both)."""
    monkeypatch.setattr(prism, "_installed", {})
    monkeypatch.setattr(prism, "_run_folder", None)


def _script(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("#!/bin/sh\n" + text, encoding="utf-8")
    path.chmod(path.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    return path


FakeTools = Callable[..., Path]


@pytest.fixture
def fake_tools(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> FakeTools:
    """``fake_tools(prism=SCRIPT, npm_exit=0, npm_stderr="")`` puts an ``npm`` and a ``node``
    first on PATH; the ``npm ci`` stand-in installs SCRIPT as the ``prism`` launcher (unless
    it fails) and counts its runs in ``BIN/npm-runs``. Returns BIN."""

    def make(prism: str | None = None, npm_exit: int = 0, npm_stderr: str = "") -> Path:
        bin_dir = tmp_path / "bin"
        install = ""
        if prism is not None:
            _script(bin_dir / "fake-prism", prism)
            install = (
                f"mkdir -p node_modules/.bin && cp '{bin_dir}/fake-prism' node_modules/.bin/prism\n"
            )
        _script(
            bin_dir / "npm",
            f"echo run >> '{bin_dir}/npm-runs'\n"
            f"printf '{npm_stderr}' >&2\n" + (f"exit {npm_exit}\n" if npm_exit else install),
        )
        _script(bin_dir / "node", "exit 0\n")
        monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}/usr/bin{os.pathsep}/bin")
        return bin_dir

    return make


def _npm_runs(bin_dir: Path) -> int:
    runs = bin_dir / "npm-runs"
    return len(runs.read_text().splitlines()) if runs.exists() else 0


def _the_diagnostic(error: pytest.ExceptionInfo[GeneratorError]) -> Diagnostic:
    assert error.value.exit_code == EXIT_USER_ERROR
    [diagnostic] = error.value.diagnostics
    return diagnostic


# -- the manifests --------------------------------------------------------------------------


def test_the_manifests_are_where_prism_py_looks_and_pin_one_version() -> None:
    assert prism.MANIFEST_DIR == ROOT / "generator" / "verify" / "prism"
    lock = json.loads((prism.MANIFEST_DIR / "package-lock.json").read_text(encoding="utf-8"))
    locked = lock["packages"]["node_modules/@stoplight/prism-cli"]["version"]
    assert prism.pinned_version() == locked == "5.16.0"
    assert lock["packages"][""]["dependencies"] == {prism.PACKAGE: locked}


def test_the_wheel_ships_the_manifests() -> None:
    """Hatch puts every file of ``packages`` that git does not ignore into the wheel (a
    wheel built with ``pip wheel .`` holds generator/verify/prism/package*.json)."""
    wheel = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["hatch"][
        "build"
    ]["targets"]["wheel"]
    assert wheel["packages"] == ["generator"]
    assert "exclude" not in wheel and "only-include" not in wheel
    for name in prism.MANIFESTS:
        path = prism.MANIFEST_DIR / name
        ignored = subprocess.run(["git", "check-ignore", "-q", str(path)], cwd=ROOT, check=False)
        assert ignored.returncode == 1, f"{path} is git-ignored, so not in the wheel"


# -- where it installs ----------------------------------------------------------------------


def test_the_default_install_folder_is_under_cache_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(prism.PRISM_DIR_ENV, raising=False)
    monkeypatch.setenv("OPENAPI_PYCLIENT_CACHE_DIR", str(tmp_path / "cache"))
    assert cache_folder("prism") == tmp_path / "cache" / "prism"
    assert prism.install_folder() == tmp_path / "cache" / "prism" / "5.16.0"
    assert prism.prism_executable() == prism.install_folder() / "node_modules" / ".bin" / "prism"


def test_without_a_cache_it_installs_into_a_temporary_folder(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(prism.PRISM_DIR_ENV, raising=False)
    monkeypatch.setenv("OPENAPI_PYCLIENT_CACHE_DIR", "off")
    folder = prism.install_folder()
    assert folder.name == "5.16.0"
    assert folder.parent.is_dir()
    assert folder.parent.parent == Path(tempfile.gettempdir())
    assert prism.install_folder() == folder  # one for the whole run


def test_the_environment_variable_overrides_the_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fake_tools: FakeTools
) -> None:
    bin_dir = fake_tools(prism="exit 0\n")
    chosen = tmp_path / "chosen"
    monkeypatch.setenv(prism.PRISM_DIR_ENV, str(chosen))
    monkeypatch.setenv("OPENAPI_PYCLIENT_CACHE_DIR", str(tmp_path / "cache"))
    assert prism.install_folder() == chosen
    assert prism.ensure_prism() == chosen / "node_modules" / ".bin" / "prism"
    assert _npm_runs(bin_dir) == 1
    assert not (tmp_path / "cache").exists()


def test_the_suite_shares_its_install_with_subprocesses() -> None:
    """tests/conftest.py names the suite's install, so `verify` in a subprocess reuses it."""
    assert os.environ[prism.PRISM_DIR_ENV] == str(CACHE_DIR) == str(ROOT / ".cache" / "prism")
    assert PrismServer(PETSTORE).install_dir == CACHE_DIR


def test_it_installs_once_and_again_when_the_pin_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fake_tools: FakeTools
) -> None:
    bin_dir = fake_tools(prism="exit 0\n")
    folder = tmp_path / "prism"
    launcher = prism.ensure_prism(folder)
    assert launcher.is_file()
    assert json.loads((folder / "package.json").read_text())["dependencies"] == {
        prism.PACKAGE: "5.16.0"
    }
    monkeypatch.setattr(prism, "_installed", {})  # as a new process would
    assert prism.ensure_prism(folder) == launcher
    assert _npm_runs(bin_dir) == 1
    (folder / "package-lock.json").write_text("{}")  # an install from another pin
    monkeypatch.setattr(prism, "_installed", {})
    prism.ensure_prism(folder)
    assert _npm_runs(bin_dir) == 2


# -- errors a user sees ---------------------------------------------------------------------


def test_without_npm_the_error_says_to_install_node(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    empty = tmp_path / "empty-bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    assert shutil.which("npm") is None
    folder = tmp_path / "prism"
    with pytest.raises(GeneratorError) as error:
        PrismServer(PETSTORE, install_dir=folder).start()
    assert str(_the_diagnostic(error)) == (
        f"prism: verify needs Node.js (npm) to install Stoplight Prism 5.16.0 into "
        f"{display_path(folder)}: `npm` was not found on PATH; install Node.js 18 or later"
    )
    assert not folder.exists()  # nothing half-made


def test_without_node_the_installed_prism_cannot_start(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fake_tools: FakeTools
) -> None:
    bin_dir = fake_tools(prism="exit 0\n")
    folder = tmp_path / "prism"
    prism.ensure_prism(folder)
    (bin_dir / "node").unlink()
    monkeypatch.setenv("PATH", str(bin_dir))
    with pytest.raises(GeneratorError) as error:
        PrismServer(PETSTORE, install_dir=folder).start()
    assert str(_the_diagnostic(error)) == (
        "prism: verify needs Node.js to run Stoplight Prism 5.16.0: "
        "`node` was not found on PATH; install Node.js 18 or later"
    )


def test_a_failing_npm_ci_shows_the_end_of_its_stderr(
    tmp_path: Path, fake_tools: FakeTools
) -> None:
    fake_tools(npm_exit=1, npm_stderr="npm error code E404\\nnpm error 404 Not Found - GET x")
    folder = tmp_path / "prism"
    with pytest.raises(GeneratorError) as error:
        prism.ensure_prism(folder)
    diagnostic = _the_diagnostic(error)
    assert diagnostic.file == "prism"
    assert diagnostic.message == (
        f"`npm ci` for Stoplight Prism 5.16.0 in {display_path(folder)} failed with exit "
        "code 1; the end of npm's output:\nnpm error code E404\nnpm error 404 Not Found - GET x"
    )
    assert not (folder / ".install-complete").exists()  # the next run tries again


def test_npm_ci_that_installs_no_launcher_is_an_error(
    tmp_path: Path, fake_tools: FakeTools
) -> None:
    fake_tools(prism=None)
    folder = tmp_path / "prism"
    with pytest.raises(GeneratorError) as error:
        prism.ensure_prism(folder)
    assert _the_diagnostic(error).message.endswith(
        f"succeeded but did not install {display_path(prism.prism_executable(folder))}"
    )


def test_a_missing_spec_is_named(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.yaml"
    with pytest.raises(GeneratorError) as error:
        PrismServer(missing).start()
    assert str(_the_diagnostic(error)) == f"{display_path(missing)}: file not found"


def test_prism_exiting_before_it_serves_is_located_in_the_spec(
    tmp_path: Path, fake_tools: FakeTools
) -> None:
    """Prism's fatal line names a JSON pointer; the diagnostic gives its line in the spec."""
    fatal = f'at "#{MISSING_REF_POINTER}", token "components" does not exist'
    fake_tools(prism=f"echo '[1:00:00 PM] \u203a [CLI] ✖  fatal     {fatal}'\nexit 1\n")
    spec = tmp_path / "broken.yaml"
    spec.write_text(MISSING_REF_SPEC)
    server = PrismServer(spec, install_dir=tmp_path / "prism")
    with pytest.raises(GeneratorError) as error:
        server.start()
    assert str(_the_diagnostic(error)) == (
        f"{display_path(spec)}:12:17: Prism 5.16.0 cannot load the spec: {fatal} "
        f"(at {MISSING_REF_POINTER})"
    )
    assert not server.running


def test_prism_exiting_without_a_fatal_line_shows_its_log(
    tmp_path: Path, fake_tools: FakeTools
) -> None:
    fake_tools(prism="echo 'Segmentation fault, or so'\nexit 139\n")
    server = PrismServer(PETSTORE, install_dir=tmp_path / "prism")
    with pytest.raises(GeneratorError) as error:
        server.start()
    diagnostic = _the_diagnostic(error)
    assert diagnostic.file == display_path(PETSTORE)
    assert diagnostic.message.startswith("Prism exited with code 139 before serving; its log:\n")
    assert diagnostic.message.endswith("\nSegmentation fault, or so")


def test_prism_that_never_answers_is_stopped_with_its_log(
    tmp_path: Path, fake_tools: FakeTools
) -> None:
    fake_tools(prism="echo 'starting, slowly'\nexec sleep 60\n")
    server = PrismServer(PETSTORE, install_dir=tmp_path / "prism", startup_timeout_s=0.5)
    with pytest.raises(GeneratorError) as error:
        server.start()
    diagnostic = _the_diagnostic(error)
    assert diagnostic.file == display_path(PETSTORE)
    assert diagnostic.message.startswith("Prism did not answer HTTP on http://127.0.0.1:")
    assert "within 0.5 s; its log:\n" in diagnostic.message
    assert diagnostic.message.endswith("\nstarting, slowly")
    assert not server.running  # its process group was stopped


# -- the real Prism -------------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.prism
def test_a_spec_prism_cannot_load_gives_prisms_message_at_its_place(tmp_path: Path) -> None:
    spec = tmp_path / "broken.yaml"
    spec.write_text(MISSING_REF_SPEC)
    with pytest.raises(GeneratorError) as error:
        PrismServer(spec).start()
    diagnostic = _the_diagnostic(error)
    assert (diagnostic.file, diagnostic.line, diagnostic.column) == (display_path(spec), 12, 17)
    assert diagnostic.pointer == MISSING_REF_POINTER
    assert diagnostic.message == (
        "Prism 5.16.0 cannot load the spec: "
        f'at "#{MISSING_REF_POINTER}", token "components" in "#/components/schemas/Missing" '
        "does not exist"
    )


@pytest.mark.slow
@pytest.mark.prism
def test_yaml_prism_cannot_parse_gives_its_line_and_column(tmp_path: Path) -> None:
    spec = tmp_path / "unparsable.yaml"
    spec.write_text("openapi: 3.0.3\ninfo: [\n")
    with pytest.raises(GeneratorError) as error:
        PrismServer(spec).start()
    diagnostic = _the_diagnostic(error)
    assert (diagnostic.file, diagnostic.line, diagnostic.column) == (display_path(spec), 3, 1)
    assert "unexpected end of the stream within a flow collection" in diagnostic.message


@pytest.mark.slow
@pytest.mark.prism
def test_log_since_gives_what_prism_said_about_one_request() -> None:
    """Prism logs a request's validation before it answers, so the slice is complete."""
    key = {"X-API-Key": "dummy"}
    with PrismServer(PETSTORE) as server, httpx.Client(trust_env=False, timeout=10) as client:
        before_bad = server.log_offset()
        bad = client.get(f"{server.url}/pets", params={"limit": "many"}, headers=key)
        bad_log = server.log_since(before_bad)
        before_good = server.log_offset()
        good = client.get(f"{server.url}/pets", params={"limit": "3"}, headers=key)
        good_log = server.log_since(before_good)
    assert bad.status_code in (400, 422), bad_log
    assert "Request query parameter limit must be integer" in bad_log
    assert good.status_code == 200, good_log
    assert "The request passed the validation rules" in good_log
    assert "limit must be integer" not in good_log
    # After it stopped, the same offsets still slice the log it kept.
    assert server.log_since(before_good).startswith(good_log)
    assert server.log_since(0) == server.log_text()
