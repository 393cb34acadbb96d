from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'package/apis/__init__.py.jinja'

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
    yield '"""One class per tag of the spec; reach them as attributes of ``Client``.\n\nEach is imported on first use, so that creating a client does not load every API.\n"""\n\nfrom __future__ import annotations\n\nfrom importlib import import_module\nfrom typing import TYPE_CHECKING, Any\n'
    if environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'apis'):
        pass
        yield '\nif TYPE_CHECKING:\n    '
        yield str(t_1(context.eval_ctx, environment.getattr(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'api_index'), 'type_imports'), '\n    '))
        yield '\n'
    yield '\n__all__ = [\n'
    for l_1_name in environment.getattr(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'api_index'), 'names'):
        _loop_vars = {}
        pass
        yield '    '
        yield str(t_2(l_1_name))
        yield ',\n'
    l_1_name = missing
    yield ']\n\n# The module of each class.\n_MODULES: dict[str, str] = {\n'
    for (l_1_class_name, l_1_module_name) in environment.getattr(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'api_index'), 'modules'):
        _loop_vars = {}
        pass
        yield '    '
        yield str(t_2(l_1_class_name))
        yield ': '
        yield str(t_2(l_1_module_name))
        yield ',\n'
    l_1_class_name = l_1_module_name = missing
    yield '}\n\n\ndef __getattr__(name: str) -> Any:\n    module = _MODULES.get(name)\n    if module is None:\n        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")\n    value = getattr(import_module(f".{module}", __name__), name)\n    globals()[name] = value  # found directly from now on\n    return value\n\n\ndef __dir__() -> list[str]:\n    return list(__all__)\n'

blocks = {}
debug_info = '10=25&13=28&17=31&18=35&24=39&25=43'
# generator.render.precompile: jinja2 3.1.6 options 826747d6ece0e2af source 8fc088486fb3775215f953b2ed495d9936dd1c8c69ea5bdde37069b3e3fd21ce
