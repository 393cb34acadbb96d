from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'package/environment.py.jinja'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_client = resolve('client')
    try:
        t_1 = environment.filters['docstring']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'docstring' found.")
    try:
        t_2 = environment.filters['ident']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'ident' found.")
    try:
        t_3 = environment.filters['indent']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'indent' found.")
    try:
        t_4 = environment.filters['pystr']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'pystr' found.")
    pass
    yield '"""The servers the spec names."""\n\nfrom __future__ import annotations\n\nfrom enum import Enum\n\n\nclass Environment(str, Enum):\n    """Where the client sends requests; ``Client(base_url=...)`` points anywhere else."""\n'
    for l_1_server in environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'servers'):
        _loop_vars = {}
        pass
        yield '\n    '
        yield str(t_2(environment.getattr(l_1_server, 'name')))
        yield ' = '
        yield str(t_4(environment.getattr(l_1_server, 'url')))
        yield '\n'
        if environment.getattr(l_1_server, 'description'):
            pass
            yield '    """'
            yield str(t_3(t_1(environment.getattr(l_1_server, 'description')), 4))
            yield '"""\n'
    l_1_server = missing
    yield '\n\nDEFAULT_ENVIRONMENT = Environment.'
    yield str(t_2(environment.getattr(environment.getitem(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'servers'), 0), 'name')))
    yield '\n'

blocks = {}
debug_info = '10=37&12=41&13=45&14=48&19=52'
# generator.render.precompile: jinja2 3.1.6 options 826747d6ece0e2af source 181ebe01d7dc8593409f56090db60504209fa0023651e949311d4f8368a13d53
