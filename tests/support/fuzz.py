"""A seeded mutation fuzzer over the test specs, and the oracle every run must satisfy.

Each mutant is a valid test spec with one or two small faults of the kinds real specs have
(a node of the wrong type, a missing or renamed key, a key written twice, a schema that
refers to itself, a ``$ref`` that points nowhere, a number where a name belongs, enum
values that collide once cased). The generator runs on it in strict and in ``--lenient``
mode, and the run must end in one of two ways:

- exit 0, every line on stderr a located warning, and the package it wrote compiles and
  imports (every module of it);
- exit 2, every line on stderr located as ``FILE:LINE:COL: ...``, and the output folder
  exactly as it was before.

Anything else (a traceback, another exit code, a run that does not end within
``RUN_SECONDS``) is a finding. The same seed gives the same mutants, so a finding is
reproduced with ``mutant(seed)``.

Runs are in-process through ``generator.cli.main`` with no worker process (starting one per
run would cost more than the run): that keeps a few hundred runs within a minute. Each run
writes into a copy of the base spec's own generated package, so that the format cache
formats only the files a mutation changed.
"""

from __future__ import annotations

import contextlib
import copy
import hashlib
import importlib
import importlib.util
import io
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType
from typing import Any
from unittest import mock

import yaml

from . import ROOT

BASE_SPECS = (
    ROOT / "spec" / "square-oauth.yaml",
    ROOT / "tests" / "specs" / "petstore.yaml",
    ROOT / "tests" / "specs" / "valid" / "breadth-requests.yaml",
    ROOT / "tests" / "specs" / "valid" / "breadth-schemas.yaml",
    ROOT / "tests" / "specs" / "valid" / "petstore-3.0.yaml",
    ROOT / "tests" / "specs" / "valid" / "petstore-3.1.json",
    ROOT / "tests" / "specs" / "valid" / "swagger2-shop.yaml",
)
# A run that takes longer than this is a hang (the largest base spec generates in ~1 s).
RUN_SECONDS = 60
# Values of the wrong type that real specs put where a mapping, list or string belongs.
WRONG_VALUES: tuple[Any, ...] = (True, 5, "x", [], [[]], None, {}, -1.5)
# ``FILE:LINE:COL: message``, after ``error: `` or ``warning: ``.
LOCATED = re.compile(r"^(error|warning): [^\s:][^:]*:\d+:\d+: \S")


# -- mutants ---------------------------------------------------------------------------------


class Pairs(dict[str, Any]):
    """A mapping that JSON-encodes with a key written twice (``json`` calls ``items()``)."""

    def __init__(self, pairs: list[tuple[str, Any]]) -> None:
        super().__init__(pairs)
        self.pairs = pairs

    def items(self) -> Iterator[tuple[str, Any]]:  # type: ignore[override]
        return iter(self.pairs)


@dataclass(frozen=True)
class Mutant:
    seed: int
    base: Path  # the valid spec it was made from
    steps: tuple[str, ...]  # each mutation, described for a person
    text: str
    suffix: str  # ".yaml" or ".json"

    def describe(self) -> str:
        rel = self.base.relative_to(ROOT)
        return f"seed {self.seed} ({rel}): " + "; ".join(self.steps)


def mutant(seed: int) -> Mutant:
    """The mutant for ``seed``: always the same one."""
    rng = random.Random(seed)
    base = rng.choice(BASE_SPECS)
    data = _load(base)
    steps: list[str] = []
    for _ in range(rng.choice((1, 1, 2))):
        steps.append(_mutate(data, rng))
    as_json = base.suffix == ".json" or _has_pairs(data) or rng.random() < 0.25
    if as_json:
        text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    else:
        text = yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=1000)
    return Mutant(seed, base, tuple(steps), text, ".json" if as_json else ".yaml")


def mutants(count: int, first_seed: int = 0) -> Iterator[Mutant]:
    for seed in range(first_seed, first_seed + count):
        yield mutant(seed)


