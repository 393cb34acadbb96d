from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'package/apis/api.py.jinja'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_api = resolve('api')
    try:
        t_1 = environment.filters['indent_block']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'indent_block' found.")
    pass
    yield from context.blocks['module_header'][0](context)
    yield '\nfrom __future__ import annotations\n\n'
    yield from context.blocks['imports'][0](context)
    l_1_loop = missing
    for l_1_operation, l_1_loop in LoopContext(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'operations'), undefined):
        _loop_vars = {}
        pass
        yield '\n\n'
        yield from context.blocks['request_builder'][0](context.derived({'loop': l_1_loop, 'operation': l_1_operation}))
    l_1_loop = l_1_operation = missing
    l_1_loop = missing
    for l_1_is_async, l_1_loop in LoopContext([False, True], undefined):
        _loop_vars = {}
        pass
        yield '\n\nclass '
        yield str((environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'async_class_name') if l_1_is_async else environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'class_name')))
        yield ':\n'
        t_2 = []
        pass
        gen = context.blocks['class_docstring'][0](context.derived({'is_async': l_1_is_async, 'loop': l_1_loop}))
        try:
            for event in gen:
                t_2.append(event)
        finally: gen.close()
        yield t_1(concat(t_2), 4)
        yield '\n    def __init__(self, http: '
        yield str(('AsyncHttpClient' if l_1_is_async else 'SyncHttpClient'))
        yield ') -> None:\n        self._http = http\n'
        l_2_loop = missing
        for l_2_operation, l_2_loop in LoopContext(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'operations'), undefined):
            _loop_vars = {}
            pass
            yield '\n    '
            yield str(('async def' if l_1_is_async else 'def'))
            yield ' '
            yield str(environment.getattr(l_2_operation, 'py_name'))
            yield '(\n'
            t_3 = []
            pass
            gen = context.blocks['method_signature'][0](context.derived({'loop': l_2_loop, 'operation': l_2_operation, 'is_async': l_1_is_async}))
            try:
                for event in gen:
                    t_3.append(event)
            finally: gen.close()
            yield t_1(concat(t_3), 8)
            yield '    ) -> ApiResult['
            yield str(environment.getattr(l_2_operation, 'result_annotation'))
            yield ']:\n'
            t_4 = []
            pass
            gen = context.blocks['method_docstring'][0](context.derived({'loop': l_2_loop, 'operation': l_2_operation, 'is_async': l_1_is_async}))
            try:
                for event in gen:
                    t_4.append(event)
            finally: gen.close()
            gen = context.blocks['method_body'][0](context.derived({'loop': l_2_loop, 'operation': l_2_operation, 'is_async': l_1_is_async}))
            try:
                for event in gen:
                    t_4.append(event)
            finally: gen.close()
            yield t_1(concat(t_4), 8)
        l_2_loop = l_2_operation = missing
        t_5 = []
        pass
        gen = context.blocks['class_methods'][0](context.derived({'is_async': l_1_is_async, 'loop': l_1_loop}))
        try:
            for event in gen:
                t_5.append(event)
        finally: gen.close()
        yield t_1(concat(t_5), 4)
    l_1_loop = l_1_is_async = missing

def block_module_header(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_api = resolve('api')
    try:
        t_6 = environment.filters['docstring']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'docstring' found.")
    try:
        t_7 = environment.filters['docstring_text']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'docstring_text' found.")
    pass
    yield '"""'
    yield str(t_7(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'title')))
    yield ': '
    yield str(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'class_name'))
    yield ' and '
    yield str(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'async_class_name'))
    yield '.\n\nGenerated from the operations tagged ``'
    yield str(t_6(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'tag')))
    yield '``; do not edit.\n"""\n'

