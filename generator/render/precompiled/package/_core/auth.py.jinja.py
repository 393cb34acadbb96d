from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'package/_core/auth.py.jinja'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_client = resolve('client')
    try:
        t_1 = environment.filters['pystr']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'pystr' found.")
    pass
    yield '"""The spec\'s security schemes, and how a request picks its credentials."""\n\nfrom __future__ import annotations\n\nimport base64\nfrom collections.abc import Mapping\nfrom dataclasses import dataclass\nfrom typing import Literal\n\nfrom ..errors import MissingCredentialError\n\n\n@dataclass(frozen=True)\nclass Scheme:\n    kind: Literal["bearer", "basic", "api_key"]\n    location: Literal["header", "query", "cookie"]\n    name: str\n    prefix: str\n    setting: str\n    call_param: str\n\n\n'
    if (not environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'auth_schemes')):
        pass
        yield 'SCHEMES: dict[str, Scheme] = {}\n'
    else:
        pass
        yield 'SCHEMES: dict[str, Scheme] = {\n'
        for l_1_scheme in environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'auth_schemes'):
            _loop_vars = {}
            pass
            yield '    '
            yield str(t_1(environment.getattr(l_1_scheme, 'key')))
            yield ': Scheme(\n        kind='
            yield str(t_1(environment.getattr(l_1_scheme, 'kind')))
            yield ',\n        location='
            yield str(t_1(environment.getattr(l_1_scheme, 'location')))
            yield ',\n        name='
            yield str(t_1(environment.getattr(l_1_scheme, 'wire_name')))
            yield ',\n        prefix='
            yield str(t_1(environment.getattr(l_1_scheme, 'prefix')))
            yield ',\n        setting='
            yield str(t_1(environment.getattr(l_1_scheme, 'setting_name')))
            yield ',\n        call_param='
            yield str(t_1((environment.getattr(l_1_scheme, 'call_param') or '')))
            yield ',\n    ),\n'
        l_1_scheme = missing
        yield '}\n'
    yield '\n\n@dataclass(frozen=True)\nclass Credentials:\n    """Where a request\'s credentials go: header, query and cookie values."""\n\n    headers: dict[str, str]\n    query: dict[str, str]\n    cookies: dict[str, str]\n\n\ndef _value(scheme: Scheme, raw: str) -> str:\n    if scheme.kind == "basic":\n        raw = base64.b64encode(raw.encode()).decode("ascii")\n    return scheme.prefix + raw\n\n\ndef resolve_credentials(\n    operation: str,\n    alternatives: tuple[tuple[str, ...], ...],\n    overrides: Mapping[str, str | None],\n    settings: Mapping[str, str | None],\n) -> Credentials:\n    """The first alternative whose schemes all have a value; per-call values win."""\n    found = Credentials({}, {}, {})\n    if not alternatives:\n        return found\n    for alternative in alternatives:\n        values = {key: overrides.get(key) or settings.get(key) for key in alternative}\n        if all(values.values()):\n            for key, raw in values.items():\n                scheme = SCHEMES[key]\n                target = getattr(\n                    found,\n                    {"header": "headers", "query": "query", "cookie": "cookies"}[\n                        scheme.location\n                    ],\n                )\n                target[scheme.name] = _value(scheme, str(raw))\n            return found\n    raise MissingCredentialError(\n        f"{operation} needs a credential: {_ways(alternatives)}"\n    )\n\n\ndef _ways(alternatives: tuple[tuple[str, ...], ...]) -> str:\n    ways = []\n    for alternative in alternatives:\n        parts = []\n        for key in alternative:\n            scheme = SCHEMES[key]\n            option = f"Client({scheme.setting}=...)"\n            if scheme.call_param:\n                option = f"pass {scheme.call_param}=... or set {option}"\n            else:\n                option = f"set {option}"\n            parts.append(option)\n        ways.append(" and ".join(parts))\n    return "; or ".join(ways)\n'

blocks = {}
debug_info = '23=19&27=25&28=29&29=31&30=33&31=35&32=37&33=39&34=41'
# generator.render.precompile: jinja2 3.1.6 options 826747d6ece0e2af source b52d2bdde990faedf0fbfad14980cb779d5b6e0dc2c009b41ed457243413e93b
