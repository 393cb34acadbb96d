"""The command line: ``python -m generator generate|diff|validate|templates``.

User mistakes (a broken spec, a missing file, a bad option) print diagnostics and exit 2;
only a bug in the generator itself shows a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from generator import __version__, fastpath
from generator.config import FORMATTERS, ref_policy_from_args, resolve_config
from generator.diagnostics import EXIT_DRIFT, EXIT_OK, Diagnostic, GeneratorError, display_path
from generator.diff import REPORT_FORMATS

if TYPE_CHECKING:
    from generator.diff.release import VersionPolicy

LENIENT_HELP = (
    "generate even if the spec has validation errors: each is printed as a warning, and "
    "whatever cannot be generated is skipped and named"
)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m generator",
        description="Generate a typed Python client (httpx + pydantic v2) from an OpenAPI spec.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)

    generate = commands.add_parser(
        "generate",
        help="generate a client package",
        description="Without SPEC, uses [tool.generator] of ./pyproject.toml.",
    )
    generate.add_argument(
        "spec", nargs="?", help="OpenAPI 3.0/3.1 or Swagger 2.0 file (YAML or JSON)"
    )
    generate.add_argument("-o", "--output", help="folder to write the package into")
    generate.add_argument("--package-name", help="import name, e.g. petstore_client")
    generate.add_argument("--project-name", help="distribution name, e.g. petstore-client")
    generate.add_argument("--package-version", help="version of the generated package")
    generate.add_argument(
        "--templates",
        action="append",
        metavar="DIR",
        help="folder of templates in front of the built-in ones (repeatable; first wins)",
    )
    generate.add_argument(
        "--template-plugin",
        action="append",
        dest="template_plugins",
        metavar="MODULE:FUNCTION",
        help="function that receives the Jinja environment to add filters (repeatable)",
    )
    generate.add_argument("--lenient", action="store_true", help=LENIENT_HELP)
    generate.add_argument(
        "--formatter",
        choices=FORMATTERS,
        help="what lays the generated Python out: ruff (default), black, or none (the "
        "templates' text as it is, to debug them)",
    )
    _add_ref_options(generate)
    generate.add_argument(
        "--check",
        action="store_true",
        help="write nothing; print a diff and exit 1 if the output is stale",
    )
    generate.add_argument(
        "--no-bump",
        action="store_true",
        help="keep the package version when the API changed (the changelog still suggests one)",
    )
    generate.add_argument(
        "--force",
        action="store_true",
        help="overwrite generated files that were edited by hand",
    )

    diff = commands.add_parser(
        "diff",
        help="compare two specs as a client user sees them",
        description=(
            "List what changed between two specs for a user of the generated client, "
            "each change classified as breaking or non-breaking, with its location in both files."
        ),
    )
    diff.add_argument(
        "old",
        help="the spec the current client was generated from, or the generated folder "
        "(its manifest records the API)",
    )
    diff.add_argument("new", help="the new spec (or a generated folder)")
    diff.add_argument("--format", choices=REPORT_FORMATS, default="text", help="report format")
    diff.add_argument(
        "--fail-on",
        choices=("breaking", "any", "never"),
        default="never",
        help="exit 1 when a breaking change (or any change) is found; for CI",
    )
    diff.add_argument(
        "--tag",
        action="append",
        default=[],
        metavar="TAG",
        help="compare only the operations with this tag (repeatable)",
    )
    diff.add_argument(
        "--operation",
        action="append",
        default=[],
        metavar="OPERATION_ID",
        help="compare only this operation (repeatable)",
    )
    diff.add_argument(
        "--strict",
        action="store_true",
        help="stop on spec validation errors (by default they are warnings: diff only reads)",
    )

    validate = commands.add_parser("validate", help="only validate a spec")
    validate.add_argument("spec", help="OpenAPI 3.0/3.1 or Swagger 2.0 file (YAML or JSON)")
    validate.add_argument(
        "--lenient",
        action="store_true",
        help="report validation errors as warnings and exit 0",
    )
    _add_ref_options(validate)

    templates = commands.add_parser(
        "templates",
        help="list or eject the built-in templates (see docs/templates.md)",
        description="Customise the generated code: see docs/templates.md.",
    )
    actions = templates.add_subparsers(dest="templates_command", required=True)
    listing = actions.add_parser(
        "list", help="every built-in template with its output path and its blocks"
    )
    listing.add_argument(
        "--templates",
        action="append",
        metavar="DIR",
        help="also show what these folders replace and add",
    )
    eject = actions.add_parser(
        "eject",
        help="copy a built-in template into DIR to start a customisation",
        description=(
            "Without --block, copies the whole file (it will no longer follow upgrades of the "
            "built-in one). With --block, writes a template that extends the built-in one and "
            "overrides only those blocks."
        ),
    )
    eject.add_argument("name", help="template name as `templates list` shows it")
    eject.add_argument("dir", help="your templates folder")
    eject.add_argument(
        "--block", action="append", default=[], help="override only this block (repeatable)"
    )
    eject.add_argument("--force", action="store_true", help="overwrite an existing file")
    context = actions.add_parser(
        "context", help="print the reference of what templates receive (markdown)"
    )
    context.set_defaults(templates_command="context")
    return parser


def _add_ref_options(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--ref-map",
        action="append",
        metavar="URL_PREFIX=DIR",
        help="read remote $refs starting with URL_PREFIX from the local folder DIR (repeatable)",
    )
    command.add_argument(
        "--allow-remote-refs",
        action="store_true",
        help="fetch http(s) $refs that no --ref-map covers (off by default: a spec never "
        "makes the generator use the network on its own)",
    )


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "validate":
            from generator.pipeline import load_validated

            document, warnings = load_validated(
                Path(args.spec), lenient=args.lenient, ref_policy=ref_policy_from_args(vars(args))
            )
            _print_warnings(warnings)
            kind = document.converted_from or f"OpenAPI {document.data.get('openapi')}"
            verdict = "usable" if warnings else "valid"
            print(f"{document.display_name}: {verdict} {kind}")
            return EXIT_OK
        if args.command == "diff":
            return _diff(args)
        if args.command == "templates":
            return _templates(args)
        return _generate(args)
    except GeneratorError as error:
        for diagnostic in error.diagnostics:
            print(f"error: {diagnostic}", file=sys.stderr)
        return error.exit_code


def _diff(args: argparse.Namespace) -> int:
    # Imported here: it loads the validator, which a generate run answered by the fast
    # path (generator/fastpath.py) must not wait for.
    from generator.diff.report import locate, render
    from generator.diff.run import diff_specs

    result = diff_specs(
        Path(args.old), Path(args.new), args.tag, args.operation, strict=args.strict
    )
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    located = locate(result.changes, result.old.document, result.new.document)
    sys.stdout.write(render(located, result.bump, result.old.name, result.new.name, args.format))
    failing = (args.fail_on == "breaking" and any(c.breaking for c in result.changes)) or (
        args.fail_on == "any" and bool(result.changes)
    )
    return EXIT_DRIFT if failing else EXIT_OK


def _templates(args: argparse.Namespace) -> int:
    # Imported here: the catalog and docs are not needed to generate.
    from generator import template_catalog, template_context

    if args.templates_command == "list":
        folders = tuple(Path(f).resolve() for f in args.templates or [])
        for folder in folders:
            if not folder.is_dir():
                message = f"--templates: templates folder {display_path(folder)} not found"
                raise GeneratorError([Diagnostic("command line", message)])
        sys.stdout.write(template_catalog.format_catalog(folders))
    elif args.templates_command == "eject":
        target = template_catalog.eject(args.name, Path(args.dir), tuple(args.block), args.force)
        what = f"blocks {', '.join(args.block)} of" if args.block else "a copy of"
        name = args.name.removeprefix("builtin/")
        print(f"{display_path(target.resolve())}: {what} builtin/{name}")
    else:
        sys.stdout.write(template_context.context_reference())
    return EXIT_OK


def _generate(args: argparse.Namespace) -> int:
    config = resolve_config(vars(args), Path.cwd())
    policy: VersionPolicy = "exact" if args.package_version else "keep" if args.no_bump else "bump"
    shown = display_path(config.output.resolve())
    # Fetched $refs are not files the fast path can digest: with them, always run in full.
    allow_remote = config.ref_policy.allow_remote
    options = None if allow_remote else fastpath.options_of(config, policy)
    last = fastpath.unchanged_since_last_run(config.output, options, config.templates)
    if last is not None:
        # Same inputs as the last run and its files untouched: the full run would find
        # every file unchanged, so say what it would say without running it.
        for line in last.warnings:
            print(line, file=sys.stderr)
        if args.check:
            print(f"{shown} is up to date ({last.files} files)")
        else:
            for line in last.notes:
                print(line)
            print(f"{shown}: 0 written, {last.files} unchanged, 0 removed")
        return EXIT_OK
    # Imported only now: a run answered above never loads Jinja, a formatter or the validator.
    from generator.pipeline import generate_files
    from generator.write import MANIFEST_NAME, diff_output, write_output

    generated = generate_files(config, policy)
    _print_warnings(generated.warnings)
    owned = [str(f.path) for f in generated.files] + [MANIFEST_NAME]
    warned = [f"warning: {w}" for w in generated.warnings]
    if config.templates:
        from generator.template_catalog import unused_user_templates

        for note in unused_user_templates(tuple(f.resolve() for f in config.templates)):
            print(f"warning: {note}", file=sys.stderr)
            warned.append(f"warning: {note}")

    def remember_run() -> None:
        # What a full run would print next time, when nothing has changed.
        notes = [generated.rerun_note] if generated.release is not None else []
        fastpath.remember(
            config.output, options, config.templates, generated.inputs, owned, warned, notes
        )

    if args.check:
        diff = diff_output(config.output, generated.files)
        if diff:
            sys.stdout.write(diff)
            print(
                f"{shown} is out of date; run `python -m generator generate` to update it",
                file=sys.stderr,
            )
            return EXIT_DRIFT
        print(f"{shown} is up to date ({len(generated.files)} files)")
        remember_run()
        return EXIT_OK
    report = write_output(config.output, generated.files, generated.manifest, force=args.force)
    if generated.release is not None:
        print(generated.release.note)
        for change in generated.release.changes:
            if change.breaking:
                print(f"  breaking: {change.subject}: {change.message}")
    remember_run()
    print(
        f"{shown}: {len(report.written)} written, {report.unchanged} unchanged, "
        f"{len(report.removed)} removed"
    )
    return EXIT_OK


def _print_warnings(warnings: Sequence[Diagnostic]) -> None:
    for diagnostic in warnings:
        print(f"warning: {diagnostic}", file=sys.stderr)
