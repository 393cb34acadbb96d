from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'package/_core/enums.py.jinja'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    pass
    yield '"""Enums that accept values the spec does not list.\n\nServers add enum values over time; a client generated from last year\'s spec must still read\nthis year\'s responses. An unknown value becomes a member created on the fly, so\n``ErrorCode("NEW_CODE")`` works and compares equal to the string.\n"""\n\nfrom __future__ import annotations\n\nfrom enum import Enum\nfrom typing import Any\n\n\nclass OpenStrEnum(str, Enum):\n    """A string enum that keeps unknown values instead of failing."""\n\n    @classmethod\n    def _missing_(cls, value: object) -> Any:\n        if not isinstance(value, str):\n            return None\n        member = str.__new__(cls, value)\n        member._name_ = value\n        member._value_ = value\n        return member\n\n    def __str__(self) -> str:\n        return str(self.value)\n\n\nclass OpenIntEnum(int, Enum):\n    """An integer enum that keeps unknown values instead of failing."""\n\n    @classmethod\n    def _missing_(cls, value: object) -> Any:\n        if not isinstance(value, int) or isinstance(value, bool):\n            return None\n        member = int.__new__(cls, value)\n        member._name_ = f"VALUE_{value}"\n        member._value_ = value\n        return member\n'

blocks = {}
debug_info = ''
# generator.render.precompile: jinja2 3.1.6 options 826747d6ece0e2af source 37125dff5843bc2f9e69074c0ecd0684a214dc0213b95ba8725e6f3f34086870
