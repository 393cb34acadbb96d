"""Mistakes in user templates, manifests and plugins: located, exit 2, nothing written.

Each case writes a small templates folder, runs ``generate --templates`` on the OAuth spec
in-process and checks the printed diagnostic: the file and line the user must fix, the
cause, and (for rendering errors) the spec object being rendered.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from generator.cli import main
from tests.conftest import SPEC
from tests.support.specs import write_files


@dataclass(frozen=True)
class Case:
    files: dict[str, str]  # path inside the templates folder -> text
    where: str  # "FILE:LINE" the diagnostic must start with (FILE relative to the folder)
    message: str  # a part of the message
    also: tuple[str, ...] = field(default=())  # more parts the message must hold
    plugins: tuple[str, ...] = field(default=())  # --template-plugin values


API = "package/apis/api.py.jinja"
OPERATION_MANIFEST = """\
files:
  - template: extra/operation.md.jinja
    output: "docs/operations/{operation.py_name}.md"
    scope: operation
"""

CASES = {
    "syntax error": Case(
        {API: "x = 1\n{% for p in api.operations %}\n{{ p.py_name }}\n"},
        f"{API}:3",
        "syntax error: Unexpected end of template",
        ("while rendering API class OAuthApi",),
    ),
    "undefined variable": Case(
        {API: "x = 1\n{{ operation.summary }}\n"},
        f"{API}:2",
        "'operation' is undefined; this template receives: api, client",
        ("while rendering API class OAuthApi",),
    ),
    "unknown field, with a suggestion and the spec location": Case(
        {
            "manifest.yaml": OPERATION_MANIFEST,
            "extra/operation.md.jinja": "# {{ operation.py_name }}\n\n{{ operation.sumary }}\n",
        },
        "extra/operation.md.jinja:3",
        "Operation has no field 'sumary' (did you mean 'summary'?)",
        ("while rendering operation obtain_token (ObtainToken) at spec/square-oauth.yaml:",),
    ),
    "a mistake inside an overridden block points at the user's file": Case(
        {
            API: (
                '{% extends "builtin/package/apis/api.py.jinja" %}\n'
                "{% block method_docstring %}\n"
                '"""{{ operation.sumary }}"""\n'
                "{% endblock %}\n"
            )
        },
        f"{API}:3",
        "Operation has no field 'sumary' (did you mean 'summary'?)",
        (
            "while rendering API class OAuthApi (tag 'OAuth'); via ",
            "templates/package/apis/api.py.jinja:",
        ),
    ),
    "unknown filter": Case(
        {API: "{{ api.title | shuot }}\n"},
        f"{API}:1",
        "No filter named 'shuot'",
    ),
    "extends its own name": Case(
        {API: '{% extends "package/apis/api.py.jinja" %}\n'},
        f"{API}:1",
        "refers to its own name",
        ("builtin/package/apis/api.py.jinja",),
    ),
    "extends a template that does not exist": Case(
        {API: '\n{% extends "builtin/package/apis/apis.py.jinja" %}\n'},
        f"{API}:2",
        "template 'builtin/package/apis/apis.py.jinja' not found",
    ),
    "manifest: unknown scope": Case(
        {
            "manifest.yaml": OPERATION_MANIFEST.replace("scope: operation", "scope: operations"),
            "extra/operation.md.jinja": "x\n",
        },
        "manifest.yaml:4",
        "unknown scope 'operations'; use one of once, api, model, enum, operation",
    ),
    "manifest: unknown key": Case(
        {"manifest.yaml": "files:\n  - template: a.jinja\n    outptu: a.txt\n"},
        "manifest.yaml:3",
        "unknown key 'outptu' in a files entry",
    ),
    "manifest: a name the scope does not have": Case(
        {
            "manifest.yaml": OPERATION_MANIFEST.replace("scope: operation", "scope: model"),
            "extra/operation.md.jinja": "x\n",
        },
        "manifest.yaml:3",
        "{operation.py_name} is not available in scope 'model'",
    ),
    "manifest: a field that is not text": Case(
        {
            "manifest.yaml": OPERATION_MANIFEST.replace("{operation.py_name}", "{operation.body}"),
            "extra/operation.md.jinja": "x\n",
        },
        "manifest.yaml:3",
        "{operation.body} must name a text field of operation",
    ),
    "manifest: output outside the folder": Case(
        {
            "manifest.yaml": "files:\n  - {template: a.jinja, output: ../a.txt, scope: once}\n",
            "a.jinja": "x\n",
        },
        "manifest.yaml:2",
        "not a relative path inside the output",
    ),
    "manifest: template missing": Case(
        {"manifest.yaml": "files:\n  - {template: nothere.jinja, output: a.txt}\n"},
        "manifest.yaml:2",
        "template 'nothere.jinja' not found",
    ),
    "manifest: omit names no built-in template": Case(
        {"manifest.yaml": "omit:\n  - docs/apis.md.jinja\n"},
        "manifest.yaml:2",
        "omit: 'docs/apis.md.jinja' is not a built-in template that makes a file; "
        "did you mean docs/api.md.jinja?",
    ),
    "manifest: invalid YAML": Case(
        {"manifest.yaml": "files:\n  - template: a.jinja\n   output: [\n"},
        "manifest.yaml:3",
        "invalid YAML",
    ),
    "two templates write the same path (user and built-in)": Case(
        {
            "manifest.yaml": "files:\n  - {template: readme.jinja, output: README.md}\n",
            "readme.jinja": "x\n",
        },
        "manifest.yaml:2",
        "readme.jinja and project/README.md.jinja",
        ("both write README.md",),
    ),
    "two templates write the same path (both the user's)": Case(
        {
            "manifest.yaml": (
                "files:\n"
                "  - {template: a.jinja, output: '{package}/extra.py'}\n"
                "  - {template: b.jinja, output: '{package}/extra.py'}\n"
            ),
            "a.jinja": "x = 1\n",
            "b.jinja": "y = 2\n",
        },
        "manifest.yaml:3",
        "b.jinja and a.jinja (",
        ("manifest.yaml:2) both write square_o_auth_api/extra.py",),
    ),
    "plugin: not module:function": Case(
        {"manifest.yaml": "plugins:\n  - filters.register\n"},
        "manifest.yaml:2",
        "plugin 'filters.register' must look like module:function",
    ),
    "plugin: module not found": Case(
        {"manifest.yaml": "plugins:\n  - filtres:register\n"},
        "manifest.yaml:2",
        "plugin 'filtres:register': no module 'filtres' in",
    ),
    "plugin: function missing": Case(
        {"manifest.yaml": "plugins:\n  - filters:regster\n", "filters.py": "X = 1\n"},
        "manifest.yaml:2",
        "has no function 'regster'",
    ),
    "plugin: syntax error in the module": Case(
        {"manifest.yaml": "plugins:\n  - filters:register\n", "filters.py": "def f(:\n"},
        "manifest.yaml:2",
        "plugin 'filters:register': importing it failed at",
        ("filters.py:1: SyntaxError",),
    ),
    "plugin: raises": Case(
        {
            "manifest.yaml": "plugins:\n  - filters:register\n",
            "filters.py": "def register(environment):\n    raise ValueError('no')\n",
        },
        "manifest.yaml:2",
        "plugin 'filters:register': it raised at",
        ("filters.py:2: ValueError: no",),
    ),
    "a user filter raises while rendering": Case(
        {
            "manifest.yaml": OPERATION_MANIFEST + "plugins:\n  - filters:register\n",
            "filters.py": "def register(environment):\n    environment.filters['boom'] = boom\n\n"
            "def boom(value):\n    raise KeyError(value)\n",
            "extra/operation.md.jinja": "# {{ operation.py_name }}\n{{ operation.path | boom }}\n",
        },
        "extra/operation.md.jinja:2",
        "KeyError: '/oauth2/token'",
        ("while rendering operation obtain_token",),
    ),
    "plugin from the command line: not found": Case(
        {"a.txt": "x\n"},
        "command line",
        "plugin 'nowhere_at_all:register': no module 'nowhere_at_all'",
        plugins=("nowhere_at_all:register",),
    ),
}


@pytest.mark.slow
@pytest.mark.parametrize("case", list(CASES.values()), ids=list(CASES))
def test_mistake_is_reported_at_its_line_and_nothing_is_written(
    case: Case, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    templates = tmp_path / "templates"
    write_files(templates, case.files)
    out = tmp_path / "out"
    arguments = ["generate", str(SPEC), "-o", str(out), "--templates", str(templates)]
    for plugin in case.plugins:
        arguments += ["--template-plugin", plugin]

    code = main(arguments)

    stderr = capsys.readouterr().err
    assert code == 2, stderr
    assert "Traceback" not in stderr
    assert not out.exists(), "nothing may be written"
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    where = case.where if case.where == "command line" else f"{templates}/{case.where}"
    assert lines[0].startswith(f"error: {where}: "), stderr
    for part in (case.message, *case.also):
        assert part in lines[0], f"{part!r} not in {lines[0]!r}"


@pytest.mark.slow
def test_a_failed_run_leaves_an_existing_output_as_it_was(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    assert main(["generate", str(SPEC), "-o", str(out)]) == 0
    before = {p: p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}
    templates = tmp_path / "templates"
    write_files(templates, {API: "{{ api.nothing }}\n"})
    capsys.readouterr()

    assert main(["generate", str(SPEC), "-o", str(out), "--templates", str(templates)]) == 2

    assert "ApiClass has no field 'nothing'" in capsys.readouterr().err
    after = {p: p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}
    assert after == before


def test_a_missing_templates_folder_is_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["generate", str(SPEC), "-o", str(tmp_path / "out"), "--templates", "nope/x"])
    stderr = capsys.readouterr().err
    assert code == 2
    assert re.search(
        r"^error: command line: --templates: templates folder .*nope/x not found", stderr
    )


def test_a_missing_templates_folder_in_pyproject_is_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "pyproject.toml").write_text(
        f'[tool.generator]\nspec = "{SPEC}"\noutput = "out"\ntemplates = ["my-templates"]\n',
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    code = main(["generate"])
    stderr = capsys.readouterr().err
    assert code == 2
    assert "error: pyproject.toml: templates: templates folder my-templates not found" in stderr
    assert not (tmp_path / "out").exists()
