"""The command line: ``openapi-pyclient generate|diff|validate|verify|templates`` (or
``python -m generator ...``).

User mistakes (a broken spec, a missing file, a bad option) print diagnostics and exit 2;
Ctrl-C prints one line and exits 130 with nothing half-written; only a bug in the
generator itself shows a traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from generator import __version__, pipeline
from generator.changes import REPORT_FORMATS
from generator.config import overlay_paths, ref_policy_from_args, resolve_config
from generator.progress import erase, listen, stage
from generator.shared.diagnostics import (
    EXIT_DRIFT,
    EXIT_OK,
    EXIT_USER_ERROR,
    Diagnostic,
    GeneratorError,
    display_path,
)
from generator.shared.options import FORMATTERS

if TYPE_CHECKING:
    from generator.changes.release import VersionPolicy

LENIENT_HELP = (
    "generate even if the spec has validation errors: each is printed as a warning, and "
    "whatever cannot be generated is skipped and named"
)
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report a command ended by Ctrl-C
# Libraries the generator imports whose absence is an installation problem, not a bug.
DEPENDENCIES = {
    "black",
    "jinja2",
    "yaml",
    "openapi_spec_validator",
    "jsonschema",
    "jsonschema_specifications",
    "referencing",
    "packaging",
    "ruff",
    "jsonpath_rfc9535",
    "regex",
    "iregexp_check",
}


class _HelpFormatter(argparse.HelpFormatter):
    """argparse's help layout, as wide as argparse makes it, without importing shutil to
    measure the terminal: argparse makes a formatter for every option it adds, so every
    run paid for that import, a help screen or not."""

    def __init__(
        self,
        prog: str,
        indent_increment: int = 2,
        max_help_position: int = 24,
        width: int | None = None,
    ) -> None:
        if width is None:
            width = _terminal_columns() - 2
        super().__init__(prog, indent_increment, max_help_position, width)


def _terminal_columns() -> int:
    """``shutil.get_terminal_size().columns``: $COLUMNS if a positive number, else the
    width of the terminal on standard output, else 80."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns > 0:
        return columns
    try:
        return os.get_terminal_size(sys.__stdout__.fileno()).columns or 80  # type: ignore[union-attr]
    except (AttributeError, ValueError, OSError):
        return 80


