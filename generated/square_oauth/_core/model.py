"""The base class of every generated model."""

from __future__ import annotations

from typing import Any, ClassVar

from pydantic import BaseModel, ConfigDict

REDACTED = "***"


class ApiModel(BaseModel):
    """A pydantic model that keeps unknown fields and never prints a secret.

    Fields the spec does not know (a newer server) are kept, not rejected. Fields listed in
    ``_secret_fields`` keep their value (``model.access_token`` is the token) but show as
    ``***`` in ``repr()`` and ``str()``.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
        validate_by_alias=True,
        use_attribute_docstrings=True,
    )

    _secret_fields: ClassVar[frozenset[str]] = frozenset()

    def __repr_args__(self) -> Any:
        for name, value in super().__repr_args__():
            if name in self._secret_fields and value is not None:
                yield name, REDACTED
            else:
                yield name, value

    def to_dict(self) -> dict[str, Any]:
        """The JSON object the server sees: wire names, only the fields that were set."""
        return self.model_dump(mode="json", by_alias=True, exclude_unset=True)
