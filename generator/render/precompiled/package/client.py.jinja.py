from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'package/client.py.jinja'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_client = resolve('client')
    l_0_settings = l_0_settings_doc = l_0_config_call = l_0_members = missing
    try:
        t_1 = environment.filters['docstring_text']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'docstring_text' found.")
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
        t_4 = environment.filters['indent_block']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'indent_block' found.")
    try:
        t_5 = environment.filters['pystr']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'pystr' found.")
    pass
    def macro(l_1_is_async):
        t_6 = []
        if l_1_is_async is missing:
            l_1_is_async = undefined("parameter 'is_async' was not provided", name='is_async')
        pass
        t_6.append(
            '        *,\n',
        )
        for l_2_setting in environment.getattr(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'constructor'), 'settings'):
            _loop_vars = {}
            pass
            t_6.extend((
                '        ',
                str(t_2(environment.getattr(l_2_setting, 'py_name'))),
                ': ',
                str((environment.getattr(l_2_setting, 'async_annotation') if l_1_is_async else environment.getattr(l_2_setting, 'annotation'))),
                ' = ',
                str(environment.getattr(l_2_setting, 'default')),
                ',\n',
            ))
        l_2_setting = missing
        t_6.append(
            '        environment: Environment | None = None,\n        base_url: str | None = None,\n        timeout: float | httpx.Timeout | None = None,\n        max_retries: int = DEFAULT_MAX_RETRIES,\n        backoff: Backoff | None = None,\n        headers: Mapping[str, str] | None = None,',
        )
        return concat(t_6)
    context.exported_vars.add('settings')
    context.vars['settings'] = l_0_settings = Macro(environment, macro, 'settings', ('is_async',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_kind):
        t_7 = []
        if l_1_kind is missing:
            l_1_kind = undefined("parameter 'kind' was not provided", name='kind')
        pass
        t_7.append(
            '        Args:\n',
        )
        for l_2_setting in environment.getattr(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'constructor'), 'settings'):
            _loop_vars = {}
            pass
            t_7.extend((
                '            ',
                str(environment.getattr(l_2_setting, 'py_name')),
                ': ',
                str(t_3(t_1(environment.getattr(l_2_setting, 'doc')), 16)),
                '\n',
            ))
        l_2_setting = missing
        t_7.extend((
            "            environment: One of the spec's servers; default ``Environment.",
            str(environment.getattr(environment.getitem(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'servers'), 0), 'name')),
            '``.\n            base_url: Any other server (a proxy, a mock); wins over ``environment``. When\n                neither is given, the ``',
            str(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'env_prefix')),
            '_BASE_URL`` environment variable is\n                used if set.\n            timeout: Seconds, or an ``httpx.Timeout``, for each attempt; default\n                ',
            str(environment.getattr(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'runtime'), 'timeout')),
            ' s (',
            str(environment.getattr(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'runtime'), 'connect_timeout')),
            " s to connect). The whole attempt, however\n                slowly the server sends, ends within the longest of its phases.\n                ``httpx.Timeout(None)`` waits forever. With ``http_client`` and no\n                ``timeout``, that client's own timeout applies unless it is httpx's default.\n            max_retries: How many times a failed attempt is retried (connection errors,\n                timeouts, 408, 429, 5xx); default ",
            str(environment.getattr(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'runtime'), 'max_retries')),
            '; ``0`` turns retries off.\n            backoff: The waits between attempts; default ``Backoff()``: from\n                ',
            str(environment.getattr(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'runtime'), 'initial_retry_delay')),
            ' s, doubling up to ',
            str(environment.getattr(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'runtime'), 'max_retry_delay')),
            ' s; ``Retry-After`` is honoured up\n                to ',
            str(environment.getattr(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'runtime'), 'max_retry_after')),
            ' s.\n            headers: Extra headers sent with every request.\n            http_client: Your own ``',
            str(l_1_kind),
            '`` (proxies, certificates, transports); the\n                client does not close it.',
        ))
        return concat(t_7)
    context.exported_vars.add('settings_doc')
    context.vars['settings_doc'] = l_0_settings_doc = Macro(environment, macro, 'settings_doc', ('kind',), False, False, False, context.eval_ctx.autoescape)
    def macro():
        t_8 = []
        pass
        t_8.extend((
            '            _config(\n                credentials=',
            str(environment.getattr(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'constructor'), 'credentials')),
            ',\n                global_headers=',
            str(environment.getattr(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'constructor'), 'global_headers')),
            ',\n                environment=environment,\n                base_url=base_url,\n                timeout=timeout,\n                max_retries=max_retries,\n                backoff=backoff,\n                headers=headers,\n                http_client=http_client,\n            ),',
        ))
        return concat(t_8)
    context.exported_vars.add('config_call')
    context.vars['config_call'] = l_0_config_call = Macro(environment, macro, 'config_call', (), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_kind):
        t_9 = []
        if l_1_kind is missing:
            l_1_kind = undefined("parameter 'kind' was not provided", name='kind')
        pass
        t_9.extend((
            '    def __init__(\n        self,\n',
            str(context.call((undefined(name='settings') if l_0_settings is missing else l_0_settings), environment.getattr(l_1_kind, 'is_async'))),
            '\n        http_client: ',
            str(environment.getattr(l_1_kind, 'http_client')),
            ' | None = None,\n    ) -> None:\n        """Create ',
            str(environment.getattr(l_1_kind, 'article')),
            '.\n\n',
            str(context.call((undefined(name='settings_doc') if l_0_settings_doc is missing else l_0_settings_doc), environment.getattr(l_1_kind, 'http_client'))),
            '\n        """\n        self._http = ',
            str(environment.getattr(l_1_kind, 'sender')),
            '(\n',
            str(context.call((undefined(name='config_call') if l_0_config_call is missing else l_0_config_call))),
            '\n            http_client,\n        )\n\n    def with_options(\n        self,\n        *,\n',
        ))
        for l_2_setting in environment.getattr(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'constructor'), 'credential_settings'):
            _loop_vars = {}
            pass
            t_9.extend((
                '        ',
                str(t_2(environment.getattr(l_2_setting, 'py_name'))),
                ': ',
                str((environment.getattr(l_2_setting, 'async_annotation') if environment.getattr(l_1_kind, 'is_async') else environment.getattr(l_2_setting, 'annotation'))),
                ' = None,\n',
            ))
        l_2_setting = missing
        t_9.extend((
            '        base_url: str | None = None,\n        timeout: float | httpx.Timeout | None = None,\n        max_retries: int | None = None,\n        backoff: Backoff | None = None,\n        headers: Mapping[str, str] | None = None,\n    ) -> ',
            str(environment.getattr(l_1_kind, 'name')),
            ':\n        """A copy of this client with other settings, on the same connection pool.\n\n        Each argument left out (``None``) keeps this client\'s setting; ``headers`` are\n        added to this client\'s. The copy shares the connections, so one client per\n        tenant or token costs no pool of its own; closing the copy leaves the pool open,\n        closing this client closes it for every copy.\n        """\n        copy = ',
            str(environment.getattr(l_1_kind, 'name')),
            '.__new__(',
            str(environment.getattr(l_1_kind, 'name')),
            ')\n        copy._http = self._http.with_config(\n            changed_config(\n                self._http.config,\n                credentials=',
            str(environment.getattr(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'constructor'), 'credentials')),
            ',\n                base_url=base_url,\n                timeout=timeout,\n                max_retries=max_retries,\n                backoff=backoff,\n                headers=headers,\n            )\n        )\n        return copy\n',
        ))
        for l_2_api in environment.getattr(l_1_kind, 'attributes'):
            _loop_vars = {}
            pass
            t_9.extend((
                '\n    @cached_property\n    def ',
                str(t_2(environment.getattr(l_2_api, 'attribute'))),
                '(self) -> ',
                str(environment.getattr(l_2_api, 'class_name')),
                ':\n        """',
                str(t_1(environment.getattr(l_2_api, 'title'))),
                ' operations."""\n',
            ))
            if (not environment.getattr(l_1_kind, 'is_async')):
                pass
                t_9.append(
                    '        # Imported on first use: a client of a large API starts without loading them all.\n',
                )
            t_9.extend((
                '        from .apis.',
                str(environment.getattr(l_2_api, 'module_name')),
                ' import ',
                str(environment.getattr(l_2_api, 'class_name')),
                '\n\n        return ',
                str(environment.getattr(l_2_api, 'class_name')),
                '(self._http)\n',
            ))
        l_2_api = missing
        t_9.extend((
            '\n    @property\n    def base_url(self) -> str:\n        """Where requests go, without a trailing slash."""\n        return self._http.config.base_url\n\n    @property\n    def http_client(self) -> ',
            str(environment.getattr(l_1_kind, 'http_client')),
            ':\n        """The ``httpx`` client that sends the requests (yours, when you passed one)."""\n        return self._http.client\n\n    ',
            str(('async ' if environment.getattr(l_1_kind, 'is_async') else cond_expr_undefined("the inline if-expression on line 120 in 'package/client.py.jinja' evaluated to false and no else section was defined."))),
            'def close(self) -> None:\n        """Close the connection pool (unless it was passed in as ``http_client``)."""\n        ',
            str(('await ' if environment.getattr(l_1_kind, 'is_async') else cond_expr_undefined("the inline if-expression on line 122 in 'package/client.py.jinja' evaluated to false and no else section was defined."))),
            'self._http.close()\n\n    ',
            str(('async ' if environment.getattr(l_1_kind, 'is_async') else cond_expr_undefined("the inline if-expression on line 124 in 'package/client.py.jinja' evaluated to false and no else section was defined."))),
            'def __',
            str(('a' if environment.getattr(l_1_kind, 'is_async') else cond_expr_undefined("the inline if-expression on line 124 in 'package/client.py.jinja' evaluated to false and no else section was defined."))),
            'enter__(self) -> ',
            str(environment.getattr(l_1_kind, 'name')),
            ':\n        return self\n\n    ',
            str(('async ' if environment.getattr(l_1_kind, 'is_async') else cond_expr_undefined("the inline if-expression on line 127 in 'package/client.py.jinja' evaluated to false and no else section was defined."))),
            'def __',
            str(('a' if environment.getattr(l_1_kind, 'is_async') else cond_expr_undefined("the inline if-expression on line 127 in 'package/client.py.jinja' evaluated to false and no else section was defined."))),
            'exit__(\n        self,\n        kind: type[BaseException] | None,\n        error: BaseException | None,\n        trace: TracebackType | None,\n    ) -> None:\n        ',
            str(('await ' if environment.getattr(l_1_kind, 'is_async') else cond_expr_undefined("the inline if-expression on line 133 in 'package/client.py.jinja' evaluated to false and no else section was defined."))),
            'self.close()\n\n    def __repr__(self) -> str:\n        return _describe(',
            str(t_5(environment.getattr(l_1_kind, 'name'))),
            ', self._http.config)',
        ))
        return concat(t_9)
    context.exported_vars.add('members')
    context.vars['members'] = l_0_members = Macro(environment, macro, 'members', ('kind',), False, False, False, context.eval_ctx.autoescape)
    yield from context.blocks['module_header'][0](context)
    yield '\nfrom __future__ import annotations\n\n'
    yield from context.blocks['imports'][0](context)
    yield '\nBASE_URL_VARIABLE = '
    yield str(t_5(str_join((environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'env_prefix'), '_BASE_URL', ))))
    yield '\n# The environment variable each credential left out is read from, by scheme key.\nCREDENTIAL_VARIABLES: dict[str, str] = '
    yield str(environment.getattr(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'constructor'), 'variables'))
    yield '\nHTTPX_DEFAULT_TIMEOUT = httpx.Timeout(5.0)\n\n\ndef _from_environment(key: str, value: AsyncCredential) -> AsyncCredential:\n    """A credential left out is read from its scheme\'s environment variable, if it has one\n    (HTTP basic has none)."""\n    variable = CREDENTIAL_VARIABLES.get(key)\n    if value is None and variable is not None:\n        return os.environ.get(variable)\n    return value\n\n\ndef _config(\n    *,\n    credentials: Mapping[str, AsyncCredential],\n    global_headers: Mapping[str, str | None],\n    environment: Environment | None,\n    base_url: str | None,\n    timeout: float | httpx.Timeout | None,\n    max_retries: int,\n    backoff: Backoff | None,\n    headers: Mapping[str, str] | None,\n    http_client: httpx.Client | httpx.AsyncClient | None,\n) -> ClientConfig:\n    if base_url is None:\n        if environment is not None:\n            base_url = environment.value\n        else:\n            base_url = os.environ.get(BASE_URL_VARIABLE) or DEFAULT_ENVIRONMENT.value\n    if max_retries < 0:\n        raise ValueError(f"max_retries must be 0 or more, not {max_retries}")\n    if timeout is None:\n        # A client the caller configured keeps its timeout; httpx\'s own default (5 s) is\n        # too short for a default, so it yields to ours.\n        if http_client is not None and http_client.timeout != HTTPX_DEFAULT_TIMEOUT:\n            timeout = http_client.timeout\n        else:\n            timeout = DEFAULT_TIMEOUT\n    elif not isinstance(timeout, httpx.Timeout):\n        timeout = httpx.Timeout(timeout)\n    sent = {name: value for name, value in global_headers.items() if value is not None}\n    given = {key: _from_environment(key, value) for key, value in credentials.items()}\n    return ClientConfig(\n        base_url=base_url.rstrip("/"),\n        credentials=given,\n        headers={**sent, **(headers or {})},\n        timeout=timeout,\n        max_retries=max_retries,\n        backoff=backoff or DEFAULT_BACKOFF,\n    )\n\n\ndef _describe(kind: str, config: ClientConfig) -> str:\n    # Names of the credentials that are set, never their values.\n    given = sorted(\n        SCHEMES[key].setting for key, value in config.credentials.items() if value\n    )\n    return (\n        f"{kind}(base_url={redact_userinfo(config.base_url)!r}, credentials={given!r}, "\n        f"timeout={config.timeout!r}, max_retries={config.max_retries})"\n    )\n\n\nclass Client:\n'
    t_10 = []
    pass
    gen = context.blocks['client_docstring'][0](context)
    try:
        for event in gen:
            t_10.append(event)
    finally: gen.close()
    yield t_4(concat(t_10), 4)
    yield '\n'
    yield str(context.call((undefined(name='members') if l_0_members is missing else l_0_members), environment.getattr(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'constructor'), 'sync_class')))
    yield '\n'
    t_11 = []
    pass
    gen = context.blocks['client_methods'][0](context)
    try:
        for event in gen:
            t_11.append(event)
    finally: gen.close()
    yield t_4(concat(t_11), 4)
    yield '\n\nclass AsyncClient:\n'
    t_12 = []
    pass
    gen = context.blocks['async_client_docstring'][0](context)
    try:
        for event in gen:
            t_12.append(event)
    finally: gen.close()
    yield t_4(concat(t_12), 4)
    yield '\n'
    yield str(context.call((undefined(name='members') if l_0_members is missing else l_0_members), environment.getattr(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'constructor'), 'async_class')))
    yield '\n'
    t_13 = []
    pass
    gen = context.blocks['async_client_methods'][0](context)
    try:
        for event in gen:
            t_13.append(event)
    finally: gen.close()
    yield t_4(concat(t_13), 4)

