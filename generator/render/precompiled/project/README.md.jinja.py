from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'project/README.md.jinja'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_client = resolve('client')
    pass
    yield from context.blocks['title'][0](context)
    yield from context.blocks['install'][0](context)
    yield from context.blocks['quick_start'][0](context)
    yield from context.blocks['configuration'][0](context)
    if environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'example'):
        pass
        yield '\n'
        yield from context.blocks['calls_and_results'][0](context)
        yield from context.blocks['async_usage'][0](context)
        yield from context.blocks['formats'][0](context)
        yield from context.blocks['per_call_options'][0](context)
    yield '\n'
    yield from context.blocks['timeouts'][0](context)
    yield from context.blocks['exceptions'][0](context)
    yield from context.blocks['retries'][0](context)
    yield from context.blocks['own_http_client'][0](context)
    yield from context.blocks['headers_sent'][0](context)
    yield from context.blocks['logging'][0](context)
    yield from context.blocks['deprecation'][0](context)
    yield from context.blocks['model_behaviour'][0](context)
    yield from context.blocks['design_decisions'][0](context)
    yield from context.blocks['apis'][0](context)
    yield from context.blocks['models'][0](context)
    yield from context.blocks['extra_sections'][0](context)

def block_title(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_client = resolve('client')
    try:
        t_1 = environment.filters['md']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'md' found.")
    pass
    yield '# '
    yield str(t_1(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'title')))
    yield '\n\nA typed Python client for '
    yield str(t_1(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'title')))
    if environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'api_version'):
        pass
        yield ' (API version '
        yield str(t_1(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'api_version')))
        yield ')'
    yield ', generated from its OpenAPI description. Built on [httpx](https://www.python-httpx.org/) and [pydantic](https://docs.pydantic.dev/) v2.\n'
    if environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'description'):
        pass
        yield '\n'
        yield str(t_1(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'description')))
        yield '\n'
    yield '\n'

def block_install(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_client = resolve('client')
    pass
    yield '## Install\n\n```sh\npip install .   # from this folder (the distribution is named '
    yield str(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'project_name'))
    yield ')\n```\n\n'

def block_quick_start(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_client = resolve('client')
    pass
    yield '## Quick start\n\n```python\nfrom '
    yield str(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'package_name'))
    yield ' import Client\n\nclient = Client()  # Environment.'
    yield str(environment.getattr(environment.getitem(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'servers'), 0), 'name'))
    yield '; see "Configuration" for the others\nprint(client.base_url)\n```\n\n'

