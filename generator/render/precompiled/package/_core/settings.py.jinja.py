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
    yield str(environment.getattr(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'settings_module'), 'typing_names'))
    yield '\n\nfrom .scheme import Scheme\n\nLOGGER_NAME = '
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
    yield "\n# The field of a response that lists the errors (Square's `errors: [Error]`); None when the\n# spec's error responses have no such list: then no body's `errors` makes a result an error.\nERRORS_FIELD = "
    yield str((t_2(environment.getattr(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'error_model'), 'field')) if environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'error_model') else 'None'))
    yield "\n# JSON property names whose values are secrets (the spec's secret fields).\nSECRET_NAMES: frozenset[str] = "
    yield str(environment.getattr(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'settings_module'), 'secret_names'))
    yield "\n# The spec's security schemes, by their key in the spec.\nSCHEMES: dict[str, Scheme] = "
    yield str(environment.getattr(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'settings_module'), 'schemes'))
    yield '\n'
    if environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'error_model'):
        pass
        yield '\nif TYPE_CHECKING:\n    # Not imported when the package is: the models (and pydantic) load on first use.\n    from ..models import '
        yield str(t_1(environment.getattr(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'error_model'), 'model_name')))
        yield '\n\n    ErrorItem = '
        yield str(t_1(environment.getattr(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'error_model'), 'model_name')))
        yield '\n\n\ndef error_item_type() -> Any:\n    """The type of one item of a response\'s error list."""\n    from ..models import '
        yield str(t_1(environment.getattr(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'error_model'), 'model_name')))
        yield '\n\n    return '
        yield str(t_1(environment.getattr(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'error_model'), 'model_name')))
        yield '\n'
    else:
        pass
        yield 'ErrorItem = Any\n\n\ndef error_item_type() -> Any:\n    """The type of one item of a response\'s error list."""\n    return ErrorItem\n'

blocks = {}
debug_info = '8=25&12=27&13=29&14=31&15=33&16=35&17=37&18=39&19=41&22=43&24=45&26=47&27=49&31=52&33=54&38=56&40=58'
# generator.render.precompile: jinja2 3.1.6 options 826747d6ece0e2af source d04d7512e6109397be8fd2eb65af7d9fba201ff9e104095b06fc151a5eaf3829
