"""Per-file work shared with a forked child (generator/shared/forked.py): the same results in the
same order as doing it in one process, and any failure hands the work back to the caller."""

from __future__ import annotations

import os
from pathlib import Path, PurePosixPath

import pytest

from generator.output.write import write_output
from generator.render.engine import render
from generator.shared import forked
from generator.shared.diagnostics import GeneratorError
from generator.shared.record import manifest_text
from generator.shared.rendered import RenderedFile
from tests.conftest import ROOT
from tests.support.specs import client_model

BREADTH = ROOT / "tests" / "specs" / "valid" / "breadth-schemas.yaml"


def _square(value: int) -> int:
    return value * value


@pytest.mark.parametrize("count", [0, 1, 2, 7, 201])
def test_results_in_the_order_of_the_items(count: int) -> None:
    items = list(range(count))
    assert forked.map_forked(_square, items) == [i * i for i in items]


def _from_child_pid(_: int) -> int:
    return os.getpid()


def test_half_of_the_items_are_done_in_another_process() -> None:
    pids = forked.map_forked(_from_child_pid, list(range(6)))
    assert pids is not None
    assert set(pids[0::2]) == {os.getpid()}
    assert len(set(pids[1::2])) == 1 and pids[1] != os.getpid()


def _fails_on(bad: int, die: bool = False) -> object:
    def work(value: int) -> int:
        if value == bad:
            if die:
                os._exit(9)  # a worker that vanishes (killed, out of memory)
            raise ValueError("boom")
        return value

    return work


@pytest.mark.parametrize(
    ("bad", "die"),
    [(3, False), (2, False), (3, True)],
    ids=["the child's half fails", "the parent's half fails", "the child dies"],
)
def test_any_failure_gives_the_work_back(bad: int, die: bool) -> None:
    assert forked.map_forked(_fails_on(bad, die), list(range(6))) is None  # type: ignore[arg-type]


def test_forked_rendering_gives_the_same_files(monkeypatch: pytest.MonkeyPatch) -> None:
    client = client_model(BREADTH, "breadth", version="1.0.0")
    monkeypatch.setattr(forked, "MIN_ITEMS", 10**9)
    alone = render(client)
    monkeypatch.setattr(forked, "MIN_ITEMS", 1)
    calls = []
    original = forked.map_forked
    monkeypatch.setattr(
        forked, "map_forked", lambda f, items: calls.append(len(items)) or original(f, items)
    )
    shared = render(client)
    assert calls and calls[0] == len(alone) > 10  # the forked path really ran
    assert shared == alone


def test_a_template_error_is_reported_as_without_forking(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    client = client_model(BREADTH, "breadth", version="1.0.0")
    user = tmp_path / "mine" / "package" / "models"
    user.mkdir(parents=True)
    # Fails on one model only, in whichever process renders it.
    (user / "model.py.jinja").write_text(
        "{% if model.class_name == '" + client.models[-1].class_name + "' %}"
        "{{ model.no_such_field }}{% endif %}ok\n",
        encoding="utf-8",
    )
    messages = []
    for minimum in (10**9, 1):
        monkeypatch.setattr(forked, "MIN_ITEMS", minimum)
        with pytest.raises(GeneratorError) as raised:
            render(client, [tmp_path / "mine"])
        messages.append([str(d) for d in raised.value.diagnostics])
    assert messages[0] == messages[1] and "no_such_field" in messages[0][0]


@pytest.mark.slow
def test_writing_with_two_threads_gives_the_same_tree(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from generator.model.naming import snake_case  # names as the generator makes them

    files = [
        RenderedFile(PurePosixPath(f"pkg/sub{i % 7}/{snake_case(f'File{i}')}.py"), f"{i}\n", "t")
        for i in range(300)
    ]
    trees = []
    for minimum, name in ((10**9, "alone"), (1, "threads")):
        monkeypatch.setattr(forked, "MIN_ITEMS", minimum)
        out = tmp_path / name
        write_output(out, files, manifest_text(files, "", "test"))
        trees.append(
            {p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*") if p.is_file()}
        )
    assert trees[0] == trees[1] and len(trees[0]) == 301