def block_imports(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_api = resolve('api')
    try:
        t_8 = environment.filters['groupby']
    except KeyError:
        @internalcode
        def t_8(*unused):
            raise TemplateRuntimeError("No filter named 'groupby' found.")
    try:
        t_9 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_9(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_10 = environment.filters['map']
    except KeyError:
        @internalcode
        def t_10(*unused):
            raise TemplateRuntimeError("No filter named 'map' found.")
    try:
        t_11 = environment.filters['selectattr']
    except KeyError:
        @internalcode
        def t_11(*unused):
            raise TemplateRuntimeError("No filter named 'selectattr' found.")
    pass
    def t_12(fiter):
        for l_1_import in fiter:
            if (not environment.getattr(l_1_import, 'module')):
                yield l_1_import
    for l_1_import in t_12(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'imports')):
        _loop_vars = {}
        pass
        yield 'import '
        yield str(environment.getattr(l_1_import, 'name'))
        yield '\n'
    l_1_import = missing
    for (l_1_module, l_1_group) in t_8(environment, t_11(context, environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'imports'), 'module'), 'module'):
        _loop_vars = {}
        pass
        if (not context.call(environment.getattr(l_1_module, 'startswith'), '.', _loop_vars=_loop_vars)):
            pass
            yield 'from '
            yield str(l_1_module)
            yield ' import '
            yield str(t_9(context.eval_ctx, t_10(context, l_1_group, attribute='name'), ', '))
            yield '\n'
    l_1_module = l_1_group = missing
    yield '\nimport httpx\n\nfrom .._core.http import AsyncHttpClient, SyncHttpClient\nfrom .._core.request import '
    yield str(t_9(context.eval_ctx, environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'runtime_names'), ', '))
    yield '\nfrom .._core.result import ApiResult\n'
    for (l_1_module, l_1_group) in t_8(environment, t_11(context, environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'imports'), 'module'), 'module'):
        _loop_vars = {}
        pass
        if context.call(environment.getattr(l_1_module, 'startswith'), '.', _loop_vars=_loop_vars):
            pass
            yield 'from '
            yield str(l_1_module)
            yield ' import '
            yield str(t_9(context.eval_ctx, t_10(context, l_1_group, attribute='name'), ', '))
            yield '\n'
    l_1_module = l_1_group = missing

