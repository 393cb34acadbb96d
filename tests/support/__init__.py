"""Test-support helpers: a Stoplight Prism runner and a scriptable local fault server."""
