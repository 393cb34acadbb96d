"""Stage 3: the intermediate model, every decision about the generated code made once.

``types`` holds the plain, frozen data the templates receive; ``build`` turns a validated
spec into it. Templates never look at the OpenAPI document.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from generator.model.build import build_client_model
    from generator.model.types import ClientModel

__all__ = ["ClientModel", "build_client_model"]


def __getattr__(name: str) -> Any:
    # Loaded on first use: importing ``generator.model.types`` (as the configuration does)
    # must not load the whole model builder, so that a run with nothing to do stays quick.
    if name == "build_client_model":
        from generator.model.build import build_client_model

        return build_client_model
    if name == "ClientModel":
        from generator.model.types import ClientModel

        return ClientModel
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