_BASE_CACHE: dict[Path, Any] = {}
_Dumper: Any = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def _load(path: Path) -> Any:
    if path not in _BASE_CACHE:
        _BASE_CACHE[path] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return copy.deepcopy(_BASE_CACHE[path])


def _has_pairs(value: Any) -> bool:
    if isinstance(value, Pairs):
        return True
    if isinstance(value, dict):
        return any(_has_pairs(v) for v in value.values())
    if isinstance(value, list):
        return any(_has_pairs(v) for v in value)
    return False


Slot = tuple[Any, Any, str]  # (container, key or index, JSON pointer)


def _slots(data: Any) -> list[Slot]:
    """Every node below the root, as the container and key that hold it."""
    found: list[Slot] = []
    stack: list[tuple[Any, str]] = [(data, "")]
    while stack:
        node, pointer = stack.pop()
        items: list[tuple[Any, Any]] = (
            list(node.items()) if isinstance(node, dict) else list(enumerate(node))
        )
        for key, child in items:
            where = f"{pointer}/{key}"
            found.append((node, key, where))
            if isinstance(child, dict | list):
                stack.append((child, where))
    return found


def _pick_slot(data: Any, rng: random.Random, want: Callable[[Slot], bool] | None = None) -> Slot:
    """A node chosen depth first, then uniformly at that depth: top-level keys get hit too."""
    slots = [s for s in _slots(data) if want is None or want(s)]
    if not slots:
        slots = _slots(data)
    by_depth: dict[int, list[Slot]] = {}
    for slot in slots:
        by_depth.setdefault(slot[2].count("/"), []).append(slot)
    depth = rng.choice(sorted(by_depth))
    return rng.choice(by_depth[depth])


def _schemas(data: dict[str, Any]) -> tuple[dict[str, Any], str]:
    """The named schemas (created if missing) and the ``$ref`` prefix that names them."""
    if "swagger" in data:
        return data.setdefault("definitions", {}), "#/definitions/"
    components = data.setdefault("components", {})
    if not isinstance(components, dict):
        data["components"] = components = {}
    schemas = components.setdefault("schemas", {})
    if not isinstance(schemas, dict):
        components["schemas"] = schemas = {}
    return schemas, "#/components/schemas/"


def _schema_slots(data: Any) -> list[Slot]:
    """Nodes that are schemas: values of ``schema``, ``items``, properties, ...."""
    result = []
    for container, key, pointer in _slots(data):
        value = container[key]
        if not isinstance(value, dict):
            continue
        parts = pointer.split("/")
        if key in ("schema", "items", "additionalProperties") or (
            len(parts) >= 3 and parts[-2] in ("properties", "schemas", "definitions")
        ):
            result.append((container, key, pointer))
        elif len(parts) >= 3 and parts[-2] in ("allOf", "oneOf", "anyOf"):
            result.append((container, key, pointer))
    return result


def _replace_wrong_type(data: Any, rng: random.Random) -> str:
    container, key, pointer = _pick_slot(data, rng)
    value = copy.deepcopy(rng.choice(WRONG_VALUES))
    container[key] = value
    return f"{pointer} = {json.dumps(value)}"


def _delete_key(data: Any, rng: random.Random) -> str:
    container, key, pointer = _pick_slot(data, rng, lambda s: isinstance(s[0], dict))
    del container[key]
    return f"{pointer} deleted"


def _rename_key(data: Any, rng: random.Random) -> str:
    container, key, pointer = _pick_slot(data, rng, lambda s: isinstance(s[0], dict))
    if not isinstance(container, dict):
        return _replace_wrong_type(data, rng)
    new = rng.choice(("x", "5", str(key).upper(), f"{key}_", "", "Größe", "class", f"{key} 2"))
    if new in container:
        return f"{pointer} kept (rename to {new!r} taken)"
    items = [(new if k == key else k, v) for k, v in container.items()]
    container.clear()
    container.update(items)
    return f"{pointer} renamed to {new!r}"


