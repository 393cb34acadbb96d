"""``[tool.generator]`` and command-line values are checked strictly: a typo or a value of
the wrong type is an error with its location (exit 2, nothing written), never ignored."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from generator.cli import main
from generator.settings import key_positions
from tests.conftest import SPEC


def _project(tmp_path: Path, settings: str) -> Path:
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "mine"\n\n'
        f'[tool.generator]\nspec = "{SPEC}"\noutput = "out"\n{settings}',
        encoding="utf-8",
    )
    return tmp_path


def _run(
    folder: Path,
    arguments: list[str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> tuple[int, list[str]]:
    monkeypatch.chdir(folder)
    code = main(arguments)
    return code, [line for line in capsys.readouterr().err.splitlines() if line]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            'package_name = "pets"',
            "error: pyproject.toml:7:1: unknown key 'package_name' in [tool.generator] "
            "(did you mean 'package-name'?)",
        ),
        (
            'template = ["mine"]',
            "error: pyproject.toml:7:1: unknown key 'template' in [tool.generator] "
            "(did you mean 'templates'?)",
        ),
        (
            '  "lenient" = "no"',
            "error: pyproject.toml:7:3: [tool.generator] lenient: expected true or false, "
            "got the text 'no'",
        ),
        (
            'package-version = "banana"',
            "error: pyproject.toml:7:1: [tool.generator] package-version: 'banana' is not a "
            "PEP 440 version, e.g. 1.2.0 or 2.0.0rc1",
        ),
        (
            "package-version = 1.0",
            "error: pyproject.toml:7:1: [tool.generator] package-version: expected a text, "
            "got float 1.0",
        ),
        (
            'package-name = "class"',
            "error: pyproject.toml:7:1: [tool.generator] package-name: 'class' is a Python "
            "keyword: `import class` would not parse",
        ),
        (
            'formatter = "yapf"',
            "error: pyproject.toml:7:1: [tool.generator] formatter: expected one of black, "
            "ruff, none, got the text 'yapf'",
        ),
        (
            'license = "MIT-ish"',
            "error: pyproject.toml:7:1: [tool.generator] license: 'MIT-ish' is not an SPDX "
            "license expression, e.g. MIT",
        ),
        (
            'authors = ["<not an email>"]',
            'error: pyproject.toml:7:1: [tool.generator] authors: expected "Name <email>" or '
            "{name = ..., email = ...}, got the text '<not an email>'",
        ),
        (
            "\n[tool.generator.urls]\nHomepage = 'ftp://example.com'",
            "error: pyproject.toml:8:1: [tool.generator] urls: URL 'Homepage': "
            "'ftp://example.com' is not an http(s) URL",
        ),
    ],
)
def test_a_wrong_key_or_value_in_pyproject_is_a_located_error(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    line: str,
    expected: str,
) -> None:
    folder = _project(tmp_path, line + "\n")
    code, errors = _run(folder, ["generate"], capsys, monkeypatch)
    assert (code, errors) == (2, [expected])
    assert not (folder / "out").exists()


def test_every_fault_of_the_table_is_reported_at_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _project(tmp_path, 'package_name = "x"\nlenient = 1\nflavour = "mint"\n')
    code, errors = _run(folder, ["generate"], capsys, monkeypatch)
    assert code == 2
    assert [e.split(": ")[1] for e in errors] == [
        "pyproject.toml:7:1",
        "pyproject.toml:8:1",
        "pyproject.toml:9:1",
    ]
    assert errors[2].endswith("unknown key 'flavour' in [tool.generator]")  # no close match


@pytest.mark.parametrize(
    ("arguments", "expected"),
    [
        (
            ["--package-version", "banana"],
            "error: command line: --package-version: 'banana' is not a PEP 440 version, "
            "e.g. 1.2.0 or 2.0.0rc1",
        ),
        (
            ["--package-name", "class"],
            "error: command line: --package-name: 'class' is a Python keyword: "
            "`import class` would not parse",
        ),
        (
            ["--package-name", "Pets"],
            "error: command line: --package-name: 'Pets' is not a lower-case Python "
            "identifier, e.g. petstore_client",
        ),
        (
            ["--project-name", "pets-"],
            "error: command line: --project-name: 'pets-' is not a valid distribution name "
            "(letters, digits, '.', '_' and '-', starting and ending with a letter or digit), "
            "e.g. petstore-client",
        ),
        (
            ["--templates", "pyproject.toml"],
            "error: command line: --templates: pyproject.toml is a file; give the folder that "
            "holds your templates",
        ),
        (
            ["--url", "Homepage"],
            "error: command line: --url 'Homepage': expected LABEL=URL, e.g. "
            "Homepage=https://example.com",
        ),
        (
            ["--author", "Jane <jane>"],
            'error: command line: --author: expected "Name <email>" or {name = ..., '
            "email = ...}, got the text 'Jane <jane>'",
        ),
    ],
)
def test_a_wrong_command_line_value_is_an_error(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    arguments: list[str],
    expected: str,
) -> None:
    folder = _project(tmp_path, "")
    code, errors = _run(folder, ["generate", *arguments], capsys, monkeypatch)
    assert (code, errors) == (2, [expected])
    assert not (folder / "out").exists()


def test_templates_list_says_a_file_is_not_a_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _project(tmp_path, "")
    code, errors = _run(
        folder, ["templates", "list", "--templates", "pyproject.toml"], capsys, monkeypatch
    )
    assert (code, errors) == (
        2,
        [
            "error: command line: --templates: pyproject.toml is a file; give the folder "
            "that holds your templates"
        ],
    )


def test_a_misspelt_option_is_refused_with_a_suggestion(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as exit:
        main(["generate", str(SPEC), "-o", "x", "--package_name", "pets"], prog="openapi-pyclient")
    assert exit.value.code == 2
    assert capsys.readouterr().err.splitlines()[-1] == (
        "openapi-pyclient: error: unrecognized arguments: --package_name "
        "(did you mean --package-name?) pets"
    )
    # Abbreviations are not taken either: a prefix today may be ambiguous tomorrow.
    with pytest.raises(SystemExit):
        main(["generate", str(SPEC), "-o", "x", "--lenien"])


@pytest.mark.slow
def test_metadata_reaches_the_generated_pyproject(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _project(
        tmp_path,
        'package-version = "1.0.0-RC1"\nlicense = "apache-2.0 OR mit"\n'
        'authors = ["Jane Doe <jane@example.com>", {name = "Pet Team"}]\n'
        '[tool.generator.urls]\nHomepage = "https://example.com"\n'
        'Source = "https://example.com/src"\n',
    )
    code, errors = _run(folder, ["generate"], capsys, monkeypatch)
    assert (code, errors) == (0, [])
    project = tomllib.loads((folder / "out" / "pyproject.toml").read_text())["project"]
    assert project["version"] == "1.0.0rc1"  # PEP 440's normal form
    assert project["license"] == "Apache-2.0 OR MIT"
    assert project["authors"] == [
        {"name": "Jane Doe", "email": "jane@example.com"},
        {"name": "Pet Team"},
    ]
    assert project["urls"] == {
        "Homepage": "https://example.com",
        "Source": "https://example.com/src",
    }
    assert project["classifiers"] == ["Typing :: Typed"]
    # The command line wins over the project's settings.
    code, errors = _run(
        folder,
        [
            *["generate", str(SPEC), "-o", "out2", "--license", "MIT"],
            *["--author", "<a@b.example>", "--url", "Docs=https://example.com/docs"],
        ],
        capsys,
        monkeypatch,
    )
    assert (code, errors) == (0, [])
    project = tomllib.loads((folder / "out2" / "pyproject.toml").read_text())["project"]
    assert project["license"] == "MIT"
    assert project["authors"] == [{"email": "a@b.example"}]
    assert project["urls"] == {"Docs": "https://example.com/docs"}


def test_key_positions_cover_quoted_dotted_and_sub_table_keys() -> None:
    text = (
        "[tool.generator]\n"
        'spec = "a.yaml"\n'
        '  "package_name" = "x"\n'
        'urls.Homepage = "https://example.com"\n'
        "[tool.other]\n"
        'templates = "not ours"\n'
        "[tool.generator.authors_table]\n"
    )
    assert key_positions(text) == {
        "spec": (2, 1),
        "package_name": (3, 3),
        "urls": (4, 1),
        "authors_table": (7, 1),
    }
