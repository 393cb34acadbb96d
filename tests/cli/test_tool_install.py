"""The generator installs as a tool: a fresh venv, ``pip install /work/main``, run from elsewhere.

One test function doing every step in order (each step needs the previous one):

1. ``python -m venv`` in tmp_path, then ``pip install <repo>`` (non-editable: pip builds a
   wheel with hatchling, fetched from PyPI into an isolated build environment);
2. ``<venv>/bin/python -m generator generate <repo>/tests/specs/petstore.yaml`` from a
   folder outside the repo, using the templates shipped inside the installed package;
3. the ``openapi-pyclient`` console script does the same;
4. ``pip install ./out`` into the same venv, and a script calls the installed client against
   a local fault server.

Slow (about 15-60 s, mostly pip).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.support.fault_server import CannedResponse, RecordedRequest, serve

pytestmark = pytest.mark.slow  # every test here is (README, Tests)

REPO = ROOT
SPEC = REPO / "tests" / "specs" / "petstore.yaml"
PACKAGE = "petstore_client"
PIP_TIMEOUT_S = 600
RUN_TIMEOUT_S = 120

_CLIENT_SCRIPT = """
import json
import os
import sys

import httpx

import petstore_client
from petstore_client import Client
from petstore_client.models import Pet

with Client(base_url=sys.argv[1], api_key="installed-key",
            http_client=httpx.Client(trust_env=False, timeout=30.0)) as client:
    got = client.pets.get_pet(pet_id="a/b c")
    listed = client.pets.list_pets(limit=5, tags=["x", "y"])
