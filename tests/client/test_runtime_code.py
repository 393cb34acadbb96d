"""The runtime as code: generator/runtime/ is what every generated package runs.

Its modules are copied as they are; ``_core/settings.py`` is the one spec-dependent module,
rendered from a template, and ``_core/settings.pyi`` is its interface. The unit tests
import the runtime from generator/runtime/ itself; the modules that read settings run in a
package assembled from the runtime and a settings module written for the test.
"""

from __future__ import annotations

import ast
import base64
import contextlib
import importlib
import re
import shutil
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

import httpx
import pytest

from generator import cli
from generator.render.manifest import RUNTIME_FOLDER, load_manifest
from generator.runtime import errors
from generator.runtime._core import call, enums, request
from generator.shared.diagnostics import display_path
from tests.conftest import GENERATED, ROOT

MANIFEST_ENTRIES = load_manifest(ROOT / "templates").entries
RUNTIME_MODULES = sorted(e.runtime for e in MANIFEST_ENTRIES if e.runtime)
MINIMAL_SPEC = """\
openapi: 3.0.3
info: {title: Minimal, version: "1"}
servers: [{url: "https://api.example.com"}]
paths:
  /ping:
    get:
      operationId: ping
      responses:
        "200":
          description: pong
          content:
            application/json:
              schema: {type: object, properties: {ok: {type: boolean}}}
"""


def test_every_runtime_module_is_shipped_and_copied_byte_for_byte() -> None:
    on_disk = sorted(p.relative_to(RUNTIME_FOLDER).as_posix() for p in RUNTIME_FOLDER.rglob("*.py"))
    # The runtime package's own __init__.py is not the generated package's.
    assert [m for m in on_disk if m != "__init__.py"] == RUNTIME_MODULES
    assert "_core/http.py" in RUNTIME_MODULES
    for module in RUNTIME_MODULES:
        copied = GENERATED / "square_oauth" / module
        assert copied.read_bytes() == (RUNTIME_FOLDER / module).read_bytes(), module


def test_only_spec_dependent_files_are_templates() -> None:
    templates = ROOT / "templates"
    for entry in MANIFEST_ENTRIES:
        if entry.runtime:
            # A user may replace it with a template of this name, or eject it as one: its
            # text must render to itself.
            text = (RUNTIME_FOLDER / entry.runtime).read_text(encoding="utf-8")
            assert not re.search(r"\{[{%#]", text), entry.runtime
            assert not (templates / entry.template).exists(), entry.template
        elif entry.template.endswith(".py.jinja"):
            text = (templates / entry.template).read_text(encoding="utf-8")
            assert re.search(r"\{[{%#]", text), f"{entry.template} has no template syntax"


def _interface_names() -> set[str]:
    tree = ast.parse((RUNTIME_FOLDER / "_core" / "settings.pyi").read_text(encoding="utf-8"))
    names = {n.name for n in tree.body if isinstance(n, ast.FunctionDef)}
    for node in tree.body:
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.add(node.target.id)
        elif isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
    return names


def _defined_names(source: str) -> set[str]:
    """Top-level names of a module, counting those defined only for the type checker."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.FunctionDef | ast.ClassDef):
            names.add(node.name)
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.add(node.target.id)
        elif isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
    return names


@pytest.fixture(scope="module")
def minimal_package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A package generated from a spec without security schemes or an error model."""
    folder = tmp_path_factory.mktemp("minimal")
    spec = folder / "minimal.yaml"
    spec.write_text(MINIMAL_SPEC, encoding="utf-8")
    out = folder / "out"
    assert cli.main(["generate", str(spec), "-o", str(out), "--package-name", "minimal_api"]) == 0
    return out / "minimal_api"


def test_every_rendering_of_settings_provides_its_interface(minimal_package: Path) -> None:
    wanted = _interface_names()
    assert {"SCHEMES", "ErrorItem", "error_item_type", "SECRET_NAMES"} <= wanted
    for package in (GENERATED / "square_oauth", minimal_package):
        source = (package / "_core" / "settings.py").read_text(encoding="utf-8")
        assert wanted - _defined_names(source) == set(), package


