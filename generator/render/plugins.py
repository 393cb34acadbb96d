"""User plugins: ``module:function`` that receives the Jinja environment.

A plugin adds filters, tests or globals for user templates::

    def register(environment: jinja2.Environment) -> None:
        environment.filters["shout"] = lambda text: str(text).upper()

The module is looked for first as a file in the folders that declared it (a templates
folder for its manifest's plugins, the project folder for ``[tool.generator]``), then on
``sys.path`` (an installed package). A module found as a file is loaded under a private
name, so two template folders may each have their own ``filters.py``.
"""

from __future__ import annotations

import hashlib
import importlib
import importlib.util
import re
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import jinja2

from generator.shared.diagnostics import Diagnostic, GeneratorError, display_path
from generator.shared.options import PluginRef

_TARGET = re.compile(r"(?P<module>[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*):(?P<function>[A-Za-z_]\w*)")


def apply_plugins(environment: jinja2.Environment, plugins: tuple[PluginRef, ...]) -> None:
    for plugin in plugins:
        _call(plugin, _resolve(plugin), environment)


def _resolve(plugin: PluginRef) -> Callable[[jinja2.Environment], Any]:
    match = _TARGET.fullmatch(plugin.target.strip())
    if match is None:
        message = f"plugin {plugin.target!r} must look like module:function (e.g. filters:register)"
        raise GeneratorError([plugin.origin.diagnostic(message)])
    module = _import(plugin, match.group("module"))
    function = getattr(module, match.group("function"), None)
    if not callable(function):
        where = display_path(Path(module.__file__)) if module.__file__ else module.__name__
        message = f"plugin {plugin.target!r}: {where} has no function {match.group('function')!r}"
        raise GeneratorError([plugin.origin.diagnostic(message)])
    return function  # type: ignore[no-any-return]


def _import(plugin: PluginRef, name: str) -> ModuleType:
    relative = Path(*name.split("."))
    for folder in plugin.search:
        for candidate in (folder / relative.with_suffix(".py"), folder / relative / "__init__.py"):
            if candidate.is_file():
                return _load_file(plugin, candidate)
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as error:
        if error.name and name.startswith(error.name):
            searched = ", ".join(display_path(f) for f in plugin.search)
            message = f"plugin {plugin.target!r}: no module {name!r} in {searched} or installed"
            raise GeneratorError([plugin.origin.diagnostic(message)]) from None
        raise GeneratorError([_failure(plugin, error, "importing it failed")]) from None
    except Exception as error:
        raise GeneratorError([_failure(plugin, error, "importing it failed")]) from None


def _load_file(plugin: PluginRef, path: Path) -> ModuleType:
    digest = hashlib.sha256(str(path.resolve()).encode()).hexdigest()[:16]
    private_name = f"_generator_plugin_{digest}"
    if private_name in sys.modules:
        return sys.modules[private_name]
    locations = [str(path.parent)] if path.name == "__init__.py" else None
    spec = importlib.util.spec_from_file_location(
        private_name, path, submodule_search_locations=locations
    )
    assert spec is not None and spec.loader is not None  # a .py file always gets a spec
    module = importlib.util.module_from_spec(spec)
    sys.modules[private_name] = module
    try:
        spec.loader.exec_module(module)
    except Exception as error:
        del sys.modules[private_name]
        raise GeneratorError([_failure(plugin, error, "importing it failed")]) from None
    return module


def _call(
    plugin: PluginRef, function: Callable[[jinja2.Environment], Any], env: jinja2.Environment
) -> None:
    try:
        function(env)
    except Exception as error:
        raise GeneratorError([_failure(plugin, error, "it raised")]) from None


def _failure(plugin: PluginRef, error: BaseException, what: str) -> Diagnostic:
    """Name the plugin where it was declared, and the line of the user's code that failed."""
    frames = traceback.extract_tb(error.__traceback__)
    ours = str(Path(__file__).parent)
    inside = [f for f in frames if not f.filename.startswith((ours, "<"))]
    if isinstance(error, SyntaxError) and error.filename:
        at = f" at {display_path(Path(error.filename))}:{error.lineno}"
    elif inside:
        at = f" at {display_path(Path(inside[-1].filename))}:{inside[-1].lineno}"
    else:
        at = ""
    cause = f"{type(error).__name__}: {error}"
    return plugin.origin.diagnostic(f"plugin {plugin.target!r}: {what}{at}: {cause}")