def block_request_builder(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_operation = resolve('operation')
    l_0_signature = resolve('signature')
    l_0_body = resolve('body')
    l_0_items = missing
    try:
        t_9 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_9(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_13 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_13(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_14 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_14(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_15 = environment.filters['parameter']
    except KeyError:
        @internalcode
        def t_15(*unused):
            raise TemplateRuntimeError("No filter named 'parameter' found.")
    try:
        t_16 = environment.filters['pyliteral']
    except KeyError:
        @internalcode
        def t_16(*unused):
            raise TemplateRuntimeError("No filter named 'pyliteral' found.")
    try:
        t_17 = environment.filters['pystr']
    except KeyError:
        @internalcode
        def t_17(*unused):
            raise TemplateRuntimeError("No filter named 'pystr' found.")
    try:
        t_11 = environment.filters['selectattr']
    except KeyError:
        @internalcode
        def t_11(*unused):
            raise TemplateRuntimeError("No filter named 'selectattr' found.")
    pass
    if ((environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'parameters') or environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'body')) or environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'auth_parameters')):
        pass
        yield 'def _'
        yield str(environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'py_name'))
        yield '_request(\n    *,\n'
        for l_1_param in environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'parameters'):
            _loop_vars = {}
            pass
            yield '    '
            yield str(t_15(environment.getattr(l_1_param, 'type'), environment.getattr(l_1_param, 'py_name'), column=4))
            yield '\n'
        l_1_param = missing
        if environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'body'):
            pass
            yield '    '
            yield str(t_15(environment.getattr(environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'body'), 'type'), environment.getattr(environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'body'), 'py_name'), column=4))
            yield '\n'
        for l_1_auth in environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'auth_parameters'):
            _loop_vars = {}
            pass
            yield '    '
            yield str(environment.getattr(l_1_auth, 'py_name'))
            yield ': str | None,\n'
        l_1_auth = missing
        yield ') -> RequestSpec['
        yield str(environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'result_annotation'))
        yield ']:\n'
    else:
        pass
        l_0_signature = str_join(('def _', environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'py_name'), '_request() -> RequestSpec[', environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'result_annotation'), ']:', ))
        _block_vars['signature'] = l_0_signature
        if (t_13((undefined(name='signature') if l_0_signature is missing else l_0_signature)) <= 88):
            pass
            yield str((undefined(name='signature') if l_0_signature is missing else l_0_signature))
            yield '\n'
        else:
            pass
            yield 'def _'
            yield str(environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'py_name'))
            yield '_request() -> _'
            yield str(environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'py_name'))
            yield '_result:\n'
    yield '    return RequestSpec(\n        operation='
    yield str(t_17(environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'py_name')))
    yield ',\n        method='
    yield str(t_17(environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'http_method')))
    yield ',\n        path=encode_path(\n            '
    yield str(t_17(environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'path')))
    yield ',\n'
    l_0_items = []
    _block_vars['items'] = l_0_items
    def t_18(fiter):
        for l_1_p in fiter:
            if (environment.getattr(l_1_p, 'location') == 'path'):
                yield l_1_p
    for l_1_p in t_18(environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'parameters')):
        l_1__ = missing
        _loop_vars = {}
        pass
        l_1__ = context.call(environment.getattr((undefined(name='items') if l_0_items is missing else l_0_items), 'append'), str_join((t_17(environment.getattr(l_1_p, 'wire_name')), ': ', environment.getattr(l_1_p, 'py_name'), )), _loop_vars=_loop_vars)
        _loop_vars['_'] = l_1__
    l_1_p = l_1__ = missing
    yield '            '
    yield str(str_join(('{', t_9(context.eval_ctx, (undefined(name='items') if l_0_items is missing else l_0_items), ', '), '}', )))
    yield ',\n        ),\n        response_model='
    yield str((environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'result_model') or 'None'))
    yield ',\n'
    if (environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'result_kind') != 'json'):
        pass
        yield '        response_kind='
        yield str(t_17(environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'result_kind')))
        yield ',\n'
    if environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'bodyless_statuses'):
        pass
        yield '        bodyless='
        yield str(t_16(environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'bodyless_statuses')))
        yield ',\n'
    for (l_1_location, l_1_argument, l_1_helper) in [('query', 'query', 'query_pairs'), ('header', 'headers', 'header_values'), ('cookie', 'cookies', 'header_values')]:
        l_1_items = l_0_items
        l_1_params = missing
        _loop_vars = {}
        pass
        l_1_params = t_14(context.eval_ctx, t_11(context, environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'parameters'), 'location', 'equalto', l_1_location))
        _loop_vars['params'] = l_1_params
        if (undefined(name='params') if l_1_params is missing else l_1_params):
            pass
            yield '        '
            yield str(l_1_argument)
            yield '='
            yield str(l_1_helper)
            yield '(\n'
            l_1_items = []
            _loop_vars['items'] = l_1_items
            for l_2_p in (undefined(name='params') if l_1_params is missing else l_1_params):
                l_2__ = missing
                _loop_vars = {}
                pass
                l_2__ = context.call(environment.getattr((undefined(name='items') if l_1_items is missing else l_1_items), 'append'), str_join((t_17(environment.getattr(l_2_p, 'wire_name')), ': ', environment.getattr(l_2_p, 'py_name'), )), _loop_vars=_loop_vars)
                _loop_vars['_'] = l_2__
            l_2_p = l_2__ = missing
            yield '            '
            yield str(str_join(('{', t_9(context.eval_ctx, (undefined(name='items') if l_1_items is missing else l_1_items), ', '), '}', )))
            yield ',\n'
            if t_14(context.eval_ctx, t_11(context, (undefined(name='params') if l_1_params is missing else l_1_params), 'style')):
                pass
                l_1_items = []
                _loop_vars['items'] = l_1_items
                def t_19(fiter):
                    for l_2_p in fiter:
                        if environment.getattr(l_2_p, 'style'):
                            yield l_2_p
                for l_2_p in t_19((undefined(name='params') if l_1_params is missing else l_1_params)):
                    l_2__ = missing
                    _loop_vars = {}
                    pass
                    l_2__ = context.call(environment.getattr((undefined(name='items') if l_1_items is missing else l_1_items), 'append'), str_join((t_17(environment.getattr(l_2_p, 'wire_name')), ': (', t_17(environment.getattr(l_2_p, 'style')), ', ', environment.getattr(l_2_p, 'explode'), ')', )), _loop_vars=_loop_vars)
                    _loop_vars['_'] = l_2__
                l_2_p = l_2__ = missing
                yield '            '
                yield str(str_join(('{', t_9(context.eval_ctx, (undefined(name='items') if l_1_items is missing else l_1_items), ', '), '}', )))
                yield ',\n'
            yield '        ),\n'
    l_1_location = l_1_argument = l_1_helper = l_1_params = l_1_items = missing
    if environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'body'):
        pass
        l_0_body = environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'body')
        _block_vars['body'] = l_0_body
        if (environment.getattr((undefined(name='body') if l_0_body is missing else l_0_body), 'encoding') == 'json'):
            pass
            yield '        json=json_body('
            yield str(environment.getattr((undefined(name='body') if l_0_body is missing else l_0_body), 'py_name'))
            yield '),\n        has_json='
            yield str(('True' if environment.getattr((undefined(name='body') if l_0_body is missing else l_0_body), 'required') else ('%s is not None' % environment.getattr((undefined(name='body') if l_0_body is missing else l_0_body), 'py_name'))))
            yield ',\n'
        elif (environment.getattr((undefined(name='body') if l_0_body is missing else l_0_body), 'encoding') in ('form', 'multipart')):
            pass
            yield '        form=form_fields('
            yield str(environment.getattr((undefined(name='body') if l_0_body is missing else l_0_body), 'py_name'))
            yield '),\n'
            if (environment.getattr((undefined(name='body') if l_0_body is missing else l_0_body), 'encoding') == 'multipart'):
                pass
                yield '        files=file_parts('
                yield str(environment.getattr((undefined(name='body') if l_0_body is missing else l_0_body), 'py_name'))
                yield '),\n'
        else:
            pass
            yield '        content=raw_content('
            yield str(environment.getattr((undefined(name='body') if l_0_body is missing else l_0_body), 'py_name'))
            yield '),\n        content_type='
            yield str(t_17(environment.getattr((undefined(name='body') if l_0_body is missing else l_0_body), 'content_type')))
            yield ',\n'
    yield '        security='
    yield str(t_16(environment.getattr(environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'security'), 'alternatives')))
    yield ',\n'
    if environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'auth_parameters'):
        pass
        l_0_items = []
        _block_vars['items'] = l_0_items
        for l_1_auth in environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'auth_parameters'):
            l_1__ = missing
            _loop_vars = {}
            pass
            l_1__ = context.call(environment.getattr((undefined(name='items') if l_0_items is missing else l_0_items), 'append'), str_join((t_17(environment.getattr(l_1_auth, 'scheme_key')), ': ', environment.getattr(l_1_auth, 'py_name'), )), _loop_vars=_loop_vars)
            _loop_vars['_'] = l_1__
        l_1_auth = l_1__ = missing
        yield '        auth_overrides='
        yield str(str_join(('{', t_9(context.eval_ctx, (undefined(name='items') if l_0_items is missing else l_0_items), ', '), '}', )))
        yield ',\n'
    yield '    )\n'
    if ((not ((environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'parameters') or environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'body')) or environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'auth_parameters'))) and (t_13((undefined(name='signature') if l_0_signature is missing else l_0_signature)) > 88)):
        pass
        yield '\n\n_'
        yield str(environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'py_name'))
        yield '_result = RequestSpec['
        yield str(environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'result_annotation'))
        yield ']\n'

