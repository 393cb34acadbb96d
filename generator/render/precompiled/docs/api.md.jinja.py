from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'docs/api.md.jinja'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_api = resolve('api')
    pass
    yield from context.blocks['title'][0](context)
    yield from context.blocks['class_name'][0](context)
    yield from context.blocks['methods'][0](context)
    l_1_loop = missing
    for l_1_operation, l_1_loop in LoopContext(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'operations'), undefined):
        _loop_vars = {}
        pass
        yield from context.blocks['operation'][0](context.derived({'loop': l_1_loop, 'operation': l_1_operation}))
    l_1_loop = l_1_operation = missing
    yield from context.blocks['extra_sections'][0](context)

def block_title(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_api = resolve('api')
    try:
        t_1 = environment.filters['md']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'md' found.")
    pass
    yield '# '
    yield str(t_1(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'title')))
    yield '\n\n```python\n'
    yield str(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'attribute'))
    yield '_api = client.'
    yield str(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'attribute'))
    yield '\n```\n'

def block_class_name(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_api = resolve('api')
    try:
        t_1 = environment.filters['md']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'md' found.")
    pass
    yield '\n## Class Name\n\n`'
    yield str(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'class_name'))
    yield '` (`'
    yield str(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'async_class_name'))
    yield '` on `AsyncClient`)\n'
    if environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'description'):
        pass
        yield '\n'
        yield str(t_1(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'description')))
        yield '\n'

def block_methods(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_api = resolve('api')
    try:
        t_2 = environment.filters['md_cell']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'md_cell' found.")
    try:
        t_3 = environment.filters['replace']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'replace' found.")
    pass
    yield '\n## Methods\n\n'
    for l_1_operation in environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'operations'):
        _loop_vars = {}
        pass
        yield '* ['
        yield str(t_2((environment.getattr(l_1_operation, 'summary') or environment.getattr(l_1_operation, 'py_name'))))
        yield '](#'
        yield str(t_3(context.eval_ctx, environment.getattr(l_1_operation, 'py_name'), '_', '-'))
        yield ')'
        yield str(environment.getattr(l_1_operation, 'pages_mark'))
        yield '\n'
    l_1_operation = missing

def block_operation(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield from context.blocks['operation_heading'][0](context.derived({}))
    yield from context.blocks['operation_signature'][0](context.derived({}))
    yield from context.blocks['operation_parameters'][0](context.derived({}))
    yield from context.blocks['operation_response'][0](context.derived({}))
    yield from context.blocks['operation_example'][0](context.derived({}))

def block_operation_heading(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_operation = resolve('operation')
    try:
        t_1 = environment.filters['md']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'md' found.")
    try:
        t_2 = environment.filters['md_cell']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'md_cell' found.")
    try:
        t_3 = environment.filters['replace']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'replace' found.")
    try:
        t_4 = environment.filters['title']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'title' found.")
    pass
    yield '\n## '
    yield str(t_4(t_3(context.eval_ctx, environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'py_name'), '_', ' ')))
    yield '\n\n`'
    yield str(environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'http_method'))
    yield ' '
    yield str(t_2(environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'path')))
    yield '`'
    if environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'summary'):
        pass
        yield ': '
        yield str(t_1(environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'summary')))
    yield '\n'
    if environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'deprecated'):
        pass
        yield '\n**This endpoint is deprecated.** '
        yield str(t_1(environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'deprecation_note')))
        yield ' Calling it warns `DeprecationWarning`.\n'
    if environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'description'):
        pass
        yield '\n'
        yield str(t_1(environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'description')))
        yield '\n'
    if (not environment.getattr(environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'security'), 'required')):
        pass
        yield '\n> **Note:** This endpoint does not require authentication.\n'

def block_operation_signature(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_operation = resolve('operation')
    try:
        t_5 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_6 = environment.filters['map']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'map' found.")
    pass
    yield '\n```python\ndef '
    yield str(environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'py_name'))
    yield '(\n    self,\n    *,\n    '
    yield str(t_5(context.eval_ctx, t_6(context, environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'arguments'), attribute='docs_line'), '\n    '))
    yield '\n) -> '
    yield str(context.call(environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'return_annotation'), False, _block_vars=_block_vars))
    yield ": ...\n```\n\n`timeout`, `max_retries`, `extra_headers`, `extra_query` and `extra_body` override the client's settings for this call only; see *Per-call options* in the [README](../../README.md).\n\n**Retries.** "
    yield str(environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'retry_note'))
    yield ' See *Retries* in the [README](../../README.md).\n'

