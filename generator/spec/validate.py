"""Stage 2: check the spec against the OpenAPI schema with openapi-spec-validator.

Every problem found becomes a ``Diagnostic`` with the file, line and column of the offending
value, so the user sees all of them at once instead of fixing one per run.

Two parts: ``check_structure`` (the generator's own checks, quick, and the ones that keep
later stages from recursing without end) and ``schema_problems`` (openapi-spec-validator,
most of the time). The pipeline may run the second in a worker process while it builds
the model (``schema_problems_of_file``); nothing is written before both have passed. The
validator is imported only when the second part runs.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urlsplit

from generator.shared.diagnostics import (
    Diagnostic,
    GeneratorError,
    parts_from_pointer,
    pointer_from_parts,
)
from generator.shared.options import RefPolicy, Selection
from generator.spec import validator_settings, verdicts
from generator.spec.limits import MAX_REF_CHAIN
from generator.spec.loader import (
    Document,
    SpecSource,
    is_example_data,
    load_document,
)
from generator.spec.locations import located_keyword_validators, through_refs
from generator.spec.select import cut, within

if TYPE_CHECKING:
    from jsonschema.exceptions import ValidationError
    from openapi_spec_validator.validation.validators import SpecValidator

SUPPORTED_VERSIONS = "3.0.x and 3.1.x"


def openapi_version(document: Document) -> str:
    """``"2.0"`` (Swagger), ``"3.0"`` or ``"3.1"``; anything else is a diagnostic."""
    data = document.data
    if "swagger" in data:
        if str(data["swagger"]) == "2.0":
            return "2.0"
        raise GeneratorError(
            [
                document.diagnostic(
                    f"Swagger {data['swagger']} is not supported; this generator reads "
                    f"Swagger 2.0 and OpenAPI {SUPPORTED_VERSIONS}",
                    "/swagger",
                )
            ]
        )
    version = data.get("openapi")
    if version is None:
        raise GeneratorError(
            [document.diagnostic("not an OpenAPI document: the 'openapi' field is missing", "")]
        )
    match = re.fullmatch(r"3\.([01])\.\d+", str(version))
    if not match:
        raise GeneratorError(
            [
                document.diagnostic(
                    f"unsupported OpenAPI version {version!r}; supported: {SUPPORTED_VERSIONS}",
                    "/openapi",
                )
            ]
        )
    return f"3.{match.group(1)}"


def validate_document(document: Document, *, lenient: bool = False) -> list[Diagnostic]:
    """Raise a ``GeneratorError`` listing every validation error of ``document``.

    With ``lenient``, the same errors are returned instead, as warnings: the spec is used
    anyway and later stages skip (and name) whatever they cannot generate. A file that is
    not OpenAPI at all, or of an unsupported version, is an error either way.
    """
    problems = check_structure(document, lenient=lenient)
    diagnostics = problems + not_reported(schema_problems(document, lenient=lenient), problems)
    if diagnostics and not lenient:
        raise GeneratorError(diagnostics)
    return diagnostics


# The validator's words for a fault check_structure reports first (with --lenient the
# validator runs after it): a $ref it cannot follow, an operationId used twice.
_CONSEQUENCES = ("cannot validate: ", "Operation ID ")


def not_reported(found: list[Diagnostic], reported: list[Diagnostic]) -> list[Diagnostic]:
    """``found`` without what the validator says about a node ``reported`` names already:
    one fault, one line."""
    at = {diagnostic.pointer for diagnostic in reported}
    return [d for d in found if not (d.pointer in at and d.message.startswith(_CONSEQUENCES))]


def check_structure(document: Document, *, lenient: bool = False) -> list[Diagnostic]:
    """The checks the generator makes itself, before the validator: the OpenAPI version,
    path templates, $ref chains and cycles, dangling $refs, duplicate operationIds.

    Raises on any problem; with ``lenient``, dangling $refs and duplicate operationIds are
    returned instead (the later stages skip what they touch).
    """
    openapi_version(document)
    # Checked here, before the validator, so that each problem is reported at its own line:
    # the validator reports these at the top of the file, or fails on them.
    source = SpecSource(document)
    # A $ref cycle or an allOf that includes itself cannot be generated at all, and would
    # send the validator into unbounded recursion: an error even when lenient.
    structure = (
        _path_template_problems(document)
        + _ref_chain_problems(document, source)
        + _all_of_cycles(document, source)
    )
    if structure:
        raise GeneratorError(structure)
    problems = _reference_problems(document, source) + _duplicate_operation_ids(document)
    if problems and not lenient:
        raise GeneratorError(problems)
    return problems


def schema_problems(
    document: Document, *, lenient: bool = False, selection: Selection | None = None
) -> list[Diagnostic]:
    """What openapi-spec-validator finds wrong with ``document`` (which has passed
    ``check_structure``), each at its line; remembered (generator/spec/verdicts.py), so an
    unchanged spec is checked once. ``selection``: the one that cut ``document`` from its
    file (the verdict is of the cut document, not of the file's text)."""
    remembered = cached_schema_problems(document, lenient=lenient, selection=selection)
    if remembered is not None:
        return remembered
    source = SpecSource(document)
    asked: set[Path] = set()
    problems = _schema_problems(document, openapi_version(document), source, asked=asked)
    options = verdicts.options_text(document, **_options(lenient, selection))
    verdicts.store(document, options, source, problems, asked)
    return problems


def cached_schema_problems(
    document: Document, *, lenient: bool = False, selection: Selection | None = None
) -> list[Diagnostic] | None:
    """``schema_problems`` as remembered from an earlier run, or None; never imports the
    validator."""
    return verdicts.lookup(
        document, verdicts.options_text(document, **_options(lenient, selection))
    )


def _options(lenient: bool, selection: Selection | None) -> dict[str, Any]:
    # Without a selection, the key is what it always was: earlier verdicts stay valid.
    chosen = selection is not None and selection.chosen
    return {"lenient": lenient, **({"selection": selection} if chosen else {})}


def selected_schema_problems(
    whole: Document, selected: Document, selection: Selection, *, lenient: bool = False
) -> list[Diagnostic]:
    """The validator's findings in the operations ``selection`` cut from ``whole``
    (``selected``), then those of ``whole`` that are about nothing the selection kept. The
    cut document is validated on its own: a fault elsewhere that stops the validator (a
    cycle it recurses into) must not hide, or stand for, a fault inside."""
    inside = schema_problems(selected, lenient=lenient, selection=selection)
    everywhere = schema_problems(whole, lenient=lenient)
    return inside + _elsewhere(everywhere, selected, whole)


def cached_selected_problems(
    whole: Document, selected: Document, selection: Selection, *, lenient: bool = False
) -> list[Diagnostic] | None:
    """``selected_schema_problems`` as remembered, or None."""
    inside = cached_schema_problems(selected, lenient=lenient, selection=selection)
    everywhere = cached_schema_problems(whole, lenient=lenient)
    if inside is None or everywhere is None:
        return None
    return inside + _elsewhere(everywhere, selected, whole)


def structure_problems_outside(whole: Document, selected: Document) -> list[Diagnostic]:
    """``check_structure``'s findings in ``whole`` about nothing ``selected`` kept (inside
    it, the selected document's own check speaks); even those that stop a lenient run."""
    try:
        found = check_structure(whole, lenient=True)
    except GeneratorError as error:
        found = list(error.diagnostics)
    return _elsewhere(found, selected, whole)


def _elsewhere(found: list[Diagnostic], selected: Document, whole: Document) -> list[Diagnostic]:
    return [d for d in found if not within(selected.data, d, whole.display_name)]


def schema_problems_of_file(
    spec: Path,
    ref_policy: RefPolicy,
    lenient: bool = False,
    overlays: Sequence[Path] = (),
    selection: Selection | None = None,
) -> list[Diagnostic]:
    """``schema_problems`` of the spec at ``spec`` patched by ``overlays`` (with a
    ``selection``: ``selected_schema_problems``), read afresh: for a worker process, which
    gets paths rather than the parsed spec (cheaper to send; loading and patching are
    deterministic)."""
    from generator.spec.overlay import apply_overlays

    try:
        document = apply_overlays(load_document(spec, ref_policy), overlays)
        if selection is not None and selection.chosen:
            selected = cut(document, selection)
            return selected_schema_problems(document, selected, selection, lenient=lenient)
        return schema_problems(document, lenient=lenient)
    except GeneratorError as error:  # the main process loaded it: only if it changed since
        return list(error.diagnostics)


def _schema_problems(
    document: Document,
    version: str,
    source: SpecSource,
    *,
    fast: bool = True,
    asked: set[Path] | None = None,
) -> list[Diagnostic]:
    """openapi-spec-validator's findings; ``fast``: with the meta-schema pass screened by
    jsonschema-rs (generator/spec/metaschema.py) and the keyword walk patched
    (generator/spec/walker.py), which change the time it takes and nothing else."""
    library_cls = _validator_class(version)
    meta_validator = _meta_validator(version)
    keyword_validators = located_keyword_validators(library_cls.keyword_validators)
    if fast:
        from generator.spec.metaschema import ScreenedMetaValidator
        from generator.spec.walker import fast_keyword_validators

        meta_validator = ScreenedMetaValidator(version, meta_validator.schema, meta_validator)
        keyword_validators = fast_keyword_validators(keyword_validators)
    validator_cls = type(
        "SourceValidator",
        (library_cls,),
        {
            "resolver_handlers": _handlers(source, set() if asked is None else asked),
            "schema_validator": meta_validator,
            "keyword_validators": keyword_validators,
        },
    )
    data = _with_pointer_fragments(document.data, document, source)
    validator = validator_cls(data, base_uri=document.path.as_uri())
    diagnostics: list[Diagnostic] = []
    try:
        for error in validator.iter_errors():
            diagnostics.append(_to_diagnostic(document, error))
    except RecursionError:
        diagnostics.append(document.diagnostic("schemas nest too deeply to validate", ""))
    except Exception as error:  # the validator fails on some broken input instead of reporting
        # After a real diagnostic, the crash is a consequence of it: say nothing more.
        if not diagnostics:
            at = _unresolved_ref_at(document, error) or _crash_at(document, error)
            diagnostics.append(document.diagnostic(f"cannot validate: {_short(error)}", at))
    return _unique(diagnostics)


def _crash_at(document: Document, error: BaseException) -> str:
    """The pointer of the node the keyword walk was in when it failed (spec/locations.py)."""
    parts = getattr(error, "generator_at", None)
    through = through_refs(document.data, parts) if isinstance(parts, list) else None
    return pointer_from_parts(through) if through is not None else ""


def _unresolved_ref_at(document: Document, error: BaseException) -> str | None:
    """The pointer of the ``$ref`` the validator could not follow, when that is why it
    stopped (referencing's errors name the reference, or the pointer it was after)."""
    ref = getattr(error, "ref", None)
    if not isinstance(ref, str):
        return None
    for at, written in sorted(_refs(document.data, [])):
        if ref in (written, written.partition("#")[2]):
            return at
    return None


def _validator_class(version: str) -> type[SpecValidator]:
    validator_settings.install()  # before the library is imported: it spares pydantic
    from openapi_spec_validator import (
        OpenAPIV2SpecValidator,
        OpenAPIV30SpecValidator,
        OpenAPIV31SpecValidator,
    )

    return {
        "2.0": OpenAPIV2SpecValidator,
        "3.0": OpenAPIV30SpecValidator,
        "3.1": OpenAPIV31SpecValidator,
    }[version]


_meta_validators: dict[str, Any] = {}


def _meta_validator(version: str) -> Any:
    """The validator of the OpenAPI schema that openapi-spec-validator uses, built with its
    registry crawled once. Its own registry is left uncrawled, and jsonschema then crawls
    it again for every ``$ref`` it follows: 4x the time of the whole check on a small spec."""
    if version not in _meta_validators:
        validator_settings.install()
        from jsonschema.validators import validator_for
        from jsonschema_specifications import REGISTRY as SPECIFICATIONS
        from openapi_spec_validator.schemas import schema_v2, schema_v30, schema_v31
        from referencing import Resource
        from referencing.jsonschema import DRAFT4

        meta = dict({"2.0": schema_v2, "3.0": schema_v30, "3.1": schema_v31}[version])
        validator_cls = validator_for(meta)
        resource = Resource.from_contents(meta, default_specification=DRAFT4)
        registry = SPECIFICATIONS.with_resource(resource.id() or "", resource).crawl()
        _meta_validators[version] = validator_cls(meta, registry=registry)
    return _meta_validators[version]


def _to_diagnostic(document: Document, error: ValidationError) -> Diagnostic:
    parts = list(error.absolute_path)
    pointer = pointer_from_parts(parts)
    if not parts:
        # The validator's own OpenAPI checks carry no path, only a message naming the place.
        pointer = _pointer_from_message(document, error.message) or pointer
    elif not _leads_to(document.data, parts, error.instance):
        # The keyword walk's paths (generator/spec/locations.py) may run through $refs.
        through = through_refs(document.data, parts)
        if through is not None:
            pointer = pointer_from_parts(through)
        else:  # a path relative to some schema: find where it is
            pointer = _find_relative(document.data, parts, error.instance) or pointer
    return document.diagnostic(_short(error), pointer)


def _leads_to(data: Any, parts: list[Any], instance: Any) -> bool:
    value = data
    for part in parts:
        if isinstance(value, dict) and part in value:
            value = value[part]
        elif isinstance(value, list) and isinstance(part, int) and part < len(value):
            value = value[part]
        else:
            return False
    return bool(value == instance)


def _find_relative(data: Any, parts: list[Any], instance: Any) -> str | None:
    """The pointer of the first place where ``parts`` from some node leads to ``instance``."""
    stack: list[tuple[Any, list[str | int]]] = [(data, [])]
    while stack:
        node, where = stack.pop(0)
        if _leads_to(node, parts, instance):
            return pointer_from_parts([*where, *parts])
        if isinstance(node, dict):
            stack.extend((child, [*where, key]) for key, child in node.items())
        elif isinstance(node, list):
            stack.extend((child, [*where, index]) for index, child in enumerate(node))
    return None


_OPERATION_IN_MESSAGE = re.compile(r"for '(\w+)' (?:operation )?in '([^']+)'")
_DUPLICATE_PARAMETER = re.compile(r"Duplicate parameter `?'?([^'`]+)'?`?")


def _pointer_from_message(document: Document, message: str) -> str | None:
    paths = document.data.get("paths")
    if not isinstance(paths, dict):
        return None
    operation = _OPERATION_IN_MESSAGE.search(message)
    if operation and isinstance(paths.get(operation.group(2)), dict):
        method, path = operation.group(1), operation.group(2)
        # A path parameter that no operation declares is a fault of the path template.
        in_template = message.startswith("Path parameter")
        where = (
            ["paths", path, method]
            if method in paths[path] and not in_template
            else ["paths", path]
        )
        if message.startswith("Operation ID ") and len(where) == 3:
            where.append("operationId")  # the value that is not unique
        return pointer_from_parts(where)
    duplicate = _DUPLICATE_PARAMETER.search(message)
    if duplicate:
        for path, item in paths.items():
            for key, holder in [("", item), *(item.items() if isinstance(item, dict) else [])]:
                parameters = holder.get("parameters") if isinstance(holder, dict) else None
                seen: set[tuple[Any, Any]] = set()
                for index, parameter in enumerate(parameters or []):
                    if not isinstance(parameter, dict):
                        continue
                    name = (parameter.get("name"), parameter.get("in"))
                    if name in seen and name[0] == duplicate.group(1):
                        where = ["paths", path, *([key] if key else []), "parameters", index]
                        return pointer_from_parts(where)
                    seen.add(name)
    return None


def _short(error: BaseException) -> str:
    # A jsonschema ValidationError (not imported here unless the validator ran) has .message.
    message = getattr(error, "message", None)
    text = message if isinstance(message, str) else str(error)
    text = " ".join(text.split())
    # referencing's PointerToNowhere quotes the whole document after this phrase.
    text = text.split(" does not exist within ")[0] + (
        " does not exist" if " does not exist within " in text else ""
    )
    return text if len(text) <= 300 else text[:297] + "..."


def _unique(diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    seen: set[Diagnostic] = set()
    return [d for d in diagnostics if not (d in seen or seen.add(d))]  # type: ignore[func-returns-value]


def _handlers(source: SpecSource, asked: set[Path]) -> dict[str, Any]:
    """Resolver handlers for the validator that read through ``source``; ``asked`` gets
    every local file asked for, read or not (a missing file is part of the verdict too)."""

    def local(uri: str) -> Any:
        path = Path(unquote(urlsplit(uri).path))
        asked.add(path.resolve())
        document = source.document(path)
        return _with_pointer_fragments(document.data, document, source)

    def remote(uri: str) -> Any:
        document = source.url_document(urlsplit(uri)._replace(fragment="").geturl())
        return _with_pointer_fragments(document.data, document, source)

    return {"file": local, "http": remote, "https": remote}


def _with_pointer_fragments(data: Any, document: Document, source: SpecSource) -> Any:
    """``data`` with every ``$ref`` to a plain-name fragment (``common.json#squareup.X``)
    rewritten to the JSON pointer it names: the generator resolves such names itself, the
    validator's resolver does not. Unchanged (not copied) when there is none."""
    plain = [
        (at, ref)
        for at, ref in _refs(data, [])
        if "#" in ref and not ref.partition("#")[2].startswith("/") and ref.partition("#")[2]
    ]
    if not plain:
        return data
    data = copy.deepcopy(data)
    for at, ref in plain:
        try:
            _, pointer, _ = source.resolve_ref(ref, document, at)
        except GeneratorError:
            continue  # reported by _reference_problems
        holder: Any = data
        for token in parts_from_pointer(at)[:-1]:
            holder = holder[int(token)] if isinstance(holder, list) else holder[token]
        holder["$ref"] = ref.partition("#")[0] + "#" + pointer
    return data


def _reference_problems(document: Document, source: SpecSource) -> list[Diagnostic]:
    problems: list[Diagnostic] = []
    remote: dict[str, list[Diagnostic]] = {}  # one diagnostic per unfetched URL, not per $ref
    for pointer, ref in sorted(_refs(document.data, [])):
        try:
            source.resolve_ref(ref, document, pointer)
        except GeneratorError as error:
            for diagnostic in error.diagnostics:
                if diagnostic.message.startswith("remote $ref to "):
                    remote.setdefault(diagnostic.message, []).append(diagnostic)
                else:
                    problems.append(diagnostic)
    for message, found in remote.items():
        first = found[0]
        more = f" ({len(found) - 1} more $refs to it)" if len(found) > 1 else ""
        problems.append(
            Diagnostic(first.file, message + more, first.line, first.column, first.pointer)
        )
    return problems


def _duplicate_operation_ids(document: Document) -> list[Diagnostic]:
    seen: dict[str, str] = {}
    problems: list[Diagnostic] = []
    paths = document.data.get("paths")
    for path, item in paths.items() if isinstance(paths, dict) else []:
        for method, operation in item.items() if isinstance(item, dict) else []:
            if not isinstance(operation, dict) or "operationId" not in operation:
                continue
            operation_id = str(operation["operationId"])
            pointer = pointer_from_parts(["paths", path, method, "operationId"])
            if operation_id in seen:
                message = f"operationId {operation_id!r} is also used at {seen[operation_id]}"
                problems.append(document.diagnostic(message, pointer))
            else:
                seen[operation_id] = pointer
    return problems


def _refs(value: Any, path: list[str | int]) -> Iterator[tuple[str, str]]:
    stack: list[tuple[Any, list[str | int]]] = [(value, path)]
    while stack:
        node, where = stack.pop()
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str):
                yield pointer_from_parts([*where, "$ref"]), ref
            stack.extend(
                (child, [*where, key])
                for key, child in node.items()
                if not is_example_data(where, key, child)
            )
        elif isinstance(node, list):
            stack.extend((child, [*where, index]) for index, child in enumerate(node))


_Location = tuple[str, str]  # (document path, JSON pointer)


_PATH_TEMPLATE = re.compile(r"(?:[^{}]|\{[^{}/]+\})*")


def _path_template_problems(document: Document) -> list[Diagnostic]:
    """Path keys whose ``{parameter}`` braces do not pair up (the validator crashes on them)."""
    paths = document.data.get("paths")
    problems = []
    for path in paths if isinstance(paths, dict) else []:
        if isinstance(path, str) and not _PATH_TEMPLATE.fullmatch(path):
            message = f"path template {path!r} has an unclosed, nested or empty {{parameter}}"
            problems.append(document.diagnostic(message, pointer_from_parts(["paths", path])))
    return problems


def _ref_chain_problems(document: Document, source: SpecSource) -> list[Diagnostic]:
    """``$ref``s that point at ``$ref``s in a cycle, or in a chain longer than the limit."""
    ends: dict[_Location, bool] = {}  # location -> its chain reaches a value in bounds
    problems: list[Diagnostic] = []
    too_long_reported = False
    for at, ref in sorted(_refs(document.data, [])):
        chain: list[_Location] = []
        base, pointer, current_ref = document, at, ref
        verdict: bool | None = None
        while verdict is None:
            try:
                base, pointer, value = source.resolve_ref(current_ref, base, pointer)
            except GeneratorError:
                verdict = True  # a dangling $ref: _reference_problems names it
                break
            location = (str(base.path), pointer)
            if location in ends:
                verdict = ends[location]
            elif location in chain:
                names = " -> ".join(p for _, p in chain[chain.index(location) :])
                message = f"$ref cycle that never reaches a schema: {names} -> {pointer}"
                problems.append(document.diagnostic(message, at))
                verdict = False
            elif len(chain) >= MAX_REF_CHAIN:
                if not too_long_reported:
                    message = (
                        f"chain of more than {MAX_REF_CHAIN} $refs that each point at "
                        "another $ref; the limit keeps generation bounded"
                    )
                    problems.append(document.diagnostic(message, at))
                    too_long_reported = True
                verdict = False
            elif isinstance(value, dict) and isinstance(value.get("$ref"), str):
                chain.append(location)
                current_ref = value["$ref"]
                pointer = pointer + "/$ref"
            else:
                chain.append(location)
                verdict = True
        for location in chain:
            ends.setdefault(location, verdict)
    return problems


def _all_of_cycles(document: Document, source: SpecSource) -> list[Diagnostic]:
    """Schemas that include themselves through ``allOf`` (A allOf B, B allOf A)."""
    edges: dict[_Location, list[_Location]] = {}
    for pointer, node in _dicts_with(document.data, "allOf"):
        targets = []
        for index, item in enumerate(node["allOf"] if isinstance(node["allOf"], list) else []):
            item_at = f"{pointer}/allOf/{index}"
            base, at, value = document, item_at, item
            for _ in range(MAX_REF_CHAIN):
                if not (isinstance(value, dict) and isinstance(value.get("$ref"), str)):
                    break
                try:
                    base, at, value = source.resolve_ref(value["$ref"], base, at + "/$ref")
                except GeneratorError:
                    break
            targets.append((str(base.path), at))
        edges[(str(document.path), pointer)] = targets
    problems: list[Diagnostic] = []
    state: dict[_Location, int] = {}  # 1: on the current path, 2: done
    for start in sorted(edges):
        if start in state:
            continue
        path: list[_Location] = [start]
        iterators = [iter(edges.get(start, []))]
        state[start] = 1
        while iterators:
            following = next(iterators[-1], None)
            if following is None:
                state[path.pop()] = 2
                iterators.pop()
            elif state.get(following) == 1:
                cycle = [*path[path.index(following) :], following]
                names = " -> ".join(p for _, p in cycle)
                message = f"allOf cycle: a schema includes itself ({names})"
                problems.append(document.diagnostic(message, following[1]))
            elif following not in state and following in edges:
                state[following] = 1
                path.append(following)
                iterators.append(iter(edges[following]))
    return problems


def _dicts_with(value: Any, key: str) -> Iterator[tuple[str, dict[str, Any]]]:
    stack: list[tuple[Any, list[str | int]]] = [(value, [])]
    while stack:
        node, where = stack.pop()
        if isinstance(node, dict):
            if key in node:
                yield pointer_from_parts(where), node
            stack.extend((child, [*where, k]) for k, child in node.items())
        elif isinstance(node, list):
            stack.extend((child, [*where, index]) for index, child in enumerate(node))