def block_class_docstring(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_api = resolve('api')
    l_0_is_async = resolve('is_async')
    try:
        t_7 = environment.filters['docstring_text']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'docstring_text' found.")
    pass
    yield '"""'
    yield str(t_7((environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'description') or environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'title'))))
    yield '\n\nReach it as ``'
    yield str(('async_client' if (undefined(name='is_async') if l_0_is_async is missing else l_0_is_async) else 'client'))
    yield '.'
    yield str(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'attribute'))
    yield '``.\n"""\n'

def block_method_signature(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_operation = resolve('operation')
    try:
        t_20 = environment.filters['ident']
    except KeyError:
        @internalcode
        def t_20(*unused):
            raise TemplateRuntimeError("No filter named 'ident' found.")
    try:
        t_15 = environment.filters['parameter']
    except KeyError:
        @internalcode
        def t_15(*unused):
            raise TemplateRuntimeError("No filter named 'parameter' found.")
    pass
    yield 'self,\n*,\n'
    for l_1_param in environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'parameters'):
        _loop_vars = {}
        pass
        yield str(t_15(environment.getattr(l_1_param, 'type'), t_20(environment.getattr(l_1_param, 'py_name')), (None if environment.getattr(l_1_param, 'required') else 'None'), column=8))
        yield '\n'
    l_1_param = missing
    if environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'body'):
        pass
        yield str(t_15(environment.getattr(environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'body'), 'type'), t_20(environment.getattr(environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'body'), 'py_name')), (None if environment.getattr(environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'body'), 'required') else 'None'), column=8))
        yield '\n'
    for l_1_auth in environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'auth_parameters'):
        _loop_vars = {}
        pass
        yield str(t_20(environment.getattr(l_1_auth, 'py_name')))
        yield ': str | None = None,\n'
    l_1_auth = missing
    yield 'timeout: float | httpx.Timeout | None = None,\nmax_retries: int | None = None,\nextra_headers: Mapping[str, str] | None = None,\nextra_query: Mapping[str, QueryValue] | None = None,\n'

