"""A second spec, used the way a new user would: generate, import, call, type-check, lint.

``tests/specs/petstore.yaml`` is our own small petstore (two tags, path/query/body
parameters, an empty 204, a map response, an API key plus an optional bearer token).
The generator runs as a subprocess, and the generated package is only ever imported in
subprocesses (small scripts below), so nothing is cached between tests or leaks into the
pytest process.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT
from tests.support.fault_server import CannedResponse, RecordedRequest, queue_responder, serve
from tests.support.prism import PrismServer

REPO = ROOT
SPEC = REPO / "tests" / "specs" / "petstore.yaml"
PACKAGE = "petstore_client"
SUBPROCESS_TIMEOUT_S = 300

API_KEY = "secret-key"
REX = {"id": 1, "name": "Rex", "tag": "dog", "status": "available"}
TOM = {"id": 2, "name": "Tom", "tag": None, "status": "sold"}
INVENTORY = {"available": 7, "pending": 2, "sold": 30}
PROBLEM = {"code": 404, "message": "pet not found"}


# -- helpers ---------------------------------------------------------------------------------


def _tool(name: str) -> str:
    """A console script of the test venv (mypy, ruff)."""
    for folder in (Path(sys.executable).parent, REPO / ".venv" / "bin"):
        if (folder / name).exists():
            return str(folder / name)
    pytest.fail(f"{name} is not installed next to {sys.executable} nor in {REPO / '.venv'}")


def _clean_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "MYPYPATH")}
    env.pop("PETSTORE_CLIENT_BASE_URL", None)
    env.update(extra)
    return env


def _show(proc: subprocess.CompletedProcess[str]) -> str:
    return (
        f"exit code {proc.returncode}\n--- stdout ---\n{proc.stdout}\n--- stderr ---\n{proc.stderr}"
    )


@dataclass(frozen=True)
class Generated:
    out: Path  # the distribution folder (pyproject.toml, README.md, docs/, petstore_client/)
    proc: subprocess.CompletedProcess[str]

    @property
    def package(self) -> Path:
        return self.out / PACKAGE


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Generated:
    out = tmp_path_factory.mktemp("petstore") / "out"
    proc = subprocess.run(
        [sys.executable, "-m", "generator", "generate", str(SPEC.relative_to(REPO)),
         "-o", str(out), "--package-name", PACKAGE],
        cwd=REPO,
        env=_clean_env(),
        capture_output=True,
        text=True,
        timeout=SUBPROCESS_TIMEOUT_S,
        check=False,
    )  # fmt: skip
    if proc.returncode != 0:
        pytest.fail(f"the generator failed on {SPEC.name}\n{_show(proc)}")
    return Generated(out, proc)


def run_client_script(generated: Generated, tmp_path: Path, script: str, *args: str,
                      env: dict[str, str] | None = None) -> Any:  # fmt: skip
    """Run ``script`` with only the generated folder on PYTHONPATH; return its JSON output."""
    path = tmp_path / "client_script.py"
    path.write_text(_PRELUDE + textwrap.dedent(script), encoding="utf-8")
    workdir = tmp_path / "cwd"  # not the repo: nothing but the generated package is importable
    workdir.mkdir(exist_ok=True)
    proc = subprocess.run(
        [sys.executable, str(path), *args],
        cwd=workdir,
        env=_clean_env(PYTHONPATH=str(generated.out), **(env or {})),
        capture_output=True,
        text=True,
        timeout=SUBPROCESS_TIMEOUT_S,
        check=False,
    )
    assert proc.returncode == 0, _show(proc)
    lines = proc.stdout.strip().splitlines()
    assert lines, _show(proc)
    return json.loads(lines[-1])


# Shared by every client script: where the package came from, and a description of results.
_PRELUDE = '''
import enum
import json
import os
import re
import sys

import httpx
import pydantic

import petstore_client

assert os.path.realpath(petstore_client.__file__).startswith(
    os.path.realpath(os.environ["PYTHONPATH"])
), petstore_client.__file__


def describe(value):
    """A type expression for what ``data`` holds: list[Pet], dict[str, int], NoneType."""
    if isinstance(value, list):
        return "list[" + " | ".join(sorted({describe(v) for v in value})) + "]"
    if isinstance(value, dict):
        keys = " | ".join(sorted({describe(k) for k in value}))
        values = " | ".join(sorted({describe(v) for v in value.values()}))
        return f"dict[{keys}, {values}]"
    return type(value).__name__


def dump(value):
    if isinstance(value, pydantic.BaseModel):
        return value.model_dump(mode="json")
    if isinstance(value, list):
        return [dump(v) for v in value]
    if isinstance(value, dict):
        return {k: dump(v) for k, v in value.items()}
    if isinstance(value, enum.Enum):
        return value.value
    return value


def summary(result):
    assert isinstance(result, petstore_client.ApiResult), type(result)
    data = result.data
    fields = {}
    items = data if isinstance(data, list) else [data]
    for item in items:
        if isinstance(item, pydantic.BaseModel):
            for name in type(item).model_fields:
                fields.setdefault(name, set()).add(type(getattr(item, name)).__name__)
    return {
        "status": result.status_code,
        "success": result.is_success(),
        "error": result.is_error(),
        "type": describe(data),
        "data": dump(data),
        "field_types": {k: sorted(v) for k, v in sorted(fields.items())},
        "body": result.body,
        "content_type": result.headers.get("content-type"),
        "violations": result.headers.get("sl-violations"),
    }


def http_client():
    # trust_env=False: 127.0.0.1 never goes through a proxy from the environment.
    return httpx.Client(trust_env=False, timeout=30.0)


def async_http_client():
    return httpx.AsyncClient(trust_env=False, timeout=30.0)

'''


def petstore_responder(request: RecordedRequest) -> CannedResponse:
    """A fake petstore: answers every operation of the spec the way the spec says."""
    if request.path == "/pets" and request.method == "GET":
        return CannedResponse.json(200, [REX, TOM])
    if request.path == "/pets" and request.method == "POST":
        return CannedResponse.json(201, {"id": 10, "tag": None, **request.json(),
                                         "status": "available"})  # fmt: skip
    if request.path.startswith("/pets/") and request.method == "GET":
        return CannedResponse.json(200, {**REX, "id": 42})
    if request.path.startswith("/pets/") and request.method == "DELETE":
        return CannedResponse.empty(204)
    if request.path == "/store/inventory" and request.method == "GET":
        return CannedResponse.json(200, INVENTORY)
    unknown = {"code": 404, "message": f"no route {request.method} {request.path}"}
    return CannedResponse.json(404, unknown)


# Every operation, once or more; the same calls for Client and AsyncClient.
_EVERY_OPERATION = """
from petstore_client import AsyncClient, Client
from petstore_client.models import NewPet

