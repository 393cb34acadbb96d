"""Command-line conventions: the program's name as invoked, -q and -v, progress only on a
terminal, a --check hint that repeats the user's command, Ctrl-C as one line and exit 130,
a missing library as one line."""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from generator import progress
from generator.cli import main
from tests.conftest import ROOT, SPEC
from tests.support.specs import many_operations, write_spec

LENIENT_SPEC = ROOT / "tests" / "specs" / "invalid" / "schema_type_typo.yaml"


def _python(code: str, *arguments: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code, *arguments],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.mark.slow
def test_help_names_the_program_as_it_was_invoked() -> None:
    module = subprocess.run(
        [sys.executable, "-m", "generator", "--help"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert module.stdout.startswith("usage: python -m generator ")
    # What the console script's wrapper does: sys.argv[0] is the script's path.
    script = (
        "import sys; sys.argv[0] = '/somewhere/bin/openapi-pyclient'\n"
        "from generator.cli import main; sys.exit(main())"
    )
    console = _python(script, "--help")
    assert console.returncode == 0
    assert console.stdout.startswith("usage: openapi-pyclient ")
    assert "python -m generator" not in console.stdout
    errors = _python(script, "generate", "--nope")
    assert errors.returncode == 2
    assert errors.stderr.splitlines()[-1].startswith("openapi-pyclient: error: ")


@pytest.mark.slow
def test_check_hint_repeats_the_users_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "my client"
    arguments = ["generate", str(SPEC), "-o", str(out), "--package-name", "pets", "--check"]
    assert main(arguments, prog="openapi-pyclient") == 1
    hint = capsys.readouterr().err.splitlines()[-1]
    assert hint == (
        f"{out} is out of date; run `openapi-pyclient generate {SPEC} -o '{out}' "
        "--package-name pets` to update it"
    )
    assert main(arguments, prog="python -m generator") == 1
    assert f"run `python -m generator generate {SPEC} -o" in capsys.readouterr().err


@pytest.mark.slow
def test_quiet_prints_only_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    lenient = ["generate", str(LENIENT_SPEC), "-o", str(out), "--lenient"]
    assert main(lenient) == 0
    loud = capsys.readouterr()
    assert "warning: " in loud.err and "written" in loud.out  # what -q leaves out
    assert main([*lenient, "-q", "-o", str(tmp_path / "quiet")]) == 0
    assert capsys.readouterr() == ("", "")
    assert main(["validate", str(SPEC), "-q"]) == 0
    assert capsys.readouterr() == ("", "")
    # Errors are still printed.
    assert main(["generate", str(SPEC), "-o", str(out), "-q", "--package-version", "x"]) == 2
    assert capsys.readouterr().err.startswith("error: command line: --package-version: ")
    with pytest.raises(SystemExit):
        main(["generate", str(SPEC), "-q", "-v"])  # one or the other


def test_verbose_prints_each_stage_with_its_time(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["generate", str(SPEC), "-o", str(tmp_path / "out"), "-v"]) == 0
    timings = [line for line in capsys.readouterr().err.splitlines() if line]
    stages = [line.split()[1] for line in timings]
    assert stages == ["load", "model", "render", "format", "validate", "write", "total"]
    assert all(line.startswith("time: ") and " s" in line for line in timings)
    assert timings[1].endswith(" s (1 API class, 9 models, 2 enums)")


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.slow
def test_progress_is_drawn_only_on_a_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(progress, "LIVE_AFTER", 0.0)  # every run counts as a long one here
    monkeypatch.delenv("TERM", raising=False)
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(["generate", str(LENIENT_SPEC), "-o", str(tmp_path / "tty"), "--lenient"]) == 0
    drawn = terminal.getvalue()
    assert "\r\x1b[Kgenerate: load ..." in drawn
    assert "\r\x1b[Kgenerate: write (" in drawn
    assert drawn.endswith("\r\x1b[K")  # the line is erased before the summary is printed
    # What the terminal shows of each line (after the last return to its start and erase):
    # each warning stands alone, the progress line was erased before it.
    shown = [line.rsplit("\r", 1)[-1].removeprefix("\x1b[K") for line in drawn.split("\n")]
    warnings = [line for line in shown if "warning: " in line]
    assert len(warnings) == 2 and all(line.startswith("warning: ") for line in warnings)
    # Not a terminal (a pipe, a log, CI): nothing but what a run reports anyway.
    monkeypatch.setattr(sys, "stderr", sys.__stderr__)
    monkeypatch.undo()
    monkeypatch.setattr(progress, "LIVE_AFTER", 0.0)
    assert main(["generate", str(SPEC), "-o", str(tmp_path / "pipe")]) == 0
    assert capsys.readouterr().err == ""
    # -q: nothing on a terminal either.
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(["generate", str(SPEC), "-o", str(tmp_path / "quiet"), "-q"]) == 0
    assert terminal.getvalue() == ""


@pytest.mark.slow
@pytest.mark.parametrize("after", [1.0, 2.5])
def test_ctrl_c_is_one_line_exit_130_and_nothing_written(tmp_path: Path, after: float) -> None:
    # Big enough that a run outlasts the later interrupt by far, on a fast machine too.
    spec = write_spec(tmp_path / "spec", many_operations(3000), "big.json")
    out = tmp_path / "out"
    env = {**os.environ, "OPENAPI_PYCLIENT_CACHE_DIR": "off", "PYTHONPATH": str(ROOT)}
    run = subprocess.Popen(
        [sys.executable, "-m", "generator", "generate", str(spec), "-o", str(out)],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own process group, as a terminal's foreground job
        # As from a terminal: SIGINT not ignored. A suite started in the background (`make
        # test &`) ignores it, and Python then installs no KeyboardInterrupt handler.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    time.sleep(after)
    os.killpg(run.pid, signal.SIGINT)  # what Ctrl-C does: the whole group gets it
    stdout, stderr = run.communicate(timeout=120)
    assert run.returncode == 130, (stdout, stderr)
    assert stderr == "interrupted: nothing was written\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["spec"]  # no output, no staging


def test_a_missing_library_is_one_line(tmp_path: Path) -> None:
    code = (
        "import sys; sys.modules['jinja2'] = None\n"  # as if Jinja were not installed
        "from generator.cli import main; sys.exit(main(prog='openapi-pyclient'))"
    )
    out = tmp_path / "never-written"
    run = _python(code, "generate", str(SPEC), "-o", str(out), "--no-bump")
    assert run.returncode == 2
    assert run.stderr.count("\n") == 1 and "Traceback" not in run.stderr
    assert run.stderr.startswith("error: the Python package 'jinja2' is not installed in ")
    assert not out.exists()
