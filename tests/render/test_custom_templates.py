"""examples/custom-templates/ on the OAuth spec: a golden record, and still a working client.

The example folder has one customisation of each kind (a block override, a replaced file,
added per-model files, a filter from a plugin). Generating with it must reproduce
tests/golden/custom-templates/ byte for byte, and that package must install, import, pass
``mypy --strict`` and talk to Prism. The golden keeps only the files that differ from
generated/; the others are listed in its SAME-AS-GENERATED.txt and compared with generated/.
docs/templates.md is checked too: its quick start is followed literally, and its generated
reference must match the code.
"""

from __future__ import annotations

import functools
import re
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

from generator.cli import main
from generator.config import resolve_config
from generator.pipeline import generate_files
from generator.render.reference import stale_part
from tests.conftest import GENERATED, ROOT, SPEC
from tests.support.custom_golden import ARGUMENTS
from tests.support.golden import (
    SAME_AS_GENERATED,
    custom_golden_tree,
    golden_differences,
    kept_files,
    output_tree,
    same_as_generated,
)
from tests.support.prism import PrismServer

EXAMPLE = ROOT / "examples" / "custom-templates"
GOLDEN = ROOT / "tests" / "golden" / "custom-templates"
DOCS = ROOT / "docs" / "templates.md"
BIN = Path(sys.executable).parent
# Same command as `make generate` runs for this folder.
UPDATE_HINT = (
    "If the change is intended, update the golden record: make generate (after generated/; "
    "or python -m tests.support.custom_golden)"
)


def _arguments() -> dict[str, object]:
    # A folder that does not exist: no earlier run's record to bump the version from, as
    # when tests.support.custom_golden generates into a fresh folder.
    return {
        "spec": str(SPEC),
        "output": str(ROOT / "tests" / "golden" / "no-such-folder"),
        "package_name": "square_oauth",
        "project_name": "square-oauth",
        "templates": [str(EXAMPLE)],
    }


@functools.cache
def _fresh() -> dict[str, bytes]:
    """The files the example templates make now (callers copy before changing)."""
    files = generate_files(resolve_config(_arguments(), ROOT)).files
    return {str(f.path): f.text.encode() for f in files}


def _golden() -> dict[str, bytes]:
    return custom_golden_tree(GOLDEN, GENERATED)


def test_the_golden_records_the_command_the_tests_run() -> None:
    arguments = _arguments()
    assert ARGUMENTS == (
        str(SPEC.relative_to(ROOT)),
        "--package-name",
        arguments["package_name"],
        "--project-name",
        arguments["project_name"],
        "--templates",
        str(EXAMPLE.relative_to(ROOT)),
    )


def test_example_templates_reproduce_the_golden_record() -> None:
    problems = golden_differences(_golden(), _fresh(), "tests/golden/custom-templates")
    assert not problems, "\n\n".join([*problems, UPDATE_HINT])


def test_the_golden_keeps_no_file_that_generated_has_too() -> None:
    builtin = output_tree(GENERATED)
    kept = kept_files(GOLDEN)
    assert kept, "the example customises something, so some files differ"
    twice = sorted(name for name, text in kept.items() if builtin.get(name) == text)
    assert twice == [], f"the same as generated/, so listed in {SAME_AS_GENERATED} instead"
    listed = same_as_generated(GOLDEN)
    assert listed == sorted(set(listed)), f"{SAME_AS_GENERATED}: sorted, each name once"
    assert set(listed).isdisjoint(kept), f"{SAME_AS_GENERATED} names a file that is kept"
    assert set(listed) <= set(builtin), f"{SAME_AS_GENERATED} names a file generated/ lacks"


