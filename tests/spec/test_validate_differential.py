"""The fast validator against the library as it comes, on every spec the suite has.

The fast path (jsonschema-rs screening the meta-schema pass, generator/spec/metaschema.py; the
keyword walk with set-speed records, generator/spec/walker.py) must change how long validation
takes and nothing else: for each spec under tests/specs and spec/ (valid and invalid,
Swagger 2.0, split files, the diff pairs), the same diagnostics, same messages, same
pointers, same lines, same order, as openapi-spec-validator unpatched with jsonschema's
meta-schema pass. (Both sides carry generator/spec/locations.py, which places errors and
changes no verdict or message: the reference is the library's walk, not the bare library.)
"""

from __future__ import annotations

import copy
import json
import random
from pathlib import Path

import pytest

from generator.shared.diagnostics import Diagnostic, GeneratorError
from generator.spec.loader import SpecSource, load_document
from generator.spec.metaschema import ScreenedMetaValidator
from generator.spec.validate import (
    _schema_problems,
    check_structure,
    openapi_version,
    validate_document,
)
from generator.spec.walker import SeenList, fast_keyword_validators, patch_applies
from tests.conftest import ROOT

REPO = ROOT
SPECS = sorted(
    path
    for folder in (REPO / "tests" / "specs", REPO / "spec")
    for path in folder.rglob("*")
    if path.suffix in (".yaml", ".yml", ".json")
)


@pytest.fixture(autouse=True)
def _no_verdict_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAPI_PYCLIENT_CACHE_DIR", "off")  # the validator runs each time


def _problems(path: Path, *, fast: bool) -> list[Diagnostic] | None:
    """What the validator says about ``path``; None when it never runs on it (the spec
    does not load, or fails the generator's own structural checks first)."""
    try:
        document = load_document(path)
        check_structure(document, lenient=True)
        version = openapi_version(document)
        return _schema_problems(document, version, SpecSource(document), fast=fast)
    except GeneratorError:
        return None


@pytest.mark.parametrize("path", SPECS, ids=[str(p.relative_to(REPO)) for p in SPECS])
def test_fast_path_says_what_the_library_says(path: Path) -> None:
    assert _problems(path, fast=True) == _problems(path, fast=False)


# Mutants: the valid specs with one value replaced by something of another type, seeded, so
# the comparison also covers faults in every part of a spec, not only the hand-made ones.
# Whole specs that load: not the broken ones, not the parts of split specs, and not the
# loader's own cases (tests/specs/loading: duplicate keys and other faults that stop loading).
MUTANT_SOURCES = [
    p for p in SPECS if not any(part in str(p) for part in ("/invalid/", "/split/", "/loading/"))
]
REPLACEMENTS: list[object] = [
    5,
    "x",
    [],
    {},
    None,
    True,
    -1.5,
    ["a"],
    {"type": "strin"},
]


def _mutant(data: object, seed: int) -> object:
    data = copy.deepcopy(data)
    rng = random.Random(seed)
    places: list[tuple[object, object]] = []
    stack = [data]
    while stack:
        node = stack.pop()
        keys: list[object] = list(node) if isinstance(node, (dict, list)) else []
        if isinstance(node, list):
            keys = list(range(len(node)))
        for key in keys:
            places.append((node, key))
            stack.append(node[key])  # type: ignore[index]
    for node, key in rng.sample(places, min(2, len(places))):
        node[key] = copy.deepcopy(rng.choice(REPLACEMENTS))  # type: ignore[index]
    return data


@pytest.mark.slow
@pytest.mark.parametrize("seed", range(60))
def test_fast_path_says_what_the_library_says_on_mutants(seed: int, tmp_path: Path) -> None:
    source = MUTANT_SOURCES[seed % len(MUTANT_SOURCES)]
    data = load_document(source).data
    mutant = tmp_path / "mutant.json"
    mutant.write_text(json.dumps(_mutant(data, seed)), encoding="utf-8")

    assert _problems(mutant, fast=True) == _problems(mutant, fast=False)


@pytest.mark.slow
@pytest.mark.parametrize("seed", range(0, 600, 7))
def test_every_diagnostic_of_a_mutant_has_a_line_and_column(seed: int, tmp_path: Path) -> None:
    source = MUTANT_SOURCES[seed % len(MUTANT_SOURCES)]
    mutant = tmp_path / "mutant.json"
    mutant.write_text(json.dumps(_mutant(load_document(source).data, seed)), encoding="utf-8")
    try:
        diagnostics = list(validate_document(load_document(mutant), lenient=True))
    except GeneratorError as error:
        diagnostics = list(error.diagnostics)

    assert all(d.line is not None and d.column is not None for d in diagnostics), diagnostics
    # One fault, one line: no two diagnostics alike.
    assert len(set(diagnostics)) == len(diagnostics)


