from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'docs/enum.md.jinja'

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
    yield from context.blocks['values'][0](context)
    yield from context.blocks['extra_sections'][0](context)

def block_title(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_enum = resolve('enum')
    pass
    yield '# '
    yield str(environment.getattr((undefined(name='enum') if l_0_enum is missing else l_0_enum), 'class_name'))
    yield '\n\n'

def block_description(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_enum = resolve('enum')
    try:
        t_1 = environment.filters['md']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'md' found.")
    pass
    yield str(t_1((environment.getattr((undefined(name='enum') if l_0_enum is missing else l_0_enum), 'description') or environment.getattr((undefined(name='enum') if l_0_enum is missing else l_0_enum), 'class_name'))))
    yield '\n'

def block_class_name(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_enum = resolve('enum')
    l_0_client = resolve('client')
    pass
    yield '\n## Class Name\n\n`'
    yield str(environment.getattr((undefined(name='enum') if l_0_enum is missing else l_0_enum), 'class_name'))
    yield '` (`from '
    yield str(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'package_name'))
    yield '.models import '
    yield str(environment.getattr((undefined(name='enum') if l_0_enum is missing else l_0_enum), 'class_name'))
    yield '`)\n\nValues the spec does not list are accepted: `'
    yield str(environment.getattr((undefined(name='enum') if l_0_enum is missing else l_0_enum), 'class_name'))
    yield '(value)` keeps them.\n'

def block_values(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_enum = resolve('enum')
    pass
    yield '\n## Values\n\n| Name | Value | Description |\n| --- | --- | --- |\n'
    l_1_loop = missing
    for l_1_member, l_1_loop in LoopContext(environment.getattr((undefined(name='enum') if l_0_enum is missing else l_0_enum), 'members'), undefined):
        _loop_vars = {}
        pass
        yield from context.blocks['value_row'][0](context.derived({'loop': l_1_loop, 'member': l_1_member}))
    l_1_loop = l_1_member = missing

def block_value_row(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_member = resolve('member')
    try:
        t_2 = environment.filters['md_cell']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'md_cell' found.")
    pass
    yield '| `'
    yield str(environment.getattr((undefined(name='member') if l_0_member is missing else l_0_member), 'name'))
    yield '` | `'
    yield str(t_2(environment.getattr((undefined(name='member') if l_0_member is missing else l_0_member), 'value')))
    yield '` | '
    yield str(t_2(environment.getattr((undefined(name='member') if l_0_member is missing else l_0_member), 'description')))
    yield ' |\n'

def block_extra_sections(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass

blocks = {'title': block_title, 'description': block_description, 'class_name': block_class_name, 'values': block_values, 'value_row': block_value_row, 'extra_sections': block_extra_sections}
debug_info = '2=11&7=12&11=13&20=14&34=15&2=17&3=27&7=30&8=45&11=48&15=59&17=65&20=68&26=79&28=82&29=101&34=108'
# generator.render.precompile: jinja2 3.1.6 options 826747d6ece0e2af source a5c988ae550ec57d1eb2c9f6944e9f73d149bb6afb080f3cbc2cc7e8c97399ed
