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
            yield '    ) -> '
            yield str(context.call(environment.getattr(l_2_operation, 'return_annotation'), l_1_is_async, _loop_vars=_loop_vars))
            yield ':\n'
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
        t_8 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_8(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_9 = environment.filters['map']
    except KeyError:
        @internalcode
        def t_9(*unused):
            raise TemplateRuntimeError("No filter named 'map' found.")
    pass
    yield str(t_8(context.eval_ctx, t_9(context, environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'import_sections'), 'join', '\n'), '\n\n'))
    yield '\n'

def block_request_builder(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_operation = resolve('operation')
    try:
        t_8 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_8(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_9 = environment.filters['map']
    except KeyError:
        @internalcode
        def t_9(*unused):
            raise TemplateRuntimeError("No filter named 'map' found.")
    pass
    yield 'def '
    yield str(environment.getattr(environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'request'), 'function'))
    yield '('
    yield str(environment.getattr(environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'request'), 'parameters'))
    yield ') -> '
    yield str(environment.getattr(environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'request'), 'return_annotation'))
    yield ':\n    return RequestSpec(\n        '
    yield str(t_8(context.eval_ctx, t_9(context, environment.getattr(environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'request'), 'keywords'), attribute='line'), '\n        '))
    yield '\n    )\n'
    if environment.getattr(environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'request'), 'alias'):
        pass
        yield '\n\n'
        yield str(environment.getattr(environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'request'), 'alias'))
        yield '\n'

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
        t_8 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_8(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_9 = environment.filters['map']
    except KeyError:
        @internalcode
        def t_9(*unused):
            raise TemplateRuntimeError("No filter named 'map' found.")
    pass
    yield 'self,\n*,\n'
    yield str(t_8(context.eval_ctx, t_9(context, environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'arguments'), attribute='method_line'), '\n'))
    yield '\n'

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
        t_10 = environment.filters['indent']
    except KeyError:
        @internalcode
        def t_10(*unused):
            raise TemplateRuntimeError("No filter named 'indent' found.")
    pass
    yield '"""'
    yield str(t_7(environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'doc_headline')))
    yield '\n'
    if environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'deprecated'):
        pass
        yield '\n.. deprecated:: '
        yield str(t_7(environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'deprecation_note')))
        yield '\n'
    if environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'doc_description'):
        pass
        yield '\n'
        yield str(t_7(environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'doc_description')))
        yield '\n'
    if (not environment.getattr(environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'security'), 'required')):
        pass
        yield '\nThis endpoint does not require authentication.\n'
    yield '\nArgs:\n'
    for l_1_argument in environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'arguments'):
        _loop_vars = {}
        pass
        yield '    '
        yield str(environment.getattr(l_1_argument, 'py_name'))
        yield ': '
        yield str(t_10(t_7(environment.getattr(l_1_argument, 'doc')), 8))
        yield '\n'
    l_1_argument = missing
    yield '\nReturns:\n    '
    yield str(t_10(t_7(environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'returns_doc')), 4))
    yield '\n"""\n'

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
        t_11 = environment.filters['pystr']
    except KeyError:
        @internalcode
        def t_11(*unused):
            raise TemplateRuntimeError("No filter named 'pystr' found.")
    pass
    if environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'deprecated'):
        pass
        yield 'warn_deprecated('
        yield str(t_11(environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'deprecation_note')))
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
    yield 'self._http.'
    yield str(environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'send_method'))
    yield '(\n    '
    yield str(environment.getattr(environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'request'), 'call'))
    yield ',\n    '
    yield str(environment.getattr(environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'request'), 'options'))
    yield ',\n)\n'

def block_class_methods(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass

blocks = {'module_header': block_module_header, 'imports': block_imports, 'request_builder': block_request_builder, 'class_docstring': block_class_docstring, 'method_signature': block_method_signature, 'method_docstring': block_method_docstring, 'method_body': block_method_body, 'method_deprecation': block_method_deprecation, 'method_response': block_method_response, 'class_methods': block_class_methods}
debug_info = '7=18&17=20&20=22&24=26&36=29&39=33&42=39&40=42&50=44&52=47&54=51&57=59&55=62&63=64&66=70&91=75&64=78&110=84&108=87&7=90&8=112&10=118&17=121&18=142&24=145&25=167&27=173&29=175&32=178&42=181&43=198&45=200&57=205&60=227&66=230&67=252&68=254&70=257&72=259&74=262&76=264&82=268&83=272&87=278&91=281&93=289&99=290&93=292&94=307&95=310&99=313&100=324&101=328&102=330&110=333'
# generator.render.precompile: jinja2 3.1.6 options 826747d6ece0e2af source d3496d21c4715e9615925a8bcce2d061ce273d761a6f2e428a88368287061d0b