def block_configuration(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_client = resolve('client')
    try:
        t_2 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_3 = environment.filters['map']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'map' found.")
    try:
        t_4 = environment.filters['md_cell']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'md_cell' found.")
    pass
    yield '## Configuration\n\nEvery setting is a keyword of `Client(...)` (and of `AsyncClient(...)`, which takes the same ones).\n\n| Keyword | Default | Example | What it does |\n| --- | --- | --- | --- |\n'
    for l_1_setting in environment.getattr(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'constructor'), 'settings'):
        _loop_vars = {}
        pass
        yield '| `'
        yield str(environment.getattr(l_1_setting, 'py_name'))
        yield '` | '
        yield str(environment.getattr(l_1_setting, 'default_cell'))
        yield ' | `'
        yield str(environment.getattr(l_1_setting, 'py_name'))
        yield '='
        yield str(t_4(environment.getattr(l_1_setting, 'example')))
        yield '` | '
        yield str(environment.getattr(l_1_setting, 'summary_cell'))
        yield ' |\n'
    l_1_setting = missing
    yield '| `environment` | `Environment.'
    yield str(environment.getattr(environment.getitem(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'servers'), 0), 'name'))
    yield '` | `environment=Environment.'
    yield str(environment.getattr(environment.getitem(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'servers'), -1), 'name'))
    yield '` | '
    yield str(t_2(context.eval_ctx, t_3(context, environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'servers'), attribute='environment_cell'), ', '))
    yield ' |\n| `base_url` | `None` | `base_url="http://127.0.0.1:4010"` | Any other server (a proxy, a mock); wins over `environment`. Without `base_url` and `environment`, the `'
    yield str(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'env_prefix'))
    yield '_BASE_URL` environment variable is used when set. |\n| `timeout` | '
    yield str(environment.getattr(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'runtime'), 'timeout'))
    yield ' s, '
    yield str(environment.getattr(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'runtime'), 'connect_timeout'))
    yield ' s to connect | `timeout=20.0` or `timeout=httpx.Timeout(20.0, connect=5.0)` | How long one attempt may wait; see [Timeouts](#timeouts). |\n| `max_retries` | `'
    yield str(environment.getattr(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'runtime'), 'max_retries'))
    yield '` | `max_retries=5` | Retries after a failed attempt; `0` turns them off. See [Retries](#retries). |\n| `backoff` | `Backoff()` | `backoff=Backoff(initial_delay=1.0)` | The waits between attempts. See [Retries](#retries). |\n| `headers` | `None` | `headers={"X-Request-Source": "billing"}` | Extra headers for every request; they win over the client\'s own (`User-Agent` included). |\n| `http_client` | `None` | `http_client=httpx.Client(proxy="http://proxy:3128")` | Your own `httpx.Client` (`httpx.AsyncClient` for `AsyncClient`); see [Your own httpx client](#your-own-httpx-client). |\n\n```python\nimport httpx\n\nfrom '
    yield str(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'package_name'))
    yield ' import Backoff, Client, Environment\n\nclient = Client(\n'
    for l_1_setting in environment.getattr(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'constructor'), 'settings'):
        _loop_vars = {}
        pass
        yield '    '
        yield str(environment.getattr(l_1_setting, 'py_name'))
        yield '='
        yield str(environment.getattr(l_1_setting, 'example'))
        yield ',\n'
    l_1_setting = missing
    yield '    environment=Environment.'
    yield str(environment.getattr(environment.getitem(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'servers'), -1), 'name'))
    yield ',\n    timeout=httpx.Timeout(20.0, connect=5.0),\n    max_retries=3,\n    backoff=Backoff(initial_delay=1.0, max_delay=10.0, max_retry_after=30.0),\n    headers={"X-Request-Source": "billing"},\n)\nclient.close()\n```\n\n`Client` and `AsyncClient` are context managers: leaving the `with` block closes the\nconnection pool (`client.close()` / `await client.close()` do the same).\n'
    if environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'auth_schemes'):
        pass
        yield '\n### Credentials: providers and per-client copies\n\nA credential left out is read from its environment variable when the client is created:\n'
        yield str(t_2(context.eval_ctx, environment.getattr(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'constructor'), 'variable_notes'), ', '))
        yield '. An argument wins over the variable (and `'
        yield str(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'env_prefix'))
        yield "_BASE_URL` gives the server, as above).\n\nEach credential setting also takes a function, called for each call that needs that\ncredential (once per call, not per attempt), so a token that expires can be refreshed\nthere. On `AsyncClient` the function may be a coroutine function; it is awaited.\n\n`client.with_options(...)` returns a copy of the client with other credentials,\n`base_url`, `timeout`, `max_retries`, `backoff` or extra `headers` (added to the client's);\nwhat you leave out stays as it is. The copy shares the client's connection pool, so one\nclient per merchant or tenant costs no pool of its own. Closing a copy leaves the pool\nopen; closing the original closes it for every copy.\n\n```python\nfrom "
        yield str(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'package_name'))
        yield ' import Client\n\n\ndef current_token() -> str:\n    return "'
        yield str(environment.getattr(environment.getitem(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'auth_schemes'), 0), 'example'))
        yield '"  # e.g. read from your token store\n\n\nclient = Client('
        yield str(environment.getattr(environment.getitem(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'auth_schemes'), 0), 'setting_name'))
        yield '=current_token)\nfor merchant_token in ["TOKEN_OF_MERCHANT_1", "TOKEN_OF_MERCHANT_2"]:\n    merchant = client.with_options('
        yield str(environment.getattr(environment.getitem(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'auth_schemes'), 0), 'setting_name'))
        yield '=merchant_token, max_retries=0)\nclient.close()\n```\n'