def block_method_docstring(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_operation = resolve('operation')
    try:
        t_7 = environment.filters['docstring_text']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'docstring_text' found.")
    try:
        t_21 = environment.filters['indent']
    except KeyError:
        @internalcode
        def t_21(*unused):
            raise TemplateRuntimeError("No filter named 'indent' found.")
    pass
    yield '"""'
    yield str(t_7((environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'summary') or environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'py_name'))))
    yield '\n'
    if environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'deprecated'):
        pass
        yield '\n.. deprecated:: '
        yield str(t_7(environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'deprecation_note')))
        yield '\n'
    if environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'description'):
        pass
        yield '\n'
        yield str(t_7(environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'description')))
        yield '\n'
    if (not environment.getattr(environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'security'), 'required')):
        pass
        yield '\nThis endpoint does not require authentication.\n'
    yield '\nArgs:\n'
    for l_1_param in environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'parameters'):
        _loop_vars = {}
        pass
        yield '    '
        yield str(environment.getattr(l_1_param, 'py_name'))
        yield ': '
        yield str(t_21(t_7((environment.getattr(l_1_param, 'description') or environment.getattr(l_1_param, 'wire_name'))), 8))
        yield '\n'
    l_1_param = missing
    if environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'body'):
        pass
        yield '    '
        yield str(environment.getattr(environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'body'), 'py_name'))
        yield ': '
        yield str(t_21(t_7((environment.getattr(environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'body'), 'description') or 'The request body.')), 8))
        yield '\n'
    for l_1_auth in environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'auth_parameters'):
        _loop_vars = {}
        pass
        yield '    '
        yield str(environment.getattr(l_1_auth, 'py_name'))
        yield ': '
        yield str(t_21(t_7(environment.getattr(l_1_auth, 'description')), 8))
        yield '\n'
    l_1_auth = missing
    yield '    timeout: Seconds, or an ``httpx.Timeout``, for each attempt of this call.\n    max_retries: Retries for this call; ``0`` sends it once.\n    extra_headers: More headers for this call; they win over every other header.\n    extra_query: More query parameters for this call.\n\nReturns:\n    An ``ApiResult`` whose ``data`` is '
    yield str((str_join(('a ', environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'result_model'), )) if environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'result_model') else 'the decoded body'))
    yield '.\n"""\n'

