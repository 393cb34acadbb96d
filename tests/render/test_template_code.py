"""The built-in templates ship translated to Python (generator/render/precompile.py): the
translations are current, they are really used, and anything that does not match them (an
edited template, a user's template of the same name) is compiled from its source."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.model.types import ClientModel
from generator.render import precompile as template_code
from generator.render.engine import make_environment, render
from generator.shared.paths import builtin_templates
from tests.conftest import SPEC
from tests.support.specs import client_model

README = "project/README.md.jinja"


def _client() -> ClientModel:
    return client_model(SPEC, "square_oauth", "sq", "1.0.0")


def _readme(files: list) -> str:  # type: ignore[type-arg]
    return next(f.text for f in files if str(f.path) == "README.md")


@pytest.fixture
def no_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAPI_PYCLIENT_CACHE_DIR", "off")


def test_the_shipped_translations_are_current() -> None:
    wanted = template_code.translations()
    shipped = {
        p.relative_to(template_code.PRECOMPILED).as_posix(): p.read_text(encoding="utf-8")
        for p in template_code.PRECOMPILED.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts  # Python's byte-compiled copies
    }
    assert len(wanted) == len(list(builtin_templates().rglob("*.jinja")))
    stale = sorted(set(wanted) ^ set(shipped) | {n for n in wanted if shipped.get(n) != wanted[n]})
    assert not stale, (
        f"run: python -m generator.render.precompile (or make generate); stale: {stale}"
    )


def _forged(folder: Path, header_source: str) -> None:
    """Shipped code for the README template that renders a marker, headed as if made from
    ``header_source``."""
    environment = make_environment()
    python = environment.compile("FORGED {{ client.title }}\n", README, None, raw=True)
    target = folder / (README + template_code.SUFFIX)
    target.parent.mkdir(parents=True, exist_ok=True)
    text = template_code.shipped_text(environment, header_source, python)
    target.write_text(text, encoding="utf-8")


def test_rendering_uses_the_shipped_code_when_it_matches_the_source(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_cache: None
) -> None:
    source = (builtin_templates() / README).read_text(encoding="utf-8")
    _forged(tmp_path, source)
    monkeypatch.setattr(template_code, "PRECOMPILED", tmp_path)
    assert _readme(render(_client())).startswith("FORGED ")


def test_an_edited_template_is_compiled_from_its_source(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_cache: None
) -> None:
    _forged(tmp_path, "the template as it was before an edit\n")
    monkeypatch.setattr(template_code, "PRECOMPILED", tmp_path)
    text = _readme(render(_client()))
    assert not text.startswith("FORGED") and "square_oauth" in text


@pytest.mark.slow
def test_a_users_template_of_the_same_name_is_compiled_from_its_source(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_cache: None
) -> None:
    source = (builtin_templates() / README).read_text(encoding="utf-8")
    shipped = tmp_path / "shipped"
    _forged(shipped, source)
    monkeypatch.setattr(template_code, "PRECOMPILED", shipped)
    user = tmp_path / "mine"
    (user / "project").mkdir(parents=True)
    (user / README).write_text(source, encoding="utf-8")  # same text, the user's file
    text = _readme(render(_client(), [user]))
    assert not text.startswith("FORGED") and "square_oauth" in text


def _shipped_copy(folder: Path, monkeypatch: pytest.MonkeyPatch, compiled: bool) -> None:
    """The shipped translations copied to ``folder``, byte-compiled or not, in use."""
    import compileall
    import shutil
    import sys

    shutil.copytree(template_code.PRECOMPILED, folder, ignore=shutil.ignore_patterns("__pycache__"))
    if compiled:
        assert compileall.compile_dir(str(folder), quiet=1, force=True)
    else:
        monkeypatch.setattr(sys, "dont_write_bytecode", True)
    monkeypatch.setattr(template_code, "PRECOMPILED", folder)


def test_without_a_byte_compiled_copy_a_second_run_reads_jinjas_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENAPI_PYCLIENT_CACHE_DIR", str(tmp_path / "cache"))
    _shipped_copy(tmp_path / "shipped", monkeypatch, compiled=False)
    first = render(_client())
    assert not list((tmp_path / "shipped").rglob("__pycache__"))
    assert list((tmp_path / "cache" / "jinja").iterdir())  # filled from the shipped code
    assert render(_client()) == first


def test_a_byte_compiled_copy_is_used_as_it_is(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENAPI_PYCLIENT_CACHE_DIR", str(tmp_path / "cache"))
    _shipped_copy(tmp_path / "shipped", monkeypatch, compiled=True)
    first = render(_client())
    jinja_cache = tmp_path / "cache" / "jinja"
    # Python's byte-compiled files are the cache: Jinja's holds nothing of the built-ins.
    assert not (jinja_cache.is_dir() and list(jinja_cache.iterdir()))
    assert render(_client()) == first


@pytest.mark.slow
def test_the_shipped_code_is_the_code_jinja_compiles() -> None:
    """Loaded through Python's loader (and renamed to the template's file, where Jinja
    looks for template frames in a traceback), it is what compiling the template gives."""
    from types import CodeType

    def names(code: CodeType) -> list[tuple[str, str, int]]:
        inner = [c for c in code.co_consts if isinstance(c, CodeType)]
        own = [(code.co_filename, code.co_qualname, code.co_firstlineno)]
        return own + [name for c in inner for name in names(c)]

    environment = make_environment()
    root = builtin_templates()
    for path in sorted(root.rglob("*.jinja")):
        name = path.relative_to(root).as_posix()
        source = path.read_text(encoding="utf-8")
        shipped = template_code.shipped_code(environment, name, str(path), source)
        assert shipped is not None, name
        python = environment.compile(source, name, str(path), raw=True)
        compiled = compile(python, str(path), "exec", dont_inherit=True)
        assert shipped[0] == compiled, name
        assert names(shipped[0]) == names(compiled), name
