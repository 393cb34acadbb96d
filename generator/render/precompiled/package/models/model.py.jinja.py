from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'package/models/model.py.jinja'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_model = resolve('model')
    try:
        t_1 = environment.filters['ident']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'ident' found.")
    try:
        t_2 = environment.filters['indent_block']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'indent_block' found.")
    try:
        t_3 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    pass
    yield from context.blocks['module_header'][0](context)
    yield '\nfrom __future__ import annotations\n\n'
    yield from context.blocks['imports'][0](context)
    yield '\nclass '
    yield str(t_1(environment.getattr((undefined(name='model') if l_0_model is missing else l_0_model), 'class_name')))
    yield '('
    yield str(environment.getattr((undefined(name='model') if l_0_model is missing else l_0_model), 'base_class'))
    yield '):\n'
    t_4 = []
    pass
    gen = context.blocks['class_docstring'][0](context)
    try:
        for event in gen:
            t_4.append(event)
    finally: gen.close()
    yield t_2(concat(t_4), 4)
    yield '\n'
    if environment.getattr((undefined(name='model') if l_0_model is missing else l_0_model), 'root'):
        pass
        yield '\n    root: '
        yield str(environment.getattr((undefined(name='model') if l_0_model is missing else l_0_model), 'root'))
        yield '\n'
    else:
        pass
        yield '    '
        yield str(t_3(context.eval_ctx, environment.getattr((undefined(name='model') if l_0_model is missing else l_0_model), 'class_variables'), '\n    '))
        yield '\n'
    t_5 = []
    pass
    gen = context.blocks['model_fields'][0](context)
    try:
        for event in gen:
            t_5.append(event)
    finally: gen.close()
    gen = context.blocks['model_methods'][0](context)
    try:
        for event in gen:
            t_5.append(event)
    finally: gen.close()
    yield t_2(concat(t_5), 4)

def block_module_header(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_model = resolve('model')
    try:
        t_6 = environment.filters['docstring']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'docstring' found.")
    pass
    yield '"""'
    yield str(environment.getattr((undefined(name='model') if l_0_model is missing else l_0_model), 'class_name'))
    yield ': '
    yield str(t_6(environment.getattr((undefined(name='model') if l_0_model is missing else l_0_model), 'summary')))
    yield '"""\n'

def block_imports(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_model = resolve('model')
    try:
        t_3 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_7 = environment.filters['map']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'map' found.")
    pass
    yield str(t_3(context.eval_ctx, t_7(context, environment.getattr((undefined(name='model') if l_0_model is missing else l_0_model), 'import_sections'), 'join', '\n'), '\n\n'))
    yield '\n'
    if environment.getattr((undefined(name='model') if l_0_model is missing else l_0_model), 'deferred_imports'):
        pass
        yield '\nif typing.TYPE_CHECKING:  # these models refer back to this one; see models/__init__.py\n    '
        yield str(t_3(context.eval_ctx, t_7(context, environment.getattr((undefined(name='model') if l_0_model is missing else l_0_model), 'deferred_imports'), attribute='statement'), '\n    '))
        yield '\n'
    yield '\n'

def block_class_docstring(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_model = resolve('model')
    try:
        t_6 = environment.filters['docstring']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'docstring' found.")
    try:
        t_8 = environment.filters['docstring_end']
    except KeyError:
        @internalcode
        def t_8(*unused):
            raise TemplateRuntimeError("No filter named 'docstring_end' found.")
    pass
    yield '"""'
    yield str(t_6(environment.getattr((undefined(name='model') if l_0_model is missing else l_0_model), 'doc_text')))
    yield str(t_8(t_6(environment.getattr((undefined(name='model') if l_0_model is missing else l_0_model), 'doc_text'))))
    yield '\n'

def block_model_fields(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_model = resolve('model')
    pass
    l_1_loop = missing
    for l_1_field, l_1_loop in LoopContext(environment.getattr((undefined(name='model') if l_0_model is missing else l_0_model), 'fields'), undefined):
        _loop_vars = {}
        pass
        yield from context.blocks['model_field'][0](context.derived({'field': l_1_field, 'loop': l_1_loop}))
    l_1_loop = l_1_field = missing

def block_model_field(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_field = resolve('field')
    try:
        t_6 = environment.filters['docstring']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'docstring' found.")
    pass
    yield '\n'
    yield str(environment.getattr((undefined(name='field') if l_0_field is missing else l_0_field), 'declaration'))
    yield '\n'
    if (environment.getattr((undefined(name='field') if l_0_field is missing else l_0_field), 'description') or environment.getattr((undefined(name='field') if l_0_field is missing else l_0_field), 'deprecated')):
        pass
        yield '"""'
        yield str(('Deprecated. ' if environment.getattr((undefined(name='field') if l_0_field is missing else l_0_field), 'deprecated') else ''))
        yield str(t_6(environment.getattr((undefined(name='field') if l_0_field is missing else l_0_field), 'description')))
        yield '"""\n'

def block_model_methods(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass

blocks = {'module_header': block_module_header, 'imports': block_imports, 'class_docstring': block_class_docstring, 'model_fields': block_model_fields, 'model_field': block_model_field, 'model_methods': block_model_methods}
debug_info = '2=30&9=32&19=34&22=42&20=45&27=47&29=50&31=55&35=61&48=66&33=69&2=71&3=87&9=92&10=113&11=115&14=118&22=122&23=144&35=148&36=158&38=161&40=180&41=182&42=185&48=189'
# generator.render.precompile: jinja2 3.1.6 options 826747d6ece0e2af source 6c4042350461527db621d875f72a7501aef422804d4d66878033edd2c0d85160