def block_calls_and_results(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_client = resolve('client')
    try:
        t_5 = environment.filters['comment']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'comment' found.")
    pass
    yield '## Calls and results\n\n```python\nfrom '
    yield str(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'package_name'))
    yield ' import Client\n\n'
    yield str(environment.getattr(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'example'), 'assignments'))
    yield 'with Client'
    yield str(environment.getattr(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'example'), 'settings'))
    yield ' as client:\n    result = '
    yield str(environment.getattr(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'example'), 'call'))
    yield '\n    if result.is_success():\n        # '
    yield str(t_5(environment.getattr(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'example'), 'result_comment')))
    yield '\n        data = result.data\n    else:\n        problems = result.errors  # the server\'s error list\n    raw = result.http_response  # the httpx.Response, for anything else\n\n    # Or: the typed response itself, ApiStatusError for an error result\n    data = result.unwrap()\n```\n\n`result.unwrap()` returns the data typed as the method declares it (no `None` to rule out:\n`mypy --strict` needs no cast or `assert`), and raises `ApiStatusError`, as\n`raise_for_error()` does, for an error result.\n\nHTTP error statuses are results, not exceptions: `result.is_error()` is true for a 4xx/5xx\nstatus, for a 2xx whose body lists errors, and for the two answers below, which carry a\n`result.problem` saying what is wrong. `result.raise_for_error()` raises\n`ApiStatusError` (with `status_code`, `errors`, `headers`, `http_response`, `error`, `body`) if you prefer\nexceptions; its message names the status and a one-line summary of the body (its\n`title`, `message`, `detail` or `error` field, secret fields left out), such as\n`HTTP 404: Pet 7 does not exist.`\n`result.status_code`, `result.headers`, the decoded JSON `result.body`, the number of\n`result.retries` and the `httpx.Response` of the last attempt (`result.http_response`) are\nalways there. `result.http_response` is the raw `httpx.Response`: its `request`, every\nheader, `content` as bytes, `elapsed`, `http_version`.\n\n* **Error bodies are typed.** An error answer\'s body is decoded into the model the spec\n  declares for its status, else for its range (`4XX`), else for `default`, and kept in\n  `result.error` (and `ApiStatusError.error`); it is `None` when the spec declares none or\n  the body does not match it (`result.body` has it as it came). A spec whose error bodies\n  list errors (an `errors` array of objects) also fills `result.errors`.\n* **Several media types.** A success the spec declares in several media types (JSON or CSV,\n  say) is read by the answer\'s `Content-Type`: JSON (`application/json`, any `+json`) into\n  the model, `text/*` and XML as `str`, anything else as `bytes`; the method\'s type says\n  which (`ApiResult[Report | str | bytes]`), and its `Accept` header lists them. A request\n  body the spec declares in several media types takes `content_type=` (the JSON one by\n  default) and is sent as JSON, a form, multipart, text or bytes accordingly.\n* **A redirect is an error result.** Redirects are not followed (httpx\'s default): a `3xx`\n  answer (`304 Not Modified` included) is an error result with `data` `None` and\n  `problem` `"a redirect, not followed (...)"`; its `Location` is in `result.headers`. It is\n  never retried. To follow redirects, pass `http_client=httpx.Client(follow_redirects=True)`\n  (httpx drops the `Authorization` header when a redirect leaves the origin); a redirect\n  loop then raises `ApiConnectionError` (`TooManyRedirects`).\n* **A success without its body is an error result.** When the spec declares a response body\n  and a `2xx` answer has none (an empty body), or has a JSON `null` that the schema does not\n  allow, the result is an error with `data` `None` and `problem`\n  `"no body where the spec declares a response body"` (or `"a JSON null where ..."`). A\n  status the spec documents without a body (a `204`, say) is a success with `data` `None`.\n\nSo `result.is_success()` means `data` holds the declared response: it is `None` only for an\noperation, or a status, that the spec declares without a body, or where its schema allows\n`null`.\n\n### Pages\n\nAn operation that returns one page of many (its docs page marks it *paginated*) returns the\nfirst page as above, and its result follows the rest: the same request is sent again with\nthe cursor the answer names, until an answer names none.\n\n```python\nfrom typing import Any\n\nfrom '
    yield str(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'package_name'))
    yield ' import ApiResult\n\n\ndef every_item(first: ApiResult[Any]) -> None:\n    for item in first.iter_items():  # the items of every page, typed\n        print(item)\n    for page in first.iter_pages(max_pages=10):  # each page as an ApiResult\n        print(page.status_code, page.data)\n```\n\nOn `AsyncClient`, `async for item in first.aiter_items()` and `first.aiter_pages()` do the\nsame. At most `max_pages` pages are read (1000 unless told). An error page ends the loop:\n`iter_pages()` yields it (check `is_success()`), `iter_items()` raises `ApiStatusError`.\n`result.has_next_page()` says whether the answer names a next page.\n\n'

