from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'package/_core/__init__.py.jinja'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    pass
    yield '"""The runtime shared by every API class: requests, auth, results. Not public API."""\n'

blocks = {}
debug_info = ''
# generator.render.precompile: jinja2 3.1.6 options 826747d6ece0e2af source 1bf65b67c53b955c5bbcd2959864d47b7be819f358ed6ab2235829882908937a