base_url, mode = sys.argv[1], sys.argv[2]


def calls(client):
    return [
        client.pets.list_pets(limit=5, tags=["x", "y"]),
        client.pets.list_pets(),
        client.pets.create_pet(body=NewPet(name="Rex", tag="dog")),
        client.pets.create_pet(body={"name": "Tom"}),
        client.pets.get_pet(pet_id="a/b c"),
        client.pets.get_pet(pet_id="é?#%"),
        client.pets.delete_pet(pet_id="a/b c"),
        client.store.get_inventory(),
    ]


async def run_async():
    async with AsyncClient(base_url=base_url, api_key=API_KEY,
                           http_client=async_http_client()) as client:
        return [await call for call in calls(client)]


if mode == "sync":
    with Client(base_url=base_url, api_key=API_KEY, http_client=http_client()) as client:
        results = calls(client)
else:
    import asyncio
    results = asyncio.run(run_async())
"""
_PRINT_RESULTS = "print(json.dumps([summary(r) for r in results]))\n"


def _request_line(request: RecordedRequest) -> tuple[str, str, str]:
    return (request.method, request.path, request.query)


# -- generation ------------------------------------------------------------------------------


@pytest.mark.slow
def test_generate_exits_zero_and_writes_an_installable_distribution(generated: Generated) -> None:
    assert generated.proc.returncode == 0
    for relative in [
        "pyproject.toml",
        "README.md",
        "docs/apis/pets.md",
        "docs/apis/store.md",
        "docs/models/Pet.md",
        "docs/models/NewPet.md",
        "docs/models/Problem.md",
        f"{PACKAGE}/__init__.py",
        f"{PACKAGE}/py.typed",
        f"{PACKAGE}/client.py",
        f"{PACKAGE}/apis/pets.py",
        f"{PACKAGE}/apis/store.py",
        f"{PACKAGE}/models/__init__.py",
    ]:
        assert (generated.out / relative).is_file(), relative


@pytest.mark.slow
def test_generated_python_files_compile(generated: Generated) -> None:
    sources = sorted(generated.package.rglob("*.py"))
    assert len(sources) > 10
    for source in sources:
        compile(source.read_text(encoding="utf-8"), str(source), "exec")  # raises SyntaxError


@pytest.mark.slow
def test_regenerating_is_a_no_op(generated: Generated) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "generator", "generate", str(SPEC), "-o", str(generated.out),
         "--package-name", PACKAGE, "--check"],
        cwd=REPO, env=_clean_env(), capture_output=True, text=True,
        timeout=SUBPROCESS_TIMEOUT_S, check=False,
    )  # fmt: skip
    assert proc.returncode == 0, _show(proc)


@pytest.mark.slow
def test_public_surface(generated: Generated, tmp_path: Path) -> None:
    surface = run_client_script(generated, tmp_path, """
        import inspect
        from petstore_client import ApiResult, AsyncClient, Client, Environment
        from petstore_client.models import NewPet, Pet, PetStatus, Problem

        client = Client(api_key="k")
        methods = {
            api: sorted(n for n in vars(type(getattr(client, api))) if not n.startswith("_"))
            for api in ("pets", "store")
        }
        keyword_only = all(
            p.kind in (p.KEYWORD_ONLY, p.VAR_KEYWORD)
            for api in ("pets", "store")
            for name in methods[api]
            for p in inspect.signature(getattr(getattr(client, api), name)).parameters.values()
        )
        print(json.dumps({
            "methods": methods,
            "keyword_only": keyword_only,
            "settings": [p for p in inspect.signature(Client).parameters],
            "async_settings": [p for p in inspect.signature(AsyncClient).parameters],
            "environment": {e.name: e.value for e in Environment},
            "default_base_url": client.base_url,
            "statuses": [s.value for s in PetStatus],
        }))
    """)  # fmt: skip
    assert surface["methods"] == {
        "pets": ["create_pet", "delete_pet", "get_pet", "list_pets"],
        "store": ["get_inventory"],
    }
    assert surface["keyword_only"] is True
    assert surface["settings"][:2] == ["api_key", "access_token"]
    assert "http_client" in surface["settings"] and "base_url" in surface["settings"]
    assert surface["async_settings"] == surface["settings"]
    assert surface["environment"] == {"PRODUCTION": "https://petstore.example.test"}
    assert surface["default_base_url"] == "https://petstore.example.test"
    assert surface["statuses"] == ["available", "pending", "sold"]


# -- against the local fault server ------------------------------------------------------------


EXPECTED_REQUESTS = [
    ("GET", "/pets", "limit=5&tags=x&tags=y"),
    ("GET", "/pets", ""),
    ("POST", "/pets", ""),
    ("POST", "/pets", ""),
    ("GET", "/pets/a%2Fb%20c", ""),
    ("GET", "/pets/%C3%A9%3F%23%25", ""),
    ("DELETE", "/pets/a%2Fb%20c", ""),
    ("GET", "/store/inventory", ""),
]


@pytest.mark.slow
@pytest.mark.parametrize("mode", ["sync", "async"])
def test_every_operation_against_fault_server(generated: Generated, tmp_path: Path,
                                              mode: str) -> None:  # fmt: skip
    with serve(petstore_responder) as server:
        results = run_client_script(
            generated,
            tmp_path,
            f"API_KEY = {API_KEY!r}\n" + _EVERY_OPERATION + _PRINT_RESULTS,
            server.url,
            mode,
        )
        requests = server.requests
        assert server.errors == []

    # What the server received, exactly.
    assert [_request_line(r) for r in requests] == EXPECTED_REQUESTS
    for request in requests:
        assert request.headers.get_all("X-API-Key") == [API_KEY], request
        assert "authorization" not in request.headers, request
        assert request.headers["accept"] == "application/json"
    posts = [r for r in requests if r.method == "POST"]
    assert [r.json() for r in posts] == [{"name": "Rex", "tag": "dog"}, {"name": "Tom"}]
    assert all(r.headers["content-type"] == "application/json" for r in posts)
    assert all(r.body == b"" for r in requests if r.method != "POST")

    # What the client made of the answers.
    listed, listed_all, created, created_from_dict, got, got_odd, deleted, inventory = results
    for result in results:
        assert result["success"] is True and result["error"] is False, result
    assert listed["status"] == 200
    assert listed["type"] == "list[Pet]"
    assert listed["data"] == [REX, TOM]
    assert listed["field_types"] == {
        "id": ["int"], "name": ["str"], "status": ["PetStatus"], "tag": ["NoneType", "str"],
    }  # fmt: skip
    assert listed_all["data"] == [REX, TOM]
    assert created["status"] == 201
    assert created["type"] == "Pet"
    assert created["data"] == {"id": 10, "name": "Rex", "tag": "dog", "status": "available"}
    assert created_from_dict["data"] == {"id": 10, "name": "Tom", "tag": None,
                                         "status": "available"}  # fmt: skip
    assert got["type"] == got_odd["type"] == "Pet"
    assert got["data"] == {**REX, "id": 42}
    assert deleted["status"] == 204
    assert deleted["type"] == "NoneType"
    assert deleted["body"] is None
    assert inventory["type"] == "dict[str, int]"
    assert inventory["data"] == INVENTORY


@pytest.mark.slow
def test_404_problem_is_an_error_result(generated: Generated, tmp_path: Path) -> None:
    with serve(queue_responder(CannedResponse.json(404, PROBLEM))) as server:
        outcome = run_client_script(generated, tmp_path, f"""
            from petstore_client import ApiStatusError, Client
            from petstore_client.models import Problem

            with Client(base_url=sys.argv[1], api_key={API_KEY!r},
                        http_client=http_client()) as client:
                got = client.pets.get_pet(pet_id="missing")
                deleted = client.pets.delete_pet(pet_id="missing")
            try:
                got.raise_for_error()
                raised = None
            except ApiStatusError as error:
                raised = error.status_code
            problem = Problem.model_validate(got.body)
            print(json.dumps({{
                "get": summary(got), "delete": summary(deleted), "raised": raised,
                "problem": [problem.code, problem.message], "errors": len(got.errors),
            }}))
        """, server.url)  # fmt: skip
        assert [_request_line(r) for r in server.requests] == [
            ("GET", "/pets/missing", ""),
            ("DELETE", "/pets/missing", ""),
        ]
    for key in ("get", "delete"):
        result = outcome[key]
        assert result["status"] == 404
        assert result["error"] is True
        assert result["success"] is False
        assert result["body"] == PROBLEM
        assert result["type"] == "NoneType"  # no typed data for an error status
    assert outcome["raised"] == 404
    assert outcome["problem"] == [404, "pet not found"]


@pytest.mark.slow
def test_credentials(generated: Generated, tmp_path: Path) -> None:
    """getInventory takes the API key or a bearer token; the others need the API key."""
    with serve(petstore_responder) as server:
        outcome = run_client_script(generated, tmp_path, """
            from petstore_client import Client, MissingCredentialError

            base_url = sys.argv[1]
            out = {}
            with Client(base_url=base_url, access_token="staff-token",
                        http_client=http_client()) as staff:
                out["bearer_inventory"] = summary(staff.store.get_inventory())
                try:
                    staff.pets.list_pets()
                    out["missing"] = None
                except MissingCredentialError as error:
                    out["missing"] = str(error)
                out["per_call_key"] = summary(staff.pets.list_pets(x_api_key="per-call"))
            with Client(base_url=base_url, api_key="both-key", access_token="both-token",
                        http_client=http_client()) as both:
                out["both_inventory"] = summary(both.store.get_inventory())
            # No base_url: PETSTORE_CLIENT_BASE_URL from the environment.
            with Client(api_key="env-key", http_client=http_client()) as from_env:
                out["env_base_url"] = from_env.base_url
                out["env_list"] = summary(from_env.pets.list_pets(limit=1))
            print(json.dumps(out))
        """, server.url, env={"PETSTORE_CLIENT_BASE_URL": server.url})  # fmt: skip
        requests = server.requests

    def auth(request: RecordedRequest) -> tuple[str | None, str | None]:
        return request.headers.get("X-API-Key"), request.headers.get("Authorization")

    assert [(*_request_line(r), *auth(r)) for r in requests] == [
        ("GET", "/store/inventory", "", None, "Bearer staff-token"),
        ("GET", "/pets", "", "per-call", None),
        ("GET", "/store/inventory", "", "both-key", None),  # the first alternative wins
        ("GET", "/pets", "limit=1", "env-key", None),
    ]
    assert outcome["bearer_inventory"]["data"] == INVENTORY
    assert outcome["missing"] is not None and "api_key" in outcome["missing"]
    assert outcome["per_call_key"]["type"] == "list[Pet]"
    assert outcome["both_inventory"]["success"] is True
    assert outcome["env_base_url"] == server.url
    assert outcome["env_list"]["success"] is True


@pytest.mark.slow
def test_response_that_breaks_the_spec_raises(generated: Generated, tmp_path: Path) -> None:
    with serve(queue_responder(CannedResponse.json(200, {"id": "not-a-number"}))) as server:
        outcome = run_client_script(generated, tmp_path, f"""
            from petstore_client import ApiResponseValidationError, Client

            with Client(base_url=sys.argv[1], api_key={API_KEY!r},
                        http_client=http_client()) as client:
                try:
                    client.pets.get_pet(pet_id="1")
                    print(json.dumps(None))
                except ApiResponseValidationError as error:
                    print(json.dumps({{"status": error.status_code, "body": error.body}}))
        """, server.url)  # fmt: skip
    assert outcome == {"status": 200, "body": {"id": "not-a-number"}}


# -- against Prism ---------------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.prism
def test_every_operation_against_prism_is_2xx(generated: Generated, tmp_path: Path) -> None:
    """``prism mock --errors``: any request that breaks the spec would get a 4xx."""
    bearer_call = (
        'with Client(base_url=base_url, access_token="staff-token",\n'
        "            http_client=http_client()) as staff:\n"
        "    results.append(staff.store.get_inventory())\n"
    )
    with PrismServer(SPEC, errors=True) as prism:
        try:
            results = run_client_script(
                generated, tmp_path,
                f"API_KEY = {API_KEY!r}\n" + _EVERY_OPERATION + bearer_call + _PRINT_RESULTS,
                prism.url, "sync",
            )  # fmt: skip
        except AssertionError as error:
            raise AssertionError(f"{error}\n--- prism log ---\n{prism.log_tail(80)}") from None
        log = prism.log_tail(80)
    assert len(results) == 9
    for result in results:
        assert 200 <= result["status"] < 300, f"{result}\n--- prism log ---\n{log}"
        assert result["success"] is True
        assert result["violations"] is None, result  # Prism found nothing wrong either way
    listed, _, created, _, got, _, deleted, inventory, bearer_inventory = results
    assert listed["type"] == "list[Pet]"
    assert listed["field_types"]["status"] == ["PetStatus"]
    assert created["status"] == 201 and created["type"] == "Pet"
    assert got["type"] == "Pet"
    assert deleted["status"] == 204 and deleted["type"] == "NoneType"
    assert inventory["type"] == bearer_inventory["type"] == "dict[str, int]"


# -- static checks of the generated package ----------------------------------------------------


def _run_in_out(generated: Generated, *cmd: str, env: dict[str, str] | None = None
                ) -> subprocess.CompletedProcess[str]:  # fmt: skip
    return subprocess.run(
        list(cmd), cwd=generated.out, env=_clean_env(**(env or {})), capture_output=True,
        text=True, timeout=SUBPROCESS_TIMEOUT_S, check=False,
    )  # fmt: skip


@pytest.mark.slow
def test_mypy_strict_passes(generated: Generated, tmp_path: Path) -> None:
    proc = _run_in_out(generated, _tool("mypy"), "--strict", "--cache-dir",
                       str(tmp_path / "mypy_cache"), PACKAGE)  # fmt: skip
    assert proc.returncode == 0, _show(proc)


_USER_CODE = """
from __future__ import annotations

