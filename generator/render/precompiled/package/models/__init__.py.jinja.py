from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'package/models/__init__.py.jinja'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_client = resolve('client')
    try:
        t_1 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_2 = environment.filters['pystr']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'pystr' found.")
    pass
    yield '"""Every model and enum of the API, importable from one place.\n\nEach is imported on first use, so that importing the package or one API does not load\nevery model of a large API.\n"""\n\nfrom __future__ import annotations\n\nfrom importlib import import_module\nfrom typing import TYPE_CHECKING, Any\n'
    if environment.getattr(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'model_index'), 'eager_imports'):
        pass
        yield '\n'
        yield str(t_1(context.eval_ctx, environment.getattr(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'model_index'), 'eager_imports'), '\n'))
        yield '\n'
    if environment.getattr(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'model_index'), 'lazy_imports'):
        pass
        yield '\nif TYPE_CHECKING:\n    '
        yield str(t_1(context.eval_ctx, environment.getattr(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'model_index'), 'lazy_imports'), '\n    '))
        yield '\n'
    yield '\n__all__ = [\n'
    for l_1_name in environment.getattr(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'model_index'), 'names'):
        _loop_vars = {}
        pass
        yield '    '
        yield str(t_2(l_1_name))
        yield ',\n'
    l_1_name = missing
    yield ']\n\n# The module of each class not imported above.\n_MODULES: dict[str, str] = {\n'
    for (l_1_class_name, l_1_module_name) in environment.getattr(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'model_index'), 'lazy_modules'):
        _loop_vars = {}
        pass
        yield '    '
        yield str(t_2(l_1_class_name))
        yield ': '
        yield str(t_2(l_1_module_name))
        yield ',\n'
    l_1_class_name = l_1_module_name = missing
    yield '}\n\n\ndef __getattr__(name: str) -> Any:\n    module = _MODULES.get(name)\n    if module is None:\n        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")\n    value = getattr(import_module(f".{module}", __name__), name)\n    globals()[name] = value  # found directly from now on\n    return value\n\n\ndef __dir__() -> list[str]:\n    return list(__all__)\n'
    if environment.getattr(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'model_index'), 'cyclic'):
        pass
        yield '\n\n# These models refer to each other in cycles, so their modules import each other only for\n# type checkers; their fields are resolved here, now that every class exists.\n_CYCLIC = ('
        yield str(t_1(context.eval_ctx, environment.getattr(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'model_index'), 'cyclic'), ', '))
        yield ',)\nfor _model in _CYCLIC:\n    _model.model_rebuild(_types_namespace={m.__name__: m for m in _CYCLIC})\n'

blocks = {}
debug_info = '11=25&13=28&15=30&18=33&22=36&23=40&29=44&30=48&46=54&51=57'
# generator.render.precompile: jinja2 3.1.6 options 826747d6ece0e2af source 379e8bdf2bfa4d2d9d46bdc875a62deab25975c63cc1d2b82173507d456e233b
