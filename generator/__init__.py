"""OpenAPI → Python client generator.

The pipeline runs in one direction, one module per stage:
``loader`` → ``validate`` → ``model`` → ``render`` → ``formatting`` → ``write``.
"""

__version__ = "0.1.0"