@pytest.mark.parametrize("listed", [True, False], ids=["same-as-generated", "kept"])
def test_a_change_to_any_output_file_fails_the_golden_test(listed: bool) -> None:
    """Both kinds of file are compared: one kept in the golden, one taken from generated/."""
    fresh = _fresh()
    names = same_as_generated(GOLDEN) if listed else sorted(kept_files(GOLDEN))
    name = names[len(names) // 2]
    changed = {**fresh, name: fresh[name] + b"# changed\n"}
    assert golden_differences(_golden(), fresh, "golden") == []
    problems = golden_differences(_golden(), changed, "golden")
    assert len(problems) == 1 and f"golden/{name}" in problems[0]
    dropped = {n: text for n, text in fresh.items() if n != name}
    assert golden_differences(_golden(), dropped, "golden") == [
        f"in golden but no longer generated: {name}"
    ]


def test_each_customisation_shows_in_the_golden_record_and_nothing_else_changed() -> None:
    golden, builtin = _golden(), output_tree(GENERATED)
    # Added per-model files: one per model, besides the package's own.
    fields = sorted(n for n in golden if n.startswith("square_oauth/fields/"))
    models = sorted(
        n.replace("/models/", "/fields/")
        for n in builtin
        if n.startswith("square_oauth/models/") and b"(ApiModel)" in builtin[n]
    )
    assert fields == sorted([*models, "square_oauth/fields/__init__.py"])
    assert set(golden) - set(builtin) == set(fields)
    # The filter from the plugin made the constant names.
    obtain = golden["square_oauth/fields/obtain_token_request.py"].decode()
    assert "OBTAIN_TOKEN_REQUEST_SECRET_FIELDS: Final[frozenset[str]]" in obtain
    # The replaced file and the block override changed their files, and only those.
    changed = sorted(n for n in builtin if golden[n] != builtin[n])
    assert changed == ["square_oauth/apis/o_auth.py", "square_oauth/environment.py"]
    assert 'LOCAL = "http://127.0.0.1:4010"' in golden["square_oauth/environment.py"].decode()
    api = golden["square_oauth/apis/o_auth.py"].decode()
    assert api.count("HTTP: ``POST /oauth2/token``") == 2  # Client and AsyncClient
    # Around the overridden block the module is as built in: only docstrings differ.
    assert _without_docstrings(api) == _without_docstrings(
        builtin["square_oauth/apis/o_auth.py"].decode()
    )


def _without_docstrings(source: str) -> str:
    import ast

    tree = ast.parse(source)
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if (
            isinstance(body, list)
            and body
            and isinstance(body[0], ast.Expr)
            and isinstance(body[0].value, ast.Constant)
            and isinstance(body[0].value.value, str)
        ):
            body[0].value.value = ""
    return ast.dump(tree)


SNIPPET = """
import sys
from square_oauth import Client
from square_oauth.fields import OBTAIN_TOKEN_RESPONSE_FIELDS
from square_oauth.environment import Environment

client = Client(base_url=sys.argv[1])
result = client.o_auth.obtain_token(body={"client_id": "APPLICATION_ID",
    "client_secret": "APPLICATION_SECRET", "code": "CODE_FROM_AUTHORIZE",
    "grant_type": "authorization_code"})
assert result.is_success(), result.status_code
assert result.data is not None and result.data.access_token
assert "access_token" in OBTAIN_TOKEN_RESPONSE_FIELDS
assert Environment.LOCAL.value == "http://127.0.0.1:4010"
print("HTTP: ``POST /oauth2/token``" in (client.o_auth.obtain_token.__doc__ or ""))
print("installed:", __import__("square_oauth").__file__)
"""


@pytest.mark.slow
@pytest.mark.prism
def test_customised_client_installs_type_checks_and_works_against_prism(
    tmp_path: Path, oauth_prism: PrismServer
) -> None:
    # A fresh venv without pip, whose dependencies (httpx, pydantic) come from this one
    # through a .pth file: test_generated_package already installs them from the index for
    # generated/, the same pins; what is new here is the package itself, which pip builds
    # and installs. This keeps the test to a few seconds.
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=False)
    python = env_dir / "bin" / "python"
    site = subprocess.run(
        [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    (Path(site) / "dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    source = tmp_path / "source"
    for name, text in _golden().items():
        (source / name).parent.mkdir(parents=True, exist_ok=True)
        (source / name).write_bytes(text)
    install = subprocess.run(
        [sys.executable, "-m", "pip", "--python", python, "install", "--no-deps", "--quiet",
         "--disable-pip-version-check", source],
        capture_output=True,
        text=True,
    )  # fmt: skip
    assert install.returncode == 0, install.stderr
    mypy = subprocess.run(
        [str(BIN / "mypy"), "--strict", "--no-incremental", "square_oauth"],
        cwd=source,
        capture_output=True,
        text=True,
    )
    assert mypy.returncode == 0, mypy.stdout + mypy.stderr
    script = tmp_path / "snippet.py"
    script.write_text(SNIPPET, encoding="utf-8")
    run = subprocess.run(
        [str(python), script, oauth_prism.url], cwd=tmp_path, capture_output=True, text=True
    )
    assert run.returncode == 0, run.stdout + run.stderr + oauth_prism.log_text()[-2000:]
    assert run.stdout.startswith("True\n")  # the overridden docstring is the installed one
    assert str(env_dir) in run.stdout


# -- docs/templates.md ----------------------------------------------------------------------


def test_the_reference_in_docs_templates_md_is_current() -> None:
    problems = list(stale_part(DOCS.read_text(encoding="utf-8")))
    assert not problems, (
        f"docs/templates.md: {'; '.join(problems)}. The reference is generated from "
        "generator/model/types.py, the filters and the built-in templates; update it with "
        "`python -m generator.render.reference docs/templates.md` (make generate does it too)"
    )


@pytest.mark.slow
def test_the_quick_start_works_as_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Follow the quick start literally: the file it names, the template it shows, the
    command it gives (in a project whose pyproject.toml points at the OAuth spec)."""
    page = DOCS.read_text(encoding="utf-8")
    section = page.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    path = re.search(r"as `(my-templates/[^`]+)`:", section)
    template = re.search(r"```jinja\n(.*?)```", section, re.S)
    command = re.search(r"```sh\n(.*?)\n```", section, re.S)
    assert path and template and command
    assert len(template.group(1).splitlines()) == 5  # the promise: a five-line template
    (tmp_path / path.group(1)).parent.mkdir(parents=True)
    (tmp_path / path.group(1)).write_text(template.group(1), encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text(
        f'[tool.generator]\nspec = "{SPEC}"\noutput = "client"\npackage-name = "square_oauth"\n',
        encoding="utf-8",
    )
    arguments = command.group(1).split()
    assert arguments[:3] == ["python", "-m", "generator"]
    monkeypatch.chdir(tmp_path)

    assert main(arguments[3:]) == 0, capsys.readouterr().err

    api = (tmp_path / "client/square_oauth/apis/o_auth.py").read_text(encoding="utf-8")
    expected = '''
        """Obtain an OAuth access token

        HTTP: ``POST /oauth2/token``"""
'''
    assert api.count(expected) == 2
    compile(api, "o_auth.py", "exec")


def test_the_block_override_example_with_super_works(tmp_path: Path) -> None:
    """The ``model_methods`` example of "Override a block", as the page shows it."""
    section = DOCS.read_text(encoding="utf-8").split("## Override a block", 1)[1]
    template = re.search(r"```jinja\n(.*?)```", section, re.S)
    assert template and "{{ super() }}" in template.group(1)
    target = tmp_path / "package" / "models" / "model.py.jinja"
    target.parent.mkdir(parents=True)
    target.write_text(template.group(1), encoding="utf-8")
    arguments = {**_arguments(), "templates": [str(tmp_path)]}
    files = {str(f.path): f.text for f in generate_files(resolve_config(arguments, ROOT)).files}
    builtin = output_tree(GENERATED)
    models = [n for n in builtin if "/models/" in n and b"(ApiModel)" in builtin[n]]
    assert models
    for name in models:
        assert files[name].startswith(builtin[name].decode())  # the method comes last
        added = files[name][len(builtin[name]) :]
        assert added.startswith("\n    def to_log(self) -> dict[str, object]:\n"), added
        compile(files[name], name, "exec")
