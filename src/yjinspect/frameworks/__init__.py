"""Inspection frameworks as data, and the catalogue of known frameworks.

Every built-in framework is a TOML file in ``yjinspect/frameworks/data`` read by the same code
as a user's own file, so a new framework (the 2025 HMIP framework, a council's local
self-assessment) needs no code change.

Example:
    >>> import yjinspect as yj
    >>> "hmip-youth-2021" in yj.frameworks.available()
    True
    >>> fw = yj.frameworks.get("hmip-youth-2021")
    >>> fw.area("4.1").scored
    False
"""

from __future__ import annotations

from os import PathLike

from .._catalogue import Catalogue
from ..errors import UnknownFramework
from .model import (
    Area,
    AreaKind,
    Band,
    Framework,
    FrameworkVersion,
    NotPublished,
    NotPublishedSubject,
    Overall,
    OverallRule,
    StandardRule,
    Threshold,
)

__all__ = [
    "Area",
    "AreaKind",
    "Band",
    "Framework",
    "FrameworkVersion",
    "NotPublished",
    "NotPublishedSubject",
    "Overall",
    "OverallRule",
    "StandardRule",
    "Threshold",
    "available",
    "builtin_codes",
    "get",
    "load",
    "loads",
    "register",
    "unregister",
]

_catalogue: Catalogue[Framework] = Catalogue(
    package=__name__, kind="framework", unknown=UnknownFramework
)


def builtin_codes() -> tuple[str, ...]:
    """The codes of the frameworks shipped with yjinspect, sorted."""
    return _catalogue.builtin_codes()


def available() -> tuple[str, ...]:
    """The codes of every known framework (built-in and registered), sorted."""
    return _catalogue.available()


def get(code: str) -> Framework:
    """Return a known framework by code.

    Raises:
        UnknownFramework: no framework has that code (a LookupError naming the known ones).
    """
    return _catalogue.get(code)


def register(framework: Framework, *, replace: bool = False) -> Framework:
    """Make a framework known to :func:`get`, to validation and to document loading.

    Raises:
        ValueError: a different framework with the same code is known and ``replace`` is False.
    """
    return _catalogue.register(framework, replace=replace)


def unregister(code: str) -> None:
    """Forget a registered framework.

    Unregistering a built-in code removes it until the process ends.
    """
    _catalogue.unregister(code)


def loads(text: str, *, format: str = "toml", source: str | None = None) -> Framework:
    """Read a framework document from text (TOML by default, or JSON).

    Raises:
        InvalidDocument: the text is not a valid framework; each problem names its path.
    """
    return _catalogue.loads(text, format=format, source=source)


def load(path: str | PathLike[str], *, register_it: bool = False) -> Framework:
    """Read a user's framework file (``.toml`` or ``.json``), by the code built-ins use.

    Args:
        path: the file.
        register_it: also :func:`register` it, so inspections can name it.

    Raises:
        InvalidDocument: the file is not a valid framework; each problem names its path.
    """
    fw = _catalogue.load(path)
    if register_it:
        register(fw)
    return fw
