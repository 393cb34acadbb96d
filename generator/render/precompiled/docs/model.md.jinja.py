from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'docs/model.md.jinja'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    pass
    yield from context.blocks['title'][0](context)
    yield from context.blocks['description'][0](context)
    yield from context.blocks['class_name'][0](context)
    yield from context.blocks['fields'][0](context)
    yield from context.blocks['notes'][0](context)
    yield from context.blocks['extra_sections'][0](context)

def block_title(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_model = resolve('model')
    pass
    yield '# '
    yield str(environment.getattr((undefined(name='model') if l_0_model is missing else l_0_model), 'class_name'))
    yield '\n\n'
    if environment.getattr((undefined(name='model') if l_0_model is missing else l_0_model), 'deprecated'):
        pass
        yield '**This model is deprecated.**\n\n'

def block_description(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_model = resolve('model')
    try:
        t_1 = environment.filters['md']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'md' found.")
    pass
    yield str(t_1((environment.getattr((undefined(name='model') if l_0_model is missing else l_0_model), 'description') or environment.getattr((undefined(name='model') if l_0_model is missing else l_0_model), 'class_name'))))
    yield '\n'

def block_class_name(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_model = resolve('model')
    l_0_client = resolve('client')
    pass
    yield '\n## Class Name\n\n`'
    yield str(environment.getattr((undefined(name='model') if l_0_model is missing else l_0_model), 'class_name'))
    yield '` (`from '
    yield str(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'package_name'))
    yield '.models import '
    yield str(environment.getattr((undefined(name='model') if l_0_model is missing else l_0_model), 'class_name'))
    yield '`)\n'

def block_fields(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_model = resolve('model')
    try:
        t_1 = environment.filters['md']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'md' found.")
    pass
    if environment.getattr((undefined(name='model') if l_0_model is missing else l_0_model), 'root'):
        pass
        yield "\n## Value\n\nThe schema contains itself: the model's `.root` holds a\n\n```text\n"
        yield str(t_1(environment.getattr((undefined(name='model') if l_0_model is missing else l_0_model), 'root_doc_type')))
        yield '\n```\n'
    else:
        pass
        yield '\n## Fields\n\n| Name | Type | Tags | Description |\n| --- | --- | --- | --- |\n'
        l_1_loop = missing
        for l_1_field, l_1_loop in LoopContext(environment.getattr((undefined(name='model') if l_0_model is missing else l_0_model), 'fields'), undefined):
            _loop_vars = {}
            pass
            yield from context.blocks['field_row'][0](context.derived({'field': l_1_field, 'loop': l_1_loop}))
        l_1_loop = l_1_field = missing

def block_field_row(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_field = resolve('field')
    try:
        t_2 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_3 = environment.filters['md_cell']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'md_cell' found.")
    pass
    yield '| '
    yield str(environment.getattr((undefined(name='field') if l_0_field is missing else l_0_field), 'name_cell'))
    yield ' | `'
    yield str(t_3(environment.getattr((undefined(name='field') if l_0_field is missing else l_0_field), 'doc_type')))
    yield '` | '
    yield str(t_2(context.eval_ctx, environment.getattr((undefined(name='field') if l_0_field is missing else l_0_field), 'doc_tags'), ', '))
    yield ' | '
    yield str(t_3(environment.getattr((undefined(name='field') if l_0_field is missing else l_0_field), 'description')))
    yield ' |\n'

def block_notes(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_model = resolve('model')
    pass
    for l_1_note in environment.getattr((undefined(name='model') if l_0_model is missing else l_0_model), 'field_notes'):
        _loop_vars = {}
        pass
        yield '\n'
        yield str(l_1_note)
        yield '\n'
    l_1_note = missing

def block_extra_sections(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass

blocks = {'title': block_title, 'description': block_description, 'class_name': block_class_name, 'fields': block_fields, 'field_row': block_field_row, 'notes': block_notes, 'extra_sections': block_extra_sections}
debug_info = '2=11&11=12&15=13&22=14&47=15&54=16&2=18&3=28&5=30&11=34&12=49&15=52&19=63&22=70&23=85&30=88&38=94&40=97&41=122&47=131&48=140&50=144&54=148'
# generator.render.precompile: jinja2 3.1.6 options 826747d6ece0e2af source cc2beb4c59bdb606907e2b6f18f0032c3dc42af01d4b88879c38560324d293fe