def block_async_usage(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_client = resolve('client')
    pass
    yield '## Async\n\n```python\nimport asyncio\n\nfrom '
    yield str(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'package_name'))
    yield ' import AsyncClient\n\n'
    yield str(environment.getattr(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'example'), 'assignments'))
    yield '\n\nasync def main() -> None:\n    async with AsyncClient'
    yield str(environment.getattr(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'example'), 'settings'))
    yield ' as client:\n        first, second = await asyncio.gather(\n            '
    yield str(environment.getattr(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'example'), 'call'))
    yield ',\n            '
    yield str(environment.getattr(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'example'), 'call'))
    yield ',\n        )\n\n\nasyncio.run(main())\n```\n\n`AsyncClient` has the same attributes and methods as `Client`, to be awaited; concurrent\ncalls share one connection pool. It runs under asyncio and under trio (`trio.run(main)`):\nit waits through anyio, as httpx does.\n\n'

def block_formats(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield '## Types of formatted strings\n\nA string schema\'s `format` decides its Python type, in models, arguments and results alike:\n\n| `format` | Python type | on the wire |\n| --- | --- | --- |\n| `date-time` | `datetime.datetime` | RFC 3339, `2024-01-02T03:04:05+00:00`, in the body, path, query, headers, cookies and forms |\n| `date` | `datetime.date` | `2024-01-02` |\n| `uuid` | `uuid.UUID` | `12345678-1234-5678-1234-567812345678` |\n| `decimal` (on a string) | `decimal.Decimal` | the decimal as a string, `"10.10"`, exactly |\n| `byte` | `bytes` (annotated `Base64Bytes`) | base64 text (RFC 4648, standard alphabet) |\n| `binary` | `bytes` | the bytes themselves (files, raw bodies) |\n\nGive a `datetime` a time zone: one without (a naive `datetime`) is sent without an offset,\nwhich RFC 3339 does not allow. Other string formats stay `str`, and a JSON number stays\n`float` or `int` whatever its format.\n\n'

def block_per_call_options(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_client = resolve('client')
    pass
    yield "## Per-call options\n\nEvery method also takes `timeout`, `max_retries`, `extra_headers`, `extra_query` and\n`extra_body`. They apply to that call only and win over the client's settings;\n`extra_headers` wins over every other header, credentials included. `extra_body` adds\nfields to the call's JSON body (they win over the body's own, e.g. a field the spec does not\nhave yet); a call without a body sends `extra_body` as its JSON body; a form or binary body\ntakes none (`TypeError`).\n\n```python\nfrom "
    yield str(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'package_name'))
    yield ' import Client\n\n'
    yield str(environment.getattr(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'example'), 'assignments'))
    yield 'client = Client'
    yield str(environment.getattr(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'example'), 'settings'))
    yield '\nresult = '
    yield str(environment.getattr(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'example'), 'call_with_options'))
    yield '\nclient.close()\n```\n'