def block_module_header(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield '"""``Client`` and ``AsyncClient``: configuration, and one attribute per API class."""\n'

def block_imports(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_client = resolve('client')
    try:
        t_14 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_14(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    pass
    yield 'import os\nfrom collections.abc import Mapping\nfrom functools import cached_property\nfrom types import TracebackType\nfrom typing import TYPE_CHECKING\n\nimport httpx\n\n'
    if environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'auth_schemes'):
        pass
        yield 'from ._core.auth import SCHEMES, AsyncCredential, Credential\n'
    else:
        pass
        yield 'from ._core.auth import SCHEMES, AsyncCredential\n'
    yield 'from ._core.http import (\n    DEFAULT_TIMEOUT,\n    AsyncHttpClient,\n    ClientConfig,\n    SyncHttpClient,\n    changed_config,\n)\nfrom ._core.redact import redact_userinfo\nfrom ._core.retry import DEFAULT_BACKOFF, DEFAULT_MAX_RETRIES, Backoff\nfrom .environment import DEFAULT_ENVIRONMENT, Environment\n'
    if environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'apis'):
        pass
        yield '\nif TYPE_CHECKING:\n    from .apis import (\n        '
        yield str(t_14(context.eval_ctx, environment.getattr(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'api_index'), 'names'), ',\n        '))
        yield ',\n    )\n'

