"""No code injection: spec strings end up only inside string literals, docstrings or comments.

The property test builds specs whose every text field (see ``SpecStrings``) holds a string
made of hostile fragments (quotes of every kind, triple quotes, backslashes, Jinja syntax,
newlines, NUL and control characters, non-BMP characters, U+2028/U+2029, Python code) around
a probe call ``__pwned__()``, generates the package in-process, and runs
``tests.support.hostile.injection_problems`` on it: every ``.py`` must compile, no identifier
in the AST may contain the probe, and no spec string may appear in the code tokens outside
strings and comments.

Budget: ``HOSTILE_EXAMPLES`` examples (default 200 in CI, fixed seed). The property run skips
formatting (the check is on the rendered text, which a formatter only reformats); the
hand-written cases below run the whole pipeline, validator and formatter included. A longer run:

    HOSTILE_EXAMPLES=5000 .venv/bin/python -m pytest tests/render/test_hostile_injection.py

``test_the_check_catches_broken_escaping`` proves the check can fail.
"""

from __future__ import annotations

import dataclasses
import json
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

from generator.config import GenerateConfig
from generator.model import build_client_model, plan
from generator.model.build import PackageNames
from generator.pipeline import generate_files
from generator.render import engine as render
from generator.render import escaping
from generator.render.engine import render as render_files
from generator.shared import literals
from generator.spec.loader import Document, SpecSource
from tests.support.hostile import (
    BREAKOUTS,
    PROBE,
    SpecStrings,
    build_spec,
    hostile_texts,
    injection_problems,
)

EXAMPLES = int(os.environ.get("HOSTILE_EXAMPLES", "200"))
FIELDS = [f.name for f in dataclasses.fields(SpecStrings)]
_MAKE_ENVIRONMENT = render.make_environment


@pytest.fixture(scope="module", autouse=True)
def _templates_compiled_once() -> Iterator[None]:
    """Compiling the Jinja templates is 90% of a small generation; do it once per module.

    The templates and filters are the same for every example, so this changes the speed
    of the run, not what is rendered.
    """
    environment = _MAKE_ENVIRONMENT()

    def cached(folders: Any = (), plugins: Any = ()) -> Any:
        if tuple(folders) or tuple(plugins):
            return _MAKE_ENVIRONMENT(folders, plugins)
        return environment

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(render, "make_environment", cached)
        yield


def _generate_in_memory(spec: dict[str, Any]) -> list[tuple[str, str]]:
    """Model and render (no validation, no black): the fast path for the property run."""
    document = Document(path=Path("/virtual/spec.json"), text=json.dumps(spec), data=spec)
    client = build_client_model(SpecSource(document), PackageNames("pkg", "pkg", "1.0.0"))
    return [(str(f.path), f.text) for f in render_files(client)]


def _generate_fully(spec: dict[str, Any], tmp_path: Path) -> list[tuple[str, str]]:
    """The whole pipeline from a file: load, validate, model, render, format."""
    path = tmp_path / "spec.json"
    path.write_text(json.dumps(spec), encoding="utf-8")
    config = GenerateConfig(
        spec=path,
        output=tmp_path / "out",
        package_name="pkg",
        project_name="pkg",
        package_version="1.0.0",
        templates=(),
    )
    return [(str(f.path), f.text) for f in generate_files(config).files]


# -- the property -------------------------------------------------------------------------

_fragment = st.one_of(
    st.sampled_from(BREAKOUTS),
    st.text(st.characters(codec=None, exclude_categories=()), min_size=1, max_size=4),
    st.text("abcXYZ_019 -./:", min_size=1, max_size=6),
)


@st.composite
def _hostile(draw: st.DrawFn) -> str:
    parts = draw(st.lists(_fragment, min_size=1, max_size=6))
    parts.insert(draw(st.integers(0, len(parts))), PROBE)
    return "".join(parts)


_spec_strings = st.builds(
    SpecStrings,
    **{
        name: (st.tuples(_hostile(), _hostile()) if name == "enum_values" else _hostile())
        for name in FIELDS
    },
)


@pytest.mark.slow
@seed(20261127)
@settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(strings=_spec_strings)
def test_hostile_strings_never_become_code(strings: SpecStrings) -> None:
    files = _generate_in_memory(build_spec(strings))

    assert injection_problems(files, strings.all()) == []


# -- the check can fail --------------------------------------------------------------------


def _naive_string(value: Any) -> str:
    return '"' + str(value) + '"'


def _naive_docstring(value: Any) -> str:
    return str(value)


