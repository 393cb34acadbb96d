"""How one security scheme of the spec sends its credential."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal


@dataclass(frozen=True)
class Scheme:
    kind: Literal["bearer", "basic", "api_key"]
    location: Literal["header", "query", "cookie"]
    name: str
    prefix: str
    setting: str
    call_param: str
