"""How user template folders, manifests and plugins combine (see docs/templates.md).

Each test renders the OAuth spec's model in memory (the render stage alone: no black, no
writing) with a few small user templates and checks the files that come out: precedence of
folders, the ``builtin/`` prefix, added files in every scope, plugins from a folder, the
project's pyproject.toml and the command line.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.cli import main
from generator.config import GenerateConfig, resolve_config
from generator.model import ClientModel, build_client_model
from generator.pipeline import load_and_validate, package_names
from generator.render.engine import render
from generator.spec.loader import SpecSource
from tests.conftest import SPEC
from tests.support.specs import write_files

_CLIENT: list[ClientModel] = []


def _client(config: GenerateConfig) -> ClientModel:
    if not _CLIENT:  # the model of the OAuth spec does not depend on templates: build it once
        document = load_and_validate(config.spec)
        _CLIENT.append(build_client_model(SpecSource(document), package_names(config, document)))
    return _CLIENT[0]


def _render(config: GenerateConfig) -> dict[str, str]:
    files = render(_client(config), config.templates, config.template_plugins)
    return {str(f.path): f.text for f in files}


def _generate(
    *folders: Path, plugins: tuple[str, ...] = (), cwd: Path | None = None
) -> dict[str, str]:
    args = {
        "spec": str(SPEC),
        "output": "unused",
        "package_name": "square_oauth",
        "project_name": "square-oauth",
        "templates": [str(f) for f in folders],
        "template_plugins": list(plugins),
    }
    return _render(resolve_config(args, cwd or Path.cwd()))


def _builtin() -> dict[str, str]:
    return _generate()


def test_a_file_with_a_builtin_name_replaces_it_and_nothing_else_changes(tmp_path: Path) -> None:
    folder = write_files(tmp_path / "t", {"package/environment.py.jinja": '"""Replaced."""\n'})
    files = _generate(folder)
    assert files["square_oauth/environment.py"] == '"""Replaced."""\n'
    builtin = _builtin()
    assert files.keys() == builtin.keys()
    assert [n for n, text in files.items() if builtin[n] != text] == ["square_oauth/environment.py"]


def test_the_folder_given_first_wins(tmp_path: Path) -> None:
    first = write_files(tmp_path / "first", {"package/environment.py.jinja": "FIRST = 1\n"})
    second = write_files(
        tmp_path / "second",
        {"package/environment.py.jinja": "SECOND = 2\n", "package/errors.py.jinja": "E = 1\n"},
    )
    files = _generate(first, second)
    assert files["square_oauth/environment.py"] == "FIRST = 1\n"
    assert files["square_oauth/errors.py"] == "E = 1\n"  # the second still replaces the rest


def test_builtin_prefix_reaches_the_shipped_template_even_past_a_builtin_subfolder(
    tmp_path: Path,
) -> None:
    folder = write_files(
        tmp_path / "t",
        {
            # A user folder that happens to have its own "builtin/" must not shadow the prefix.
            "builtin/package/environment.py.jinja": "WRONG = 1\n",
            "package/environment.py.jinja": (
                '{% extends "builtin/package/environment.py.jinja" %}\n'
            ),
        },
    )
    files = _generate(folder)
    assert files["square_oauth/environment.py"] == _builtin()["square_oauth/environment.py"]


def test_added_files_in_every_scope_with_their_context(tmp_path: Path) -> None:
    folder = write_files(
        tmp_path / "t",
        {
            "manifest.yaml": """\
                files:
                  - {template: once.txt.jinja, output: "extra/{package}.txt", scope: once}
                  - {template: api.txt.jinja, output: "extra/api-{api.doc_name}.txt", scope: api}
                  - template: model.txt.jinja
                    output: "extra/models/{model.module_name}.txt"
                    scope: model
                  - template: enum.txt.jinja
                    output: "extra/enums/{enum.class_name}.txt"
                    scope: enum
                  - template: operation.txt.jinja
                    output: "extra/{api.module_name}/{operation.py_name}.txt"
                    scope: operation
                """,
            "once.txt.jinja": "{{ client.title }}: {{ client.apis | length }} API class\n",
            "api.txt.jinja": "{{ api.class_name }} of {{ client.package_name }}\n",
            "model.txt.jinja": (
                "{{ model.class_name }}: "
                "{{ model.fields | map(attribute='py_name') | join(', ') }}\n"
            ),
            "enum.txt.jinja": "{{ enum.class_name }} ({{ enum.members | length }})\n",
            "operation.txt.jinja": (
                "{{ api.class_name }}.{{ operation.py_name }}: "
                "{{ operation.http_method }} {{ operation.path }}\n"
            ),
        },
    )
    files = _generate(folder)
    extra = {name: text for name, text in files.items() if name.startswith("extra/")}
    assert extra["extra/square_oauth.txt"] == "Square OAuth API: 1 API class\n"
    assert extra["extra/api-o-auth.txt"] == "OAuthApi of square_oauth\n"
    assert extra["extra/models/revoke_token_request.txt"] == (
        "RevokeTokenRequest: client_id, access_token, merchant_id, revoke_only_access_token\n"
    )
    assert extra["extra/enums/ErrorCategory.txt"] == "ErrorCategory (8)\n"
    assert extra["extra/o_auth/obtain_token.txt"] == "OAuthApi.obtain_token: POST /oauth2/token\n"
    models = [n for n in extra if n.startswith("extra/models/")]
    operations = [n for n in extra if n.startswith("extra/o_auth/")]
    builtin = _builtin()
    assert (
        len(models)
        == len([n for n in builtin if n.startswith("square_oauth/models/")])
        - len([n for n in extra if n.startswith("extra/enums/")])
        - 1
    )  # models/__init__.py
    assert sorted(operations) == [
        "extra/o_auth/obtain_token.txt",
        "extra/o_auth/renew_token.txt",
        "extra/o_auth/retrieve_token_status.txt",
        "extra/o_auth/revoke_token.txt",
    ]
    # Everything built in is still there, unchanged.
    assert {n: t for n, t in files.items() if not n.startswith("extra/")} == builtin


def test_plugins_add_filters_tests_and_globals(tmp_path: Path) -> None:
    folder = write_files(
        tmp_path / "t",
        {
            "manifest.yaml": """\
                files:
                  - {template: ops.txt.jinja, output: ops.txt}
                plugins:
                  - house:register
                """,
            "house.py": """\
                def register(environment):
                    environment.filters["shout"] = lambda text: str(text).upper()
                    environment.tests["post"] = lambda operation: operation.http_method == "POST"
                    environment.globals["house_name"] = "ACME"
                """,
            "ops.txt.jinja": (
                "{{ house_name }}\n"
                "{% for operation in client.apis[0].operations if operation is post %}\n"
                "{{ operation.py_name | shout }}\n"
                "{% endfor %}\n"
            ),
        },
    )
    files = _generate(folder)
    assert (
        files["ops.txt"] == "ACME\nOBTAIN_TOKEN\nREVOKE_TOKEN\nRENEW_TOKEN\nRETRIEVE_TOKEN_STATUS\n"
    )


def test_two_folders_may_each_have_a_plugin_module_of_the_same_name(tmp_path: Path) -> None:
    one, two = tmp_path / "one", tmp_path / "two"
    for folder, (name, value) in ((one, ("a", "1")), (two, ("b", "2"))):
        write_files(
            folder,
            {
                "manifest.yaml": f"files:\n  - {{template: {name}.jinja, output: {name}.txt}}\n"
                "plugins:\n  - filters:register\n",
                "filters.py": f"def register(environment):\n"
                f"    environment.filters['{name}'] = lambda _: '{value}'\n",
                f"{name}.jinja": f"{{{{ 0 | {name} }}}}\n",
            },
        )
    files = _generate(one, two)
    assert (files["a.txt"], files["b.txt"]) == ("1\n", "2\n")


def test_pyproject_settings_relative_to_the_project_and_the_command_line_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = tmp_path / "project"
    write_files(
        project,
        {
            "pyproject.toml": f"""\
                [tool.generator]
                spec = "{SPEC}"
                output = "client"
                package-name = "square_oauth"
                templates = ["house-templates"]
                template-plugins = ["project_filters:register"]
                """,
            "project_filters.py": "def register(environment):\n"
            "    environment.filters['mark'] = lambda text: f'project:{text}'\n",
            "house-templates/package/environment.py.jinja": "# {{ 'env' | mark }}\n",
            "house-templates/package/errors.py.jinja": "# {{ 'errors' | mark }}\n",
        },
    )
    command_line = write_files(
        tmp_path / "cli-templates",
        {"package/errors.py.jinja": "# command line {{ 'errors' | mark }}\n"},
    )
    monkeypatch.chdir(project)
    config = resolve_config({"templates": [str(command_line)]}, project)
    files = _render(config)
    assert files["square_oauth/environment.py"] == "# project:env\n"
    assert files["square_oauth/errors.py"] == "# command line project:errors\n"


def test_command_line_plugin_wins_a_filter_name_over_the_project(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_files(
        tmp_path,
        {
            "t/package/environment.py.jinja": "# {{ 'x' | mark }}\n",
            "mine.py": "def register(environment):\n"
            "    environment.filters['mark'] = lambda text: 'command line'\n",
        },
    )
    monkeypatch.chdir(tmp_path)
    files = _generate(tmp_path / "t", plugins=("mine:register",), cwd=tmp_path)
    assert files["square_oauth/environment.py"] == "# command line\n"


@pytest.mark.slow
def test_a_misplaced_template_is_an_error_and_nothing_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = write_files(
        tmp_path / "first",
        {
            "package/api/api.py.jinja": "misspelt folder\n",  # apis/, not api/
            "package/environment.py.jinja": "{% include 'helpers/env.jinja' %}\n",
            "helpers/env.jinja": "E = 1\n",  # used: included by a used template
        },
    )
    out = tmp_path / "out"
    arguments = ["generate", str(SPEC), "-o", str(out), "--templates", str(first)]
    assert main(arguments) == 2
    errors = [line for line in capsys.readouterr().err.splitlines() if line]
    assert errors == [
        f"error: {first}/package/api/api.py.jinja: not used: no built-in template has this "
        "name, manifest.yaml does not list it, and no template includes it "
        "(did you mean package/apis/api.py.jinja?)",
    ]
    assert not out.exists()
    # `templates list` names it the same way.
    assert main(["templates", "list", "--templates", str(first)]) == 0
    listing = capsys.readouterr().out
    assert f"error: {first}/package/api/api.py.jinja: not used:" in listing


@pytest.mark.slow
def test_a_template_hidden_by_an_earlier_folder_is_warned_about(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = write_files(
        tmp_path / "first",
        {
            "package/environment.py.jinja": "{% include 'helpers/env.jinja' %}\n",
            "helpers/env.jinja": "E = 1\n",  # used: included by a used template
        },
    )
    second = write_files(tmp_path / "second", {"package/environment.py.jinja": "SHADOWED = 1\n"})
    out = tmp_path / "out"
    arguments = ["generate", str(SPEC), "-o", str(out)]
    assert main([*arguments, "--templates", str(first), "--templates", str(second)]) == 0
    warnings = [line for line in capsys.readouterr().err.splitlines() if line]
    assert warnings == [
        f"warning: {second}/package/environment.py.jinja: not used: "
        f"{first}/package/environment.py.jinja comes first",
    ]
    assert "E = 1" in next(out.glob("*/environment.py")).read_text()


def test_omit_leaves_builtin_files_out_and_frees_their_paths(tmp_path: Path) -> None:
    folder = write_files(
        tmp_path / "t",
        {
            "manifest.yaml": """\
                omit:
                  - docs/enum.md.jinja
                  - builtin/project/README.md.jinja
                files:
                  - {template: house-readme.md.jinja, output: README.md}
                """,
            "house-readme.md.jinja": "# {{ client.title }}\n\nSee the wiki.\n",
        },
    )
    files, builtin = _generate(folder), _builtin()
    enum_pages = {n for n in builtin if n.startswith("docs/models/") and "## Values" in builtin[n]}
    assert enum_pages and not enum_pages & files.keys()
    assert files["README.md"] == "# Square OAuth API\n\nSee the wiki.\n"
    assert {n: t for n, t in files.items() if n != "README.md"} == {
        n: t for n, t in builtin.items() if n not in enum_pages and n != "README.md"
    }