SCHEMA_FAULTS = [
    {"type": "string", "pattern": "(?<broken"},  # not a regular expression anywhere
    {"type": "string", "pattern": "^\\p{L}+$"},  # ECMA-262 yes, Python's re no
    {"type": "string", "pattern": "^(?P<name>a)$"},  # Python's re yes, ECMA-262 no
    {"type": "string", "minLength": 1.0},
    {"type": "string", "minLength": -1},
    {"type": "object", "properties": {"a": {"type": "array", "items": {"type": "strin"}}}},
    {"type": "object", "required": []},
    {"type": "object", "properties": {"pattern": {"type": "string"}}},
    {"enum": [1, 1.0]},
    {"type": "integer", "maximum": "9"},
    {"allOf": [{"$ref": "#/components/schemas/Other"}], "required": ["x"]},
]


@pytest.mark.parametrize("schema", SCHEMA_FAULTS, ids=[json.dumps(s) for s in SCHEMA_FAULTS])
@pytest.mark.parametrize("version", ["3.0.3", "3.1.0"])
def test_fast_path_says_what_the_library_says_on_schema_faults(
    schema: object, version: str, tmp_path: Path
) -> None:
    spec = {
        "openapi": version,
        "info": {"title": "T", "version": "1"},
        "paths": {},
        "components": {"schemas": {"Thing": schema, "Other": {"type": "object"}}},
    }
    path = tmp_path / "spec.json"
    path.write_text(json.dumps(spec), encoding="utf-8")

    assert _problems(path, fast=True) == _problems(path, fast=False)


@pytest.mark.slow
def test_the_comparison_covers_valid_and_invalid_specs_of_every_version() -> None:
    verdicts = {path: _problems(path, fast=False) for path in SPECS}
    compared = [path for path, problems in verdicts.items() if problems is not None]
    faulty = [path for path in compared if verdicts[path]]
    versions = {openapi_version(load_document(path)) for path in compared}

    assert len(compared) >= 30
    assert len(faulty) >= 15
    assert len(compared) - len(faulty) >= 8
    assert versions == {"2.0", "3.0", "3.1"}


def test_jsonschema_rs_decides_valid_specs_and_hands_faults_to_jsonschema() -> None:
    calls: list[tuple[str, bool]] = []

    class Spy(ScreenedMetaValidator):
        def iter_errors(self, instance: object):  # type: ignore[no-untyped-def]
            yield from super().iter_errors(instance)
            calls.append((self.version, self.rust_passed))

    valid = load_document(REPO / "tests" / "specs" / "valid" / "petstore-3.1.json")
    bad_meta = load_document(REPO / "tests" / "specs" / "invalid" / "schema_type_typo.yaml")
    import generator.spec.metaschema as metaschema

    original = metaschema.ScreenedMetaValidator
    metaschema.ScreenedMetaValidator = Spy  # type: ignore[misc]
    try:
        assert _schema_problems(valid, "3.1", SpecSource(valid)) == []
        problems = _schema_problems(bad_meta, openapi_version(bad_meta), SpecSource(bad_meta))
    finally:
        metaschema.ScreenedMetaValidator = original  # type: ignore[misc]

    assert calls[0] == ("3.1", True)
    assert calls[1][1] is False
    assert problems  # jsonschema's messages, found because jsonschema-rs saw a fault


def test_seen_list_answers_like_a_list() -> None:
    seen = SeenList()
    for item in (3, "op", [1, 2], (4, 5), 3):
        seen.append(item)

    assert list(seen) == [3, "op", [1, 2], (4, 5), 3]
    assert 3 in seen and "op" in seen and [1, 2] in seen and (4, 5) in seen
    assert 4 not in seen and [2, 1] not in seen and {"a": 1} not in seen


def test_walker_patch_applies_only_to_the_measured_library_version(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from openapi_spec_validator import OpenAPIV30SpecValidator

    library = OpenAPIV30SpecValidator.keyword_validators
    assert patch_applies()
    patched = fast_keyword_validators(library)
    assert patched["schema"] is not library["schema"]
    assert issubclass(patched["schema"], library["schema"])

    import generator.spec.walker as walker

    monkeypatch.setattr(walker, "installed_version", lambda name: "0.9.1")
    assert not patch_applies()
    assert fast_keyword_validators(library) == dict(library)
