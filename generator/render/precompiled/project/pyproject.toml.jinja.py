from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'project/pyproject.toml.jinja'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_client = resolve('client')
    try:
        t_1 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_2 = environment.filters['map']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'map' found.")
    try:
        t_3 = environment.filters['toml_str']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'toml_str' found.")
    pass
    yield '[build-system]\nrequires = ["hatchling==1.27.0"]\nbuild-backend = "hatchling.build"\n\n[project]\nname = '
    yield str(t_3(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'project_name')))
    yield '\nversion = '
    yield str(t_3(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'package_version')))
    yield '\ndescription = '
    yield str(t_3(str_join(('Python client for ', environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'title'), ))))
    yield '\nreadme = "README.md"\n'
    yield str(t_1(context.eval_ctx, environment.getattr(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'project'), 'toml_fields'), '\n'))
    yield '\nclassifiers = [\n    '
    yield str(t_1(context.eval_ctx, t_2(context, environment.getattr(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'project'), 'classifiers'), 'toml_str'), ',\n    '))
    yield ',\n]\ndependencies = [\n    "anyio>=4,<5",\n    "httpx>=0.27,<1",\n    "pydantic>=2.11,<3",\n]\n'
    if environment.getattr(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'project'), 'urls'):
        pass
        yield '\n[project.urls]\n'
        yield str(t_1(context.eval_ctx, environment.getattr(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'project'), 'toml_urls'), '\n'))
        yield '\n'
    yield '\n[tool.ruff]\nline-length = 88\ntarget-version = "py310"\n\n[tool.ruff.lint]\nselect = ["E", "F", "W", "I", "UP", "B"]\n# Docstrings carry the spec\'s prose as written; the formatter decides the width of code.\nignore = ["E501"]\n\n[tool.mypy]\nstrict = true\nplugins = []\n\n[tool.hatch.build.targets.wheel]\npackages = ['
    yield str(t_3(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'package_name')))
    yield ']\n'

blocks = {}
debug_info = '6=31&7=33&8=35&10=37&12=39&19=41&22=44&39=47'
# generator.render.precompile: jinja2 3.1.6 options 826747d6ece0e2af source 72359519d89613aae59b8304b9a6ed96f2cc4905f8ed6b26ad24eb5efd754065
