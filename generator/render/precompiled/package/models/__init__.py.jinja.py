from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'package/models/__init__.py.jinja'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_client = resolve('client')
    l_0_cyclic = l_0_cyclic_names = l_0_lazy = missing
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
        t_4 = environment.filters['rejectattr']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'rejectattr' found.")
    try:
        t_5 = environment.filters['selectattr']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'selectattr' found.")
    try:
        t_6 = environment.filters['sort']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'sort' found.")
    pass
    yield '"""Every model and enum of the API, importable from one place.\n\nEach is imported on first use, so that importing the package or one API does not load\nevery model of a large API.\n"""\n\nfrom __future__ import annotations\n\nfrom importlib import import_module\nfrom typing import TYPE_CHECKING, Any\n'
    l_0_cyclic = t_1(context.eval_ctx, t_5(context, environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'models'), 'deferred_imports'))
    context.vars['cyclic'] = l_0_cyclic
    context.exported_vars.add('cyclic')
    l_0_cyclic_names = t_1(context.eval_ctx, t_2(context, (undefined(name='cyclic') if l_0_cyclic is missing else l_0_cyclic), attribute='class_name'))
    context.vars['cyclic_names'] = l_0_cyclic_names
    context.exported_vars.add('cyclic_names')
    l_0_lazy = t_1(context.eval_ctx, t_4(context, (environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'enums') + environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'models')), 'class_name', 'in', (undefined(name='cyclic_names') if l_0_cyclic_names is missing else l_0_cyclic_names)))
    context.vars['lazy'] = l_0_lazy
    context.exported_vars.add('lazy')
    if (undefined(name='cyclic') if l_0_cyclic is missing else l_0_cyclic):
        pass
        yield '\n'
        for l_1_item in t_6(environment, (undefined(name='cyclic') if l_0_cyclic is missing else l_0_cyclic), attribute='module_name'):
            _loop_vars = {}
            pass
            yield 'from .'
            yield str(environment.getattr(l_1_item, 'module_name'))
            yield ' import '
            yield str(environment.getattr(l_1_item, 'class_name'))
            yield '\n'
        l_1_item = missing
    if (undefined(name='lazy') if l_0_lazy is missing else l_0_lazy):
        pass
        yield '\nif TYPE_CHECKING:\n'
        for l_1_item in t_6(environment, (undefined(name='lazy') if l_0_lazy is missing else l_0_lazy), attribute='module_name'):
            _loop_vars = {}
            pass
            yield '    from .'
            yield str(environment.getattr(l_1_item, 'module_name'))
            yield ' import '
            yield str(environment.getattr(l_1_item, 'class_name'))
            yield '\n'
        l_1_item = missing
    yield '\n__all__ = [\n'
    for l_1_name in t_6(environment, t_2(context, (environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'enums') + environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'models')), attribute='class_name')):
        _loop_vars = {}
        pass
        yield '    '
        yield str(t_3(l_1_name))
        yield ',\n'
    l_1_name = missing
    yield ']\n\n# The module of each class not imported above.\n_MODULES: dict[str, str] = {\n'
    for l_1_item in t_6(environment, (undefined(name='lazy') if l_0_lazy is missing else l_0_lazy), attribute='class_name'):
        _loop_vars = {}
        pass
        yield '    '
        yield str(t_3(environment.getattr(l_1_item, 'class_name')))
        yield ': '
        yield str(t_3(environment.getattr(l_1_item, 'module_name')))
        yield ',\n'
    l_1_item = missing
    yield '}\n\n\ndef __getattr__(name: str) -> Any:\n    module = _MODULES.get(name)\n    if module is None:\n        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")\n    value = getattr(import_module(f".{module}", __name__), name)\n    globals()[name] = value  # found directly from now on\n    return value\n\n\ndef __dir__() -> list[str]:\n    return list(__all__)\n'
    if (undefined(name='cyclic') if l_0_cyclic is missing else l_0_cyclic):
        pass
        yield '\n\n# These models refer to each other in cycles, so their modules import each other only for\n# type checkers; their fields are resolved here, now that every class exists.\n_CYCLIC = (\n'
        for l_1_name in (undefined(name='cyclic_names') if l_0_cyclic_names is missing else l_0_cyclic_names):
            _loop_vars = {}
            pass
            yield '    '
            yield str(l_1_name)
            yield ',\n'
        l_1_name = missing
        yield ')\nfor _model in _CYCLIC:\n    _model.model_rebuild(_types_namespace={m.__name__: m for m in _CYCLIC})\n'

blocks = {}
debug_info = '11=50&12=53&13=56&14=59&16=62&17=66&20=71&23=74&24=78&29=84&30=88&36=92&37=96&53=102&59=105&60=109'
# generator.render.precompile: jinja2 3.1.6 options 826747d6ece0e2af source 1eeb53349282dd281728c642b71ff24ea055f812d80b79624ea1f85148b9045d
