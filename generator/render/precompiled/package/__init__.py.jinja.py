from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'package/__init__.py.jinja'

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
        t_2 = environment.filters['pystr']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'pystr' found.")
    pass
    yield '"""'
    yield str(t_1(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'title')))
    yield "\n\nA Python client generated from the API's OpenAPI description.\n\n    from "
    yield str(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'package_name'))
    yield ' import Client\n    client = Client()\n"""\n\nfrom ._core.result import ApiResult\nfrom ._core.retry import Backoff\nfrom .client import AsyncClient, Client\nfrom .environment import Environment\nfrom .errors import (\n    ApiConnectionError,\n    ApiError,\n    ApiResponseValidationError,\n    ApiStatusError,\n    ApiTimeoutError,\n    MissingCredentialError,\n)\n\n__version__ = '
    yield str(t_2(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'package_version')))
    yield '\n\n__all__ = [\n    "ApiConnectionError",\n    "ApiError",\n    "ApiResponseValidationError",\n    "ApiResult",\n    "ApiStatusError",\n    "ApiTimeoutError",\n    "AsyncClient",\n    "Backoff",\n    "Client",\n    "Environment",\n    "MissingCredentialError",\n    "__version__",\n]\n'

blocks = {}
debug_info = '1=25&5=27&22=29'
# generator.render.precompile: jinja2 3.1.6 options 826747d6ece0e2af source 39a8ca02fbca838a7a679260a682cddf27d382d9b18321510664de828d6eecdb
