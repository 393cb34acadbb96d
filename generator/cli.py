"""The command line: ``python -m generator generate|validate|templates``.

User mistakes (a broken spec, a missing file, a bad option) print diagnostics and exit 2;
only a bug in the generator itself shows a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from generator import __version__
from generator.config import ref_policy_from_args, resolve_config
from generator.diagnostics import EXIT_DRIFT, EXIT_OK, Diagnostic, GeneratorError
from generator.loader import display_path
from generator.pipeline import generate_files, load_validated
from generator.write import diff_output, write_output

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
    _add_ref_options(generate)
    generate.add_argument(
        "--check",
        action="store_true",
        help="write nothing; print a diff and exit 1 if the output is stale",
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
            document, warnings = load_validated(
                Path(args.spec), lenient=args.lenient, ref_policy=ref_policy_from_args(vars(args))
            )
            _print_warnings(warnings)
            kind = document.converted_from or f"OpenAPI {document.data.get('openapi')}"
            verdict = "usable" if warnings else "valid"
            print(f"{document.display_name}: {verdict} {kind}")
            return EXIT_OK
        if args.command == "templates":
            return _templates(args)
        return _generate(args)
    except GeneratorError as error:
        for diagnostic in error.diagnostics:
            print(f"error: {diagnostic}", file=sys.stderr)
        return error.exit_code


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
    generated = generate_files(config)
    _print_warnings(generated.warnings)
    shown = display_path(config.output.resolve())
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
        return EXIT_OK
    report = write_output(config.output, generated.files, generated.manifest)
    print(
        f"{shown}: {len(report.written)} written, {report.unchanged} unchanged, "
        f"{len(report.removed)} removed"
    )
    return EXIT_OK


def _print_warnings(warnings: Sequence[Diagnostic]) -> None:
    for diagnostic in warnings:
        print(f"warning: {diagnostic}", file=sys.stderr)
