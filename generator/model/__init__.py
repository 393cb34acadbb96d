"""Stage 3: the intermediate model, every decision about the generated code made once.

``types`` holds the plain, frozen data the templates receive; ``build`` turns a validated
spec into it. Templates never look at the OpenAPI document.
"""

from generator.model.build import build_client_model
from generator.model.types import ClientModel

__all__ = ["ClientModel", "build_client_model"]