def block_timeouts(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_client = resolve('client')
    pass
    yield '## Timeouts\n\nEach attempt may take `timeout` seconds ('
    yield str(environment.getattr(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'runtime'), 'timeout'))
    yield ' s by default, '
    yield str(environment.getattr(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'runtime'), 'connect_timeout'))
    yield " s to connect). A float\nsets every phase (connect, read, write, pool); an `httpx.Timeout` sets them one by one, and\n`httpx.Timeout(None)` waits forever.\n\n**One deadline per attempt.** httpx's timeouts bound each network operation, so a server\nthat sends its answer one byte at a time would never trip them. The client also gives the\nwhole attempt (waiting for a connection, connecting, sending, and reading the headers and\nthe entire body) one deadline: the longest of the timeout's phases (`timeout` seconds for a\nfloat; 20 s for `httpx.Timeout(20.0, connect=5.0)`). A phase set to `None` lifts the\ndeadline, as waiting forever was asked for. An attempt that runs past its deadline fails\nlike any timeout: it is retried, and the call finally raises `ApiTimeoutError`. (With your\nown `http_client`, a connection it opened outside this package keeps httpx's per-operation\ntimeouts only.)\n\nWhen no answer comes in time the call raises `ApiTimeoutError` (after its retries); when\nthe server cannot be reached, `ApiConnectionError` (`ApiTimeoutError` is a kind of\n`ApiConnectionError`). With retries, one call can take up to `(max_retries + 1) * timeout`\nplus the waits between attempts. Every exception the client raises is listed under\n[Exceptions](#exceptions).\n\n```python\nimport httpx\n\nfrom "
    yield str(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'package_name'))
    yield ' import ApiConnectionError, ApiTimeoutError, Client\n\n'
    yield str((environment.getattr(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'example'), 'assignments') if environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'example') else cond_expr_undefined("the inline if-expression on line 294 in 'project/README.md.jinja' evaluated to false and no else section was defined.")))
    yield 'client = Client(timeout=httpx.Timeout(10.0, connect=2.0))\n\n\ndef check(client: Client) -> str:\n    try:\n        '
    yield str((environment.getattr(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'example'), 'call_with_timeout') if environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'example') else 'pass'))
    yield '\n    except ApiTimeoutError as error:\n        return f"too slow after {error.retries} retries"\n    except ApiConnectionError as error:\n        return f"unreachable after {error.retries} retries"\n    return "ok"\n\n\noutcome = check(client)\nclient.close()\n```\n\n'

def block_exceptions(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_client = resolve('client')
    pass
    yield "## Exceptions\n\nAn HTTP error status, a redirect and a success without its body are results, not\nexceptions (see [Calls and results](#calls-and-results)). The package's own exceptions are\nsubclasses of `ApiError`, all importable from `"
    yield str(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'package_name'))
    yield "`:\n\n| Exception | Raised when |\n| --- | --- |\n| `ApiConnectionError` | No answer came: the server could not be reached or dropped the connection (after the retries, in `error.retries`), or the request cannot be sent or its answer decoded (a URL scheme httpx cannot send to, a broken `Content-Encoding`, a redirect loop with a client that follows redirects). |\n| `ApiTimeoutError` | A kind of `ApiConnectionError`: an attempt ran out of time (connect, read, write, pool, or the [attempt's deadline](#timeouts)) and so did its retries. |\n| `ApiResponseValidationError` | A `2xx` answer's body does not match the spec: malformed JSON, a wrong type or a missing required field, or a wrong `Content-Type` (text where only JSON is declared). The message names the fields, never the values; `error.body` and `error.status_code` hold what came. |\n| `MissingCredentialError` | An operation needs a credential that neither the call nor the client has; nothing is sent. Also a `ValueError`. |\n| `ApiStatusError` | Only from `result.raise_for_error()` (and `result.unwrap()`), for an error result; `error.error` is the typed error body, `error.body` the body as it came. |"
    yield str(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'oauth_exception_rows'))
    yield "\n\nMistakes in the calling code raise Python's, pydantic's or httpx's own exceptions; nothing\nelse is raised:\n\n| Exception | Raised when |\n| --- | --- |\n| `ValueError` | `Client(max_retries=...)` below 0. A header value that is not ASCII raises `UnicodeEncodeError`, a `ValueError`. |\n| `pydantic.ValidationError` | Building a model with wrong values (a `ValueError` too). |\n| `TypeError` | A JSON body that holds something JSON cannot encode, or an argument of the wrong kind. |\n| `httpx.InvalidURL` | A `base_url` httpx cannot parse (at the first call). |\n| `RuntimeError` | A call on a closed client. |\n\n"

