"""Plain PEP 562 laziness for a package's public face (after attrs' ``_make_getattr``)."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Mapping
from typing import Any

__all__ = ["make_getattr"]


def make_getattr(package: str, lazy: Mapping[str, tuple[str, str | None]]) -> Callable[[str], Any]:
    """A module ``__getattr__`` for ``package``: each name of ``lazy`` (name -> (module relative
    to ``package``, attribute of it or None for the module itself)) is imported the first time
    it is read, then kept in the package's namespace so that it is looked up once.

    Raises (from the returned function):
        AttributeError: the name is not one of ``lazy``.
    """

    def __getattr__(name: str) -> Any:
        try:
            module_name, attribute = lazy[name]
        except KeyError:
            raise AttributeError(f"module {package!r} has no attribute {name!r}") from None
        module = importlib.import_module(module_name, package)
        value = module if attribute is None else getattr(module, attribute)
        setattr(sys.modules[package], name, value)
        return value

    return __getattr__