def _duplicate_key(data: Any, rng: random.Random) -> str:
    """A key written twice in the file (JSON's and YAML's "last one wins")."""
    container, key, pointer = _pick_slot(data, rng, lambda s: isinstance(s[0], dict))
    if not isinstance(container, dict) or isinstance(container, Pairs):
        return _replace_wrong_type(data, rng)
    parent_slot = next(((c, k) for c, k, _ in _slots(data) if c[k] is container), None)
    if parent_slot is None:
        return f"{pointer} kept (top level)"
    second = copy.deepcopy(rng.choice((container[key], *WRONG_VALUES)))
    pairs = [*container.items(), (key, second)]
    parent, parent_key = parent_slot
    parent[parent_key] = Pairs(pairs)
    return f"{pointer} written twice, second {json.dumps(second)[:40]}"


def _copy_sibling(data: Any, rng: random.Random) -> str:
    """A subtree copied under a new key beside it (same operationIds, same names...)."""
    container, key, pointer = _pick_slot(data, rng, lambda s: isinstance(s[0], dict))
    if not isinstance(container, dict):
        return _replace_wrong_type(data, rng)
    new = rng.choice((f"{key}_copy", str(key).upper(), f"{key}-", f"{key}2"))
    container[new] = copy.deepcopy(container[key])
    return f"{pointer} copied to {new!r}"


def _self_reference(data: Any, rng: random.Random) -> str:
    """A named schema that refers to itself: trees, JSON values, linked lists."""
    schemas, prefix = _schemas(data)
    new = not schemas or rng.random() < 0.3
    name = "Node" if new else rng.choice(sorted(schemas))
    ref = {"$ref": prefix + name}
    shapes: dict[str, Any] = {
        "items": {"type": "array", "items": ref},
        "additionalProperties": {"type": "object", "additionalProperties": ref},
        "oneOf": {
            "oneOf": [
                {"type": "string"},
                {"type": "number"},
                {"type": "array", "items": ref},
                {"type": "object", "additionalProperties": ref},
            ]
        },
        "anyOf": {"anyOf": [{"type": "string"}, {"type": "array", "items": ref}]},
        "nullable items": {"type": "array", "nullable": True, "items": ref},
        "property": {"type": "object", "properties": {"next": ref, "value": {"type": "string"}}},
        "property items": {
            "type": "object",
            "properties": {"children": {"type": "array", "items": ref}},
        },
        "allOf": {"allOf": [ref, {"type": "object"}]},
        "bare ref": dict(ref),
    }
    shape = rng.choice(sorted(shapes))
    schemas[name] = shapes[shape]
    if new or rng.random() < 0.5:
        _use_schema(data, rng, prefix + name)
    return f"schema {name} refers to itself through {shape}"


def _use_schema(data: Any, rng: random.Random, ref: str) -> None:
    """Make some operation return the schema, so that the API module uses it too."""
    slots = [s for s in _schema_slots(data) if s[1] == "schema"]
    if slots:
        container, key, _ = rng.choice(slots)
        container[key] = {"$ref": ref}


def _dangling_ref(data: Any, rng: random.Random) -> str:
    """A ``$ref`` that points nowhere, alone or inside an ``allOf``."""
    _, prefix = _schemas(data)
    slots = _schema_slots(data)
    if not slots:
        return _replace_wrong_type(data, rng)
    container, key, pointer = rng.choice(slots)
    target: Any = rng.choice((prefix + "Missing", "#/nowhere", "other.yaml#/X", 5, ""))
    if rng.random() < 0.5:
        container[key] = {"allOf": [{"$ref": target}, copy.deepcopy(container[key])]}
        return f"{pointer} = allOf with dangling $ref {target!r}"
    container[key] = {"$ref": target}
    return f"{pointer} = dangling $ref {target!r}"


