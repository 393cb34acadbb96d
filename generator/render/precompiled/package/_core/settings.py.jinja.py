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
        t_1 = environment.filters['pystr']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'pystr' found.")
    pass
    yield '"""This API\'s runtime defaults and the facts about it that the runtime needs, from the spec.\n\nThe other modules of ``_core`` are the same for every generated client.\n"""\n\nLOGGER_NAME = '
    yield str(t_1(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'package_name')))
    yield '\nUSER_AGENT_PREFIX = '
    yield str(t_1(environment.getattr(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'runtime'), 'user_agent')))
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
    yield str(t_1((environment.getattr(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'error_model'), 'field') if environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'error_model') else 'errors')))
    yield "\n# JSON property names whose values are secrets (the spec's secret fields).\n"
    if environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'secret_names'):
        pass
        yield 'SECRET_NAMES: frozenset[str] = frozenset(\n    {\n'
        for l_1_name in environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'secret_names'):
            _loop_vars = {}
            pass
            yield '        '
            yield str(t_1(l_1_name))
            yield ',\n'
        l_1_name = missing
        yield '    }\n)\n'
    else:
        pass
        yield 'SECRET_NAMES: frozenset[str] = frozenset()\n'

blocks = {}
debug_info = '6=19&7=21&8=23&9=25&10=27&11=29&12=31&13=33&15=35&17=37&20=40&21=44'
# generator.render.precompile: jinja2 3.1.6 options 826747d6ece0e2af source 50bf5cd1476e22dba8797cb3988b0222a310a51e5d744e6ffe712c1113cc345b
