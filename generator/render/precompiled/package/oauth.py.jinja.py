from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'package/oauth.py.jinja'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_oauth = resolve('oauth')
    try:
        t_1 = environment.filters['docstring']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'docstring' found.")
    try:
        t_2 = environment.filters['docstring_text']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'docstring_text' found.")
    try:
        t_3 = environment.filters['ident']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'ident' found.")
    try:
        t_4 = environment.filters['indent']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'indent' found.")
    try:
        t_5 = environment.filters['pyliteral']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'pyliteral' found.")
    try:
        t_6 = environment.filters['pystr']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'pystr' found.")
    pass
    yield '"""OAuth 2 from the spec\'s '
    yield str(t_2(environment.getattr((undefined(name='oauth') if l_0_oauth is missing else l_0_oauth), 'scheme_key')))
    yield ' security scheme: the authorize URL and the callback.\n\nSend the user to ``authorization_url(...).url``, keep its ``state`` and ``code_verifier``,\nread the code of the redirect back with ``parse_callback``, and trade it for tokens with\n``OAuthSession``, which also refreshes them. See docs/oauth.md.\n"""\n\nfrom __future__ import annotations\n\nfrom collections.abc import Iterable\n\nfrom ._core.enums import OpenStrEnum\nfrom ._core.oauth import AuthorizationDeniedError as AuthorizationDeniedError\nfrom ._core.oauth import AuthorizationRequest as AuthorizationRequest\nfrom ._core.oauth import MissingCodeError as MissingCodeError\nfrom ._core.oauth import OAuthError as OAuthError\nfrom ._core.oauth import StateMismatchError as StateMismatchError\nfrom ._core.oauth import build_authorization_url, on_environment\nfrom ._core.oauth import code_challenge as code_challenge\nfrom ._core.oauth import parse_callback as parse_callback\nfrom ._core.oauth_session import OAuthSession as _OAuthSession\nfrom ._core.oauth_session import Token as Token\nfrom ._core.oauth_session import TokenError as TokenError\nfrom .environment import DEFAULT_ENVIRONMENT, Environment\n\nAUTHORIZATION_URL: str | None = '
    yield str(t_5(environment.getattr((undefined(name='oauth') if l_0_oauth is missing else l_0_oauth), 'authorization_url')))
    yield '\nTOKEN_URL: str | None = '
    yield str(t_5(environment.getattr((undefined(name='oauth') if l_0_oauth is missing else l_0_oauth), 'token_url')))
    yield '\nFLOWS: tuple[str, ...] = '
    yield str(t_5(environment.getattr((undefined(name='oauth') if l_0_oauth is missing else l_0_oauth), 'flows')))
    yield '\nSCOPE_SEPARATOR = '
    yield str(t_6(environment.getattr((undefined(name='oauth') if l_0_oauth is missing else l_0_oauth), 'scope_separator')))
    yield '\n# How the token endpoint takes its body: "json" (the spec\'s operation there takes JSON)\n# or "form" (RFC 6749).\nTOKEN_ENCODING = '
    yield str(t_6(environment.getattr((undefined(name='oauth') if l_0_oauth is missing else l_0_oauth), 'token_encoding')))
    yield '\n\n\nclass Scope(OpenStrEnum):\n    """The scopes the spec lists; an unknown scope string still works: ``Scope("NEW")``."""\n'
    for l_1_scope in environment.getattr((undefined(name='oauth') if l_0_oauth is missing else l_0_oauth), 'scopes'):
        _loop_vars = {}
        pass
        yield '\n    '
        yield str(t_3(environment.getattr(l_1_scope, 'name')))
        yield ' = '
        yield str(t_6(environment.getattr(l_1_scope, 'value')))
        yield '\n    """'
        yield str(t_4(t_1(environment.getattr(l_1_scope, 'description')), 4))
        yield '"""\n'
    l_1_scope = missing
    yield '\n\ndef authorization_url(\n    *,\n    client_id: str,\n    scopes: Iterable[Scope | str],\n    redirect_uri: str | None = None,\n    state: str | None = None,\n    pkce: bool = True,\n    environment: Environment | str | None = None,\n    **extra_params: object,\n) -> AuthorizationRequest:\n    """Where to send the user to grant ``scopes`` to the app ``client_id``.\n\n    Keep the result\'s ``state`` for ``parse_callback`` and its ``code_verifier`` for the\n    code exchange. ``state`` defaults to a fresh random value; ``pkce=False`` leaves the\n    S256 challenge out. ``environment`` is the client\'s (an ``Environment`` or base URL):\n    an authorize URL on the production server\'s host moves to its host. Other keywords\n    are sent as they are (``True``/``False`` as ``true``/``false``).\n    """\n    if AUTHORIZATION_URL is None:\n        raise OAuthError("the spec declares no flow with an authorizationUrl")\n    target = environment if environment is not None else DEFAULT_ENVIRONMENT\n    base_url = target.value if isinstance(target, Environment) else target\n    return build_authorization_url(\n        on_environment(AUTHORIZATION_URL, DEFAULT_ENVIRONMENT.value, base_url),\n        client_id=client_id,\n        scopes=scopes,\n        redirect_uri=redirect_uri,\n        state=state,\n        pkce=pkce,\n        scope_separator=SCOPE_SEPARATOR,\n        extra_params=extra_params,\n    )\n\n\nclass OAuthSession(_OAuthSession):\n    """Tokens from the spec\'s token URL: ``exchange_code(code, code_verifier=...)``, then\n    ``Client(access_token=session)``; each call gets a token refreshed ``refresh_margin``\n    seconds before it expires. ``on_token`` is called with every new ``Token`` (to save\n    it); ``environment`` moves a token URL on the production host like\n    ``authorization_url`` does."""\n\n    token_url = TOKEN_URL\n    token_encoding = TOKEN_ENCODING\n    production_url = DEFAULT_ENVIRONMENT.value\n'

blocks = {}
debug_info = '1=49&26=51&27=53&28=55&29=57&32=59&37=61&39=65&40=69'
# generator.render.precompile: jinja2 3.1.6 options 826747d6ece0e2af source 105efc4166b8070d5109ce9a8d975adc3833a3969df0658aef150da8302131ec
