"""OpenAPI → Python client generator.

The pipeline runs in one direction, one folder per stage: ``spec`` (load, validate,
convert) → ``model`` → ``render`` → ``output`` (format, write), with ``shared`` beneath
them all and ``changes`` beside; ``pipeline.py`` runs a whole ``generate``.
"""

__version__ = "0.2.0"