def test_a_package_without_auth_or_error_model_runs_on_the_copied_runtime(
    minimal_package: Path,
) -> None:
    with _imported(minimal_package.parent, "minimal_api") as load:
        settings = load("minimal_api._core.settings")
        assert settings.SCHEMES == {}
        assert settings.error_item_type() is settings.ErrorItem
        result = load("minimal_api._core.result").ApiResult(
            status_code=500, headers=httpx.Headers(), body=None, data=None
        )
        assert result.is_error()
        client = load("minimal_api").Client(base_url="http://127.0.0.1:9")
        assert repr(client).startswith("Client(base_url='http://127.0.0.1:9'")
        client.close()


# Unit tests of the modules that do not read the settings, imported from the runtime itself.


def test_open_enums_keep_values_the_spec_does_not_list() -> None:
    class Color(enums.OpenStrEnum):
        RED = "RED"

    class Level(enums.OpenIntEnum):
        LOW = 1

    assert Color("RED") is Color.RED
    assert Color("TEAL") == "TEAL" and str(Color("TEAL")) == "TEAL"
    assert Level(7) == 7 and Level(7).name == "VALUE_7"
    with pytest.raises(ValueError):
        Level("7")  # only integers are kept


def test_path_values_are_percent_encoded_in_their_segment() -> None:
    assert request.encode_path("/items/{id}", {"id": "a/b c"}) == "/items/a%2Fb%20c"


def test_request_options_default_to_no_overrides() -> None:
    assert call.DEFAULT_OPTIONS == call.RequestOptions()


def test_the_errors_are_one_family() -> None:
    assert issubclass(errors.MissingCredentialError, errors.ApiError)
    assert issubclass(errors.ApiStatusError, errors.ApiError)


# Unit tests of the modules that read the settings: the runtime copied into a package next
# to a settings module written here.

SETTINGS = """\
from __future__ import annotations

from typing import Any

from .scheme import Scheme

LOGGER_NAME = "unit"
USER_AGENT_PREFIX = "unit/1"
TIMEOUT_SECONDS = 5.0
CONNECT_TIMEOUT_SECONDS = 1.0
MAX_RETRIES = 3
INITIAL_RETRY_DELAY = 0.25
MAX_RETRY_DELAY = 1.0
MAX_RETRY_AFTER = 2.0
ERRORS_FIELD = "errors"
SECRET_NAMES: frozenset[str] = frozenset({"password"})
SCHEMES: dict[str, Scheme] = {
    "token": Scheme("bearer", "header", "Authorization", "Bearer ", "token", ""),
    "basic": Scheme("basic", "header", "Authorization", "Basic ", "login", ""),
    "key": Scheme("api_key", "query", "api_key", "", "api_key", "api_key"),
}
ErrorItem = Any


def error_item_type() -> Any:
    return ErrorItem
"""


