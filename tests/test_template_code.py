"""The built-in templates ship translated to Python (generator/template_code.py): the
translations are current, they are really used, and anything that does not match them (an
edited template, a user's template of the same name) is compiled from its source."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import template_code
from generator.loader import SpecSource, load_document
from generator.model import build_client_model
from generator.model.build import PackageNames
from generator.model.types import ClientModel
from generator.render import builtin_templates, make_environment, render
from tests.conftest import SPEC

README = "project/README.md.jinja"


def _client() -> ClientModel:
    document = load_document(SPEC)
    return build_client_model(SpecSource(document), PackageNames("square_oauth", "sq", "1.0.0"))


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
        if p.is_file()
    }
    assert len(wanted) == len(list(builtin_templates().rglob("*.jinja")))
    stale = sorted(set(wanted) ^ set(shipped) | {n for n in wanted if shipped.get(n) != wanted[n]})
    assert not stale, f"run: python -m generator.template_code (or make generate); stale: {stale}"


def _forged(folder: Path, header_source: str) -> None:
    """Shipped code for the README template that renders a marker, headed as if made from
    ``header_source``."""
    environment = make_environment()
    python = environment.compile("FORGED {{ client.title }}\n", README, None, raw=True)
    target = folder / (README + template_code.SUFFIX)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(template_code.header(environment, header_source) + python, encoding="utf-8")


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


def test_with_the_cache_on_a_second_run_reads_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENAPI_PYCLIENT_CACHE_DIR", str(tmp_path / "cache"))
    first = render(_client())
    assert list((tmp_path / "cache" / "jinja").iterdir())  # filled from the shipped code
    assert render(_client()) == first