def block_retries(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_client = resolve('client')
    try:
        t_2 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    pass
    yield '## Retries\n\nA failed attempt is tried again, up to `max_retries` times ('
    yield str(environment.getattr(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'runtime'), 'max_retries'))
    yield " by default), when it\nfailed to connect, timed out, or got `408 Request Timeout`, `429 Too Many Requests` or any\n`5xx`, as long as sending it again cannot repeat a side effect (see\n[Retries that never repeat a side effect](#retries-that-never-repeat-a-side-effect)). Other statuses are final: repeating a bad request cannot fix it; so are errors that\nwould repeat identically (a URL scheme httpx cannot send to, a body it cannot decode). Before retry *n* the\nclient waits `initial_delay * 2**(n-1)` seconds (at most `max_delay`, minus up to a quarter\nat random so that many clients do not retry in step), or what the server's `Retry-After`\nheader asks (seconds or an HTTP date; `retry-after-ms`, in milliseconds, wins over it), up\nto `max_retry_after`. `result.retries` and\n`error.retries` say how many retries a call took.\n\n```python\nfrom "
    yield str(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'package_name'))
    yield ' import Backoff, Client\n\npatient = Client(max_retries=5, backoff=Backoff(initial_delay=1.0, max_delay=30.0))\nonce = Client(max_retries=0)  # never retry\npatient.close()\nonce.close()\n```\n\n| `Backoff` field | Default | Meaning |\n| --- | --- | --- |\n| `initial_delay` | '
    yield str(environment.getattr(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'runtime'), 'initial_retry_delay'))
    yield ' s | Wait before the first retry; doubles for each further retry. |\n| `max_delay` | '
    yield str(environment.getattr(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'runtime'), 'max_retry_delay'))
    yield ' s | The longest wait the backoff computes. |\n| `max_retry_after` | '
    yield str(environment.getattr(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'runtime'), 'max_retry_after'))
    yield " s | The longest wait a `Retry-After` header can ask for. |\n\n### Retries that never repeat a side effect\n\nA retry after a timeout or a `5xx` may repeat a request the server already carried out. So\nonly idempotent calls are retried then: `GET`, `HEAD`, `OPTIONS`, `PUT` and `DELETE`, and a\n`POST` or `PATCH` that carries an idempotency key or that the spec marks idempotent:\n\n* **An idempotency key.** An `Idempotency-Key` header parameter, or a top-level field of the\n  JSON body named `idempotency_key` (or `idempotencyKey`). When you leave the key out, the\n  client makes one up (a random UUID4) for the call and sends the same key on every\n  attempt, so the server can recognise a repeat. Pass your own key to make a repeat of the\n  whole call (say, after your program restarts) recognisable too. A call that leaves out\n  an optional body, and with it the key's field, counts as not idempotent.\n* **`x-idempotent: true`** on the operation in the spec (a read sent as a `POST`, say).\n  `x-idempotent: false` makes any operation, even a `PUT`, count as not idempotent.\n\nAny other `POST` or `PATCH` is sent again only when the request never left: the connection\ncould not be made (or no connection of the pool came free). The server has the last word:\na response with `x-should-retry: true` is retried (the server says it did not act), one\nwith `x-should-retry: false` is not. Each operation's page under [APIs](#apis) says which\nrule applies to it.\n"
    if environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'unsafe_to_repeat'):
        pass
        yield '\nNot retried once they may have reached the server, in this client: `'
        yield str(t_2(context.eval_ctx, environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'unsafe_to_repeat'), '`, `'))
        yield '`.\n'
    yield '\n'

def block_own_http_client(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_client = resolve('client')
    pass
    yield "## Your own httpx client\n\nPass `http_client=` to use proxies, custom certificates, limits, or a test transport. The\nclient uses it as is and never closes it: that stays your job. Without a `timeout`, the\n`httpx` client's own timeout applies (unless it is httpx's 5 s default, which yields to\nthis package's default).\n\n```python\nimport httpx\n\nfrom "
    yield str(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'package_name'))
    yield ' import Client\n\nwith httpx.Client(\n    proxy="http://proxy.internal:3128",\n    limits=httpx.Limits(max_connections=20),\n    timeout=30.0,\n) as http:\n    client = Client(http_client=http)\n```\n\n'

