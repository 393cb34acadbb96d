from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'package/models/model.py.jinja'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_model = resolve('model')
    l_0_secrets = missing
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
        t_3 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_4 = environment.filters['pystr']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'pystr' found.")
    try:
        t_5 = environment.filters['selectattr']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'selectattr' found.")
    pass
    yield from context.blocks['module_header'][0](context)
    yield '\nfrom __future__ import annotations\n\n'
    yield from context.blocks['imports'][0](context)
    yield '\n'
    if environment.getattr((undefined(name='model') if l_0_model is missing else l_0_model), 'root'):
        pass
        yield 'class '
        yield str(t_1(environment.getattr((undefined(name='model') if l_0_model is missing else l_0_model), 'class_name')))
        yield '(RootModel['
        yield str(t_4(environment.getattr((undefined(name='model') if l_0_model is missing else l_0_model), 'root')))
        yield ']):\n'
    else:
        pass
        yield 'class '
        yield str(t_1(environment.getattr((undefined(name='model') if l_0_model is missing else l_0_model), 'class_name')))
        yield '(ApiModel):\n'
    t_6 = []
    pass
    gen = context.blocks['class_docstring'][0](context)
    try:
        for event in gen:
            t_6.append(event)
    finally: gen.close()
    yield t_2(concat(t_6), 4)
    yield '\n'
    l_0_secrets = t_3(context.eval_ctx, t_5(context, environment.getattr((undefined(name='model') if l_0_model is missing else l_0_model), 'fields'), 'secret'))
    context.vars['secrets'] = l_0_secrets
    context.exported_vars.add('secrets')
    if environment.getattr((undefined(name='model') if l_0_model is missing else l_0_model), 'root'):
        pass
        yield '\n    root: '
        yield str(environment.getattr((undefined(name='model') if l_0_model is missing else l_0_model), 'root'))
        yield '\n'
    elif (undefined(name='secrets') if l_0_secrets is missing else l_0_secrets):
        pass
        yield '    _secret_fields: typing.ClassVar[frozenset[str]] = frozenset(\n        {\n'
        for l_1_field in (undefined(name='secrets') if l_0_secrets is missing else l_0_secrets):
            _loop_vars = {}
            pass
            yield '            '
            yield str(t_4(environment.getattr(l_1_field, 'py_name')))
            yield ',\n'
        l_1_field = missing
        yield '        }\n    )\n'
    else:
        pass
        yield '    _secret_fields: typing.ClassVar[frozenset[str]] = frozenset()\n'
    t_7 = []
    pass
    gen = context.blocks['model_fields'][0](context)
    try:
        for event in gen:
            t_7.append(event)
    finally: gen.close()
    gen = context.blocks['model_methods'][0](context)
    try:
        for event in gen:
            t_7.append(event)
    finally: gen.close()
    yield t_2(concat(t_7), 4)

