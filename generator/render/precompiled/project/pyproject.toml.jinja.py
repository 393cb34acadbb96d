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
        t_1 = environment.filters['toml_str']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'toml_str' found.")
    pass
    yield '[build-system]\nrequires = ["hatchling==1.27.0"]\nbuild-backend = "hatchling.build"\n\n[project]\nname = '
    yield str(t_1(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'project_name')))
    yield '\nversion = '
    yield str(t_1(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'package_version')))
    yield '\ndescription = '
    yield str(t_1(str_join(('Python client for ', environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'title'), ))))
    yield '\nreadme = "README.md"\nrequires-python = ">=3.10"\n'
    if environment.getattr(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'project'), 'license'):
        pass
        yield 'license = '
        yield str(t_1(environment.getattr(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'project'), 'license')))
        yield '\n'
    if environment.getattr(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'project'), 'authors'):
        pass
        yield 'authors = [\n'
        for l_1_author in environment.getattr(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'project'), 'authors'):
            _loop_vars = {}
            pass
            yield '    { '
            if environment.getattr(l_1_author, 'name'):
                pass
                yield 'name = '
                yield str(t_1(environment.getattr(l_1_author, 'name')))
            if (environment.getattr(l_1_author, 'name') and environment.getattr(l_1_author, 'email')):
                pass
                yield ', '
            if environment.getattr(l_1_author, 'email'):
                pass
                yield 'email = '
                yield str(t_1(environment.getattr(l_1_author, 'email')))
            yield ' },\n'
        l_1_author = missing
        yield ']\n'
    yield 'classifiers = [\n'
    for l_1_classifier in environment.getattr(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'project'), 'classifiers'):
        _loop_vars = {}
        pass
        yield '    '
        yield str(t_1(l_1_classifier))
        yield ',\n'
    l_1_classifier = missing
    yield ']\ndependencies = [\n    "httpx>=0.27,<1",\n    "pydantic>=2.11,<3",\n]\n'
    if environment.getattr(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'project'), 'urls'):
        pass
        yield '\n[project.urls]\n'
        for (l_1_label, l_1_address) in environment.getattr(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'project'), 'urls'):
            _loop_vars = {}
            pass
            yield str(t_1(l_1_label))
            yield ' = '
            yield str(t_1(l_1_address))
            yield '\n'
        l_1_label = l_1_address = missing
    yield '\n[tool.ruff]\nline-length = 88\ntarget-version = "py310"\n\n[tool.ruff.lint]\nselect = ["E", "F", "W", "I", "UP", "B"]\n# Docstrings carry the spec\'s prose as written; the formatter decides the width of code.\nignore = ["E501"]\n\n[tool.mypy]\nstrict = true\nplugins = []\n\n[tool.hatch.build.targets.wheel]\npackages = ['
    yield str(t_1(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'package_name')))
    yield ']\n'

blocks = {}
debug_info = '6=19&7=21&8=23&11=25&12=28&14=30&16=33&17=37&22=52&23=56&30=60&33=63&34=66&52=72'
# generator.render.precompile: jinja2 3.1.6 options 826747d6ece0e2af source 64489d4e83e6a22c237a7389d19440507d37afe8846a54f4e35c7963eb849023
