from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'package/_core/result.py.jinja'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_client = resolve('client')
    try:
        t_1 = environment.filters['ident']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'ident' found.")
    pass
    yield '"""What every API method returns: the data, the errors and the raw HTTP response."""\n\nfrom __future__ import annotations\n\nfrom dataclasses import dataclass, field\nfrom typing import '
    if environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'error_model'):
        pass
        yield 'TYPE_CHECKING, '
    yield 'Any, Generic, TypeVar\n\nimport httpx\n\nfrom ..errors import ApiStatusError\nfrom .redact import redact_data\n\n'
    if environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'error_model'):
        pass
        yield 'if TYPE_CHECKING:\n    # Not imported when the package is: the models (and pydantic) load on first use.\n    from ..models import '
        yield str(t_1(environment.getattr(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'error_model'), 'model_name')))
        yield '\n\n    ErrorItem = '
        yield str(t_1(environment.getattr(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'error_model'), 'model_name')))
        yield '\n'
    else:
        pass
        yield 'ErrorItem = Any\n'
    yield '\n\ndef error_item_type() -> Any:\n    """The type of one item of a response\'s error list."""\n'
    if environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'error_model'):
        pass
        yield '    from ..models import '
        yield str(t_1(environment.getattr(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'error_model'), 'model_name')))
        yield '\n\n    return '
        yield str(t_1(environment.getattr(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'error_model'), 'model_name')))
        yield '\n'
    else:
        pass
        yield '    return ErrorItem\n'
    yield '\n\nT = TypeVar("T")\n\n\n@dataclass\nclass ApiResult(Generic[T]):\n    """The outcome of one call.\n\n    HTTP error statuses do not raise: check ``is_success()`` / ``is_error()``, or call\n    ``raise_for_error()`` to turn an error into an ``ApiStatusError``. ``retries`` says how\n    many times the request was sent again after a failed attempt; ``http_response`` is the\n    ``httpx.Response`` of the last attempt.\n\n    ``problem`` says why a result is an error when neither its status nor its error list\n    does: a redirect that was not followed, or a success without the body the spec\n    declares. So ``is_success()`` means ``data`` holds the declared response (it is\n    ``None`` only where the spec declares no body, or a body that may be ``null``).\n    """\n\n    status_code: int\n    headers: httpx.Headers\n    body: Any  # the decoded JSON body (text when not JSON, None when empty)\n    data: T | None\n    errors: list[ErrorItem] = field(default_factory=list)\n    http_response: httpx.Response | None = None\n    retries: int = 0\n    problem: str | None = None\n\n    def __repr__(self) -> str:\n        # The body and the data may hold tokens: show the redacted data only.\n        # Imported here: importing the package does not load pydantic.\n        from pydantic import BaseModel\n\n        data = self.data if isinstance(self.data, BaseModel) else redact_data(self.data)\n        return (\n            f"ApiResult(status_code={self.status_code}, retries={self.retries}, "\n            f"data={data!r}, errors={self.errors!r}"\n            + (f", problem={self.problem!r})" if self.problem else ")")\n        )\n\n    def is_success(self) -> bool:\n        return not self.is_error()\n\n    def is_error(self) -> bool:\n        return (\n            not 200 <= self.status_code < 300\n            or bool(self.errors)\n            or self.problem is not None\n        )\n\n    def raise_for_error(self) -> ApiResult[T]:\n        """Raise ``ApiStatusError`` for an error result; return the result otherwise."""\n        if self.is_error():\n            raise ApiStatusError(\n                f"HTTP {self.status_code}: {self.problem or _summary(self.errors)}",\n                status_code=self.status_code,\n                errors=list(self.errors),\n                headers=self.headers,\n            )\n        return self\n\n\ndef _summary(errors: list[Any]) -> str:\n    if not errors:\n        return "error response"\n    texts = []\n    for error in errors[:3]:\n        parts = [str(getattr(error, name, "") or "") for name in ("code", "detail")]\n        texts.append(": ".join(p for p in parts if p) or type(error).__name__)\n    return "; ".join(texts)\n'

blocks = {}
debug_info = '6=19&13=23&16=26&18=28&26=34&27=37&29=39'
# generator.render.precompile: jinja2 3.1.6 options 826747d6ece0e2af source 312ec69c4b6168d293aa7094bc9b3cdfcb601b0763368d9b7b1fad94f14619a9
