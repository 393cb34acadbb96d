"""How much a spec may ask of the generator: its size, depth, aliases, ``$ref`` chains and
fetch time (docs/security.md explains each limit).

A module of its own because both the loader and the fetcher read them, and neither of
those should import the other to get a number.
"""

from __future__ import annotations

MAX_SPEC_BYTES = 32 * 1024 * 1024  # per file; the largest public specs are under 10 MB
MAX_NESTING = 200  # mappings/lists inside each other: ~100 nested schemas
MAX_ALIAS_EXPANSION = 1_000_000  # nodes that YAML aliases may add to a file
MAX_REF_CHAIN = 64  # $refs that point straight at another $ref, one after the other
REMOTE_TIMEOUT_SECONDS = 30