def block_module_header(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_model = resolve('model')
    try:
        t_8 = environment.filters['docstring']
    except KeyError:
        @internalcode
        def t_8(*unused):
            raise TemplateRuntimeError("No filter named 'docstring' found.")
    pass
    yield '"""'
    yield str(environment.getattr((undefined(name='model') if l_0_model is missing else l_0_model), 'class_name'))
    yield ': '
    yield str(t_8((environment.getitem(context.call(environment.getattr(environment.getattr((undefined(name='model') if l_0_model is missing else l_0_model), 'description'), 'split'), '\n', _block_vars=_block_vars), 0) if environment.getattr((undefined(name='model') if l_0_model is missing else l_0_model), 'description') else 'a model from the spec')))
    yield '"""\n'

def block_imports(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_model = resolve('model')
    l_0_plain_imports = missing
    try:
        t_9 = environment.filters['groupby']
    except KeyError:
        @internalcode
        def t_9(*unused):
            raise TemplateRuntimeError("No filter named 'groupby' found.")
    try:
        t_10 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_10(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_11 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_11(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_3 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_12 = environment.filters['map']
    except KeyError:
        @internalcode
        def t_12(*unused):
            raise TemplateRuntimeError("No filter named 'map' found.")
    try:
        t_5 = environment.filters['selectattr']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'selectattr' found.")
    try:
        t_13 = environment.filters['sort']
    except KeyError:
        @internalcode
        def t_13(*unused):
            raise TemplateRuntimeError("No filter named 'sort' found.")
    try:
        t_14 = environment.filters['unique']
    except KeyError:
        @internalcode
        def t_14(*unused):
            raise TemplateRuntimeError("No filter named 'unique' found.")
    pass
    l_0_plain_imports = t_3(context.eval_ctx, t_13(environment, t_14(environment, (t_3(context.eval_ctx, t_12(context, t_5(context, environment.getattr((undefined(name='model') if l_0_model is missing else l_0_model), 'imports'), 'module', 'equalto', ''), attribute='name')) + (['typing'] if ((not environment.getattr((undefined(name='model') if l_0_model is missing else l_0_model), 'root')) or environment.getattr((undefined(name='model') if l_0_model is missing else l_0_model), 'deferred_imports')) else [])))))
    _block_vars['plain_imports'] = l_0_plain_imports
    for l_1_name in (undefined(name='plain_imports') if l_0_plain_imports is missing else l_0_plain_imports):
        _loop_vars = {}
        pass
        yield 'import '
        yield str(l_1_name)
        yield '\n'
    l_1_name = missing
    for (l_1_module, l_1_group) in t_9(environment, t_5(context, environment.getattr((undefined(name='model') if l_0_model is missing else l_0_model), 'imports'), 'module'), 'module'):
        _loop_vars = {}
        pass
        if ((not context.call(environment.getattr(l_1_module, 'startswith'), '.', _loop_vars=_loop_vars)) and (l_1_module != 'pydantic')):
            pass
            yield 'from '
            yield str(l_1_module)
            yield ' import '
            yield str(t_10(context.eval_ctx, t_12(context, l_1_group, attribute='name'), ', '))
            yield '\n'
    l_1_module = l_1_group = missing
    for (l_1_module, l_1_group) in t_9(environment, t_5(context, environment.getattr((undefined(name='model') if l_0_model is missing else l_0_model), 'imports'), 'module', 'equalto', 'pydantic'), 'module'):
        l_1_namespace = resolve('namespace')
        l_1_std = missing
        _loop_vars = {}
        pass
        l_1_std = context.call((undefined(name='namespace') if l_1_namespace is missing else l_1_namespace), found=(t_11((undefined(name='plain_imports') if l_0_plain_imports is missing else l_0_plain_imports)) > 0), _loop_vars=_loop_vars)
        _loop_vars['std'] = l_1_std
        def t_15(fiter):
            for l_2_other in fiter:
                if ((environment.getattr(l_2_other, 'module') and (environment.getattr(l_2_other, 'module') != 'pydantic')) and (not context.call(environment.getattr(environment.getattr(l_2_other, 'module'), 'startswith'), '.'))):
                    yield l_2_other
        for l_2_other in t_15(environment.getattr((undefined(name='model') if l_0_model is missing else l_0_model), 'imports')):
            _loop_vars = {}
            pass
            if not isinstance(l_1_std, Namespace):
                raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
            l_1_std['found'] = True
        l_2_other = missing
        if environment.getattr((undefined(name='std') if l_1_std is missing else l_1_std), 'found'):
            pass
            yield '\n'
        yield 'from '
        yield str(l_1_module)
        yield ' import '
        yield str(t_10(context.eval_ctx, t_12(context, l_1_group, attribute='name'), ', '))
        yield '\n'
    l_1_module = l_1_group = l_1_namespace = l_1_std = missing
    yield '\n'
    if (not environment.getattr((undefined(name='model') if l_0_model is missing else l_0_model), 'root')):
        pass
        yield 'from .._core.model import ApiModel\n'
    def t_16(fiter):
        for l_1_import in fiter:
            if context.call(environment.getattr(environment.getattr(l_1_import, 'module'), 'startswith'), '.'):
                yield l_1_import
    for l_1_import in t_16(environment.getattr((undefined(name='model') if l_0_model is missing else l_0_model), 'imports')):
        _loop_vars = {}
        pass
        yield 'from '
        yield str(environment.getattr(l_1_import, 'module'))
        yield ' import '
        yield str(environment.getattr(l_1_import, 'name'))
        yield '\n'
    l_1_import = missing
    if environment.getattr((undefined(name='model') if l_0_model is missing else l_0_model), 'deferred_imports'):
        pass
        yield '\nif typing.TYPE_CHECKING:  # these models refer back to this one; see models/__init__.py\n'
        for l_1_import in environment.getattr((undefined(name='model') if l_0_model is missing else l_0_model), 'deferred_imports'):
            _loop_vars = {}
            pass
            yield '    from '
            yield str(environment.getattr(l_1_import, 'module'))
            yield ' import '
            yield str(environment.getattr(l_1_import, 'name'))
            yield '\n'
        l_1_import = missing
    yield '\n'

def block_class_docstring(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_model = resolve('model')
    l_0_text = missing
    try:
        t_8 = environment.filters['docstring']
    except KeyError:
        @internalcode
        def t_8(*unused):
            raise TemplateRuntimeError("No filter named 'docstring' found.")
    try:
        t_17 = environment.filters['docstring_end']
    except KeyError:
        @internalcode
        def t_17(*unused):
            raise TemplateRuntimeError("No filter named 'docstring_end' found.")
    try:
        t_18 = environment.filters['docstring_text']
    except KeyError:
        @internalcode
        def t_18(*unused):
            raise TemplateRuntimeError("No filter named 'docstring_text' found.")
    pass
    l_0_text = t_8((environment.getattr((undefined(name='model') if l_0_model is missing else l_0_model), 'description') or environment.getattr((undefined(name='model') if l_0_model is missing else l_0_model), 'class_name')))
    _block_vars['text'] = l_0_text
    if environment.getattr((undefined(name='model') if l_0_model is missing else l_0_model), 'deprecated'):
        pass
        yield '"""'
        yield str(t_18((environment.getattr((undefined(name='model') if l_0_model is missing else l_0_model), 'description') or environment.getattr((undefined(name='model') if l_0_model is missing else l_0_model), 'class_name'))))
        yield '\n\n.. deprecated:: This model is deprecated in the spec.\n"""\n'
    else:
        pass
        yield '"""'
        yield str((undefined(name='text') if l_0_text is missing else l_0_text))
        yield str(t_17((undefined(name='text') if l_0_text is missing else l_0_text)))
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
    l_0_renamed = resolve('renamed')
    try:
        t_8 = environment.filters['docstring']
    except KeyError:
        @internalcode
        def t_8(*unused):
            raise TemplateRuntimeError("No filter named 'docstring' found.")
    try:
        t_1 = environment.filters['ident']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'ident' found.")
    try:
        t_10 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_10(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_4 = environment.filters['pystr']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'pystr' found.")
    try:
        t_19 = environment.filters['select']
    except KeyError:
        @internalcode
        def t_19(*unused):
            raise TemplateRuntimeError("No filter named 'select' found.")
    pass
    yield '\n'
    if ((environment.getattr((undefined(name='field') if l_0_field is missing else l_0_field), 'py_name') != environment.getattr((undefined(name='field') if l_0_field is missing else l_0_field), 'wire_name')) or environment.getattr((undefined(name='field') if l_0_field is missing else l_0_field), 'deprecation_note')):
        pass
        l_0_renamed = (environment.getattr((undefined(name='field') if l_0_field is missing else l_0_field), 'py_name') != environment.getattr((undefined(name='field') if l_0_field is missing else l_0_field), 'wire_name'))
        _block_vars['renamed'] = l_0_renamed
        yield str(t_1(environment.getattr((undefined(name='field') if l_0_field is missing else l_0_field), 'py_name')))
        yield ': '
        yield str(environment.getattr((undefined(name='field') if l_0_field is missing else l_0_field), 'annotation'))
        yield ' = Field('
        yield str(t_10(context.eval_ctx, t_19(context, [(str_join(('default=', environment.getattr((undefined(name='field') if l_0_field is missing else l_0_field), 'default'), )) if (not environment.getattr((undefined(name='field') if l_0_field is missing else l_0_field), 'required')) else ''), (str_join(('validation_alias=', t_4(environment.getattr((undefined(name='field') if l_0_field is missing else l_0_field), 'wire_name')), )) if (undefined(name='renamed') if l_0_renamed is missing else l_0_renamed) else ''), (str_join(('serialization_alias=', t_4(environment.getattr((undefined(name='field') if l_0_field is missing else l_0_field), 'wire_name')), )) if (undefined(name='renamed') if l_0_renamed is missing else l_0_renamed) else ''), (str_join(('deprecated=', t_4(environment.getattr((undefined(name='field') if l_0_field is missing else l_0_field), 'deprecation_note')), )) if environment.getattr((undefined(name='field') if l_0_field is missing else l_0_field), 'deprecation_note') else '')]), ', '))
        yield ')\n'
    else:
        pass
        yield str(t_1(environment.getattr((undefined(name='field') if l_0_field is missing else l_0_field), 'py_name')))
        yield ': '
        yield str(environment.getattr((undefined(name='field') if l_0_field is missing else l_0_field), 'annotation'))
        yield str(('' if environment.getattr((undefined(name='field') if l_0_field is missing else l_0_field), 'required') else str_join((' = ', environment.getattr((undefined(name='field') if l_0_field is missing else l_0_field), 'default'), ))))
        yield '\n'
    if (environment.getattr((undefined(name='field') if l_0_field is missing else l_0_field), 'description') or environment.getattr((undefined(name='field') if l_0_field is missing else l_0_field), 'deprecated')):
        pass
        yield '"""'
        if environment.getattr((undefined(name='field') if l_0_field is missing else l_0_field), 'deprecated'):
            pass
            yield 'Deprecated. '
        yield str(t_8(environment.getattr((undefined(name='field') if l_0_field is missing else l_0_field), 'description')))
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
debug_info = '2=43&9=45&47=47&50=50&52=57&56=63&54=66&69=68&70=71&72=74&73=76&76=79&77=83&86=94&109=99&84=102&2=104&3=120&9=125&11=183&12=185&13=189&15=192&16=195&17=198&20=203&21=208&22=210&23=219&25=221&28=225&31=231&34=234&35=242&37=247&40=250&41=254&56=261&57=289&58=291&59=294&64=299&86=303&87=313&89=316&91=360&92=362&93=364&98=368&100=372&102=377&103=380&109=386'
# generator.render.precompile: jinja2 3.1.6 options 826747d6ece0e2af source 2e65fa4a8c27688f21f430552fbb74b7561887e4334a6ed93e3727fd4cf7d063
