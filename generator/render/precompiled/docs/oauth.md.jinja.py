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
    yield '.oauth import (\n    AuthorizationDeniedError,\n    StateMismatchError,\n    parse_callback,\n)\n\ncallback_url = f"https://app.example/callback?code=CODE&state={request.state}"\ncode = parse_callback(callback_url, expected_state=request.state)\nassert code == "CODE"\n\ntry:\n    parse_callback("?code=CODE&state=forged", expected_state=request.state)\nexcept StateMismatchError:\n    pass  # not the request you sent: possibly forged (CSRF)\n\ntry:\n    parse_callback(\n        f"?error=access_denied&error_description=user+denied&state={request.state}",\n        expected_state=request.state,\n    )\nexcept AuthorizationDeniedError as error:\n    assert (error.error, error.description) == ("access_denied", "user denied")\n```\n\n`parse_callback` takes the whole callback URL or its query string. It checks the state\nfirst (also for an error answer), then returns the code, or raises\n`AuthorizationDeniedError` for an `error=` answer or `MissingCodeError` when there is\nneither. All are `OAuthError`s, and `ApiError`s.\n\nExchanging the code for tokens is an operation of the API when the spec has one at the\ntoken URL; the code exchange, refresh and revocation helpers are not generated yet.\n'

blocks = {}
debug_info = '3=38&4=40&9=42&10=44&11=46&16=48&20=50&23=52&44=54'
# generator.render.precompile: jinja2 3.1.6 options 826747d6ece0e2af source 74a0bbf18564ef05e0208f184d39094072f67dbab3d002308e7d74e7cdcb19ab