assert isinstance(got.data, Pet), got
assert isinstance(listed.data, list) and all(isinstance(p, Pet) for p in listed.data), listed
print(json.dumps({
    "file": os.path.realpath(petstore_client.__file__),
    "get": [got.status_code, got.is_success(), got.data.model_dump(mode="json")],
    "list": [listed.status_code, len(listed.data)],
}))
"""

_WHERE_IS_GENERATOR = """
import json, os, sysconfig
import generator
from generator.shared.paths import builtin_templates
print(json.dumps({
    "purelib": os.path.realpath(sysconfig.get_paths()["purelib"]),
    "generator": os.path.realpath(generator.__file__),
    "templates": os.path.realpath(builtin_templates()),
}))
"""

_METADATA = """
import json
from importlib.metadata import distribution
import generator
meta = distribution("openapi-pyclient-generator").metadata
print(json.dumps({
    "version": meta["Version"],
    "source": generator.__version__,
    "license": meta["License-Expression"],
    "license_files": meta.get_all("License-File"),
    "classifiers": meta.get_all("Classifier"),
}))
"""

PET = {"id": 42, "name": "Rex", "tag": None, "status": "available"}


def _env() -> dict[str, str]:
    drop = {"PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME", "PETSTORE_CLIENT_BASE_URL"}
    return {k: v for k, v in os.environ.items() if k not in drop}


class _Steps:
    """Runs commands, times them, and keeps a log for failure messages and the report."""

    def __init__(self) -> None:
        self.timings: list[tuple[str, float]] = []

    def run(self, label: str, cmd: list[str], cwd: Path, timeout: float
            ) -> subprocess.CompletedProcess[str]:  # fmt: skip
        started = time.monotonic()
        proc = subprocess.run(
            cmd, cwd=cwd, env=_env(), capture_output=True, text=True, timeout=timeout,
            check=False, stdin=subprocess.DEVNULL,
        )  # fmt: skip
        self.timings.append((label, time.monotonic() - started))
        assert proc.returncode == 0, (
            f"step {label!r} failed with exit code {proc.returncode}: {' '.join(cmd)}\n"
            f"--- stdout ---\n{proc.stdout[-4000:]}\n--- stderr ---\n{proc.stderr[-4000:]}\n"
            f"{self.report()}"
        )
        return proc

    def report(self) -> str:
        total = sum(seconds for _, seconds in self.timings)
        lines = [f"  {label}: {seconds:.1f} s" for label, seconds in self.timings]
        return "timings:\n" + "\n".join(lines) + f"\n  total: {total:.1f} s"


def _tree(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def _responder(request: RecordedRequest) -> CannedResponse:
    if request.method == "GET" and request.path == "/pets":
        return CannedResponse.json(200, [PET, {**PET, "id": 43, "name": "Tom"}])
    if request.method == "GET" and request.path.startswith("/pets/"):
        return CannedResponse.json(200, PET)
    return CannedResponse.json(404, {"code": 404, "message": "no such route"})


def test_generator_installs_and_runs_as_a_tool(tmp_path: Path) -> None:
    steps = _Steps()
    venv = tmp_path / "venv"
    python = venv / "bin" / "python"
    pip = [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()

    # 1. A fresh venv with the generator installed from the repo (a wheel, not editable).
    steps.run("python -m venv", [sys.executable, "-m", "venv", str(venv)], tmp_path, PIP_TIMEOUT_S)
    leftovers = ("build", "dist", "openapi_pyclient_generator.egg-info")
    before = {name for name in leftovers if (REPO / name).exists()}
    steps.run("pip install <repo>", [*pip, str(REPO)], elsewhere, PIP_TIMEOUT_S)
    # The build happens in temporary folders: nothing new appears in the checkout.
    assert {name for name in leftovers if (REPO / name).exists()} == before
    where = json.loads(
        steps.run(
            "locate generator", [str(python), "-c", _WHERE_IS_GENERATOR], elsewhere, RUN_TIMEOUT_S
        ).stdout
    )
    site_packages = Path(where["purelib"])
    assert Path(where["generator"]).is_relative_to(site_packages), where
    assert Path(where["templates"]) == site_packages / "generator" / "templates", where
    assert (site_packages / "generator" / "templates" / "manifest.yaml").is_file()
    expected = venv / "lib" / f"python{sys.version_info.major}.{sys.version_info.minor}"
    assert (expected / "site-packages" / "generator" / "templates" / "manifest.yaml").is_file()

    # 2. python -m generator, from a folder outside the repo.
    generate = ["generate", str(SPEC), "--package-name", PACKAGE]
    steps.run("python -m generator generate",
              [str(python), "-m", "generator", *generate, "-o", "out"], elsewhere,
              RUN_TIMEOUT_S)  # fmt: skip
    out = elsewhere / "out"
    assert (out / PACKAGE / "client.py").is_file()
    assert (out / "pyproject.toml").is_file()

    # 3. The console script works the same, and writes the same files.
    steps.run("openapi-pyclient generate",
              [str(venv / "bin" / "openapi-pyclient"), *generate, "-o", "out_cli"], elsewhere,
              RUN_TIMEOUT_S)  # fmt: skip
    assert (elsewhere / "out_cli" / PACKAGE / "client.py").is_file()
    assert _tree(elsewhere / "out_cli") == _tree(out)
    # It calls itself by the name it was run as; python -m generator keeps that name.
    usage = steps.run("openapi-pyclient --help", [str(venv / "bin" / "openapi-pyclient"),
                      "--help"], elsewhere, RUN_TIMEOUT_S).stdout  # fmt: skip
    assert usage.startswith("usage: openapi-pyclient ") and "python -m" not in usage
    usage = steps.run("python -m generator --help", [str(python), "-m", "generator", "--help"],
                      elsewhere, RUN_TIMEOUT_S).stdout  # fmt: skip
    assert usage.startswith("usage: python -m generator ")
    # One version source, the license file and the classifiers reach the metadata.
    metadata = json.loads(
        steps.run("metadata", [str(python), "-c", _METADATA], elsewhere, RUN_TIMEOUT_S).stdout
    )
    assert metadata["version"] == metadata["source"]
    assert metadata["license"] == "MIT" and metadata["license_files"] == ["LICENSE"]
    assert "Typing :: Typed" in metadata["classifiers"]

    # 4. The generated distribution installs into the same venv and works.
    steps.run("pip install ./out", [*pip, "./out"], elsewhere, PIP_TIMEOUT_S)
    assert not (out / "build").exists() and not (out / "dist").exists()
    script = tmp_path / "call_client.py"
    script.write_text(_CLIENT_SCRIPT, encoding="utf-8")
    with serve(_responder) as server:
        proc = steps.run("call the installed client", [str(python), str(script), server.url],
                         elsewhere, RUN_TIMEOUT_S)  # fmt: skip
        requests = server.requests
    outcome = json.loads(proc.stdout.strip().splitlines()[-1])
    assert Path(outcome["file"]).is_relative_to(site_packages), outcome  # installed, not ./out
    assert outcome["get"] == [200, True, PET]
    assert outcome["list"] == [200, 2]
    assert [(r.method, r.path, r.query) for r in requests] == [
        ("GET", "/pets/a%2Fb%20c", ""),
        ("GET", "/pets", "limit=5&tags=x&tags=y"),
    ]
    assert all(r.headers.get("X-API-Key") == "installed-key" for r in requests)

    print(steps.report())  # shown with -s / -rP: how long each step took
