"""Rewrite tests/golden/custom-templates: ``python -m tests.support.custom_golden`` (make
generate runs it after regenerating generated/).

It generates the OAuth client with examples/custom-templates into a temporary folder, the
same command a user would run, then keeps in the golden only the files that differ from
generated/ and lists the others in SAME-AS-GENERATED.txt. The golden folder is replaced as a
whole, so a file that stopped differing (or stopped being generated) does not linger.
"""

from __future__ import annotations

import shutil
import subprocess
import sys

from . import ROOT
from .golden import SAME_AS_GENERATED, output_tree, split_by_generated

GOLDEN = ROOT / "tests" / "golden" / "custom-templates"
GENERATED = ROOT / "generated"
# The command the golden records; test_custom_templates renders the same arguments.
ARGUMENTS = (
    "spec/square-oauth.yaml",
    "--package-name",
    "square_oauth",
    "--project-name",
    "square-oauth",
    "--templates",
    "examples/custom-templates",
)


def main() -> int:
    # A fixed scratch folder beside the golden (same file system, so the last step is a
    # rename); a fixed path also keeps the generator's format cache to one entry.
    scratch = GOLDEN.parent / ".custom-templates.new"
    shutil.rmtree(scratch, ignore_errors=True)
    try:
        output = scratch / "output"
        command = [sys.executable, "-m", "generator", "generate", *ARGUMENTS, "-o", str(output)]
        subprocess.run(command, cwd=ROOT, check=True)
        kept, same = split_by_generated(output_tree(output), output_tree(GENERATED))
        staged = scratch / "golden"
        staged.mkdir()
        for name, text in kept.items():
            (staged / name).parent.mkdir(parents=True, exist_ok=True)
            (staged / name).write_bytes(text)
        (staged / SAME_AS_GENERATED).write_text("".join(f"{n}\n" for n in same), "utf-8")
        shutil.rmtree(GOLDEN, ignore_errors=True)
        staged.rename(GOLDEN)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    print(f"{GOLDEN.relative_to(ROOT)}: {len(kept)} files differ from generated/, {len(same)} same")
    return 0


if __name__ == "__main__":
    sys.exit(main())
