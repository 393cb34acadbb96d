from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'package/_core/settings.py.jinja'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_client = resolve('client')
    try:
        t_1 = environment.filters['ident']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'ident' found.")
    try:
        t_2 = environment.filters['pystr']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'pystr' found.")
    pass
    yield '"""This API\'s runtime defaults and the facts about it that the runtime needs, from the spec.\n\nThe other modules of ``_core`` are the same for every generated client.\n"""\n\nfrom __future__ import annotations\n\nfrom typing import '
    if environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'error_model'):
        pass
        yield 'TYPE_CHECKING, '
    yield 'Any\n\nfrom .scheme import Scheme\n\nLOGGER_NAME = '
    yield str(t_2(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'package_name')))
    yield '\nUSER_AGENT_PREFIX = '
    yield str(t_2(environment.getattr(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'runtime'), 'user_agent')))
    yield '\nTIMEOUT_SECONDS = '
    yield str(environment.getattr(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'runtime'), 'timeout'))
    yield '  # per attempt\nCONNECT_TIMEOUT_SECONDS = '
    yield str(environment.getattr(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'runtime'), 'connect_timeout'))
    yield '\nMAX_RETRIES = '
    yield str(environment.getattr(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'runtime'), 'max_retries'))
    yield '\nINITIAL_RETRY_DELAY = '
    yield str(environment.getattr(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'runtime'), 'initial_retry_delay'))
    yield '\nMAX_RETRY_DELAY = '
    yield str(environment.getattr(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'runtime'), 'max_retry_delay'))
    yield '\nMAX_RETRY_AFTER = '
    yield str(environment.getattr(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'runtime'), 'max_retry_after'))
    yield '\n# The field of an error response that lists the errors.\nERRORS_FIELD = '
    yield str(t_2((environment.getattr(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'error_model'), 'field') if environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'error_model') else 'errors')))
    yield "\n# JSON property names whose values are secrets (the spec's secret fields).\n"
    if environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'secret_names'):
        pass
        yield 'SECRET_NAMES: frozenset[str] = frozenset(\n    {\n'
        for l_1_name in environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'secret_names'):
            _loop_vars = {}
            pass
            yield '        '
            yield str(t_2(l_1_name))
            yield ',\n'
        l_1_name = missing
        yield '    }\n)\n'
    else:
        pass
        yield 'SECRET_NAMES: frozenset[str] = frozenset()\n'
    yield "# The spec's security schemes, by their key in the spec.\n"
    if (not environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'auth_schemes')):
        pass
        yield 'SCHEMES: dict[str, Scheme] = {}\n'
    else:
        pass
        yield 'SCHEMES: dict[str, Scheme] = {\n'
        for l_1_scheme in environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'auth_schemes'):
            _loop_vars = {}
            pass
            yield '    '
            yield str(t_2(environment.getattr(l_1_scheme, 'key')))
            yield ': Scheme(\n        kind='
            yield str(t_2(environment.getattr(l_1_scheme, 'kind')))
            yield ',\n        location='
            yield str(t_2(environment.getattr(l_1_scheme, 'location')))
            yield ',\n        name='
            yield str(t_2(environment.getattr(l_1_scheme, 'wire_name')))
            yield ',\n        prefix='
            yield str(t_2(environment.getattr(l_1_scheme, 'prefix')))
            yield ',\n        setting='
            yield str(t_2(environment.getattr(l_1_scheme, 'setting_name')))
            yield ',\n        call_param='
            yield str(t_2((environment.getattr(l_1_scheme, 'call_param') or '')))
            yield ',\n    ),\n'
        l_1_scheme = missing
        yield '}\n'
    if environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'error_model'):
        pass
        yield '\nif TYPE_CHECKING:\n    # Not imported when the package is: the models (and pydantic) load on first use.\n    from ..models import '
        yield str(t_1(environment.getattr(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'error_model'), 'model_name')))
        yield '\n\n    ErrorItem = '
        yield str(t_1(environment.getattr(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'error_model'), 'model_name')))
        yield '\n'
    else:
        pass
        yield 'ErrorItem = Any\n'
    yield '\n\ndef error_item_type() -> Any:\n    """The type of one item of a response\'s error list."""\n'
    if environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'error_model'):
        pass
        yield '    from ..models import '
        yield str(t_1(environment.getattr(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'error_model'), 'model_name')))
        yield '\n\n    return '
        yield str(t_1(environment.getattr(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'error_model'), 'model_name')))
        yield '\n'
    else:
        pass
        yield '    return ErrorItem\n'

blocks = {}
debug_info = '8=25&12=29&13=31&14=33&15=35&16=37&17=39&18=41&19=43&21=45&23=47&26=50&27=54&35=62&39=68&40=72&41=74&42=76&43=78&44=80&45=82&46=84&51=88&55=91&57=93&65=99&66=102&68=104'
# generator.render.precompile: jinja2 3.1.6 options 826747d6ece0e2af source 3ea671c0e220eb3f7d3d0884e78705e80069fbda81b67221f258afe8acc31294