@pytest.fixture
def runtime(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[ModuleType]:
    """The ``_core`` of a package made of the runtime's modules and SETTINGS."""
    name = "unit_" + re.sub(r"\W", "_", request.node.name)
    package = tmp_path / name
    for module in RUNTIME_MODULES:
        (package / module).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(RUNTIME_FOLDER / module, package / module)
    (package / "__init__.py").write_text("", encoding="utf-8")
    (package / "_core" / "settings.py").write_text(SETTINGS, encoding="utf-8")
    with _imported(tmp_path, name) as load:
        for module in ("auth", "retry", "redact", "http", "result"):
            load(f"{name}._core.{module}")
        yield load(f"{name}._core")


def test_credentials_come_from_the_first_complete_alternative(runtime: ModuleType) -> None:
    resolve = runtime.auth.resolve_credentials
    alternatives = (("token", "key"), ("basic",))
    found = resolve("op", alternatives, {}, {"token": "t", "basic": "me:pw"})
    assert found.headers == {"Authorization": "Basic " + base64.b64encode(b"me:pw").decode()}
    found = resolve("op", alternatives, {"key": "k"}, {"token": "t"})
    assert (found.headers, found.query) == ({"Authorization": "Bearer t"}, {"api_key": "k"})
    with pytest.raises(
        runtime.auth.MissingCredentialError,
        match=r"op needs a credential: .*Client\(login=\.\.\.\)",
    ):
        resolve("op", alternatives, {}, {})


def test_backoff_follows_the_settings_and_caps_retry_after(runtime: ModuleType) -> None:
    retry = runtime.retry
    assert retry.DEFAULT_MAX_RETRIES == 3
    assert retry.Backoff() == retry.Backoff(0.25, 1.0, 2.0)
    slow_down = httpx.Response(429, headers={"Retry-After": "30"})
    assert retry.retry_delay(retry.Backoff(), 0, slow_down) == 2.0
    assert 0.75 <= retry.retry_delay(retry.Backoff(), 5, None) <= 1.0
    assert retry.retry_reason(httpx.Response(404)) is None


def test_redaction_hides_the_settings_secrets_and_credential_locations(
    runtime: ModuleType,
) -> None:
    redact = runtime.redact
    assert redact.redact_data({"password": "x", "name": "n"}) == {"password": "***", "name": "n"}
    url = httpx.URL("https://h/p?api_key=secret&page=2")
    assert "secret" not in redact.redact_url(url) and "page=2" in redact.redact_url(url)


@contextlib.contextmanager
def _imported(folder: Path, name: str) -> Iterator[Callable[[str], ModuleType]]:
    """Imports from ``folder``; afterwards forgets ``folder`` and the package ``name``."""
    sys.path.insert(0, str(folder))
    importlib.invalidate_caches()
    try:
        yield importlib.import_module
    finally:
        sys.path.remove(str(folder))
        for module in [m for m in sys.modules if m == name or m.startswith(name + ".")]:
            del sys.modules[module]


def test_the_interface_and_settings_here_agree() -> None:
    # SETTINGS above stands for a rendering of the template: it must give the same names.
    assert _interface_names() - _defined_names(SETTINGS) == set()


def test_a_user_template_of_a_runtime_modules_name_replaces_the_copy(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "my-templates"
    args = ["templates", "eject", "package/_core/retry.py.jinja", str(folder)]
    assert cli.main(args) == 0
    assert capsys.readouterr().out.endswith(": a copy of generator/runtime/_core/retry.py\n")
    ejected = folder / "package" / "_core" / "retry.py.jinja"
    shipped = (RUNTIME_FOLDER / "_core" / "retry.py").read_text(encoding="utf-8")
    assert ejected.read_text(encoding="utf-8") == shipped
    ejected.write_text(
        shipped.replace("JITTER = 0.25", "JITTER = 0.0  # {{ client.package_name }}"),
        encoding="utf-8",
    )
    assert cli.main(["templates", "list", "--templates", str(folder)]) == 0
    listing = capsys.readouterr().out
    entry = listing.split("package/_core/retry.py.jinja -> {package}/_core/retry.py")[1]
    assert entry.splitlines()[1:3] == [
        "  copied from generator/runtime/_core/retry.py unless replaced",
        f"  replaced by {display_path(ejected)}",
    ]
    out = tmp_path / "out"
    spec = ROOT / "spec" / "square-oauth.yaml"
    options = ["--package-name", "square_oauth", "--templates", str(folder)]
    assert cli.main(["generate", str(spec), "-o", str(out), *options]) == 0
    retry = (out / "square_oauth" / "_core" / "retry.py").read_text(encoding="utf-8")
    assert "JITTER = 0.0  # square_oauth" in retry
    # The other runtime modules are still the shipped code.
    assert (out / "square_oauth" / "_core" / "http.py").read_text(encoding="utf-8") == (
        RUNTIME_FOLDER / "_core" / "http.py"
    ).read_text(encoding="utf-8")
