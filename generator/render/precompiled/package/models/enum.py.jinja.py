from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'package/models/enum.py.jinja'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_enum = resolve('enum')
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
    pass
    yield from context.blocks['module_header'][0](context)
    yield '\nfrom __future__ import annotations\n\n'
    yield from context.blocks['imports'][0](context)
    yield '\n\nclass '
    yield str(t_1(environment.getattr((undefined(name='enum') if l_0_enum is missing else l_0_enum), 'class_name')))
    yield '('
    yield str(environment.getattr((undefined(name='enum') if l_0_enum is missing else l_0_enum), 'base_class'))
    yield '):\n'
    t_3 = []
    pass
    gen = context.blocks['class_docstring'][0](context)
    try:
        for event in gen:
            t_3.append(event)
    finally: gen.close()
    gen = context.blocks['enum_members'][0](context)
    try:
        for event in gen:
            t_3.append(event)
    finally: gen.close()
    gen = context.blocks['enum_methods'][0](context)
    try:
        for event in gen:
            t_3.append(event)
    finally: gen.close()
    yield t_2(concat(t_3), 4)

def block_module_header(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_enum = resolve('enum')
    try:
        t_4 = environment.filters['docstring']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'docstring' found.")
    pass
    yield '"""'
    yield str(environment.getattr((undefined(name='enum') if l_0_enum is missing else l_0_enum), 'class_name'))
    yield ': '
    yield str(t_4(environment.getattr((undefined(name='enum') if l_0_enum is missing else l_0_enum), 'summary')))
    yield '"""\n'

def block_imports(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_enum = resolve('enum')
    pass
    yield 'from .._core.enums import '
    yield str(environment.getattr((undefined(name='enum') if l_0_enum is missing else l_0_enum), 'base_class'))
    yield '\n'

def block_class_docstring(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_enum = resolve('enum')
    try:
        t_5 = environment.filters['docstring_text']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'docstring_text' found.")
    pass
    yield '"""'
    yield str(t_5((environment.getattr((undefined(name='enum') if l_0_enum is missing else l_0_enum), 'description') or environment.getattr((undefined(name='enum') if l_0_enum is missing else l_0_enum), 'class_name'))))
    yield '\n\nValues the spec does not list are accepted and kept, so newer servers do not break\nolder clients.\n"""\n'

def block_enum_members(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_enum = resolve('enum')
    pass
    l_1_loop = missing
    for l_1_member, l_1_loop in LoopContext(environment.getattr((undefined(name='enum') if l_0_enum is missing else l_0_enum), 'members'), undefined):
        _loop_vars = {}
        pass
        yield from context.blocks['enum_member'][0](context.derived({'loop': l_1_loop, 'member': l_1_member}))
    l_1_loop = l_1_member = missing

def block_enum_member(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_member = resolve('member')
    try:
        t_4 = environment.filters['docstring']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'docstring' found.")
    try:
        t_1 = environment.filters['ident']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'ident' found.")
    try:
        t_6 = environment.filters['pyliteral']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'pyliteral' found.")
    pass
    yield '\n'
    yield str(t_1(environment.getattr((undefined(name='member') if l_0_member is missing else l_0_member), 'name')))
    yield ' = '
    yield str(t_6(environment.getattr((undefined(name='member') if l_0_member is missing else l_0_member), 'value')))
    yield '\n'
    if environment.getattr((undefined(name='member') if l_0_member is missing else l_0_member), 'description'):
        pass
        yield '"""'
        yield str(t_4(environment.getattr((undefined(name='member') if l_0_member is missing else l_0_member), 'description')))
        yield '"""\n'

def block_enum_methods(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass

blocks = {'module_header': block_module_header, 'imports': block_imports, 'class_docstring': block_class_docstring, 'enum_members': block_enum_members, 'enum_member': block_enum_member, 'enum_methods': block_enum_methods}
debug_info = '2=24&9=26&14=28&17=36&25=41&38=46&15=49&2=51&3=67&9=72&10=82&17=85&18=101&25=104&26=114&28=117&30=148&31=152&32=155&38=158'
# generator.render.precompile: jinja2 3.1.6 options 826747d6ece0e2af source 1907906d4bb9c7679a2f195b31170fe4bff342e4d8e4f463cba795669796863f