def _number_as_name(data: Any, rng: random.Random) -> str:
    """A number where a name belongs: parameter names, operationIds, tags, keys."""
    names = [
        s
        for s in _slots(data)
        if s[1] in ("name", "operationId", "title", "in", "tags", "type", "format")
    ]
    if not names:
        return _replace_wrong_type(data, rng)
    container, key, pointer = rng.choice(names)
    value = rng.choice((5, 1.5, True, [5], 0))
    container[key] = value
    return f"{pointer} = {json.dumps(value)}"


def _colliding_enum(data: Any, rng: random.Random) -> str:
    """Enum values that are distinct on the wire but the same once cased."""
    enums = [(c, k, p) for c, k, p in _slots(data) if k == "enum" and isinstance(c[k], list)]
    values = rng.choice(
        (
            ["a-b", "A_B", "a b", "A-B", "aB"],
            [1, "1", True],
            ["", " ", "_", "-"],
            ["class", "CLASS", "name", "value", "mro"],
            [None, "x", None],
        )
    )
    if enums:
        container, key, pointer = rng.choice(enums)
        container[key] = values
        return f"{pointer} = {json.dumps(values)}"
    schemas, _ = _schemas(data)
    schemas["Colliding"] = {"type": "string", "enum": values}
    return f"schema Colliding enum {json.dumps(values)}"


def _collide_names(data: Any, rng: random.Random) -> str:
    """Properties or schemas whose names collide once cased."""
    schemas, _ = _schemas(data)
    if rng.random() < 0.5 and schemas:
        name = rng.choice(sorted(schemas))
        twin = rng.choice((name.lower(), name.upper(), f"{name}_", f"{name}-"))
        schemas[twin] = copy.deepcopy(schemas[name])
        return f"schema {name} twinned as {twin!r}"
    objects = [
        (c, k, p)
        for c, k, p in _slots(data)
        if k == "properties" and isinstance(c[k], dict) and c[k]
    ]
    if not objects:
        return _replace_wrong_type(data, rng)
    container, key, pointer = rng.choice(objects)
    properties = container[key]
    name = rng.choice(sorted(properties))
    for twin in (name.upper(), f"{name}_", f"{name}-", "model_config", "self", "_x"):
        properties.setdefault(twin, copy.deepcopy(properties[name]))
    return f"{pointer}/{name} twinned"


MUTATIONS: tuple[tuple[Callable[[Any, random.Random], str], int], ...] = (
    (_replace_wrong_type, 6),
    (_delete_key, 3),
    (_rename_key, 2),
    (_duplicate_key, 1),
    (_copy_sibling, 1),
    (_self_reference, 3),
    (_dangling_ref, 2),
    (_number_as_name, 2),
    (_colliding_enum, 1),
    (_collide_names, 1),
)


def _mutate(data: Any, rng: random.Random) -> str:
    functions = [f for f, _ in MUTATIONS]
    weights = [w for _, w in MUTATIONS]
    return rng.choices(functions, weights)[0](data, rng)


# -- runs -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Outcome:
    mutant: Mutant
    lenient: bool
    exit_code: int | None  # None when the run raised or hung
    stdout: str
    stderr: str
    problem: str = ""  # empty when the run met the oracle

    def report(self) -> str:
        mode = "--lenient" if self.lenient else "strict"
        problem = self.problem
        if len(problem) > 2500:  # a traceback: its end says where
            problem = "...\n" + problem[-2500:]
        return f"{self.mutant.describe()} [{mode}] exit {self.exit_code}: {problem}\n" + (
            f"stderr:\n{self.stderr[-2000:]}" if self.stderr else ""
        )


class RunTimeout(BaseException):
    """Raised inside a run that took longer than ``RUN_SECONDS``."""


