"""Every example in the generated docs runs as written, against Prism."""

from __future__ import annotations

import ast
import builtins
import re
from pathlib import Path

import pytest
from square_oauth import Client

from tests.conftest import GENERATED
from tests.support.prism import PrismServer

pytestmark = pytest.mark.prism

BLOCK = re.compile(r"^```python\n(.*?)^```", re.S | re.M)
DOC_PAGES = sorted((GENERATED / "docs").rglob("*.md"))


def _examples(page: Path) -> list[str]:
    """The page's opening block and every block under an "Example Usage" heading."""
    text = page.read_text(encoding="utf-8")
    examples = []
    for match in BLOCK.finditer(text):
        heading = text.rfind("\n#", 0, match.start())
        title = text[heading : text.find("\n", heading + 1)]
        if "Example Usage" in title or match.start() < text.find("\n## "):
            examples.append(match.group(1))
    return examples


@pytest.mark.parametrize("page", [*DOC_PAGES, GENERATED / "README.md"], ids=lambda p: p.name)
def test_every_python_block_parses(page: Path) -> None:
    for block in BLOCK.findall(page.read_text(encoding="utf-8")):
        ast.parse(block)


@pytest.mark.parametrize(
    "page", sorted((GENERATED / "docs" / "apis").glob("*.md")), ids=lambda p: p.name
)
def test_api_page_examples_run(page: Path, oauth_prism: PrismServer) -> None:
    examples = _examples(page)
    assert len(examples) >= 2, "the page should open with a block and have examples"
    client = Client(base_url=oauth_prism.url, access_token="EAAAexample")
    namespace: dict[str, object] = {"client": client}
    printed: list[object] = []
    namespace["print"] = lambda *args: printed.extend(args)
    for code in examples:
        with pytest.warns() if "renew_token" in code else _no_context():
            exec(compile(code, str(page), "exec"), namespace)
        if "result" in namespace:
            result = namespace.pop("result")
            assert result.status_code == 200, oauth_prism.log_text()[-2000:]
    assert len(printed) == len(examples) - 1


def test_oauth_page_examples_run() -> None:
    page = GENERATED / "docs" / "oauth.md"
    blocks = BLOCK.findall(page.read_text(encoding="utf-8"))
    assert len(blocks) == 3
    namespace: dict[str, object] = {}
    for code in blocks:
        exec(compile(code, str(page), "exec"), namespace)
    assert namespace["code"] == "CODE"
    assert namespace["session"]() == "ACCESS_TOKEN"  # type: ignore[operator]


def test_readme_quick_start_runs(oauth_prism: PrismServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SQUARE_OAUTH_BASE_URL", oauth_prism.url)
    blocks = BLOCK.findall((GENERATED / "README.md").read_text(encoding="utf-8"))
    assert blocks
    printed: list[object] = []
    namespace: dict[str, object] = {"print": lambda *a: printed.extend(a)}
    for code in blocks:
        exec(compile(code, "README.md", "exec"), namespace)
    assert printed == [oauth_prism.url]
    assert builtins.print is not namespace["print"]


class _no_context:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *args: object) -> None:
        return None
