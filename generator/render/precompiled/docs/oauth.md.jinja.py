from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'docs/oauth.md.jinja'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_oauth = resolve('oauth')
    l_0_client = resolve('client')
    try:
        t_1 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_2 = environment.filters['md']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'md' found.")
    try:
        t_3 = environment.filters['md_cell']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'md_cell' found.")
    try:
        t_4 = environment.filters['pystr']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'pystr' found.")
    pass
    yield "# OAuth\n\nThe spec's `"
    yield str(t_2(environment.getattr((undefined(name='oauth') if l_0_oauth is missing else l_0_oauth), 'scheme_key')))
    yield '` security scheme declares OAuth 2 flows, so\n`'
    yield str(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'package_name'))
    yield '.oauth` holds the browser half of the authorization: the URL to\nsend the user to and the check of the redirect back to your app.\n\n| | |\n| --- | --- |\n| Authorization URL | '
    yield str(t_3((environment.getattr((undefined(name='oauth') if l_0_oauth is missing else l_0_oauth), 'authorization_url') or 'none')))
    yield ' |\n| Token URL | '
    yield str(t_3((environment.getattr((undefined(name='oauth') if l_0_oauth is missing else l_0_oauth), 'token_url') or 'none')))
    yield ' |\n| Scopes | '
    yield str(t_1(environment.getattr((undefined(name='oauth') if l_0_oauth is missing else l_0_oauth), 'scopes')))
    yield ', in `Scope` |\n\n## Send the user to authorize\n\n```python\nfrom '
    yield str(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'package_name'))
    yield '.oauth import Scope, authorization_url\n\nrequest = authorization_url(\n    client_id="YOUR_CLIENT_ID",\n    scopes=[Scope.'
    yield str((environment.getattr(environment.getitem(environment.getattr((undefined(name='oauth') if l_0_oauth is missing else l_0_oauth), 'scopes'), 0), 'name') if environment.getattr((undefined(name='oauth') if l_0_oauth is missing else l_0_oauth), 'scopes') else 'UNKNOWN'))
    yield '],\n    redirect_uri="https://app.example/callback",\n)\nassert request.url.startswith('
    yield str(t_4((environment.getattr((undefined(name='oauth') if l_0_oauth is missing else l_0_oauth), 'authorization_url') or '')))
    yield ')\n# Keep request.state and request.code_verifier (in the user\'s session) until the\n# redirect back; send request.url to the user\'s browser.\n```\n\n- `scopes` takes `Scope` members or plain strings (an unknown scope works); they are\n  joined with `oauth.SCOPE_SEPARATOR` (a space, as RFC 6749 says, unless the scheme sets\n  `x-scope-separator`).\n- `state` is a fresh random value from `secrets` unless you pass one.\n- `pkce=True` (the default) adds an S256 code challenge (RFC 7636); the verifier is\n  `request.code_verifier`, sent with the code exchange. It is left out of the object\'s\n  repr.\n- `environment` is the client\'s: an `Environment` member or a base URL. When the\n  authorization URL lives on the first server\'s host, its host follows the environment\n  (a sandbox server authorizes on the sandbox host).\n- Other keywords are sent as query parameters as they are, `True`/`False` as\n  `true`/`false` (vendor parameters such as `session=False` or `locale="en-US"`).\n\n## Read the redirect back\n\n```python\nfrom '
    yield str(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'package_name'))
    yield '.oauth import (\n    AuthorizationDeniedError,\n    StateMismatchError,\n    parse_callback,\n)\n\ncallback_url = f"https://app.example/callback?code=CODE&state={request.state}"\ncode = parse_callback(callback_url, expected_state=request.state)\nassert code == "CODE"\n\ntry:\n    parse_callback("?code=CODE&state=forged", expected_state=request.state)\nexcept StateMismatchError:\n    pass  # not the request you sent: possibly forged (CSRF)\n\ntry:\n    parse_callback(\n        f"?error=access_denied&error_description=user+denied&state={request.state}",\n        expected_state=request.state,\n    )\nexcept AuthorizationDeniedError as error:\n    assert (error.error, error.description) == ("access_denied", "user denied")\n```\n\n`parse_callback` takes the whole callback URL or its query string. It checks the state\nfirst (also for an error answer), then returns the code, or raises\n`AuthorizationDeniedError` for an `error=` answer or `MissingCodeError` when there is\nneither. All are `OAuthError`s, and `ApiError`s.\n\n## Tokens: exchange, refresh, and the client\'s credential\n\n```python\nfrom '
    yield str(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'package_name'))
    yield ' import Client\nfrom '
    yield str(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'package_name'))
    yield '.oauth import OAuthSession, Token\n\nsaved: list[Token] = []\nsession = OAuthSession(\n    client_id="YOUR_CLIENT_ID",\n    client_secret="YOUR_CLIENT_SECRET",\n    on_token=saved.append,  # persist each new token (it holds the refresh token)\n)\n# After parse_callback:\n#     session.exchange_code(code, code_verifier=request.code_verifier)\n# or, on a later run, the token you saved:\nsession.token = Token("ACCESS_TOKEN", refresh_token="REFRESH_TOKEN", expires_at=None)\nclient = Client(access_token=session)  # every call asks the session for a fresh token\nclient.close()\n```\n\n`OAuthSession` posts to the token URL ('
    yield str(t_2((environment.getattr((undefined(name='oauth') if l_0_oauth is missing else l_0_oauth), 'token_url') or 'none')))
    yield ') as\n'
    yield str(("JSON, as the spec's own operation there takes" if (environment.getattr((undefined(name='oauth') if l_0_oauth is missing else l_0_oauth), 'token_encoding') == 'json') else 'a form, as RFC 6749 says'))
    yield ".\nCalled for a token, it refreshes it first when it expires within `refresh_margin` seconds\n(60 by default), with the refresh grant; the new refresh token replaces the old one when\nthe server rotates it, and `on_token` gets every new `Token`. Threads that find the token\nexpiring wait for one refresh. `environment=` moves a token URL on the production host as\n`authorization_url` does. A refused grant raises `TokenError` (`status_code`, `error`,\n`description`), without the code, verifier, secret or tokens in its message; a `Token`'s\nrepr leaves them out too.\n\nNot generated yet: `AsyncOAuthSession`, `revoke()`, and the code exchange through the\nAPI's own typed operation (the session sends the grant itself).\n"

blocks = {}
debug_info = '3=38&4=40&9=42&10=44&11=46&16=48&20=50&23=52&44=54&76=56&77=58&93=60&94=62'
# generator.render.precompile: jinja2 3.1.6 options 826747d6ece0e2af source dfaed1c66b4099f8d91dc3a16c35787a1fec8ddad022dc6b3f961d26d1c4af6b
