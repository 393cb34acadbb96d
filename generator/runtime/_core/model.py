"""The base class of every generated model."""

from __future__ import annotations

import warnings
from typing import Any, ClassVar

from pydantic import (
    BaseModel,
    ConfigDict,
    SerializationInfo,
    SerializerFunctionWrapHandler,
    model_serializer,
)

from .redact import REDACTED, redact_data
from .settings import SECRET_NAMES


class ApiModel(BaseModel):
    """A pydantic model that keeps unknown fields and never prints a secret.

    Fields the spec does not know (a newer server) are kept, not rejected. Fields listed in
    ``_secret_fields`` keep their value (``model.access_token`` is the token) but show as
    ``***`` in ``repr()`` and ``str()``, and validation errors never quote input values.
    Setting a field the spec deprecates warns ``DeprecationWarning`` (reading one does too).
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
        validate_by_alias=True,
        use_attribute_docstrings=True,
        hide_input_in_errors=True,
        # A spec may name a property model_type or model_version: pydantic would warn at
        # import (an error under ``-W error``) for names in its ``model_`` namespace.
        protected_namespaces=(),
    )

    _secret_fields: ClassVar[frozenset[str]] = frozenset()
    # Fields the spec marks readOnly: the server sets them, so a request leaves them out.
    _read_only_fields: ClassVar[frozenset[str]] = frozenset()

    def model_post_init(self, context: Any, /) -> None:
        # Models parsed from a response carry the "from_server" context: the caller did not
        # choose those fields, so only models built by the caller warn.
        if isinstance(context, dict) and context.get("from_server"):
            return
        fields = type(self).model_fields
        for name in sorted(self.model_fields_set):
            info = fields.get(name)
            if info is not None and isinstance(info.deprecated, str):
                # stacklevel 3: past this hook and pydantic's __init__, to the caller's line.
                warnings.warn(info.deprecated, DeprecationWarning, stacklevel=3)

    def __repr_args__(self) -> Any:
        extra = self.model_extra or {}
        for name, value in super().__repr_args__():
            if value is not None and (
                name in self._secret_fields or (name in extra and name in SECRET_NAMES)
            ):
                yield name, REDACTED
            elif name in extra:  # a field newer than the spec: judge by name
                yield name, redact_data(value)
            else:
                yield name, value

    @model_serializer(mode="wrap")
    def _serialize(
        self, handler: SerializerFunctionWrapHandler, info: SerializationInfo
    ) -> dict[str, Any]:
        data: dict[str, Any] = handler(self)
        # A request body is dumped with the "to_server" context (nested models see it too).
        context = info.context
        if (
            self._read_only_fields
            and isinstance(context, dict)
            and context.get("to_server")
        ):
            fields = type(self).model_fields
            for name in self._read_only_fields:
                alias = fields[name].serialization_alias if info.by_alias else None
                data.pop(alias or name, None)
        return data

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON: wire names, only the fields that were set (read-only ones
        included; only a request leaves them out)."""
        return self.model_dump(mode="json", by_alias=True, exclude_unset=True)
