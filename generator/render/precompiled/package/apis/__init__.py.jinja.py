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
        t_1 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_2 = environment.filters['map']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'map' found.")
    try:
        t_3 = environment.filters['pystr']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'pystr' found.")
    try:
        t_4 = environment.filters['sort']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'sort' found.")
    pass
    yield '"""One class per tag of the spec; reach them as attributes of ``Client``.\n\nEach is imported on first use, so that creating a client does not load every API.\n"""\n\nfrom __future__ import annotations\n\nfrom importlib import import_module\nfrom typing import TYPE_CHECKING, Any\n'
    if environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'apis'):
        pass
        yield '\nif TYPE_CHECKING:\n'
        for l_1_api in t_4(environment, environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'apis'), attribute='module_name'):
            _loop_vars = {}
            pass
            yield '    from .'
            yield str(environment.getattr(l_1_api, 'module_name'))
            yield ' import '
            yield str(environment.getattr(l_1_api, 'async_class_name'))
            yield ', '
            yield str(environment.getattr(l_1_api, 'class_name'))
            yield '\n'
        l_1_api = missing
    yield '\n__all__ = [\n'
    for l_1_name in t_4(environment, (t_1(context.eval_ctx, t_2(context, environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'apis'), attribute='async_class_name')) + t_1(context.eval_ctx, t_2(context, environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'apis'), attribute='class_name')))):
        _loop_vars = {}
        pass
        yield '    '
        yield str(t_3(l_1_name))
        yield ',\n'
    l_1_name = missing
    yield ']\n\n# The module of each class.\n_MODULES: dict[str, str] = {\n'
    for l_1_api in t_4(environment, environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'apis'), attribute='class_name'):
        _loop_vars = {}
        pass
        yield '    '
        yield str(t_3(environment.getattr(l_1_api, 'async_class_name')))
        yield ': '
        yield str(t_3(environment.getattr(l_1_api, 'module_name')))
        yield ',\n    '
        yield str(t_3(environment.getattr(l_1_api, 'class_name')))
        yield ': '
        yield str(t_3(environment.getattr(l_1_api, 'module_name')))
        yield ',\n'
    l_1_api = missing
    yield '}\n\n\ndef __getattr__(name: str) -> Any:\n    module = _MODULES.get(name)\n    if module is None:\n        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")\n    value = getattr(import_module(f".{module}", __name__), name)\n    globals()[name] = value  # found directly from now on\n    return value\n\n\ndef __dir__() -> list[str]:\n    return list(__all__)\n'

blocks = {}
debug_info = '10=37&13=40&14=44&19=52&20=56&26=60&27=64&28=68'
# generator.render.precompile: jinja2 3.1.6 options 826747d6ece0e2af source 5b3b73018b993398302b1c5a2f230fbc7b178e4ea3824875bb815e39f741cb93
