from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'package/client.py.jinja'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_client = resolve('client')
    l_0_settings = l_0_settings_doc = l_0_config_call = missing
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
        t_5 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_6 = environment.filters['pystr']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'pystr' found.")
    try:
        t_7 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    def macro():
        t_8 = []
        pass
        t_8.append(
            '        *,\n',
        )
        for l_2_scheme in environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'auth_schemes'):
            _loop_vars = {}
            pass
            t_8.extend((
                '        ',
                str(t_2(environment.getattr(l_2_scheme, 'setting_name'))),
                ': str | None = None,\n',
            ))
        l_2_scheme = missing
        for l_2_header in environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'global_headers'):
            _loop_vars = {}
            pass
            t_8.extend((
                '        ',
                str(t_2(environment.getattr(l_2_header, 'py_name'))),
                ': str | None = ',
                str((t_6(environment.getattr(l_2_header, 'default')) if (not t_7(environment.getattr(l_2_header, 'default'))) else 'None')),
                ',\n',
            ))
        l_2_header = missing
        t_8.append(
            '        environment: Environment | None = None,\n        base_url: str | None = None,\n        timeout: float | httpx.Timeout | None = None,\n        max_retries: int = DEFAULT_MAX_RETRIES,\n        backoff: Backoff | None = None,\n        headers: Mapping[str, str] | None = None,',
        )
        return concat(t_8)
    context.exported_vars.add('settings')
    context.vars['settings'] = l_0_settings = Macro(environment, macro, 'settings', (), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_kind):
        t_9 = []
        if l_1_kind is missing:
            l_1_kind = undefined("parameter 'kind' was not provided", name='kind')
        pass
        t_9.append(
            '        Args:\n',
        )
        for l_2_scheme in environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'auth_schemes'):
            _loop_vars = {}
            pass
            t_9.extend((
                '            ',
                str(environment.getattr(l_2_scheme, 'setting_name')),
                ': ',
                str(t_3(t_1((environment.getattr(l_2_scheme, 'description') or str_join(('Credential for the ', environment.getattr(l_2_scheme, 'key'), ' scheme.', )))), 16)),
                '\n',
            ))
        l_2_scheme = missing
        for l_2_header in environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'global_headers'):
            _loop_vars = {}
            pass
            t_9.extend((
                '            ',
                str(environment.getattr(l_2_header, 'py_name')),
                ': ',
                str(t_3(t_1(str_join(('The `', environment.getattr(l_2_header, 'wire_name'), '` header sent with every request. ', environment.getattr(l_2_header, 'description'), ))), 16)),
                '\n',
            ))
        l_2_header = missing
        t_9.extend((
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
        return concat(t_9)
    context.exported_vars.add('settings_doc')
    context.vars['settings_doc'] = l_0_settings_doc = Macro(environment, macro, 'settings_doc', ('kind',), False, False, False, context.eval_ctx.autoescape)
    def macro():
        t_10 = []
        l_1_credentials = l_1_global_headers = missing
        pass
        l_1_credentials = []
        for l_2_scheme in environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'auth_schemes'):
            l_2__ = missing
            _loop_vars = {}
            pass
            l_2__ = context.call(environment.getattr((undefined(name='credentials') if l_1_credentials is missing else l_1_credentials), 'append'), str_join((t_6(environment.getattr(l_2_scheme, 'key')), ': ', environment.getattr(l_2_scheme, 'setting_name'), )), _loop_vars=_loop_vars)
            _loop_vars['_'] = l_2__
        l_2_scheme = l_2__ = missing
        l_1_global_headers = []
        for l_2_header in environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'global_headers'):
            l_2__ = missing
            _loop_vars = {}
            pass
            l_2__ = context.call(environment.getattr((undefined(name='global_headers') if l_1_global_headers is missing else l_1_global_headers), 'append'), str_join((t_6(environment.getattr(l_2_header, 'wire_name')), ': ', environment.getattr(l_2_header, 'py_name'), )), _loop_vars=_loop_vars)
            _loop_vars['_'] = l_2__
        l_2_header = l_2__ = missing
        t_10.extend((
            '            _config(\n                credentials=',
            str(str_join(('{', t_5(context.eval_ctx, (undefined(name='credentials') if l_1_credentials is missing else l_1_credentials), ', '), '}', ))),
            ',\n                global_headers=',
            str(str_join(('{', t_5(context.eval_ctx, (undefined(name='global_headers') if l_1_global_headers is missing else l_1_global_headers), ', '), '}', ))),
            ',\n                environment=environment,\n                base_url=base_url,\n                timeout=timeout,\n                max_retries=max_retries,\n                backoff=backoff,\n                headers=headers,\n                http_client=http_client,\n            ),',
        ))
        return concat(t_10)
    context.exported_vars.add('config_call')
    context.vars['config_call'] = l_0_config_call = Macro(environment, macro, 'config_call', (), False, False, False, context.eval_ctx.autoescape)
    yield from context.blocks['module_header'][0](context)
    yield '\nfrom __future__ import annotations\n\n'
    yield from context.blocks['imports'][0](context)
    yield '\nBASE_URL_VARIABLE = '
    yield str(t_6(str_join((environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'env_prefix'), '_BASE_URL', ))))
    yield '\nHTTPX_DEFAULT_TIMEOUT = httpx.Timeout(5.0)\n\n\ndef _config(\n    *,\n    credentials: Mapping[str, str | None],\n    global_headers: Mapping[str, str | None],\n    environment: Environment | None,\n    base_url: str | None,\n    timeout: float | httpx.Timeout | None,\n    max_retries: int,\n    backoff: Backoff | None,\n    headers: Mapping[str, str] | None,\n    http_client: httpx.Client | httpx.AsyncClient | None,\n) -> ClientConfig:\n    if base_url is None:\n        if environment is not None:\n            base_url = environment.value\n        else:\n            base_url = os.environ.get(BASE_URL_VARIABLE) or DEFAULT_ENVIRONMENT.value\n    if max_retries < 0:\n        raise ValueError(f"max_retries must be 0 or more, not {max_retries}")\n    if timeout is None:\n        # A client the caller configured keeps its timeout; httpx\'s own default (5 s) is\n        # too short for a default, so it yields to ours.\n        if http_client is not None and http_client.timeout != HTTPX_DEFAULT_TIMEOUT:\n            timeout = http_client.timeout\n        else:\n            timeout = DEFAULT_TIMEOUT\n    elif not isinstance(timeout, httpx.Timeout):\n        timeout = httpx.Timeout(timeout)\n    sent = {name: value for name, value in global_headers.items() if value is not None}\n    return ClientConfig(\n        base_url=base_url.rstrip("/"),\n        credentials=dict(credentials),\n        headers={**sent, **(headers or {})},\n        timeout=timeout,\n        max_retries=max_retries,\n        backoff=backoff or DEFAULT_BACKOFF,\n    )\n\n\ndef _describe(kind: str, config: ClientConfig) -> str:\n    # Names of the credentials that are set, never their values.\n    given = sorted(\n        SCHEMES[key].setting for key, value in config.credentials.items() if value\n    )\n    return (\n        f"{kind}(base_url={redact_userinfo(config.base_url)!r}, credentials={given!r}, "\n        f"timeout={config.timeout!r}, max_retries={config.max_retries})"\n    )\n\n\nclass Client:\n'
    t_11 = []
    pass
    gen = context.blocks['client_docstring'][0](context)
    try:
        for event in gen:
            t_11.append(event)
    finally: gen.close()
    yield t_4(concat(t_11), 4)
    yield '\n    def __init__(\n        self,\n'
    yield str(context.call((undefined(name='settings') if l_0_settings is missing else l_0_settings)))
    yield '\n        http_client: httpx.Client | None = None,\n    ) -> None:\n        """Create a client.\n\n'
    yield str(context.call((undefined(name='settings_doc') if l_0_settings_doc is missing else l_0_settings_doc), 'httpx.Client'))
    yield '\n        """\n        self._http = SyncHttpClient(\n'
    yield str(context.call((undefined(name='config_call') if l_0_config_call is missing else l_0_config_call)))
    yield '\n            http_client,\n        )\n'
    for l_1_api in environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'apis'):
        _loop_vars = {}
        pass
        yield '\n    @cached_property\n    def '
        yield str(t_2(environment.getattr(l_1_api, 'attribute')))
        yield '(self) -> '
        yield str(environment.getattr(l_1_api, 'class_name'))
        yield ':\n        """'
        yield str(t_1(environment.getattr(l_1_api, 'title')))
        yield ' operations."""\n        # Imported on first use: a client of a large API starts without loading them all.\n        from .apis.'
        yield str(environment.getattr(l_1_api, 'module_name'))
        yield ' import '
        yield str(environment.getattr(l_1_api, 'class_name'))
        yield '\n\n        return '
        yield str(environment.getattr(l_1_api, 'class_name'))
        yield '(self._http)\n'
    l_1_api = missing
    yield '\n    @property\n    def base_url(self) -> str:\n        """Where requests go, without a trailing slash."""\n        return self._http.config.base_url\n\n    @property\n    def http_client(self) -> httpx.Client:\n        """The ``httpx`` client that sends the requests (yours, when you passed one)."""\n        return self._http.client\n\n    def close(self) -> None:\n        """Close the connection pool (unless it was passed in as ``http_client``)."""\n        self._http.close()\n\n    def __enter__(self) -> Client:\n        return self\n\n    def __exit__(\n        self,\n        kind: type[BaseException] | None,\n        error: BaseException | None,\n        trace: TracebackType | None,\n    ) -> None:\n        self.close()\n\n    def __repr__(self) -> str:\n        return _describe("Client", self._http.config)\n'
    t_12 = []
    pass
    gen = context.blocks['client_methods'][0](context)
    try:
        for event in gen:
            t_12.append(event)
    finally: gen.close()
    yield t_4(concat(t_12), 4)
    yield '\n\nclass AsyncClient:\n'
    t_13 = []
    pass
    gen = context.blocks['async_client_docstring'][0](context)
    try:
        for event in gen:
            t_13.append(event)
    finally: gen.close()
    yield t_4(concat(t_13), 4)
    yield '\n    def __init__(\n        self,\n'
    yield str(context.call((undefined(name='settings') if l_0_settings is missing else l_0_settings)))
    yield '\n        http_client: httpx.AsyncClient | None = None,\n    ) -> None:\n        """Create an async client.\n\n'
    yield str(context.call((undefined(name='settings_doc') if l_0_settings_doc is missing else l_0_settings_doc), 'httpx.AsyncClient'))
    yield '\n        """\n        self._http = AsyncHttpClient(\n'
    yield str(context.call((undefined(name='config_call') if l_0_config_call is missing else l_0_config_call)))
    yield '\n            http_client,\n        )\n'
    for l_1_api in environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'apis'):
        _loop_vars = {}
        pass
        yield '\n    @cached_property\n    def '
        yield str(t_2(environment.getattr(l_1_api, 'attribute')))
        yield '(self) -> '
        yield str(environment.getattr(l_1_api, 'async_class_name'))
        yield ':\n        """'
        yield str(t_1(environment.getattr(l_1_api, 'title')))
        yield ' operations."""\n        from .apis.'
        yield str(environment.getattr(l_1_api, 'module_name'))
        yield ' import '
        yield str(environment.getattr(l_1_api, 'async_class_name'))
        yield '\n\n        return '
        yield str(environment.getattr(l_1_api, 'async_class_name'))
        yield '(self._http)\n'
    l_1_api = missing
    yield '\n    @property\n    def base_url(self) -> str:\n        """Where requests go, without a trailing slash."""\n        return self._http.config.base_url\n\n    @property\n    def http_client(self) -> httpx.AsyncClient:\n        """The ``httpx`` client that sends the requests (yours, when you passed one)."""\n        return self._http.client\n\n    async def close(self) -> None:\n        """Close the connection pool (unless it was passed in as ``http_client``)."""\n        await self._http.close()\n\n    async def __aenter__(self) -> AsyncClient:\n        return self\n\n    async def __aexit__(\n        self,\n        kind: type[BaseException] | None,\n        error: BaseException | None,\n        trace: TracebackType | None,\n    ) -> None:\n        await self.close()\n\n    def __repr__(self) -> str:\n        return _describe("AsyncClient", self._http.config)\n'
    t_14 = []
    pass
    gen = context.blocks['async_client_methods'][0](context)
    try:
        for event in gen:
            t_14.append(event)
    finally: gen.close()
    yield t_4(concat(t_14), 4)

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
        t_15 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_15(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_16 = environment.filters['map']
    except KeyError:
        @internalcode
        def t_16(*unused):
            raise TemplateRuntimeError("No filter named 'map' found.")
    try:
        t_17 = environment.filters['sort']
    except KeyError:
        @internalcode
        def t_17(*unused):
            raise TemplateRuntimeError("No filter named 'sort' found.")
    pass
    yield 'import os\nfrom collections.abc import Mapping\nfrom functools import cached_property\nfrom types import TracebackType\nfrom typing import TYPE_CHECKING\n\nimport httpx\n\nfrom ._core.auth import SCHEMES\nfrom ._core.http import DEFAULT_TIMEOUT, AsyncHttpClient, ClientConfig, SyncHttpClient\nfrom ._core.redact import redact_userinfo\nfrom ._core.retry import DEFAULT_BACKOFF, DEFAULT_MAX_RETRIES, Backoff\nfrom .environment import DEFAULT_ENVIRONMENT, Environment\n'
    if environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'apis'):
        pass
        yield '\nif TYPE_CHECKING:\n    from .apis import (\n'
        for l_1_name in t_17(environment, (t_15(context.eval_ctx, t_16(context, environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'apis'), attribute='async_class_name')) + t_15(context.eval_ctx, t_16(context, environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'apis'), attribute='class_name')))):
            _loop_vars = {}
            pass
            yield '        '
            yield str(l_1_name)
            yield ',\n'
        l_1_name = missing
        yield '    )\n'

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
debug_info = '1=55&3=61&4=66&6=70&7=75&16=87&18=95&19=100&21=106&22=111&24=119&26=121&29=123&34=127&36=129&37=133&39=135&42=141&43=145&44=146&45=150&47=153&48=154&49=158&52=163&53=165&64=171&71=173&96=175&153=181&151=184&160=186&165=188&168=190&171=192&174=196&175=200&177=202&179=206&211=214&209=217&219=223&217=226&226=228&231=230&234=232&237=234&240=238&241=242&242=244&244=248&276=256&274=259&64=261&71=271&85=299&89=302&90=306&153=311&211=321&219=330&276=340'
# generator.render.precompile: jinja2 3.1.6 options 826747d6ece0e2af source 7b24514cba38a4b669117ba2d92ecb0ac728dc097f5d88b63dac8e7854870208
