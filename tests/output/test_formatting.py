"""Stage 5 alone: ruff (one process for all files), black (across worker processes) and
``none``; the format cache; and a formatter that cannot start or a worker that dies, which
must stop the run at once with one line and exit 2, never hang it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path, PurePosixPath

import pytest

from generator import cli
from generator.config import GenerateConfig
from generator.model import build_client_model
from generator.output import format as formatting
from generator.output.format import FormatWorkers, format_file, format_files
from generator.output.write import write_output
from generator.pipeline import load_and_validate, package_names
from generator.render.engine import render
from generator.shared.diagnostics import GeneratorError
from generator.shared.rendered import RenderedFile
from generator.spec import validate
from generator.spec.loader import SpecSource
from tests.conftest import ROOT

SPEC = ROOT / "spec" / "square-oauth.yaml"
# A hang fails the test instead of stalling the suite.
HANG = 120


@pytest.fixture(scope="module")
def rendered() -> list[RenderedFile]:
    config = GenerateConfig(SPEC, Path("unused"), "square_oauth", None, "0.1.0", ())
    document = load_and_validate(SPEC)
    return render(build_client_model(SpecSource(document), package_names(config, document)))


@pytest.fixture(autouse=True)
def cache_in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAPI_PYCLIENT_CACHE_DIR", str(tmp_path / "cache"))


def _formatted_jobs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record the texts handed to a formatter from now on."""
    seen: list[str] = []
    real = formatting._format_texts

    def spy(
        jobs: list[tuple[str, str]], formatter: formatting.Formatter, workers: object = None
    ) -> list[tuple[bool, str]]:
        seen.extend(text for _, text in jobs)
        return real(jobs, formatter)

    monkeypatch.setattr(formatting, "_format_texts", spy)
    return seen


@pytest.mark.slow
def test_ruff_and_black_give_the_same_bytes_as_generated(
    rendered: list[RenderedFile], monkeypatch: pytest.MonkeyPatch
) -> None:
    by_ruff = format_files(rendered)
    assert by_ruff == [format_file(f) for f in rendered]  # one process for all, or one each
    one_by_one = [format_file(f, "black") for f in rendered]
    assert by_ruff == one_by_one
    monkeypatch.setattr(formatting, "PARALLEL_MIN_FILES", 2)
    monkeypatch.setattr(formatting, "_cores", lambda: 2)
    assert format_files(rendered, formatter="black") == one_by_one
    with FormatWorkers("black") as workers:  # the pool the pipeline starts before loading
        assert workers.executor is not None
        assert format_files(rendered, workers=workers, formatter="black") == one_by_one
    assert workers.executor is None
    golden = {str(p.relative_to(ROOT / "generated")) for p in (ROOT / "generated").rglob("*.py")}
    checked = 0
    for file in by_ruff:
        if str(file.path) in golden:
            assert file.text == (ROOT / "generated" / str(file.path)).read_text(encoding="utf-8")
            checked += 1
    assert checked > 20


def test_none_leaves_the_rendered_text(rendered: list[RenderedFile]) -> None:
    client = next(f for f in rendered if str(f.path) == "square_oauth/client.py")
    assert format_file(client, "none").text == client.text
    assert format_file(client, "ruff").text != client.text  # the templates leave layout to it