@pytest.mark.parametrize(
    ("filter_name", "broken", "field"),
    [
        ("pystr", _naive_string, "server_url"),
        ("pystr", _naive_string, "header_parameter"),
        ("docstring", _naive_docstring, "summary"),
        ("docstring", _naive_docstring, "field_description"),
    ],
)
def test_the_check_catches_broken_escaping(
    monkeypatch: pytest.MonkeyPatch, filter_name: str, broken: Any, field: str
) -> None:
    """With one filter replaced by a naive one, the same check reports the injection."""
    monkeypatch.setitem(escaping.FILTERS, filter_name, broken)
    monkeypatch.setattr(render, "FILTERS", escaping.FILTERS)
    monkeypatch.setattr(render, "make_environment", _MAKE_ENVIRONMENT)  # takes the new filter
    if filter_name == "pystr":
        # The model's plans write the string literals of request code (wire names in a
        # RequestSpec) with the same function the filter is, also inside dict_literal.
        monkeypatch.setattr(plan, "string_literal", broken)
        monkeypatch.setattr(literals, "string_literal", broken)
    text = f'x"""\n{PROBE}\nx = """'
    strings = dataclasses.replace(SpecStrings(), **{field: text})

    files = _generate_in_memory(build_spec(strings))
    problems = injection_problems(files, strings.all())

    assert problems, "a naive filter went unnoticed: the check cannot fail"
    assert any("__pwned__" in p or "does not compile" in p for p in problems), problems


def test_the_check_catches_a_probe_that_compiles() -> None:
    """An injection that still compiles is reported by name, not only by a syntax error."""
    source = 'x = ""\n__pwned__()\ny = ""\n'

    problems = injection_problems([("pkg/m.py", source)], [f'"\n{PROBE}\n"'])

    assert any("identifier '__pwned__'" in p for p in problems), problems
    assert any("outside strings" in p for p in problems), problems


def test_the_check_accepts_the_probe_inside_strings_and_comments() -> None:
    source = f'"""Doc {PROBE}."""\nx = "{PROBE}"  # {PROBE}\n'

    assert injection_problems([("pkg/m.py", source)], [PROBE]) == []


# -- hand-written cases: every hostile text, in every field --------------------------------
# Rotation k puts hostile_texts()[(i + k) % n] in field i: over all n rotations every field
# holds every text once, in n generations instead of n * len(FIELDS).

TEXTS = hostile_texts()
# The validator only accepts these characters in component names and path parameter names;
# the property test (no validator) covers the rest of the alphabet there.
_VALIDATED_NAMES = {"schema_name": r"[^a-zA-Z0-9._-]", "enum_name": r"[^a-zA-Z0-9._-]",
                    "security_scheme": r"[^a-zA-Z0-9._-]", "path_parameter": r"[/#?]"}  # fmt: skip


def _rotation(k: int, validated: bool = False) -> SpecStrings:
    values: dict[str, Any] = {}
    for index, name in enumerate(FIELDS):
        text = TEXTS[(index + k) % len(TEXTS)]
        if name == "enum_values":
            values[name] = (text, text + " 2")
        elif name == "media_type":
            values[name] = "application/json; note=" + text
        elif validated and name in _VALIDATED_NAMES:
            values[name] = re.sub(_VALIDATED_NAMES[name], "-", text)
        else:
            values[name] = text
    return SpecStrings(**values)


def test_rotations_cover_every_text_in_every_field() -> None:
    seen = {(name, value) for k in range(len(TEXTS)) for name, value in vars(_rotation(k)).items()}
    for name in FIELDS:
        for text in TEXTS:
            expected = {"enum_values": (text, text + " 2"),
                        "media_type": "application/json; note=" + text}.get(name, text)  # fmt: skip
            assert (name, expected) in seen


@pytest.mark.slow
@pytest.mark.parametrize("k", range(len(TEXTS)))
def test_every_field_holds_every_hostile_text(k: int) -> None:
    strings = _rotation(k)

    files = _generate_in_memory(build_spec(strings))

    assert injection_problems(files, strings.all()) == []


@pytest.mark.slow
@pytest.mark.parametrize("k", range(len(TEXTS)))
def test_whole_pipeline_with_hostile_texts(k: int, tmp_path: Path) -> None:
    """Validated and black-formatted, as a user would generate it."""
    strings = _rotation(k, validated=True)

    files = _generate_fully(build_spec(strings), tmp_path)

    assert injection_problems(files, strings.all()) == []
    assert any(path == "pkg/client.py" for path, _ in files)
