from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'package/errors.py.jinja'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    pass
    yield '"""Exceptions raised by the client. HTTP error statuses are results, not exceptions."""\n\nfrom __future__ import annotations\n\nfrom typing import Any\n\nimport httpx\n\n\nclass ApiError(Exception):\n    """The base of every exception this package raises."""\n\n\nclass MissingCredentialError(ApiError, ValueError):\n    """An operation needs a credential that neither the call nor the client provides."""\n\n\nclass ApiConnectionError(ApiError):\n    """The server could not be reached, after ``retries`` retries."""\n\n    def __init__(self, message: str, *, retries: int = 0) -> None:\n        super().__init__(message)\n        self.retries = retries\n\n\nclass ApiTimeoutError(ApiConnectionError):\n    """The server did not answer in time (connect, read, write or pool timeout)."""\n\n\nclass ApiResponseValidationError(ApiError):\n    """A successful response did not match the spec\'s schema.\n\n    The message names the fields and the problems, never the values (they may be secrets);\n    ``body`` holds the decoded response for inspection.\n    """\n\n    def __init__(self, message: str, *, status_code: int, body: Any) -> None:\n        super().__init__(message)\n        self.status_code = status_code\n        self.body = body\n\n\nclass ApiStatusError(ApiError):\n    """Raised by ``ApiResult.raise_for_error()`` for an error response."""\n\n    def __init__(\n        self,\n        message: str,\n        *,\n        status_code: int,\n        errors: list[Any],\n        headers: httpx.Headers,\n    ) -> None:\n        super().__init__(message)\n        self.status_code = status_code\n        self.errors = errors\n        self.headers = headers\n'

blocks = {}
debug_info = ''
# generator.render.precompile: jinja2 3.1.6 options 826747d6ece0e2af source a50d66da1b16ff5bfe8149e76ad6990e62439c7afbc87e3d0f5d43ba58fdbee4
