"""SIGKILL at random moments never leaves a mix of old and new output.

Two real generations (petstore 3.0.3 and the small 3.0 petstore, same package name) are
written alternately into one folder that also holds a user's files. A child process
(forked from this one, so it starts in a millisecond instead of a second of imports) runs
the write stage in a loop and is killed with SIGKILL after a random delay; then the folder
must hold exactly one of the two outputs, and the user's files must be the same files
(inode and content). The delay is uniform over about two write durations, so kills land
in every phase: cleanup of the previous victim's scratch, hashing, linking, the swap, and
deleting the old tree. The share of kills that interrupted a write half-way is asserted
too, so the test cannot pass by always killing between writes.

A second test kills the real command line (``python -m generator generate``) at random
points of its whole run, a few times.

Longer run (documented in docs/regenerating.md):
    GENERATOR_KILL_ROUNDS=5000 .venv/bin/python -m pytest tests/output/test_write_kill.py
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
import traceback
from pathlib import Path

import pytest

from generator.config import resolve_config
from generator.output.write import write_output
from generator.pipeline import Generated, generate_files
from generator.shared.record import MANIFEST_NAME
from tests.conftest import ROOT

ROUNDS = int(os.environ.get("GENERATOR_KILL_ROUNDS", "300"))
CLI_ROUNDS = int(os.environ.get("GENERATOR_KILL_CLI_ROUNDS", "4"))
SPECS = ("tests/specs/petstore.yaml", "tests/specs/valid/petstore-3.0.yaml")
USER_FILES = {
    "tests/test_mine.py": b"def test_mine() -> None:\n    assert True\n",
    ".git/HEAD": b"ref: refs/heads/main\n",
    "pets/NOTES.md": b"kept inside a generated folder\n",
}

pytestmark = [
    pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork() (POSIX)"),
    pytest.mark.slow,  # every test here is (README, Tests)
]


def _generate(spec: str, out: Path) -> Generated:
    config = resolve_config(
        {"spec": str(ROOT / spec), "output": str(out), "package_name": "pets"}, ROOT
    )
    return generate_files(config)


def _expected(generated: Generated) -> dict[str, bytes]:
    tree = {str(f.path): f.text.encode("utf-8") for f in generated.files}
    tree[MANIFEST_NAME] = generated.manifest.encode("utf-8")
    return tree


def _on_disk(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in folder.rglob("*")
        if p.is_file() and p.relative_to(folder).as_posix() not in USER_FILES
    }


def _user_state(folder: Path) -> dict[str, tuple[int, bytes]]:
    return {
        name: ((folder / name).stat().st_ino, (folder / name).read_bytes()) for name in USER_FILES
    }


def _which(tree: dict[str, bytes], states: list[dict[str, bytes]]) -> int | None:
    for index, state in enumerate(states):
        if tree == state:
            return index
    return None


def _describe_mix(tree: dict[str, bytes], states: list[dict[str, bytes]]) -> str:
    lines = []
    for index, state in enumerate(states):
        missing = sorted(state.keys() - tree.keys())
        extra = sorted(tree.keys() - state.keys())
        differ = sorted(k for k in state.keys() & tree.keys() if state[k] != tree[k])
        lines.append(f"vs output {index}: missing {missing}, extra {extra}, different {differ}")
    return "\n".join(lines)


def _writer_loop(out: Path, outputs: list[Generated], log: Path) -> None:
    """Child: write the other output, again and again, until killed."""
    try:
        manifest = (out / MANIFEST_NAME).read_text()
        turn = 1 if manifest == outputs[0].manifest else 0
        while True:
            write_output(out, outputs[turn].files, outputs[turn].manifest)
            turn = 1 - turn
    except BaseException:
        log.write_text(traceback.format_exc())
    finally:
        os._exit(3)


def test_sigkill_at_random_points_leaves_old_or_new_output(tmp_path: Path) -> None:
    out = tmp_path / "out"
    outputs = [_generate(spec, out) for spec in SPECS]
    states = [_expected(g) for g in outputs]
    assert states[0] != states[1]
    write_output(out, outputs[0].files, outputs[0].manifest)
    for name, data in USER_FILES.items():
        (out / name).parent.mkdir(parents=True, exist_ok=True)
        (out / name).write_bytes(data)
    user_before = _user_state(out)

    started = time.perf_counter()
    for turn in (1, 0, 1, 0):
        write_output(out, outputs[turn].files, outputs[turn].manifest)
    one_write = (time.perf_counter() - started) / 4

    rng = random.Random(int(os.environ.get("GENERATOR_KILL_SEED", "20261127")))
    seen = [0, 0]
    interrupted = 0  # kills that left a new scratch folder: the victim was mid-write
    scratch_seen: set[str] = set()
    log = tmp_path / "child-error.txt"
    for round_number in range(ROUNDS):
        pid = os.fork()
        if pid == 0:  # pragma: no cover - runs in the child
            _writer_loop(out, outputs, log)
        time.sleep(rng.uniform(0, 2 * one_write))
        os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
        assert os.WIFSIGNALED(status), log.read_text() if log.exists() else f"status {status}"
        tree = _on_disk(out)
        which = _which(tree, states)
        assert which is not None, f"round {round_number}: a mix!\n" + _describe_mix(tree, states)
        assert _user_state(out) == user_before, f"round {round_number}: user files changed"
        seen[which] += 1
        scratch = {p.name for p in tmp_path.iterdir()} - {"out", log.name}
        if scratch - scratch_seen:
            interrupted += 1
        scratch_seen |= scratch

    print(f"{ROUNDS} kills: old/new seen {seen}, {interrupted} interrupted a write")
    assert min(seen) > 0, seen
    # If this fails the kills all landed between writes and proved nothing.
    assert interrupted >= ROUNDS // 10, f"only {interrupted} of {ROUNDS} kills interrupted a write"
    # The next run cleans up after the last victim and still leaves the user's files alone.
    write_output(out, outputs[0].files, outputs[0].manifest)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != log.name) == ["out"]
    assert _user_state(out) == user_before


def test_sigkill_of_the_command_line_at_random_points(tmp_path: Path) -> None:
    out = tmp_path / "out"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}

    def command(index: int) -> list[str]:
        spec = str(ROOT / SPECS[index])
        options = ["-o", str(out), "--package-name", "pets"]
        return [sys.executable, "-m", "generator", "generate", spec, *options]

    started = time.perf_counter()
    subprocess.run(command(0), env=env, check=True, capture_output=True)
    full_run = time.perf_counter() - started
    (out / "tests").mkdir()
    (out / "tests" / "test_mine.py").write_bytes(USER_FILES["tests/test_mine.py"])
    rng = random.Random(7)
    for round_number in range(CLI_ROUNDS):
        index = (round_number + 1) % 2
        # What is there now, and what this run would write (version bump and changelog
        # entry depend on what is there, so "new" is computed from the current folder).
        old_state = _on_disk(out)
        new_state = _expected(_generate(SPECS[index], out))
        process = subprocess.Popen(
            command(index), env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        # Late in the run is where writing happens: aim at the last 40%, and past the end.
        time.sleep(full_run * rng.uniform(0.6, 1.1))
        process.send_signal(signal.SIGKILL)
        process.wait()
        tree = _on_disk(out)
        states = [old_state, new_state]
        assert _which(tree, states) is not None, _describe_mix(tree, states)
        assert (out / "tests" / "test_mine.py").read_bytes() == USER_FILES["tests/test_mine.py"]
