"""Stage 5 alone: black across worker processes and the format cache give exactly the
bytes that formatting each file on its own gives."""

from __future__ import annotations

from pathlib import Path, PurePosixPath

import pytest

from generator import formatting
from generator.config import GenerateConfig
from generator.diagnostics import GeneratorError
from generator.formatting import FormatWorkers, format_file, format_files
from generator.loader import SpecSource
from generator.model import build_client_model
from generator.pipeline import load_and_validate, package_names
from generator.render import RenderedFile, render
from generator.write import write_output

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "square-oauth.yaml"


@pytest.fixture(scope="module")
def rendered() -> list[RenderedFile]:
    config = GenerateConfig(SPEC, Path("unused"), "square_oauth", None, "0.1.0", ())
    document = load_and_validate(SPEC)
    return render(build_client_model(SpecSource(document), package_names(config, document)))


@pytest.fixture(autouse=True)
def cache_in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAPI_PYCLIENT_CACHE_DIR", str(tmp_path / "cache"))


def _formatted_jobs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record the texts handed to black from now on."""
    seen: list[str] = []
    real = formatting._format_texts

    def spy(jobs: list[tuple[str, str]], workers: object = None) -> list[tuple[bool, str]]:
        seen.extend(text for _, text in jobs)
        return real(jobs)

    monkeypatch.setattr(formatting, "_format_texts", spy)
    return seen


def test_workers_give_the_same_bytes_as_one_file_at_a_time(
    rendered: list[RenderedFile], monkeypatch: pytest.MonkeyPatch
) -> None:
    one_by_one = [format_file(f) for f in rendered]
    monkeypatch.setattr(formatting, "PARALLEL_MIN_FILES", 2)
    monkeypatch.setattr(formatting, "_cores", lambda: 2)
    assert format_files(rendered) == one_by_one
    with FormatWorkers() as workers:  # the pool the pipeline starts before loading a spec
        assert workers.pool is not None
        assert format_files(rendered, workers=workers) == one_by_one
    assert workers.pool is None
    golden = {str(p.relative_to(ROOT / "generated")) for p in (ROOT / "generated").rglob("*.py")}
    for file in one_by_one:
        if str(file.path) in golden:
            assert file.text == (ROOT / "generated" / str(file.path)).read_text(encoding="utf-8")


def test_unchanged_text_skips_black_and_a_hand_edit_is_formatted_again(
    rendered: list[RenderedFile], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    first = format_files(rendered, out)
    write_output(out, first, "{}\n")
    seen = _formatted_jobs(monkeypatch)
    assert format_files(rendered, out) == first
    assert seen == []  # every file came from the cache

    edited = next(f for f in first if f.path.suffix == ".py")
    (out / str(edited.path)).write_text(edited.text + "# mine\n", encoding="utf-8")
    assert format_files(rendered, out) == first
    source = next(f for f in rendered if f.path == edited.path)
    assert seen == [source.text]  # only the edited file went through black again


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


def test_invalid_python_is_blamed_on_the_template() -> None:
    broken = RenderedFile(PurePosixPath("pkg/x.py"), "def (:\n", "package/x.py.jinja")
    with pytest.raises(GeneratorError) as caught:
        format_files([broken])
    assert caught.value.diagnostics[0].file == "package/x.py.jinja"
    assert "not valid Python" in caught.value.diagnostics[0].message


def test_shipped_plain_text_templates_are_already_black_formatted() -> None:
    """The format stage passes a shipped template without template syntax through
    unchanged; that is only right while black would leave its text as it is."""
    from generator.render import _plain_text, builtin_templates
    from generator.template_manifest import load_manifest

    folder = builtin_templates()
    names = [entry.template for entry in load_manifest(folder).entries]
    plain = [name for name in names if _plain_text(folder / name)]
    assert "package/_core/request.py.jinja" in plain  # the rule is in use
    for name in plain:
        text = (folder / name).read_text(encoding="utf-8")
        suffix = PurePosixPath(name.removesuffix(".jinja")).suffix
        assert formatting._format_text((suffix, text)) == (True, text), (
            f"templates/{name} has no template syntax, so it is shipped as it is: keep it "
            "black-formatted (black --line-length 88 --target-version py310)"
        )


def test_only_shipped_plain_text_files_skip_black(
    rendered: list[RenderedFile], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    skipped = {str(f.path) for f in rendered if f.formatted}
    assert "square_oauth/_core/request.py" in skipped
    assert "square_oauth/client.py" not in skipped  # rendered from the spec: black decides
    seen = _formatted_jobs(monkeypatch)
    format_files(rendered)
    assert {f.text for f in rendered if not f.formatted} <= set(seen)
    assert not {f.text for f in rendered if f.formatted} & set(seen)
    # A user's copy of the same file is the user's layout: black formats it.
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


@pytest.mark.parametrize(
    "spec",
    [
        SPEC,
        ROOT / "tests" / "specs" / "petstore.yaml",
        ROOT / "tests" / "specs" / "valid" / "petstore-3.0.yaml",
        ROOT / "tests" / "specs" / "valid" / "swagger2-shop.yaml",
        ROOT / "tests" / "specs" / "valid" / "breadth-requests.yaml",
    ],
    ids=lambda path: path.name,
)
def test_templates_lay_code_out_as_black_does(spec: Path) -> None:
    """black.format_str formats a text twice when the first pass changes anything, so the
    templates (and the layout filters fit, assign, literal_assignment) write what black
    would: black still formats every file, in half the time."""
    from generator.pipeline import load_validated

    document, _ = load_validated(spec)
    config = GenerateConfig(spec, Path("unused"), None, None, "0.1.0", ())
    files = render(build_client_model(SpecSource(document), package_names(config, document)))
    changed = {
        str(PurePosixPath(*f.path.parts[1:])) if f.path.suffix == ".py" else str(f.path)
        for f in files
        if not f.formatted and format_file(f).text != f.text
    }
    assert changed == set()