import httpx

from petstore_client import ApiResult, AsyncClient, Client
from petstore_client.models import NewPet, Pet, PetStatus, Problem


def use(url: str) -> None:
    with Client(base_url=url, api_key="k", http_client=httpx.Client()) as client:
        listed: ApiResult[list[Pet]] = client.pets.list_pets(limit=5, tags=["x", "y"])
        pets: list[Pet] | None = listed.data
        created: Pet | None = client.pets.create_pet(body=NewPet(name="Rex")).data
        from_dict: Pet | None = client.pets.create_pet(body={"name": "Rex"}).data
        got = client.pets.get_pet(pet_id="1")
        if got.data is not None:
            ident: int = got.data.id
            tag: str | None = got.data.tag
            status: PetStatus | None = got.data.status
        inventory: dict[str, int] | None = client.store.get_inventory().data
        client.pets.delete_pet(pet_id="1")
        if got.is_error():
            code: int = Problem.model_validate(got.body).code


async def use_async(url: str) -> None:
    async with AsyncClient(base_url=url, api_key="k") as client:
        pet: Pet | None = (await client.pets.get_pet(pet_id="1")).data
"""


@pytest.mark.slow
def test_user_code_type_checks_against_the_package(generated: Generated, tmp_path: Path) -> None:
    user = tmp_path / "user_code.py"
    user.write_text(_USER_CODE, encoding="utf-8")
    proc = _run_in_out(generated, _tool("mypy"), "--strict", "--cache-dir",
                       str(tmp_path / "mypy_cache"), str(user),
                       env={"MYPYPATH": str(generated.out)})  # fmt: skip
    assert proc.returncode == 0, _show(proc)


def _ruff(generated: Generated, *targets: str, exclude: tuple[str, ...] = ()
          ) -> subprocess.CompletedProcess[str]:  # fmt: skip
    args = [_tool("ruff"), "check", "--no-cache"]
    for pattern in exclude:
        args += ["--extend-exclude", pattern]
    return _run_in_out(generated, *args, *targets)


def test_ruff_check_passes(generated: Generated) -> None:
    proc = _ruff(generated, ".")
    assert proc.returncode == 0, _show(proc)


# -- docs --------------------------------------------------------------------------------------


def _relative_links(generated: Generated) -> Iterator[tuple[Path, str]]:
    link = re.compile(r"\]\(([^)#][^)]*)\)")
    for page in [generated.out / "README.md", *sorted((generated.out / "docs").rglob("*.md"))]:
        for target in link.findall(page.read_text(encoding="utf-8")):
            if "://" not in target:
                yield page, target


def test_docs_links_point_to_existing_files(generated: Generated) -> None:
    broken = [
        f"{page.relative_to(generated.out)} -> {target}"
        for page, target in _relative_links(generated)
        if not (page.parent / target).is_file()
    ]
    assert broken == []