def block_method_body(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield from context.blocks['method_deprecation'][0](context.derived({}))
    yield from context.blocks['method_response'][0](context.derived({}))

def block_method_deprecation(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_operation = resolve('operation')
    try:
        t_17 = environment.filters['pystr']
    except KeyError:
        @internalcode
        def t_17(*unused):
            raise TemplateRuntimeError("No filter named 'pystr' found.")
    pass
    if environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'deprecated'):
        pass
        yield 'warn_deprecated('
        yield str(t_17(environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'deprecation_note')))
        yield ')\n'

def block_method_response(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_is_async = resolve('is_async')
    l_0_operation = resolve('operation')
    pass
    yield 'return '
    yield str(('await ' if (undefined(name='is_async') if l_0_is_async is missing else l_0_is_async) else ''))
    yield 'self._http.send(\n'
    if ((environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'parameters') or environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'body')) or environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'auth_parameters')):
        pass
        yield '    _'
        yield str(environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'py_name'))
        yield '_request(\n'
        for l_1_param in environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'parameters'):
            _loop_vars = {}
            pass
            yield '        '
            yield str(environment.getattr(l_1_param, 'py_name'))
            yield '='
            yield str(environment.getattr(l_1_param, 'py_name'))
            yield ',\n'
        l_1_param = missing
        if environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'body'):
            pass
            yield '        '
            yield str(environment.getattr(environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'body'), 'py_name'))
            yield '='
            yield str(environment.getattr(environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'body'), 'py_name'))
            yield ',\n'
        for l_1_auth in environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'auth_parameters'):
            _loop_vars = {}
            pass
            yield '        '
            yield str(environment.getattr(l_1_auth, 'py_name'))
            yield '='
            yield str(environment.getattr(l_1_auth, 'py_name'))
            yield ',\n'
        l_1_auth = missing
        yield '    ),\n'
    else:
        pass
        yield '    _'
        yield str(environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'py_name'))
        yield '_request(),\n'
    yield '    RequestOptions(\n        timeout=timeout,\n        max_retries=max_retries,\n        extra_headers=extra_headers,\n        extra_query=extra_query,\n    ),\n)\n'

def block_class_methods(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass

blocks = {'module_header': block_module_header, 'imports': block_imports, 'request_builder': block_request_builder, 'class_docstring': block_class_docstring, 'method_signature': block_method_signature, 'method_docstring': block_method_docstring, 'method_body': block_method_body, 'method_deprecation': block_method_deprecation, 'method_response': block_method_response, 'class_methods': block_class_methods}
debug_info = '7=18&17=20&38=22&42=26&136=29&139=33&142=39&140=42&150=44&152=47&154=51&157=59&155=62&175=64&178=70&213=75&176=78&251=84&249=87&7=90&8=112&10=118&17=121&18=154&19=162&21=165&22=168&23=171&30=177&32=179&33=182&34=185&42=191&43=245&44=248&46=250&47=254&49=257&50=260&52=262&53=266&55=270&57=274&58=276&59=278&65=283&69=288&70=290&72=292&73=294&74=296&75=304&77=308&79=310&80=312&81=315&83=317&84=320&86=322&87=327&88=329&89=332&90=336&91=338&92=342&94=346&95=348&96=350&97=352&98=360&100=364&105=368&106=370&107=372&108=375&109=377&110=379&111=382&112=384&113=387&116=392&117=394&120=397&121=399&122=401&123=403&124=407&126=411&129=414&132=417&142=422&143=439&145=441&157=446&160=468&161=471&163=474&164=476&166=478&167=481&178=486&179=508&180=510&182=513&184=515&186=518&188=520&194=524&195=528&197=533&198=536&200=540&201=544&209=550&213=553&215=561&221=562&215=564&216=579&217=582&221=585&222=596&223=598&224=601&225=603&226=607&228=612&229=615&231=619&232=623&236=632&251=636'
# generator.render.precompile: jinja2 3.1.6 options 826747d6ece0e2af source ceb42aad7cb7f79ba031e0047cb1a763eadb3ce89308e465b2a11dff9cf051dd
