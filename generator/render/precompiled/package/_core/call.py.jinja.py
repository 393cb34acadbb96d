from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'package/_core/call.py.jinja'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    pass
    yield '"""One call described as data: the ``RequestSpec`` an API method builds and the\n``RequestOptions`` it was called with.\n\nKept apart from the helpers in ``request.py`` (which need pydantic) so that creating a\nclient loads neither pydantic nor any model: they come with the first API class used.\n"""\n\nfrom __future__ import annotations\n\nfrom collections.abc import Mapping\nfrom dataclasses import dataclass, field\nfrom typing import Any, Generic, TypeVar\n\nimport httpx\n\nT = TypeVar("T")\nQueryValue = str | int | float | bool | None\n\n\n@dataclass(frozen=True)\nclass RequestSpec(Generic[T]):\n    operation: str\n    method: str\n    path: str  # already filled in and percent-encoded\n    # What the body of a success decodes to: a class, ``list[...]`` or a union. Typed\n    # ``Any`` because a union is not a ``type[T]``; ``T`` comes from the method\'s annotation.\n    response_model: Any\n    query: list[tuple[str, QueryValue]] = field(default_factory=list)\n    headers: dict[str, str] = field(default_factory=dict)\n    json: Any = None\n    has_json: bool = False\n    content: bytes | None = None\n    content_type: str | None = None\n    form: dict[str, str | list[str]] | None = (\n        None  # urlencoded, or the fields of multipart\n    )\n    files: list[tuple[str, Any]] | None = None  # multipart file parts\n    cookies: dict[str, str] = field(default_factory=dict)\n    response_kind: str = "json"  # json | text (str) | binary (bytes)\n    # Success statuses the spec documents without a body ("204", "2XX"): an empty answer\n    # to them is no fault even when another status declares ``response_model``.\n    bodyless: tuple[str, ...] = ()\n    security: tuple[tuple[str, ...], ...] = ()\n    auth_overrides: dict[str, str | None] = field(default_factory=dict)\n\n\n@dataclass(frozen=True)\nclass RequestOptions:\n    """Settings of one call that override the client\'s; ``None`` keeps the client\'s."""\n\n    timeout: float | httpx.Timeout | None = None\n    max_retries: int | None = None\n    extra_headers: Mapping[str, str] | None = None\n    extra_query: Mapping[str, QueryValue] | None = None\n\n\nDEFAULT_OPTIONS = RequestOptions()\n'

blocks = {}
debug_info = ''
# generator.render.precompile: jinja2 3.1.6 options 826747d6ece0e2af source a8c2e71bee6f02bea9b6563908daf09a0606d1154a036a9d1e8bbb0a6a2f2d7b