def block_headers_sent(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_client = resolve('client')
    try:
        t_2 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    pass
    yield '## Headers sent\n\nEvery request carries `User-Agent: '
    yield str(environment.getattr(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'runtime'), 'user_agent'))
    yield ' python/<version> httpx/<version>`,\n`'
    yield str(t_2(context.eval_ctx, environment.getattr(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'constructor'), 'sent_headers'), '`, `'))
    yield '`, and the credential the operation needs\n(operations the spec marks as public send none). `headers=` on the client and\n`extra_headers=` on a call add to or replace any of them.\n\n'

def block_logging(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_client = resolve('client')
    try:
        t_2 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_6 = environment.filters['pystr']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'pystr' found.")
    pass
    yield '## Logging\n\nThe client logs to the standard `logging` logger named `'
    yield str(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'package_name'))
    yield '`, at DEBUG: for\neach attempt the method, URL and headers sent, then the status (or the error), the duration and\nthe number of retries so far, and a line for every retry with its reason and wait.\n\n```python\nimport logging\n\nlogging.getLogger('
    yield str(t_6(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'package_name')))
    yield ').setLevel(logging.DEBUG)\n```\n\n```text\nDEBUG:'
    yield str(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'package_name'))
    yield ":POST https://example.com/path headers={'User-Agent': '...', 'Authorization': '***'}\nDEBUG:"
    yield str(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'package_name'))
    yield ':POST https://example.com/path -> 503 in 0.214s (retries=0)\nDEBUG:'
    yield str(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'package_name'))
    yield ':POST https://example.com/path: HTTP 503, retry 1 of '
    yield str(environment.getattr(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'runtime'), 'max_retries'))
    yield " in 0.46s\n```\n\nSecrets never reach a log: credential headers (`Authorization`, cookies, API-key headers) and\ncredential query parameters are printed as `***`, and request and response bodies are not\nlogged at all. A header counts as a credential by its name: the standard ones\n(`Authorization`, `Proxy-Authorization`, `Cookie`, `Set-Cookie`, `WWW-Authenticate`,\n`Proxy-Authenticate`), the spec's API-key headers, and any whose name contains `auth`,\n`token`, `secret`, `key`, `cookie`, `session`, `password`, `credential` or `signature`.\n\nThe logs of httpx and httpcore are covered too: importing the package adds logging filters\nto them. httpx's INFO line (`HTTP Request: POST <url> ...`) shows `***@` for a\n`user:password@` in the `base_url`, and `***` for an API key sent in the query string;\nhttpcore's DEBUG trace, which prints every response header, shows `***` for the values of\ncredential headers. (With `http2=True` on your own `http_client`, the `hpack` library logs\nheaders at DEBUG as well; its logger is not filtered, so keep it above DEBUG.) The values of secret fields"
    if environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'secret_names'):
        pass
        yield ' (`'
        yield str(t_2(context.eval_ctx, environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'secret_names'), '`, `'))
        yield '`)'
    yield ' show as\n`***` in the `repr()` and `str()` of models and results, and validation errors never quote\ninput values, so printing a result or an exception is safe. The values themselves are\nuntouched: `result.data.<field>` is the real string.\n\n'

