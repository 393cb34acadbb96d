"""No hang, no blow-up: hostile spec structures end in a clear error or a correct result,
in bounded time and memory (the limits are in generator/spec/loader.py and docs/security.md).

Each case runs ``python -m generator`` in a subprocess under an address-space limit
(``RLIMIT_AS``, 1.5 GiB) and a generous timeout: the bound proves "does not hang or blow up",
it is not a speed target. Remote ``$ref``s are tested against a server on 127.0.0.1.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from generator.cli import main
from generator.spec.limits import MAX_ALIAS_EXPANSION, MAX_NESTING, MAX_REF_CHAIN, MAX_SPEC_BYTES
from generator.spec.loader import RefPolicy, SpecSource, load_document
from tests.conftest import ROOT
from tests.support.fault_server import CannedResponse, queue_responder, serve
from tests.support.specs import header

REPO = ROOT
MEMORY_LIMIT = 1536 * 1024 * 1024
TIMEOUT_SECONDS = 120  # generous on a loaded 2-core machine; a hang would take forever
HEADER = header("Limits")


def _limit_resources() -> None:  # runs in the child, before exec
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=cwd, env=env, capture_output=True, text=True, timeout=TIMEOUT_SECONDS,
        preexec_fn=_limit_resources, check=False,
    )  # fmt: skip


def _assert_refused(result: subprocess.CompletedProcess[str], spec: Path, message: str) -> None:
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert "MemoryError" not in result.stderr
    assert spec.name in result.stderr
    assert message in result.stderr, result.stderr


def _operation_returning(ref: str) -> str:
    return f"""paths:
  /thing:
    get:
      operationId: getThing
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {{$ref: "{ref}"}}
"""


# -- YAML ---------------------------------------------------------------------------------


@pytest.mark.slow
def test_alias_bomb_is_refused(tmp_path: Path) -> None:
    """Nine aliases per level, twelve levels: 9**12 nodes if anything expanded it."""
    lines = [HEADER + "paths: {}", "x-bomb:", '  l0: &l0 ["lol","lol","lol","lol","lol"]']
    for level in range(1, 13):
        lines.append(f"  l{level}: &l{level} [" + ", ".join([f"*l{level - 1}"] * 9) + "]")
    spec = tmp_path / "bomb.yaml"
    spec.write_text("\n".join(lines) + "\n")

    result = _run("generate", str(spec), "-o", str(tmp_path / "out"), cwd=tmp_path)

    _assert_refused(
        result, spec, f"YAML aliases expand this file by more than {MAX_ALIAS_EXPANSION:,}"
    )
    assert f"{spec.name}:" in result.stderr and not (tmp_path / "out").exists()


@pytest.mark.slow
def test_alias_that_contains_itself_is_refused(tmp_path: Path) -> None:
    spec = tmp_path / "loop.yaml"
    spec.write_text(HEADER + "paths: {}\nx-loop: &loop\n  again: *loop\n")

    result = _run("validate", str(spec), cwd=tmp_path)

    _assert_refused(result, spec, "an alias refers to a node that contains it")


def test_modest_anchors_are_fine(tmp_path: Path) -> None:
    """Anchors are legal YAML; a spec that reuses a block with them still loads."""
    spec = tmp_path / "anchors.yaml"
    spec.write_text(
        HEADER
        + "paths: {}\ncomponents:\n  schemas:\n"
        + "    A: &obj {type: object, properties: {name: {type: string}}}\n"
        + "    B: *obj\n"
    )

    document = load_document(spec)

    schemas = document.data["components"]["schemas"]
    assert (
        schemas["A"]
        == schemas["B"]
        == {"type": "object", "properties": {"name": {"type": "string"}}}
    )


# -- nesting ------------------------------------------------------------------------------


def _nested_schema_json(levels: int) -> str:
    opening = '{"type": "object", "properties": {"x": '
    schema = opening * levels + '{"type": "string"}' + "}}" * levels
    return (
        '{"openapi": "3.0.3", "info": {"title": "Deep", "version": "1"}, "paths": {"/d": '
        '{"get": {"operationId": "getDeep", "responses": {"200": {"description": "ok", '
        '"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Deep"}}}}}}}}, '
        '"components": {"schemas": {"Deep": ' + schema + "}}}"
    )


@pytest.mark.slow
@pytest.mark.parametrize("suffix", [".json", ".yaml"])
def test_ten_thousand_levels_of_nesting_are_refused(tmp_path: Path, suffix: str) -> None:
    spec = tmp_path / f"deep{suffix}"
    if suffix == ".json":
        spec.write_text(_nested_schema_json(10_000))
        message = f"nested more than {MAX_NESTING} levels deep"
    else:
        spec.write_text(HEADER + "paths: {}\nx-deep: " + "[" * 10_000 + "]" * 10_000 + "\n")
        message = "invalid YAML: exceeded maximum nesting depth"  # libyaml's own limit

    result = _run("validate", str(spec), cwd=tmp_path)

    _assert_refused(result, spec, message)
    assert f"{spec.name}:{1 if suffix == '.json' else 4}:" in result.stderr


def test_nesting_just_over_the_limit_is_located(tmp_path: Path) -> None:
    spec = tmp_path / "deeper.json"
    spec.write_text(_nested_schema_json(MAX_NESTING // 2 + 5))

    assert main(["validate", str(spec)]) == 2


@pytest.mark.slow
def test_deep_but_allowed_nesting_generates(tmp_path: Path) -> None:
    """40 nested object schemas (~90 levels of JSON) are real-world deep, and generate."""
    spec = tmp_path / "deep40.json"
    spec.write_text(_nested_schema_json(40))

    result = _run("generate", str(spec), "-o", str(tmp_path / "out"), "--package-name", "deep",
                  cwd=tmp_path)  # fmt: skip

    assert result.returncode == 0, result.stderr
    models = list((tmp_path / "out" / "deep" / "models").glob("*.py"))
    assert len(models) == 40 + 1  # Deep, 39 inline object classes, __init__


# -- $ref structure -----------------------------------------------------------------------


@pytest.mark.slow
def test_all_of_cycle_is_an_error_at_its_line(tmp_path: Path) -> None:
    spec = tmp_path / "allof.yaml"
    spec.write_text(
        HEADER
        + _operation_returning("#/components/schemas/A")
        + "components:\n  schemas:\n"
        + "    A:\n      allOf: [{$ref: '#/components/schemas/B'}]\n"
        + "    B:\n      allOf: [{$ref: '#/components/schemas/A'}, {type: object}]\n"
    )

    result = _run("generate", str(spec), "-o", str(tmp_path / "out"), cwd=tmp_path)

    _assert_refused(result, spec, "allOf cycle: a schema includes itself")
    assert (
        "/components/schemas/A -> /components/schemas/B -> /components/schemas/A" in result.stderr
    )
    assert f"{spec.name}:16:" in result.stderr  # the line of A
    assert not (tmp_path / "out").exists()


@pytest.mark.slow
def test_ref_cycle_without_a_schema_is_an_error(tmp_path: Path) -> None:
    spec = tmp_path / "refcycle.yaml"
    spec.write_text(
        HEADER
        + _operation_returning("#/components/schemas/A")
        + "components:\n  schemas:\n"
        + "    A: {$ref: '#/components/schemas/B'}\n"
        + "    B: {$ref: '#/components/schemas/A'}\n"
    )

    result = _run("validate", str(spec), cwd=tmp_path)

    _assert_refused(result, spec, "$ref cycle that never reaches a schema")


def _ref_chain(length: int) -> str:
    schemas = {f"S{i}": {"$ref": f"#/components/schemas/S{i + 1}"} for i in range(length)}
    schemas[f"S{length}"] = {"type": "object", "properties": {"name": {"type": "string"}}}
    responses = {"200": {"description": "ok", "content": {"application/json": {
        "schema": {"$ref": "#/components/schemas/S0"}}}}}  # fmt: skip
    return json.dumps({
        "openapi": "3.0.3", "info": {"title": "Chain", "version": "1"},
        "paths": {"/c": {"get": {"operationId": "getChain", "responses": responses}}},
        "components": {"schemas": schemas},
    })  # fmt: skip


@pytest.mark.slow
def test_long_ref_chain_is_refused(tmp_path: Path) -> None:
    spec = tmp_path / "chain.json"
    spec.write_text(_ref_chain(5000))

    result = _run("validate", str(spec), cwd=tmp_path)

    _assert_refused(result, spec, f"chain of more than {MAX_REF_CHAIN} $refs")
    assert result.stderr.count("chain of more than") == 1  # one diagnostic, not 5000


@pytest.mark.slow
def test_ref_chain_within_the_limit_resolves(tmp_path: Path) -> None:
    spec = tmp_path / "chain.json"
    spec.write_text(_ref_chain(MAX_REF_CHAIN - 4))
    out = tmp_path / "out"

    result = _run("generate", str(spec), "-o", str(out), "--package-name", "chain", cwd=tmp_path)

    assert result.returncode == 0, result.stderr
    api = (out / "chain" / "apis" / "default.py").read_text()
    assert "def get_chain(" in api


# -- size ---------------------------------------------------------------------------------


@pytest.mark.slow
def test_fifty_megabyte_spec_is_refused_without_reading_it_all(tmp_path: Path) -> None:
    spec = tmp_path / "huge.json"
    filler = "x" * (50 * 1024 * 1024)
    spec.write_text(header("Huge") + f"x-filler: {filler}\npaths: {{}}\n")
    assert spec.stat().st_size > MAX_SPEC_BYTES

    result = _run("generate", str(spec), "-o", str(tmp_path / "out"), cwd=tmp_path)

    _assert_refused(result, spec, "file is larger than 32 MiB, the limit for a spec")
    assert not (tmp_path / "out").exists()


# -- remote $refs -------------------------------------------------------------------------

SQUARE_COMMON = "https://developer-production-s.squarecdn.com/schemas/v1/common.json"
# A stand-in for Square's common.json: its definitions are named by "#squareup.common.X"
# fragments (plain names, not JSON pointers), as the 2025-08-20 Square spec uses them.
COMMON_JSON = {
    "definitions": {
        "String": {"$id": "#squareup.common.String", "type": "string"},
        "Number": {"$id": "#squareup.common.Number", "type": "number"},
    }
}


def _spec_with_remote_ref(tmp_path: Path, ref: str) -> Path:
    spec = tmp_path / "remote.yaml"
    spec.write_text(
        HEADER
        + _operation_returning("#/components/schemas/Money")
        + "components:\n  schemas:\n    Money:\n      type: object\n      properties:\n"
        + f"        currency: {{$ref: '{ref}'}}\n"
        + "        amount: {type: integer}\n"
    )
    return spec


@pytest.mark.slow
def test_remote_ref_is_not_fetched_and_the_error_names_the_url(tmp_path: Path) -> None:
    spec = _spec_with_remote_ref(tmp_path, f"{SQUARE_COMMON}#squareup.common.String")

    result = _run("generate", str(spec), "-o", str(tmp_path / "out"), cwd=tmp_path)

    _assert_refused(result, spec, f"remote $ref to {SQUARE_COMMON} is not fetched")
    assert "--ref-map https://developer-production-s.squarecdn.com/=DIR" in result.stderr
    assert "--allow-remote-refs" in result.stderr
    assert f"{spec.name}:18:" in result.stderr


@pytest.mark.slow
def test_ref_map_reads_the_local_copy(tmp_path: Path) -> None:
    vendor = tmp_path / "vendor" / "v1"
    vendor.mkdir(parents=True)
    (vendor / "common.json").write_text(json.dumps(COMMON_JSON))
    spec = _spec_with_remote_ref(tmp_path, f"{SQUARE_COMMON}#squareup.common.String")
    out = tmp_path / "out"
    prefix = "https://developer-production-s.squarecdn.com/schemas/"

    result = _run("generate", str(spec), "-o", str(out), "--package-name", "money",
                  "--ref-map", f"{prefix}={tmp_path / 'vendor'}", cwd=tmp_path)  # fmt: skip

    assert result.returncode == 0, result.stderr
    model = (out / "money" / "models" / "money.py").read_text()
    assert "currency: str | None" in model


@pytest.mark.slow
def test_ref_map_without_the_file_names_the_copy_it_looked_for(tmp_path: Path) -> None:
    (tmp_path / "vendor").mkdir()
    spec = _spec_with_remote_ref(tmp_path, f"{SQUARE_COMMON}#squareup.common.String")
    prefix = "https://developer-production-s.squarecdn.com/schemas/"

    result = _run("validate", str(spec), "--ref-map", f"{prefix}={tmp_path / 'vendor'}",
                  cwd=tmp_path)  # fmt: skip

    _assert_refused(result, spec, "file not found")
    assert "v1/common.json" in result.stderr
    assert SQUARE_COMMON in result.stderr


def test_bad_ref_map_option_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = _spec_with_remote_ref(tmp_path, f"{SQUARE_COMMON}#squareup.common.String")

    assert main(["validate", str(spec), "--ref-map", "vendor"]) == 2
    assert "expected URL_PREFIX=DIR" in capsys.readouterr().err
    assert main(["validate", str(spec), "--ref-map", f"https://x/={tmp_path / 'nope'}"]) == 2
    assert "folder" in capsys.readouterr().err


def test_no_request_is_made_without_allow_remote_refs(tmp_path: Path) -> None:
    with serve(queue_responder(CannedResponse.json(200, COMMON_JSON))) as server:
        spec = _spec_with_remote_ref(tmp_path, f"{server.url}/common.json#squareup.common.String")

        assert main(["validate", str(spec)]) == 2
        assert server.requests == []


@pytest.mark.slow
def test_allow_remote_refs_fetches_over_http(tmp_path: Path) -> None:
    with serve(queue_responder(CannedResponse.json(200, COMMON_JSON))) as server:
        spec = _spec_with_remote_ref(tmp_path, f"{server.url}/common.json#squareup.common.Number")
        out = tmp_path / "out"

        code = main(["generate", str(spec), "-o", str(out), "--package-name", "money",
                     "--allow-remote-refs"])  # fmt: skip

        assert code == 0
        assert {r.path for r in server.requests} == {"/common.json"}
    model = (out / "money" / "models" / "money.py").read_text()
    assert "currency: float | None" in model


def test_allowed_remote_ref_failure_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with serve(queue_responder(CannedResponse.json(404, {"error": "gone"}))) as server:
        spec = _spec_with_remote_ref(tmp_path, f"{server.url}/common.json#squareup.common.String")

        assert main(["validate", str(spec), "--allow-remote-refs"]) == 2

    err = capsys.readouterr().err
    assert "cannot fetch: HTTP 404" in err
    assert "Traceback" not in err


def test_local_ref_to_a_non_spec_file_is_refused(tmp_path: Path) -> None:
    secret = tmp_path / "id_rsa"
    secret.write_text("-----BEGIN KEY-----\n")
    spec = _spec_with_remote_ref(tmp_path, "./id_rsa#/x")
    source = SpecSource(load_document(spec, RefPolicy()))

    with pytest.raises(Exception) as error:
        source.resolve_ref("./id_rsa", source.root, "/x")

    assert "not a spec file" in str(error.value)
    assert main(["validate", str(spec)]) == 2