def block_operation_parameters(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_operation = resolve('operation')
    try:
        t_5 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_2 = environment.filters['md_cell']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'md_cell' found.")
    pass
    if environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'takes_arguments'):
        pass
        yield '\n### Parameters\n\n| Parameter | Type | Tags | Description |\n| --- | --- | --- | --- |\n'
        def t_7(fiter):
            for l_1_argument in fiter:
                if (not environment.getattr(l_1_argument, 'per_call')):
                    yield l_1_argument
        for l_1_argument in t_7(environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'arguments')):
            _loop_vars = {}
            pass
            yield '| `'
            yield str(environment.getattr(l_1_argument, 'py_name'))
            yield '` | '
            yield str(environment.getattr(l_1_argument, 'doc_type_cell'))
            yield ' | '
            yield str(t_5(context.eval_ctx, environment.getattr(l_1_argument, 'tags'), ', '))
            yield ' | '
            yield str(t_2(environment.getattr(l_1_argument, 'description')))
            yield ' |\n'
        l_1_argument = missing

def block_operation_response(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_operation = resolve('operation')
    try:
        t_2 = environment.filters['md_cell']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'md_cell' found.")
    pass
    yield '\n### Response Type\n\n'
    yield str(environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'result_doc'))
    yield '\n'
    if environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'responses'):
        pass
        yield '\n| Status | Description |\n| --- | --- |\n'
        for l_1_response in environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'responses'):
            _loop_vars = {}
            pass
            yield '| '
            yield str(t_2(environment.getattr(l_1_response, 'status')))
            yield ' | '
            yield str(t_2(environment.getattr(l_1_response, 'description')))
            yield ' |\n'
        l_1_response = missing

def block_operation_example(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_operation = resolve('operation')
    l_0_api = resolve('api')
    try:
        t_5 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_6 = environment.filters['map']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'map' found.")
    try:
        t_8 = environment.filters['rejectattr']
    except KeyError:
        @internalcode
        def t_8(*unused):
            raise TemplateRuntimeError("No filter named 'rejectattr' found.")
    pass
    yield '\n### Example Usage\n\n```python\n'
    yield str(environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'example_assignments'))
    yield str(environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'example_lead'))
    yield str(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'attribute'))
    yield '_api.'
    yield str(environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'py_name'))
    yield '('
    yield str(t_5(context.eval_ctx, t_6(context, t_8(context, environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'arguments'), 'per_call'), attribute='passed_on'), ', '))
    yield ')'
    yield str(environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'example_handling'))
    yield '\n```'
    yield str(context.call(environment.getattr((undefined(name='operation') if l_0_operation is missing else l_0_operation), 'pages_doc'), environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'attribute'), _block_vars=_block_vars))
    yield '\n'

def block_extra_sections(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass

blocks = {'title': block_title, 'class_name': block_class_name, 'methods': block_methods, 'operation': block_operation, 'operation_heading': block_operation_heading, 'operation_signature': block_operation_signature, 'operation_parameters': block_operation_parameters, 'operation_response': block_operation_response, 'operation_example': block_operation_example, 'extra_sections': block_extra_sections}
debug_info = '2=12&10=13&21=14&29=16&31=19&107=21&2=23&3=39&6=41&10=46&14=62&15=66&17=69&21=72&25=94&26=98&31=106&33=114&53=115&68=116&81=117&96=118&33=120&35=154&37=156&39=165&41=168&43=170&45=173&47=175&53=179&56=201&59=203&60=205&65=207&68=210&69=231&75=234&76=242&81=252&85=268&86=270&90=273&91=277&96=283&101=312&102=322&107=325'
# generator.render.precompile: jinja2 3.1.6 options 826747d6ece0e2af source bc273d07a5ed2b5195b865539d9c1afec5e5a28093335e7dbbf7f8f2c8fe23cc
