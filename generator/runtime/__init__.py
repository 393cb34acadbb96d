"""The runtime of every generated package, kept as code: type-checked, linted and tested.

Its folders mirror the generated package: ``errors.py`` and ``_core/*.py`` are copied
verbatim into it (``runtime:`` entries of templates/manifest.yaml). This ``__init__.py``
is not copied: the package's own comes from a template. The one spec-dependent module of
``_core``, ``settings``, is a template; ``_core/settings.pyi`` is the interface that the
rest of ``_core`` is type-checked against and that every rendering of it must provide.
"""