def block_deprecation(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield '## Deprecation\n\nDeprecated operations and fields say so in their docstrings and docs, and warn\n`DeprecationWarning` when called, set or read, once per line of your code. Python hides\nthese warnings outside `__main__` and tests; to see them everywhere:\n\n```sh\npython -W default::DeprecationWarning your_app.py\n```\n\n'

def block_model_behaviour(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_client = resolve('client')
    pass
    for l_1_section in environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'model_sections'):
        _loop_vars = {}
        pass
        yield str(l_1_section)
        yield '\n\n'
    l_1_section = missing

def block_design_decisions(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_client = resolve('client')
    pass
    yield "## Design decisions\n\n* **Errors are results.** An HTTP error status is data about the call, as in the API's own\n  docs; so are a redirect and a success without its body. What raises is no usable answer\n  at all, an answer that breaks the spec, and mistakes in the calling code (see\n  [Exceptions](#exceptions)). `raise_for_error()` bridges the two.\n* **A deadline per attempt, retries bounded.** No call can hang or be stretched: every\n  attempt ends by its deadline, however slowly the server sends, and there are at most\n  `max_retries` more, each after a bounded wait.\n* **The server's pace wins.** `Retry-After` replaces the computed backoff, capped so that a\n  misbehaving server cannot park a call for long.\n* **Nothing secret is printed.** Redaction happens once, in the runtime, for logs, reprs and\n  exception messages; bodies are never logged.\n* **One runtime.** `Client` and `AsyncClient` build requests, decide on retries and read\n  responses with the same code (`"
    yield str(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'package_name'))
    yield '/_core/`); only sending differs.\n\n'

def block_apis(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_client = resolve('client')
    try:
        t_2 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_3 = environment.filters['map']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'map' found.")
    pass
    yield '## APIs\n\n| Attribute | Class | Operations |\n| --- | --- | --- |\n'
    for l_1_api in environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'apis'):
        _loop_vars = {}
        pass
        yield '| `client.'
        yield str(environment.getattr(l_1_api, 'attribute'))
        yield '` | [`'
        yield str(environment.getattr(l_1_api, 'class_name'))
        yield '`](docs/apis/'
        yield str(environment.getattr(l_1_api, 'doc_name'))
        yield '.md) | '
        yield str(t_2(context.eval_ctx, t_3(context, environment.getattr(l_1_api, 'operations'), attribute='listed_name'), ', '))
        yield ' |\n'
    l_1_api = missing
    yield '\n'

def block_models(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_client = resolve('client')
    pass
    yield '## Models\n\n'
    for l_1_page in environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'class_pages'):
        _loop_vars = {}
        pass
        yield '* [`'
        yield str(environment.getattr(l_1_page, 'class_name'))
        yield '`](docs/models/'
        yield str(environment.getattr(l_1_page, 'class_name'))
        yield '.md)'
        yield str(environment.getattr(l_1_page, 'note'))
        yield '\n'
    l_1_page = missing
    yield '\n---\nGenerated by openapi-pyclient-generator '
    yield str(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'generator_version'))
    yield '. Do not edit by hand: regenerate.\n'

def block_extra_sections(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass

blocks = {'title': block_title, 'install': block_install, 'quick_start': block_quick_start, 'configuration': block_configuration, 'calls_and_results': block_calls_and_results, 'async_usage': block_async_usage, 'formats': block_formats, 'per_call_options': block_per_call_options, 'timeouts': block_timeouts, 'exceptions': block_exceptions, 'retries': block_retries, 'own_http_client': block_own_http_client, 'headers_sent': block_headers_sent, 'logging': block_logging, 'deprecation': block_deprecation, 'model_behaviour': block_model_behaviour, 'design_decisions': block_design_decisions, 'apis': block_apis, 'models': block_models, 'extra_sections': block_extra_sections}
debug_info = '2=12&13=13&22=14&34=15&105=16&108=19&198=20&225=21&245=22&266=24&313=25&341=26&397=27&420=28&430=29&468=30&482=31&489=32&508=33&519=34&530=35&2=37&3=53&5=55&6=62&8=65&13=69&17=79&22=82&26=92&28=94&34=97&41=125&42=129&44=141&45=147&46=149&47=153&55=155&58=157&59=161&61=167&72=169&77=172&90=176&94=178&97=180&99=182&108=185&112=201&114=203&115=207&119=209&181=211&198=214&204=224&206=226&209=228&211=230&212=232&225=235&245=245&256=255&258=257&259=261&266=264&269=274&292=278&294=280&299=282&313=285&318=295&326=297&341=300&344=316&356=318&366=320&367=322&368=324&390=326&392=329&397=333&408=343&420=346&423=362&424=364&430=367&433=389&440=391&444=393&445=395&446=397&461=401&468=408&482=418&483=427&484=430&489=434&504=444&508=447&513=469&514=473&519=484&522=494&523=498&527=506&530=509'
# generator.render.precompile: jinja2 3.1.6 options 826747d6ece0e2af source 3fe31ff9a8e86d2414c3457d71613408ba114b0ebb99229af156a9cc0e2d079a