class _Parser(argparse.ArgumentParser):
    """argparse, strict: no abbreviated options, and "did you mean" for a misspelt one."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        kwargs.setdefault("allow_abbrev", False)
        kwargs.setdefault("formatter_class", _HelpFormatter)
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]

    def error(self, message: str) -> NoReturn:
        prefix = "unrecognized arguments: "
        if message.startswith(prefix):
            import difflib  # only for a mistyped option: not on every run's path

            known = sorted(_option_strings(self))
            words = []
            for word in message.removeprefix(prefix).split():
                option = word.split("=", 1)[0]
                close = difflib.get_close_matches(option.replace("_", "-"), known, n=1)
                hint = f" (did you mean {close[0]}?)" if option.startswith("-") and close else ""
                words.append(word + hint)
            message = prefix + " ".join(words)
        super().error(message)


def _option_strings(parser: argparse.ArgumentParser) -> set[str]:
    """Every option of ``parser`` and of its subcommands."""
    options: set[str] = set()
    for action in parser._actions:
        options.update(o for o in action.option_strings if o.startswith("--"))
        if isinstance(action, argparse._SubParsersAction):
            for child in action.choices.values():
                options |= _option_strings(child)
    return options


def _output_options() -> _Parser:
    """-q and -v, accepted by every command."""
    common = _Parser(add_help=False)
    loudness = common.add_mutually_exclusive_group()
    loudness.add_argument(
        "-q", "--quiet", action="store_true", help="print only errors (and results asked for)"
    )
    loudness.add_argument(
        "-v", "--verbose", action="store_true", help="also print how long each stage took"
    )
    return common


def _parser(prog: str) -> argparse.ArgumentParser:
    parser = _Parser(
        prog=prog,
        description="Generate a typed Python client (httpx + pydantic v2) from an OpenAPI spec.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    common: list[_Parser] = [_output_options()]

    generate = commands.add_parser(
        "generate",
        help="generate a client package",
        description="Without SPEC, uses [tool.generator] of ./pyproject.toml.",
        parents=common,
    )
    generate.add_argument(
        "spec", nargs="?", help="OpenAPI 3.0/3.1 or Swagger 2.0 file (YAML or JSON)"
    )
    generate.add_argument("-o", "--output", help="folder to write the package into")
    generate.add_argument("--package-name", help="import name, e.g. petstore_client")
    generate.add_argument("--project-name", help="distribution name, e.g. petstore-client")
    generate.add_argument(
        "--package-version", help="version of the generated package (PEP 440), e.g. 1.2.0"
    )
    generate.add_argument(
        "--license", help="SPDX license expression of the generated package, e.g. MIT"
    )
    generate.add_argument(
        "--author",
        action="append",
        dest="authors",
        metavar='"NAME <EMAIL>"',
        help="an author of the generated package (repeatable)",
    )
    generate.add_argument(
        "--url",
        action="append",
        dest="urls",
        metavar="LABEL=URL",
        help="a project URL of the generated package, e.g. Homepage=https://... (repeatable)",
    )
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
    generate.add_argument(
        "--tag",
        action="append",
        dest="tags",
        metavar="TAG",
        help="generate only the operations with this tag and the schemas they use (repeatable; "
        "with --operation and --path: the operations any of them chooses)",
    )
    generate.add_argument(
        "--operation",
        action="append",
        dest="operations",
        metavar="OPERATION_ID",
        help="generate only this operation (repeatable)",
    )
    generate.add_argument(
        "--path",
        action="append",
        dest="paths",
        metavar="GLOB",
        help="generate only the operations of the paths this glob matches, e.g. '/oauth2/*' "
        "('*' also matches '/'; repeatable)",
    )
    _add_overlay_option(generate)
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
        parents=common,
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
    _add_overlay_option(diff, " (to each side that is a spec file)")
    diff.add_argument(
        "--strict",
        action="store_true",
        help="stop on spec validation errors (by default they are warnings: diff only reads)",
    )

    verify = commands.add_parser(
        "verify",
        help="call every operation of the generated client against a Prism mock server",
        description=(
            "Generate the client (into a temporary folder, or into -o OUT, which an "
            "up-to-date earlier run reuses), start Stoplight Prism on the spec on 127.0.0.1 "
            "(installed on first use into the user's cache folder; needs Node.js), call "
            "every operation with values from the spec's examples and values built from its "
            "schemas, and report per operation whether Prism accepted the request and the "
            "answer decoded into the declared type; each failure is classified as the "
            "spec's fault, the generator's or verify's own. Without SPEC, uses "
            "[tool.generator] of ./pyproject.toml. Exit 0 when every operation passes, 1 "
            "when one fails, 2 for bad input."
        ),
        parents=common,
    )
    verify.add_argument(
        "spec", nargs="?", help="OpenAPI 3.0/3.1 or Swagger 2.0 file (YAML or JSON)"
    )
    verify.add_argument("-o", "--output", help="folder to generate the package into")
    verify.add_argument("--package-name", help="import name, e.g. petstore_client")
    verify.add_argument(
        "--operation",
        action="append",
        dest="verify_operations",
        metavar="ID",
        help="call only the operation with this operationId (repeatable)",
    )
    verify.add_argument("--format", choices=("text", "json"), default="text", help="report format")
    verify.add_argument(
        "--templates",
        action="append",
        metavar="DIR",
        help="folder of templates in front of the built-in ones (repeatable; first wins)",
    )
    _add_overlay_option(verify)
    verify.add_argument("--lenient", action="store_true", help=LENIENT_HELP)
    _add_ref_options(verify)

    validate = commands.add_parser("validate", help="only validate a spec", parents=common)
    validate.add_argument("spec", help="OpenAPI 3.0/3.1 or Swagger 2.0 file (YAML or JSON)")
    validate.add_argument(
        "--lenient",
        action="store_true",
        help="report validation errors as warnings and exit 0",
    )
    _add_overlay_option(validate)
    _add_ref_options(validate)

    templates = commands.add_parser(
        "templates",
        help="list or eject the built-in templates (see docs/templates.md)",
        description="Customise the generated code: see docs/templates.md.",
    )
    actions = templates.add_subparsers(
        dest="templates_command", required=True, parser_class=_Parser
    )
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


def _add_overlay_option(command: argparse.ArgumentParser, where: str = "") -> None:
    command.add_argument(
        "--overlay",
        action="append",
        dest="overlays",
        metavar="FILE",
        help="an OpenAPI Overlay (1.0 or 1.1) that patches the spec before it is validated"
        f"{where}; repeatable, applied in the order given",
    )


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


def main(argv: Sequence[str] | None = None, prog: str | None = None) -> int:
    """Run one command; ``prog`` is how the user called the program (its name in help
    and in hints): the console script's name by default."""
    prog = prog or Path(sys.argv[0]).name or "openapi-pyclient"
    arguments = list(sys.argv[1:] if argv is None else argv)
    args = _parser(prog).parse_args(arguments)
    args.prog, args.arguments = prog, arguments
    quiet, verbose = getattr(args, "quiet", False), getattr(args, "verbose", False)
    try:
        with listen(sys.stderr, timings=verbose, quiet=quiet, label=args.command):
            return _run(args)
    except GeneratorError as error:
        for diagnostic in error.diagnostics:
            print(f"error: {diagnostic}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        # Every write is atomic (generator/output/write.py): the output is as it was before.
        print("interrupted: nothing was written", file=sys.stderr)
        return EXIT_INTERRUPTED
    except ModuleNotFoundError as error:
        if (error.name or "").split(".")[0] not in DEPENDENCIES:
            raise
        print(
            f"error: the Python package {error.name!r} is not installed in {sys.executable}; "
            "install the generator with its dependencies (pip install openapi-pyclient-generator)",
            file=sys.stderr,
        )
        return EXIT_USER_ERROR


def entry(prog: str | None = None) -> NoReturn:
    """The program (console script and ``python -m generator``): ``main``, then exit with
    its code. After a Ctrl-C everything is already cleaned up and reported, and the
    interpreter's own shutdown could still die of the signal it saw (exit -2 instead of
    130, seen on a loaded machine): that exit skips it."""
    code = main(prog=prog)
    if code == EXIT_INTERRUPTED:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    sys.exit(code)


def _run(args: argparse.Namespace) -> int:
    if args.command == "validate":
        document, warnings = pipeline.validate(
            Path(args.spec),
            lenient=args.lenient,
            ref_policy=ref_policy_from_args(vars(args)),
            overlays=overlay_paths(vars(args), Path.cwd()),
        )
        _print_warnings(warnings, args.quiet)
        kind = document.converted_from or f"OpenAPI {document.data.get('openapi')}"
        verdict = "usable" if warnings else "valid"
        _say(args, f"{document.display_name}: {verdict} {kind}")
        return EXIT_OK
    if args.command == "diff":
        return _diff(args)
    if args.command == "templates":
        return _templates(args)
    if args.command == "verify":
        return _verify(args)
    return _generate(args)


def _say(args: argparse.Namespace, line: str) -> None:
    """A line of information on stdout, which -q leaves out."""
    if not getattr(args, "quiet", False):
        erase()
        print(line)


def _diff(args: argparse.Namespace) -> int:
    # Imported here: it loads the validator, which a generate run answered by the fast
    # path (generator/output/fastpath.py) must not wait for.
    from generator.changes.report import locate, report_text
    from generator.changes.run import diff_specs

    with stage("load and compare"):
        result = diff_specs(
            Path(args.old),
            Path(args.new),
            args.tag,
            args.operation,
            strict=args.strict,
            overlays=overlay_paths(vars(args), Path.cwd()),
        )
    _print_warnings(result.warnings, args.quiet)
    located = locate(result.changes, result.old.document, result.new.document)
    erase()
    sys.stdout.write(
        report_text(located, result.bump, result.old.name, result.new.name, args.format)
    )
    failing = (args.fail_on == "breaking" and any(c.breaking for c in result.changes)) or (
        args.fail_on == "any" and bool(result.changes)
    )
    return EXIT_DRIFT if failing else EXIT_OK


def _templates(args: argparse.Namespace) -> int:
    # Imported here: the catalog and docs are not needed to generate.
    from generator.render import catalog as template_catalog
    from generator.render import reference as template_context

    if args.templates_command == "list":
        folders = tuple(Path(f).resolve() for f in args.templates or [])
        for folder in folders:
            if folder.is_file():
                message = (
                    f"--templates: {display_path(folder)} is a file; give the folder that "
                    "holds your templates"
                )
                raise GeneratorError([Diagnostic("command line", message)])
            if not folder.is_dir():
                message = f"--templates: templates folder {display_path(folder)} not found"
                raise GeneratorError([Diagnostic("command line", message)])
        sys.stdout.write(template_catalog.format_catalog(folders))
    elif args.templates_command == "eject":
        target = template_catalog.eject(args.name, Path(args.dir), tuple(args.block), args.force)
        what = f"blocks {', '.join(args.block)} of" if args.block else "a copy of"
        info = template_catalog.find_template(args.name)
        runtime = info.entry is not None and info.entry.runtime is not None
        source = display_path(info.source_file) if runtime else f"builtin/{info.name}"
        print(f"{display_path(target.resolve())}: {what} {source}")
    else:
        sys.stdout.write(template_context.context_reference())
    return EXIT_OK


def _generate(args: argparse.Namespace) -> int:
    config = resolve_config(vars(args), Path.cwd())
    policy: VersionPolicy = "exact" if args.package_version else "keep" if args.no_bump else "bump"

    def warn(lines: Sequence[str]) -> None:
        _print_lines(lines, args.quiet)

    report = pipeline.run(config, policy, check=args.check, force=args.force, warn=warn)
    shown = display_path(report.output)
    if report.checked and report.diff:
        import shlex

        erase()
        sys.stdout.write(report.diff)
        again = shlex.join([*args.prog.split(), *_without_check(args.arguments)])
        print(f"{shown} is out of date; run `{again}` to update it", file=sys.stderr)
        return EXIT_DRIFT
    if report.checked:
        _say(args, f"{shown} is up to date ({report.files} files)")
        return EXIT_OK
    for line in report.notes:
        _say(args, line)
    _say(
        args,
        f"{shown}: {len(report.written)} written, {report.unchanged} unchanged, "
        f"{len(report.removed)} removed",
    )
    return EXIT_OK


def _verify(args: argparse.Namespace) -> int:
    import importlib.util

    missing = [name for name in ("httpx", "pydantic") if importlib.util.find_spec(name) is None]
    if missing:
        message = (
            f"verify runs the generated client, which needs {' and '.join(missing)}: install "
            f"them in {sys.executable} (pip install 'openapi-pyclient-generator[verify]')"
        )
        raise GeneratorError([Diagnostic("command line", message)])
    from generator.verify.run import default_output, verify

    def warn(lines: Sequence[str]) -> None:
        _print_lines(lines, args.quiet)

    options = vars(args)
    scratch = None
    if not options.get("output"):
        given = options.get("spec") is not None
        settings_output = None if given else _project_output()
        if settings_output is None:
            scratch = default_output()
            options = {**options, "output": scratch.name}
    try:
        config = resolve_config(options, Path.cwd())
        report = verify(config, tuple(args.verify_operations or ()), warn=warn)
    finally:
        if scratch is not None:
            scratch.cleanup()
    erase()
    sys.stdout.write(report.as_json() if args.format == "json" else report.text())
    return EXIT_OK if report.ok else EXIT_DRIFT


def _project_output() -> str | None:
    """``output`` of ``[tool.generator]`` in ./pyproject.toml, if any."""
    from generator.config import read_project_settings

    settings, _ = read_project_settings(Path.cwd())
    output = settings.get("output")
    return str(output) if output else None


def _without_check(arguments: Sequence[str]) -> list[str]:
    """The user's own arguments, for the command that brings the output up to date."""
    return [a for a in arguments if a != "--check"]


def _print_warnings(warnings: Sequence[object], quiet: bool = False) -> None:
    _print_lines([f"warning: {warning}" for warning in warnings], quiet)


def _print_lines(lines: Sequence[str], quiet: bool = False) -> None:
    """Lines for stderr (warnings), which -q leaves out."""
    if quiet:
        return
    erase()
    for line in lines:
        print(line, file=sys.stderr)
