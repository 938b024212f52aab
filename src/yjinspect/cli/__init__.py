"""The command line: ``yjinspect`` and ``python -m yjinspect`` (see :func:`main`)."""

from ._main import main

__all__ = ["main"]