@dataclass
class Runner:
    """Runs the generator on mutants inside ``workdir`` and checks each run."""

    workdir: Path
    # base spec -> (its generated package, the formatter's cache entry for the run folder after it)
    baselines: dict[Path, tuple[Path, bytes | None]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.workdir.mkdir(parents=True, exist_ok=True)

    @contextlib.contextmanager
    def _environment(self) -> Iterator[None]:
        from generator.output import format as formatting

        cache = self.workdir / "cache"
        with (
            mock.patch.dict(os.environ, {"OPENAPI_PYCLIENT_CACHE_DIR": str(cache)}),
            mock.patch.object(formatting, "_cores", lambda: 1),
        ):
            yield

    def _output(self, base: Path) -> Path:
        return self.workdir / "out" / base.stem

    def output_of(self, mutant: Mutant) -> Path:
        """The folder the last run of ``mutant`` wrote into."""
        return self._output(mutant.base)

    def _format_cache(self, output: Path) -> Path | None:
        from generator.output.format import FormatCache

        with self._environment():
            cache = FormatCache.for_output(output)
        return cache.store if cache else None

    def _prepare(self, base: Path) -> Path:
        """The run folder for a mutant of ``base``: the base spec's own package, as black's
        cache remembers it, so that only the files a mutation changed are formatted."""
        output = self._output(base)
        store = self._format_cache(output)
        if base not in self.baselines:
            shutil.rmtree(output, ignore_errors=True)
            code, _, stderr, error = self._main(["generate", str(base), "-o", str(output)])
            if code != 0:
                raise AssertionError(f"base spec {base} does not generate: {error or stderr}")
            folder = self.workdir / "baseline" / base.stem
            shutil.rmtree(folder, ignore_errors=True)
            shutil.copytree(output, folder)
            remembered = store.read_bytes() if store and store.exists() else None
            self.baselines[base] = (folder, remembered)
        folder, remembered = self.baselines[base]
        shutil.rmtree(output, ignore_errors=True)
        shutil.copytree(folder, output)
        if store is not None and remembered is not None:
            store.write_bytes(remembered)
        return output

    def _main(self, argv: list[str]) -> tuple[int | None, str, str, str]:
        """``main(argv)`` with its output captured, bounded in time; the last item is a
        traceback (or "hang") when it did not return."""
        from generator.cli import main

        out, err = io.StringIO(), io.StringIO()
        error = ""
        code: int | None = None

        def expire(signum: int, frame: FrameType | None) -> None:
            raise RunTimeout()

        previous = signal.signal(signal.SIGALRM, expire)
        signal.setitimer(signal.ITIMER_REAL, RUN_SECONDS)
        try:
            with (
                self._environment(),
                contextlib.redirect_stdout(out),
                contextlib.redirect_stderr(err),
            ):
                code = main(argv)
        except RunTimeout:
            error = f"hang: no answer within {RUN_SECONDS} s"
        except SystemExit as stop:
            code = stop.code if isinstance(stop.code, int) else 2
        except BaseException:  # any escape is what the fuzzer looks for
            error = traceback.format_exc()
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
        return code, out.getvalue(), err.getvalue(), error

    def run(self, mutant: Mutant, *, lenient: bool) -> Outcome:
        output = self._prepare(mutant.base)
        spec = self.workdir / f"spec{mutant.suffix}"
        spec.write_text(mutant.text, encoding="utf-8")
        before = tree_digest(output)
        argv = ["generate", str(spec), "-o", str(output)] + (["--lenient"] if lenient else [])
        code, stdout, stderr, error = self._main(argv)
        outcome = Outcome(mutant, lenient, code, stdout, stderr)
        if error:
            return _with(outcome, error)
        if code == 0:
            return _with(outcome, warning_problem(stderr) or import_problem(output))
        if code == 2:
            return _with(outcome, error_problem(stderr, before, tree_digest(output)))
        return _with(outcome, f"unexpected exit code {code}")


def _with(outcome: Outcome, problem: str) -> Outcome:
    return Outcome(
        outcome.mutant, outcome.lenient, outcome.exit_code, outcome.stdout, outcome.stderr, problem
    )


def warning_problem(stderr: str) -> str:
    """What is wrong with the stderr of an exit-0 run: a line that is not a located warning."""
    for line in stderr.splitlines():
        if line.strip() and not (line.startswith("warning: ") and LOCATED.match(line)):
            return f"exit 0 with an unlocated line on stderr: {line!r}"
    return ""


def error_problem(stderr: str, before: str, after: str) -> str:
    """What is wrong with an exit-2 run: unlocated lines, no error, or files written."""
    lines = [line for line in stderr.splitlines() if line.strip()]
    unlocated = [line for line in lines if not LOCATED.match(line)]
    if unlocated:
        return f"exit 2 with an unlocated line: {unlocated[0]!r}"
    if not any(line.startswith("error: ") for line in lines):
        return "exit 2 without an error line"
    if before != after:
        return "exit 2 but the output folder changed"
    return ""


def tree_digest(folder: Path) -> str:
    """One digest of every file's path and bytes below ``folder`` (``""`` if absent)."""
    if not folder.exists():
        return ""
    digest = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(path.relative_to(folder).as_posix().encode() + b"\0")
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def packages_in(output: Path) -> list[str]:
    return sorted(p.parent.name for p in output.glob("*/__init__.py"))


def module_names(output: Path, package: str) -> list[str]:
    """Every module of the package, parents before children."""
    names = []
    for path in sorted((output / package).rglob("*.py")):
        parts = list(path.relative_to(output).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        names.append(".".join(parts))
    return sorted(names, key=lambda n: (n.count("."), n))


def import_problem(output: Path) -> str:
    """Why the package in ``output`` does not compile or import; ``""`` when it does."""
    packages = packages_in(output)
    if len(packages) != 1:
        return f"exit 0 but the output holds {len(packages)} packages: {packages}"
    package = packages[0]
    for path in sorted((output / package).rglob("*.py")):
        try:
            compile(path.read_bytes(), str(path), "exec")
        except SyntaxError as error:
            return f"exit 0 but {path.relative_to(output)} does not compile: {error}"
    if _shadows_installed(package):
        return subprocess_import_problem(output, package)
    return _import_in_process(output, package)


def _shadows_installed(package: str) -> bool:
    """A name that something outside the output folder already answers to (``json``)."""
    if package in sys.stdlib_module_names:
        return True
    found = importlib.util.find_spec(package) if package not in sys.modules else None
    module = sys.modules.get(package)
    origin = (found.origin if found else None) or getattr(module, "__file__", None)
    return origin is not None and not str(origin).startswith(str(ROOT / "generated"))


def _import_in_process(output: Path, package: str) -> str:
    """Import every module, then forget them again (and restore what the name held)."""
    saved = {n: m for n, m in sys.modules.items() if n == package or n.startswith(package + ".")}
    for name in saved:
        del sys.modules[name]
    sys.path.insert(0, str(output))
    importlib.invalidate_caches()
    writes_bytecode, sys.dont_write_bytecode = sys.dont_write_bytecode, True
    try:
        for name in module_names(output, package):
            try:
                importlib.import_module(name)
            except BaseException:  # reported as the finding
                return f"exit 0 but {name} does not import:\n{traceback.format_exc(limit=-3)}"
        return ""
    finally:
        sys.dont_write_bytecode = writes_bytecode
        sys.path.remove(str(output))
        for name in [n for n in sys.modules if n == package or n.startswith(package + ".")]:
            del sys.modules[name]
        sys.modules.update(saved)
        importlib.invalidate_caches()


def subprocess_import_problem(output: Path, package: str) -> str:
    """Import every module of the package in a fresh interpreter."""
    modules = module_names(output, package)
    code = (
        "import importlib, sys\n"
        "sys.path.insert(0, sys.argv[1])\n"
        "for name in sys.argv[2:]:\n"
        "    importlib.import_module(name)\n"
    )
    result = subprocess.run(
        [sys.executable, "-I", "-c", code, str(output), *modules],
        cwd=output,
        capture_output=True,
        text=True,
        timeout=RUN_SECONDS,
    )
    if result.returncode != 0:
        return f"exit 0 but the package does not import in a fresh interpreter:\n{result.stderr}"
    return ""