def test_unchanged_text_skips_the_formatter_and_a_hand_edit_is_formatted_again(
    rendered: list[RenderedFile], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    first = format_files(rendered, out)
    write_output(out, first, "{}\n")
    seen = _formatted_jobs(monkeypatch)
    assert format_files(rendered, out) == first
    assert seen == []  # every file came from the cache

    edited = next(f for f in first if f.path.suffix == ".py" and not f.text.startswith("#"))
    (out / str(edited.path)).write_text(edited.text + "# mine\n", encoding="utf-8")
    assert format_files(rendered, out) == first
    source = next(f for f in rendered if f.path == edited.path)
    assert seen == [source.text]  # only the edited file was formatted again


def test_the_cache_is_per_formatter(
    rendered: list[RenderedFile], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    write_output(out, format_files(rendered, out), "{}\n")
    seen = _formatted_jobs(monkeypatch)
    unformatted = format_files(rendered, out, formatter="none")
    assert len(seen) == len([f for f in rendered if not f.formatted])  # none of ruff's results
    assert unformatted == [RenderedFile(f.path, f.text, f.template, True) for f in rendered]
    assert "ruff=" in formatting.formatter_recipe("ruff")
    assert formatting.formatter_recipe("ruff") != formatting.formatter_recipe("black")


def test_a_changed_template_output_is_formatted_afresh(
    rendered: list[RenderedFile], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    write_output(out, format_files(rendered, out), "{}\n")
    seen = _formatted_jobs(monkeypatch)
    changed = [
        RenderedFile(f.path, f.text + "\n\nEXTRA  =  1\n", f.template)
        if f.path == PurePosixPath("square_oauth/errors.py")
        else f
        for f in rendered
    ]
    result = {str(f.path): f.text for f in format_files(changed, out)}
    assert result["square_oauth/errors.py"].endswith("\nEXTRA = 1\n")
    assert len(seen) == 1


def test_cache_off_and_broken_cache_file_are_harmless(
    rendered: list[RenderedFile], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    expected = format_files(rendered, out)
    for store in (tmp_path / "cache" / "format").glob("*.json"):
        store.write_text("{not json", encoding="utf-8")
    assert format_files(rendered, out) == expected
    monkeypatch.setenv("OPENAPI_PYCLIENT_CACHE_DIR", "off")
    assert format_files(rendered, out) == expected


@pytest.mark.parametrize("formatter", ["ruff", "black"])
def test_invalid_python_is_blamed_on_the_template(formatter: formatting.Formatter) -> None:
    good = RenderedFile(PurePosixPath("pkg/ok.py"), "x  =  1\n", "package/ok.py.jinja")
    broken = RenderedFile(PurePosixPath("pkg/x.py"), "def (:\n", "package/x.py.jinja")
    with pytest.raises(GeneratorError) as caught:
        format_files([good, broken], formatter=formatter)
    assert caught.value.diagnostics[0].file == "package/x.py.jinja"
    assert "rendered pkg/x.py is not valid Python" in caught.value.diagnostics[0].message


def test_markdown_python_blocks_are_formatted_unless_they_do_not_parse() -> None:
    text = "# T\n\n```python\nx  =  {'a':1}\n```\n\n```python\ndef f(\n```\n\n```sh\na  b\n```"
    page = RenderedFile(PurePosixPath("docs/x.md"), text, "docs/x.md.jinja")
    expected = '# T\n\n```python\nx = {"a": 1}\n```\n\n```python\ndef f(\n```\n\n```sh\na  b\n```\n'
    assert format_file(page, "ruff").text == expected
    assert format_file(page, "black").text == expected


@pytest.mark.slow
def test_shipped_plain_text_templates_are_already_formatted() -> None:
    """The format stage passes the runtime's modules and a shipped template without
    template syntax through unchanged; that is only right while both formatters would leave
    its text as it is."""
    from generator.render.engine import _plain_text
    from generator.render.manifest import RUNTIME_FOLDER, load_manifest
    from generator.shared.paths import builtin_templates

    folder = builtin_templates()
    entries = load_manifest(folder).entries
    shipped = [RUNTIME_FOLDER / e.runtime for e in entries if e.runtime] + [
        folder / e.template for e in entries if not e.runtime and _plain_text(folder / e.template)
    ]
    assert RUNTIME_FOLDER / "_core/request.py" in shipped  # the rule is in use
    for formatter in ("ruff", "black"):
        files = [
            RenderedFile(PurePosixPath(path.name.removesuffix(".jinja")), text, str(path))
            for path in shipped
            for text in [path.read_text(encoding="utf-8")]
        ]
        for before, after in zip(files, format_files(files, formatter=formatter), strict=True):
            assert after.text == before.text, (
                f"{before.template} is shipped as it is: keep it formatted "
                f"({formatter} changes it; line length 88, py310)"
            )


@pytest.mark.slow
def test_only_shipped_plain_text_files_skip_the_formatter(
    rendered: list[RenderedFile], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    skipped = {str(f.path) for f in rendered if f.formatted}
    assert "square_oauth/_core/request.py" in skipped
    assert "square_oauth/client.py" not in skipped  # rendered from the spec: ruff decides
    seen = _formatted_jobs(monkeypatch)
    format_files(rendered)
    assert {f.text for f in rendered if not f.formatted} <= set(seen)
    assert not {f.text for f in rendered if f.formatted} & set(seen)
    # A user's copy of the same file is the user's layout: the formatter formats it.
    user = tmp_path / "templates" / "package" / "errors.py.jinja"
    user.parent.mkdir(parents=True)
    user.write_text("class Oops( Exception ):\n    pass\n", encoding="utf-8")
    config = GenerateConfig(SPEC, Path("unused"), "square_oauth", None, "0.1.0", ())
    document = load_and_validate(SPEC)
    client = build_client_model(SpecSource(document), package_names(config, document))
    files = {str(f.path): f for f in render(client, [tmp_path / "templates"])}
    errors = files["square_oauth/errors.py"]
    assert not errors.formatted
    assert format_file(errors).text == "class Oops(Exception):\n    pass\n"


def test_ruff_ignores_the_users_ruff_configuration(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "ruff.toml").write_text(
        'line-length = 20\n[format]\nquote-style = "single"\n', encoding="utf-8"
    )
    monkeypatch.chdir(tmp_path)
    # The staging folder lands under that configuration.
    monkeypatch.setattr(formatting, "_staging_root", lambda: str(tmp_path))
    text = "value = {'alpha': 1, 'beta': 2}\n"
    file = RenderedFile(PurePosixPath("pkg/x.py"), text, "package/x.py.jinja")
    assert format_file(file).text == 'value = {"alpha": 1, "beta": 2}\n'
    assert not (tmp_path / ".ruff_cache").exists()


# A formatter that cannot start, a worker that dies: one line, exit 2, nothing written. -------


def _generate_in_process(
    out: Path, capsys: pytest.CaptureFixture[str], *options: str
) -> tuple[int, list[str]]:
    code = cli.main(["generate", str(SPEC), "-o", str(out), *options])
    return code, capsys.readouterr().err.splitlines()


def test_ruff_missing_stops_the_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "ruff", None)  # not installed
    code, errors = _generate_in_process(tmp_path / "out", capsys)
    assert code == 2
    assert len(errors) == 1
    assert errors[0].startswith("error: formatter: cannot start ruff: ")
    assert "--formatter black" in errors[0]
    assert not (tmp_path / "out").exists()


def test_ruff_that_cannot_be_executed_stops_the_run(
    rendered: list[RenderedFile], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import ruff

    monkeypatch.setattr(ruff, "find_ruff_bin", lambda: str(tmp_path / "no-such-ruff"))
    with pytest.raises(GeneratorError) as caught:
        format_files(rendered)
    [diagnostic] = caught.value.diagnostics
    assert str(diagnostic).startswith("formatter: cannot start ruff: ")
    assert "no-such-ruff" in str(diagnostic)
    assert caught.value.exit_code == 2


def _run_poisoned(module: str, out: Path, *options: str) -> subprocess.CompletedProcess[str]:
    """The CLI in a fresh interpreter in which importing ``module`` fails."""
    code = (
        f"import sys; sys.modules[{module!r}] = None\n"
        "from generator.cli import main\n"
        f"raise SystemExit(main({['generate', str(SPEC), '-o', str(out), *options]!r}))\n"
    )
    env = {**os.environ, "OPENAPI_PYCLIENT_CACHE_DIR": "off"}
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=HANG,
        check=False,
    )


@pytest.mark.slow
@pytest.mark.parametrize(("module", "formatter"), [("black", "black"), ("ruff", "ruff")])
def test_a_formatter_that_cannot_be_imported_fails_at_once(
    module: str, formatter: str, tmp_path: Path
) -> None:
    """Before the fix, black missing made the worker pool respawn its workers for ever."""
    result = _run_poisoned(module, tmp_path / "out", "--formatter", formatter)
    assert result.returncode == 2, result.stderr
    [line] = result.stderr.splitlines()
    assert line.startswith(f"error: formatter: cannot start {formatter}: "), line
    assert not (tmp_path / "out").exists()


def test_black_failing_to_import_in_the_workers_is_one_line(
    rendered: list[RenderedFile], monkeypatch: pytest.MonkeyPatch
) -> None:
    """black found, but its import fails in the worker processes (a broken install): the
    workers must not die (that would respawn them, or break the pool) but say so."""
    monkeypatch.setattr(formatting, "check_formatter", lambda formatter: None)
    monkeypatch.setattr(formatting, "_mode", None)
    monkeypatch.setattr(formatting, "_black_import_error", None)
    monkeypatch.setitem(sys.modules, "black", None)  # inherited by the forked workers
    monkeypatch.setattr(formatting, "PARALLEL_MIN_FILES", 2)
    monkeypatch.setattr(formatting, "_cores", lambda: 2)
    with pytest.raises(GeneratorError) as caught:
        format_files(rendered, formatter="black")
    [diagnostic] = caught.value.diagnostics
    assert str(diagnostic).startswith("formatter: cannot start black: ModuleNotFoundError")


def _die(*args: object) -> None:
    """Stands in for a worker's task: the worker process ends without a word."""
    os._exit(9)


def test_a_dead_black_worker_stops_the_formatting(
    rendered: list[RenderedFile], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(formatting, "PARALLEL_MIN_FILES", 2)
    monkeypatch.setattr(formatting, "_cores", lambda: 2)
    monkeypatch.setattr(formatting, "_format_text", _die)
    with pytest.raises(GeneratorError) as caught:
        format_files(rendered, formatter="black")
    [diagnostic] = caught.value.diagnostics
    assert "a worker process stopped unexpectedly" in diagnostic.message
    assert caught.value.exit_code == 2


@pytest.mark.slow
def test_a_dead_schema_check_worker_stops_the_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(formatting, "_cores", lambda: 2)  # the check runs in a worker
    monkeypatch.setattr(validate, "schema_problems_of_file", _die)
    code, errors = _generate_in_process(tmp_path / "out", capsys)
    assert code == 2
    assert errors == [
        "error: generator: a worker process stopped unexpectedly (killed, or out of memory); "
        "nothing written"
    ]
    assert not (tmp_path / "out").exists()


# Choosing the formatter. ------------------------------------------------------------------


def test_the_formatter_comes_from_the_command_line_or_the_project(tmp_path: Path) -> None:
    from generator.config import resolve_config

    (tmp_path / "pyproject.toml").write_text(
        '[tool.generator]\nspec = "s.yaml"\noutput = "out"\nformatter = "black"\n',
        encoding="utf-8",
    )
    assert resolve_config({}, tmp_path).formatter == "black"
    assert resolve_config({"formatter": "none"}, tmp_path).formatter == "none"
    assert resolve_config({"spec": "x.yaml", "output": "o"}, tmp_path).formatter == "ruff"
    (tmp_path / "pyproject.toml").write_text(
        '[tool.generator]\nspec = "s.yaml"\noutput = "out"\nformatter = "yapf"\n',
        encoding="utf-8",
    )
    with pytest.raises(GeneratorError) as caught:
        resolve_config({}, tmp_path)
    assert (
        "pyproject.toml:4:1: [tool.generator] formatter: expected one of black, ruff, none, "
        "got the text 'yapf'"
    ) in str(caught.value)


@pytest.mark.slow
def test_formatter_none_writes_the_templates_text(
    rendered: list[RenderedFile], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _ = _generate_in_process(
        tmp_path / "out", capsys, "--package-name", "square_oauth", "--formatter", "none"
    )
    assert code == 0
    written = (tmp_path / "out" / "square_oauth" / "client.py").read_text(encoding="utf-8")
    template_text = next(f.text for f in rendered if str(f.path) == "square_oauth/client.py")
    assert written == template_text
    assert written != format_file(next(f for f in rendered if f.text == template_text)).text