def block_client_docstring(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield '"""The synchronous client. Use it as a context manager, or call ``close()``."""\n'

def block_client_methods(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass

def block_async_client_docstring(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield '"""The asynchronous client; the same API as ``Client``, with ``await``."""\n'

def block_async_client_methods(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass

blocks = {'module_header': block_module_header, 'imports': block_imports, 'client_docstring': block_client_docstring, 'client_methods': block_client_methods, 'async_client_docstring': block_async_client_docstring, 'async_client_methods': block_async_client_methods}
debug_info = '1=43&3=51&4=56&13=70&15=78&16=83&18=91&20=93&23=95&28=99&30=101&31=105&33=107&36=113&38=118&39=120&50=126&53=133&54=135&56=137&58=139&60=141&61=143&68=146&69=151&76=159&84=161&88=165&97=168&100=173&101=177&102=180&105=187&107=191&116=197&120=199&122=201&124=203&127=209&133=213&136=215&139=221&146=223&179=225&181=227&248=233&246=236&253=238&256=244&254=247&264=253&262=256&269=258&272=264&270=267&139=269&146=279&155=295&170=302&174=305&248=308&256=318&264=327&272=337'
# generator.render.precompile: jinja2 3.1.6 options 826747d6ece0e2af source afd2f176c1621454598d7b87fbf03b24fbbdc62d1653efd49f03a119aa990381
